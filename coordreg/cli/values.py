"""Option and argument values checked where they enter, before any work is done.

One check for each kind of value the commands share, so that a bad value is
one message in every command rather than a traceback in some:

- years (`--year`, `--end-year`): within the years the file format allows
  (`model.common.FIRST_YEAR`..`LAST_YEAR`, 1900-2200). `--year 0` is an error,
  not "this year"; `evaluate --year 9999` no longer writes a record that
  `check` then rejects (`bad_year`);
- days (`--from`, `--to`, `--at`, `--effective`): YYYY-MM-DD exactly, within
  the same years (`documents.agenda.parse_day`, `agenda_bad_date`);
- paths (regulations, files, folders, `-o`, `--minutes`, `--templates`,
  `--root`, `--out-dir`): no name over the file system's limit, and not too
  long as a whole (`files.names.check_names`).

The messages are coordreg's one-line errors (`UsageError`, exit 2), printed by
the app's group like any other; `--lang` is read first (it is eager), so they
come in the language asked for. What each check needs is imported when it
runs, so that defining the options costs a command nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

import typer

from coordreg.errors import UsageError

Value = TypeVar("Value")


def _option(param: typer.CallbackParam) -> str:
    """The option as the user knows it: its long name."""
    return max(param.opts, key=len) if param.opts else str(param.name)


def checked_year(param: typer.CallbackParam, value: int | None) -> int | None:
    """A year option's value, refused (`bad_year`) outside the years the format allows."""
    if value is None:
        return None
    from coordreg.model.common import FIRST_YEAR, LAST_YEAR

    if not FIRST_YEAR <= value <= LAST_YEAR:
        raise UsageError(
            "bad_year", option=_option(param), value=str(value), first=FIRST_YEAR, last=LAST_YEAR
        )
    return value


def day_parser(option: str) -> Callable[[str], date]:
    """The parser of one day option (typer's `parser=`), naming the option in its message."""

    def parse(value: str) -> date:
        from coordreg.documents.agenda import parse_day

        return parse_day(value, option)

    return parse


def checked_paths(value: Value) -> Value:
    """A path argument or option (one, a list, or none), its names within the system's limits."""
    from coordreg.files.names import check_names

    for path in value if isinstance(value, list) else [value]:
        if isinstance(path, str | Path):
            check_names(path)
    return value
