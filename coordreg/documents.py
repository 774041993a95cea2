"""What each document template receives, and rendering a document in a format.

The context holds the computed data (`plan` or `review`), `t` for the words of
the document in its language, and a few helpers that need the regulation (names
of bodies, deadlines). The Markdown and HTML templates and the Word writer
all start from the same context.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from coordreg import textfmt
from coordreg.chart import completion_svg
from coordreg.labels import Labels
from coordreg.model import Regulation
from coordreg.plan import AnnualPlan, PlanItem
from coordreg.render import render
from coordreg.review import Review
from coordreg.transfer import FileTransfer, Handover, handed_over

TEXT_FORMATS = ("md", "html")


def _common(regulation: Regulation, labels: Labels, code: str, year: int) -> dict[str, Any]:
    names = regulation.bodies()
    number = (
        f" số {regulation.number}"
        if regulation.number and labels.lang == "vi"
        else (f" No. {regulation.number}" if regulation.number else "")
    )
    offices = [names[p.standing_office] for p in regulation.parties if p.standing_office]
    issuers = textfmt.issuer_code(regulation)
    name_of: Callable[[str], str] = names.__getitem__
    return {
        "regulation": regulation,
        "t": labels,
        "lang": labels.lang,
        "name": name_of,
        "names": lambda ids: textfmt.list_names((names[i] for i in ids), labels),
        "date": lambda day: textfmt.short_date(day, labels.lang),
        "date_iso": lambda text: textfmt.short_date(date.fromisoformat(text), labels.lang),
        "percent": lambda rate: textfmt.percent(rate, labels.lang),
        "heading": {
            "issuers": [textfmt.upper(p.name) for p in regulation.parties],
            "nation": labels("nation"),
            "motto": labels("motto"),
            "number": labels("number", blank=textfmt.BLANK, code=code, issuers=issuers),
            "place_date": labels(
                "place_date",
                place=regulation.place or textfmt.BLANK,
                blank=textfmt.BLANK,
                year=year,
            ),
        },
        "reg_number": number,
        "blank": textfmt.BLANK,
        "issuers": issuers,
        "parties": textfmt.parties_phrase(regulation, labels),
        "party_names": textfmt.join_names((p.name for p in regulation.parties), labels),
        "offices": textfmt.join_names(offices, labels),
        # The title of whoever signs for each party; the name is left for the
        # person in office when the document is signed, who is not necessarily
        # the regulation's own signatory.
        "signatures": [
            {
                "party": textfmt.upper(p.name),
                "title": textfmt.upper(p.signatory.title if p.signatory else p.name),
                "name": "",
            }
            for p in regulation.parties
        ],
    }


def plan_context(plan: AnnualPlan, lang: str = "vi") -> dict[str, Any]:
    labels = Labels(lang)
    context = _common(plan.regulation, labels, "KH", plan.year)

    def when(item: PlanItem) -> str:
        if item.carried_over and not item.due and item.duty.schedule.is_dated:
            text = labels("during_year", year=plan.year)
        else:
            text = textfmt.when(item.duty.schedule, item.due, labels)
        if item.carried_over:
            text += f" ({labels('carried_over', year=plan.year - 1)})"
        return text

    def task_line(item: PlanItem) -> str:
        """ "Lead: X. Due: Y." -- without the lead when the duty's text already names it."""
        lead = name_of(item.duty.lead)
        if lead in item.duty.text:
            return labels("plan.due_line", when=when(item))
        return labels("plan.task_line", lead=lead, when=when(item))

    name_of = plan.regulation.bodies().__getitem__
    context.update(plan=plan, when=when, task_line=task_line, kind=labels("plan.kind"))
    context["title"] = labels("plan.title", title=plan.regulation.title, year=plan.year)
    return context


