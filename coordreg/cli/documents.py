"""The documents: `coordreg plan`, `review`, `text` and `evaluate`."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, RegulationArgument, app, lang_option, write_out


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
DocLangOption = Annotated[Lang, lang_option("Language of the document: vi or en.")]
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
    from coordreg.documents.output import DOCUMENT, checked_format
    from coordreg.documents.rendering import plan_document

    chosen = checked_format(DOCUMENT, output, output_format.value if output_format else None)
    the_plan = api.plan(regulation, year)
    if output is not None:
        missing = f"; no record for {the_plan.year - 1} yet" if the_plan.previous_missing else ""
        typer.echo(
            f"coordreg: plan {the_plan.year}: {len(the_plan.items)} tasks "
            f"({len(the_plan.carried_over)} carried over{missing}); host: {the_plan.host.name}",
            err=True,
        )
    write_out(plan_document(the_plan, chosen, lang.value, templates), output)


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
    write_out(review_document(the_review, chosen, lang.value, templates), output)


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
    write_out(regulation_document(the_regulation, chosen, lang.value, templates, day), output)


XlsxOption = Annotated[
    bool, typer.Option("--xlsx", help="Write the units' checklist workbook (-o FILE.xlsx).")
]
PartyOption = Annotated[
    str | None, typer.Option("--party", help="With --xlsx: one sheet, for this party.")
]
UnitOption = Annotated[
    str | None, typer.Option("--unit", help="With --xlsx: one sheet, for this unit.")
]
FromXlsxOption = Annotated[
    list[Path] | None,
    typer.Option("--from-xlsx", help="Merge a returned checklist into the record (repeatable)."),
]
WriteOption = Annotated[
    bool, typer.Option("--write", help="With --from-xlsx: write the record (else a dry run).")
]
ReplaceOption = Annotated[
    bool, typer.Option("--replace", help="With --write: replace results that differ.")
]


@app.command()
def evaluate(
    regulation: RegulationArgument,
    year: Annotated[int, typer.Option("--year", help="The year to evaluate.")],
    lang: LangOption = Lang.en,
    xlsx: XlsxOption = False,
    output: OutputOption = None,
    party: PartyOption = None,
    unit: UnitOption = None,
    from_xlsx: FromXlsxOption = None,
    write: WriteOption = False,
    replace: ReplaceOption = False,
) -> None:
    """Write the skeleton of a year's evaluation record, to fill in; never overwrites.

    With --xlsx, write instead the units' checklist workbook; with --from-xlsx,
    merge the returned workbooks into the record (a dry run without --write).
    """
    from coordreg import api
    from coordreg.cli import checklist

    workbooks = from_xlsx or []
    checklist.check_options(xlsx, output, workbooks, party, unit, write, replace)
    if xlsx and output is not None:
        return checklist.make_checklist(regulation, year, output, party, unit, lang.value)
    if workbooks:
        return checklist.merge_checklists(regulation, year, workbooks, write, replace, lang.value)
    record = api.evaluate(regulation, year)
    # A duty that changed hands during the year is two tasks of the plan, one result.
    duties = len({item.duty.id for item in record.plan.items})
    carried = len({item.duty.id for item in record.plan.carried_over})
    typer.echo(f"wrote {record.file}: {duties} duties to evaluate ({carried} carried over)")
