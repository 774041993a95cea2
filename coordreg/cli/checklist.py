"""`coordreg evaluate --xlsx` and `--from-xlsx`: the units' checklists out and back in.

The `evaluate` command (`coordreg.cli.documents`) hands over to these two when
given either option; this module prints what they found and did.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from coordreg.cli.app import write_out
from coordreg.errors import UsageError
from coordreg.findings import Finding, Severity
from coordreg.model import Result

if TYPE_CHECKING:
    from coordreg.check.dossier import Dossier

_WORDS = {
    "en": {
        "error": "error",
        "warning": "warning",
        "new": "new",
        "same": "unchanged",
        "update": "adds to the record",
        "differs": "differs from the record: needs --replace",
        "dry": "dry run: nothing written; --write writes {path}",
        "wrote": "wrote {path}: {count} results from {files} checklists",
        "sheets": "wrote {path}: {sheets} sheets, {rows} duty rows for {year}",
        "summary": "{new} new, {update} added to, {differs} differing, {same} unchanged",
        "pending": "the record would have {count} warnings (coordreg check lists them)",
    },
    "vi": {
        "error": "lỗi",
        "warning": "cảnh báo",
        "new": "mới",
        "same": "không đổi",
        "update": "bổ sung vào bản đánh giá",
        "differs": "khác với bản đánh giá: cần --replace",
        "dry": "chạy thử: chưa ghi gì; --write để ghi {path}",
        "wrote": "đã ghi {path}: {count} kết quả từ {files} phiếu",
        "sheets": "đã ghi {path}: {sheets} trang, {rows} dòng nhiệm vụ năm {year}",
        "summary": "{new} mới, {update} bổ sung, {differs} khác, {same} không đổi",
        "pending": "bản đánh giá sẽ có {count} cảnh báo (coordreg check liệt kê)",
    },
}


def check_options(
    xlsx: bool,
    output: Path | None,
    workbooks: Sequence[Path],
    party: str | None,
    unit: str | None,
    write: bool,
    replace: bool,
) -> None:
    """Refuse options that do not go together, before anything is read."""
    if xlsx and workbooks:
        raise UsageError("checklist_out_and_in")
    if party is not None and unit is not None:
        raise UsageError("checklist_party_and_unit")
    if xlsx and output is None:
        raise UsageError("checklist_needs_output")
    if (write or replace) and not workbooks:
        raise UsageError("checklist_write_without_from")


def make_checklist(
    regulation: str, year: int, output: Path, party: str | None, unit: str | None, lang: str
) -> None:
    from coordreg.documents.checklist import build_checklist
    from coordreg.documents.checklist_xlsx import checklist_workbook

    built = build_checklist(_dossier(regulation, year), year, party=party, unit=unit)
    data = checklist_workbook(built)
    write_out(data, output, lang)
    rows = sum(len(sheet.rows) for sheet in built.sheets)
    words = _WORDS[lang]
    typer.echo(words["sheets"].format(path=output, sheets=len(built.sheets), rows=rows, year=year))


def merge_checklists(
    regulation: str, year: int, workbooks: Sequence[Path], write: bool, replace: bool, lang: str
) -> None:
    from coordreg.edit.checklist_merge import merge_checklists as merge
    from coordreg.edit.checklist_merge import write_merge

    merged = merge(_dossier(regulation, year), year, workbooks)
    words = _WORDS[lang]
    for found in merged.findings:
        typer.echo(_finding_line(found, lang), err=True)
    # The new record's own errors in full; its warnings (results still missing while
    # other units' checklists are awaited) are for `coordreg check` to list.
    pending = [f for f in merged.record_findings if f.severity is Severity.WARNING]
    for found in merged.record_findings:
        if found.severity is Severity.ERROR:
            typer.echo(_finding_line(found, lang), err=True)
    if pending:
        typer.echo(words["pending"].format(count=len(pending)), err=True)
    for change in merged.changes:
        old = _result_words(change.old) if change.old else ""
        new = _result_words(change.new)
        shown = f"{old} → {new}" if change.kind in ("update", "differs") else new
        mark = {"new": "+", "same": "=", "update": "~", "differs": "!"}[change.kind]
        typer.echo(f"{mark} {change.duty_id}: {shown} ({words[change.kind]})")
    counts = dict.fromkeys(("new", "same", "update", "differs"), 0)
    for change in merged.changes:
        counts[change.kind] += 1
    typer.echo(words["summary"].format(**counts))
    if not write:
        typer.echo(words["dry"].format(path=merged.target))
        if merged.errors:
            raise typer.Exit(1)
        return
    write_merge(merged, replace=replace)
    typer.echo(
        words["wrote"].format(path=merged.target, count=len(merged.changes), files=len(workbooks))
    )


def _dossier(regulation: str, year: int) -> Dossier:
    """The regulation with last year's record (for what is carried over); the year's own
    record, which may be an unfinished skeleton, is read by the merge itself.

    (The library's entry points are `documents.checklist.build_checklist` with
    `documents.checklist_xlsx.checklist_workbook`, and `edit.checklist_merge`.)
    """
    from coordreg.check.dossier import find_regulation, load_dossier

    return load_dossier(find_regulation(regulation), lambda _r, _a: [year - 1])


def _finding_line(found: Finding, lang: str) -> str:
    """`phieu.xlsx!BCA!H12: error CR623: ...`; a finding of the record gives its line."""
    where = found.file if found.line == 0 else f"{found.file}:{found.line}:{found.column}"
    severity = _WORDS[lang][found.severity.value]
    return f"{where}: {severity} {found.code}: {found.message(lang)}"


def _result_words(result: Result) -> str:
    """A result in one line: `done, "note", 12/BC-BCA 2026-05-02, ✓ 2026-05-01`."""
    parts: list[str] = [result.status]
    if result.note:
        parts.append(f'"{result.note}"')
    if result.evidence is not None:
        bits = [result.evidence.number or "", _day(result.evidence.date)]
        parts.append(" ".join(bit for bit in bits if bit))
    if result.completed:
        parts.append(f"✓ {_day(result.completed)}")
    return ", ".join(parts)


def _day(day: date | None) -> str:
    return day.isoformat() if day else ""
