"""The one record type for everything coordreg reports about a file."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
        from coordreg.messages import render

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
