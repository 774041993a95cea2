"""The regulation's own text as a document (văn bản quy chế): what `coordreg text` renders.

Its context, and how the text is written out: the title under "QUY CHẾ", Markdown
paragraphs that no renderer turns into lists or headings (`coordreg import` reads
them back), and schedules stated without a year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property

from coordreg.catalogue.labels import Labels
from coordreg.documents.context import DocumentContext, document_heading, party_signatures
from coordreg.model import Article, Duty, Regulation, Schedule
from coordreg.render import textfmt

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


@dataclass(kw_only=True)
class RegulationContext(DocumentContext):
    number: str  # the regulation's number, or the blank one it will be given

    @cached_property
    def duties(self) -> list[tuple[Article, Duty]]:
        """Every duty with its article: the appendix."""
        return [(article, duty) for _path, article, duty in self.regulation.duties()]

    @cached_property
    def last_article(self) -> Article | None:
        """The article kept on the page of the signatures."""
        articles = [article for _ci, _ai, _chapter, article in self.regulation.articles()]
        return articles[-1] if articles else None

    def md(self, text: str) -> str:
        return md_paragraph(text)

    def schedule(self, duty: Duty) -> str:
        return schedule_text(duty.schedule, self.t)


def regulation_context(regulation: Regulation, lang: str = "vi") -> RegulationContext:
    """The regulation itself as a signed document (văn bản quy chế): `coordreg text`.

    The heading gives the regulation's own number and its place and date of
    signing; the signature blocks name its signatories. The appendix lists every
    duty with its article.
    """
    labels = Labels(lang)
    signed = regulation.signed
    number = regulation.number or f"{textfmt.BLANK}/QCPH-{textfmt.issuer_code(regulation)}"
    heading = replace(
        document_heading(regulation, labels, "QCPH", signed.year),
        number=labels("text.number", number=number),
        place_date=labels(
            "text.place_date",
            place=regulation.place or textfmt.BLANK,
            day=f"{signed.day:02d}",
            month=f"{signed.month:02d}",
            year=signed.year,
            date=textfmt.short_date(signed, lang),
        ),
    )
    return RegulationContext(
        regulation=regulation,
        t=labels,
        kind=labels("text.kind"),
        # In English the title stays whole: the words taken off would be the data's own.
        title=title_line(regulation.title) if lang == "vi" else regulation.title,
        heading=heading,
        signatures=party_signatures(regulation, named=True),
        number=number,
    )
