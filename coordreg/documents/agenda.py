"""The deadline agenda: what falls due, across regulations, in a window of days.

Three kinds of event, each on one day:

- **duty**: every due date of a dated duty (`Regulation.due_dates`, so within the
  regulation's life). Continuous and on-request duties have no dates and are not
  agenda events.
- **evaluation**: the yearly evaluation of year Y, for every Y from
  `evaluation.first_year` to the last year in force, hosted by `host_for(Y)`. It
  evaluates the whole of Y and agrees the plan of Y+1, so it is due **by 31 January
  of Y+1** (the records kept so far were held between 12 and 21 January).
- **review**: the review (sơ kết) of each window of `review_every` years counted
  from `first_year` (2022-2026, 2027-2031, ... as `coordreg review` counts them), due
  **by 31 December of the window's last year**. Only windows that end while the
  regulation is in force have one.

Nothing falls due after a regulation's `until`: an evaluation or review that would
fall later is due on the regulation's last day instead, so that the final period
is still evaluated while the parties are bound to do it.

Each event is as the regulation stood on its day (`coordreg.model.timeline`): a
duty's dates and holders are those of the version in force then, an evaluation's
host is whose turn it was that year (a party that had ended replaced by its
successor), and a review belongs to the parties in force on its day. So an agenda
over a past window shows what was due then, and by whom, whatever acts came later.

A regulation file with errors is skipped, not fatal: the agenda of the others is
still made, and the skipped files are listed for the caller to report.

This module makes the agenda as data; `coordreg.documents.agendareport` puts it
in words (text, JSON, iCalendar).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from coordreg.check.checker import read_into
from coordreg.check.file_checks import check_regulation
from coordreg.errors import UsageError
from coordreg.files.discover import EVALUATIONS_DIR, discover, same_file_key
from coordreg.findings import CheckResult
from coordreg.model import Article, Duty, Party, Regulation
from coordreg.model.common import FIRST_YEAR, LAST_YEAR
from coordreg.model.leads import lead_data
from coordreg.model.timeline import Timeline, in_force

EventKind = Literal["duty", "evaluation", "review"]
KINDS: tuple[EventKind, ...] = ("duty", "evaluation", "review")
# The default window: today and the next 90 days.
DEFAULT_DAYS = 90
# The evaluation of year Y is due by this day of Y+1; a review by this day of its last year.
EVALUATION_BY = (1, 31)
REVIEW_BY = (12, 31)
UID_DOMAIN = "coordreg"
_DAY_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


@dataclass(frozen=True)
class Event:
    """One thing that falls due on one day."""

    day: date
    kind: EventKind
    regulation: Regulation
    article: Article | None = None
    duty: Duty | None = None
    # evaluation: the year evaluated; review: the first and last year of the window.
    year: int | None = None
    period: tuple[int, int] | None = None
    host: Party | None = None
    # review: the parties in force on its day (empty: every party of the regulation).
    parties: tuple[Party, ...] = ()

    @property
    def taking_part(self) -> tuple[Party, ...]:
        """The parties a review belongs to."""
        return self.parties or tuple(self.regulation.parties)

    @property
    def uid(self) -> str:
        """Stable across runs, so that re-importing a calendar updates its events.

        A duty's event is named by its date (`<regulation>/<duty>/<YYYY-MM-DD>`); an
        evaluation by the year it evaluates and a review by its window, so that a
        change of date (a new `until`) moves them rather than adding a second one.
        Ids never hold "/", so the two-part names cannot meet a duty's three-part one.
        """
        reg = self.regulation.id
        if self.kind == "duty":
            assert self.duty is not None
            return f"{reg}/{self.duty.id}/{self.day.isoformat()}@{UID_DOMAIN}"
        if self.kind == "evaluation":
            return f"{reg}/evaluation-{self.year}@{UID_DOMAIN}"
        assert self.period is not None
        return f"{reg}/review-{self.period[0]}-{self.period[1]}@{UID_DOMAIN}"

    @property
    def lead(self) -> str | dict[str, list[str]] | None:
        """A duty's lead as the file writes it: an id, or {"jointly": [...]}."""
        return lead_data(self.duty.lead) if self.duty is not None else None

    @property
    def support(self) -> tuple[str, ...]:
        return tuple(self.duty.support) if self.duty is not None else ()

    @property
    def bodies(self) -> tuple[str, ...]:
        """Whose event it is: a duty's lead and supporters, an evaluation's host,
        every party for a review."""
        if self.duty is not None:
            return (*self.duty.leads, *self.duty.support)
        if self.host is not None:
            return (self.host.id,)
        return tuple(party.id for party in self.taking_part)

    @property
    def at_end(self) -> bool:
        """An evaluation or review moved to the regulation's last day."""
        return self.kind != "duty" and self.day == self.regulation.until


