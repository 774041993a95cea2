"""Every party leads at least one duty, itself or through one of its units.

A party that leads nothing usually means duties were assigned to the wrong
body, or a party's units were not declared under it.

Failing example::

    parties:
      - {id: bca, name: Bộ Công an}
      - {id: btttt, name: Bộ Thông tin và Truyền thông}   # CR701 when every duty
    ...                                                   # is led by bca

Passing example: at least one duty has `lead: btttt` or `lead:` one of the
units declared under `btttt`.
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR701"
NAME = "party-leads-no-duty"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    owner = regulation.party_of()
    leading = {owner.get(duty.lead) for _path, _article, duty in regulation.duties()}
    for pi, party in enumerate(regulation.parties):
        if party.id not in leading:
            yield context.at(("parties", pi, "id"), CODE, SEVERITY, party=party.id)
