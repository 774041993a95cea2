"""No element has a period in force that is empty, and no two of its values overlap.

Each element of the text is in force from the act that added it (`added_by`)
until the act that repealed it (`repealed_by`), and each of its earlier values
(`before`) holds until its act takes effect. Contradictions in these dates are
errors, each at the key that makes them:

- `repealed_by` an act that takes effect no later than the act that added the
  element (its own `added_by`, or its article's or chapter's): it is never in force;
- an earlier value under an act that takes effect no later than the element was
  added: there was nothing before;
- an earlier value under an act that takes effect no earlier than the element
  was repealed: nothing changes once it is repealed;
- two earlier values of one element under the same act: which one held?
- a party or unit whose first day (its own `since`, or its party's) is after its
  last day (its own `until`, or its party's): it is never in force, and the rules
  about who holds a duty (CR306, CR907, CR701) leave it to this finding.

Two acts with one id are CR201's finding; an act that is not declared, CR901's.

Failing example::

    format: 2
    acts:
      - id: sd-2023
        title: Sửa đổi, bổ sung lần thứ nhất
        signed: 2023-03-01
        effective: 2023-03-15
      - id: sd-2024
        title: Sửa đổi, bổ sung lần thứ hai
        signed: 2024-03-01
        effective: 2024-03-15
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
                before:
                  - {act: sd-2023, lead: btttt-cattt}
                  - {act: sd-2023, support: [bca-vp]}    # CR904: a second earlier value
              - id: dien-tap
                text: Diễn tập ứng cứu sự cố an toàn thông tin mạng.
                lead: btttt-cattt
                schedule: {yearly: 10-15}
                added_by: sd-2024
                repealed_by: sd-2023 # CR904: repealed no later than it was added

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
                before:
                  - {act: sd-2023, lead: btttt-cattt, support: [bca-vp]}
              - id: dien-tap
                text: Diễn tập ứng cứu sự cố an toàn thông tin mạng.
                lead: btttt-cattt
                schedule: {yearly: 10-15}
                added_by: sd-2023
                repealed_by: sd-2024
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from coordreg.findings import Finding, Severity
from coordreg.model import Article, Chapter, Clause, Party, Point, Regulation, Unit
from coordreg.model.regulation import Duty
from coordreg.rules.base import Path_, RegulationContext
from coordreg.rules.elements import elements
from coordreg.rules.periods import body_starts, never_in_force

CODE = "CR904"
NAME = "empty-or-overlapping-period"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

TextElement = Chapter | Article | Clause | Point | Duty
# An act that bounds an element's period, with the day it takes effect.
Bound = tuple[str, date] | None


def _children(element: TextElement, path: Path_) -> list[tuple[Path_, TextElement]]:
    found: list[tuple[Path_, TextElement]] = []
    if isinstance(element, Chapter):
        found += [((*path, "articles", i), a) for i, a in enumerate(element.articles)]
    elif isinstance(element, Article):
        found += [((*path, "clauses", i), c) for i, c in enumerate(element.clauses)]
        found += [((*path, "duties", i), d) for i, d in enumerate(element.duties)]
    elif isinstance(element, Clause):
        found += [((*path, "points", i), p) for i, p in enumerate(element.points)]
    return found


def _bound(act: str | None, effective: Mapping[str, date]) -> Bound:
    return (act, effective[act]) if act is not None and act in effective else None


def periods(
    regulation: Regulation, effective: Mapping[str, date]
) -> Iterator[tuple[Path_, TextElement, Bound, Bound]]:
    """Every element of the text with the act that added it and the act that repealed
    it (its own or its chapter's and article's: the latest addition, the earliest repeal)."""

    def walk(
        path: Path_, element: TextElement, added: Bound, repealed: Bound
    ) -> Iterator[tuple[Path_, TextElement, Bound, Bound]]:
        start = _bound(element.added_by, effective)
        if start is not None and (added is None or start[1] > added[1]):
            added = start
        end = _bound(element.repealed_by, effective)
        if end is not None and (repealed is None or end[1] < repealed[1]):
            repealed = end
        yield path, element, added, repealed
        for child_path, child in _children(element, path):
            yield from walk(child_path, child, added, repealed)

    for ci, chapter in enumerate(regulation.chapters):
        yield from walk(("chapters", ci), chapter, None, None)


def _empty(context: RegulationContext, effective: Mapping[str, date]) -> Iterator[Finding]:
    for path, element, added, repealed in periods(context.regulation, effective):
        own_repeal = _bound(element.repealed_by, effective)
        if own_repeal is not None and added is not None and own_repeal[1] <= added[1]:
            yield context.at(
                (*path, "repealed_by"),
                CODE,
                SEVERITY,
                act=own_repeal[0],
                effective=own_repeal[1].isoformat(),
                added=added[0],
                added_on=added[1].isoformat(),
            )
        for bi, entry in enumerate(element.before):
            when = effective.get(entry.act)
            where = (*path, "before", bi, "act")
            if when is None:
                continue
            if added is not None and when <= added[1]:
                yield context.at(
                    where,
                    CODE,
                    SEVERITY,
                    variant="earlier_before_added",
                    act=entry.act,
                    effective=when.isoformat(),
                    added=added[0],
                    added_on=added[1].isoformat(),
                )
            elif repealed is not None and when >= repealed[1]:
                yield context.at(
                    where,
                    CODE,
                    SEVERITY,
                    variant="earlier_after_repealed",
                    act=entry.act,
                    effective=when.isoformat(),
                    repealed=repealed[0],
                    repealed_on=repealed[1].isoformat(),
                )


def _twice(context: RegulationContext) -> Iterator[Finding]:
    for path, element in elements(context.regulation):
        seen: set[str] = set()
        for bi, entry in enumerate(element.before):
            if entry.act in seen:
                yield context.at(
                    (*path, "before", bi, "act"),
                    CODE,
                    SEVERITY,
                    variant="same_act_twice",
                    act=entry.act,
                )
            seen.add(entry.act)


def _never_in_force(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    never = never_in_force(regulation)
    if not never:
        return
    starts, ends = body_starts(regulation), regulation.body_ends()
    for pi, party in enumerate(regulation.parties):
        bodies: list[tuple[Path_, Party | Unit]] = [(("parties", pi), party)]
        bodies += [(("parties", pi, "units", ui), unit) for ui, unit in enumerate(party.units)]
        for path, body in bodies:
            # At the body's own date that makes it so (a unit may start or end with its
            # party); a unit with no date of its own goes with its party's finding.
            dates = [key for key in ("since", "until") if getattr(body, key) is not None]
            if body.id in never and dates:
                yield context.at(
                    (*path, dates[0]),
                    CODE,
                    SEVERITY,
                    variant="since_after_until",
                    body=body.id,
                    since=starts[body.id][0].isoformat(),
                    until=ends[body.id][0].isoformat(),
                )


def check(context: RegulationContext) -> Iterator[Finding]:
    if context.timeline.timeless:
        return  # no acts, no history: nothing here names an act or holds a period
    effective = context.timeline.effective
    yield from _empty(context, effective)
    yield from _twice(context)
    yield from _never_in_force(context)