@dataclass(frozen=True)
class Skipped:
    """A regulation file left out because it has errors."""

    file: str
    errors: int


@dataclass(frozen=True)
class Agenda:
    start: date
    end: date
    party: str | None
    regulations: tuple[Regulation, ...]
    events: tuple[Event, ...]
    skipped: tuple[Skipped, ...] = ()

    def party_name(self) -> str | None:
        """The name of the `--party` body, from the first regulation that declares it."""
        for regulation in self.regulations:
            name = regulation.bodies().get(self.party or "")
            if name is not None:
                return name
        return None


def parse_day(value: str, option: str | None = None) -> date:
    """A day option's value: YYYY-MM-DD, within the years the format allows.

    Exactly that form: `date.fromisoformat` also takes week dates ("2024-W01-1").
    The message names `option` when given (`agenda_bad_date`); else it says which
    is wrong, the form (`bad_date`) or the year (`date_outside`).
    """
    try:
        day = date.fromisoformat(value) if _DAY_RE.fullmatch(value) else None
    except ValueError:
        day = None
    if option is not None and (day is None or not FIRST_YEAR <= day.year <= LAST_YEAR):
        raise UsageError("agenda_bad_date", option=option, value=value)
    if day is None:
        raise UsageError("bad_date", value=value)
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError("date_outside", value=value, first=FIRST_YEAR, last=LAST_YEAR)
    return day


def window(start: date | None, end: date | None, today: date) -> tuple[date, date]:
    """The days asked for: from today (or `start`) to 90 days on (or `end`)."""
    first = start or today
    last = end or first + timedelta(days=DEFAULT_DAYS)
    if last < first:
        raise UsageError("agenda_bad_window", start=first.isoformat(), end=last.isoformat())
    return first, last


def _due_by(regulation: Regulation, day: date) -> date:
    return min(day, regulation.until) if regulation.until is not None else day


def evaluation_day(regulation: Regulation, year: int) -> date:
    """When the evaluation of `year` is due: 31 January of the next year, or the last day."""
    month, day = EVALUATION_BY
    return _due_by(regulation, date(year + 1, month, day))


def review_periods(regulation: Regulation, up_to: int) -> Iterable[tuple[int, int]]:
    """The review windows that end by `up_to` and while the regulation is in force."""
    first = regulation.evaluation.first_year
    every = regulation.evaluation.review_every
    last = min(up_to, regulation.last_year() or up_to)
    end = first + every - 1
    while end <= last:
        yield end - every + 1, end
        end += every


