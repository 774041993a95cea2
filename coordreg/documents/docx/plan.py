"""The annual plan (Kế hoạch) in Word: its three sections, the closing, the task table."""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document

from coordreg.documents.context import PlanContext
from coordreg.documents.docx.blocks import Sayer, appendix_section, closing, end_mark, grid, para
from coordreg.render.textfmt import sentence

# Column widths (mm) of the task table; landscape: 252 mm of text width.
APPENDIX_MM = (13, 100, 38, 40, 31, 30)


def write(doc: Document, c: PlanContext) -> None:
    """Everything under the heading: the body, the closing and the appendix."""
    _body(doc, c)
    end_mark(doc)
    closing(doc, c)
    _appendix(doc, c)


def _body(doc: Document, c: PlanContext) -> None:
    t, plan, regulation, say = c.t, c.plan, c.regulation, Sayer(doc, c.t)
    signed, year = c.date(regulation.signed), plan.year
    say("plan.basis", title=regulation.title, number=c.reg_number, signed=signed)
    say("plan.intro", parties=c.parties.capitalize(), year=year)
    say("plan.s1", "Heading 1")
    say("plan.purpose_h", "Heading 2")
    say("plan.purpose", year=year)
    say("plan.requirements_h", "Heading 2")
    say("plan.requirements")
    say("plan.s2", "Heading 1")
    para(doc, c.tasks_intro)
    if plan.previous_missing:
        say("plan.previous_missing", "CR Note", year=year - 1)
    for index, group in enumerate(plan.groups, 1):
        article = group.article
        say("plan.group", "Heading 2", index=index, title=article.title, number=article.number)
        for item in group.items:
            paragraph = para(doc, f"{sentence(item.duty.text)} {c.task_line(item)}", "CR List")
            if item.carried_over and item.previous_note:  # a paragraph: a line break would
                paragraph.paragraph_format.keep_with_next = True  # stretch the justified line
                say("plan.previous_note", "CR Note", year=year - 1, note=item.previous_note)
    say("plan.s3", "Heading 1")
    steps = [
        t("plan.host", host=plan.host.name, year=year, next_year=year + 1),
        t("plan.offices", offices=c.offices),
        t("plan.report_by", date=c.date(plan.report_by)),
        t("plan.difficulties", parties=c.parties),
    ]
    for number, step in enumerate(steps, 1):
        para(doc, f"{number}. {step}")


def _appendix(doc: Document, c: PlanContext) -> None:
    """The task table, in a landscape section of its own."""
    t, plan, say = c.t, c.plan, Sayer(doc, c.t)
    appendix_section(doc, say, t("plan.appendix_title", year=plan.year), c.appendix_ref)
    head = [t(f"col.{key}") for key in ("no", "task", "lead", "support", "when", "output")]
    rows: list[Sequence[object]] = []
    for number, item in enumerate(plan.items, 1):
        duty, when = item.duty, c.when(item)
        lead, support, output = c.lead(item), c.support(item), duty.deliverable
        rows.append((number, duty.text, lead, support, when, output or t("none")))
    grid(doc, head, rows, APPENDIX_MM, "clllll")
