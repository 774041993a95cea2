"""The host of a year's evaluation follows the rotation.

The parties host in the order of `evaluation.rotation`, starting with
`first_year` and repeating. A different host is allowed (the parties may agree
to swap) but is worth a second look, so this is a warning.

When an act changes the rotation during the year (a party merged into another
leaves it), the party whose turn it is by the rotation in force on 1 January, or
by the one in force on 31 December, may host, and so may a successor of either
that is in force that day: in 2025 the ministry that ended on 28 February or the
one that took over its turn. The message names the host by the rotation at the
end of the year.

Failing example, with ``rotation: [bca, btttt]`` and ``first_year: 2022``::

    year: 2023
    host: bca                    # CR602: 'btttt' hosts 2023

Passing example::

    year: 2023
    host: btttt
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from coordreg.findings import Finding, Severity
from coordreg.model.timeline import Timeline, in_force
from coordreg.rules.base import EvaluationContext

CODE = "CR602"
NAME = "evaluation-host"
SEVERITY = Severity.WARNING
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    regulation, timeline = context.regulation, context.timeline
    evaluation = context.evaluation
    if regulation is None or timeline is None:
        return
    if evaluation.host not in {p.id for p in regulation.parties}:
        return  # an unknown host is CR609's finding
    if evaluation.host not in accepted_hosts(timeline, evaluation.year):
        yield context.at(
            ("host",),
            CODE,
            SEVERITY,
            host=evaluation.host,
            expected=timeline.host_for(evaluation.year),
            year=evaluation.year,
        )


def accepted_hosts(timeline: Timeline, year: int) -> set[str]:
    """The parties whose turn it is by the rotation on the first and on the last day of
    `year`, and their successors (all of them, following successors of successors)
    in force on that day."""
    first, last = timeline.year_span(year) or (date(year, 1, 1), date(year, 12, 31))
    accepted: set[str] = set()
    for day in (first, last):
        regulation = timeline.as_of(day)
        parties = {party.id: party for party in regulation.parties}
        waiting = [regulation.host_for(year)]
        accepted.add(waiting[0])
        seen = set(waiting)  # successors may run in a cycle (CR308)
        while waiting:
            party = parties.get(waiting.pop())
            for successor in party.successors if party is not None else ():
                if successor in parties and successor not in seen:
                    seen.add(successor)
                    waiting.append(successor)
                    if in_force(parties[successor], day):
                        accepted.add(successor)
    return accepted
