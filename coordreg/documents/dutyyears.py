"""Duty-years: which duties a year counts, and the party each is attributed to.

A year counts the duties that belong to it (`Timeline.year_duties`: due in it, or
undated and in force some day of it) and those its evaluation record has a result
for although they were not due. Each counts in the version in force on its
reference day, and is attributed to the party that held it that day: a duty handed
over on 1 March 2025 is its old holder's for 2024 and its new holder's for 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from coordreg.model import Article, Duty, Evaluation, Party, PartyResults, Result, result_of
from coordreg.model.timeline import Timeline, YearDuty


@dataclass(frozen=True)
class DutyYear:
    """One duty counted in one year: its version then, and the party each of its leads
    belonged to (one for a duty with one lead)."""

    article: Article
    duty: Duty
    parties: tuple[str, ...]
    # Who holds a body's duties on the reference day: a result by party keyed by a
    # body the lead took over from during the year is the lead's (`keyed_results`).
    holder: Callable[[str], str] | None = None

    @property
    def party(self) -> str:
        """The party of its (first) lead."""
        return self.parties[0]

    def shares(self, entry: Result | PartyResults | None) -> list[Share]:
        """How the duty-year counts, given the record's entry for it.

        One lead: once, for its party. Jointly: once in the totals (one duty, one
        result), and for each of its leads' parties in the per-party table. Each: once
        per lead, in the totals and for the lead's party, with that party's own result
        (or the one result, when the record gives one for all).
        """
        mode = self.duty.lead_mode
        if mode == "each":
            return [
                Share(party, result_of(entry, lead, self.holder), True)
                for lead, party in zip(self.duty.leads, self.parties, strict=True)
            ]
        result = result_of(entry, "")
        distinct = list(dict.fromkeys(self.parties))
        return [Share(party, result, index == 0) for index, party in enumerate(distinct)]


@dataclass(frozen=True)
class Share:
    """One count of a duty-year: the party it goes to, its result, and whether it counts in
    the totals (a joint duty counts once there, and for each of its parties)."""

    party: str
    result: Result | None
    in_total: bool


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
    day = year_duty.reference_day
    owners = timeline.as_of(day).party_of()
    return DutyYear(
        year_duty.article,
        year_duty.duty,
        _parties(owners, year_duty.duty),
        lambda body: timeline.successor_on(body, day),
    )


def _last_version(timeline: Timeline, duty_id: str, span: tuple[date, date]) -> DutyYear | None:
    """A duty evaluated in a year it was not due: as on the last day of the year it was in
    force; None when it was not in force at all that year."""
    for stretch in reversed(timeline.stretches(*span)):
        for _path, article, duty in stretch.regulation.duties():
            if duty.id == duty_id:
                return DutyYear(article, duty, _parties(stretch.regulation.party_of(), duty))
    return None


def _parties(owners: dict[str, str], duty: Duty) -> tuple[str, ...]:
    return tuple(owners[lead] for lead in duty.leads)


def year_host(timeline: Timeline, year: int, record: Evaluation | None) -> Party:
    """Who hosted the evaluation of `year`: the record's host, else whose turn it was."""
    span = timeline.year_span(year)
    day = span[1] if span is not None else date(year, 12, 31)
    regulation = timeline.as_of(day)
    host = record.host if record is not None else timeline.host_for(year)
    parties = {party.id: party for party in regulation.parties}
    host = regulation.party_of().get(host, host)  # a unit named as host: its party
    return parties.get(host) or parties[regulation.host_for(year)]
