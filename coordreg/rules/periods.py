"""What the rules about time share: the regulation's life, when a duty is in force, what
it reads and when it falls due over each of its versions, when bodies start and end,
and where a value in force on a day is written in the file.

The projections of `coordreg.model.timeline` say what was in force; a rule also has
to point at the place in the file that said it: the element's own value, or the
`before` entry that held it then. `value_on` answers both at once, with the same
reading as the projection: on a day, a field has the value of the first entry (in
the order the acts took effect) whose act had not yet taken effect, else its own.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, NamedTuple

from pydantic import BaseModel

from coordreg.model.amendments import Earlier
from coordreg.model.leads import placed_leads
from coordreg.model.regulation import Duty, Regulation
from coordreg.model.schedule import Schedule
from coordreg.model.timeline import Timeline
from coordreg.rules.base import Path_, last_answer

# The projection takes an act the file does not declare (CR901) as always in effect.
UNKNOWN = date.min


def life(regulation: Regulation) -> tuple[date, date]:
    """The first and last day of the regulation (`date.max` when open-ended); at least
    one day, even when `until` is before `effective` (CR504's finding)."""
    last = regulation.until if regulation.until is not None else date.max
    return regulation.effective, max(last, regulation.effective)


def falls_due_between(schedule: Schedule, first: date, last: date) -> bool:
    """Whether a duty on `schedule` falls due some day from `first` to `last` (both
    included): an undated duty every day, a dated one on its dates."""
    if not schedule.is_dated:
        return True
    if schedule.on is not None:
        return first <= schedule.on <= last
    # A recurring duty falls due at least once in every calendar year: days that reach
    # into a third year cover the second whole, so two years are enough to look at.
    years = range(first.year, min(last.year, first.year + 1) + 1)
    return any(first <= day <= last for year in years for day in schedule.due_dates(year))


def value_on(
    element: BaseModel, name: str, path: Path_, effective: Mapping[str, date], day: date
) -> tuple[Any, Path_]:
    """The value of `element`'s field `name` in force on `day`, and where the file writes it."""
    before: Sequence[Earlier] = getattr(element, "before", ())
    if before:  # asked for every holder of every duty: most have no earlier value
        pending = [
            (index, entry)
            for index, entry in enumerate(before)
            if effective.get(entry.act, UNKNOWN) > day
        ]
        if len(pending) > 1:
            pending.sort(key=lambda pair: effective.get(pair[1].act, UNKNOWN))
        for index, entry in pending:
            if name in entry.model_fields_set:
                return getattr(entry, name), (*path, "before", index, name)
    return getattr(element, name), (*path, name)


class Version(NamedTuple):  # one per version of every duty: cheaper to make than a dataclass
    """A duty from `first` to `last` (both included), over which its holders and schedule
    do not change: who holds it (where the file names each, "lead" or "support", the
    body), and when it falls due."""

    first: date
    last: date
    holders: tuple[tuple[Path_, str, str], ...]
    schedule: Schedule


@dataclass(frozen=True)
class PlacedDuty:
    """A duty of the file with its path, and the days it is in force: from `start`
    (included) to `end` (excluded), through its own acts and its article's and chapter's,
    which are `added_by` and `repealed_by` (None when it is in force from the start or
    to the end)."""

    path: Path_
    duty: Duty
    start: date = date.min
    end: date = date.max
    added_by: str | None = None
    repealed_by: str | None = None

    def in_force(self, day: date) -> bool:
        return self.start <= day < self.end

    def holders(self, effective: Mapping[str, date], day: date) -> Iterator[tuple[Path_, str, str]]:
        """(where, "lead" or "support", body) of each holder of the duty on `day`."""
        lead, lead_path = value_on(self.duty, "lead", self.path, effective, day)
        for inside, body in placed_leads(lead):
            yield (*lead_path, *inside), "lead", body
        support, support_path = value_on(self.duty, "support", self.path, effective, day)
        for index, body in enumerate(support or []):
            yield (*support_path, index), "support", body

    def schedule(self, effective: Mapping[str, date], day: date) -> Schedule:
        earlier: Schedule | None = value_on(self.duty, "schedule", self.path, effective, day)[0]
        # A duty always has a schedule: an earlier `schedule: null` says nothing usable.
        return earlier if earlier is not None else self.duty.schedule

    def versions(self, effective: Mapping[str, date], within: tuple[date, date]) -> list[Version]:
        """The duty's versions while it is in force within `within` (the regulation's life):
        the days between the effective dates of the acts of its earlier values.

        The Timeline's stretches split the life at every change of the whole regulation;
        a duty's values change only with its own acts, so each of its versions is a run
        of stretches over which it reads the same. Checking the versions is checking
        each stretch, in time that does not grow with the other bodies' dates.
        """
        first = max(within[0], self.start)
        if self.end <= first:
            return []
        last = within[1] if self.end > within[1] else self.end - timedelta(days=1)
        if first > last:
            return []
        acts = {entry.act for entry in self.duty.before if entry.act in effective}
        cuts = sorted({effective[act] for act in acts if first < effective[act] <= last})
        ends = [day - timedelta(days=1) for day in cuts] + [last]
        return [
            Version(a, b, tuple(self.holders(effective, a)), self.schedule(effective, a))
            for a, b in zip([first, *cuts], ends, strict=True)
        ]


@last_answer  # CR306 (through `duty_versions`), CR603 and CR610 ask in turn
def placed_duties(regulation: Regulation, effective: Mapping[str, date]) -> tuple[PlacedDuty, ...]:
    """Every duty of the file, in file order, with the days it is in force."""
    placed = []
    for ci, ai, chapter, article in regulation.articles():
        for di, duty in enumerate(article.duties):
            found = PlacedDuty(("chapters", ci, "articles", ai, "duties", di), duty)
            for element in (chapter, article, duty):
                if element.added_by is not None:
                    day = effective.get(element.added_by, UNKNOWN)
                    if day > found.start:
                        found = replace(found, start=day, added_by=element.added_by)
                if element.repealed_by is not None:
                    day = effective.get(element.repealed_by, UNKNOWN)
                    if day < found.end:
                        found = replace(found, end=day, repealed_by=element.repealed_by)
            placed.append(found)
    return tuple(placed)


DutyVersions = list[tuple[PlacedDuty, list[Version]]]


@last_answer  # CR306, CR701 and CR907 walk the same ones, one rule after another
def duty_versions(regulation: Regulation, effective: Mapping[str, date]) -> DutyVersions:
    """Every duty of the file (`placed_duties`) with its versions over the regulation's
    life."""
    within = life(regulation)
    return [
        (placed, placed.versions(effective, within))
        for placed in placed_duties(regulation, effective)
    ]


def duties_in_force(timeline: Timeline, year: int) -> set[str]:
    """The ids of the duties in force some day of `year` while the regulation is."""
    span = timeline.year_span(year)
    if span is None:
        return set()
    if timeline.timeless:
        return {duty.id for _path, _article, duty in timeline.regulation.duties()}
    first, last = span
    placed = placed_duties(timeline.regulation, timeline.effective)
    return {duty.duty.id for duty in placed if duty.start <= last and first < duty.end}


def body_starts(regulation: Regulation) -> dict[str, tuple[date, str | None]]:
    """The first day of every body that starts, with the party that starts it when not itself.

    A unit cannot exist before its party: it starts on its own `since` or on its
    party's, whichever is later (as `Regulation.body_ends` ends it with its party).
    """
    starts: dict[str, tuple[date, str | None]] = {}
    for party in regulation.parties:
        if party.since is not None:
            starts[party.id] = (party.since, None)
        for unit in party.units:
            if party.since is not None and (unit.since is None or party.since > unit.since):
                starts[unit.id] = (party.since, party.id)
            elif unit.since is not None:
                starts[unit.id] = (unit.since, None)
    return starts


def never_in_force(regulation: Regulation) -> set[str]:
    """The bodies that start after their last day (CR904's finding): the rules about who
    holds a duty leave them to it, rather than report each of their duties again."""
    ends = regulation.body_ends()
    return {
        body
        for body, (start, _party) in body_starts(regulation).items()
        if body in ends and start > ends[body][0]
    }
