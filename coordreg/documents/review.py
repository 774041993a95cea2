"""The five-year review (Báo cáo sơ kết): the figures behind the report.

The review covers `review_every` years ending at an end year. Windows are
aligned on `first_year` (2022-2026, 2027-2031, ...); by default the review
covers the latest window that has reached its last year. A window that would
start before `first_year` is cut there and labelled an interim review.

A duty counts in a year when it falls due that year or the year's record has a
result for it. The completion rate is done / (counted - not applicable); a duty
missing from a record counts as not evaluated and lowers the rate. A year with
no record at all is reported as missing and left out of the period's rates,
which would otherwise mix "not done" with "not yet recorded".

Each year is counted with the regulation as in force during it
(`Timeline.year_duties`), and each duty-year is attributed to the party that held
the duty on its reference day (its last due date that year, or the last day of the
year it was in force): a duty handed over in 2025 stays its old holder's for 2022
to 2024. The report is headed and signed by the parties in force on the period's
last day, and lists the acts that took effect during the period with what each
changed (`coordreg.documents.acts`); nothing is read from git.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from coordreg import clock
from coordreg.check.dossier import Dossier
from coordreg.documents.acts import Amendment, acts_between
from coordreg.documents.dutyyears import duties_counted, year_host
from coordreg.documents.evidence import evidence_json
from coordreg.errors import RefusedError
from coordreg.model import Article, Duty, Evaluation, Party, Regulation, Result, results_in
from coordreg.model.timeline import in_force


@dataclass(frozen=True)
class Tally:
    """Counts of outcomes over some set of duty-years, and the rate they give."""

    counted: int = 0
    done: int = 0
    in_progress: int = 0
    not_done: int = 0
    not_applicable: int = 0
    not_evaluated: int = 0

    @property
    def rate(self) -> float | None:
        """Share done among the duty-years that applied, or None when none did."""
        applicable = self.counted - self.not_applicable
        return self.done / applicable if applicable else None

    def add(self, result: Result | None) -> Tally:
        status = result.status if result is not None else "not_evaluated"
        counts = {
            "counted": self.counted + 1,
            "done": self.done,
            "in_progress": self.in_progress,
            "not_done": self.not_done,
            "not_applicable": self.not_applicable,
            "not_evaluated": self.not_evaluated,
        }
        counts[status] += 1
        return Tally(**counts)


@dataclass(frozen=True)
class YearFigures:
    year: int
    host: Party
    record: Evaluation | None
    tally: Tally

    @property
    def held(self) -> date | None:
        return self.record.held if self.record else None

    @property
    def rate(self) -> float | None:
        return self.tally.rate if self.record is not None else None


@dataclass(frozen=True)
class GroupFigures:
    """Figures for one party or one article over the period."""

    key: str
    name: str
    tally: Tally


@dataclass(frozen=True)
class DutyNote:
    year: int
    article: Article
    duty: Duty
    result: Result


@dataclass(frozen=True)
class RepeatedShortfall:
    article: Article
    duty: Duty
    years: tuple[int, ...]
    notes: tuple[DutyNote, ...]


@dataclass(frozen=True)
class Review:
    # The regulation as in force on the period's last day: its title, its size, the
    # parties that head and sign the report.
    regulation: Regulation
    start: int
    end: int
    interim: bool
    years: tuple[YearFigures, ...]
    total: Tally
    parties: tuple[GroupFigures, ...]
    articles: tuple[GroupFigures, ...]
    repeatedly_not_done: tuple[RepeatedShortfall, ...]
    never_evaluated: tuple[tuple[Article, Duty], ...]
    # Notes of the records in the period, by outcome, for the report's prose.
    achievements: tuple[DutyNote, ...]
    shortfalls: tuple[DutyNote, ...]
    # The acts that took effect during the period, each with what it changed; None
    # when the regulation records no act in effect by the period's end (a file that
    # keeps no history: the report then says nothing about amendments).
    amendments: tuple[Amendment, ...] | None = None
    # The parties in force on the period's last day, who head and sign the report.
    # Empty: every party of `regulation`.
    signing: tuple[Party, ...] = ()

    @property
    def missing_years(self) -> tuple[int, ...]:
        return tuple(figures.year for figures in self.years if figures.record is None)

    @property
    def period(self) -> tuple[int, int]:
        return self.start, self.end

    @property
    def issuing(self) -> tuple[Party, ...]:
        return self.signing or tuple(self.regulation.parties)

    @property
    def chapters_total(self) -> int:
        """Chapters in force at the period's end (a repealed one keeps only its number)."""
        return sum(1 for chapter in self.regulation.chapters if chapter.repealed_by is None)

    @property
    def articles_total(self) -> int:
        return sum(
            1
            for _ci, _ai, _chapter, article in self.regulation.articles()
            if article.repealed_by is None
        )

    @property
    def duties_total(self) -> int:
        return sum(1 for _ in self.regulation.duties())

    @property
    def outstanding(self) -> tuple[DutyNote, ...]:
        """Each duty whose latest result in the period is not done or in progress,
        in the order of the regulation."""
        latest: dict[str, DutyNote] = {}
        articles = {duty.id: article for _path, article, duty in self.regulation.duties()}
        duties = {duty.id: duty for _path, _article, duty in self.regulation.duties()}
        for figures in self.years:
            for duty_id, entry in figures.record.results.items() if figures.record else ():
                # An each-party duty is outstanding while any party's result is.
                results = [result for _party, result in results_in(entry)]
                left = [r for r in results if r.status in ("not_done", "in_progress")]
                if duty_id in duties and results:
                    latest[duty_id] = DutyNote(
                        figures.year, articles[duty_id], duties[duty_id], (left or results)[0]
                    )
        order = {duty_id: index for index, duty_id in enumerate(duties)}
        unfinished = [n for n in latest.values() if n.result.status in ("not_done", "in_progress")]
        return tuple(sorted(unfinished, key=lambda note: order[note.duty.id]))


