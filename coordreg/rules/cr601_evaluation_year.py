"""An evaluation record's year falls within the regulation's evaluation years.

Evaluations start at `evaluation.first_year` and end with the year of `until`,
when the regulation has one.

Failing example, with ``first_year: 2022``::

    regulation: bca-btttt-2021
    year: 2021                   # CR601: outside the evaluation years (2022 to open-ended)

Passing example::

    regulation: bca-btttt-2021
    year: 2022
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext

CODE = "CR601"
NAME = "evaluation-year"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    regulation = context.regulation
    if regulation is None:
        return
    year = context.evaluation.year
    first = regulation.evaluation.first_year
    last = regulation.last_year()
    if year < first or (last is not None and year > last):
        yield context.at(
            ("year",), CODE, SEVERITY, year=year, first=first, end=last if last else "open"
        )
