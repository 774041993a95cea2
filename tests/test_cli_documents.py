"""`coordreg plan` and `coordreg review` on the command line.

Each test runs `coordreg.cli.app` through typer's CliRunner with the working
directory set to tmp_path, which holds a copy of the repository's
`regulations/` folder: a regulation is found by id there, and whatever a test
writes lands in tmp_path. Exit status: 0 done, 1 refused or data with errors,
2 the command cannot run as asked.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from golden_files import golden
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def listing(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- Finding the regulation ------------------------------------------------------------------


@pytest.mark.parametrize(
    "ref",
    [REG, f"regulations/{REG}", f"regulations/{REG}/", str(REG_FILE)],
    ids=["id", "folder", "folder-slash", "file"],
)
def test_plan_finds_the_regulation_by_id_folder_or_file(repo: Path, ref: str) -> None:
    result = invoke("plan", ref, "--year", "2025")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("plan-bca-btttt-2021-2025.vi.md")
    assert result.stderr == ""


def test_plan_by_absolute_path(repo: Path) -> None:
    result = invoke("plan", str(repo / REG_FILE), "--year", "2025")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("plan-bca-btttt-2021-2025.vi.md")


def test_an_unknown_regulation_is_a_usage_error(repo: Path) -> None:
    result = invoke("plan", "khong-co", "--year", "2025")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "coordreg: không có quy chế 'khong-co': hãy nêu mã trong regulations/, một thư mục "
        "hoặc tệp regulation.yaml\n"
    )
    english = invoke("review", "khong-co", "--lang", "en")
    assert english.exit_code == 2
    assert english.stderr == (
        "coordreg: no regulation 'khong-co': give an id under regulations/, a folder or a "
        "regulation.yaml\n"
    )


def test_plan_for_a_year_outside_the_regulation_is_refused(repo: Path) -> None:
    result = invoke("plan", REG, "--year", "2021", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "coordreg: 2021 is outside the years of regulation bca-btttt-2021 (2022 to …)\n"
    )
    vietnamese = invoke("plan", REG, "--year", "2021")
    assert vietnamese.exit_code == 1
    assert vietnamese.stderr == (
        "coordreg: năm 2021 nằm ngoài thời gian đánh giá của quy chế bca-btttt-2021 (2022 đến …)\n"
    )


def test_a_regulation_with_an_error_is_refused_with_the_finding(repo: Path) -> None:
    text = REG_FILE.read_text(encoding="utf-8")
    broken = text.replace("lead: bca-ktnv\n", "lead: bca-k99\n", 1)
    assert broken != text
    REG_FILE.write_text(broken, encoding="utf-8")
    line = broken[: broken.index("lead: bca-k99")].count("\n") + 1
    result = invoke("plan", REG, "--year", "2025", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert str(REG_FILE) in result.stderr
    assert re.search(
        rf"^ +{line}:19 +error +CR301 +lead 'bca-k99' is not a declared party or unit",
        result.stderr,
        re.MULTILINE,
    )
    review = invoke("review", REG, "--end-year", "2026")
    assert review.exit_code == 1
    assert "CR301" in review.stderr


# --- Formats and output files ----------------------------------------------------------------


def test_plan_in_english(repo: Path) -> None:
    result = invoke("plan", REG, "--year", "2025", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("plan-bca-btttt-2021-2025.en.md")


def test_plan_as_json(repo: Path) -> None:
    result = invoke("plan", REG, "--year", "2025", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert (data["regulation"], data["year"], data["host"]) == (
        REG,
        2025,
        {"id": "btttt", "name": "Bộ Thông tin và Truyền thông"},
    )
    assert len(data["items"]) == 33
    assert sum(item["carried_over"] for item in data["items"]) == 3
    # Vietnamese stays readable in the JSON, not \u-escaped.
    assert "Bộ Thông tin và Truyền thông" in result.stdout


def test_plan_written_to_a_file(repo: Path) -> None:
    before = listing(repo)
    result = invoke("plan", REG, "--year", "2025", "-o", "plan.md")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == (
        "coordreg: kế hoạch năm 2025: 33 nhiệm vụ (3 chuyển từ năm trước); chủ trì: "
        "Bộ Thông tin và Truyền thông\ncoordreg: đã ghi plan.md\n"
    )
    assert (repo / "plan.md").read_bytes().decode("utf-8") == golden(
        "plan-bca-btttt-2021-2025.vi.md"
    )
    # Written in one step: no temporary file left beside it.
    assert listing(repo) == sorted([*before, "plan.md"])


def test_plan_replaces_an_existing_output_file(repo: Path) -> None:
    (repo / "plan.md").write_text("bản cũ\n", encoding="utf-8")
    result = invoke("plan", REG, "--year", "2025", "-o", "plan.md", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert (repo / "plan.md").read_bytes().decode("utf-8") == golden(
        "plan-bca-btttt-2021-2025.en.md"
    )


def test_plan_json_written_to_a_file_is_reported_like_the_others(repo: Path) -> None:
    result = invoke("plan", REG, "--year", "2025", "-o", "plan.json")
    assert result.exit_code == 0, result.stderr
    assert json.loads((repo / "plan.json").read_text(encoding="utf-8"))["year"] == 2025
    assert result.stderr.endswith("coordreg: đã ghi plan.json\n")


def test_an_output_file_whose_suffix_does_not_match_is_refused(repo: Path) -> None:
    # `-o regulation.yaml` by mistake must not replace the regulation.
    original = REG_FILE.read_bytes()
    before = listing(repo)
    for target in ("x.yaml", str(REG_FILE)):
        result = invoke("plan", REG, "--year", "2025", "-o", target, "--lang", "en")
        assert result.exit_code == 2
        assert result.stderr == (
            f"coordreg: {target} does not end in .md, .markdown, as md output should\n"
        )
    assert REG_FILE.read_bytes() == original
    assert listing(repo) == before
    json_to_md = invoke("plan", REG, "--year", "2025", "-f", "json", "-o", "plan.md")
    assert json_to_md.exit_code == 2
    assert not (repo / "plan.md").exists()


def test_word_output_needs_a_file(repo: Path) -> None:
    result = invoke("plan", REG, "--year", "2025", "-f", "docx")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "coordreg: xuất Word cần tên tệp: thêm -o TỆP.docx\n"


def test_an_output_file_in_a_missing_folder_is_refused(repo: Path) -> None:
    before = listing(repo)
    result = invoke("plan", REG, "--year", "2025", "-o", "thieu/plan.md", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: no such folder: thieu\n"
    assert listing(repo) == before


def test_an_output_path_that_is_a_folder_is_refused(repo: Path) -> None:
    (repo / "ke-hoach.md").mkdir()
    result = invoke("plan", REG, "--year", "2025", "-o", "ke-hoach.md", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: ke-hoach.md is a folder, not a file\n"


# --- review ----------------------------------------------------------------------------------


def test_review_as_json(repo: Path) -> None:
    result = invoke("review", REG, "--end-year", "2026", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["period"] == [2022, 2026]
    assert data["interim"] is False
    assert data["missing_years"] == [2025, 2026]
    # The amendments are the regulation's recorded acts, never git commits: the
    # bundled regulation records none.
    assert data["amendments"] == []
    assert [(y["year"], y["host"], y["due"], y["done"], y["rate"]) for y in data["years"]] == [
        (2022, "bca", 35, 31, 0.9118),
        (2023, "btttt", 34, 30, 0.8824),
        (2024, "bca", 34, 30, 0.9091),
        (2025, "btttt", 32, 0, None),
        (2026, "bca", 33, 0, None),
    ]
    assert [(p["party"], p["due"], p["done"]) for p in data["parties"]] == [
        ("bca", 53, 47),
        ("btttt", 50, 44),
    ]
    assert [(s["kind"], s["duty"]) for s in data["shortcomings"]] == [
        ("not_done_repeatedly", "kiem-tra-an-ninh-thiet-bi")
    ]


def test_review_markdown_matches_the_golden_files(repo: Path) -> None:
    result = invoke("review", REG, "--end-year", "2026")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("review-bca-btttt-2021-2026.vi.md")
    ha_tinh = invoke("review", "regulations/ha-tinh-antt-2023", "--end-year", "2026")
    assert ha_tinh.exit_code == 0, ha_tinh.stderr
    assert ha_tinh.stdout == golden("review-ha-tinh-antt-2023-2026.vi.md")


def test_review_written_to_a_file(repo: Path) -> None:
    result = invoke("review", REG, "--end-year", "2026", "-o", "so-ket.md")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == "coordreg: đã ghi so-ket.md\n"
    assert (repo / "so-ket.md").read_bytes().decode("utf-8") == golden(
        "review-bca-btttt-2021-2026.vi.md"
    )


@pytest.mark.parametrize("end_year", ["2021", "1990"])
def test_review_ending_before_the_first_year_is_refused(repo: Path, end_year: str) -> None:
    result = invoke("review", REG, "--end-year", end_year, "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"coordreg: {end_year} is outside the years of regulation bca-btttt-2021 (2022 to …)\n"
    )


def test_review_refuses_a_bad_output_before_reading_anything(repo: Path) -> None:
    result = invoke("review", "khong-co", "--end-year", "2026", "-o", "so-ket.docx.txt")
    assert result.exit_code == 2
    assert "so-ket.docx.txt" in result.stderr
    assert not (repo / "so-ket.docx.txt").exists()
