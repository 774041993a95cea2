"""A duty's lead is not also one of its supporters.

"X chủ trì, phối hợp với Y": the body that leads a duty cannot support it too.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Sơ kết, tổng kết
            duties:
              - id: bao-cao-so-ket
                text: Báo cáo sơ kết việc thực hiện Quy chế.
                lead: bca-vp
                support: [btttt-vp, bca-vp]    # CR302: 'bca-vp' leads this duty
                schedule: {yearly: 12-15}

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Sơ kết, tổng kết
            duties:
              - id: bao-cao-so-ket
                text: Báo cáo sơ kết việc thực hiện Quy chế.
                lead: bca-vp
                support: [btttt-vp]
                schedule: {yearly: 12-15}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR302"
NAME = "lead-also-supports"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for path, _article, duty in context.regulation.duties():
        for si, supporter in enumerate(duty.support):
            if supporter in duty.leads:
                yield context.at((*path, "support", si), CODE, SEVERITY, ref=supporter)
