"""A regulation takes effect on or after the day it is signed.

"Có hiệu lực kể từ ngày ký" gives the same date; "sau 10 ngày kể từ ngày ký"
a later one; never an earlier one.

Failing example::

    signed: 2021-11-24
    effective: 2021-11-01          # CR501: before the signing date

Passing example::

    signed: 2021-11-24
    effective: 2021-12-04
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR501"
NAME = "effective-before-signed"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    if regulation.effective < regulation.signed:
        yield context.at(
            ("effective",),
            CODE,
            SEVERITY,
            effective=regulation.effective.isoformat(),
            signed=regulation.signed.isoformat(),
        )
