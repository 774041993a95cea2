"""The checklist as an Excel workbook (`coordreg evaluate --xlsx`), for the units to fill in.

One sheet per party or unit: the duty columns locked (the sheet is protected,
without a password: the secretariat can lift it), the input columns open, a
dropdown of the four statuses in Vietnamese, date cells that Excel checks
against the year, a frozen header row, the column widths and wrapping of a
printed form, A4 landscape fitted to the page width, Times New Roman 13 (the
title 14), as Nghị định 30/2020/NĐ-CP sets for administrative documents.

A hidden sheet, `coordreg`, says what the workbook is: the regulation, the
year, the coordreg version, and for each duty row its sheet, row, duty id and
fingerprint. Reading back (`coordreg.edit.checklist_cells`) relies on it, and
on nothing else in the layout, so the layout is free to change.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.header_footer import HeaderFooterItem
from openpyxl.worksheet.worksheet import Worksheet

from coordreg.catalogue.labels import Labels
from coordreg.documents.checklist import Checklist, ChecklistRow, ChecklistSheet
from coordreg.model import STATUSES, Status
from coordreg.version import __version__

METADATA_SHEET = "coordreg"
# The hidden sheet: key/value lines, then one line per duty row from this row on.
METADATA_ROWS_FROM = 7
METADATA_FORMAT = 1
FONT_NAME = "Times New Roman"
FONT_SIZE = 13
TITLE_SIZE = 14
# The height of a line of Times New Roman 13, in points.
LINE_POINTS = 16.5
# Characters of Vietnamese text in Times New Roman 13 per unit of column width.
CHARACTERS_PER_WIDTH = 1.2
DATE_FORMAT = "dd/mm/yyyy"
# Nghị định 30: left 30-35 mm, right 15-20 mm, top and bottom 20-25 mm (in inches).
_MM = 1 / 25.4
MARGINS = {"left": 30 * _MM, "right": 15 * _MM, "top": 25 * _MM, "bottom": 20 * _MM}


@dataclass(frozen=True)
class Column:
    key: str  # the label `checklist.col.<key>`
    width: float  # in characters of the default font
    locked: bool
    centred: bool = False


# The order is the sheet's; `coordreg.edit.checklist_cells` finds the input columns by key.
COLUMNS: tuple[Column, ...] = (
    Column("number", 5, True, centred=True),
    Column("text", 46, True),
    Column("article", 6, True, centred=True),
    Column("lead", 18, True),
    Column("support", 18, True),
    Column("due", 14, True),
    Column("carried", 12, True),
    Column("status", 16, False),
    Column("note", 32, False),
    Column("evidence_number", 14, False),
    Column("evidence_date", 12, False),
    Column("completed", 12, False),
)
INPUT_KEYS = tuple(column.key for column in COLUMNS if not column.locked)


def column_letter(key: str) -> str:
    """The letter of the column `key` (`status` is H)."""
    return get_column_letter(next(i for i, c in enumerate(COLUMNS, 1) if c.key == key))


def status_words(labels: Labels) -> dict[Status, str]:
    """The dropdown's word for each status, in the workbook's language."""
    return {status: labels(f"checklist.status.{status}") for status in STATUSES}


def checklist_workbook(checklist: Checklist, lang: str = "vi") -> bytes:
    """The workbook's bytes (.xlsx)."""
    labels = Labels(lang)
    book = Workbook()
    book.remove(book.active)  # type: ignore[arg-type]  # a new workbook has its first sheet
    day = datetime(checklist.year, 1, 1)
    # Fixed, so that the same checklist gives the same workbook.
    book.properties.created = book.properties.modified = day
    book.properties.creator = book.properties.lastModifiedBy = f"coordreg {__version__}"
    book.properties.title = labels(
        "checklist.title", year=checklist.year, body=checklist.regulation.title
    )
    for sheet in checklist.sheets:
        _fill_sheet(book.create_sheet(sheet.title), sheet, checklist.year, labels)
    _metadata(book.create_sheet(METADATA_SHEET), checklist)
    # Sheets cannot be added, removed or unhidden without lifting the protection.
    book.security = WorkbookProtection(lockStructure=True)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _font(bold: bool = False, size: int = FONT_SIZE) -> Font:
    return Font(name=FONT_NAME, size=size, bold=bold)


_THIN = Side(style="thin")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
_INPUT_FILL = PatternFill("solid", fgColor="FFF2CC")


def _fill_sheet(sheet: Worksheet, content: ChecklistSheet, year: int, labels: Labels) -> None:
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=1, column=index, value=labels(f"checklist.col.{column.key}"))
        cell.font = _font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = _BORDER
        cell.fill = _HEADER_FILL
        sheet.column_dimensions[get_column_letter(index)].width = column.width
    sheet.row_dimensions[1].height = row_height(
        [labels(f"checklist.col.{column.key}") for column in COLUMNS]
    )
    for number, row in enumerate(content.rows, 1):
        _fill_row(sheet, number + 1, number, row, labels)
    last = len(content.rows) + 1
    _validations(sheet, last, year, labels)
    sheet.freeze_panes = "A2"
    sheet.print_title_rows = "1:1"
    _print_setup(sheet, labels("checklist.title", year=year, body=content.name), labels)
    sheet.protection.sheet = True
    # Units may still widen columns and rows to read long text.
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False


