"""An act takes effect on or after the day it is signed, or the dates are worth a second look.

A regulation never takes effect before it is signed (CR501, an error). An act
that changes it usually does not either, but it can: the Government's decree
55/2025/NĐ-CP, which sets out the functions of the Ministry of Science and
Technology after the Ministry of Information and Communications merged into it,
was signed on 2 March 2025 and took effect on 1 March 2025, the day the merger
took effect. Such dates are real, so this is a warning: check them against the
act, since a typo in either date looks the same. An act recorded without a
signing date (a handover agreed in a meeting) is not checked.

Failing example::

    format: 2
    acts:
      - id: bb-2025
        kind: handover
        title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
        signed: 2025-03-28
        effective: 2025-03-01        # CR902: act 'bb-2025' takes effect on 2025-03-01,
                                     #        before it was signed on 2025-03-28

Passing example::

    acts:
      - id: bb-2025
        kind: handover
        title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
        signed: 2025-02-28
        effective: 2025-03-01
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR902"
NAME = "act-effective-before-signed"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for ai, act in enumerate(context.regulation.acts):
        if act.signed is not None and act.effective < act.signed:
            yield context.at(
                ("acts", ai, "effective"),
                CODE,
                SEVERITY,
                act=act.id,
                effective=act.effective.isoformat(),
                signed=act.signed.isoformat(),
            )
