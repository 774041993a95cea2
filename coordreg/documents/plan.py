"""The annual evaluation plan (Kế hoạch) of a year: what the template renders.

The tasks of year Y are the duties that belong to Y (`Timeline.year_duties`: due in
Y, or undated and in force some day of it), with their dates, and the duties that
Y-1's evaluation record left `not_done` or `in_progress`, carried over with last
year's note.

The plan is written as of its own day, 1 January of Y (or the day the regulation
took effect, when later): its heading, signatures, standing offices and host come
from the regulation in force that day, so a later act never rewrites an earlier
plan. When a duty changes inside the year (a handover, an amendment), it gives one
task per version, each with the days it covers ("đến 28/02/2025", "từ 01/3/2025").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from coordreg.check.dossier import Dossier
from coordreg.errors import RefusedError
from coordreg.model import (
    Article,
    Chapter,
    Duty,
    Evaluation,
    Party,
    Regulation,
    Result,
    Status,
    results_in,
)
from coordreg.model.leads import lead_data
from coordreg.model.timeline import Timeline, YearDuty, in_force

CARRIED_STATUSES: tuple[Status, ...] = ("not_done", "in_progress")
# The reporting deadline when the regulation sets none: before 15 December.
DEFAULT_REPORT_BY = (12, 15)


@dataclass(frozen=True)
class PlanItem:
    chapter: Chapter
    article: Article
    duty: Duty
    due: tuple[date, ...]
    carried_over: bool
    previous_status: Status | None = None
    previous_note: str | None = None
    # The days this version of the duty covers, when it does not cover the whole
    # year: set when the duty changes inside the year (one task per version), and
    # on an undated duty added or repealed during it. None: from the year's start,
    # or to its end.
    first: date | None = None
    last: date | None = None
    # The names of the bodies as they were in this version (a body renamed by an
    # act is named as it was then); None: as on the plan's own day.
    bodies: Mapping[str, str] | None = None
    # False for a duty that does not fall in the year and is listed only because it
    # was left unfinished last year: the review does not count it in this year's
    # duties unless the year's record evaluates it.
    in_year: bool = True


@dataclass(frozen=True)
class ArticleGroup:
    chapter: Chapter
    article: Article
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class AnnualPlan:
    # The regulation as in force on the plan's day: title, bodies and names.
    regulation: Regulation
    year: int
    host: Party
    items: tuple[PlanItem, ...]
    previous: Evaluation | None
    # True when last year should have a record (it was an evaluation year) but has none.
    previous_missing: bool
    report_by: date
    # The parties in force on the plan's day, in the order of the file: they issue
    # and sign the plan. Empty: every party of `regulation`.
    parties: tuple[Party, ...] = ()

    @property
    def day(self) -> date:
        """The plan's own day: 1 January, or the day the regulation took effect."""
        return max(date(self.year, 1, 1), self.regulation.effective)

    @property
    def groups(self) -> tuple[ArticleGroup, ...]:
        """The items by article, in the order of the regulation.

        Items of one article sit together whichever version of it they come from,
        so an article is compared by its chapter and number.
        """
        groups: list[ArticleGroup] = []
        for item in self.items:
            place = (item.chapter.number, item.article.number)
            if groups and (groups[-1].chapter.number, groups[-1].article.number) == place:
                last = groups[-1]
                groups[-1] = ArticleGroup(last.chapter, last.article, (*last.items, item))
            else:
                groups.append(ArticleGroup(item.chapter, item.article, (item,)))
        return tuple(groups)

    @property
    def carried_over(self) -> tuple[PlanItem, ...]:
        return tuple(item for item in self.items if item.carried_over)

    @property
    def issuing(self) -> tuple[Party, ...]:
        """The parties that issue and sign the plan."""
        return self.parties or tuple(self.regulation.parties)


def check_year(regulation: Regulation, year: int) -> None:
    """Refuse a year before the first evaluation year or after the regulation ends."""
    first = regulation.evaluation.first_year
    last = regulation.last_year()
    if year < first or (last is not None and year > last):
        raise RefusedError(
            "year_outside", year=year, regulation=regulation.id, first=first, last=last or "…"
        )


def plan_day(regulation: Regulation, year: int) -> date:
    """The day a plan of `year` is written as of: 1 January, or the regulation's first day."""
    return max(date(year, 1, 1), regulation.effective)


def plan_host(timeline: Timeline, year: int, day: date) -> Party:
    """Whose turn it is on the plan's day to host the year's evaluation: the rotation
    then in force, with a party that has ended by then replaced by its successor."""
    regulation = timeline.as_of(day)
    turn = regulation.host_for(year)
    host = timeline.successor_on(turn, day)
    parties = {party.id: party for party in regulation.parties}
    return parties.get(host) or parties[turn]


