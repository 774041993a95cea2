"""Every party takes its turn hosting the yearly evaluation.

The parties host the annual evaluation in turn (luân phiên). A party missing
from `evaluation.rotation` never hosts; that is usually an oversight. A party
that was in the rotation before an act changed it (an earlier value of
`evaluation`, such as a ministry that merged into another) did take its turns,
and the first successor of a party that ended takes that party's turns.

Failing example::

    parties:
      - {id: bca, name: Bộ Công an}
      - {id: btttt, name: Bộ Thông tin và Truyền thông}
    evaluation:
      rotation: [bca]            # CR304: party 'btttt' never hosts
      first_year: 2022

Passing example::

    evaluation:
      rotation: [bca, btttt]
      first_year: 2022
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR304"
NAME = "party-not-in-rotation"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    evaluation = context.regulation.evaluation
    rotation = set(evaluation.rotation)
    for entry in evaluation.before:
        rotation.update(entry.rotation or [])
    parties = {party.id: party for party in context.regulation.parties}
    heirs = list(rotation)
    while heirs:  # the first successor takes the turns, and its own first successor after it
        party = parties.get(heirs.pop())
        if party is not None and party.successors and party.successors[0] not in rotation:
            rotation.add(party.successors[0])
            heirs.append(party.successors[0])
    for party in context.regulation.parties:
        if party.id not in rotation:
            yield context.at(("evaluation", "rotation"), CODE, SEVERITY, party=party.id)
