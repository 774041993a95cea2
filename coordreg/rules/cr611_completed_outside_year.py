"""A duty's completion date falls in the year its record evaluates.

`completed` says when the duty was done in the year evaluated; a day of another
year is a typing slip (2025 for 2026) or a result that belongs to another
year's record. The evidence document may be older or newer (a report sent in
January), so its date is not held to the year.

Failing example::

    year: 2023
    results:
      trao-doi-thong-tin:
        status: done
        completed: 2022-11-30    # CR611: completed on 2022-11-30, outside 2023

Passing example::

    year: 2023
    results:
      trao-doi-thong-tin:
        status: done
        completed: 2023-11-30
        evidence: {number: 125/BC-BCA, date: 2023-12-05}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model import results_in
from coordreg.rules.base import EvaluationContext

CODE = "CR611"
NAME = "completed-outside-year"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    year = context.evaluation.year
    for duty_id, entry in context.evaluation.results.items():
        for party, result in results_in(entry):
            if result.completed is None or result.completed.year == year:
                continue
            at = ("results", duty_id) if party is None else ("results", duty_id, "by_party", party)
            yield context.at(
                (*at, "completed"),
                CODE,
                SEVERITY,
                duty=duty_id,
                completed=result.completed.isoformat(),
                year=year,
            )
