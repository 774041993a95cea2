"""The documents: `coordreg plan`, `review`, `text` and `evaluate`."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from coordreg.cli.app import Lang, LangOption, RegulationArgument, app, handled

if TYPE_CHECKING:
    from coordreg.documents.context import DocumentContext


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    json = "json"


class TextFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"


FormatOption = Annotated[
    DocFormat | None,
    typer.Option("--format", "-f", help="md, html, docx or json (default: from -o, else md)."),
]
OutputOption = Annotated[
    Path | None,
    typer.Option("--output", "-o", help="Write to this file (default: standard output)."),
]
TextFormatOption = Annotated[
    TextFormat | None,
    typer.Option("--format", "-f", help="md, html or docx (default: from -o, else md)."),
]
DocLangOption = Annotated[Lang, typer.Option("--lang", help="Language of the document: vi or en.")]
TemplatesOption = Annotated[
    Path | None,
    typer.Option("--templates", help="A folder of the office's own templates (run sandboxed)."),
]


def _emit_document(
    kind: str,
    json_data: Callable[[], dict[str, Any]],
    context_of: Callable[[str], DocumentContext],
    chosen: str,
    output: Path | None,
    lang: str,
    templates: Path | None,
) -> None:
    """Render `kind` in the chosen format and write it out."""
    from coordreg.documents.context import render_text
    from coordreg.documents.output import emit

    if chosen == "json":
        emit(json.dumps(json_data(), ensure_ascii=False, indent=2) + "\n", output)
    elif chosen == "docx":
        from coordreg.documents.docx import render_docx

        emit(render_docx(kind, context_of(lang)), output)
    else:
        emit(render_text(kind, context_of(lang), chosen, templates), output)
    if output is not None:
        typer.echo(f"coordreg: wrote {output}", err=True)


@app.command()
def plan(
    regulation: RegulationArgument,
    year: Annotated[
        int | None, typer.Option("--year", help="The plan's year (default: this year).")
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
) -> None:
    """Render the annual coordination plan (Kế hoạch) of a year."""
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.documents.context import plan_context
    from coordreg.documents.output import check_output, format_for
    from coordreg.documents.plan import build_plan, plan_json

    chosen = format_for(output, output_format.value if output_format else None)
    with handled(lang.value):
        check_output(output, chosen)
        plan_year = year or date.today().year
        # The plan needs last year's record only (for what it carries over).
        dossier = load_dossier(find_regulation(regulation), lambda _r, _a: [plan_year - 1])
        the_plan = build_plan(dossier, plan_year)
        if output is not None:
            missing = f"; no record for {plan_year - 1} yet" if the_plan.previous_missing else ""
            typer.echo(
                f"coordreg: plan {the_plan.year}: {len(the_plan.items)} tasks "
                f"({len(the_plan.carried_over)} carried over{missing}); host: {the_plan.host.name}",
                err=True,
            )
        _emit_document(
            "plan",
            lambda: plan_json(the_plan),
            lambda language: plan_context(the_plan, language),
            chosen,
            output,
            lang.value,
            templates,
        )


@app.command()
def review(
    regulation: RegulationArgument,
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
    history: Annotated[
        bool,
        typer.Option(
            "--history/--no-history", help="List the amendments found in git during the period."
        ),
    ] = True,
) -> None:
    """Render the five-year review report (Báo cáo sơ kết) from the evaluation records."""
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.documents.context import review_context
    from coordreg.documents.output import check_output, format_for
    from coordreg.documents.review import build_review, review_json

    chosen = format_for(output, output_format.value if output_format else None)
    with handled(lang.value):
        check_output(output, chosen)
        the_review = build_review(
            load_dossier(find_regulation(regulation)), end_year, history=history
        )
        _emit_document(
            "review",
            lambda: review_json(the_review),
            lambda language: review_context(the_review, language),
            chosen,
            output,
            lang.value,
            templates,
        )


@app.command()
def text(
    regulation: RegulationArgument,
    output_format: TextFormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
) -> None:
    """Render the regulation's own text (văn bản quy chế), with its duties in an appendix."""
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.documents.output import check_output, format_for
    from coordreg.documents.regulation_text import regulation_context

    chosen = format_for(output, output_format.value if output_format else None)
    # The text has no JSON form: `-o text.json` is refused as a file md cannot go to.
    chosen = "md" if chosen == "json" else chosen
    with handled(lang.value):
        check_output(output, chosen)
        # The text needs no evaluation record: an unfinished one does not block it.
        dossier = load_dossier(find_regulation(regulation), lambda _r, _a: [])
        _emit_document(
            "regulation",
            dict,
            lambda language: regulation_context(dossier.regulation, language),
            chosen,
            output,
            lang.value,
            templates,
        )


@app.command()
def evaluate(
    regulation: RegulationArgument,
    year: Annotated[int, typer.Option("--year", help="The year to evaluate.")],
    lang: LangOption = Lang.en,
) -> None:
    """Write the skeleton of a year's evaluation record, to fill in; never overwrites."""
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.edit.evaluate import refuse_existing_record, write_record_skeleton

    with handled(lang.value):
        file = find_regulation(regulation)
        # Refuse before reading anything: the record may be the unfinished skeleton
        # of an earlier run, whose empty statuses would otherwise be the message.
        refuse_existing_record(file.parent / "evaluations" / f"{year}.yaml")
        dossier = load_dossier(file, lambda _r, _a: [year - 1])
        written, the_plan = write_record_skeleton(dossier, year)
    carried = len(the_plan.carried_over)
    typer.echo(
        f"wrote {written}: {len(the_plan.items)} duties to evaluate ({carried} carried over)"
    )