def build_plan(dossier: Dossier, year: int) -> AnnualPlan:
    regulation = dossier.regulation
    check_year(regulation, year)
    timeline = dossier.timeline
    day = plan_day(regulation, year)
    today = timeline.as_of(day)
    previous = dossier.evaluations.get(year - 1)
    carried = {
        duty_id: unfinished[0]
        for duty_id, entry in (previous.results.items() if previous else ())
        # An each-party duty is carried over while any party left it unfinished.
        if (unfinished := [r for _p, r in results_in(entry) if r.status in CARRIED_STATUSES])
    }
    span = timeline.year_span(year)
    belonging = {year_duty.duty.id: year_duty for year_duty in timeline.year_duties(year)}
    items: list[PlanItem] = []
    for _path, _article, duty in regulation.duties():
        if duty.id in belonging:
            assert span is not None
            items += _versions(timeline, belonging[duty.id], span, carried.get(duty.id))
        elif duty.id in carried:
            items += _carried_only(today, duty.id, carried[duty.id])
    month, dom = DEFAULT_REPORT_BY
    return AnnualPlan(
        regulation=today,
        year=year,
        host=plan_host(timeline, year, day),
        items=tuple(items),
        previous=previous,
        previous_missing=previous is None and year - 1 >= regulation.evaluation.first_year,
        report_by=date(year, month, dom),
        parties=tuple(party for party in today.parties if in_force(party, day)),
    )


def _versions(
    timeline: Timeline, year_duty: YearDuty, span: tuple[date, date], result: Result | None
) -> list[PlanItem]:
    """One task per version of the duty in the year; the carried-over note on the first."""
    periods = year_duty.periods
    split = len(periods) > 1
    items = []
    for index, period in enumerate(periods):
        # A dated duty's dates say when it falls; an undated one says when it stops
        # or starts only when that is inside the year.
        marked = split or not period.duty.schedule.is_dated
        first = period.first if marked and period.first > span[0] else None
        last = period.last if marked and period.last < span[1] else None
        carried = result is not None and index == 0
        items.append(
            PlanItem(
                chapter=period.chapter,
                article=period.article,
                duty=period.duty,
                due=period.due,
                carried_over=carried,
                previous_status=result.status if carried and result else None,
                previous_note=result.note if carried and result else None,
                first=first,
                last=last,
                bodies=timeline.as_of(period.first).bodies(),
            )
        )
    return items


def _carried_only(today: Regulation, duty_id: str, result: Result) -> Sequence[PlanItem]:
    """A duty that does not fall in the year but was left unfinished last year, as in
    force on the plan's day; a duty repealed by then is not carried."""
    for chapter in today.chapters:
        for article in chapter.articles:
            for duty in article.duties:
                if duty.id == duty_id:
                    return [
                        PlanItem(
                            chapter=chapter,
                            article=article,
                            duty=duty,
                            due=(),
                            carried_over=True,
                            previous_status=result.status,
                            previous_note=result.note,
                            in_year=False,
                        )
                    ]
    return []


def item_names(plan: AnnualPlan, item: PlanItem) -> Mapping[str, str]:
    """The names of the bodies of an item's version."""
    return item.bodies if item.bodies is not None else plan.regulation.bodies()


def plan_json(plan: AnnualPlan) -> dict[str, Any]:
    """The data behind the document, for `--format json`."""
    items = []
    for item in plan.items:
        names = item_names(plan, item)
        data: dict[str, Any] = {
            "duty": item.duty.id,
            "article": item.article.number,
            "text": item.duty.text,
            # A joint or each-party lead as the file writes it ({"jointly": [...]}).
            "lead": lead_data(item.duty.lead),
            "lead_name": ", ".join(names[body] for body in item.duty.leads),
            "support": list(item.duty.support),
            "support_names": [names[body] for body in item.duty.support],
            "schedule": item.duty.schedule.to_yaml(),
            "due": [day.isoformat() for day in item.due],
            "deliverable": item.duty.deliverable,
            "carried_over": item.carried_over,
            "previous_status": item.previous_status,
            "previous_note": item.previous_note,
        }
        # Only a task that covers part of the year says which part.
        if item.first is not None:
            data["from"] = item.first.isoformat()
        if item.last is not None:
            data["until"] = item.last.isoformat()
        items.append(data)
    return {
        "regulation": plan.regulation.id,
        "year": plan.year,
        "host": {"id": plan.host.id, "name": plan.host.name},
        "report_by": plan.report_by.isoformat(),
        "previous_record": plan.previous is not None,
        "previous_missing": plan.previous_missing,
        "items": items,
    }
