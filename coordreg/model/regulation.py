"""The regulation file, `regulations/<id>/regulation.yaml`.

Field names are a contract (tests, templates and users' files depend on them):
add fields, never rename. docs/format.md documents every field.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Annotated

from pydantic import Field

from coordreg.model.amendments import (
    Act,
    EarlierArticle,
    EarlierChapter,
    EarlierClause,
    EarlierDuty,
    EarlierEvaluation,
    EarlierParty,
    EarlierPoint,
    EarlierUnit,
)
from coordreg.model.common import Identifier, IsoDate, Signatory, StrictModel, Text, Year
from coordreg.model.decision import Decision
from coordreg.model.leads import Lead, LeadMode, leads_of, mode_of
from coordreg.model.marks import Secrecy, Urgency
from coordreg.model.schedule import ScheduleField

# One successor, or several when a body's functions are split among them (the
# Ministry of Information and Communications in 2025); the first takes the ended
# party's turn in the evaluation rotation.
Successors = Identifier | Annotated[list[Identifier], Field(min_length=1)]


def successors_of(succeeded_by: str | list[str] | None) -> tuple[str, ...]:
    """`succeeded_by` as a tuple, whether it names one body, several or none."""
    if succeeded_by is None:
        return ()
    return (succeeded_by,) if isinstance(succeeded_by, str) else tuple(succeeded_by)


class Unit(StrictModel):
    id: Identifier
    name: Text
    # Its abbreviation in the symbol of a document it issues (a handover minute):
    # "ATTT" in "Số: .../BB-ATTT-A05". Without it, the id in capitals.
    symbol: Text | None = None
    # A body created, or brought into the regulation, later: its first day.
    since: IsoDate | None = None
    # A body that is dissolved, merged or stripped of the function ends: its last
    # day in this regulation, and who takes over its duties from the next day.
    until: IsoDate | None = None
    succeeded_by: Successors | None = None
    before: list[EarlierUnit] = []

    @property
    def successors(self) -> tuple[str, ...]:
        return successors_of(self.succeeded_by)


class Party(StrictModel):
    id: Identifier
    name: Text
    short_name: Text | None = None
    # The abbreviation in document symbols ("Số: 01/KH-BCA-BTTTT"), which is not
    # always the short name ("UBND" for "UBND tỉnh", "STTTT" for "Sở TT&TT").
    symbol: Text | None = None
    units: list[Unit] = []
    standing_office: Identifier | None = None
    # The body it stands under in a heading (cơ quan chủ quản, Nghị định 30): the
    # provincial People's Committee over a Sở. Printed in plain capitals above it.
    parent: Text | None = None
    signatory: Signatory | None = None
    since: IsoDate | None = None
    until: IsoDate | None = None
    succeeded_by: Successors | None = None
    before: list[EarlierParty] = []

    @property
    def successors(self) -> tuple[str, ...]:
        return successors_of(self.succeeded_by)


class EvaluationSettings(StrictModel):
    rotation: Annotated[list[Identifier], Field(min_length=1)]
    first_year: Year
    review_every: Annotated[int, Field(ge=1, le=50)] = 5
    before: list[EarlierEvaluation] = []


class Point(StrictModel):
    label: Text
    text: Text
    added_by: Identifier | None = None
    repealed_by: Identifier | None = None
    before: list[EarlierPoint] = []


class Clause(StrictModel):
    number: int
    text: Text
    points: list[Point] = []
    added_by: Identifier | None = None
    repealed_by: Identifier | None = None
    before: list[EarlierClause] = []


class Duty(StrictModel):
    id: Identifier
    # The clause (and point) of its article the duty comes from, when the text says
    # it there ("khoản 2", "điểm a khoản 2"): cited instead of the whole article
    # (CR311 when the article has no such clause or point).
    clause: Annotated[int, Field(ge=1)] | None = None
    point: Text | None = None
    text: Text
    # One body, or several jointly or each on its own (coordreg.model.leads).
    lead: Lead
    support: list[Identifier] = []
    schedule: ScheduleField
    deliverable: Text | None = None
    # Why a person must look at this duty before it is relied on: `coordreg
    # import` sets it on every duty it finds in a text (CR702 until removed).
    review: Text | None = None
    added_by: Identifier | None = None
    repealed_by: Identifier | None = None
    before: list[EarlierDuty] = []

    @property
    def leads(self) -> tuple[str, ...]:
        """The bodies that lead the duty, in the file's order."""
        return leads_of(self.lead)

    @property
    def lead_mode(self) -> LeadMode:
        return mode_of(self.lead)


class Article(StrictModel):
    id: Identifier | None = None
    number: int
    title: Text
    text: Text | None = None
    clauses: list[Clause] = []
    duties: list[Duty] = []
    added_by: Identifier | None = None
    repealed_by: Identifier | None = None
    before: list[EarlierArticle] = []


