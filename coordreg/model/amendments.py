"""The acts that change a regulation, and the earlier values an element keeps.

A regulation lives for years: it is amended by signed documents (văn bản sửa
đổi, bổ sung), and bodies hand their functions over (bàn giao) or are reorganised
by decree. The file holds the regulation as it stands after every recorded act,
lists the acts once under `acts`, and keeps beside each element that changed its
earlier values (`before`), each under the act that changed them. A question about
a date is answered from the regulation as in force that day
(`coordreg.model.timeline`), so the past stays as it was.

An entry of `before` names only the fields that changed. A field given as null
(`deliverable: null`) says there was none; a field left out did not change.
`Earlier.changed()` tells the two apart.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Annotated, Literal

from pydantic import Field

from coordreg.model.common import Identifier, IsoDate, Signatory, StrictModel, Text
from coordreg.model.leads import Lead
from coordreg.model.schedule import ScheduleField

ActKind = Literal["amendment", "handover", "reorganisation"]
ACT_KINDS: tuple[ActKind, ...] = ("amendment", "handover", "reorganisation")
# The format this coordreg writes when a file uses acts or earlier values; files
# without `format` are format 1, which has neither.
FORMAT_VERSION = 2


class Act(StrictModel):
    """A legal act that changed the regulation, as its document says.

    `kind`: an amendment (a decision or regulation "sửa đổi, bổ sung"), a handover
    of duties from one body to another (biên bản bàn giao), or a reorganisation (a
    decree that merges bodies or moves functions). Every change the act makes
    takes effect on `effective`; `signed` and `number` are left out when there is
    no document (a handover agreed in a meeting). `basis` names the act that
    decided this one: the decree behind a handover.
    """

    id: Identifier
    kind: ActKind = "amendment"
    number: Text | None = None
    title: Text
    issuer: Text | None = None
    signed: IsoDate | None = None
    effective: IsoDate
    basis: Identifier | None = None
    note: Text | None = None


class Earlier(StrictModel):
    """Base of a `before` entry: the act that changed an element, and nothing else yet."""

    act: Identifier

    def changed(self) -> Mapping[str, object]:
        """The fields this entry gives, with their earlier values (null included)."""
        return {name: getattr(self, name) for name in self.model_fields_set if name != "act"}


# A list field given as null in a `before` entry means the list was empty.
LIST_FIELDS = frozenset({"support", "clauses", "points", "rotation"})


class EarlierPointValue(StrictModel):
    """A point as it read before an act: label and text only."""

    label: Text
    text: Text


class EarlierClauseValue(StrictModel):
    """A clause as it read before an act: number, text and points only (the act replaced
    the article's clauses as a whole)."""

    number: int
    text: Text
    points: list[EarlierPointValue] = []


class EarlierPoint(Earlier):
    label: Text | None = None
    text: Text | None = None


class EarlierClause(Earlier):
    number: int | None = None
    text: Text | None = None
    # The points as they were: the act replaced the whole list.
    points: list[EarlierPointValue] | None = None


class EarlierArticle(Earlier):
    number: int | None = None
    title: Text | None = None
    text: Text | None = None
    clauses: list[EarlierClauseValue] | None = None


class EarlierChapter(Earlier):
    number: Text | None = None
    title: Text | None = None


class EarlierDuty(Earlier):
    text: Text | None = None
    lead: Lead | None = None
    support: list[Identifier] | None = None
    schedule: ScheduleField | None = None
    deliverable: Text | None = None


class EarlierParty(Earlier):
    name: Text | None = None
    short_name: Text | None = None
    symbol: Text | None = None
    standing_office: Identifier | None = None
    signatory: Signatory | None = None


class EarlierUnit(Earlier):
    name: Text | None = None


class EarlierEvaluation(Earlier):
    rotation: Annotated[list[Identifier], Field(min_length=1)] | None = None
    review_every: Annotated[int, Field(ge=1, le=50)] | None = None
