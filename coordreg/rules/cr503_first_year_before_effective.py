"""The first evaluation year is not before the regulation takes effect.

Failing example::

    effective: 2021-11-24
    evaluation:
      rotation: [bca, btttt]
      first_year: 2020           # CR503: before the regulation takes effect

Passing example::

    evaluation:
      rotation: [bca, btttt]
      first_year: 2022
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR503"
NAME = "first-year-before-effective"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    if regulation.evaluation.first_year < regulation.effective.year:
        yield context.at(
            ("evaluation", "first_year"),
            CODE,
            SEVERITY,
            year=regulation.evaluation.first_year,
            effective=regulation.effective.isoformat(),
        )
