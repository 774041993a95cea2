"""Duty-years: which duties a year counts, and the party each is attributed to.

A year counts the duties that belong to it (`Timeline.year_duties`: due in it, or
undated and in force some day of it) and those its evaluation record has a result
for although they were not due. Each counts in the version in force on its
reference day, and is attributed to the party that held it that day: a duty handed
over on 1 March 2025 is its old holder's for 2024 and its new holder's for 2025.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from coordreg.model import Article, Duty, Evaluation, Party
from coordreg.model.timeline import Timeline, YearDuty


@dataclass(frozen=True)
class DutyYear:
    """One duty counted in one year: its version then, and the party it is attributed to."""

    article: Article
    duty: Duty
    party: str


def duties_counted(timeline: Timeline, year: int, record: Evaluation | None) -> list[DutyYear]:
    """The duty-years of `year`, in the order of the regulation: the duties that belong
    to the year, and those its record has a result for although they were not due.

    Each is the version in force on its reference day, attributed to the party that
    held it then.
    """
    results = record.results if record else {}
    belonging = {year_duty.duty.id: year_duty for year_duty in timeline.year_duties(year)}
    span = timeline.year_span(year)
    counted: list[DutyYear] = []
    for _path, _article, duty in timeline.regulation.duties():
        if duty.id in belonging:
            year_duty = belonging[duty.id]
            counted.append(_attributed(timeline, year_duty))
        elif duty.id in results and span is not None:
            found = _last_version(timeline, duty.id, span)
            if found is not None:
                counted.append(found)
    return counted


def _attributed(timeline: Timeline, year_duty: YearDuty) -> DutyYear:
    owners = timeline.as_of(year_duty.reference_day).party_of()
    return DutyYear(year_duty.article, year_duty.duty, owners[year_duty.duty.lead])


def _last_version(timeline: Timeline, duty_id: str, span: tuple[date, date]) -> DutyYear | None:
    """A duty evaluated in a year it was not due: as on the last day of the year it was in
    force; None when it was not in force at all that year."""
    for stretch in reversed(timeline.stretches(*span)):
        for _path, article, duty in stretch.regulation.duties():
            if duty.id == duty_id:
                return DutyYear(article, duty, stretch.regulation.party_of()[duty.lead])
    return None


def year_host(timeline: Timeline, year: int, record: Evaluation | None) -> Party:
    """Who hosted the evaluation of `year`: the record's host, else whose turn it was."""
    span = timeline.year_span(year)
    day = span[1] if span is not None else date(year, 12, 31)
    regulation = timeline.as_of(day)
    host = record.host if record is not None else timeline.host_for(year)
    parties = {party.id: party for party in regulation.parties}
    host = regulation.party_of().get(host, host)  # a unit named as host: its party
    return parties.get(host) or parties[regulation.host_for(year)]
