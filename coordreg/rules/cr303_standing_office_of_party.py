"""A party's standing office is one of its own units.

The standing body (cơ quan thường trực) coordinates day to day on behalf of
its ministry, so it must be declared among that party's `units`.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - {id: bca-vp, name: Văn phòng Bộ Công an}
        standing_office: btttt-vp      # CR303: not a unit of party 'bca'
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}

Passing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - {id: bca-vp, name: Văn phòng Bộ Công an}
        standing_office: bca-vp
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR303"
NAME = "standing-office-of-party"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    bodies = context.regulation.bodies()
    for pi, party in enumerate(context.regulation.parties):
        office = party.standing_office
        # An undeclared office is CR301's finding; this rule is about ownership.
        if office is None or office not in bodies:
            continue
        if office not in {unit.id for unit in party.units}:
            yield context.at(
                ("parties", pi, "standing_office"), CODE, SEVERITY, ref=office, party=party.id
            )
