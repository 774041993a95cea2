"""`coordreg transfer --effective`: the handover is recorded, and the past stays as it was.

The example regulation (a copy of the repository's `regulations/` in tmp_path):
Cục An toàn thông tin (`btttt-cattt`) leads 5 duties and supports 6. From
1 March 2025 they pass to Cục A05 (`bca-a05`), in one run or, as a body whose
functions are split among several, in several. Each test runs the command line
and reads the files back: the act recorded, each duty's earlier holders (read
off the YAML by hand, below), the old body's end, and `coordreg fmt --check` and
`coordreg check` clean on what transfer wrote.
"""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from bundled import BEFORE_2025, copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.model import Regulation
from coordreg.model.timeline import Timeline
from coordreg.versions.revisions import parse_regulation

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
OLD, NEW = "btttt-cattt", "bca-a05"
MARCH_1 = date(2025, 3, 1)
EFFECTIVE = ("--effective", "2025-03-01")
ACT = "bg-btttt-cattt-20250301"
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
# Each duty of Cục An toàn thông tin, read off the YAML by hand: what it held until
# 1 March 2025 (lead, supporters), in the order of the file.
EARLIER: dict[str, dict[str, Any]] = {
    "trao-doi-thong-tin-anm": {"support": ["btttt-cattt", "btttt-cvt"]},
    "danh-gia-tinh-hinh-anm-quy": {"support": ["btttt-cattt"]},
    "dau-tranh-toi-pham-cnc": {"support": ["btttt-cvt", "btttt-cattt"]},
    "kiem-tra-bao-ve-bmnn": {"support": ["btttt-vp", "btttt-cattt"]},
    "kiem-tra-an-ninh-thiet-bi": {"support": ["btttt-cvt", "btttt-cattt"]},
    "canh-bao-su-co-attt": {"lead": "btttt-cattt", "support": ["bca-a05"]},
    "chia-se-ket-qua-giam-sat": {"lead": "btttt-cattt", "support": ["bca-a05"]},
    "quy-trinh-ung-cuu-su-co": {"lead": "btttt-cattt", "support": ["bca-a05", "bca-ktnv"]},
    "dien-tap-attt": {"lead": "btttt-cattt", "support": ["bca-a05"]},
    "tap-huan-attt": {"lead": "btttt-cattt", "support": ["bca-a05"]},
    "bao-cao-ket-qua-nam-btttt": {"support": ["btttt-cattt", "btttt-cvt", "btttt-cbc"]},
}
# The duties of Article 7 it leads, and the one-off one among them (due 30/6/2023).
ARTICLE_7 = [
    "canh-bao-su-co-attt",
    "chia-se-ket-qua-giam-sat",
    "quy-trinh-ung-cuu-su-co",
    "dien-tap-attt",
    "tap-huan-attt",
]
PAST = "quy-trinh-ung-cuu-su-co"

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def load(file: Path = REG_FILE) -> Regulation:
    return parse_regulation(file.read_bytes(), str(file))


def earlier(regulation: Regulation) -> dict[str, list[dict[str, Any]]]:
    """Each duty's `before` entries, as written (the fields each names)."""
    return {
        duty.id: [entry.model_dump(exclude_unset=True) for entry in duty.before]
        for _path, _article, duty in regulation.duties()
        if duty.before
    }


def unit(regulation: Regulation, unit_id: str = OLD) -> tuple[Any, ...]:
    found = next(u for p in regulation.parties for u in p.units if u.id == unit_id)
    return found.until, found.succeeded_by


def assert_clean() -> None:
    """What transfer wrote is in fmt's layout and checks without a finding."""
    formatted = invoke("fmt", "--check", "regulations")
    assert formatted.exit_code == 0, formatted.stdout + formatted.stderr
    checked = invoke("check", "regulations")
    assert checked.exit_code == 0, checked.stdout
    assert checked.stdout.startswith("✔")


# --- One run ----------------------------------------------------------------------------


