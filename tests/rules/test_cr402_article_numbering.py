"""CR402 article-numbering: articles run on from 1 across chapters."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples

DUTIES = """\
        duties:
          - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}
          - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}
"""


def articles(*chapters: list[int]) -> str:
    """Chapters I, II, III with articles so numbered; each chapter header takes 3 lines,
    each article 2, so the first article is on line 5."""
    lines = ["chapters:"]
    for roman, numbers in zip(("I", "II", "III"), chapters, strict=False):
        lines += [
            f"  - number: {roman}",
            "    title: CHƯƠNG",
            "    articles:" if numbers else "    articles: []",
        ]
        for number in numbers:
            lines += [f"      - number: {number}", "        title: Điều"]
    return regulation("\n".join(lines) + "\n" + DUTIES)


def test_numbering_restarts_in_a_chapter(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - {number: 1, title: Phạm vi điều chỉnh}
                  - {number: 2, title: Đối tượng áp dụng}
              - number: II
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - {number: 1, title: Nội dung phối hợp}
                  - {number: 2, title: Hình thức phối hợp}
              - number: III
                title: TỔ CHỨC THỰC HIỆN
                articles:
                  - number: 3
                    title: Hiệu lực thi hành
                    duties:
                      - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}
                      - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}
            """
        )
    )
    # Only the restart is reported: the articles after it count on from it.
    assert triples(found) == [(10, 18, "CR402")]
    assert messages(found) == [
        "article 1 should be numbered 3: articles run on from 1 across chapters"
    ]
    assert messages(found, "vi") == [
        "điều 1 phải được đánh số 3: các điều đánh số liên tục từ 1 qua các chương"
    ]


@pytest.mark.parametrize(
    ("chapters", "expected", "message"),
    [
        # A skipped number.
        (([1, 2], [3, 5, 6], [7]), (14, 17), "article 5 should be numbered 4"),
        # A number written twice.
        (([1, 2], [3, 3, 4], [5]), (14, 17), "article 3 should be numbered 4"),
        (([1, 2], [3, 4], [4, 5]), (19, 17), "article 4 should be numbered 5"),
        # A typo: 7 for 4, and 5 after it is right.
        (([1, 2], [3, 7, 5], [6]), (14, 17), "article 7 should be numbered 4"),
        (([0, 1], [2], [3]), (5, 17), "article 0 should be numbered 1"),
    ],
)
def test_one_slip_one_finding(
    check_findings: CheckFindings,
    chapters: tuple[list[int], ...],
    expected: tuple[int, int],
    message: str,
) -> None:
    found = check_findings(articles(*chapters))
    assert triples(found) == [(*expected, "CR402")]
    assert messages(found) == [f"{message}: articles run on from 1 across chapters"]


def test_numbering_continues_across_chapters(check: Check) -> None:
    assert check(articles([1, 2], [3], [4, 5])) == []


def test_chapters_without_articles_do_not_break_the_count(check: Check) -> None:
    assert check(articles([1, 2], [], [3])) == []
