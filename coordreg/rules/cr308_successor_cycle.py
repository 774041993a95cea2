"""Successors do not run in a cycle.

Following `succeeded_by` from body to body must come to an end: when `a` is
succeeded by `b` and `b` by `a` (or by a longer loop), no body in the loop ever
takes over for good. Each cycle is reported once, at the `succeeded_by` of the
body of the cycle that comes first in the file.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - id: bca-a05
            name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
            succeeded_by: btttt-cattt   # CR308: successors run in a cycle:
                                        #        bca-a05 → btttt-cattt → bca-a05
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - id: btttt-cattt
            name: Cục An toàn thông tin
            until: 2025-02-28
            succeeded_by: bca-a05

Passing example::

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
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model import Regulation
from coordreg.rules.base import RegulationContext

CODE = "CR308"
NAME = "successor-cycle"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

Path_ = tuple[str | int, ...]


def successor_paths(regulation: Regulation) -> dict[str, tuple[Path_, str]]:
    """Each body's own `succeeded_by`, when it names another declared body, with its path."""
    bodies = regulation.bodies()
    found: dict[str, tuple[Path_, str]] = {}
    for pi, party in enumerate(regulation.parties):
        if party.succeeded_by in bodies and party.succeeded_by != party.id:
            found[party.id] = (("parties", pi, "succeeded_by"), party.succeeded_by)
        for ui, unit in enumerate(party.units):
            if unit.succeeded_by in bodies and unit.succeeded_by != unit.id:
                path = ("parties", pi, "units", ui, "succeeded_by")
                found[unit.id] = (path, unit.succeeded_by)
    return found


def cycles(regulation: Regulation) -> list[list[str]]:
    """Every cycle of successors, each listed once from the body that comes first in `bodies`."""
    after = {body: successor for body, (_path, successor) in successor_paths(regulation).items()}
    done: set[str] = set()
    found: list[list[str]] = []
    for start in regulation.bodies():
        walk: list[str] = []
        current: str | None = start
        while current is not None and current not in done and current not in walk:
            walk.append(current)
            current = after.get(current)
        if current is not None and current in walk:
            found.append(walk[walk.index(current) :])
        done.update(walk)
    return found


def check(context: RegulationContext) -> Iterator[Finding]:
    paths = successor_paths(context.regulation)
    for cycle in cycles(context.regulation):
        # The first `succeeded_by` in the file (a party's may come after its units').
        positions = [context.doc.value_position(paths[body][0]) for body in cycle]
        first = positions.index(min(positions))
        ordered = cycle[first:] + cycle[:first]
        yield context.at(
            paths[ordered[0]][0],
            CODE,
            SEVERITY,
            cycle=" → ".join([*ordered, ordered[0]]),
        )
