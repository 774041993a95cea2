"""Every party, unit, duty, chapter, article and act id is used once.

Parties and units share one set of ids, because a duty's `lead` and `support`
may name either; duties have their own set, and so have the acts under `acts`
(two acts with one id would leave `added_by`, `repealed_by` and `before` unsure of
which date they mean). Ids are compared without regard to
case, so `BCA` and `bca` are the same id.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - {id: bca-vp, name: Văn phòng Bộ Công an}
      - id: BCA                  # CR201: party id 'BCA' is already used
        name: Bộ Công an

Passing example::

    parties:
      - id: bca
        name: Bộ Công an
      - id: btttt
        name: Bộ Thông tin và Truyền thông
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import Path_, RegulationContext

CODE = "CR201"
NAME = "duplicate-id"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    bodies: list[tuple[str, str, Path_]] = []
    for pi, party in enumerate(regulation.parties):
        bodies.append(("party", party.id, ("parties", pi, "id")))
        for ui, unit in enumerate(party.units):
            bodies.append(("unit", unit.id, ("parties", pi, "units", ui, "id")))
    duties = [("duty", duty.id, (*path, "id")) for path, _article, duty in regulation.duties()]
    chapters = [
        ("chapter", chapter.id, ("chapters", ci, "id"))
        for ci, chapter in enumerate(regulation.chapters)
        if chapter.id is not None
    ]
    articles = [
        ("article", article.id, ("chapters", ci, "articles", ai, "id"))
        for ci, ai, _chapter, article in regulation.articles()
        if article.id is not None
    ]
    acts = [("act", act.id, ("acts", ai, "id")) for ai, act in enumerate(regulation.acts)]
    for group in (bodies, duties, chapters, articles, acts):
        first_seen: dict[str, Path_] = {}
        for kind, identifier, path in group:
            key = identifier.casefold()
            if key in first_seen:
                first_line = context.doc.value_position(first_seen[key])[0]
                yield context.at(
                    path, CODE, SEVERITY, kind=kind, id=identifier, first_line=first_line
                )
            else:
                first_seen[key] = path
