"""CR802 control-character: no text of a regulation or a record holds a control character."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, evaluation, messages, regulation, triples

from coordreg.findings import Severity


def test_terminal_escapes_written_with_yaml_escapes_are_found(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        regulation(
            """
            title: "Quy chế\\e]0;pwned\\a phối hợp"
            place: "Hà Nội\\e[2J"
            """
        )
    )
    assert triples(found) == [(1, 8, "CR802"), (2, 8, "CR802")]
    assert (
        messages(found)
        == [
            "the text holds the control character U+001B, which terminals act on instead of "
            "showing; remove it"
        ]
        * 2
    )
    assert messages(found, "vi")[0] == (
        "văn bản chứa ký tự điều khiển U+001B, ký tự mà cửa sổ dòng lệnh thực hiện thay vì "
        "hiển thị; hãy xóa ký tự này"
    )
    assert {f.severity for f in found} == {Severity.ERROR}


@pytest.mark.parametrize(
    ("escape", "named"),
    [
        ("\\e]52;c;cm0gLXJmIH4=\\a", "U+001B"),  # OSC 52: writes the clipboard
        ("\\r", "U+000D"),  # back to the start of the line: what follows hides the rest
        ("\\x9b2J", "U+009B"),  # C1 CSI: "clear the screen" in one character
        ("\\x85", "U+0085"),  # NEL
        ("\\x7f", "U+007F"),
        ("\\0", "U+0000"),
        ("\\u202e", "U+202E"),  # right-to-left override (Trojan Source)
        ("\\u2066", "U+2066"),  # left-to-right isolate
        ("\\u200f", "U+200F"),  # right-to-left mark
    ],
)
def test_each_kind_of_control_is_named_in_a_duty_text(
    check_findings: CheckFindings, escape: str, named: str
) -> None:
    duty = "text: Trao đổi thông tin về tình hình an ninh mạng."
    text = regulation().replace(duty, f'text: "Trao đổi{escape} thông tin về tình hình."', 1)
    assert text != regulation()
    found = [f for f in check_findings(text) if f.code == "CR802"]
    assert len(found) == 1
    assert dict(found[0].args) == {"character": named}


def test_line_feeds_tabs_and_vietnamese_are_text(check: Check) -> None:
    text = regulation(
        """
        title: "Quy chế\\tphối hợp: “điều khoản” — đ, ư, ơ, ẫ; Điều 1.\\nKhoản 2"
        place: |
          Hà Nội
          Việt Nam
        """
    )
    assert check(text) == []


def test_a_record_is_checked_too(check: Check) -> None:
    record = evaluation(
        """
        results:
          trao-doi-thong-tin: {status: done, note: "Đã\\x9b2J xong"}
          bao-cao-quy: {status: done}
          tong-ket-nam: {status: done}
        """
    )
    assert check(evaluations={"2023.yaml": record}) == [(2, 44, "CR802")]
