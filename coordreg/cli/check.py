"""`coordreg check`, and the commands that describe the format: schema, rules, explain."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app
from coordreg.errors import UsageError


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"
    sarif = "sarif"


class FileKind(StrEnum):
    regulation = "regulation"
    evaluation = "evaluation"


@app.command()
def check(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).", show_default=False
        ),
    ] = None,
    output_format: Annotated[
        CheckFormat,
        typer.Option(
            "--format", "-f", help="text, json, github (annotations) or sarif (code scanning)."
        ),
    ] = CheckFormat.text,
    strict: Annotated[bool, typer.Option("--strict", help="Fail on warnings too.")] = False,
    lang: LangOption = Lang.vi,
) -> None:
    """Check regulations and evaluation records: schema, references, numbering, dates.

    Exit status: 0 when there are no errors (warnings allowed unless --strict),
    1 when there are findings, 2 when the command cannot run.
    """
    from coordreg import api
    from coordreg.files.root import regulations_folder
    from coordreg.reporters import REPORTERS

    result = api.check_regulations(paths or [regulations_folder()])
    REPORTERS[output_format.value](result, sys.stdout, lang.value)
    if result.errors or (strict and result.warnings):
        raise typer.Exit(1)


@app.command()
def schema(
    kind: Annotated[
        FileKind | None,
        typer.Argument(
            help="regulation or evaluation (default: one schema for both, either kind)."
        ),
    ] = None,
    out_dir: Annotated[
        Path | None,
        typer.Option("--out-dir", help="Write <kind>.schema.json files into this folder instead."),
    ] = None,
    lang: LangOption = Lang.vi,
) -> None:
    """Print the JSON Schema of the file formats, for editors that validate YAML."""
    from coordreg.catalogue.errors import render_error
    from coordreg.check.schema import file_schemas, one_schema, write_schemas

    schemas = file_schemas()
    if out_dir is not None:
        written = write_schemas(out_dir, schemas)
        for file in written:
            typer.echo(render_error("wrote", {"path": file}, lang.value))
        return
    chosen = schemas[kind.value] if kind is not None else one_schema(schemas)
    typer.echo(json.dumps(chosen, ensure_ascii=False, indent=2))


@app.command("rules")
def list_rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the full documentation as Markdown.")
    ] = False,
    lang: LangOption = Lang.vi,
) -> None:
    """List every finding code with its severity and what it checks."""
    from coordreg.catalogue.rule_summaries import SEVERITY_WORDS
    from coordreg.rules import CODES, rules_markdown
    from coordreg.rules.explained import summary

    if markdown:
        typer.echo(rules_markdown(), nl=False)
        return
    words = SEVERITY_WORDS[lang.value]
    for doc in CODES.values():
        severity = words[doc.severity.value]
        typer.echo(f"{doc.code}  {severity:<9} {doc.name:<28} {summary(doc, lang.value)}")


@app.command()
def explain(
    code: Annotated[str, typer.Argument(help="A finding code, such as CR301.")],
    lang: LangOption = Lang.vi,
) -> None:
    """Print the documentation of a finding code, with examples."""
    from coordreg.rules import CODES
    from coordreg.rules.explained import explanation

    doc = CODES.get(code.upper())
    if doc is None:
        raise UsageError("unknown_code", code=code)
    typer.echo(explanation(doc, lang.value))