def review_context(review: Review, lang: str = "vi") -> dict[str, Any]:
    labels = Labels(lang)
    context = _common(review.regulation, labels, "BC", review.end)
    key = "review.title_interim" if review.interim else "review.title"
    context.update(
        review=review,
        kind=labels("review.kind"),
        title=labels(
            key,
            years=review.end - review.start + 1,
            title=review.regulation.title,
            start=review.start,
            end=review.end,
        ),
        bar=lambda rate: "█" * round((rate or 0) * 20) + "░" * (20 - round((rate or 0) * 20)),
    )
    context["amendment_summary"] = lambda summary: ", ".join(
        f"{count} {labels('kind.' + kind)}" for kind, count in summary.items()
    )
    context["chart_bars"] = [
        (
            str(figures.year),
            figures.rate,
            textfmt.percent(figures.rate, lang) if figures.record else labels("missing_record"),
        )
        for figures in review.years
    ]
    context["chart_svg"] = completion_svg(labels("review.chart_title"), context["chart_bars"])
    return context


def _handover_when(handover: Handover, year: int, labels: Labels) -> str:
    """A handed-over duty's schedule: its dates in the year of the handover, a
    one-off duty's own date even when that year has passed."""
    schedule = handover.duty.schedule
    if schedule.kind == "once" and schedule.on is not None:
        return textfmt.short_date(schedule.on, labels.lang)
    return textfmt.when(schedule, handover.regulation.due_dates(handover.duty, year), labels)


def minutes_context(
    transfers: list[FileTransfer],
    source: str,
    target: str,
    effective: date | None,
    lang: str = "vi",
) -> dict[str, Any]:
    """The handover minute (biên bản bàn giao) of a transfer across regulations."""
    labels = Labels(lang)
    regulation = (
        next(t.old for t in transfers if t.handovers)
        if any(t.handovers for t in transfers)
        else transfers[0].old
    )
    names = regulation.bodies()
    owners = regulation.party_of()
    parties = {p.id: p for p in regulation.parties}
    sides = [parties[owners[source]], parties[owners[target]]]
    if sides[0] is sides[1]:
        sides = sides[:1]
    year = (effective or date.today()).year
    context = _common(regulation, labels, "BB", year)
    context["heading"]["issuers"] = [textfmt.upper(p.name) for p in sides]
    context["heading"]["number"] = labels(
        "number",
        blank=textfmt.BLANK,
        code="BB",
        issuers="-".join(p.symbol or p.id.upper() for p in sides),
    )
    handovers = handed_over(transfers, effective)
    source_name, target_name = names[source], names[target]

    def with_party(body: str) -> str:
        party = parties[owners[body]]
        return (
            names[body]
            if party.id == body
            else labels("minutes.body_of", body=names[body], party=party.name)
        )

    involved = {t.old.id: t.old for t in transfers if t.handovers}
    context.update(
        kind=labels("minutes.kind"),
        title=labels("minutes.title", source=source_name, target=target_name),
        source_name=source_name,
        target_name=target_name,
        source_label=with_party(source),
        target_label=with_party(target),
        bases=[
            labels(
                "minutes.basis",
                title=r.title,
                number=f" số {r.number}"
                if r.number and lang == "vi"
                else (f" No. {r.number}" if r.number else ""),
                signed=textfmt.short_date(r.signed, lang),
            )
            for r in involved.values()
        ],
        role=lambda h: labels("role.support_lapses") if h.lapses else labels(f"role.{h.role}"),
        effective=effective,
        handovers=handovers,
        year=year,
        place=regulation.place or textfmt.BLANK,
        schedule=lambda handover: _handover_when(handover, year, labels),
        signatures=[
            {"title": labels("minutes.sign_giver"), "body": textfmt.upper(source_name), "name": ""},
            {
                "title": labels("minutes.sign_receiver"),
                "body": textfmt.upper(target_name),
                "name": "",
            },
        ],
    )
    return context


def render_text(
    template: str, context: dict[str, Any], output_format: str, user_dir: Path | None
) -> str:
    """A Markdown or HTML document from `<template>.<format>.j2`."""
    return render(f"{template}.{output_format}.j2", context, user_dir)