class Chapter(StrictModel):
    id: Identifier | None = None
    number: Text
    title: Text
    # Why a person must look at this chapter: `coordreg import` sets it on the chapter
    # that holds the place of a text's missing articles, and on the first chapter of
    # a text whose articles had lost their "Điều" headings (CR704 until removed).
    review: Text | None = None
    articles: list[Article] = []
    added_by: Identifier | None = None
    repealed_by: Identifier | None = None
    before: list[EarlierChapter] = []


class Unplaced(StrictModel):
    """Text of the source that `coordreg import` could not place: kept, never dropped."""

    line: Annotated[int, Field(ge=1)]
    text: Text


class Regulation(StrictModel):
    # The file format: absent in files written before acts and earlier values
    # existed (format 1); a newer number than this coordreg reads is CR017.
    format: Annotated[int, Field(ge=1, le=2)] | None = None
    id: Identifier
    number: Text | None = None
    title: Text
    signed: IsoDate
    effective: IsoDate
    until: IsoDate | None = None
    place: Text | None = None
    # Marks of secrecy and urgency that every document made from it carries
    # (coordreg.model.marks); a document may be given its own on the command line.
    secrecy: Secrecy | None = None
    urgency: Urgency | None = None
    # The "Căn cứ ..." lines of the preamble, one item each, and the sentence
    # that enacts the regulation ("... ban hành Quy chế phối hợp ...").
    legal_bases: list[Text] = []
    enacting: Text | None = None
    # The decision that issued the regulation, when one did ("ban hành kèm theo").
    decision: Decision | None = None
    # The acts that amended the regulation or moved its duties, oldest first.
    acts: list[Act] = []
    parties: Annotated[list[Party], Field(min_length=2)]
    evaluation: EvaluationSettings
    chapters: Annotated[list[Chapter], Field(min_length=1)]
    # What `coordreg import` found in the source but could not place (CR703 until
    # the secretariat places or deletes it), with its line in the source.
    unplaced: list[Unplaced] = []

    def articles(self) -> Iterator[tuple[int, int, Chapter, Article]]:
        """Every article with its chapter, and their indexes in the file."""
        for ci, chapter in enumerate(self.chapters):
            for ai, article in enumerate(chapter.articles):
                yield ci, ai, chapter, article

    def duties(self) -> Iterator[tuple[tuple[str | int, ...], Article, Duty]]:
        """Every duty with its article and its path in the file."""
        for ci, ai, _chapter, article in self.articles():
            for di, duty in enumerate(article.duties):
                yield ("chapters", ci, "articles", ai, "duties", di), article, duty

    def bodies(self) -> dict[str, str]:
        """Every party and unit id, mapped to its name."""
        names: dict[str, str] = {}
        for party in self.parties:
            names[party.id] = party.name
            for unit in party.units:
                names[unit.id] = unit.name
        return names

    def party_of(self) -> dict[str, str]:
        """Every party and unit id, mapped to the id of the party it belongs to."""
        owners: dict[str, str] = {}
        for party in self.parties:
            owners[party.id] = party.id
            for unit in party.units:
                owners[unit.id] = party.id
        return owners

    def due_dates(self, duty: Duty, year: int) -> list[date]:
        """The dates in `year` on which `duty` falls due while the regulation is in force.

        A regulation that takes effect on 1 July owes nothing for the first
        quarter of that year, and one that ends on 31 August nothing after it.
        """
        last = self.until or date.max
        return [day for day in duty.schedule.due_dates(year) if self.effective <= day <= last]

    def duties_due(self, year: int) -> Iterator[tuple[Article, Duty, list[date]]]:
        """The duties that fall due in `year`, with their dates that year.

        Continuous and on-request duties belong to every year the regulation
        is in force, with no dates; one-off duties only to the year of their date.
        """
        for _path, article, duty in self.duties():
            dates = self.due_dates(duty, year)
            if dates or not duty.schedule.is_dated:
                yield article, duty, dates

    def last_year(self) -> int | None:
        """The last year the regulation is in force, None when open-ended."""
        return self.until.year if self.until is not None else None

    def body_ends(self) -> dict[str, tuple[date, str | None]]:
        """The last day of every body that ends, with the party that ends it when not itself.

        A unit ends on its own `until` or on its party's, whichever is earlier; the
        second element is the party's id when the party's date is the one that counts.
        """
        ends: dict[str, tuple[date, str | None]] = {}
        for party in self.parties:
            if party.until is not None:
                ends[party.id] = (party.until, None)
            for unit in party.units:
                if party.until is not None and (unit.until is None or party.until < unit.until):
                    ends[unit.id] = (party.until, party.id)
                elif unit.until is not None:
                    ends[unit.id] = (unit.until, None)
        return ends

    def in_force_on(self, day: date) -> bool:
        """Whether `day` falls in the regulation's life, `effective` to `until`."""
        return self.effective <= day and (self.until is None or day <= self.until)

    def host_for(self, year: int) -> str:
        """The party that hosts the evaluation of `year`: the rotation repeats."""
        rotation = self.evaluation.rotation
        return rotation[(year - self.evaluation.first_year) % len(rotation)]