def review_window(
    regulation: Regulation, end_year: int | None, today: date, recorded: Iterable[int] = ()
) -> tuple[int, int, bool]:
    """(first year, last year, interim) of the review ending at `end_year`.

    Without an end year: the latest window (counted from `first_year`) that has
    reached its last year; before any has, an interim review up to the last
    recorded year; for a regulation that has ended, at most its last year.
    """
    first = regulation.evaluation.first_year
    every = regulation.evaluation.review_every
    last = regulation.last_year()
    if end_year is None:
        completed = (today.year - first + 1) // every
        end_year = first + completed * every - 1 if completed else max(recorded, default=today.year)
        if last is not None:
            end_year = min(end_year, last)
    if end_year < first or (last is not None and end_year > last):
        raise RefusedError(
            "year_outside", year=end_year, regulation=regulation.id, first=first, last=last or "…"
        )
    start = end_year - every + 1
    return max(start, first), end_year, start < first


def build_review(
    dossier: Dossier,
    end_year: int | None = None,
    today: date | None = None,
    *,
    history: bool = True,
) -> Review:
    """The review of the period ending in `end_year` (default: the latest complete window).

    `history` is accepted and has no effect: the amendments are the regulation's own
    acts, not its git history.
    """
    del history
    regulation = dossier.regulation
    timeline = dossier.timeline
    start, end, interim = review_window(
        regulation, end_year, today or clock.today(), dossier.evaluations
    )
    first_day = max(date(start, 1, 1), regulation.effective)
    last_day = min(date(end, 12, 31), regulation.until or date.max)
    at_end = timeline.as_of(last_day)
    by_party: dict[str, Tally] = {}
    by_article: dict[int, Tally] = {}
    article_names: dict[int, str] = {}
    total = Tally()
    years: list[YearFigures] = []
    not_done_years: dict[str, list[int]] = {}
    evaluated: set[str] = set()
    counted_duties: dict[str, tuple[Article, Duty]] = {}
    achievements: list[DutyNote] = []
    shortfalls: list[DutyNote] = []
    for year in range(start, end + 1):
        record = dossier.evaluations.get(year)
        tally = Tally()
        for counted in duties_counted(timeline, year, record):
            article, duty = counted.article, counted.duty
            shares = counted.shares(record.results.get(duty.id) if record else None)
            for share in shares:
                # A joint duty counts once in the totals and for each of its parties; an
                # each-party duty once per party, with that party's result.
                result = share.result
                if share.in_total:
                    tally = tally.add(result)
                if record is None:
                    continue  # a missing year is reported as such, not held against its duties
                counted_duties[duty.id] = (article, duty)  # the latest version counted
                by_party[share.party] = by_party.get(share.party, Tally()).add(result)
                if not share.in_total:
                    continue
                total = total.add(result)
                by_article[article.number] = by_article.get(article.number, Tally()).add(result)
                article_names[article.number] = article.title
                if result is None:
                    continue
                evaluated.add(duty.id)
                if result.status == "not_done" and year not in not_done_years.get(duty.id, []):
                    not_done_years.setdefault(duty.id, []).append(year)
                if (result.note or result.evidence) and result.status == "done":
                    achievements.append(DutyNote(year, article, duty, result))
                elif result.note and result.status in ("not_done", "in_progress"):
                    shortfalls.append(DutyNote(year, article, duty, result))
        years.append(YearFigures(year, year_host(timeline, year, record), record, tally))
    repeated = tuple(
        RepeatedShortfall(
            article=counted_duties[duty_id][0],
            duty=counted_duties[duty_id][1],
            years=tuple(failed),
            notes=tuple(note for note in shortfalls if note.duty.id == duty_id),
        )
        for duty_id, failed in not_done_years.items()
        if len(failed) >= 2
    )
    # Every party that held a duty-year, or was in force some day of the period.
    listed = [
        party
        for party in at_end.parties
        if party.id in by_party or _in_force_between(party, first_day, last_day)
    ]
    recorded = any(act.effective <= date(end, 12, 31) for act in regulation.acts)
    return Review(
        regulation=at_end,
        start=start,
        end=end,
        interim=interim,
        years=tuple(years),
        total=total,
        parties=tuple(
            GroupFigures(party.id, party.name, by_party.get(party.id, Tally())) for party in listed
        ),
        articles=tuple(
            GroupFigures(str(number), article_names[number], by_article[number])
            for number in sorted(by_article)
        ),
        repeatedly_not_done=repeated,
        never_evaluated=tuple(
            pair for duty_id, pair in counted_duties.items() if duty_id not in evaluated
        ),
        achievements=tuple(achievements),
        shortfalls=tuple(shortfalls),
        amendments=acts_between(regulation, date(start, 1, 1), date(end, 12, 31))
        if recorded
        else None,
        signing=tuple(party for party in at_end.parties if in_force(party, last_day)),
    )


