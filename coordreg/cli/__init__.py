"""The command line: a thin typer shell over the library.

`app` holds the typer app and the options shared by commands; the commands are in
`check` (check, schema, rules, explain), `documents` (plan, review, evaluate, text),
`versions` (diff, log, git-setup), `transfer`, `fmt`, `agenda` (agenda, new),
`importing` (import), `templates` (templates export) and `language_server` (lsp).

Each command parses its options, calls the library (`coordreg.api`, and the
modules that choose and write an output) and prints the result. Library modules
are imported inside the commands so that a command loads only what it uses.
No command catches coordreg's errors: the app's group (`app.CoordregGroup`)
prints each as one message in the command's --lang and exits 1 or 2.
"""

from __future__ import annotations

# The command modules register themselves on `app` when imported. In
# `coordreg --help` the commands are listed in the order they are imported.
from coordreg.cli import (  # noqa: F401
    agenda,
    check,
    documents,
    fmt,
    importing,
    language_server,
    templates,
    transfer,
    versions,
)
from coordreg.cli.app import app, run

__all__ = ["app", "run"]
