"""Printing a check's findings: one reporter per output format, looked up by name."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from coordreg.findings import CheckResult
from coordreg.reporters.github import report_github
from coordreg.reporters.json import report_json
from coordreg.reporters.sarif import report_sarif
from coordreg.reporters.text import report_text

Reporter = Callable[[CheckResult, TextIO, str], None]

REPORTERS: dict[str, Reporter] = {
    "text": report_text,
    "json": report_json,
    "github": report_github,
    "sarif": report_sarif,
}
