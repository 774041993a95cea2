"""YAML syntax errors say what to fix, in the user's language (issue 16).

The parser notices a `[` never closed at the next key, lines later: the finding
names where it opened. Its own English sentence is kept only as a second line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from coordreg.cli import app

UNCLOSED = """\
id: qc
title: Quy chế phối hợp
parties: [bca, btttt
signed: 2023-03-05
effective: 2023-03-05
"""


def check(tmp_path: Path, text: str | bytes, *options: str) -> Result:
    file = tmp_path / "regulation.yaml"
    if isinstance(text, str):
        file.write_text(text, encoding="utf-8")
    else:
        file.write_bytes(text)
    return CliRunner().invoke(app, ["check", str(file), *options])


def finding_lines(result: Result) -> list[str]:
    """The finding's two lines, as printed (without the source excerpt)."""
    lines = result.stdout.splitlines()
    return [line.rstrip() for line in lines[1:3]]


def test_an_unclosed_bracket_names_where_it_opened(tmp_path: Path) -> None:
    vi = check(tmp_path, UNCLOSED)
    assert vi.exit_code == 1
    assert finding_lines(vi) == [
        "  4:7      lỗi      CR001  lỗi cú pháp YAML: dấu '[' mở ở 3:10 chưa được đóng",
        "                           (chi tiết của bộ đọc YAML: did not find expected ',' or ']')",
    ]
    en = check(tmp_path, UNCLOSED, "--lang", "en")
    assert finding_lines(en) == [
        "  4:7      error    CR001  YAML syntax error: the '[' opened at 3:10 is not closed",
        "                           (parser: did not find expected ',' or ']')",
    ]


@pytest.mark.parametrize(
    ("text", "vi", "en"),
    [
        (
            "id: qc\nschedule: {yearly: 12-15\nx: 1\n",
            "dấu '{' mở ở 2:11 chưa được đóng",
            "the '{' opened at 2:11 is not closed",
        ),
        (
            'id: qc\ntitle: "Quy chế\nx: 1\n',
            "dấu '\"' mở ở 2:8 chưa được đóng",
            "the '\"' opened at 2:8 is not closed",
        ),
        (
            "id: qc\n\tname: x\n",
            "có ký tự tab; YAML chỉ thụt lề bằng dấu cách",
            "a tab character; YAML indents with spaces only",
        ),
        (
            "title: Quy chế: phối hợp\n",
            "có ': ' trong một giá trị; hãy đặt cả giá trị trong dấu nháy",
            "': ' inside a value; put the whole value in quotes",
        ),
        (
            "id: qc\nevaluation:\n  rotation: [a, b]\n first_year: 2023\n",
            "'first_year' không thẳng hàng với các khóa của ánh xạ bắt đầu ở 1:1 ('id'); "
            "hãy thụt lề cho thẳng",
            "'first_year' is not aligned with the keys of the mapping that starts at 1:1 ('id'); "
            "indent it alike",
        ),
        (
            "parties:\n  - id: a\n    name: A\n   units: []\n",
            "'units' không thẳng hàng với khóa nào của mục trên, cũng không với các mục '-' "
            "của danh sách bắt đầu ở 2:3",
            "'units' is aligned neither with a key of the item above nor with the '-' items "
            "of the list that starts at 2:3",
        ),
    ],
    ids=["brace", "quote", "tab", "colon", "misaligned-key", "misaligned-item"],
)
def test_syntax_errors_explained(tmp_path: Path, text: str, vi: str, en: str) -> None:
    first_vi = finding_lines(check(tmp_path, text))[0]
    assert first_vi.endswith(f"CR001  lỗi cú pháp YAML: {vi}")
    first_en = finding_lines(check(tmp_path, text, "--lang", "en"))[0]
    assert first_en.endswith(f"CR001  YAML syntax error: {en}")


def test_a_file_not_in_utf8_says_so_in_vietnamese_only(tmp_path: Path) -> None:
    result = check(tmp_path, "id: qc\ntitle: Café\n".encode("latin-1"))
    assert finding_lines(result)[0] == (
        "  2:11     lỗi      CR002  tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8"
    )
