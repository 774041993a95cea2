"""What each document receives, as typed objects, and rendering a document as text.

A context holds the document's computed data (`plan`, `review`, the handovers of a
minute), `t` for its words in its language, and the helpers that need the
regulation (names of bodies, dates, deadlines). The Word writer
(`coordreg.documents.docx`) reads its attributes, checked by mypy; a Jinja template
receives the same attributes and methods under the same names
(`as_template_mapping`). So the Markdown, HTML and Word forms say the same thing,
and an office's own templates keep the names documented in docs/documents.md.
The regulation's own text has its context in `coordreg.documents.regulation_text`;
the minute's is built from a transfer by `coordreg.edit.minutes`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from types import MethodType
from typing import Protocol

from coordreg.catalogue.labels import Labels
from coordreg.documents.acts import Amendment
from coordreg.documents.dutywords import duty_place, lead_names, lead_words, with_place
from coordreg.documents.evidence import EvidenceCitations
from coordreg.documents.heading import (
    Heading,
    Signature,
    document_heading,
    number_phrase,
    party_signatures,
)
from coordreg.documents.plan import AnnualPlan, PlanItem, item_names
from coordreg.documents.review import Review
from coordreg.documents.wording import (
    amendment_line,
    archive_lines,
    legal_date,
    with_party,
)
from coordreg.model import Article, Duty, Party, Regulation
from coordreg.model.leads import Lead
from coordreg.render import textfmt
from coordreg.render.chart import completion_svg

TEXT_FORMATS = ("md", "html")


@dataclass(kw_only=True)
class DocumentContext:
    """What every document receives: the regulation, its words, heading and signatures."""

    regulation: Regulation
    t: Labels  # `t(key, **values)`: the document's words in its language
    kind: str  # "KẾ HOẠCH", "BÁO CÁO", ...: the line above the title
    title: str
    heading: Heading
    signatures: list[Signature]
    # The parties that issue and sign the document, when not every party of
    # `regulation`: those in force on the document's day (a projection keeps every
    # body it ever had, so that names of the past resolve).
    issuing: Sequence[Party] | None = None

    @property
    def lang(self) -> str:
        return self.t.lang

    @cached_property
    def _signing(self) -> Regulation:
        """The regulation with only the issuing parties: what the phrases about the
        parties (their symbols, "hai bên", their names, their offices) are made of."""
        if self.issuing is None:
            return self.regulation
        return self.regulation.model_copy(update={"parties": list(self.issuing)})

    @property
    def blank(self) -> str:
        """The dots left for what is written in by hand when the document is signed."""
        return textfmt.BLANK

    @cached_property
    def issuers(self) -> str:
        """The issuing parties' symbols, as in a document number: BCA-BTTTT."""
        return textfmt.issuer_code(self._signing)

    @cached_property
    def reg_number(self) -> str:
        """ " số 01/QCPH-BCA-BTTTT", to follow the regulation's title; empty without one."""
        return number_phrase(self.regulation, self.lang)

    @cached_property
    def parties(self) -> str:
        """ "hai bên" or "các bên": the parties as the text refers to them."""
        return textfmt.parties_phrase(self._signing, self.t)

    @cached_property
    def party_names(self) -> str:
        return textfmt.join_names((p.name for p in self._signing.parties), self.t)

    @cached_property
    def offices(self) -> str:
        """The parties' standing offices (cơ quan thường trực), joined; a party that
        declares none (the key is optional) is its own standing body."""
        parties = self._signing.parties
        offices = [self.name(p.standing_office) if p.standing_office else p.name for p in parties]
        return textfmt.join_names(offices, self.t)

    @cached_property
    def archive_lines(self) -> list[str]:
        """ "Lưu: VT, <drafting unit>." for each party (`wording.archive_lines`)."""
        return archive_lines(self._signing.parties, self.name, self.t)

    @cached_property
    def name(self) -> Callable[[str], str]:
        """`name(id)`: the name of a party or unit (KeyError for an id it does not have)."""
        return self.regulation.bodies().__getitem__

    def body(self, body: Lead, names: Mapping[str, str] | None = None) -> str:
        """A body's name for a table cell: a unit with its party when the document has
        several parties and the unit's name does not say whose it is. Given a joint or
        each-party lead, every body's name and how they lead ("(đồng chủ trì)")."""
        if not isinstance(body, str):
            return lead_words(body, lambda one: self.body(one, names), self.t)
        regulation = self.regulation
        party = regulation.party_of().get(body)
        name = (names or regulation.bodies())[body]
        if party is None:
            return name
        owner = next(p for p in regulation.parties if p.id == party)
        return with_party(name, owner, len(self._signing.parties) > 1)

    def names(self, bodies: Iterable[str]) -> str:
        """Several bodies' names for a table cell ("; " between them), as `body` gives them."""
        return textfmt.list_names((self.body(body) for body in bodies), self.t)

    def date(self, day: dt.date) -> str:
        """A date in the document's sentences, as Nghị định 30 writes it: 15/12/2026,
        01/3/2025, 28/02/2025 in a Vietnamese document; 2026-12-15 in an English one."""
        return legal_date(day, self.lang)

    def date_iso(self, text: str) -> str:
        """A date written as YYYY-MM-DD, as `date` prints it."""
        return legal_date(dt.date.fromisoformat(text), self.lang)

    # The same rule under the name a template may know it by, like the filter.
    legal_date = date

    def end(self, text: str) -> str:
        """The document's last sentence, with "./." after it."""
        return textfmt.end_mark(text)

    def percent(self, rate: float | None) -> str:
        return textfmt.percent(rate, self.lang)

    def as_template_mapping(self) -> dict[str, object]:
        """Every public attribute and method by its name: what a template receives.

        A method is given as a plain function calling it (`date(d)`, `names(ids)`),
        so that a template holds functions, as it always has, and never the context
        itself as a method's `__self__`. Names starting with `_` stay out, as the
        sandbox would refuse them anyway.
        """
        mapping: dict[str, object] = {}
        for attribute in dir(self):
            if attribute.startswith("_") or attribute == "as_template_mapping":
                continue
            value = getattr(self, attribute)
            mapping[attribute] = _function(value) if isinstance(value, MethodType) else value
        return mapping


