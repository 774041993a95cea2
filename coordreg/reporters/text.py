"""`--format text`: findings grouped by file, each under its source line with a caret."""

from __future__ import annotations

from typing import TextIO

from rich.console import Console
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


def _source_lines(item: Finding, line: str | None, console: Console) -> None:
    """The finding's line of the file, and a caret under its column.

    The line is shown, not replayed: its control characters are escapes
    (`\\x1b`), so the caret stands under the column counted in the escaped line.
    """
    if line is None:
        return
    line = line.replace("\t", " ")
    text = visible(line)
    gutter = str(item.line).rjust(6)
    console.print(f"[dim]{gutter} │[/dim] {escape(text)}", highlight=False)
    before = line[: max(item.column - 1, 0)]
    # Past the end of the line (a finding at its end) the caret goes on with spaces.
    width = len(visible(before)) + max(item.column - 1 - len(before), 0)
    caret = " " * width + "^"
    console.print(f"[dim]{' ' * 6} │[/dim] [bold]{caret}[/bold]", highlight=False)


# Where a finding's message starts: after "  LINE:COL severity CODE  ".
_MESSAGE_COLUMN = 2 + 8 + 1 + 8 + 1 + 5 + 2


def report_text(result: CheckResult, out: TextIO, lang: str) -> None:
    console = Console(file=out, highlight=False, soft_wrap=True)
    words = _WORDS.get(lang, _WORDS["en"])
    current = None
    for item in result.findings:
        if item.file != current:
            if current is not None:
                console.print()
            console.print(f"[bold underline]{escape(one_line(item.file))}[/bold underline]")
            current = item.file
        style = _STYLE[item.severity]
        where = f"{item.line}:{item.column}" if item.line else "-"
        # A second line (a parser's own words after a CR001) is indented under the first.
        message = item.message(lang).replace("\n", "\n" + " " * _MESSAGE_COLUMN)
        console.print(
            f"  {where:<8} [{style}]{words[item.severity.value]:<8}[/{style}] "
            f"[dim]{item.code}[/dim]  {escape(message)}"
        )
        _source_lines(item, source_line(result, item), console)
    if result.findings:
        console.print()
    style = "bold red" if result.errors else ("yellow" if result.warnings else "bold green")
    console.print(f"[{style}]{escape(summary_line(result, lang))}[/{style}]")
