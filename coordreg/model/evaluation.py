"""The yearly evaluation record, `regulations/<id>/evaluations/<YYYY>.yaml`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Annotated, Literal

from pydantic import Discriminator, Field, Tag

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


class PartyResults(StrictModel):
    """The results of a duty each party carries out on its own (`lead: {each: [...]}`),
    one per lead: the parties did not all fare alike. Keyed by the ids in `each`
    (CR613 otherwise, or when one is missing)."""

    by_party: Annotated[dict[Identifier, Result], Field(min_length=1)]


def _form(value: object) -> str:
    """One result, or results by party: a mistake in either gets that form's findings."""
    if isinstance(value, dict):
        return "<by_party>" if "by_party" in value else "<one>"
    return "<by_party>" if isinstance(value, PartyResults) else "<one>"


# A duty's entry in a record: one result, or one per party of an each-party duty. The
# tags are not ids, so coordreg.check.schema drops them from an error's place.
DutyResult = Annotated[
    Annotated[Result, Tag("<one>")] | Annotated[PartyResults, Tag("<by_party>")],
    Discriminator(_form),
]


def results_in(entry: Result | PartyResults | None) -> tuple[tuple[str | None, Result], ...]:
    """Every result of one duty's entry, with the lead it is for (None: for all alike)."""
    if entry is None:
        return ()
    if isinstance(entry, PartyResults):
        return tuple(entry.by_party.items())
    return ((None, entry),)


def result_of(
    entry: Result | PartyResults | None, lead: str, holder: Callable[[str], str] | None = None
) -> Result | None:
    """The result that holds for `lead`: its own, or the one result of the duty.

    With `holder` (a body -> who holds its duties on the year's reference day), a
    result keyed by a body the lead took over from during the year is the lead's.
    """
    if isinstance(entry, PartyResults):
        return keyed_results(entry, (lead,), holder)[0].get(lead)
    return entry


def keyed_results(
    entry: PartyResults, leads: Sequence[str], holder: Callable[[str], str] | None = None
) -> tuple[dict[str, Result], list[str]]:
    """Each lead's result, and the keys that hold for no lead.

    A key is a lead's own id, or (with `holder`) the id of a body that ended during
    the year and whose duties the lead took over: a record kept before a handover
    was recorded names the body that did the work then. The lead's own key wins.
    """
    found = {lead: entry.by_party[lead] for lead in leads if lead in entry.by_party}
    stray: list[str] = []
    for key, result in entry.by_party.items():
        if key in leads:
            continue
        held = holder(key) if holder is not None else key
        if held in leads and held not in found:
            found[held] = result
        else:
            stray.append(key)
    return found, stray


class Evaluation(StrictModel):
    # The file format, as in regulation.yaml: absent means 1. No key of a record needs
    # format 2, but a record may say it beside a regulation of format 2; a newer number
    # than this coordreg reads is CR017.
    format: Annotated[int, Field(ge=1, le=FORMAT_VERSION)] | None = None
    regulation: Identifier
    year: Year
    host: Identifier
    held: IsoDate | None = None
    results: dict[Identifier, DutyResult] = {}
