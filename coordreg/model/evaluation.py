"""The yearly evaluation record, `regulations/<id>/evaluations/<YYYY>.yaml`."""

from __future__ import annotations

from typing import Literal

from coordreg.model.common import Identifier, IsoDate, StrictModel, Text, Year

Status = Literal["done", "in_progress", "not_done", "not_applicable"]
STATUSES: tuple[Status, ...] = ("done", "in_progress", "not_done", "not_applicable")


class Result(StrictModel):
    status: Status
    note: Text | None = None


class Evaluation(StrictModel):
    regulation: Identifier
    year: Year
    host: Identifier
    held: IsoDate | None = None
    results: dict[Identifier, Result] = {}
