"""The two sides of a comparison: versions as stored, or as in force on a day (`--at`).

`coordreg diff OLD NEW` compares two files or revisions as stored: each the
regulation after every act it records. With `--at DATE` both are first projected
onto that day (`coordreg.model.timeline`), so what is compared is what was in
force then; `coordreg diff REG --at D1 --at D2` compares one regulation with
itself on two days. A projection leaves out the bodies that do not exist on the
day and the acts not yet in effect, so the comparison of two days lists the
bodies that began or ended and the acts that took effect between them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from coordreg.errors import UsageError
from coordreg.model import Regulation
from coordreg.model.timeline import Timeline, in_force
from coordreg.versions.revisions import load_version, working_tree_version


@dataclass(frozen=True)
class Side:
    """One side of a comparison: how it was named, the day it is taken on, and what it holds."""

    label: str
    at: date | None
    regulation: Regulation


# What a body says about its own life: on a given day it exists or it does not, which
# the projection for a comparison says by keeping it or leaving it out.
_LIFE = {"since": None, "until": None, "succeeded_by": None}


def in_force_on(regulation: Regulation, day: date) -> Regulation:
    """The regulation as in force on `day`, for a comparison: only the bodies that exist
    that day (without the dates of their life, which belong to other days) and the acts
    in effect."""
    projected = Timeline(regulation).as_of(day)
    parties = [
        party.model_copy(
            update={
                **_LIFE,
                "units": [u.model_copy(update=_LIFE) for u in party.units if in_force(u, day)],
            }
        )
        for party in projected.parties
        if in_force(party, day)
    ]
    acts = [act for act in projected.acts if act.effective <= day]
    return projected.model_copy(update={"parties": parties, "acts": acts})


def compared_sides(old: str, new: str | None, at: Sequence[date]) -> tuple[Side, Side]:
    """The two sides `coordreg diff OLD [NEW] [--at D]...` compares.

    One version needs two days; two versions take no day (as stored), one (both on
    that day) or two (the old on the first, the new on the second).
    """
    if len(at) > 2:
        raise UsageError("diff_too_many_days")
    if new is None and not at:
        new = working_tree_version(old)  # REV:PATH against the work tree, as git diff REV
    if new is None:
        if len(at) != 2:
            raise UsageError("diff_one_version")
        version = load_version(old)
        return (
            Side(old, at[0], in_force_on(version.regulation, at[0])),
            Side(old, at[1], in_force_on(version.regulation, at[1])),
        )
    before, after = load_version(old), load_version(new)
    if not at:
        return Side(old, None, before.regulation), Side(new, None, after.regulation)
    first, second = at[0], at[-1]
    return (
        Side(old, first, in_force_on(before.regulation, first)),
        Side(new, second, in_force_on(after.regulation, second)),
    )
