"""CR706 placeholder: a text `coordreg new` left in square brackets is reported until filled."""

from __future__ import annotations

from builders import CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def test_each_placeholder_is_reported_at_its_text(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            place: "[Nơi ký]"
            number: 01/QCPH-[...]
            """
        )
    )
    assert triples(found) == [(1, 8, "CR706"), (2, 9, "CR706")]
    assert messages(found) == [
        "the placeholder [Nơi ký] left by `coordreg new` is still to be filled",
        "the placeholder [...] left by `coordreg new` is still to be filled",
    ]
    assert messages(found, "vi")[0] == (
        "chưa điền [Nơi ký] (chỗ để trống của `coordreg new`): hãy thay bằng nội dung các bên "
        "thống nhất"
    )
    assert found[0].severity is Severity.WARNING


def test_numbers_in_brackets_are_not_placeholders(check_findings: CheckFindings) -> None:
    assert check_findings(regulation('place: "Hà Nội [1]"\n')) == []
