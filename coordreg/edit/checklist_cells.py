"""Reading a unit's returned checklist workbook, every cell checked again.

A workbook that comes back from a unit is untrusted input. Before openpyxl sees
it, `coordreg.files.ooxml.check_package` refuses a zip bomb, a part too large,
a DTD or XML nested without end; openpyxl then reads it streaming (read-only),
formulas as the values Excel last saved in them (`data_only`: never
evaluated), without its macros or external links (each a CR620 warning), and
no more than `ROW_LIMIT` rows a sheet.

Excel's data validation is advisory (a paste passes it, openpyxl never applies
it), so each input cell is checked here as if nothing had checked it: the
status against the four statuses (Vietnamese words or the record's own), the
dates, the completion date within the year, the locked duty text against its
fingerprint, the duty against the year's duties. Each problem is a finding at
its cell, `phieu.xlsx!BCA!H12`. Text is taken in NFC.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from coordreg.catalogue.labels import Labels
from coordreg.documents.checklist import fingerprint
from coordreg.documents.checklist_xlsx import (
    COLUMNS,
    METADATA_ROWS_FROM,
    METADATA_SHEET,
    status_words,
)
from coordreg.errors import RefusedError
from coordreg.files.ooxml import DEFAULT_PACKAGE_LIMITS, check_package
from coordreg.findings import Finding, Severity, finding
from coordreg.model import STATUSES, Status

# A checklist has a row per duty of the year: a few hundred at most.
ROW_LIMIT = 5000
_COLUMN = {column.key: index for index, column in enumerate(COLUMNS)}
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def _words(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().replace("_", " ").split())


def _status_table() -> dict[str, Status]:
    """Every spelling of a status accepted: the dropdown's words in both languages and
    the record's own keys, compared in NFC, case-folded, spaces collapsed."""
    table: dict[str, Status] = {}
    for lang in ("vi", "en"):
        for status, word in status_words(Labels(lang)).items():
            table[_words(word)] = status
    for key in STATUSES:
        table[_words(key)] = key
    return table


STATUS_WORDS = _status_table()


@dataclass(frozen=True)
class Entry:
    """One duty's result as a row of a returned workbook gives it, each value with its cell."""

    duty_id: str
    status: Status
    values: Mapping[str, str | date]  # note, evidence_number, evidence_date, completed
    places: Mapping[str, str]  # key -> "file!sheet!cell"


@dataclass
class ReturnedWorkbook:
    name: str
    entries: list[Entry] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)


def place(name: str, sheet: str, key: str, row: int) -> str:
    """`phieu.xlsx!BCA!H12`: where a finding about a cell is."""
    letter = get_column_letter(_COLUMN[key] + 1)
    quoted = f"'{sheet}'" if re.search(r"[^\w]", sheet) else sheet
    return f"{name}!{quoted}!{letter}{row}"


def at(where: str, code: str, severity: Severity = Severity.ERROR, **args: Any) -> Finding:
    return finding(where, (0, 0), code, severity, **args)


def read_workbook(path: Path, regulation: str, year: int, duties: set[str]) -> ReturnedWorkbook:
    """The entries of one returned workbook, and the findings about its cells.

    `duties` are the ids of the year's duties (due, or carried over). A file that
    cannot be read at all is a `RefusedError`.
    """
    name = str(path)  # as the user gave it: findings read `returned/bca.xlsx!BCA!H12`
    try:
        size = path.stat().st_size
        if size > DEFAULT_PACKAGE_LIMITS.total_bytes:
            raise RefusedError(
                "ooxml_too_large", path=name, size=size, limit=DEFAULT_PACKAGE_LIMITS.total_bytes
            )
        raw = path.read_bytes()
    except OSError as error:
        raise RefusedError(
            "xlsx_unreadable", path=name, detail=error.strerror or str(error)
        ) from None
    check_package(raw, name, "xlsx_not_a_workbook")
    found = ReturnedWorkbook(name)
    found.findings += _ignored_parts(raw, name)
    try:
        book = load_workbook(io.BytesIO(raw), read_only=True, data_only=True, keep_links=False)
    except Exception as error:  # openpyxl raises what its parts give: KeyError, ValueError ...
        detail = " ".join(str(error).split())[:200] or type(error).__name__
        raise RefusedError("xlsx_unreadable", path=name, detail=detail) from None
    try:
        _read_sheets(book, found, regulation, year, duties)
    finally:
        book.close()
    return found