def events_of(regulation: Regulation, start: date, end: date) -> list[Event]:
    """Every event of `regulation` in [start, end]: duties in document order, by date,
    then evaluations, then reviews; each as the regulation stood on its day."""
    timeline = Timeline(regulation)
    found: list[Event] = []
    for stretch in timeline.stretches(start, end):
        version = stretch.regulation
        for _path, article, duty in version.duties():
            for year in range(stretch.first.year, stretch.last.year + 1):
                for day in version.due_dates(duty, year):
                    if day in stretch:
                        found.append(Event(day, "duty", version, article, duty))
    last = regulation.last_year()
    # The evaluation of Y is due in Y+1 at the latest, so Y starts a year before the window.
    for year in range(max(regulation.evaluation.first_year, start.year - 1), end.year + 1):
        if last is not None and year > last:
            break
        day = evaluation_day(regulation, year)
        if start <= day <= end:
            version = timeline.as_of(day)
            parties = {party.id: party for party in version.parties}
            host = parties.get(timeline.host_for(year)) or parties[version.host_for(year)]
            found.append(Event(day, "evaluation", version, year=year, host=host))
    for period in review_periods(regulation, end.year):
        month, dom = REVIEW_BY
        day = _due_by(regulation, date(period[1], month, dom))
        if start <= day <= end:
            version = timeline.as_of(day)
            parties_then = tuple(party for party in version.parties if in_force(party, day))
            found.append(Event(day, "review", version, period=period, parties=parties_then))
    return found


def involves(event: Event, body: str) -> bool:
    """Whether `body` (a party: itself and its units; or one unit) has a part in `event`."""
    owner = event.regulation.party_of()
    return any(item == body or owner.get(item) == body for item in event.bodies)


def build_agenda(
    regulations: Sequence[Regulation],
    start: date,
    end: date,
    party: str | None = None,
    skipped: Sequence[Skipped] = (),
) -> Agenda:
    """The events of `regulations` in [start, end], by date, then in the order of
    the regulations given, then duties before evaluations before reviews.

    With `party`, only the events that party (or unit) has a part in; a body that
    no regulation declares is a usage error, not an empty agenda.
    """
    if party is not None and not any(party in reg.bodies() for reg in regulations):
        raise UsageError("agenda_unknown_party", party=party)
    # Each event with the index of its regulation: an event holds the regulation as in
    # force on its day, not the object given.
    events: list[tuple[int, Event]] = []
    for index, regulation in enumerate(regulations):
        events.extend((index, event) for event in events_of(regulation, start, end))
    if party is not None:
        events = [(index, event) for index, event in events if involves(event, party)]
    # A stable sort: within a day, a regulation and a kind, document order is kept.
    events.sort(key=lambda pair: (pair[1].day, pair[0], KINDS.index(pair[1].kind)))
    ordered = tuple(event for _index, event in events)
    return Agenda(start, end, party, tuple(regulations), ordered, tuple(skipped))


def load_regulations(paths: Sequence[Path]) -> tuple[list[Regulation], list[Skipped]]:
    """The regulations found at `paths` (as `coordreg check` finds them), checked.

    Those with errors are skipped and listed (warnings are fine); evaluation
    records are not read, as the agenda does not depend on them. The same
    regulation id in two folders is a usage error: their events would share UIDs.
    """
    regulations: list[Regulation] = []
    skipped: list[Skipped] = []
    seen_files: set[Path] = set()
    seen_ids: dict[str, str] = {}
    for _folder, group in sorted(discover(paths).items()):
        # A folder that cannot be searched may hold regulations: said, not passed over
        # (records are not read: an `evaluations/` folder does not matter here).
        skipped += [
            Skipped(str(folder), 1)
            for folder in sorted([*group.unsearchable, *group.outside])
            if folder.name != EVALUATIONS_DIR
        ]
        if group.regulation is None or same_file_key(group.regulation) in seen_files:
            continue
        seen_files.add(same_file_key(group.regulation))
        result = CheckResult()
        regulation, found = check_regulation(read_into(result, group.regulation), group.regulation)
        result.findings.extend(found)
        shown = result.files[0]
        if regulation is None or result.errors:
            skipped.append(Skipped(shown, result.errors))
            continue
        key = regulation.id.casefold()
        if key in seen_ids:
            raise UsageError(
                "agenda_duplicate_regulation", id=regulation.id, first=seen_ids[key], second=shown
            )
        seen_ids[key] = shown
        regulations.append(regulation)
    return regulations, skipped
