"""The agenda in words: for reading (text), for other programs (JSON), for calendars (iCalendar).

`agenda_output` gives the form `coordreg agenda --format` names; the agenda itself,
as data, is made by `coordreg.documents.agenda`. Text from the regulations is shown,
never replayed: control characters are escapes in every form (`catalogue.controls`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from coordreg.catalogue.controls import one_line, visible
from coordreg.catalogue.labels import Labels
from coordreg.documents.agenda import Agenda, Event
from coordreg.documents.daysoff import DayOff, day_off
from coordreg.documents.dutywords import duty_place, lead_names
from coordreg.documents.output import json_text
from coordreg.model import Duty, Regulation
from coordreg.render.textfmt import day_month, legal_date, when
from coordreg.version import __version__

_WIDTH = 100
_SUMMARY_TEXT = 80


def _day(day: date, labels: Labels) -> str:
    """Thứ Năm, 25/12/2025 or Thursday 2025-12-25."""
    weekday = labels(f"weekday.{day.weekday()}")
    return labels("agenda.day", weekday=weekday, date=legal_date(day, labels.lang))


def _off_words(off: DayOff, labels: Labels) -> dict[str, str]:
    holiday = off.holiday or labels("agenda.weekend")
    return {"holiday": holiday, "moves_to": _day(off.moves_to, labels)}


def day_heading(day: date, labels: Labels) -> str:
    """Thứ Năm, 25/12/2025; on a day off, with the day off and the working day the
    deadline moves to: Thứ Ba, 17/02/2026 (Tết Nguyên Đán; chuyển sang Thứ Hai, 23/02/2026)."""
    off = day_off(day, labels.lang)
    if off is None:
        return _day(day, labels)
    return labels("agenda.day_off", day=_day(day, labels), **_off_words(off, labels))


def day_off_line(day: date, labels: Labels) -> str | None:
    """The sentence a calendar's description gives a due date on a day off."""
    off = day_off(day, labels.lang)
    if off is None:
        return None
    words = _off_words(off, labels)
    if off.holiday is None:
        words["holiday"] = labels(f"weekday.{day.weekday()}")
    return labels("agenda.day_off_text", day=legal_date(day, labels.lang), **words)


def _place(event: Event, labels: Labels) -> str:
    """Where the event's duty is in the regulation: its article, or its clause and point."""
    assert event.article is not None
    if event.duty is None:
        return labels("cite.article", article=event.article.number)
    return duty_place(event.article, event.duty, labels)


def title_of(event: Event, labels: Labels) -> str:
    """A duty's own text; the words for an evaluation or a review."""
    if event.duty is not None:
        return " ".join(event.duty.text.split())
    if event.kind == "evaluation":
        return labels("agenda.evaluation", year=event.year)
    assert event.period is not None
    start, end = event.period
    return labels("agenda.review", years=end - start + 1, start=start, end=end)


class BodyNames:
    """The names of each regulation's parties and units, made once for one output.

    `Regulation.bodies()` builds its mapping anew at each call; called for each event,
    it made the agenda's time grow with events times parties (4,000 parties: 17 s).
    The regulations are held, so that an id stays theirs while the output is made.
    """

    def __init__(self) -> None:
        self._made: dict[int, tuple[Regulation, dict[str, str]]] = {}

    def __call__(self, regulation: Regulation) -> Mapping[str, str]:
        made = self._made.get(id(regulation))
        if made is None or made[0] is not regulation:
            made = self._made[id(regulation)] = (regulation, regulation.bodies())
        return made[1]


def _names(names: Mapping[str, str], ids: Iterable[str]) -> list[str]:
    return [names.get(body, body) for body in ids]


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def detail_lines(event: Event, labels: Labels, names: Mapping[str, str]) -> list[str]:
    """Who, what and how often: the lines under an event's title (`names`: the bodies')."""
    regulation = event.regulation
    lines: list[str] = []
    if event.duty is not None:
        lead = lead_names(event.duty, lambda body: names.get(body, body), labels)
        lines.append(labels("agenda.lead", names=lead))
        if event.duty.support:
            supporters = "; ".join(_names(names, event.duty.support))
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
        lines.append(labels("agenda.parties", names="; ".join(p.name for p in event.taking_part)))
    if event.at_end:
        assert regulation.until is not None
        lines.append(labels("agenda.ends", date=legal_date(regulation.until, labels.lang)))
    return lines


