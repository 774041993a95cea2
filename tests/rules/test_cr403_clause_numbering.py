"""CR403 clause-numbering: clauses are numbered 1, 2, 3 ... within each article."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples


def clauses(first: list[int], second: list[int]) -> str:
    """Two articles with clauses so numbered: the first clause of article 1 is on line 8,
    of article 2 on line 8 + 2 * len(first) + 3."""
    lines = ["chapters:", "  - number: I", "    title: QUY ĐỊNH CHUNG", "    articles:"]
    for article, numbers in ((1, first), (2, second)):
        lines += [f"      - number: {article}", "        title: Điều", "        clauses:"]
        for number in numbers:
            lines += [f"          - number: {number}", "            text: Khoản"]
    lines += [
        "        duties:",
        "          - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}",
        "          - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}",
    ]
    return regulation("\n".join(lines) + "\n")


def test_skipped_clause(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Trách nhiệm của Bộ Công an
                    clauses:
                      - {number: 1, text: Chủ trì trao đổi thông tin.}
                      - {number: 3, text: Phối hợp kiểm tra.}
                    duties:
                      - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}
                      - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}
            """
        )
    )
    assert triples(found) == [(9, 22, "CR403")]
    assert messages(found) == ["clause 3 should be numbered 2"]
    assert messages(found, "vi") == ["khoản 3 phải được đánh số 2"]


@pytest.mark.parametrize(
    ("first", "second", "expected", "message"),
    [
        ([2, 3], [1], (8, 21), "clause 2 should be numbered 1"),
        ([1, 1, 2], [1], (10, 21), "clause 1 should be numbered 2"),
        # Clauses restart in every article: running on from article 1 is wrong.
        ([1, 2], [3, 4], (15, 21), "clause 3 should be numbered 1"),
        ([1, 2], [1, 2, 4], (19, 21), "clause 4 should be numbered 3"),
    ],
)
def test_misnumbered_clauses(
    check_findings: CheckFindings,
    first: list[int],
    second: list[int],
    expected: tuple[int, int],
    message: str,
) -> None:
    found = check_findings(clauses(first, second))
    assert triples(found) == [(*expected, "CR403")]
    assert messages(found) == [message]


def test_clauses_restart_in_each_article(check: Check) -> None:
    assert check(clauses([1, 2, 3], [1, 2])) == []
