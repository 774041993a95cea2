"""The documents: `coordreg plan`, `review`, `text` and `evaluate`."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

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
from coordreg.cli.values import checked_paths, checked_year, day_parser

if TYPE_CHECKING:
    from coordreg.documents.marks import Marks


class DocFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"
    json = "json"


class TextFormat(StrEnum):
    md = "md"
    html = "html"
    docx = "docx"
    pdf = "pdf"


FormatOption = Annotated[
    DocFormat | None,
    typer.Option("--format", "-f", help="md, html, docx, pdf or json (default: from -o, else md)."),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        help="Write to this file (default: standard output).",
        callback=checked_paths,
    ),
]
TextFormatOption = Annotated[
    TextFormat | None,
    typer.Option("--format", "-f", help="md, html, docx or pdf (default: from -o, else md)."),
]


class SecrecyLevel(StrEnum):
    mat = "mat"
    toi_mat = "toi-mat"
    tuyet_mat = "tuyet-mat"


class UrgencyLevel(StrEnum):
    khan = "khan"
    thuong_khan = "thuong-khan"
    hoa_toc = "hoa-toc"


SecrecyOption = Annotated[
    SecrecyLevel | None,
    typer.Option(
        "--secrecy",
        help="Mark of secrecy (độ mật): mat, toi-mat, tuyet-mat (default: the regulation's).",
    ),
]
UrgencyOption = Annotated[
    UrgencyLevel | None,
    typer.Option(
        "--urgency",
        help="Mark of urgency (độ khẩn): khan, thuong-khan, hoa-toc (default: the regulation's).",
    ),
]
DocLangOption = Annotated[Lang, lang_option("Language of the document: vi or en")]


def _warn_retired(folder: Path | None, lang: Lang) -> None:
    """Say that an office's old per-document HTML templates are no longer read."""
    if folder is None:
        return
    from coordreg.render.template_loader import retired_templates

    names = retired_templates(folder)
    if names:
        say("templates_retired", lang, folder=str(folder), names=", ".join(names))


def _confined(folder: Path | None) -> Path | None:
    """A templates folder: its names within the system's limits, and refused when it is a
    link out of the repository (`link_outside`)."""
    checked_paths(folder)
    if folder is not None:
        from coordreg.files.root import confine

        confine(folder)
    return folder


TemplatesOption = Annotated[
    Path | None,
    typer.Option(
        "--templates",
        help="A folder of the office's own templates (run sandboxed).",
        callback=_confined,
    ),
]


@app.command()
def plan(
    regulation: RegulationArgument,
    year: Annotated[
        int | None,
        typer.Option("--year", help="The plan's year (default: this year).", callback=checked_year),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
    secrecy: SecrecyOption = None,
    urgency: UrgencyOption = None,
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
    marks = _marks(secrecy, urgency)
    _warn_retired(templates, lang)
    write_out(plan_document(the_plan, chosen, lang.value, templates, marks), output, lang)


@app.command()
def review(
    regulation: RegulationArgument,
    end_year: Annotated[
        int | None,
        typer.Option(
            "--end-year",
            help="Last year of the period (default: the latest complete window).",
            callback=checked_year,
        ),
    ] = None,
    output_format: FormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
    secrecy: SecrecyOption = None,
    urgency: UrgencyOption = None,
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
    marks = _marks(secrecy, urgency)
    _warn_retired(templates, lang)
    write_out(review_document(the_review, chosen, lang.value, templates, marks), output, lang)


@app.command()
def text(
    regulation: RegulationArgument,
    output_format: TextFormatOption = None,
    output: OutputOption = None,
    lang: DocLangOption = Lang.vi,
    templates: TemplatesOption = None,
    secrecy: SecrecyOption = None,
    urgency: UrgencyOption = None,
    at: Annotated[
        date | None,
        typer.Option(
            "--at",
            metavar="DATE",
            help="The text in force on this day, YYYY-MM-DD (default: today).",
            parser=day_parser("--at"),
        ),
    ] = None,
) -> None:
    """Render the regulation's own text (văn bản quy chế) in force on a day, with its
    duties in an appendix: a consolidated text once acts have amended it."""
    from coordreg import api
    from coordreg.documents.output import REGULATION_TEXT, checked_format
    from coordreg.documents.rendering import regulation_document

    requested = output_format.value if output_format else None
    chosen = checked_format(REGULATION_TEXT, output, requested)
    # The text needs no evaluation record: an unfinished one does not block it.
    the_regulation = api.load_regulation(regulation)
    marks = _marks(secrecy, urgency)
    _warn_retired(templates, lang)
    document = regulation_document(the_regulation, chosen, lang.value, templates, at, marks)
    write_out(document, output, lang)


def _marks(secrecy: SecrecyLevel | None, urgency: UrgencyLevel | None) -> Marks | None:
    """The document's own marks of secrecy and urgency, when given."""
    from coordreg.documents.marks import Marks

    if secrecy is None and urgency is None:
        return None
    return Marks(
        secrecy=secrecy.value if secrecy else None,
        urgency=urgency.value if urgency else None,
    )


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
    year: Annotated[
        int, typer.Option("--year", help="The year to evaluate.", callback=checked_year)
    ],
    lang: LangOption = Lang.vi,
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
    from coordreg import api, clock
    from coordreg.catalogue.errors import render_error
    from coordreg.cli import checklist
    from coordreg.render.textfmt import legal_date

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
    message = {"path": record.file, "duties": duties, "carried": carried}
    typer.echo(render_error("evaluate_written", message, lang.value))
    today = clock.today()
    if year > today.year:
        say("evaluate_future_year", lang, year=year, today=legal_date(today, lang.value))
