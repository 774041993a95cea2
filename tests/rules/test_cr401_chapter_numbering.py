"""CR401 chapter-numbering: chapters are numbered I, II, III ... in order."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, Triple, messages, regulation, triples


def chapters(first: str, second: str, third: str) -> str:
    return regulation(
        f"""
        chapters:
          - number: {first}
            title: QUY ĐỊNH CHUNG
            articles:
              - number: 1
                title: Phạm vi điều chỉnh
                duties:
                  - {{id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}}
                  - {{id: d2, text: Báo cáo, lead: btttt, schedule: continuous}}
          - number: {second}
            title: NỘI DUNG PHỐI HỢP
          - number: {third}
            title: TỔ CHỨC THỰC HIỆN
        """
    )


def test_arabic_numeral(check_findings: CheckFindings) -> None:
    found = check_findings(chapters("I", '"2"', "III"))
    assert triples(found) == [(10, 13, "CR401")]
    assert messages(found) == ["chapter '2' should be numbered 'II'"]
    assert messages(found, "vi") == ["chương '2' phải được đánh số 'II'"]


@pytest.mark.parametrize(
    ("numbers", "expected", "message"),
    [
        # A skipped chapter: one finding, the next one counts on from what was written.
        (("I", "III", "IV"), (10, 13), "chapter 'III' should be numbered 'II'"),
        (("II", "III", "IV"), (2, 13), "chapter 'II' should be numbered 'I'"),
        (("I", "II", "II"), (12, 13), "chapter 'II' should be numbered 'III'"),
        (("I", "ii", "III"), (10, 13), "chapter 'ii' should be numbered 'II'"),
        (("I", "IIII", "III"), (10, 13), "chapter 'IIII' should be numbered 'II'"),
        (("I", "II", "Chương III"), (12, 13), "chapter 'Chương III' should be numbered 'III'"),
    ],
)
def test_one_slip_one_finding(
    check_findings: CheckFindings,
    numbers: tuple[str, str, str],
    expected: tuple[int, int],
    message: str,
) -> None:
    found = check_findings(chapters(*numbers))
    assert triples(found) == [(*expected, "CR401")]
    assert messages(found) == [message]


def test_roman_numerals_in_order(check: Check) -> None:
    assert check(chapters("I", "II", "III")) == []


def test_chapter_number_must_be_text(check: Check) -> None:
    expected: list[Triple] = [(10, 13, "CR102")]
    assert check(chapters("I", "2", "III")) == expected