def _in_force_between(party: Party, first: date, last: date) -> bool:
    """Whether the party was in force some day from `first` to `last`."""
    return (party.since is None or party.since <= last) and (
        party.until is None or party.until >= first
    )


def _tally_json(tally: Tally, recorded: bool = True) -> dict[str, Any]:
    rate = tally.rate if recorded else None
    return {
        "due": tally.counted,
        "done": tally.done,
        "in_progress": tally.in_progress,
        "not_done": tally.not_done,
        "not_applicable": tally.not_applicable,
        "not_evaluated": tally.not_evaluated,
        "rate": round(rate, 4) if rate is not None else None,
    }


def review_json(review: Review) -> dict[str, Any]:
    """The data behind the report, for `--format json`."""
    return {
        "regulation": review.regulation.id,
        "period": [review.start, review.end],
        "interim": review.interim,
        "missing_years": list(review.missing_years),
        "years": [
            {
                "year": figures.year,
                "host": figures.host.id,
                "held": figures.held.isoformat() if figures.held else None,
                "record": figures.record is not None,
                **_tally_json(figures.tally, figures.record is not None),
            }
            for figures in review.years
        ],
        "total": _tally_json(review.total),
        "parties": [
            {"party": g.key, "name": g.name, **_tally_json(g.tally)} for g in review.parties
        ],
        "articles": [
            {"article": int(g.key), "title": g.name, **_tally_json(g.tally)}
            for g in review.articles
        ],
        # The documents and completion dates the records give: [] when none does.
        "evidence": evidence_json(figures.record for figures in review.years),
        # The acts that took effect during the period: [] when there were none.
        "amendments": [
            {
                "id": a.act.id,
                "kind": a.act.kind,
                "number": a.act.number,
                "title": a.act.title,
                "signed": a.act.signed.isoformat() if a.act.signed else None,
                "effective": a.act.effective.isoformat(),
                "changes": a.changes,
            }
            for a in review.amendments or ()
        ],
        "shortcomings": [
            *(
                {
                    "kind": "not_done_repeatedly",
                    "duty": s.duty.id,
                    "article": s.article.number,
                    "years": list(s.years),
                }
                for s in review.repeatedly_not_done
            ),
            *(
                {"kind": "never_evaluated", "duty": duty.id, "article": article.number, "years": []}
                for article, duty in review.never_evaluated
            ),
        ],
    }
