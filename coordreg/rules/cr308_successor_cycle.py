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
from coordreg.model import Party, Regulation, Unit
from coordreg.rules.base import RegulationContext

CODE = "CR308"
NAME = "successor-cycle"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

Path_ = tuple[str | int, ...]


def successor_entries(body: Party | Unit, path: Path_) -> list[tuple[Path_, str]]:
    """The successors a body names, each with the path of its value in the file."""
    where = (*path, "succeeded_by")
    if isinstance(body.succeeded_by, list):
        return [((*where, index), successor) for index, successor in enumerate(body.successors)]
    return [(where, successor) for successor in body.successors]


def successor_paths(regulation: Regulation) -> dict[str, list[tuple[Path_, str]]]:
    """Each body's own successors that are other declared bodies, with their paths."""
    bodies = regulation.bodies()
    found: dict[str, list[tuple[Path_, str]]] = {}
    for pi, party in enumerate(regulation.parties):
        owned: list[tuple[Party | Unit, Path_]] = [(party, ("parties", pi))]
        owned += [(unit, ("parties", pi, "units", ui)) for ui, unit in enumerate(party.units)]
        for body, path in owned:
            named = [
                (where, successor)
                for where, successor in successor_entries(body, path)
                if successor in bodies and successor != body.id
            ]
            if named:
                found[body.id] = named
    return found


def cycles(regulation: Regulation) -> list[list[str]]:
    """Every cycle of successors, each listed once from the body that comes first in `bodies`.

    A body split among several successors is followed along each of them.
    """
    after = {
        body: [successor for _path, successor in named]
        for body, named in successor_paths(regulation).items()
    }
    found: list[list[str]] = []
    seen: set[frozenset[str]] = set()

    def follow(walk: list[str]) -> None:
        for successor in after.get(walk[-1], []):
            if successor in walk:
                cycle = walk[walk.index(successor) :]
                if frozenset(cycle) not in seen:
                    seen.add(frozenset(cycle))
                    found.append(cycle)
            else:
                follow([*walk, successor])

    for start in regulation.bodies():
        follow([start])
    return found


def check(context: RegulationContext) -> Iterator[Finding]:
    paths = successor_paths(context.regulation)
    for cycle in cycles(context.regulation):
        # Each body's entry naming the next body of the cycle; the finding is at the
        # first of them in the file (a party's may come after its units').
        edges = [
            next(where for where, successor in paths[body] if successor == following)
            for body, following in zip(cycle, [*cycle[1:], cycle[0]], strict=True)
        ]
        positions = [context.doc.value_position(where) for where in edges]
        first = positions.index(min(positions))
        ordered = cycle[first:] + cycle[:first]
        yield context.at(
            edges[first],
            CODE,
            SEVERITY,
            cycle=" → ".join([*ordered, ordered[0]]),
        )
