"""`coordreg evaluate`: the skeleton of a year's record, and what `check` makes of it.

The commands run through typer's CliRunner with the working directory set to a
copy of the repository's `regulations/` folder in tmp_path, so the example
data is never written to.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from builders import regulation, write_folder
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.check.dossier import load_dossier
from coordreg.cli import app
from coordreg.documents.plan import build_plan
from coordreg.edit.evaluate import record_skeleton, write_record_skeleton
from coordreg.errors import RefusedError

# Messages are asserted in English here; the Vietnamese default: test_cli_language.py.
pytestmark = pytest.mark.usefixtures("english_messages")

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
RECORDS = Path("regulations") / REG / "evaluations"
SKELETON_2025 = RECORDS / "2025.yaml"

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def status_lines(text: str) -> list[int]:
    """The 1-based numbers of the lines that hold an empty status."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if line == '    status: ""']


def test_evaluate_writes_the_skeleton_of_the_year(repo: Path) -> None:
    plan = build_plan(load_dossier(Path("regulations") / REG / "regulation.yaml"), 2025)
    result = invoke("evaluate", REG, "--year", "2025")
    assert result.exit_code == 0, result.output
    assert result.stdout == (f"wrote {SKELETON_2025}: 33 duties to evaluate (3 carried over)\n")
    text = SKELETON_2025.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert set(data) == {"regulation", "year", "host", "held", "results"}
    assert (data["regulation"], data["year"], data["host"], data["held"]) == (
        REG,
        2025,
        "btttt",
        None,
    )
    assert list(data["results"]) == [item.duty.id for item in plan.items]
    assert all(result == {"status": ""} for result in data["results"].values())
    carried = [line.split(":")[0].strip() for line in text.splitlines() if "[chuyển tiếp" in line]
    assert carried == [
        "kiem-tra-an-ninh-thiet-bi",
        "lien-thong-van-ban-dien-tu",
        "giao-ban-van-phong",
    ]
    assert text.count("[chuyển tiếp từ 2024]") == 3


def test_the_skeleton_of_a_small_regulation_exactly(tmp_path: Path) -> None:
    chapters = """\
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Trao đổi thông tin
        duties:
          - id: trao-doi
            text: Trao đổi thông tin
              về tình hình an ninh mạng.
            lead: bca-a05
            schedule: continuous
          - id: bao-cao-quy
            text: Báo cáo quý.
            lead: btttt-cattt
            schedule: {quarterly: 03-25}
      - number: 2
        title: Tổng kết
        duties:
          - id: mot-lan
            text: Ban hành kế hoạch.
            lead: bca-vp
            schedule: {once: 2022-06-30}
"""
    record = """\
regulation: qc-test
year: 2022
host: bca
results:
  trao-doi: {status: done}
  bao-cao-quy: {status: done}
  mot-lan: {status: not_done, note: Chưa ban hành.}
"""
    folder = write_folder(tmp_path, regulation(chapters), {"2022.yaml": record})
    plan = build_plan(load_dossier(folder / "regulation.yaml"), 2023)
    assert record_skeleton(plan) == (
        "# Kết quả đánh giá năm 2023: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và"
        " Truyền thông\n"
        "# Điền status cho mỗi nhiệm vụ: done | in_progress | not_done | not_applicable,\n"
        "# và note khi cần. Fill in each status, and a note where useful.\n"
        "regulation: qc-test\n"
        "year: 2023\n"
        "host: btttt\n"
        "held:  # YYYY-MM-DD\n"
        "results:\n"
        "  # Điều 1. Trao đổi thông tin\n"
        "  trao-doi:  # Trao đổi thông tin về tình hình an ninh mạng.\n"
        '    status: ""\n'
        "  bao-cao-quy:  # Báo cáo quý.\n"
        '    status: ""\n'
        "  # Điều 2. Tổng kết\n"
        "  mot-lan:  # Ban hành kế hoạch. [chuyển tiếp từ 2022]\n"
        '    status: ""\n'
    )


def test_check_flags_every_empty_status_then_passes_once_filled(repo: Path) -> None:
    assert invoke("evaluate", REG, "--year", "2025").exit_code == 0
    text = SKELETON_2025.read_text(encoding="utf-8")
    empty = status_lines(text)
    assert len(empty) == 33

    result = invoke("check", str(SKELETON_2025), "-f", "json")
    assert result.exit_code == 1
    report = result.stdout
    assert report.count('"CR104"') == 33
    # One CR104 on each empty status, and nothing else.
    flagged = invoke("check", str(SKELETON_2025))
    lines = [line for line in flagged.stdout.splitlines() if "CR104" in line]
    assert [int(line.split(":")[0]) for line in lines] == empty
    assert all("error" in line for line in lines)
    assert sum(1 for line in flagged.stdout.splitlines() if " CR" in line) == 33

    SKELETON_2025.write_text(text.replace('status: ""', "status: done"), encoding="utf-8")
    clean = invoke("check", f"regulations/{REG}")
    assert clean.exit_code == 0, clean.stdout
    assert "CR" not in clean.stdout


