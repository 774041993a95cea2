"""Dates as Nghị định 30 writes them, in every document and message that shows one.

A leading zero only for days 1-9 and for months 1 and 2: 05/3/2025, 28/02/2025,
15/12/2026; a day of any year likewise: 25/3, 30/6, 31/12. English keeps ISO dates
(2025-03-05) and "25 Mar" for a day of any year. One rule, `textfmt.legal_date`,
which the documents' `wording.legal_date` is.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest
from bundled import regulation_2024
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.documents import wording
from coordreg.render import textfmt

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT / "tests" / "time" / "history.yaml"
HA_TINH_TEXT = ROOT / "tests" / "import_texts" / "ha-tinh-4-ben.txt"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    ("day", "vi", "vi_day", "en", "en_day"),
    [
        (date(2025, 3, 5), "05/3/2025", "05/3", "2025-03-05", "05 Mar"),
        (date(2025, 2, 28), "28/02/2025", "28/02", "2025-02-28", "28 Feb"),
        (date(2025, 1, 31), "31/01/2025", "31/01", "2025-01-31", "31 Jan"),
        (date(2026, 12, 15), "15/12/2026", "15/12", "2026-12-15", "15 Dec"),
        (date(2025, 6, 30), "30/6/2025", "30/6", "2025-06-30", "30 Jun"),
    ],
)
def test_the_one_rule(day: date, vi: str, vi_day: str, en: str, en_day: str) -> None:
    assert (textfmt.legal_date(day, "vi"), textfmt.day_month(day, "vi")) == (vi, vi_day)
    assert (textfmt.legal_date(day, "en"), textfmt.day_month(day, "en")) == (en, en_day)
    assert wording.legal_date is textfmt.legal_date  # one function, not two


def test_the_diff_report_header(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    days = ("--at", "2025-02-28", "--at", "2025-03-01")
    vi = invoke("diff", "tests/time/history.yaml", *days)
    en = invoke("diff", "tests/time/history.yaml", *days, "--lang", "en")
    md = invoke("diff", "tests/time/history.yaml", *days, "-f", "md")

    header = "tests/time/history.yaml (ngày 28/02/2025) → tests/time/history.yaml (ngày 01/3/2025)"
    assert vi.stdout.splitlines()[0] == f"{header}: 12 thay đổi"
    assert md.stdout.splitlines()[2] == f"{header}: 12 thay đổi"
    assert en.stdout.splitlines()[0] == (
        "tests/time/history.yaml (on 2025-02-28) → tests/time/history.yaml (on 2025-03-01):"
        " 12 changes"
    )


def test_the_plan_in_word_both_languages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The appendix of the plan re-opened: schedules inside it and one-off deadlines."""
    monkeypatch.chdir(tmp_path)
    reg = regulation_2024("bca-btttt-2021") / "regulation.yaml"
    for lang in ("vi", "en"):
        result = invoke(
            "plan", str(reg), "--year", "2025", "-o", f"plan.{lang}.docx", "--lang", lang
        )
        assert result.exit_code == 0, result.stderr
    rows = {
        lang: [
            [c.text for c in r.cells] for r in docx.Document(f"plan.{lang}.docx").tables[-1].rows
        ]
        for lang in ("vi", "en")
    }
    assert rows["vi"][2][4] == "Hằng quý (25/3, 25/6, 25/9, 25/12)"
    assert rows["vi"][19][4] == "30/9/2025"
    assert rows["vi"][11][4] == "28/02/2025"
    assert rows["en"][2][4] == "Quarterly (25 Mar, 25 Jun, 25 Sep, 25 Dec)"
    assert rows["en"][19][4] == "2025-09-30"


def test_the_import_note(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-03-05")
    result = invoke("import", str(HA_TINH_TEXT), "--dry-run", "-o", str(tmp_path / "r"))
    assert result.stdout.splitlines()[0] == (
        "# Nhập từ ha-tinh-4-ben.txt bằng `coordreg import` ngày 05/3/2025."
    )


def test_the_skeleton_of_coordreg_new(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-03-05")
    parties = ("--party", "bca:Bộ Công an", "--party", "bgddt:Bộ Giáo dục và Đào tạo")
    result = invoke("new", "qc-thu", *parties, "--root", str(tmp_path))
    assert result.exit_code == 0, result.stderr
    text = (tmp_path / "qc-thu" / "regulation.yaml").read_text(encoding="utf-8")
    assert "Bản khung do `coordreg new` tạo ngày 05/3/2025." in text
    assert "signed: 2025-03-05" in text  # the file itself keeps ISO dates
