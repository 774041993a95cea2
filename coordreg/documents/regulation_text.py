"""The regulation's own text as a document (văn bản quy chế): what `coordreg text` renders.

Its context, and how the text is written out: the title under "QUY CHẾ", Markdown
paragraphs that no renderer turns into lists or headings (`coordreg import` reads
them back), and schedules stated without a year.

The text is the one in force on a day (văn bản hợp nhất, a consolidated text): the
regulation as the acts in effect by then left it, with a line under the title naming
those acts, and repealed chapters, articles, clauses and points kept by their
number as "Điều 5. (được bãi bỏ)". Its heading, number, place and date and its
signatures stay those of the regulation as signed: a consolidated text reproduces
the signed regulation with its amendments worked in, and is not a new document of
the bodies that hold the duties today.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property

from coordreg import clock
from coordreg.catalogue.labels import Labels
from coordreg.documents.context import DocumentContext
from coordreg.documents.heading import document_heading, number_phrase, party_signatures
from coordreg.documents.wording import act_citation, legal_date
from coordreg.model import Article, Duty, Regulation, Schedule
from coordreg.model.timeline import Timeline
from coordreg.render import textfmt

# A leap year: the schedule's dates in it are those it states, 29 February included.
_ANY_YEAR = 2000
_TITLE_PREFIX = re.compile(r"quy chế\s+(\S.*)", re.IGNORECASE | re.DOTALL)


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

    On one line (a line break inside a paragraph renders as a space anyway), with
    CommonMark's backslash escapes where the text would otherwise make markup: at its
    start a list item, a heading, a quote, a table row or HTML ("1\\. Text" prints
    "1. Text", never an ordered list renumbered by the renderer), and anywhere
    emphasis, code, a link, an image or HTML (`textfmt.md_text`).
    """
    return textfmt.md_text(text)


def schedule_text(schedule: Schedule, labels: Labels) -> str:
    """A duty's schedule as the regulation states it, in no particular year.

    Thường xuyên; Khi có yêu cầu; 30/6/2022 (one-off); Hằng năm (15/12);
    6 tháng (30/6, 31/12); Hằng quý (25/3, 25/6, 25/9, 25/12); Hằng tháng, ngày 25.
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
    signed: date  # the day it was signed
    # The line under the title naming the acts worked into the text; empty when none
    # had taken effect by the text's day.
    consolidation: str = ""

    @cached_property
    def duties(self) -> list[tuple[Article, Duty]]:
        """Every duty with its article: the appendix."""
        return [(article, duty) for _path, article, duty in self.regulation.duties()]

    @cached_property
    def last_article(self) -> Article | None:
        """The article kept on the page of the signatures."""
        articles = [article for _ci, _ai, _chapter, article in self.regulation.articles()]
        return articles[-1] if articles else None

    @property
    def appendix_ref(self) -> str:
        """ "(Kèm theo Quy chế số ... ngày ... tháng ... năm ... của ...)"."""
        signed = self.signed
        return self.t(
            "text.appendix_ref",
            number=self.number,
            **textfmt.date_words(signed),
            parties=self.party_names,
        )

    def closes(self, part: object) -> bool:
        """Whether `part` (an article, a clause or a point) is the text's last paragraph:
        the one "./." follows."""
        return part is self._last_part

    @cached_property
    def _last_part(self) -> object:
        """The last paragraph of the text proper; None when the last thing printed is a
        repealed chapter's stub."""
        chapters = self.regulation.chapters
        if not chapters or chapters[-1].repealed_by or not chapters[-1].articles:
            return None
        article = chapters[-1].articles[-1]
        if not article.clauses or article.repealed_by:
            return article
        clause = article.clauses[-1]
        return clause.points[-1] if clause.points and not clause.repealed_by else clause

    def md(self, text: str) -> str:
        return md_paragraph(text)

    def schedule(self, duty: Duty) -> str:
        return schedule_text(duty.schedule, self.t)


def regulation_context(
    regulation: Regulation, lang: str = "vi", at: date | None = None
) -> RegulationContext:
    """The regulation itself as a signed document (văn bản quy chế): `coordreg text`.

    The text in force on `at` (default: today, `coordreg.clock.today()`). The
    heading gives the regulation's own number and its place and date of signing;
    the signature blocks name its signatories, as the parties were when it was
    signed. The appendix lists every duty in force with its article.
    """
    labels = Labels(lang)
    day = at if at is not None else clock.today()
    timeline = Timeline(regulation)
    text = timeline.as_of(day)
    signed = regulation.signed
    # The parties as they signed it; a file whose parties all start later (an
    # error `check` reports) is signed by those in force on the day instead.
    signers = timeline.parties_on(signed) or timeline.parties_on(day) or text.parties
    at_signing = timeline.as_of(signed)
    issuer_code = textfmt.issuer_code(at_signing.model_copy(update={"parties": signers}))
    number = regulation.number or f"{textfmt.BLANK}/QCPH-{issuer_code}"
    heading = replace(
        document_heading(at_signing, labels, "QCPH", signed.year, signers),
        number=labels("text.number", number=number),
        place_date=labels(
            "text.place_date",
            place=regulation.place or textfmt.BLANK,
            **textfmt.date_words(signed),
        ),
    )
    return RegulationContext(
        regulation=text,
        t=labels,
        kind=labels("text.kind"),
        # In English the title stays whole: the words taken off would be the data's own.
        title=title_line(text.title) if lang == "vi" else text.title,
        heading=heading,
        signatures=party_signatures(at_signing, named=True, parties=signers),
        issuing=signers,
        number=number,
        signed=signed,
        consolidation=consolidation_line(regulation, day, labels),
    )


def consolidation_line(regulation: Regulation, day: date, labels: Labels) -> str:
    """ "Văn bản hợp nhất đến ngày ...: Quy chế ... được sửa đổi, bổ sung bởi: ...", naming
    the acts in effect on `day`; empty when there are none."""
    acts = [act for act in regulation.acts if act.effective <= day]
    if not acts:
        return ""
    return labels(
        "text.consolidated",
        date=legal_date(day, labels.lang),
        number=number_phrase(regulation, labels.lang),
        signed=legal_date(regulation.signed, labels.lang),
        acts="; ".join(act_citation(act, labels) for act in acts),
    )
