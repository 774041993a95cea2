"""`--format github`: workflow commands that GitHub Actions shows as annotations."""

from __future__ import annotations

from typing import TextIO

from coordreg.catalogue.controls import visible
from coordreg.findings import CheckResult


def _escape_data(text: str) -> str:
    """GitHub's escapes for a command's data; any other control character shown as
    an escape (`\\x1b`): the log is shown in a terminal-like page that obeys them."""
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def report_github(result: CheckResult, out: TextIO, lang: str) -> None:
    for item in result.findings:
        place = f"file={_escape_property(item.file)}"
        if item.line:
            place += f",line={item.line},col={item.column}"
        title = _escape_property(item.code)
        out.write(
            f"::{item.severity.value} {place},title={title}::{_escape_data(item.message(lang))}\n"
        )
