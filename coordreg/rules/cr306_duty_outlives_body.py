"""No duty is led or supported by a body after that body has ended.

A party or unit with `until` (its last day) no longer exists from the next day.
A duty it leads or supports that still falls due after that day has no owner
for its part from then on: hand the duty over (`coordreg transfer`) before the
body ends. A unit ends with its party: when the party ends first, the party's
date counts for the unit too.

A duty still falls due after a body's end when it is `continuous`, `on_request`,
or recurring (`yearly`, `half_yearly`, `quarterly`, `monthly`) with a due date
after the end, or one-off (`{once: DATE}`) with its date after the end, in each
case while the regulation is in force: a regulation whose own `until` is on or
before the body's end leaves nothing to hand over.

The check runs over the regulation's life with each duty as in force on each
day: its holders, its schedule, and whether it has been added or repealed by
then. A duty handed over by an act that takes effect the day after the body's
end (the new holder in place, the old one kept in an earlier value under the
act: `coordreg transfer --effective`) is fine; one still held by the body after
its end, or repealed only later, is reported. This is how a handover that splits
a body's duties among several successors shows a duty left behind. The finding
points at the place in the file that names the body as holder then (the `lead`,
a supporter, or an earlier value), once per duty and body, and names the body's
successor when it has one that still exists on the day after the end.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - id: bca-a05
            name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - id: btttt-cattt
            name: Cục An toàn thông tin
            until: 2025-02-28
            succeeded_by: bca-a05
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Giám sát an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: btttt-cattt    # CR306: lead 'btttt-cattt' ends on 2025-02-28 but this duty
                schedule: continuous #        still falls due after that: from 2025-03-01 its part
                                     #        in the duty has no owner; transfer its duties with
                                     #        `coordreg transfer --from btttt-cattt --to bca-a05`

Passing example, with the same parties::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Giám sát an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: bca-a05
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from typing import Any

from coordreg.findings import Finding, Severity
from coordreg.model import Regulation
from coordreg.rules.base import RegulationContext
from coordreg.rules.periods import duty_versions, falls_due_between, never_in_force

CODE = "CR306"
NAME = "duty-outlives-body"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

# The tail of the message (coordreg.catalogue.finding_tails.HINTS), by (ends with its party, has a successor).
HINT = {
    (False, False): "",
    (False, True): "transfer_to",
    (True, False): "ends_with_party",
    (True, True): "ends_with_party_transfer_to",
}


def successors(regulation: Regulation) -> dict[str, str]:
    """Who takes over from each body that names a successor, its own or its party's.

    A unit without a successor of its own that ends with its party (on the
    party's date) passes its duties to the party's successor.
    """
    ends = regulation.body_ends()
    found: dict[str, str] = {}
    for party in regulation.parties:
        # A body split among several successors is named with the first of them, the
        # one that takes its place by default.
        if party.successors:
            found[party.id] = party.successors[0]
        for unit in party.units:
            with_party = party.until is not None and ends[unit.id][0] == party.until
            if unit.successors:
                found[unit.id] = unit.successors[0]
            elif party.successors and with_party:
                found[unit.id] = party.successors[0]
    return found


def taker(regulation: Regulation, body: str, end: date) -> str | None:
    """The successor that exists on the day after `end`, following successors that ended too."""
    known = regulation.bodies()
    ends = regulation.body_ends()
    after = successors(regulation)
    seen = {body}
    current = after.get(body)
    while current is not None and current in known and current not in seen:
        if current not in ends or ends[current][0] > end:
            return current
        seen.add(current)
        current = after.get(current)
    return None


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    ends = regulation.body_ends()
    if not ends:
        return
    effective = context.timeline.effective
    # A body in force on no day is CR904's finding, once, not one per duty here.
    never = never_in_force(regulation)
    for _placed, versions in duty_versions(regulation, effective):
        reported: set[str] = set()
        for version in versions:
            for where, field, body in version.holders:
                if body not in ends or body in never or body in reported:
                    continue
                end = ends[body][0]
                if end >= version.last:
                    continue
                after = max(version.first, end + timedelta(days=1))
                if falls_due_between(version.schedule, after, version.last):
                    reported.add(body)
                    yield context.at(where, CODE, SEVERITY, **_wording(regulation, field, body))


def _wording(regulation: Regulation, field: str, body: str) -> dict[str, Any]:
    end, party = regulation.body_ends()[body]
    args: dict[str, Any] = {
        "field": field,
        "body": body,
        "until": end.isoformat(),
        "start": (end + timedelta(days=1)).isoformat(),
    }
    successor = taker(regulation, body, end)
    if successor is not None:
        args["successor"] = successor
    if party is not None:
        args["party"] = party
    args["hint"] = HINT[party is not None, successor is not None]
    return args
