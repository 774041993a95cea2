"""Every party leads at least one duty, itself or through one of its units.

A party that leads nothing usually means duties were assigned to the wrong
body, or a party's units were not declared under it.

In a regulation with a history, a party that leads a duty at any time of the
regulation's life is fine: a ministry whose duties were all handed over in 2025
still led them before. A party that is in force on no day (its `since` after its
last day) is CR904's finding, not this one.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
      - id: btttt                # CR701: party 'btttt' leads no duty,
        name: Bộ Thông tin và Truyền thông   # neither itself nor through its units
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca
                support: [btttt]
                schedule: continuous

Passing example, with the same parties::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca
                support: [btttt]
                schedule: continuous
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: btttt
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext
from coordreg.rules.periods import duty_versions, never_in_force

CODE = "CR701"
NAME = "party-leads-no-duty"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    owner = regulation.party_of()
    effective = context.timeline.effective
    leading = {
        owner.get(body)
        for _placed, versions in duty_versions(regulation, effective)
        for version in versions
        for _where, field, body in version.holders
        if field == "lead"
    }
    never = never_in_force(regulation)
    for pi, party in enumerate(regulation.parties):
        if party.id not in leading and party.id not in never:
            yield context.at(("parties", pi, "id"), CODE, SEVERITY, party=party.id)
