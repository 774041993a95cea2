"""Errors a user can act on: the CLI prints them in one line and exits 2, never a traceback."""

from __future__ import annotations

from typing import Any


class CoordregError(Exception):
    """Base of coordreg's own errors."""


class UsageError(CoordregError):
    """The command cannot run as asked (a missing path, a bad option value)."""

    def __init__(self, msgid: str, **args: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.args_ = args

    def message(self, lang: str = "en") -> str:
        from coordreg.messages import render_error

        return render_error(self.msgid, self.args_, lang)
