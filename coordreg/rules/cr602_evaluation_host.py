"""The host of a year's evaluation follows the rotation.

The parties host in the order of `evaluation.rotation`, starting with
`first_year` and repeating. A different host is allowed (the parties may agree
to swap) but is worth a second look, so this is a warning.

Failing example, with ``rotation: [bca, btttt]`` and ``first_year: 2022``::

    year: 2023
    host: bca                    # CR602: 'btttt' hosts 2023

Passing example::

    year: 2023
    host: btttt
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext

CODE = "CR602"
NAME = "evaluation-host"
SEVERITY = Severity.WARNING
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    regulation = context.regulation
    evaluation = context.evaluation
    if regulation is None or evaluation.host not in {p.id for p in regulation.parties}:
        return  # an unknown host is CR609's finding
    expected = regulation.host_for(evaluation.year)
    if evaluation.host != expected:
        yield context.at(
            ("host",), CODE, SEVERITY, host=evaluation.host, expected=expected, year=evaluation.year
        )
