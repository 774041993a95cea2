"""A supporter is listed once.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Bảo đảm an toàn thông tin
            duties:
              - id: ung-cuu-su-co
                text: Ứng cứu sự cố an toàn thông tin mạng.
                lead: bca-a05
                support: [btttt-cattt, btttt-vp, btttt-cattt]   # CR305: listed more than once
                schedule: on_request

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Bảo đảm an toàn thông tin
            duties:
              - id: ung-cuu-su-co
                text: Ứng cứu sự cố an toàn thông tin mạng.
                lead: bca-a05
                support: [btttt-cattt, btttt-vp]
                schedule: on_request
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR305"
NAME = "duplicate-supporter"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for path, _article, duty in context.regulation.duties():
        seen: set[str] = set()
        for si, supporter in enumerate(duty.support):
            if supporter in seen:
                yield context.at((*path, "support", si), CODE, SEVERITY, ref=supporter)
            seen.add(supporter)
