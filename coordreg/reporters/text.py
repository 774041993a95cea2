"""`--format text`: findings grouped by file, each under its source line with a caret."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
from rich.control import STRIP_CONTROL_CODES
from rich.markup import escape

from coordreg.catalogue.controls import one_line, visible
from coordreg.findings import CheckResult, Finding, Severity
from coordreg.reporters.source_lines import source_line

_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow"}
_WORDS = {
    "en": {"error": "error", "warning": "warning", "errors": "errors", "warnings": "warnings"},
    "vi": {"error": "lỗi", "warning": "cảnh báo", "errors": "lỗi", "warnings": "cảnh báo"},
}


def _count(number: int, singular: str, plural: str) -> str:
    return f"{number} {singular if number == 1 else plural}"


def summary_line(result: CheckResult, lang: str) -> str:
    """One line for the end of a report, and for `make demo`."""
    files = len(result.files)
    with_findings = len({f.file for f in result.findings})
    if lang == "vi":
        if not result.findings:
            return f"✔ Đã kiểm tra {files} tệp: không có vấn đề nào."
        return (
            f"✖ {result.errors} lỗi, {result.warnings} cảnh báo trong {with_findings}/{files} tệp."
        )
    if not result.findings:
        return f"✔ {_count(files, 'file', 'files')} checked: no problems."
    return (
        f"✖ {_count(result.errors, 'error', 'errors')}, "
        f"{_count(result.warnings, 'warning', 'warnings')} "
        f"in {with_findings} of {_count(files, 'file', 'files')}."
    )


# A line of the report: its pieces of text, each with its style (None: unstyled).
_Line = list[tuple[str, str | None]]


def _source_lines(item: Finding, line: str | None) -> list[_Line]:
    """The finding's line of the file, and a caret under its column.

    The line is shown, not replayed: its control characters are escapes
    (`\\x1b`), so the caret stands under the column counted in the escaped line.
    """
    if line is None:
        return []
    line = line.replace("\t", " ")
    text = visible(line)
    gutter = str(item.line).rjust(6)
    before = line[: max(item.column - 1, 0)]
    # Past the end of the line (a finding at its end) the caret goes on with spaces.
    width = len(visible(before)) + max(item.column - 1 - len(before), 0)
    caret = " " * width + "^"
    return [
        [(f"{gutter} │", "dim"), (" " + text, None)],
        [(f"{' ' * 6} │", "dim"), (" ", None), (caret, "bold")],
    ]


class _Writer:
    """Lines to `out`: through rich where they are styled (a terminal), else as plain text.

    Without styles, rich writes each piece of a line as it is (emoji codes such as
    `:fire:` in a duty's text stay text: `emoji=False`), but for the control
    characters it strips, tabs and backslashes. A line with none of them is written
    here as it is, without building rich's objects for it: for a registry with
    thousands of findings, that was most of the time of a check answered from the
    cache. Any other line, and every line on a terminal, goes through rich.
    """

    _RICH_ONLY = frozenset("\\\t") | frozenset(map(chr, STRIP_CONTROL_CODES))
    _BATCH = 64 * 1024

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.console = Console(file=out, highlight=False, soft_wrap=True, emoji=False)
        console = self.console
        self.plain = console.color_system is None and not (
            console.legacy_windows or console.is_jupyter or console.record
        )
        self.pending: list[str] = []
        self.size = 0

    def line(self, pieces: _Line) -> None:
        if self.plain and not any(self._RICH_ONLY.intersection(text) for text, _s in pieces):
            text = "".join(t for t, _style in pieces) + "\n"
            self.pending.append(text)
            self.size += len(text)
            if self.size >= self._BATCH:
                self.flush()
            return
        self.flush()
        self.console.print(
            "".join(f"[{s}]{escape(t)}[/{s}]" if s else escape(t) for t, s in pieces),
            highlight=False,
        )

    def flush(self) -> None:
        """Write what is pending, and flush `out` (as rich does after each line)."""
        if self.pending:
            self.out.write("".join(self.pending))
            self.pending.clear()
            self.size = 0
            self.out.flush()


# Where a finding's message starts: after "  LINE:COL severity CODE  ".
_MESSAGE_COLUMN = 2 + 8 + 1 + 8 + 1 + 5 + 2


def report_text(result: CheckResult, out: TextIO, lang: str) -> None:
    writer = _Writer(out)
    words = _WORDS.get(lang, _WORDS["en"])
    current = None
    for item in result.findings:
        if item.file != current:
            if current is not None:
                writer.line([])
            writer.line([(one_line(item.file), "bold underline")])
            current = item.file
        style = _STYLE[item.severity]
        where = f"{item.line}:{item.column}" if item.line else "-"
        # A second line (a parser's own words after a CR001) is indented under the first.
        message = item.message(lang).replace("\n", "\n" + " " * _MESSAGE_COLUMN)
        writer.line(
            [
                (f"  {where:<8} ", None),
                (f"{words[item.severity.value]:<8}", style),
                (" ", None),
                (item.code, "dim"),
                (f"  {message}", None),
            ]
        )
        for line in _source_lines(item, source_line(result, item)):
            writer.line(line)
    if result.findings:
        writer.line([])
    style = "bold red" if result.errors else ("yellow" if result.warnings else "bold green")
    writer.line([(summary_line(result, lang), style)])
    writer.flush()