def _fill_row(sheet: Worksheet, at: int, number: int, row: ChecklistRow, labels: Labels) -> None:
    carried = (
        labels("checklist.carried", status=labels(f"checklist.status.{row.carried}"))
        if row.carried
        else ""
    )
    values: dict[str, str | int] = {
        "number": number,
        "text": row.text,
        "article": row.article,
        "lead": row.lead,
        "support": row.support,
        "due": row.due,
        "carried": carried,
    }
    sheet.row_dimensions[at].height = row_height([str(values.get(c.key, "")) for c in COLUMNS])
    for index, column in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=at, column=index, value=values.get(column.key))
        cell.font = _font()
        cell.border = _BORDER
        cell.alignment = Alignment(
            horizontal="center" if column.centred else None, vertical="top", wrap_text=True
        )
        if not column.locked:
            cell.protection = Protection(locked=False)
            cell.fill = _INPUT_FILL
            if column.key in ("evidence_date", "completed"):
                cell.number_format = DATE_FORMAT


def row_height(texts: list[str]) -> float:
    """A row's height in points, tall enough for its longest wrapped cell.

    Neither Excel nor LibreOffice grows a row to its wrapped text when opening a
    workbook, so the height is set: a column's width counts characters of the
    default font (its digit), and Times New Roman 13 fits about 1.2 of its
    characters (Vietnamese text, measured in LibreOffice) per unit.
    """
    lines = 1
    for text, column in zip(texts, COLUMNS, strict=True):
        per_line = max(int(column.width * CHARACTERS_PER_WIDTH), 1)
        wrapped = sum(-(-len(part) // per_line) or 1 for part in text.split("\n"))
        lines = max(lines, wrapped)
    return round(lines * LINE_POINTS + 4, 1)


def _validations(sheet: Worksheet, last: int, year: int, labels: Labels) -> None:
    """The dropdown of statuses and the date checks: advisory, Excel enforces them only
    when typing (a paste passes), so reading back checks every cell again."""
    if last < 2:
        return
    words = ",".join(status_words(labels).values())
    status = DataValidation(
        type="list",
        formula1=f'"{words}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=labels("checklist.status_error_title"),
        error=labels("checklist.status_error"),
    )
    status.add(f"{column_letter('status')}2:{column_letter('status')}{last}")
    sheet.add_data_validation(status)
    for key, bounded in (("evidence_date", False), ("completed", True)):
        letter = column_letter(key)
        first, end = (f"DATE({year},1,1)", f"DATE({year},12,31)") if bounded else ("1", "2958465")
        check = DataValidation(
            type="date",
            operator="between",
            formula1=first,
            formula2=end,
            allow_blank=True,
            showErrorMessage=True,
            error=labels("checklist.date_error", year=year),
        )
        check.add(f"{letter}2:{letter}{last}")
        sheet.add_data_validation(check)


def _print_setup(sheet: Worksheet, title: str, labels: Labels) -> None:
    setup = sheet.page_setup
    setup.paperSize = sheet.PAPERSIZE_A4
    setup.orientation = sheet.ORIENTATION_LANDSCAPE
    setup.fitToWidth = 1
    setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True  # type: ignore[union-attr]
    for side, inches in MARGINS.items():
        setattr(sheet.page_margins, side, round(inches, 3))
    # The title on the first page; from the second on, the page number centred at the
    # top, as Nghị định 30 numbers pages.
    sheet.HeaderFooter.differentFirst = True
    first, odd = sheet.firstHeader, sheet.oddHeader
    assert first is not None and odd is not None  # a worksheet is created with both
    _header(first, title, f"{FONT_NAME},Bold", TITLE_SIZE)
    _header(odd, labels("checklist.page"), FONT_NAME, FONT_SIZE)


def _header(header: HeaderFooterItem, text: str, font: str, size: int) -> None:
    # "&" starts a code in a header ("&P", the page number): a name's own is doubled.
    header.center.text = text if "&P" in text else text.replace("&", "&&")
    header.center.font = font
    header.center.size = size


def _metadata(sheet: Worksheet, checklist: Checklist) -> None:
    """What the workbook is, for reading it back: hidden, and protected like the rest."""
    lines: list[tuple[str | int, ...]] = [
        ("regulation", checklist.regulation.id),
        ("year", checklist.year),
        ("coordreg", __version__),
        ("format", METADATA_FORMAT),
        (),
        ("sheet", "row", "duty", "fingerprint"),
    ]
    for line in lines:
        sheet.append(line)
    for content in checklist.sheets:
        for index, row in enumerate(content.rows, 2):
            sheet.append((content.title, index, row.duty_id, row.fingerprint))
    sheet.sheet_state = "hidden"
    sheet.protection.sheet = True
