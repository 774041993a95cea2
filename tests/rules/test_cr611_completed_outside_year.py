"""CR611 completed-outside-year: a completion date falls in the record's year."""

from __future__ import annotations

from builders import Check, CheckFindings, evaluation, messages, triples

RESULTS = """\
results:
  trao-doi-thong-tin:
    status: done
    completed: {completed}
    evidence: {{number: 12/BC-BCA, date: 2022-12-30}}
  bao-cao-quy: {{status: done}}
  tong-ket-nam: {{status: done}}
"""


def test_completed_in_another_year(check_findings: CheckFindings) -> None:
    record = evaluation(RESULTS.format(completed="2024-01-05"))
    found = check_findings(evaluations={"2023.yaml": record})
    assert triples(found) == [(4, 16, "CR611")]
    assert messages(found) == [
        "duty 'trao-doi-thong-tin' was completed on 2024-01-05, outside the year 2023 evaluated"
    ]
    assert messages(found, "vi") == [
        "nhiệm vụ 'trao-doi-thong-tin' ghi ngày hoàn thành 2024-01-05, ngoài năm 2023 được đánh giá"
    ]


def test_completed_in_the_year_with_older_evidence(check: Check) -> None:
    assert (
        check(evaluations={"2023.yaml": evaluation(RESULTS.format(completed="2023-12-31"))}) == []
    )
