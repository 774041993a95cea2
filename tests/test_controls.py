"""`coordreg.catalogue.controls`: which characters are shown as escapes, and how.

The adversarial tests (tests/adversarial/test_terminal_escapes.py) run every command
on hostile files; these pin down the function each of them goes through.
"""

from __future__ import annotations

import json
import re

import pytest

from coordreg.catalogue.controls import escape_json, one_line, visible

RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def test_json_keeps_the_data_exactly() -> None:
    data = {"text": "Hà Nội \x1b]0;x\x07 \x7f\x85\x9b \u202e \u2066 \ud800 đ"}
    dumped = escape_json(json.dumps(data, ensure_ascii=False))
    assert RAW.search(dumped) is None
    assert json.loads(dumped) == data


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("\x1b]0;t\x07", "\\x1b]0;t\\x07"),
        ("a\rb", "a\\rb"),
        ("\x00\x7f\x85\x9b", "\\x00\\x7f\\x85\\x9b"),
        ("\u202eabc\u202c", "\\u202eabc\\u202c"),
        ("\u061c\u200e\u200f\u2066\u2069", "\\u061c\\u200e\\u200f\\u2066\\u2069"),
        ("\ud800", "\\ud800"),
        ("hai\ndòng\tvà tab", "hai\ndòng\tvà tab"),
    ],
)
def test_visible(text: str, shown: str) -> None:
    assert visible(text) == shown


def test_one_line_shows_line_breaks_too() -> None:
    assert one_line("a\nb\u2028c\u2029d\te") == "a\\nb\\u2028c\\u2029d\te"


def test_vietnamese_and_punctuation_are_untouched() -> None:
    text = (
        "Điều 5. Trách nhiệm của Bộ Thông tin và Truyền thông: “chủ trì”, ‘phối hợp’ — "
        "đ Đ ă Ă â ơ ư ạ ả ấ ầ ẩ ẫ ậ ắ ằ ẳ ẵ ặ ẹ ẻ ẽ ế ề ể ễ ệ ỉ ị ọ ỏ ố ồ ổ ỗ ộ ớ ờ ở ỡ ợ "
        "ụ ủ ứ ừ ử ữ ự ỳ ỵ ỷ ỹ … § № € ° ± × ÷ ½ \u00a0 \u200b \u200d e\u0301 \\x1b"
    )
    assert visible(text) == text
    assert one_line(text) == text
