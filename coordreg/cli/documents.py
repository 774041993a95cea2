"""The documents: `coordreg plan`, `review`, `text` and `evaluate`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import (
    Lang,
    LangOption,
    RegulationArgument,
    app,
    lang_option,
    say,
    write_out,
)


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
DocLangOption = Annotated[Lang, lang_option("Language of the document: vi or en")]
TemplatesOption = Annotated[
    Path | None,
    typer.Option("--templates", help="A folder of the office's own templates (run sandboxed)."),
]


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
    from coordreg import api
    from coordreg.catalogue.errors import render_error
    from coordreg.documents.output import DOCUMENT, checked_format
    from coordreg.documents.rendering import plan_document

    chosen = checked_format(DOCUMENT, output, output_format.value if output_format else None)
    the_plan = api.plan(regulation, year)
    if output is not None:
        missing = ""
        if the_plan.previous_missing:
            missing = render_error("plan_previous_missing", {"year": the_plan.year - 1}, lang)
        say(
            "plan_summary",
            lang,
            year=the_plan.year,
            tasks=len(the_plan.items),
            carried=len(the_plan.carried_over),
            missing=missing,
            host=the_plan.host.name,
        )
    write_out(plan_document(the_plan, chosen, lang.value, templates), output, lang)


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
            "--history/--no-history",
            # Kept so that scripts written for earlier versions keep working: the
            # amendments now come from the regulation's acts, never from git.
            hidden=True,
            help="No effect: the amendments listed are the regulation's recorded acts.",
        ),
    ] = True,
) -> None:
    """Render the five-year review report (Báo cáo sơ kết) from the evaluation records.

    Each year is counted with the regulation as in force that year; the amendments
    are the acts recorded in the regulation that took effect during the period.
    """
    from coordreg import api
    from coordreg.documents.output import DOCUMENT, checked_format
    from coordreg.documents.rendering import review_document

    del history
    chosen = checked_format(DOCUMENT, output, output_format.value if output_format else None)
    the_review = api.review(regulation, end_year)
    write_out(review_document(the_review, chosen, lang.value, templates), output, lang)


@app.command()
def text(
    regulation: RegulationArgument,
    output_format: TextFormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
    at: Annotated[
        str | None,
        typer.Option(
            "--at",
            metavar="DATE",
            help="The text in force on this day, YYYY-MM-DD (default: today).",
        ),
    ] = None,
) -> None:
    """Render the regulation's own text (văn bản quy chế) in force on a day, with its
    duties in an appendix: a consolidated text once acts have amended it."""
    from coordreg import api
    from coordreg.documents.agenda import parse_day
    from coordreg.documents.output import REGULATION_TEXT, checked_format
    from coordreg.documents.rendering import regulation_document

    requested = output_format.value if output_format else None
    chosen = checked_format(REGULATION_TEXT, output, requested)
    day = parse_day(at, "--at") if at is not None else None
    # The text needs no evaluation record: an unfinished one does not block it.
    the_regulation = api.load_regulation(regulation)
    write_out(regulation_document(the_regulation, chosen, lang.value, templates, day), output, lang)


@app.command()
def evaluate(
    regulation: RegulationArgument,
    year: Annotated[int, typer.Option("--year", help="The year to evaluate.")],
    lang: LangOption = Lang.vi,
) -> None:
    """Write the skeleton of a year's evaluation record, to fill in; never overwrites."""
    from coordreg import api, clock
    from coordreg.catalogue.errors import render_error

    record = api.evaluate(regulation, year)
    # A duty that changed hands during the year is two tasks of the plan, one result.
    duties = len({item.duty.id for item in record.plan.items})
    carried = len({item.duty.id for item in record.plan.carried_over})
    message = {"path": record.file, "duties": duties, "carried": carried}
    typer.echo(render_error("evaluate_written", message, lang.value))
    today = clock.today()
    if year > today.year:
        say("evaluate_future_year", lang, year=year, today=today.isoformat())
