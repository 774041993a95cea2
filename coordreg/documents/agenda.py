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

A regulation file with errors is skipped, not fatal: the agenda of the others is
still made, and the skipped files are listed for the caller to report.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal

from coordreg import __version__
from coordreg.catalogue.labels import Labels
from coordreg.check.checker import check_regulation, read_into
from coordreg.errors import UsageError
from coordreg.files.discover import discover, same_file_key
from coordreg.findings import CheckResult
from coordreg.model import Article, Duty, Party, Regulation
from coordreg.render.textfmt import day_month, short_date, when

EventKind = Literal["duty", "evaluation", "review"]
KINDS: tuple[EventKind, ...] = ("duty", "evaluation", "review")
# The default window: today and the next 90 days.
DEFAULT_DAYS = 90
# The evaluation of year Y is due by this day of Y+1; a review by this day of its last year.
EVALUATION_BY = (1, 31)
REVIEW_BY = (12, 31)
# The years a window may span (those of the format's `first_year`).
FIRST_YEAR, LAST_YEAR = 1900, 2200
UID_DOMAIN = "coordreg"
_WIDTH = 100
_SUMMARY_TEXT = 80


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
    def lead(self) -> str | None:
        return self.duty.lead if self.duty is not None else None

    @property
    def support(self) -> tuple[str, ...]:
        return tuple(self.duty.support) if self.duty is not None else ()

    @property
    def bodies(self) -> tuple[str, ...]:
        """Whose event it is: a duty's lead and supporters, an evaluation's host,
        every party for a review."""
        if self.duty is not None:
            return (self.duty.lead, *self.duty.support)
        if self.host is not None:
            return (self.host.id,)
        return tuple(party.id for party in self.regulation.parties)

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


def parse_day(value: str, option: str) -> date:
    """A `--from` or `--to` value: YYYY-MM-DD, within the years the format allows."""
    try:
        day = date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        day = None
    if day is None or not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise UsageError("agenda_bad_date", option=option, value=value)
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
    then evaluations, then reviews."""
    found: list[Event] = []
    years = range(start.year, end.year + 1)
    for _path, article, duty in regulation.duties():
        for year in years:
            for day in regulation.due_dates(duty, year):
                if start <= day <= end:
                    found.append(Event(day, "duty", regulation, article, duty))
    parties = {party.id: party for party in regulation.parties}
    last = regulation.last_year()
    # The evaluation of Y is due in Y+1 at the latest, so Y starts a year before the window.
    for year in range(max(regulation.evaluation.first_year, start.year - 1), end.year + 1):
        if last is not None and year > last:
            break
        day = evaluation_day(regulation, year)
        if start <= day <= end:
            host = parties[regulation.host_for(year)]
            found.append(Event(day, "evaluation", regulation, year=year, host=host))
    for period in review_periods(regulation, end.year):
        month, dom = REVIEW_BY
        day = _due_by(regulation, date(period[1], month, dom))
        if start <= day <= end:
            found.append(Event(day, "review", regulation, period=period))
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
    events: list[Event] = []
    for regulation in regulations:
        events.extend(events_of(regulation, start, end))
    if party is not None:
        events = [event for event in events if involves(event, party)]
    order = {id(regulation): index for index, regulation in enumerate(regulations)}
    # A stable sort: within a day, a regulation and a kind, document order is kept.
    events.sort(key=lambda e: (e.day, order[id(e.regulation)], KINDS.index(e.kind)))
    return Agenda(start, end, party, tuple(regulations), tuple(events), tuple(skipped))


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


# --- Words -------------------------------------------------------------------------------------


def day_heading(day: date, labels: Labels) -> str:
    """Thứ Năm, 25/12/2025 or Thursday 2025-12-25."""
    weekday = labels(f"weekday.{day.weekday()}")
    return labels("agenda.day", weekday=weekday, date=short_date(day, labels.lang))


def title_of(event: Event, labels: Labels) -> str:
    """A duty's own text; the words for an evaluation or a review."""
    if event.duty is not None:
        return " ".join(event.duty.text.split())
    if event.kind == "evaluation":
        return labels("agenda.evaluation", year=event.year)
    assert event.period is not None
    start, end = event.period
    return labels("agenda.review", years=end - start + 1, start=start, end=end)


def _names(regulation: Regulation, ids: Iterable[str]) -> list[str]:
    names = regulation.bodies()
    return [names.get(body, body) for body in ids]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def detail_lines(event: Event, labels: Labels) -> list[str]:
    """Who, what and how often: the lines under an event's title."""
    regulation = event.regulation
    lines: list[str] = []
    if event.duty is not None:
        lines.append(labels("agenda.lead", names=_names(regulation, [event.duty.lead])[0]))
        if event.duty.support:
            supporters = "; ".join(_names(regulation, event.duty.support))
            lines.append(labels("agenda.support", names=supporters))
        if event.duty.deliverable:
            lines.append(
                labels("agenda.deliverable", text=" ".join(event.duty.deliverable.split()))
            )
        if event.duty.schedule.kind != "once":
            dates = regulation.due_dates(event.duty, event.day.year)
            lines.append(labels("agenda.schedule", when=recurrence(event.duty, dates, labels)))
    elif event.host is not None:
        lines.append(labels("agenda.lead", names=event.host.name))
    else:
        lines.append(labels("agenda.parties", names="; ".join(p.name for p in regulation.parties)))
    if event.at_end:
        assert regulation.until is not None
        lines.append(labels("agenda.ends", date=short_date(regulation.until, labels.lang)))
    return lines