def test_the_act_and_the_earlier_holders_are_written(repo: Path) -> None:
    result = invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")

    assert result.exit_code == 0, result.stdout
    new = load()
    assert new.format == 2
    assert [act.model_dump(exclude_none=True) for act in new.acts] == [
        {
            "id": ACT,
            "kind": "handover",
            "title": f"Bàn giao nhiệm vụ của Cục An toàn thông tin cho {A05}",
            "effective": MARCH_1,
        }
    ]
    assert earlier(new) == {duty: [{"act": ACT, **held}] for duty, held in EARLIER.items()}
    assert unit(new) == (date(2025, 2, 28), NEW)
    assert_clean()


def test_the_past_stays_put(repo: Path) -> None:
    """On any day before 1 March 2025 the regulation reads as it did before the transfer;
    from that day, as the file now says."""
    old = load()
    invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")
    timeline = Timeline(load())

    for day in (date(2021, 11, 24), date(2024, 12, 31), MARCH_1 - timedelta(days=1)):
        projected = timeline.as_of(day)
        assert [d for _p, _a, d in projected.duties()] == [d for _p, _a, d in old.duties()]
    after = timeline.as_of(MARCH_1)
    held = [d.id for _p, _a, d in after.duties() if OLD in (d.lead, *d.support)]
    assert held == []
    assert [d.id for _p, _a, d in after.duties() if d.lead == NEW][-5:] == ARTICLE_7


def test_a_second_run_records_nothing_more(repo: Path) -> None:
    invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")
    written = REG_FILE.read_bytes()

    again = invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")

    assert again.exit_code == 0, again.stdout
    assert again.stdout == "Không có nhiệm vụ nào được bàn giao; không ghi tệp nào.\n"
    assert REG_FILE.read_bytes() == written


def test_an_act_described_on_the_command_line(repo: Path) -> None:
    result = invoke(
        "transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE,
        "--act-id", "bb-attt-2025",
        "--act-number", "01/BB-BTTTT-BCA",
        "--act-title", "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng",
        "--act-signed", "2025-02-28",
        "--write",
    )  # fmt: skip

    assert result.exit_code == 0, result.stdout
    assert (
        "regulations/bca-btttt-2021/regulation.yaml: ghi nhận văn bản bb-attt-2025 (bàn giao): "
        "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng; có hiệu lực từ"
        " ngày 01/3/2025."
    ) in result.stdout.splitlines()
    new = load()
    assert [act.model_dump(exclude_none=True) for act in new.acts] == [
        {
            "id": "bb-attt-2025",
            "kind": "handover",
            "number": "01/BB-BTTTT-BCA",
            "title": "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng",
            "signed": date(2025, 2, 28),
            "effective": MARCH_1,
        }
    ]
    assert {entry["act"] for entries in earlier(new).values() for entry in entries} == {
        "bb-attt-2025"
    }
    assert_clean()


def test_without_effective_the_selection_is_a_correction_for_all_time(repo: Path) -> None:
    original = REG_FILE.read_text(encoding="utf-8")

    result = invoke(
        "transfer", REG, "--from", OLD, "--to", NEW, "--duty", "dien-tap-attt", "--write"
    )

    assert result.exit_code == 0, result.stdout
    new = REG_FILE.read_text(encoding="utf-8")
    dien_tap = "            lead: btttt-cattt\n            support: [bca-a05]\n            schedule: {yearly: 11-30}\n"
    assert original.count(dien_tap) == 1
    assert new == original.replace(
        dien_tap, dien_tap.replace("lead: btttt-cattt", "lead: bca-a05").replace("[bca-a05]", "[]")
    )
    assert (load().format, load().acts, unit(load())) == (None, [], (None, None))


# --- A split: several runs, several successors ---------------------------------------------


