"""A regulation's end date is not before it takes effect.

`until` is the last day the regulation is in force (optional).

Failing example::

    effective: 2021-11-24
    until: 2021-01-01            # CR504: before the effective date

Passing example::

    effective: 2021-11-24
    until: 2026-12-31
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR504"
NAME = "until-before-effective"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    if regulation.until is not None and regulation.until < regulation.effective:
        yield context.at(
            ("until",),
            CODE,
            SEVERITY,
            until=regulation.until.isoformat(),
            effective=regulation.effective.isoformat(),
        )
