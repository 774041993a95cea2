"""The command line: a thin typer shell over the library.

Each command parses its options, calls one library function and prints the
result. Library modules are imported inside the commands so that a command
loads only what it uses.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer

from coordreg import __version__
from coordreg.errors import CoordregError, UsageError

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


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class FileKind(StrEnum):
    regulation = "regulation"
    evaluation = "evaluation"


LangOption = Annotated[Lang, typer.Option("--lang", help="Language of messages: en or vi.")]


def _fail(error: UsageError, lang: str) -> NoReturn:
    typer.echo(f"coordreg: {error.message(lang)}", err=True)
    raise typer.Exit(2)


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


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).", show_default=False
        ),
    ] = None,
    output_format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text, json or github (annotations).")
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    lang: LangOption = Lang.en,
) -> None:
    """Check regulations and evaluation records: schema, references, numbering, dates.

    Exit status: 0 when there are no errors (warnings allowed unless --strict),
    1 when there are findings, 2 when the command cannot run.
    """
    from coordreg.checker import check_paths
    from coordreg.reporters import REPORTERS

    try:
        result = check_paths(paths or [Path("regulations")])
    except UsageError as error:
        _fail(error, lang.value)
    REPORTERS[output_format.value](result, sys.stdout, lang.value)
    if result.errors or (strict and result.warnings):
        raise typer.Exit(1)


@app.command()
def schema(
    kind: Annotated[
        FileKind | None,
        typer.Argument(help="regulation or evaluation (default: both, keyed by kind)."),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", help="Write <kind>.schema.json files into this folder instead."),
    ] = None,
) -> None:
    """Print the JSON Schema of the file formats, for editors that validate YAML."""
    from coordreg.schema import file_schemas, write_schemas

    schemas = file_schemas()
    if out_dir is not None:
        for written in write_schemas(out_dir, schemas):
            typer.echo(f"wrote {written}")
        return
    chosen = schemas[kind.value] if kind is not None else schemas
    typer.echo(json.dumps(chosen, ensure_ascii=False, indent=2))


@app.command("rules")
def list_rules(lang: LangOption = Lang.en) -> None:
    """List every finding code with its severity and what it checks."""
    from coordreg.rules import CODES

    for doc in CODES.values():
        typer.echo(f"{doc.code}  {doc.severity.value:<8} {doc.name:<28} {doc.summary}")


@app.command()
def explain(code: Annotated[str, typer.Argument(help="A finding code, such as CR301.")]) -> None:
    """Print the documentation of a finding code, with examples."""
    from coordreg.rules import CODES

    doc = CODES.get(code.upper())
    if doc is None:
        _fail(UsageError("unknown_code", code=code), "en")
    typer.echo(f"{doc.code} {doc.name} ({doc.severity.value})\n\n{doc.doc}")


def run() -> None:
    """Run the app; a coordreg error becomes a one-line message, never a traceback."""
    try:
        app()
    except CoordregError as error:  # pragma: no cover - commands handle their own
        typer.echo(f"coordreg: {error}", err=True)
        sys.exit(2)
