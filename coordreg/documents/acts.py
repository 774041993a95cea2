"""The acts that changed a regulation, each with what it changed: the review's amendments.

An act's changes are found by comparing the regulation as in force just before the
act took effect with the regulation just after (`coordreg.versions.diff.compare`),
so the summary is computed from the file, never typed in. Acts that take effect on
one day (a handover and the decree behind it) are applied in the order the file
lists them, so each is credited with its own changes only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from coordreg.model import Act, Regulation
from coordreg.model.timeline import Timeline
from coordreg.versions.change import Change, summarise
from coordreg.versions.diff import compare_tracking

# What the summary of an act counts, in the order it is printed.
CHANGE_KEYS = (
    "articles_amended",
    "articles_added",
    "articles_repealed",
    "duties_added",
    "duties_repealed",
    "duties_reassigned",
    "duties_amended",
    "other",
)
_TEXT_TARGETS = ("article", "clause", "point")
# Changes to an article that follow from another's (a renumbering after an article
# is inserted, a move between chapters) are not amendments of it.
_CONSEQUENTIAL = ("renumbered", "moved")


@dataclass(frozen=True)
class Amendment:
    """An act that took effect during the period, and what it changed."""

    act: Act
    changes: dict[str, int]  # CHANGE_KEYS -> count


def acts_between(regulation: Regulation, first: date, last: date) -> tuple[Amendment, ...]:
    """The acts taking effect from `first` to `last`, in the order of the file, each with
    the summary of its changes."""
    return tuple(
        Amendment(act, act_changes(regulation, act))
        for act in regulation.acts
        if first <= act.effective <= last
    )


def act_changes(regulation: Regulation, act: Act) -> dict[str, int]:
    """How many articles and duties `act` amended, added, repealed or reassigned."""
    same_day = [other.id for other in regulation.acts if other.effective == act.effective]
    applied = same_day[: same_day.index(act.id)]
    before = _in_force(regulation, act.effective, applied)
    after = _in_force(regulation, act.effective, [*applied, act.id])
    changes, was = compare_tracking(before, after)
    counts = dict.fromkeys(CHANGE_KEYS, 0)
    repealed = 0
    for _ci, _ai, _chapter, article in after.articles():
        old = was.get(id(article))
        if article.repealed_by is not None and old is not None and old.repealed_by is None:
            repealed += 1
    counts["articles_repealed"] = repealed + _count(changes, "article", "removed")
    counts["articles_added"] = _count(changes, "article", "added")
    stubs = {a.number for _ci, _ai, _c, a in after.articles() if a.repealed_by is not None}
    amended = {
        change.article
        for change in changes
        if change.target_type in _TEXT_TARGETS
        and change.kind not in _CONSEQUENTIAL
        and not (change.target_type == "article" and change.kind in ("added", "removed"))
        and change.article not in stubs
    }
    added = {c.article for c in changes if c.target_type == "article" and c.kind == "added"}
    counts["articles_amended"] = len(amended - added)
    duties = summarise(change for change in changes if change.target_type == "duty")
    counts["duties_added"] = duties.get("added", 0)
    counts["duties_repealed"] = duties.get("removed", 0)
    counts["duties_reassigned"] = duties.get("reassigned", 0)
    counts["duties_amended"] = len(
        {
            change.target_id
            for change in changes
            if change.target_type == "duty" and change.kind in ("amended", "rescheduled")
        }
    )
    counts["other"] = sum(
        1 for change in changes if change.target_type in ("regulation", "party", "unit", "chapter")
    )
    return counts


def _count(changes: Sequence[Change], target: str, kind: str) -> int:
    return sum(1 for c in changes if c.target_type == target and c.kind == kind)


def _in_force(regulation: Regulation, day: date, applied: Sequence[str]) -> Regulation:
    """The regulation on `day` with, of the acts taking effect that day, only `applied`.

    The others are moved to the next day, and every later act a day on with them, so
    the earlier values still pending keep their order; the acts are then put back as
    the file has them, so that only the text differs between two such versions.
    """
    shifted = [
        act
        if act.effective < day or act.id in applied
        else act.model_copy(update={"effective": act.effective + timedelta(days=1)})
        for act in regulation.acts
    ]
    projection = Timeline(regulation.model_copy(update={"acts": shifted})).as_of(day)
    return projection.model_copy(update={"acts": regulation.acts})
