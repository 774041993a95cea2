"""Every reference names a declared party or unit.

A duty's `lead` and `support`, a party's `standing_office` and the entries of
`evaluation.rotation` must name ids declared under `parties` (rotation entries
must be parties, not units). So must the same keys in earlier values (`before`
entries of duties, parties and `evaluation`): a body named as a holder in the
past is a body of the file, even if it has ended since. A near miss gets a
suggestion. In the examples, party `bca` declares the unit `bca-a05`.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a5         # CR301: lead 'bca-a5' is not a declared party or unit
                schedule: continuous #        (did you mean 'bca-a05'?)

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model.leads import Lead, placed_leads
from coordreg.rules.base import Path_, RegulationContext, did_you_mean

CODE = "CR301"
NAME = "unknown-reference"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    bodies = regulation.bodies()
    parties = [party.id for party in regulation.parties]

    def unknown(
        path: tuple[str | int, ...], field: str, ref: str, kind: str, known: list[str]
    ) -> Finding:
        return context.at(
            path, CODE, SEVERITY, field=field, ref=ref, kind=kind, **did_you_mean(ref, known)
        )

    for path, _article, duty in regulation.duties():
        values: list[tuple[Path_, Lead | None, list[str]]] = [(path, duty.lead, duty.support)]
        values += [
            ((*path, "before", bi), entry.lead, entry.support or [])
            for bi, entry in enumerate(duty.before)
        ]
        for where, lead, support in values:
            for inside, body in placed_leads(lead) if lead is not None else ():
                if body not in bodies:
                    at = (*where, "lead", *inside)
                    yield unknown(at, "lead", body, "party_or_unit", list(bodies))
            for si, supporter in enumerate(support):
                if supporter not in bodies:
                    yield unknown(
                        (*where, "support", si), "support", supporter, "party_or_unit", list(bodies)
                    )
    for pi, party in enumerate(regulation.parties):
        offices: list[tuple[Path_, str | None]] = [(("parties", pi), party.standing_office)]
        offices += [
            (("parties", pi, "before", bi), entry.standing_office)
            for bi, entry in enumerate(party.before)
        ]
        for where, office in offices:
            if office is not None and office not in bodies:
                yield unknown(
                    (*where, "standing_office"),
                    "standing_office",
                    office,
                    "party_or_unit",
                    list(bodies),
                )
    evaluation = regulation.evaluation
    rotations: list[tuple[Path_, list[str]]] = [(("evaluation",), evaluation.rotation)]
    rotations += [
        (("evaluation", "before", bi), entry.rotation or [])
        for bi, entry in enumerate(evaluation.before)
    ]
    for where, rotation in rotations:
        for ri, entry in enumerate(rotation):
            if entry not in parties:
                yield unknown((*where, "rotation", ri), "rotation", entry, "party", parties)
