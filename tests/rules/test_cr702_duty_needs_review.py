"""CR702 duty-needs-review: a duty that still carries a `review` note."""

from __future__ import annotations

from builders import CheckFindings, messages, regulation, triples

from coordreg.findings import Severity

CHAPTERS = """
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Nội dung phối hợp
        duties:
          - id: d1
            text: Trao đổi thông tin
            lead: bca
            schedule: continuous
            review: "dòng 41: kiểm tra cơ quan chủ trì"
          - {id: d2, text: Việc đã rà soát, lead: btttt, schedule: continuous}
"""


def test_duty_with_a_review_note(check_findings: CheckFindings) -> None:
    found = check_findings(regulation(CHAPTERS))
    assert triples(found) == [(12, 21, "CR702")]
    assert messages(found) == ["duty 'd1' is marked for review: dòng 41: kiểm tra cơ quan chủ trì"]
    assert messages(found, "vi") == [
        "nhiệm vụ 'd1' cần được rà soát: dòng 41: kiểm tra cơ quan chủ trì"
    ]
    assert found[0].severity is Severity.WARNING


def test_reviewed_duty_has_no_finding(check_findings: CheckFindings) -> None:
    assert (
        check_findings(
            regulation(CHAPTERS.replace('review: "dòng 41: kiểm tra cơ quan chủ trì"', ""))
        )
        == []
    )
