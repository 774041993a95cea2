"""Saying that a command was interrupted (SIGINT), in the language it was asked for.

Shared by the console script (`coordreg.entry`, when Ctrl-C lands while Python is
still importing) and the app's command group (`coordreg.cli.app`, during a
command), so that the line is printed once, and by neither through the other:
the app importing the entry point made an import cycle. It imports nothing heavy:
the catalogue only when the line is printed.
"""

from __future__ import annotations

import sys


def language_asked(arguments: list[str]) -> str:
    """The language of messages a command line asks for, read without parsing it."""
    for index, argument in enumerate(arguments):
        if argument == "--lang" and index + 1 < len(arguments):
            return arguments[index + 1]
        if argument.startswith("--lang="):
            return argument.removeprefix("--lang=")
    # Every command has one default: the user's or the repository's setting, else vi.
    from coordreg.errors import CoordregError
    from coordreg.files.settings import DEFAULT_LANGUAGE, default_language

    try:
        return default_language()
    except CoordregError:  # a bad setting: reported by the command, not here
        return DEFAULT_LANGUAGE


INTERRUPTED = 130
_said: list[str] = []  # the line, once printed


def interrupted(lang: str) -> int:
    """Say (once) that the command was interrupted, in `lang`; the exit status for it."""
    if not _said:
        from coordreg.catalogue.errors import render_error

        _said.append(f"coordreg: {render_error('interrupted', {}, lang)}\n")
        sys.stderr.write(_said[0])
    return INTERRUPTED
