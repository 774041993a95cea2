"""Findings that say how to fix the usual mistakes, through `coordreg check` (issue 16)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "ha-tinh-antt-2023"
FILE = Path("regulations") / REG / "regulation.yaml"
RECORD = Path("regulations") / "bca-btttt-2021" / "evaluations" / "2022.yaml"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # As in 2024 (tests/bundled.py): records 2022-2024, and a clean check to start from.
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def message_lines(result: Result) -> list[str]:
    """The message of each finding, without its place and code."""
    return [
        match.group(1)
        for line in result.stdout.splitlines()
        if (match := re.search(r" CR\d{3}  (.*)$", line))
    ]


def test_a_body_name_where_an_id_belongs_gives_the_id(repo: Path) -> None:
    edit(FILE, "            lead: cat\n", "            lead: Công an tỉnh Hà Tĩnh\n")
    vi = invoke("check", str(FILE))
    assert vi.exit_code == 1
    assert message_lines(vi)[0].endswith(
        "'Công an tỉnh Hà Tĩnh': chỉ dùng chữ cái không dấu, chữ số, '-', '_' và '.' "
        "(đây là tên của một cơ quan: hãy ghi mã 'cat')"
    )
    en = invoke("check", str(FILE), "--lang", "en")
    assert message_lines(en)[0].endswith("(that is a body's name: write its id 'cat')")


def test_a_day_month_year_date_gives_the_date_to_write(repo: Path) -> None:
    edit(FILE, "signed: 2023-03-15", "signed: 05/03/2023")
    vi = invoke("check", str(FILE))
    assert vi.exit_code == 1
    assert message_lines(vi)[0].endswith("không phải '05/03/2023' (hãy ghi 2023-03-05)")
    en = invoke("check", str(FILE), "--lang", "en")
    assert message_lines(en)[0].endswith("not '05/03/2023' (write 2023-03-05)")


def test_a_status_in_words_gives_the_value(repo: Path) -> None:
    text = RECORD.read_text(encoding="utf-8")
    RECORD.write_text(text.replace("status: done", "status: hoàn thành", 1), encoding="utf-8")
    vi = invoke("check", str(RECORD))
    assert vi.exit_code == 1
    assert message_lines(vi)[0].endswith("không phải 'hoàn thành' (hãy ghi done)")
    en = invoke("check", str(RECORD), "--lang", "en")
    assert message_lines(en)[0].endswith("not 'hoàn thành' (write done)")


def test_placeholders_of_new_fail_check_strict_until_filled(repo: Path) -> None:
    assert invoke("new", "qc-moi", "--party", "a:Sở A", "--party", "b:Sở B").exit_code == 0
    folder = "regulations/qc-moi"
    assert invoke("check", folder).exit_code == 0  # warnings only
    strict = invoke("check", "--strict", folder)
    assert strict.exit_code == 1
    assert "chưa điền [Nơi ký] (chỗ để trống của `coordreg new`)" in strict.stdout
    english = invoke("check", "--strict", folder, "--lang", "en")
    assert "the placeholder [Nơi ký] left by `coordreg new` is still to be filled" in (
        english.stdout
    )


def test_a_year_overdue_without_record_is_a_warning(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # bca-btttt-2021 keeps the records of 2022 to 2024; 2025's was due on 31 January 2026.
    monkeypatch.setenv("COORDREG_TODAY", "2026-01-31")
    assert invoke("check").stdout == "✔ Đã kiểm tra 7 tệp: không có vấn đề nào.\n"
    monkeypatch.setenv("COORDREG_TODAY", "2026-02-01")
    late = invoke("check")
    assert late.exit_code == 0  # a warning
    assert message_lines(late) == [
        "chưa có bản đánh giá năm 2025, hạn 2026-01-31: hãy lập bằng "
        "`coordreg evaluate --year 2025`"
    ]
    assert invoke("check", "--strict").exit_code == 1
    english = invoke("check", "--lang", "en")
    assert message_lines(english) == [
        "no evaluation record for 2025, due 2026-01-31: write it with "
        "`coordreg evaluate --year 2025`"
    ]


def test_evaluate_for_a_future_year_says_so(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-06-01")
    result = invoke("evaluate", "bca-btttt-2021", "--year", "2026")
    assert result.exit_code == 0, result.output
    assert result.stderr == (
        "coordreg: lưu ý: năm 2026 chưa bắt đầu (hôm nay là 01/6/2025); "
        "bản đánh giá này được lập trước\n"
    )
    english = invoke("evaluate", REG, "--year", "2027", "--lang", "en")
    assert english.stderr == (
        "coordreg: note: 2027 has not begun (today is 2025-06-01); "
        "this record is written ahead of time\n"
    )
    this_year = invoke("evaluate", "bca-btttt-2021", "--year", "2025")
    assert this_year.exit_code == 0, this_year.output
    assert this_year.stderr == ""
