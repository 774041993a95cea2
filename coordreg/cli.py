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
from typing import Annotated, Any, NoReturn

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


class CheckFormat(StrEnum):
    text = "text"
    json = "json"
    github = "github"


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    json = "json"


class FileKind(StrEnum):
    regulation = "regulation"
    evaluation = "evaluation"


LangOption = Annotated[Lang, typer.Option("--lang", help="Language of messages: en or vi.")]


def _fail(error: UsageError, lang: str) -> NoReturn:
    typer.echo(f"coordreg: {error.message(lang)}", err=True)
    raise typer.Exit(2)


def _refuse(error: RefusedError, lang: str) -> NoReturn:
    typer.echo(f"coordreg: {error.message(lang)}", err=True)
    raise typer.Exit(1)


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
def list_rules(
    markdown: Annotated[
        bool, typer.Option("--markdown", help="Print the full documentation as Markdown.")
    ] = False,
) -> None:
    """List every finding code with its severity and what it checks."""
    from coordreg.rules import CODES, rules_markdown

    if markdown:
        typer.echo(rules_markdown(), nl=False)
        return
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


RegOption = Annotated[
    str,
    typer.Argument(
        help="A regulation: its id under regulations/, its folder, or its regulation.yaml."
    ),
]
FormatOption = Annotated[
    DocFormat | None,
    typer.Option("--format", "-f", help="md, html, docx or json (default: from -o, else md)."),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (default: standard output)."),
]
DocLangOption = Annotated[Lang, typer.Option("--lang", help="Language of the document: vi or en.")]
TemplatesOption = Annotated[
    Path | None,
    typer.Option("--templates", help="A folder of the office's own templates (run sandboxed)."),
]


def _report_data_error(error: DataError, lang: str) -> NoReturn:
    from coordreg.reporters.text import report_text

    report_text(error.result, sys.stderr, lang)
    raise typer.Exit(1)


def _render_document(
    kind: str,
    data: Any,
    context_of: Any,
    output_format: str,
    output: Path | None,
    lang: str,
    templates: Path | None,
) -> None:
    from coordreg.documents import render_text
    from coordreg.output import emit

    if output_format == "json":
        emit(json.dumps(data, ensure_ascii=False, indent=2) + "\n", output)
        return
    context = context_of(lang)
    if output_format == "docx":
        from coordreg.docx_writer import render_docx

        emit(render_docx(kind, context), output)
    else:
        emit(render_text(kind, context, output_format, templates), output)
    if output is not None:
        typer.echo(f"coordreg: wrote {output}", err=True)


@app.command()
def plan(
    regulation: RegOption,
    year: Annotated[
        int | None, typer.Option("--year", help="The plan's year (default: this year).")
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
) -> None:
    """Render the annual coordination plan (Kế hoạch) of a year."""
    from datetime import date

    from coordreg.documents import plan_context
    from coordreg.dossier import find_regulation, load_dossier
    from coordreg.output import check_output, format_for
    from coordreg.plan import build_plan, plan_json

    chosen = format_for(output, output_format.value if output_format else None)
    try:
        check_output(output, chosen)
        dossier = load_dossier(find_regulation(regulation))
        the_plan = build_plan(dossier, year or date.today().year)
        if output is not None:
            typer.echo(
                f"coordreg: plan {the_plan.year}: {len(the_plan.items)} tasks "
                f"({len(the_plan.carried_over)} carried over); host: {the_plan.host.name}",
                err=True,
            )
        _render_document(
            "plan",
            plan_json(the_plan) if chosen == "json" else None,
            lambda language: plan_context(the_plan, language),
            chosen,
            output,
            lang.value,
            templates,
        )
    except UsageError as error:
        _fail(error, lang.value)
    except RefusedError as error:
        _refuse(error, lang.value)
    except DataError as error:
        _report_data_error(error, lang.value)


@app.command()
def review(
    regulation: RegOption,
    end_year: Annotated[
        int | None,
        typer.Option(
            "--end-year", help="Last year of the period (default: the latest complete window)."
        ),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
) -> None:
    """Render the five-year review report (Báo cáo sơ kết) from the evaluation records."""
    from coordreg.documents import review_context
    from coordreg.dossier import find_regulation, load_dossier
    from coordreg.output import check_output, format_for
    from coordreg.review import build_review, review_json

    chosen = format_for(output, output_format.value if output_format else None)
    try:
        check_output(output, chosen)
        dossier = load_dossier(find_regulation(regulation))
        the_review = build_review(dossier, end_year)
        _render_document(
            "review",
            review_json(the_review) if chosen == "json" else None,
            lambda language: review_context(the_review, language),
            chosen,
            output,
            lang.value,
            templates,
        )
    except UsageError as error:
        _fail(error, lang.value)
    except RefusedError as error:
        _refuse(error, lang.value)
    except DataError as error:
        _report_data_error(error, lang.value)


@app.command()
def evaluate(
    regulation: RegOption,
    year: Annotated[int, typer.Option("--year", help="The year to evaluate.")],
    lang: LangOption = Lang.en,
) -> None:
    """Write the skeleton of a year's evaluation record, to fill in; never overwrites."""
    from coordreg.dossier import find_regulation, load_dossier
    from coordreg.evaluate import write_record_skeleton

    try:
        written, the_plan = write_record_skeleton(load_dossier(find_regulation(regulation)), year)
    except UsageError as error:
        _fail(error, lang.value)
    except RefusedError as error:
        _refuse(error, lang.value)
    except DataError as error:
        _report_data_error(error, lang.value)
    carried = len(the_plan.carried_over)
    typer.echo(
        f"wrote {written}: {len(the_plan.items)} duties to evaluate ({carried} carried over)"
    )


def run() -> None:
    """Run the app; a coordreg error becomes a one-line message, never a traceback."""
    try:
        app()
    except CoordregError as error:  # pragma: no cover - commands handle their own
        typer.echo(f"coordreg: {error}", err=True)
        sys.exit(2)