def test_a_split_in_two_runs_ends_the_old_body_after_the_second(repo: Path) -> None:
    """The exercises and the training go to Cục Kỹ thuật nghiệp vụ (by duty id); the rest, by
    article from a map file, to Cục A05. The unit ends only when nothing is left to it."""
    first = invoke(
        "transfer", REG, "--from", OLD, "--to", "bca-ktnv", *EFFECTIVE,
        "--duty", "dien-tap-attt", "--duty", "tap-huan-attt", "--write",
    )  # fmt: skip
    assert first.exit_code == 0, first.stdout
    after_first = load()
    assert unit(after_first) == (None, None)
    # Cục A05 keeps supporting them: only the lead changed.
    to_ktnv = {duty: [{"act": ACT, "lead": OLD}] for duty in ("dien-tap-attt", "tap-huan-attt")}
    assert earlier(after_first) == to_ktnv
    assert [act.title for act in after_first.acts] == [
        "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục Kỹ thuật nghiệp vụ"
    ]
    assert_clean()

    Path("tach.yaml").write_text(
        "# Phần còn lại của Cục An toàn thông tin\narticles:\n  6: bca-a05\n  7: bca-a05\n"
        "  9: bca-a05\n",
        encoding="utf-8",
    )
    second = invoke("transfer", REG, "--from", OLD, "--map", "tach.yaml", *EFFECTIVE, "--write")

    assert second.exit_code == 0, second.stdout
    new = load()
    second_act = f"{ACT}-2"
    assert [(act.id, act.title) for act in new.acts] == [
        (ACT, "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục Kỹ thuật nghiệp vụ"),
        (second_act, f"Bàn giao nhiệm vụ của Cục An toàn thông tin cho {A05}"),
    ]
    assert earlier(new) == {
        duty: to_ktnv.get(duty, [{"act": second_act, **held}]) for duty, held in EARLIER.items()
    }
    assert unit(new) == (date(2025, 2, 28), ["bca-ktnv", NEW])
    assert "        succeeded_by: [bca-ktnv, bca-a05]\n" in REG_FILE.read_text(encoding="utf-8")
    assert_clean()


def test_successors_accumulate_when_an_ended_body_hands_over_more(repo: Path) -> None:
    """All but the one-off duty of 2023 go to A05: nothing is left to do, the unit ends with
    A05 as successor. The past duty then goes to Cục Kỹ thuật nghiệp vụ: a second successor."""
    keep_past = [d for d in ARTICLE_7 if d != PAST]
    first = invoke(
        "transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE,
        "--article", "6", "--article", "9", *(f"--duty={d}" for d in keep_past), "--write",
    )  # fmt: skip
    assert first.exit_code == 0, first.stdout
    assert unit(load()) == (date(2025, 2, 28), NEW)
    assert "        succeeded_by: bca-a05\n" in REG_FILE.read_text(encoding="utf-8")

    second = invoke(
        "transfer", REG, "--from", OLD, "--to", "bca-ktnv", *EFFECTIVE, "--duty", PAST, "--write"
    )

    assert second.exit_code == 0, second.stdout
    assert unit(load()) == (date(2025, 2, 28), [NEW, "bca-ktnv"])
    assert "        succeeded_by: [bca-a05, bca-ktnv]\n" in REG_FILE.read_text(encoding="utf-8")
    assert_clean()


# --- The minute of a handover already written --------------------------------------------


def test_the_minute_of_a_written_handover_is_the_minute_of_the_dry_run(repo: Path) -> None:
    move = ("transfer", REG, "--from", OLD, "--to", NEW)
    assert invoke(*move, *EFFECTIVE, "--minutes", "truoc.md").exit_code == 0
    assert invoke(*move, *EFFECTIVE, "--write").exit_code == 0

    by_act = invoke(*move, "--act", ACT, "--minutes", "theo-van-ban.md")
    again = invoke(*move, *EFFECTIVE, "--minutes", "lan-hai.md")

    assert by_act.exit_code == 0, by_act.stdout + by_act.stderr
    assert again.exit_code == 0, again.stdout + again.stderr
    before = Path("truoc.md").read_text(encoding="utf-8")
    assert "Hai bên thống nhất bàn giao 10 nhiệm vụ phối hợp dưới đây" in before
    assert Path("theo-van-ban.md").read_text(encoding="utf-8") == before
    assert Path("lan-hai.md").read_text(encoding="utf-8") == before