def _function(method: Callable[..., object]) -> Callable[..., object]:
    """A plain function calling `method`."""

    def call(*args: object, **kwargs: object) -> object:
        return method(*args, **kwargs)

    return call


# --- The annual plan and the five-year review ------------------------------------------


@dataclass(kw_only=True)
class PlanContext(DocumentContext):
    plan: AnnualPlan

    def when(self, item: PlanItem) -> str:
        """A task's deadline: its dates this year, the part of the year its version
        covers when not the whole ("đến 28/02/2025"), and "carried over from" last year."""
        plan, duty = self.plan, item.duty
        if item.carried_over and not item.due and duty.schedule.is_dated:
            text = self.t("during_year", year=plan.year)
        else:
            text = textfmt.when(duty.schedule, item.due, self.t)
        stretch = self.stretch(item)
        if stretch:
            text = self.t("plan.with_stretch", when=text, stretch=stretch)
        if item.carried_over:
            text += f" ({self.t('carried_over', year=plan.year - 1)})"
        return text

    def stretch(self, item: PlanItem) -> str:
        """ "từ 01/3/2025", "đến 28/02/2025", both, or "" for a task of the whole year."""
        first, last = item.first, item.last
        if first is not None and last is not None:
            return self.t("plan.between", first=self.date(first), last=self.date(last))
        if first is not None:
            return self.t("plan.from", date=self.legal_date(first))
        if last is not None:
            return self.t("plan.until", date=self.legal_date(last))
        return ""

    def lead(self, item: PlanItem) -> str:
        """The name of the task's lead body, as it was named in the task's version; a
        joint or each-party lead names them all, and says how ("(đồng chủ trì)")."""
        names = item_names(self.plan, item)
        return lead_names(item.duty, lambda body: self.body(body, names), self.t)

    def support(self, item: PlanItem) -> str:
        """The task's supporting bodies for a table cell ("; " between them)."""
        names = item_names(self.plan, item)
        return textfmt.list_names((self.body(b, names) for b in item.duty.support), self.t)

    @property
    def tasks_intro(self) -> str:
        """How many tasks the plan lists; with tasks carried over from last year that do
        not fall this year, how many are the year's own (the review's count for the year)."""
        plan, count = self.plan, len(self.plan.items)
        carried = sum(not item.in_year for item in plan.items)
        if not carried:
            return self.t("plan.tasks_intro", year=plan.year, count=count)
        return self.t(
            "plan.tasks_intro_carried",
            year=plan.year,
            count=count,
            own=count - carried,
            carried=carried,
            previous=plan.year - 1,
        )

    @property
    def appendix_ref(self) -> str:
        """ "(Kèm theo Kế hoạch số ……/KH-... ngày …… tháng …… năm ... của ...)"."""
        return self.t(
            "plan.appendix_ref",
            blank=self.blank,
            code="KH",
            issuers=self.issuers,
            year=self.plan.year,
            parties=self.party_names,
        )

    def task_line(self, item: PlanItem) -> str:
        """ "Lead: X. Due: Y." -- without the lead when the duty's text opens with it
        ("Cục A chủ trì, ..."): after a handover the text may name the new lead further
        on, as the partner it used to be."""
        first = item_names(self.plan, item)[item.duty.leads[0]]
        if item.duty.lead_mode == "one" and item.duty.text.startswith(first):
            line = self.t("plan.due_line", when=self.when(item))
        else:
            line = self.t("plan.task_line", lead=self.lead(item), when=self.when(item))
        return with_place(line, item.article, item.duty, self.t)


