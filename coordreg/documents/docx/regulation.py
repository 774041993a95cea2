"""The regulation's own text (văn bản quy chế) in Word: chapters, articles, the duties.

One paragraph per line of the text: "Chương I", the chapter's title in capitals,
"Điều 1. Title" (bold runs), the article's text, "1. text", "a) text"; then the
closing, and every duty with its article in a landscape appendix.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document

from coordreg.documents.docx.blocks import (
    Sayer,
    appendix_section,
    bold,
    closing,
    grid,
    para,
)
from coordreg.documents.regulation_text import RegulationContext
from coordreg.render import textfmt

# Column widths (mm) of the appendix of duties; landscape: 252 mm of text width.
DUTIES_MM = (12, 14, 90, 38, 40, 30, 28)


def write(doc: Document, c: RegulationContext) -> None:
    """Everything under the heading: the text, the closing and, with duties, the appendix."""
    if c.consolidation:
        para(doc, c.consolidation, "CR Subtitle")
    _body(doc, c)  # "./." after the text's last paragraph (`c.closes`)
    closing(doc, c)
    if c.duties:
        _appendix(doc, c)


def _body(doc: Document, c: RegulationContext) -> None:
    """The legal bases and the enacting sentence, then every chapter, article, clause, point."""
    t, regulation = c.t, c.regulation
    repealed = t("text.repealed")
    for line in [*regulation.legal_bases, *([regulation.enacting] if regulation.enacting else [])]:
        para(doc, line)
    for chapter in regulation.chapters:
        title = repealed if chapter.repealed_by else textfmt.upper(chapter.title)
        bold(para(doc, t("text.chapter", number=chapter.number), "CR Chapter"))
        bold(para(doc, title, "CR Chapter Title"))
        for article in chapter.articles:
            gone = article.repealed_by is not None
            heading = t(
                "text.article", number=article.number, title=repealed if gone else article.title
            )
            bold(para(doc, heading, "CR Article"))
            if article.text and not gone:
                para(doc, c.end(article.text) if c.closes(article) else article.text)
            for clause in article.clauses:
                text = f"{clause.number}. {repealed if clause.repealed_by else clause.text}"
                para(doc, c.end(text) if c.closes(clause) else text)
                for point in clause.points:
                    text = f"{point.label}) {repealed if point.repealed_by else point.text}"
                    para(doc, c.end(text) if c.closes(point) else text)


def _appendix(doc: Document, c: RegulationContext) -> None:
    """Every duty with its article, in a landscape section of its own."""
    t, say = c.t, Sayer(doc, c.t)
    appendix_section(doc, say, t("text.appendix_title"), c.appendix_ref)
    keys = ("no", "article", "task", "lead", "support", "schedule", "output")
    rows: list[Sequence[object]] = [
        (
            number,
            article.number,
            duty.text,
            c.body(duty.lead),
            c.names(duty.support),
            c.schedule(duty),
            duty.deliverable or t("none"),
        )
        for number, (article, duty) in enumerate(c.duties, 1)
    ]
    grid(doc, [t(f"col.{key}") for key in keys], rows, DUTIES_MM, "ccl" + "llll")
