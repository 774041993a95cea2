"""An evaluation is not held before the year it evaluates has begun.

The evaluation of year Y is held late in Y or early in Y+1.

Failing example::

    year: 2023
    held: 2022-12-20             # CR607: before the year it evaluates

Passing example::

    year: 2023
    held: 2024-01-12
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext

CODE = "CR607"
NAME = "held-before-year"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    evaluation = context.evaluation
    if evaluation.held is not None and evaluation.held.year < evaluation.year:
        yield context.at(
            ("held",), CODE, SEVERITY, held=evaluation.held.isoformat(), year=evaluation.year
        )
