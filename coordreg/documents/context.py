"""What each document template receives, and rendering a document in a format.

The context holds the computed data (`plan` or `review`), `t` for the words of
the document in its language, and a few helpers that need the regulation (names
of bodies, deadlines). The Markdown and HTML templates and the Word writer
all start from the same context.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from coordreg.catalogue.labels import Labels
from coordreg.documents.plan import AnnualPlan, PlanItem
from coordreg.documents.review import Review
from coordreg.model import Regulation, Schedule
from coordreg.render import textfmt
from coordreg.render.chart import completion_svg
from coordreg.render.templating import render

TEXT_FORMATS = ("md", "html")


def common_context(regulation: Regulation, labels: Labels, code: str, year: int) -> dict[str, Any]:
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
    context = common_context(plan.regulation, labels, "KH", plan.year)

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
    context = common_context(review.regulation, labels, "BC", review.end)
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


# A leap year: the schedule's dates in it are those it states, 29 February included.
_ANY_YEAR = 2000
_TITLE_PREFIX = re.compile(r"quy chế\s+(\S.*)", re.IGNORECASE | re.DOTALL)
# What would make a paragraph of Markdown a list item, a heading, a quote, a table row,
# HTML or a code fence (CommonMark).
_MD_NUMBERED = re.compile(r"(\d+)([.)])(?=\s|$)")
_MD_BLOCK_START = re.compile(r"[#>+*|<-]|```|~~~")


def title_line(title: str) -> str:
    """The line under "QUY CHẾ": the title without its leading "Quy chế", capitalised.

    "Quy chế phối hợp giữa A và B" is printed "QUY CHẾ" / "Phối hợp giữa A và B", as
    regulations are; a title that does not start with "Quy chế" is printed whole.
    Reading it back: "Quy chế " followed by the line with its first letter in lower case.
    """
    match = _TITLE_PREFIX.match(title)
    if match is None:
        return title
    rest = match.group(1)
    return rest[0].upper() + rest[1:]


def md_paragraph(text: str) -> str:
    """Text as one Markdown paragraph that reads as written, whatever it starts with.

    On one line (a line break inside a paragraph renders as a space anyway), and
    with a backslash (a CommonMark escape) where its start would otherwise make it a
    list item, a heading, a quote, a table row or HTML: "1\\. Text" prints "1. Text",
    never an ordered list renumbered by the renderer.
    """
    line = " ".join(text.split())
    numbered = _MD_NUMBERED.match(line)
    if numbered is not None:
        return f"{numbered.group(1)}\\{numbered.group(2)}{line[numbered.end() :]}"
    if _MD_BLOCK_START.match(line):
        return "\\" + line
    return line


def schedule_text(schedule: Schedule, labels: Labels) -> str:
    """A duty's schedule as the regulation states it, in no particular year.

    Thường xuyên; Khi có yêu cầu; 30/06/2022 (one-off); Hằng năm (15/12);
    6 tháng (30/06, 30/12); Hằng quý (25/03, 25/06, 25/09, 25/12); Hằng tháng, ngày 25.
    """
    if schedule.kind == "once":
        assert schedule.on is not None
        return textfmt.when(schedule, [schedule.on], labels)
    dates = schedule.due_dates(_ANY_YEAR)
    if schedule.kind == "yearly":
        return labels("yearly", dates=textfmt.day_month(dates[0], labels.lang))
    return textfmt.when(schedule, dates, labels)


def regulation_context(regulation: Regulation, lang: str = "vi") -> dict[str, Any]:
    """The regulation itself as a signed document (văn bản quy chế): `coordreg text`.

    The heading gives the regulation's own number and its place and date of
    signing; the signature blocks name its signatories. The appendix lists every
    duty with its article.
    """
    labels = Labels(lang)
    signed = regulation.signed
    context = common_context(regulation, labels, "QCPH", signed.year)
    number = regulation.number or f"{textfmt.BLANK}/QCPH-{context['issuers']}"
    context["heading"]["number"] = labels("text.number", number=number)
    context["heading"]["place_date"] = labels(
        "text.place_date",
        place=regulation.place or textfmt.BLANK,
        day=f"{signed.day:02d}",
        month=f"{signed.month:02d}",
        year=signed.year,
        date=textfmt.short_date(signed, lang),
    )
    for block, party in zip(context["signatures"], regulation.parties, strict=True):
        block["name"] = party.signatory.name if party.signatory else ""
    articles = [article for _ci, _ai, _chapter, article in regulation.articles()]
    context.update(
        kind=labels("text.kind"),
        # In English the title stays whole: the words taken off would be the data's own.
        title=title_line(regulation.title) if lang == "vi" else regulation.title,
        number=number,
        duties=[(article, duty) for _path, article, duty in regulation.duties()],
        last_article=articles[-1] if articles else None,
        md=md_paragraph,
        schedule=lambda duty: schedule_text(duty.schedule, labels),
    )
    return context


def render_text(
    template: str, context: dict[str, Any], output_format: str, user_dir: Path | None
) -> str:
    """A Markdown or HTML document from `<template>.<format>.j2`."""
    return render(f"{template}.{output_format}.j2", context, user_dir)