def recurrence(duty: Duty, dates: Sequence[date], labels: Labels) -> str:
    """How often a duty falls due: Hằng năm (10/12), Hằng quý (25/3, 25/6, ...)."""
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
    labels, bodies = Labels(lang), BodyNames()
    start, end = (legal_date(day, lang) for day in (agenda.start, agenda.end))
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
                place=_place(event, labels),
                text=title_of(event, labels),
            )
        else:
            head = labels(
                "agenda.event_head", regulation=event.regulation.id, text=title_of(event, labels)
            )
        lines.extend(_wrapped(f"- {head}", 2))
        for line in detail_lines(event, labels, bodies(event.regulation)):
            lines.extend(_wrapped(line, 4))
    return "\n".join(one_line(line) for line in lines) + "\n"


def event_json(event: Event, lang: str, names: Mapping[str, str]) -> dict[str, Any]:
    """One event for `--format json` (`names`: its regulation's bodies')."""
    labels = Labels(lang)
    regulation = event.regulation
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
        "lead_name": ", ".join(_names(names, duty.leads)) if duty is not None else None,
        "support": list(event.support),
        "support_names": _names(names, event.support),
        "host": event.host.id if event.host is not None else None,
        "host_name": event.host.name if event.host is not None else None,
        "deliverable": duty.deliverable if duty is not None else None,
        "schedule": duty.schedule.to_yaml() if duty is not None else None,
        "year": event.year,
        "period": list(event.period) if event.period is not None else None,
        "uid": event.uid,
        # A due date on a weekend or a public holiday, and the working day it moves to.
        "day_off": _day_off_json(event.day, lang),
    }


def _day_off_json(day: date, lang: str) -> dict[str, Any] | None:
    off = day_off(day, lang)
    if off is None:
        return None
    return {"holiday": off.holiday, "moves_to": off.moves_to.isoformat()}


def agenda_json(agenda: Agenda, lang: str = "vi") -> list[dict[str, Any]]:
    """The events, in agenda order, for `--format json`."""
    bodies = BodyNames()
    return [event_json(event, lang, bodies(event.regulation)) for event in agenda.events]


def _summary(event: Event, labels: Labels, names: Mapping[str, str]) -> str:
    reg = event.regulation.id
    if event.duty is not None:
        lead = lead_names(event.duty, lambda body: names.get(body, body), labels)
        text = _short(title_of(event, labels), _SUMMARY_TEXT)
        return labels("agenda.duty_summary", regulation=reg, text=text, lead=lead)
    if event.host is not None:
        return labels(
            "agenda.evaluation_summary", regulation=reg, year=event.year, host=event.host.name
        )
    return labels("agenda.event_head", regulation=reg, text=title_of(event, labels))


def _description(event: Event, labels: Labels, names: Mapping[str, str]) -> str:
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
    lines.extend(detail_lines(event, labels, names))
    moved = day_off_line(event.day, labels)
    if moved is not None:
        lines.append(moved)
    return "\n".join(lines)


def agenda_ics(agenda: Agenda, lang: str = "vi", stamp: datetime | None = None) -> bytes:
    """The agenda as an iCalendar file (RFC 5545): one all-day VEVENT per event.

    `stamp` is the DTSTAMP of every event (default: now, in UTC).
    """
    from icalendar import Calendar
    from icalendar import Event as VEvent

    labels, bodies = Labels(lang), BodyNames()
    now = stamp or datetime.now(UTC)
    calendar = Calendar()
    calendar.add("prodid", f"-//coordreg//coordreg {__version__}//{lang.upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    name = labels("agenda.calendar")
    if agenda.party is not None:
        name = f"{name} - {agenda.party_name()}"
    calendar.add("x-wr-calname", one_line(name))
    for event in agenda.events:
        item = VEvent()
        item.add("uid", event.uid)
        item.add("dtstamp", now)
        item.add("dtstart", event.day)
        item.add("dtend", event.day + timedelta(days=1))
        names = bodies(event.regulation)
        item.add("summary", one_line(_summary(event, labels, names)))
        item.add("description", visible(_description(event, labels, names)))
        item.add("categories", [labels(f"agenda.kind.{event.kind}")])
        # A deadline does not make anyone busy for the day.
        item.add("transp", "TRANSPARENT")
        calendar.add_component(item)
    ical: bytes = calendar.to_ical()
    return ical


def agenda_output(agenda: Agenda, output_format: str, lang: str = "vi") -> str | bytes:
    """The agenda in `output_format` (text, json or ics): text, or bytes for a calendar."""
    if output_format == "json":
        return json_text(agenda_json(agenda, lang))
    if output_format == "ics":
        return agenda_ics(agenda, lang)
    return agenda_text(agenda, lang)
