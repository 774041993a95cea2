"""An evaluation record names the regulation whose folder it sits in.

Failing example, in ``regulations/bca-btttt-2021/evaluations/2023.yaml``::

    regulation: bca-btttt        # CR604: sits in the folder of 'bca-btttt-2021'

Passing example::

    regulation: bca-btttt-2021
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext

CODE = "CR604"
NAME = "evaluation-regulation"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    regulation = context.regulation
    if regulation is None:
        return
    if context.evaluation.regulation != regulation.id:
        yield context.at(
            ("regulation",),
            CODE,
            SEVERITY,
            found=context.evaluation.regulation,
            expected=regulation.id,
        )
