"""The typer app and what the commands share: options, and errors turned into exit codes."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, NoReturn

import typer

from coordreg import __version__
from coordreg.errors import CoordregError, DataError, RefusedError, UsageError

app = typer.Typer(
    name="coordreg",
    help="Check, render and compare inter-ministry coordination regulations (Quy chế phối hợp).",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(StrEnum):
    en = "en"
    vi = "vi"


LangOption = Annotated[Lang, typer.Option("--lang", help="Language of messages: en or vi.")]
RegulationArgument = Annotated[
    str,
    typer.Argument(
        help="A regulation: its id under regulations/, its folder, or its regulation.yaml."
    ),
]


def fail(error: UsageError | RefusedError, lang: str) -> NoReturn:
    """Print a one-line error; exit 2 when the command cannot run, 1 when it refuses."""
    typer.echo(f"coordreg: {error.message(lang)}", err=True)
    raise typer.Exit(2 if isinstance(error, UsageError) else 1)


@contextmanager
def handled(lang: str) -> Iterator[None]:
    """Turn coordreg's errors into a message and an exit status, never a traceback.

    A usage error exits 2; a refusal exits 1; input with errors prints its
    findings, as `coordreg check` would, and exits 1.
    """
    try:
        yield
    except (UsageError, RefusedError) as error:
        fail(error, lang)
    except DataError as error:
        from coordreg.reporters.text import report_text

        report_text(error.result, sys.stderr, lang)
        raise typer.Exit(1) from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"coordreg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Check, render and compare coordination regulations kept as YAML."""


def run() -> None:
    """Run the app; a coordreg error becomes a one-line message, never a traceback."""
    try:
        app()
    except CoordregError as error:  # pragma: no cover - commands handle their own
        typer.echo(f"coordreg: {error}", err=True)
        sys.exit(2)
