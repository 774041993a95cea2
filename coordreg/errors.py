"""Errors a user can act on: the CLI prints them in one line and exits 2, never a traceback."""

from __future__ import annotations

from typing import Any

from coordreg.catalogue.errors import render_error
from coordreg.findings import CheckResult


class CoordregError(Exception):
    """Base of coordreg's own errors."""


class CatalogueError(CoordregError):
    """An error whose wording comes from the catalogue (`coordreg.catalogue.errors.ERRORS`)."""

    def __init__(self, msgid: str, **args: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.args_ = args

    def message(self, lang: str = "en") -> str:
        return render_error(self.msgid, self.args_, lang)


class UsageError(CatalogueError):
    """The command cannot run as asked (a missing path, a bad option value): exit 2."""


class RefusedError(CatalogueError):
    """The request is understood but the data does not allow it (exit 1).

    A plan for a year the regulation is not in force, an evaluation record that
    already exists: nothing is written, and the message says why.
    """


class DataError(CoordregError):
    """The input files have errors; `result` holds the findings to show (exit 1)."""

    def __init__(self, result: CheckResult) -> None:
        super().__init__(f"{result.errors} errors")
        self.result = result
