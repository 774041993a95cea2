"""Printing a check's findings: one reporter per output format, looked up by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from coordreg.findings import CheckResult
from coordreg.reporters.github import report_github
from coordreg.reporters.json import report_json
from coordreg.reporters.text import report_text

Reporter = Callable[[CheckResult, TextIO, str], None]


def report_sarif(result: CheckResult, out: TextIO, lang: str) -> None:
    """`reporters/sarif.py`, imported when asked for: it loads every rule for its metadata,
    which a check answered from the cache has no other need of."""
    from coordreg.reporters.sarif import report_sarif as report

    report(result, out, lang)


REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
}
