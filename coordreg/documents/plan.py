"""The annual evaluation plan (Kế hoạch) of a year: what the template renders.

The tasks of year Y are the duties that fall due in Y, with their dates, and the
duties that Y-1's evaluation record left `not_done` or `in_progress`, carried
over with last year's note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from coordreg.check.dossier import Dossier
from coordreg.errors import RefusedError
from coordreg.model import Article, Chapter, Duty, Evaluation, Party, Regulation, Status

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


@dataclass(frozen=True)
class ArticleGroup:
    chapter: Chapter
    article: Article
    items: tuple[PlanItem, ...]


@dataclass(frozen=True)
class AnnualPlan:
    regulation: Regulation
    year: int
    host: Party
    items: tuple[PlanItem, ...]
    previous: Evaluation | None
    # True when last year should have a record (it was an evaluation year) but has none.
    previous_missing: bool
    report_by: date

    @property
    def groups(self) -> tuple[ArticleGroup, ...]:
        """The items by article, in the order of the regulation."""
        groups: list[ArticleGroup] = []
        for item in self.items:
            if groups and groups[-1].article is item.article:
                last = groups[-1]
                groups[-1] = ArticleGroup(last.chapter, last.article, (*last.items, item))
            else:
                groups.append(ArticleGroup(item.chapter, item.article, (item,)))
        return tuple(groups)

    @property
    def carried_over(self) -> tuple[PlanItem, ...]:
        return tuple(item for item in self.items if item.carried_over)


def check_year(regulation: Regulation, year: int) -> None:
    """Refuse a year before the first evaluation year or after the regulation ends."""
    first = regulation.evaluation.first_year
    last = regulation.last_year()
    if year < first or (last is not None and year > last):
        raise RefusedError(
            "year_outside", year=year, regulation=regulation.id, first=first, last=last or "…"
        )


def build_plan(dossier: Dossier, year: int) -> AnnualPlan:
    regulation = dossier.regulation
    check_year(regulation, year)
    previous = dossier.evaluations.get(year - 1)
    carried = {
        duty_id: result
        for duty_id, result in (previous.results.items() if previous else ())
        if result.status in CARRIED_STATUSES
    }
    items: list[PlanItem] = []
    for chapter in regulation.chapters:
        for article in chapter.articles:
            for duty in article.duties:
                due = tuple(regulation.due_dates(duty, year))
                belongs = bool(due) or not duty.schedule.is_dated
                result = carried.get(duty.id)
                if not belongs and result is None:
                    continue
                items.append(
                    PlanItem(
                        chapter=chapter,
                        article=article,
                        duty=duty,
                        due=due,
                        carried_over=result is not None,
                        previous_status=result.status if result else None,
                        previous_note=result.note if result else None,
                    )
                )
    host_id = regulation.host_for(year)
    host = next(party for party in regulation.parties if party.id == host_id)
    month, day = DEFAULT_REPORT_BY
    return AnnualPlan(
        regulation=regulation,
        year=year,
        host=host,
        items=tuple(items),
        previous=previous,
        previous_missing=previous is None and year - 1 >= regulation.evaluation.first_year,
        report_by=date(year, month, day),
    )


def plan_json(plan: AnnualPlan) -> dict[str, Any]:
    """The data behind the document, for `--format json`."""
    names = plan.regulation.bodies()
    return {
        "regulation": plan.regulation.id,
        "year": plan.year,
        "host": {"id": plan.host.id, "name": plan.host.name},
        "report_by": plan.report_by.isoformat(),
        "previous_record": plan.previous is not None,
        "previous_missing": plan.previous_missing,
        "items": [
            {
                "duty": item.duty.id,
                "article": item.article.number,
                "text": item.duty.text,
                "lead": item.duty.lead,
                "lead_name": names[item.duty.lead],
                "support": list(item.duty.support),
                "support_names": [names[body] for body in item.duty.support],
                "schedule": item.duty.schedule.to_yaml(),
                "due": [day.isoformat() for day in item.due],
                "deliverable": item.duty.deliverable,
                "carried_over": item.carried_over,
                "previous_status": item.previous_status,
                "previous_note": item.previous_note,
            }
            for item in plan.items
        ],
    }
