"""A one-off duty falls due while the regulation is in force.

A `{once: DATE}` schedule must not fall before `effective`, nor after `until`
when the regulation has an end date.

Failing example::

    effective: 2022-01-10
    chapters:
      - number: I
        title: TỔ CHỨC THỰC HIỆN
        articles:
          - number: 1
            title: Kế hoạch triển khai
            duties:
              - id: ke-hoach-trien-khai
                text: Ban hành kế hoạch triển khai Quy chế.
                lead: bca-vp
                schedule: {once: 2021-12-31}   # CR502: before the regulation took effect

Passing example::

    effective: 2022-01-10
    chapters:
      - number: I
        title: TỔ CHỨC THỰC HIỆN
        articles:
          - number: 1
            title: Kế hoạch triển khai
            duties:
              - id: ke-hoach-trien-khai
                text: Ban hành kế hoạch triển khai Quy chế.
                lead: bca-vp
                schedule: {once: 2022-06-30}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR502"
NAME = "due-outside-life"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    for path, _article, duty in regulation.duties():
        due = duty.schedule.on
        if due is None:
            continue
        too_late = regulation.until is not None and due > regulation.until
        if due < regulation.effective or too_late:
            yield context.at(
                (*path, "schedule", "once"),
                CODE,
                SEVERITY,
                due=due.isoformat(),
                start=regulation.effective.isoformat(),
                end=regulation.until.isoformat() if regulation.until else "open",
            )
