"""The text of a year's evaluation record after the units' checklists are merged in.

Laid out like the skeleton `coordreg evaluate` writes (`coordreg.edit.evaluate`):
the record's keys, then the results by article, each duty's text as a comment
beside its id. A duty of the year with no result yet is a comment line, so
`coordreg check` names it (CR606) and the record still reads; a result the
record held for a duty that is not one of the year's is kept, at the end, for
`check` to judge (CR603). Hand-written comments of an earlier record are not
kept: the record is written whole.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from coordreg.documents.checklist import ChecklistRow
from coordreg.edit.yamlwriter import comment, field, key, one_line, scalar
from coordreg.model import Result

_COMMENT_WIDTH = 96


@dataclass(frozen=True)
class RecordHead:
    """The record's keys other than its results, kept from an existing record."""

    regulation: str
    title: str
    year: int
    host: str
    held: date | None = None
    format: int | None = None


def record_text(
    head: RecordHead,
    rows: Sequence[ChecklistRow],
    results: Mapping[str, Result],
    sources: Sequence[str],
) -> str:
    """The whole record: `results` for the year's duties in `rows`' order, then any other."""
    lines = [
        comment(f"Kết quả đánh giá năm {head.year}: {one_line(head.title, _COMMENT_WIDTH)}"),
        comment(f"Ghép từ phiếu đánh giá: {', '.join(sources)} (coordreg evaluate --from-xlsx)."),
    ]
    if head.format is not None:
        lines.append(f"format: {head.format}")
    lines += [
        f"regulation: {scalar(head.regulation)}",
        f"year: {head.year}",
        f"host: {scalar(head.host)}",
        f"held: {head.held.isoformat()}" if head.held else "held:  # YYYY-MM-DD",
        "results:",
    ]
    article: int | None = None
    written: set[str] = set()
    for row in rows:
        if row.duty_id in written:
            continue
        written.add(row.duty_id)
        if row.article != article:
            article = row.article
            lines.append(f"  # Điều {article}")
        result = results.get(row.duty_id)
        if result is None:
            text = one_line(row.text, _COMMENT_WIDTH)
            lines.append(f"  # {row.duty_id}: chưa có kết quả ({text})")
            continue
        lines.append(f"  {key(row.duty_id)}:  # {one_line(row.text, _COMMENT_WIDTH)}")
        lines += result_lines(result, 4)
    others = [duty for duty in results if duty not in written]
    if others:
        lines.append("  # Kết quả đã ghi cho nhiệm vụ không thuộc năm này (xem coordreg check)")
    for duty in others:
        lines.append(f"  {key(duty)}:")
        lines += result_lines(results[duty], 4)
    if not written and not others:
        lines[-1] = "results: {}"
    return "\n".join(lines) + "\n"


def result_lines(result: Result, indent: int) -> list[str]:
    """One result's keys, in the model's order."""
    pad = " " * indent
    lines = [f"{pad}status: {result.status}"]
    if result.note:
        lines += field("note", result.note, indent)
    if result.completed:
        lines.append(f"{pad}completed: {result.completed.isoformat()}")
    evidence = result.evidence
    if evidence is not None and (evidence.number or evidence.date):
        lines.append(f"{pad}evidence:")
        if evidence.number:
            lines += field("number", evidence.number, indent + 2)
        if evidence.date:
            lines.append(f"{pad}  date: {evidence.date.isoformat()}")
    return lines