def recurrence(duty: Duty, dates: Sequence[date], labels: Labels) -> str:
    """How often a duty falls due: Hằng năm (10/12), Hằng quý (25/03, 25/06, ...)."""
    if duty.schedule.kind == "yearly":
        return labels("yearly", dates=", ".join(day_month(day, labels.lang) for day in dates))
    return when(duty.schedule, dates, labels)


def _wrapped(text: str, indent: int) -> list[str]:
    pad = " " * indent
    return textwrap.wrap(
        text,
        _WIDTH,
        initial_indent=pad,
        subsequent_indent=pad + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    ) or [pad]


def agenda_text(agenda: Agenda, lang: str = "vi") -> str:
    """The agenda for reading: a heading, then the events under each day."""
    labels = Labels(lang)
    start, end = (short_date(day, lang) for day in (agenda.start, agenda.end))
    lines = [labels("agenda.title", start=start, end=end)]
    if agenda.party is not None:
        lines.append(labels("agenda.party", id=agenda.party, name=agenda.party_name()))
    lines.append(
        labels("agenda.counts", count=len(agenda.events), regulations=len(agenda.regulations))
    )
    if agenda.skipped:
        files = ", ".join(item.file for item in agenda.skipped)
        lines.extend(_wrapped(labels("agenda.skipped", files=files), 0))
    if not agenda.events:
        lines += ["", labels("agenda.empty")]
    current: date | None = None
    for event in agenda.events:
        if event.day != current:
            current = event.day
            lines += ["", day_heading(event.day, labels)]
        if event.article is not None:
            head = labels(
                "agenda.duty_head",
                regulation=event.regulation.id,
                article=event.article.number,
                text=title_of(event, labels),
            )
        else:
            head = labels(
                "agenda.event_head", regulation=event.regulation.id, text=title_of(event, labels)
            )
        lines.extend(_wrapped(f"- {head}", 2))
        for line in detail_lines(event, labels):
            lines.extend(_wrapped(line, 4))
    return "\n".join(lines) + "\n"


def event_json(event: Event, lang: str = "vi") -> dict[str, Any]:
    labels = Labels(lang)
    regulation = event.regulation
    names = regulation.bodies()
    duty = event.duty
    return {
        "date": event.day.isoformat(),
        "kind": event.kind,
        "regulation": regulation.id,
        "regulation_title": " ".join(regulation.title.split()),
        "article": event.article.number if event.article is not None else None,
        "duty": duty.id if duty is not None else None,
        "title": title_of(event, labels),
        "lead": event.lead,
        "lead_name": names.get(event.lead) if event.lead is not None else None,
        "support": list(event.support),
        "support_names": _names(regulation, event.support),
        "host": event.host.id if event.host is not None else None,
        "host_name": event.host.name if event.host is not None else None,
        "deliverable": duty.deliverable if duty is not None else None,
        "schedule": duty.schedule.to_yaml() if duty is not None else None,
        "year": event.year,
        "period": list(event.period) if event.period is not None else None,
        "uid": event.uid,
    }


def agenda_json(agenda: Agenda, lang: str = "vi") -> list[dict[str, Any]]:
    """The events, in agenda order, for `--format json`."""
    return [event_json(event, lang) for event in agenda.events]


def _summary(event: Event, labels: Labels) -> str:
    reg = event.regulation.id
    if event.duty is not None:
        lead = _names(event.regulation, [event.duty.lead])[0]
        text = _short(title_of(event, labels), _SUMMARY_TEXT)
        return labels("agenda.duty_summary", regulation=reg, text=text, lead=lead)
    if event.host is not None:
        return labels(
            "agenda.evaluation_summary", regulation=reg, year=event.year, host=event.host.name
        )
    return labels("agenda.event_head", regulation=reg, text=title_of(event, labels))


def _description(event: Event, labels: Labels) -> str:
    regulation = event.regulation
    lines = [labels("agenda.regulation", title=" ".join(regulation.title.split()))]
    if regulation.number:
        lines.append(labels("agenda.number", number=regulation.number))
    if event.article is not None and event.duty is not None:
        lines.append(
            labels("agenda.article", number=event.article.number, title=event.article.title)
        )
        lines.append(" ".join(event.duty.text.split()))
    elif event.host is not None and event.year is not None:
        lines.append(
            labels("plan.host", host=event.host.name, year=event.year, next_year=event.year + 1)
        )
    else:
        assert event.period is not None
        start, end = event.period
        lines.append(labels("agenda.review_text", years=end - start + 1, start=start, end=end))
    lines.extend(detail_lines(event, labels))
    return "\n".join(lines)


def agenda_ics(agenda: Agenda, lang: str = "vi", stamp: datetime | None = None) -> bytes:
    """The agenda as an iCalendar file (RFC 5545): one all-day VEVENT per event.

    `stamp` is the DTSTAMP of every event (default: now, in UTC).
    """
    from icalendar import Calendar
    from icalendar import Event as VEvent

    labels = Labels(lang)
    now = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//coordreg//coordreg {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = labels("agenda.calendar")
    if agenda.party is not None:
        name = f"{name} - {agenda.party_name()}"
    calendar.add("x-wr-calname", name)
    for event in agenda.events:
        item = VEvent()
        item.add("uid", event.uid)
        item.add("dtstamp", now)
        item.add("dtstart", event.day)
        item.add("dtend", event.day + timedelta(days=1))
        item.add("summary", _summary(event, labels))
        item.add("description", _description(event, labels))
        item.add("categories", [labels(f"agenda.kind.{event.kind}")])
        # A deadline does not make anyone busy for the day.
        item.add("transp", "TRANSPARENT")
        calendar.add_component(item)
    ical: bytes = calendar.to_ical()
    return ical
