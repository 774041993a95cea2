"""`coordreg check --fix` and `--diff`: safe fixes made in place, through the command line.

A regulation (tests/gitrepo.py's sample) is written with mistakes a fix may
correct without a person's choice (a chapter numbered 1, articles and clauses
out of order, an id that differs from the one declared only by case, decomposed
Vietnamese letters) beside comments and blank lines; the tests check the exact
bytes written, the lines printed, and that anything else stays a finding.
"""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest
from gitrepo import SAMPLE_YAML
from typer.testing import CliRunner, Result

from coordreg.cli import app

FOLDER = "qc-versions"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, [*args, "--no-cache"], env={"NO_COLOR": "1"})


def _swap(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


# The sample with its mistakes, and with comments that a rewrite would lose.
BROKEN = _swap(
    _swap(
        _swap(
            _swap(
                SAMPLE_YAML,
                "chapters:\n  - number: I\n",
                "# Các chương\nchapters:\n  - number: 1  # chương một\n",
            ),
            "      - number: 2\n        title: Nguyên tắc phối hợp",
            "      - number: 3   # sai số\n        title: Nguyên tắc phối hợp",
        ),
        "          - number: 3\n            text: Không làm",
        "          - number: 4\n            text: Không làm",
    ),
    "            lead: btttt-vp\n",
    "            lead: BTTTT-VP\n",
)
FIXED = _swap(
    _swap(
        _swap(
            _swap(BROKEN, "  - number: 1  # chương một", "  - number: I  # chương một"),
            "      - number: 3   # sai số",
            "      - number: 2   # sai số",
        ),
        "          - number: 4\n            text: Không làm",
        "          - number: 3\n            text: Không làm",
    ),
    "            lead: BTTTT-VP\n",
    "            lead: btttt-vp\n",
)


@pytest.fixture
def regs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "regs" / FOLDER
    folder.mkdir(parents=True)
    (folder / "regulation.yaml").write_bytes(BROKEN.encode("utf-8"))
    return folder / "regulation.yaml"


def test_fix_writes_each_safe_fix_in_place_and_prints_it(regs: Path) -> None:
    result = invoke("check", "--fix", "regs")
    assert result.stderr.splitlines() == [
        "fixed regs/qc-versions/regulation.yaml:28:13 CR102: 1 → I",
        "fixed regs/qc-versions/regulation.yaml:34:17 CR402: 3 → 2",
        "fixed regs/qc-versions/regulation.yaml:52:21 CR403: 4 → 3",
        "fixed regs/qc-versions/regulation.yaml:95:19 CR301: BTTTT-VP → btttt-vp",
        "coordreg: 4 value(s) fixed in 1 file(s).",
    ]
    assert result.stdout == "✔ 1 file checked: no problems.\n"
    assert result.exit_code == 0
    # Every byte but the four values, comments and blank lines included, is as it was.
    assert regs.read_bytes() == FIXED.encode("utf-8")


def test_fix_a_second_time_changes_nothing(regs: Path) -> None:
    invoke("check", "--fix", "regs")
    again = invoke("check", "--fix", "regs")
    assert again.stderr == "coordreg: nothing to fix safely.\n"
    assert again.exit_code == 0
    assert regs.read_bytes() == FIXED.encode("utf-8")


def test_diff_shows_the_fixes_and_writes_nothing(regs: Path) -> None:
    result = invoke("check", "--diff", "regs")
    assert result.exit_code == 1
    assert regs.read_bytes() == BROKEN.encode("utf-8")
    assert result.stdout.splitlines()[:2] == [
        "--- a/regs/qc-versions/regulation.yaml",
        "+++ b/regs/qc-versions/regulation.yaml",
    ]
    changed = [
        line
        for line in result.stdout.splitlines()[2:]
        if line.startswith(("-", "+")) and not line.startswith(("---", "+++"))
    ]
    assert changed == [
        "-  - number: 1  # chương một",
        "+  - number: I  # chương một",
        "-      - number: 3   # sai số",
        "+      - number: 2   # sai số",
        "-          - number: 4",
        "+          - number: 3",
        "-            lead: BTTTT-VP",
        "+            lead: btttt-vp",
    ]
    assert (
        result.stderr
        == "coordreg: --diff: 4 value(s) would be fixed in 1 file(s); nothing written.\n"
    )


def test_diff_of_a_clean_file_is_empty_and_succeeds(regs: Path) -> None:
    regs.write_bytes(SAMPLE_YAML.encode("utf-8"))
    result = invoke("check", "--diff", "regs")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "coordreg: nothing to fix safely.\n"


def test_a_suggestion_with_two_candidates_stays_a_finding(regs: Path) -> None:
    # Two declared units, btttt-vp and btttt-vq, are each one letter from btttt-vr.
    text = _swap(SAMPLE_YAML, "      - id: btttt-cattt\n", "      - id: btttt-vq\n")
    text = text.replace("btttt-cattt", "btttt-vq")
    text = _swap(text, "            lead: btttt-vp\n", "            lead: btttt-vr\n")
    regs.write_bytes(text.encode("utf-8"))
    result = invoke("check", "--fix", "regs")
    assert result.stderr == "coordreg: nothing to fix safely.\n"
    assert result.exit_code == 1
    assert "CR301" in result.stdout
    assert regs.read_bytes() == text.encode("utf-8")


def test_decomposed_letters_are_written_in_nfc(regs: Path) -> None:
    decomposed = unicodedata.normalize("NFD", "Tổng kết công tác phối hợp hằng năm.")
    text = _swap(SAMPLE_YAML, "Tổng kết công tác phối hợp hằng năm.", decomposed)
    regs.write_bytes(text.encode("utf-8"))
    result = invoke("check", "--fix", "regs")
    assert result.exit_code == 0
    assert result.stdout == "✔ 1 file checked: no problems.\n"
    assert regs.read_bytes() == SAMPLE_YAML.encode("utf-8")
    assert result.stderr.splitlines()[-1] == "coordreg: 1 value(s) fixed in 1 file(s)."


def test_fix_messages_in_vietnamese(regs: Path) -> None:
    result = invoke("check", "--fix", "--lang", "vi", "regs")
    assert result.stderr.splitlines()[0] == (
        "đã sửa regs/qc-versions/regulation.yaml:28:13 CR102: 1 → I"
    )
    assert result.stderr.splitlines()[-1] == "coordreg: đã sửa 4 giá trị trong 1 tệp."


BUNDLED = Path(__file__).resolve().parents[1] / "regulations" / "bca-btttt-2021"


def test_a_record_names_a_duty_by_its_sole_candidate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A record's results are keyed by duty: the key is rewritten, its comment kept.
    monkeypatch.chdir(tmp_path)
    shutil.copytree(BUNDLED, tmp_path / "bca-btttt-2021")
    record = tmp_path / "bca-btttt-2021" / "evaluations" / "2022.yaml"
    original = record.read_text(encoding="utf-8")
    typo = _swap(original, "  dau-tranh-toi-pham-cnc:\n", "  dau-tranh-toi-pham-cnn:  # gõ nhầm\n")
    record.write_text(typo, encoding="utf-8")
    result = invoke("check", "--fix", "bca-btttt-2021")
    assert result.stderr.splitlines() == [
        "fixed bca-btttt-2021/evaluations/2022.yaml:15:3 CR603: "
        "dau-tranh-toi-pham-cnn → dau-tranh-toi-pham-cnc",
        "coordreg: 1 value(s) fixed in 1 file(s).",
    ]
    assert result.exit_code == 0
    assert record.read_text(encoding="utf-8") == _swap(
        original, "  dau-tranh-toi-pham-cnc:\n", "  dau-tranh-toi-pham-cnc:  # gõ nhầm\n"
    )
