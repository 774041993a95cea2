"""An evaluation's host is a party of the regulation.

Failing example::

    host: bo-cong-an             # CR609: not a party of the regulation

Passing example::

    host: bca
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext, did_you_mean

CODE = "CR609"
NAME = "unknown-host"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    if context.regulation is None:
        return
    parties = [party.id for party in context.regulation.parties]
    host = context.evaluation.host
    if host not in parties:
        yield context.at(("host",), CODE, SEVERITY, host=host, **did_you_mean(host, parties))
