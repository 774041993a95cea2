"""An evaluation record is named after its year.

`regulations/<id>/evaluations/<YYYY>.yaml`: commands find the record of a year
by its name.

Failing example, in ``evaluations/2023-review.yaml``::

    year: 2023                   # CR605: should be named '2023.yaml'

Passing example, in ``evaluations/2023.yaml``::

    year: 2023
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext

CODE = "CR605"
NAME = "evaluation-file-name"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    year = context.evaluation.year
    if context.file.parent.name != "evaluations":
        return  # a record checked on its own, outside a regulation folder
    if context.file.stem != str(year):
        yield context.at(
            ("year",), CODE, SEVERITY, year=year, expected=f"{year}{context.file.suffix}"
        )