def _ignored_parts(raw: bytes, name: str) -> list[Finding]:
    """CR620 for macros and external links: never run or followed, only mentioned."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = [member.filename.lower() for member in archive.infolist()]
    found = []
    if any(part.endswith("vbaproject.bin") for part in parts):
        found.append(at(name, "CR620", Severity.WARNING, what="xlsx_macros"))
    if any(part.startswith("xl/externallinks/") for part in parts):
        found.append(at(name, "CR620", Severity.WARNING, what="xlsx_external_links"))
    return found


def _rows(sheet: Any, name: str, title: str, width: int) -> Iterator[tuple[int, tuple[Any, ...]]]:
    """(row number, values) of a sheet, streaming, refusing a sheet of too many rows.

    The sheet's declared dimension is not trusted: a row past it is read (and
    counted) all the same, so that nothing a unit typed there is silently lost.
    """
    sheet.reset_dimensions()
    for number, values in enumerate(sheet.iter_rows(max_col=width, values_only=True), 1):
        if number > ROW_LIMIT:
            raise RefusedError("xlsx_too_many_rows", path=name, sheet=title, limit=ROW_LIMIT)
        yield number, tuple(values) + (None,) * (width - len(values))


def _read_sheets(
    book: Any, found: ReturnedWorkbook, regulation: str, year: int, duties: set[str]
) -> None:
    name = found.name
    if METADATA_SHEET not in book.sheetnames:
        found.findings.append(at(name, "CR621", regulation=regulation, reason="xlsx_no_metadata"))
        return
    meta = dict[str, Any]()
    rows: dict[str, dict[int, tuple[str, str]]] = {}
    for number, values in _rows(book[METADATA_SHEET], name, METADATA_SHEET, 4):
        if number < METADATA_ROWS_FROM - 1 and values[0] is not None:
            meta[str(values[0])] = values[1]
        elif number >= METADATA_ROWS_FROM and values[0] is not None:
            sheet, row, duty, mark = values
            if isinstance(row, int) and isinstance(duty, str):
                rows.setdefault(str(sheet), {})[row] = (duty, str(mark))
    where = f"{name}!{METADATA_SHEET}!B1"
    if meta.get("regulation") != regulation:
        found.findings.append(
            at(
                where,
                "CR621",
                regulation=regulation,
                reason="xlsx_other_regulation",
                found=str(meta.get("regulation")),
            )
        )
        return
    if meta.get("year") != year:
        found.findings.append(
            at(f"{name}!{METADATA_SHEET}!B2", "CR622", found=str(meta.get("year")), year=year)
        )
    for title, mapping in rows.items():
        if title in book.sheetnames:
            _read_sheet(book[title], title, mapping, found, year, duties)


def _read_sheet(
    sheet: Any,
    title: str,
    mapping: dict[int, tuple[str, str]],
    found: ReturnedWorkbook,
    year: int,
    duties: set[str],
) -> None:
    inputs = ("status", "note", "evidence_number", "evidence_date", "completed")
    for number, values in _rows(sheet, found.name, title, len(COLUMNS)):
        if number == 1:
            continue
        given = {key: values[_COLUMN[key]] for key in inputs}
        filled = any(_text(value) for value in given.values())
        if number not in mapping:
            if filled:
                where = place(found.name, title, "number", number)
                found.findings.append(
                    at(where, "CR629", Severity.WARNING, reason="xlsx_unknown_row")
                )
            continue
        duty, mark = mapping[number]
        _read_row(found, title, number, duty, mark, values, given, year, duties)


def _read_row(
    found: ReturnedWorkbook,
    title: str,
    number: int,
    duty: str,
    mark: str,
    values: tuple[Any, ...],
    given: dict[str, Any],
    year: int,
    duties: set[str],
) -> None:
    def where(key: str) -> str:
        return place(found.name, title, key, number)

    if not any(_text(value) for value in given.values()):
        return  # not filled in: no result from this file
    problems = len(found.findings)
    if fingerprint(duty, _text(values[_COLUMN["text"]])) != mark:
        found.findings.append(at(where("text"), "CR626", duty=duty))
    elif duty not in duties:
        found.findings.append(at(where("text"), "CR627", duty=duty, year=year))
    status_text = _text(given["status"])
    status = STATUS_WORDS.get(_words(status_text))
    if not status_text:
        found.findings.append(
            at(where("status"), "CR629", Severity.WARNING, reason="xlsx_no_status")
        )
        return
    if status is None:
        choices = ", ".join(status_words(Labels("vi")).values())
        found.findings.append(at(where("status"), "CR623", value=status_text, choices=choices))
    entry_values: dict[str, str | date] = {}
    for key in ("note", "evidence_number"):
        if text := _text(given[key]):
            entry_values[key] = text
    for key in ("evidence_date", "completed"):
        value = given[key]
        if not _text(value):
            continue
        day = _date(value)
        if day is None:
            found.findings.append(at(where(key), "CR624", value=_text(value), year=year))
        elif key == "completed" and day.year != year:
            found.findings.append(at(where(key), "CR625", day=day.isoformat(), year=year))
        else:
            entry_values[key] = day
    if status is not None and len(found.findings) == problems:
        places = {key: where(key) for key in ("status", *entry_values)}
        found.entries.append(Entry(duty, status, entry_values, places))


def _text(value: Any) -> str:
    """A cell's value as NFC text without surrounding spaces ("" for an empty cell)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value)).strip()


def _date(value: Any) -> date | None:
    """A date cell, or text written day/month/year or year-month-day; None if neither."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    text = value.strip()
    parts: tuple[str, str, str] | None = None
    if match := _DAY_MONTH_YEAR.match(text):
        day, month, year = match.groups()
        parts = (year, month, day)
    elif match := _ISO.match(text):
        parts = (match[1], match[2], match[3])
    if parts is None:
        return None
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
