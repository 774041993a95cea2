"""The line of its file a finding points at, for reporters that show or hash it."""

from __future__ import annotations

from coordreg.findings import CheckResult, Finding
from coordreg.loader.positions import split_lines


def source_line(result: CheckResult, item: Finding) -> str | None:
    """The text of the line `item` points at; None when there is none (line 0, no text).

    `check` keeps the lines findings point at (`result.lines`); a caller that
    holds whole texts gives them in `result.sources`.
    """
    kept = result.lines.get(item.file)
    if kept is not None and item.line in kept:
        return kept[item.line]
    text = result.sources.get(item.file)
    if text is None or item.line < 1:
        return None
    lines = split_lines(text)
    return lines[item.line - 1] if item.line <= len(lines) else None
