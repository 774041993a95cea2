"""Every duty that falls due in the year has a result.

A record covers the duties due in its year: recurring ones, continuous and
on-request ones, and one-off ones dated that year. One left out is usually
forgotten; record `not_applicable` when it truly did not apply.

The duties of a year are those of the regulation as in force that year: a duty
added by an act that takes effect in 2026 is not owed by the record of 2024,
and one repealed from 1 July 2026 is still owed by the record of 2026 (it was in
force for half of it) if it fell due before its repeal.

Failing example, for a regulation whose duty ``tong-ket-nam`` falls due every year::

    year: 2023
    results:                     # CR606: 'tong-ket-nam' falls due in 2023 but has no result
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}

Passing example::

    year: 2023
    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: not_applicable, note: Năm 2023 không tổ chức tổng kết.}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model.timeline import Timeline
from coordreg.rules.base import EvaluationContext

CODE = "CR606"
NAME = "missing-result"
SEVERITY = Severity.WARNING
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    timeline = context.timeline
    if timeline is None:
        return
    results = context.evaluation.results
    year = context.evaluation.year
    for duty_id in duties_of_year(timeline, year):
        if duty_id not in results:
            yield context.at_key(("results",), CODE, SEVERITY, duty=duty_id, year=year)


def duties_of_year(timeline: Timeline, year: int) -> list[str]:
    """The ids of the duties that belong to `year`, in the order of the file."""
    if timeline.timeless:
        # The same duties as below, without building each one's periods of the year:
        # `check` runs on every record of every regulation.
        return [duty.id for _article, duty, _dates in timeline.regulation.duties_due(year)]
    return [year_duty.duty.id for year_duty in timeline.year_duties(year)]