def plan_context(plan: AnnualPlan, lang: str = "vi") -> PlanContext:
    """The plan's context: headed and signed by the parties in force on its day."""
    labels = Labels(lang)
    parties = plan.issuing
    return PlanContext(
        regulation=plan.regulation,
        t=labels,
        kind=labels("plan.kind"),
        title=labels("plan.title", title=plan.regulation.title, year=plan.year),
        heading=document_heading(plan.regulation, labels, "KH", plan.year, parties),
        signatures=party_signatures(plan.regulation, parties=parties),
        issuing=parties,
        plan=plan,
    )


ChartBar = tuple[str, float | None, str]  # year, rate, the label printed beside the bar


@dataclass(kw_only=True)
class ReviewContext(DocumentContext, EvidenceCitations):
    review: Review

    def bar(self, rate: float | None) -> str:
        """The Markdown form's chart: a bar of 20 blocks, filled to the rate."""
        filled = round((rate or 0) * 20)
        return "█" * filled + "░" * (20 - filled)

    def place(self, article: Article, duty: Duty) -> str:
        """Where a duty stands: "Điều 6", or its clause and point when it names them."""
        return duty_place(article, duty, self.t)

    def amendment(self, amendment: Amendment) -> str:
        """An act of the period and what it changed, as one line of the report."""
        return amendment_line(amendment, self.review.amendments or (), self.t)

    @property
    def closing_sentence(self) -> str:
        """ "Trên đây là báo cáo sơ kết 5 năm thực hiện ... (giai đoạn 2022 - 2026)."."""
        return self.t("review.closing", what=self.title[:1].lower() + self.title[1:])

    @cached_property
    def chart_bars(self) -> list[ChartBar]:
        """The completion chart's bars, one a year; a year without a record says so."""
        return [
            (
                str(figures.year),
                figures.rate,
                self.percent(figures.rate) if figures.record else self.t("missing_record"),
            )
            for figures in self.review.years
        ]

    @cached_property
    def chart_svg(self) -> str:
        return completion_svg(self.t("review.chart_title"), self.chart_bars)


def review_context(review: Review, lang: str = "vi") -> ReviewContext:
    """The report's context: headed and signed by the parties in force at the period's end."""
    labels = Labels(lang)
    parties = review.issuing
    key = "review.title_interim" if review.interim else "review.title"
    years = review.end - review.start + 1
    return ReviewContext(
        regulation=review.regulation,
        t=labels,
        kind=labels("review.kind"),
        title=labels(
            key, years=years, title=review.regulation.title, start=review.start, end=review.end
        ),
        heading=document_heading(review.regulation, labels, "BC", review.end, parties),
        signatures=party_signatures(review.regulation, parties=parties),
        issuing=parties,
        review=review,
    )


# --- The handover minute (built by coordreg.edit.minutes from a transfer) ---------------


class HandedOver(Protocol):
    """What the minute reads of one duty handed over (`coordreg.edit.transfer.Handover`)."""

    @property
    def regulation(self) -> Regulation: ...
    @property
    def article(self) -> Article: ...
    @property
    def duty(self) -> Duty: ...
    @property
    def role(self) -> str: ...  # "lead" or "support"
    @property
    def lapses(self) -> bool: ...  # a supporting role that ends: the new body takes part


@dataclass(kw_only=True)
class MinutesContext(DocumentContext):
    source_name: str
    target_name: str
    source_label: str  # the body with its party: "Cục An toàn thông tin (Bộ ...)"
    target_label: str
    bases: list[str]  # "Căn cứ ...": one line per regulation the duties come from
    effective: dt.date | None
    handovers: Sequence[HandedOver]
    year: int
    place: str

    @property
    def many_regulations(self) -> bool:
        """Whether the duties come from more than one regulation: the table then names each's."""
        return len({h.regulation.id for h in self.handovers}) > 1

    def role(self, handover: HandedOver) -> str:
        if handover.lapses:
            return self.t("role.support_lapses")
        return self.t(f"role.{handover.role}")

    def schedule(self, handover: HandedOver) -> str:
        """A handed-over duty's schedule: its dates in the year of the handover, a
        one-off duty's own date even when that year has passed."""
        schedule = handover.duty.schedule
        if schedule.kind == "once" and schedule.on is not None:
            return textfmt.legal_date(schedule.on, self.lang)
        due = handover.regulation.due_dates(handover.duty, self.year)
        return textfmt.when(schedule, due, self.t)
