"""The checklist of a year (phiếu đánh giá): the rows each party or unit fills in.

Each year the standing office collects from every party (or unit) what it did
about its duties. The checklist lists, per party or unit, the duties of year Y
it leads or supports: those that belong to Y under the regulation as in force
then (`Timeline.year_duties`), each with its text and holders on its reference
day (the body that held it then, not today's), and those that Y-1's record left
unfinished, carried over. `coordreg.documents.checklist_xlsx` writes it as a
workbook; `coordreg.edit.checklist_cells` reads the workbook back.

Each row carries a fingerprint of its duty (id and text): the hidden sheet keeps
it, so that reading back can tell a row whose locked text was edited.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from coordreg.catalogue.labels import Labels
from coordreg.check.dossier import Dossier
from coordreg.documents.dutywords import lead_names
from coordreg.documents.plan import CARRIED_STATUSES, check_year, plan_day
from coordreg.errors import UsageError
from coordreg.model import Duty, Party, Regulation, Status, Unit, results_in
from coordreg.render.textfmt import list_names, when

# Characters Excel refuses in a sheet name, and its longest name.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_SHEET_LENGTH = 31


def fingerprint(duty_id: str, text: str) -> str:
    """A short digest of a duty's id and text (in NFC), as the hidden sheet keeps it."""
    data = f"{duty_id}\n{unicodedata.normalize('NFC', text)}".encode()
    return hashlib.sha256(data).hexdigest()[:16]


@dataclass(frozen=True)
class ChecklistRow:
    """One duty of the year as a unit sees it: locked columns, and who holds it."""

    duty_id: str
    text: str
    article: int
    lead: str  # the name of the lead body on the duty's reference day
    support: str  # the names of the supporting bodies, "; " between them
    due: str  # the dates (or "Thường xuyên") as the plan gives them
    carried: Status | None  # last year's status, when carried over
    holders: frozenset[str]  # the ids of the bodies that lead or support it

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.duty_id, self.text)


@dataclass(frozen=True)
class ChecklistSheet:
    body: str  # the party or unit id
    name: str  # its full name, for the print title
    title: str  # the sheet's name in the workbook
    rows: tuple[ChecklistRow, ...]


@dataclass(frozen=True)
class Checklist:
    regulation: Regulation  # as in force on the year's first day
    year: int
    sheets: tuple[ChecklistSheet, ...]


def year_rows(dossier: Dossier, year: int, labels: Labels) -> list[ChecklistRow]:
    """Every duty of `year` (due, or carried over), in the order of the regulation."""
    timeline = dossier.timeline
    previous = dossier.evaluations.get(year - 1)
    carried: dict[str, Status] = {
        duty_id: unfinished[0]
        for duty_id, entry in (previous.results.items() if previous else ())
        # An each-party duty is carried over while any party left it unfinished.
        if (unfinished := [r.status for _p, r in results_in(entry) if r.status in CARRIED_STATUSES])
    }
    rows: list[ChecklistRow] = []
    for year_duty in timeline.year_duties(year):
        then = timeline.as_of(year_duty.reference_day)
        duty, number = year_duty.duty, year_duty.article.number
        due = when(duty.schedule, year_duty.due, labels)
        rows.append(_row(then, duty, number, due, carried.pop(duty.id, None), labels))
    today = timeline.as_of(plan_day(dossier.regulation, year))
    for _path, article, duty in today.duties():
        if duty.id in carried:  # left unfinished, not due again this year
            rows.append(_row(today, duty, article.number, labels("none"), carried[duty.id], labels))
    order = {duty.id: i for i, (_p, _a, duty) in enumerate(dossier.regulation.duties())}
    rows.sort(key=lambda row: order.get(row.duty_id, len(order)))
    return rows


def _row(
    then: Regulation, duty: Duty, article: int, due: str, carried: Status | None, labels: Labels
) -> ChecklistRow:
    """A duty's row, its holders named as they were in `then`."""
    names = then.bodies()
    return ChecklistRow(
        duty_id=duty.id,
        text=unicodedata.normalize("NFC", duty.text),
        article=article,
        lead=lead_names(duty, lambda body: names.get(body, body), labels),
        support=list_names((names.get(body, body) for body in duty.support), labels),
        due=due,
        carried=carried,
        holders=frozenset((*duty.leads, *duty.support)),
    )


def build_checklist(
    dossier: Dossier,
    year: int,
    *,
    party: str | None = None,
    unit: str | None = None,
    lang: str = "vi",
) -> Checklist:
    """The checklist of `year`: one sheet per party (default), or one for `party` or `unit`.

    A party's sheet holds the duties it or one of its units leads or supports;
    a unit's, those the unit itself leads or supports. By default a party with no
    duty that year (one that ended before it, say) gets no sheet.
    """
    regulation = dossier.regulation
    check_year(regulation, year)
    labels = Labels(lang)
    rows = year_rows(dossier, year, labels)
    day = plan_day(regulation, year)
    today = dossier.timeline.as_of(day)
    sheets: list[ChecklistSheet] = []
    if unit is not None:
        found = next((u for p in today.parties for u in p.units if u.id == unit), None)
        if found is None or not _in_year(found, year):
            raise UsageError("checklist_no_unit", body=unit, year=year)
        sheets.append(_sheet(unit, found.name, found.name, rows, {unit}))
    else:
        for each in today.parties:
            if party is not None and (each.id != party or not _in_year(each, year)):
                continue
            ids = {each.id, *(u.id for u in each.units)}
            mine = [row for row in rows if row.holders & ids]
            if party is None and not mine:
                continue  # a party with nothing to report that year gets no sheet
            title = each.short_name or each.symbol or each.id.upper()
            sheets.append(_sheet(each.id, each.name, title, rows, ids))
        if party is not None and not sheets:
            raise UsageError("checklist_no_party", body=party, year=year)
    return Checklist(today, year, tuple(_unique_titles(sheets)))


def _in_year(body: Party | Unit, year: int) -> bool:
    """Whether the body is in force some day of `year`."""
    return (body.since is None or body.since.year <= year) and (
        body.until is None or body.until.year >= year
    )


def _sheet(
    body: str, name: str, title: str, rows: Iterable[ChecklistRow], ids: set[str]
) -> ChecklistSheet:
    return ChecklistSheet(body, name, title, tuple(row for row in rows if row.holders & ids))


def _unique_titles(sheets: list[ChecklistSheet]) -> list[ChecklistSheet]:
    """Sheet names Excel accepts: no []:*?/\\, at most 31 characters, each once."""
    seen: set[str] = set()
    result = []
    for sheet in sheets:
        base = _SHEET_FORBIDDEN.sub("-", sheet.title).strip("'") or sheet.body
        title = base[:_SHEET_LENGTH]
        counter = 2
        while title.casefold() in seen or title.casefold() == "coordreg":
            suffix = f" ({counter})"
            title = base[: _SHEET_LENGTH - len(suffix)] + suffix
            counter += 1
        seen.add(title.casefold())
        result.append(ChecklistSheet(sheet.body, sheet.name, title, sheet.rows))
    return result
