"""The yearly evaluation record, `regulations/<id>/evaluations/<YYYY>.yaml`."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from coordreg.model.amendments import FORMAT_VERSION
from coordreg.model.common import Identifier, IsoDate, StrictModel, Text, Year

Status = Literal["done", "in_progress", "not_done", "not_applicable"]
STATUSES: tuple[Status, ...] = ("done", "in_progress", "not_done", "not_applicable")


class Evidence(StrictModel):
    """The document that shows a duty's result: its number (số ký hiệu) and date."""

    number: Text | None = None
    date: IsoDate | None = None


class Result(StrictModel):
    status: Status
    note: Text | None = None
    # The day the duty was completed (for `done`), and the document that shows it:
    # filled in by the units in their checklists (`evaluate --from-xlsx`), cited by
    # the review. Optional: a record without them reads as before.
    completed: IsoDate | None = None
    evidence: Evidence | None = None


class Evaluation(StrictModel):
    # The file format, as in regulation.yaml: absent means 1. No key of a record needs
    # format 2, but a record may say it beside a regulation of format 2; a newer number
    # than this coordreg reads is CR017.
    format: Annotated[int, Field(ge=1, le=FORMAT_VERSION)] | None = None
    regulation: Identifier
    year: Year
    host: Identifier
    held: IsoDate | None = None
    results: dict[Identifier, Result] = {}
