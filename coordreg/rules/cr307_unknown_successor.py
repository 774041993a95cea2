"""A successor is another declared party or unit.

`succeeded_by` names the body that takes over the duties of a party or unit
that ends: it must be an id declared under `parties` (a party or one of the
units), and not the body itself. A near miss gets a suggestion.

Failing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - id: bca-a05
            name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        until: 2025-02-28
        succeeded_by: bca-a5     # CR307: successor 'bca-a5' is not a declared party or unit
                                 #        (did you mean 'bca-a05'?)

Passing example::

    parties:
      - id: bca
        name: Bộ Công an
        units:
          - id: bca-a05
            name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        until: 2025-02-28
        succeeded_by: bca-a05
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model import Party, Unit
from coordreg.rules.base import RegulationContext, did_you_mean
from coordreg.rules.cr308_successor_cycle import successor_entries

CODE = "CR307"
NAME = "unknown-successor"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    bodies = list(context.regulation.bodies())
    for pi, party in enumerate(context.regulation.parties):
        owned: list[tuple[Party | Unit, tuple[str | int, ...]]] = [(party, ("parties", pi))]
        owned += [(unit, ("parties", pi, "units", ui)) for ui, unit in enumerate(party.units)]
        for owner, path in owned:
            for where, successor in successor_entries(owner, path):
                yield from _named(context, where, owner.id, successor, bodies)


def _named(
    context: RegulationContext,
    where: tuple[str | int, ...],
    body: str,
    successor: str,
    bodies: list[str],
) -> Iterator[Finding]:
    """CR307 for one successor named at `where`: itself, or a body not declared."""
    if successor == body:
        yield context.at(where, CODE, SEVERITY, ref=successor, kind="other_body")
    elif successor not in bodies:
        others = [other for other in bodies if other != body]
        yield context.at(
            where,
            CODE,
            SEVERITY,
            ref=successor,
            kind="declared_body",
            **did_you_mean(successor, others),
        )