def test_a_filled_skeleton_feeds_the_next_plan(repo: Path) -> None:
    invoke("evaluate", REG, "--year", "2025")
    text = SKELETON_2025.read_text(encoding="utf-8")
    text = text.replace('status: ""', "status: done", 32).replace(
        'status: ""', "status: not_done\n    note: Chưa tổ chức."
    )
    SKELETON_2025.write_text(text, encoding="utf-8")
    plan = build_plan(load_dossier(Path("regulations") / REG / "regulation.yaml"), 2026)
    assert plan.previous_missing is False
    assert [(i.duty.id, i.previous_note) for i in plan.carried_over] == [
        ("bao-cao-ket-qua-nam-btttt", "Chưa tổ chức.")
    ]


def test_a_second_evaluate_of_the_same_year_is_refused_and_changes_nothing(repo: Path) -> None:
    assert invoke("evaluate", REG, "--year", "2025").exit_code == 0
    before = SKELETON_2025.read_bytes()
    again = invoke("evaluate", REG, "--year", "2025")
    assert again.exit_code == 1
    assert SKELETON_2025.read_bytes() == before
    assert sorted(p.name for p in RECORDS.iterdir()) == [
        "2022.yaml",
        "2023.yaml",
        "2024.yaml",
        "2025.yaml",
    ]


def test_a_second_evaluate_says_the_record_exists(repo: Path) -> None:
    # The user who runs `evaluate` twice must be told the record exists, not
    # be shown 33 CR104 errors about the skeleton they have not filled in yet.
    assert invoke("evaluate", REG, "--year", "2025").exit_code == 0
    again = invoke("evaluate", REG, "--year", "2025")
    assert again.exit_code == 1
    assert again.stderr == (
        f"coordreg: {SKELETON_2025} exists already; coordreg never overwrites an evaluation"
        " record\n"
    )


def test_evaluate_never_overwrites_a_filled_record(repo: Path) -> None:
    before = (RECORDS / "2024.yaml").read_bytes()
    result = invoke("evaluate", REG, "--year", "2024")
    assert result.exit_code == 1
    assert result.stderr == (
        f"coordreg: {RECORDS / '2024.yaml'} exists already; coordreg never overwrites an"
        " evaluation record\n"
    )
    assert (RECORDS / "2024.yaml").read_bytes() == before


@pytest.mark.parametrize("year", ["2021", "1999"])
def test_a_year_outside_the_regulation_is_refused_and_writes_nothing(repo: Path, year: str) -> None:
    before = sorted(p.name for p in RECORDS.iterdir())
    result = invoke("evaluate", REG, "--year", year)
    assert result.exit_code == 1
    assert result.stderr == (
        f"coordreg: {year} is outside the years of regulation {REG} (2022 to …)\n"
    )
    assert sorted(p.name for p in RECORDS.iterdir()) == before


def test_a_year_after_the_end_date_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    folder = write_folder(tmp_path, regulation("until: 2024-12-31\n"))
    dossier = load_dossier(folder / "regulation.yaml")
    with pytest.raises(RefusedError, match="year_outside"):
        write_record_skeleton(dossier, 2025)
    assert not (folder / "evaluations").exists()


def test_duty_ids_that_yaml_reads_as_other_types_stay_text(tmp_path: Path) -> None:
    # Ids are ASCII words, but "2024", "null" or "true" are also YAML numbers,
    # null and booleans: written bare as keys they stop being duty ids.
    chapters = """\
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Nội dung phối hợp
        duties:
          - id: "2024"
            text: Nhiệm vụ năm.
            lead: bca-a05
            schedule: continuous
          - id: "null"
            text: Nhiệm vụ khác.
            lead: btttt-cattt
            schedule: continuous
"""
    folder = write_folder(tmp_path, regulation(chapters))
    written, _plan = write_record_skeleton(load_dossier(folder / "regulation.yaml"), 2022)
    assert list(yaml.safe_load(written.read_text(encoding="utf-8"))["results"]) == [
        "2024",
        "null",
    ]
