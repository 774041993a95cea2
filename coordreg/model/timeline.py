"""A regulation through time: what was in force on a day, and who held each duty.

The file holds the regulation after every recorded act, with earlier values kept
beside what changed (`coordreg.model.amendments`). `Timeline.as_of(day)` projects
it onto one day: a plain `Regulation` with the values then in force, elements not
yet added left out, repealed duties left out, and repealed chapters, articles,
clauses and points kept as stubs with their `repealed_by` (a consolidated text
prints "(được bãi bỏ)" and keeps the numbering). Every question about a date is
answered from projections, so a later act never changes an earlier answer.

A regulation with no acts, no earlier values and no body that starts or ends
projects to itself on every day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

from coordreg.model.projection import Projection, unchanging_elements
from coordreg.model.regulation import (
    Article,
    Chapter,
    Duty,
    Party,
    Regulation,
    Unit,
)

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Stretch:
    """Days `first` to `last`, both included, over which nothing in the regulation changes."""

    first: date
    last: date
    regulation: Regulation

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last


# DutyPeriod and YearDuty are named tuples: a check makes one of each for every
# duty of every year of every record, and a frozen dataclass costs several times
# more to make.
class DutyPeriod(NamedTuple):
    """One version of a duty within a year: its text, holders and schedule over a stretch."""

    first: date
    last: date
    chapter: Chapter
    article: Article
    duty: Duty
    due: tuple[date, ...]


class YearDuty(NamedTuple):
    """A duty that belongs to a year: in force some day of it, and due in it or undated.

    `periods` are its versions that year, oldest first (one, unless an act changed
    the duty, its article or a body that holds it during the year). The duty-year
    is attributed to the holders of `current`, the version in force on
    `reference_day`: the last due date, or for an undated duty the last day of the
    year it is in force. `due`: its due dates that year, in order.
    """

    periods: tuple[DutyPeriod, ...]
    reference_day: date
    current: DutyPeriod
    due: tuple[date, ...]

    @classmethod
    def of(cls, periods: tuple[DutyPeriod, ...], undated_until: date = date.min) -> YearDuty:
        """The duty-year of `periods`; `undated_until`: the last day an undated version
        is in force that year (date.min when none is)."""
        if len(periods) == 1:  # most duties, most years: the one version is current
            (only,) = periods
            due = only.due
            return cls(periods, max(due[-1], undated_until) if due else undated_until, only, due)
        due = tuple(day for period in periods for day in period.due)
        reference = max(due[-1], undated_until) if due else undated_until
        current = next(p for p in reversed(periods) if p.first <= reference)
        return cls(periods, reference, current, due)

    @property
    def duty(self) -> Duty:
        return self.current.duty

    @property
    def article(self) -> Article:
        return self.current.article

    @property
    def chapter(self) -> Chapter:
        return self.current.chapter


def has_history(regulation: Regulation, unchanging: frozenset[int] | None = None) -> bool:
    """Whether anything in the regulation depends on the day: acts, earlier values, bodies
    that start or end. `unchanging`: its `unchanging_elements`, when already found."""
    if regulation.acts or regulation.evaluation.before:
        return True
    for party in regulation.parties:
        if party.before or party.since or party.until:
            return True
        if any(unit.before or unit.since or unit.until for unit in party.units):
            return True
    if unchanging is None:
        unchanging = unchanging_elements(regulation)
    return any(id(chapter) not in unchanging for chapter in regulation.chapters)


class Timeline:
    """The projections of one regulation, computed once per stretch without change."""

    def __init__(self, regulation: Regulation) -> None:
        self.regulation = regulation
        self.effective = {act.id: act.effective for act in regulation.acts}
        # One walk of the chapters serves both: whether any changes, and which do not.
        self._unchanging = unchanging_elements(regulation)
        self.timeless = not has_history(regulation, self._unchanging)
        self._days: tuple[date, ...] | None = None
        self._projections: dict[int, Regulation] = {}
        self._years: dict[int, tuple[YearDuty, ...]] = {}
        self._order: dict[str, int] | None = None

    # Days and stretches -------------------------------------------------

    @property
    def change_days(self) -> tuple[date, ...]:
        """The days on which something changes: acts take effect, bodies start, or the day
        after a body ends."""
        if self._days is None:
            days: set[date] = set(self.effective.values())
            for body in _bodies(self.regulation):
                if body.since is not None:
                    days.add(body.since)
                if body.until is not None and body.until < date.max:
                    days.add(body.until + _DAY)
            self._days = tuple(sorted(days))
        return self._days

    def _index(self, day: date) -> int:
        """Which stretch `day` falls in: 0 before the first change day."""
        return sum(1 for change in self.change_days if change <= day)

    def as_of(self, day: date) -> Regulation:
        """The regulation as in force on `day`."""
        if self.timeless:
            return self.regulation
        index = self._index(day)
        if index not in self._projections:
            projection = Projection(self.regulation, self.effective, day, self._unchanging)
            self._projections[index] = projection.regulation()
        return self._projections[index]

    def stretches(self, first: date, last: date) -> list[Stretch]:
        """The stretches covering `first` to `last`, each with its projection."""
        if first > last:
            return []
        bounds = [day for day in self.change_days if first < day <= last]
        starts = [first, *bounds]
        ends = [day - _DAY for day in bounds] + [last]
        return [Stretch(s, e, self.as_of(s)) for s, e in zip(starts, ends, strict=True)]

    # Years ----------------------------------------------------------------

    def year_span(self, year: int) -> tuple[date, date] | None:
        """The days of `year` on which the regulation is in force, or None."""
        first = max(date(year, 1, 1), self.regulation.effective)
        last = min(date(year, 12, 31), self.regulation.until or date.max)
        return (first, last) if first <= last else None

    def year_duties(self, year: int) -> list[YearDuty]:
        """The duties that belong to `year`, in the order of the regulation as it stands."""
        # Several rules ask for the same year of every record (CR606, CR613): computed once.
        if year not in self._years:
            self._years[year] = self._year_duties(year)
        return list(self._years[year])

    def _year_duties(self, year: int) -> tuple[YearDuty, ...]:
        span = self.year_span(year)
        if span is None:
            return ()
        found: dict[str, list[DutyPeriod]] = {}
        undated: dict[str, date] = {}
        # A duty unchanged by an act is the same object in every projection: its due
        # dates of the year are computed once, by schedule.
        dates: dict[int, tuple[date, ...]] = {}
        for stretch in self.stretches(*span):
            first, last = stretch.first, stretch.last
            for chapter in stretch.regulation.chapters:
                for article in chapter.articles:
                    for duty in article.duties:
                        schedule = duty.schedule
                        every = dates.get(id(schedule))
                        if every is None:
                            every = dates[id(schedule)] = tuple(schedule.due_dates(year))
                        if every and (every[0] < first or last < every[-1]):
                            due = tuple(day for day in every if first <= day <= last)
                        else:
                            due = every  # the stretch holds them all, as most do
                        if not due:  # only a dated schedule has dates
                            if schedule.is_dated:
                                continue
                            undated[duty.id] = last
                        periods = found.setdefault(duty.id, [])
                        if periods and _goes_on(periods[-1], first, article, duty):
                            grown = periods[-1]
                            periods[-1] = grown._replace(last=last, due=grown.due + due)
                        else:
                            periods.append(DutyPeriod(first, last, chapter, article, duty, due))
        order = self._duty_order()
        result = []
        for duty_id in sorted(found, key=lambda d: order.get(d, len(order))):
            result.append(YearDuty.of(tuple(found[duty_id]), undated.get(duty_id, date.min)))
        return tuple(result)

    def _duty_order(self) -> dict[str, int]:
        """Each duty's place in the file."""
        if self._order is None:
            self._order = {duty.id: i for i, (_p, _a, duty) in enumerate(self.regulation.duties())}
        return self._order

    def due_dates(self, duty_id: str, year: int) -> list[date]:
        """The days of `year` on which the duty falls due while it is in force."""
        for year_duty in self.year_duties(year):
            if year_duty.duty.id == duty_id:
                return list(year_duty.due)
        return []

    # Bodies ---------------------------------------------------------------

    def parties_on(self, day: date) -> list[Party]:
        """The parties in force on `day`, as they were then, in the order of the file."""
        return [party for party in self.as_of(day).parties if in_force(party, day)]

    def successor_on(self, body_id: str, day: date) -> str:
        """`body_id`, or when it has ended by `day`, the first successor in force then
        (following successors of successors)."""
        regulation = self.as_of(day)
        bodies = {body.id: body for body in _bodies(regulation)}
        seen: set[str] = set()
        current = body_id
        while current in bodies and current not in seen:
            seen.add(current)
            body = bodies[current]
            if in_force(body, day) or not body.successors:
                return current
            current = body.successors[0]
        return current

    def host_for(self, year: int) -> str:
        """Who hosts the evaluation of `year`: the rotation in force at the end of the year,
        with a party that has ended by then replaced by its successor."""
        span = self.year_span(year)
        day = span[1] if span else date(year, 12, 31)
        return self.successor_on(self.as_of(day).host_for(year), day)


def _bodies(regulation: Regulation) -> Iterable[Party | Unit]:
    for party in regulation.parties:
        yield party
        yield from party.units


def in_force(body: Party | Unit, day: date) -> bool:
    """Whether the body exists on `day` (a unit whose party has ended is checked by its party)."""
    return (body.since is None or body.since <= day) and (body.until is None or day <= body.until)


def _goes_on(period: DutyPeriod, first: date, article: Article, duty: Duty) -> bool:
    """Whether the duty's version from `first` continues `period` (the day before), with
    the duty and its article's number reading the same: one period, not two."""
    same_duty = period.duty is duty or period.duty == duty  # unchanged: the same object
    return same_duty and period.article.number == article.number and period.last + _DAY == first
