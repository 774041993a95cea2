"""A duty left unfinished one year has a result the next year.

The plan of year Y carries over what Y-1's record left `not_done` or
`in_progress`; if Y's record then says nothing about it, the unfinished work
silently drops out of every later plan and review. Record its outcome in Y
(`done` when it was finished, `not_applicable` when it was abandoned).

Checked when both records are checked together (a regulation folder). A duty
that is no longer in force at any time of Y (repealed by an act that took effect
by 1 January of Y) needs no result in Y.

Failing example, when the 2022 record left ``ke-hoach-trien-khai: {status: in_progress}``::

    year: 2023
    results:                 # CR610: 'ke-hoach-trien-khai' was left in progress in 2022
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}

Passing example::

    year: 2023
    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}
      ke-hoach-trien-khai: {status: done, note: Đã ban hành kế hoạch.}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model import results_in
from coordreg.rules.base import EvaluationContext
from coordreg.rules.periods import duties_in_force

CODE = "CR610"
NAME = "unfinished-dropped"
SEVERITY = Severity.WARNING
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    previous, timeline = context.previous, context.timeline
    if previous is None or timeline is None:
        return
    year = context.evaluation.year
    duties = duties_in_force(timeline, year)
    results = context.evaluation.results
    for duty_id, entry in previous.results.items():
        # An each-party duty is unfinished when any party's result is.
        unfinished = [r for _p, r in results_in(entry) if r.status in ("not_done", "in_progress")]
        if unfinished and duty_id in duties and duty_id not in results:
            result = unfinished[0]
            yield context.at_key(
                ("results",),
                CODE,
                SEVERITY,
                duty=duty_id,
                status=result.status,
                previous=previous.year,
                year=year,
            )
