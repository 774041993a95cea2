"""The one record type for everything coordreg reports about a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from coordreg.catalogue.findings import render


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, order=True)
class Finding:
    """A problem at a place in a file.

    `line` and `column` are 1-based; 0 means the finding is about the whole file.
    The wording is not stored: `message(lang)` looks `code` up in the catalogue
    and fills in `args`, so every finding can be read in English or Vietnamese.
    """

    file: str
    line: int
    column: int
    code: str
    severity: Severity = field(compare=False)
    args: tuple[tuple[str, Any], ...] = field(default=(), compare=False)

    def message(self, lang: str = "en") -> str:
        return render(self.code, dict(self.args), lang)


def finding(
    file: str,
    position: tuple[int, int],
    code: str,
    severity: Severity = Severity.ERROR,
    **args: Any,
) -> Finding:
    line, column = position
    return Finding(file, line, column, code, severity, tuple(sorted(args.items())))


@dataclass
class CheckResult:
    """What a check found: the files read, in order, and the findings, sorted.

    Reporters show the line a finding points at. `check` keeps only those lines
    (`lines`: file -> line number -> text), not every file's text, so that
    checking 20,000 files takes no more memory than checking one; `sources`
    holds whole texts where a caller has them anyway (`check_text`).
    `reporters/source_lines.py` reads a finding's line from either.
    """

    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)
    lines: dict[str, dict[int, str]] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)