def test_a_numbered_handover_act_is_the_minute_s_own_number_and_date(repo: Path) -> None:
    invoke(
        "transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write",
        "--act-number", "01/BB-BTTTT-BCA", "--act-signed", "2025-02-28",
    )  # fmt: skip

    result = invoke("transfer", REG, "--from", OLD, "--to", NEW, "--act", ACT, "--minutes", "bb.md")

    assert result.exit_code == 0, result.stdout
    text = Path("bb.md").read_text(encoding="utf-8")
    assert "| Số: 01/BB-BTTTT-BCA | *Hà Nội, ngày 28 tháng 02 năm 2025* |" in text


def test_a_decree_that_moved_the_duties_is_a_basis_of_the_minute(repo: Path) -> None:
    invoke(
        "transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write",
        "--act-kind", "reorganisation", "--act-number", "02/2025/NĐ-CP",
        "--act-title", "Nghị định quy định chức năng, nhiệm vụ của Bộ Công an",
        "--act-signed", "2025-02-18",
    )  # fmt: skip

    result = invoke("transfer", REG, "--from", OLD, "--to", NEW, "--act", ACT, "--minutes", "bb.md")

    assert result.exit_code == 0, result.stdout
    lines = Path("bb.md").read_text(encoding="utf-8").splitlines()
    bases = [line for line in lines if line.startswith("Căn cứ")]
    assert bases[0] == (
        "Căn cứ Nghị định quy định chức năng, nhiệm vụ của Bộ Công an số 02/2025/NĐ-CP"
        " ký ngày 18/02/2025;"
    )
    assert len(bases) == 2  # and the regulation's own


# --- Line ends ---------------------------------------------------------------------------------


def _written_with(repo: Path, newline: bytes) -> bytes:
    lf = (BEFORE_2025 / REG_FILE).read_bytes()
    REG_FILE.write_bytes(lf.replace(b"\n", newline))
    result = invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")
    assert result.exit_code == 0, result.stdout
    return REG_FILE.read_bytes()


@pytest.mark.parametrize("newline", [b"\r", b"\r\n"], ids=["cr", "crlf"])
def test_a_file_keeps_its_own_line_ends(repo: Path, newline: bytes) -> None:
    """Every line transfer writes ends as the file's lines do; the result is the LF one."""
    lf = _written_with(repo, b"\n")
    shutil.copy(BEFORE_2025 / REG_FILE, REG_FILE)  # start again from the original

    written = _written_with(repo, newline)

    assert written == lf.replace(b"\n", newline)
    longest = max(len(line) for line in written.decode().split(newline.decode()))
    assert longest <= 100  # no runaway indent
    assert load() == parse_regulation(lf, "lf")


def test_a_cr_only_file_that_ends_inside_a_duty(repo: Path) -> None:
    """The file cut right after the old body's last duty, without a final line break: the
    `before` entry starts on a line of its own, and the file stays CR-only."""
    text = (BEFORE_2025 / REG_FILE).read_text(encoding="utf-8")
    last = text.index("          - id: bao-cao-ket-qua-nam-btttt\n")
    end = text.index("\n", text.index("            deliverable:", last))
    REG_FILE.write_bytes(text[:end].replace("\n", "\r").encode())

    result = invoke("transfer", REG, "--from", OLD, "--to", NEW, *EFFECTIVE, "--write")

    assert result.exit_code == 0, result.stdout
    written = REG_FILE.read_bytes()
    assert b"\n" not in written
    assert written.endswith(
        "            deliverable: Báo cáo kết quả thực hiện năm\r"
        f"            before:\r              - act: {ACT}\r"
        "                support: [btttt-cattt, btttt-cvt, btttt-cbc]\r".encode()
    )
    assert unit(load()) == (date(2025, 2, 28), NEW)
