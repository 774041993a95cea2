"""Every result names a duty of the regulation.

Failing example::

    results:
      trao-doi-thongtin: {status: done}    # CR603: unknown duty
      bao-cao-quy: {status: done}          #        (did you mean 'trao-doi-thong-tin'?)
      tong-ket-nam: {status: done}

Passing example::

    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext, suggest

CODE = "CR603"
NAME = "unknown-duty"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    if context.regulation is None:
        return
    duties = [duty.id for _path, _article, duty in context.regulation.duties()]
    known = set(duties)
    for duty_id in context.evaluation.results:
        if duty_id not in known:
            yield context.at_key(
                ("results", duty_id),
                CODE,
                SEVERITY,
                duty=duty_id,
                suggestion=suggest(duty_id, duties),
            )
