"""`coordreg transfer`: hand a body's duties to other bodies, across regulations."""

from __future__ import annotations

import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.catalogue.printable import shown
from coordreg.cli.app import Lang, app, lang_option, say
from coordreg.cli.values import checked_paths


class ActKindOption(StrEnum):
    amendment = "amendment"
    handover = "handover"
    reorganisation = "reorganisation"


def _date(value: str | None) -> date | None:
    """A day option's value, read as every command reads days (YYYY-MM-DD, 1900-2200)."""
    if value is None:
        return None
    from coordreg.documents.agenda import parse_day

    return parse_day(value)


@app.command()
def transfer(
    regulations: Annotated[
        list[str],
        typer.Argument(
            help="Regulations (ids, folders or files) whose duties move.", callback=checked_paths
        ),
    ],
    source: Annotated[
        str, typer.Option("--from", help="The body that hands over (party or unit id).")
    ],
    target: Annotated[
        str | None,
        typer.Option("--to", help="The body that takes over (optional with --map)."),
    ] = None,
    effective: Annotated[
        str | None,
        typer.Option(
            "--effective",
            help="From this day (YYYY-MM-DD): recorded as history; the old body ends the day "
            "before once it holds no duty.",
        ),
    ] = None,
    duties: Annotated[
        list[str] | None,
        typer.Option("--duty", help="Move only this duty (repeatable)."),
    ] = None,
    articles: Annotated[
        list[int] | None,
        typer.Option("--article", help="Move only the duties of this article (repeatable)."),
    ] = None,
    mapping: Annotated[
        Path | None,
        typer.Option(
            "--map",
            help="A YAML file: duties: {id: body}, articles: {7: body}.",
            callback=checked_paths,
        ),
    ] = None,
    act: Annotated[
        str | None, typer.Option("--act", help="Record under this act, already in the file.")
    ] = None,
    act_number: Annotated[
        str | None, typer.Option("--act-number", help="The new act's number (số ký hiệu).")
    ] = None,
    act_title: Annotated[
        str | None, typer.Option("--act-title", help="The new act's title (trích yếu).")
    ] = None,
    act_signed: Annotated[
        str | None, typer.Option("--act-signed", help="The day the new act was signed.")
    ] = None,
    act_kind: Annotated[
        ActKindOption | None,
        typer.Option("--act-kind", help="handover (default), amendment or reorganisation."),
    ] = None,
    act_id: Annotated[
        str | None, typer.Option("--act-id", help="The new act's id (default: generated).")
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", help="Rewrite the files (default: show what would change).")
    ] = False,
    minutes: Annotated[
        Path | None,
        typer.Option(
            "--minutes",
            help="Also write the handover minute (.md, .html, .docx or .pdf).",
            callback=checked_paths,
        ),
    ] = None,
    lang: Annotated[Lang, lang_option("Language of the report and minute: vi or en")] = Lang.vi,
) -> None:
    """Move the duties a body leads or supports to other bodies (biên bản bàn giao)."""
    from coordreg.catalogue.controls import one_line
    from coordreg.catalogue.labels import Labels
    from coordreg.edit.acts import ActChoice
    from coordreg.edit.handover import carry_out_transfer, prepare_transfer
    from coordreg.edit.selection import Selection, read_map
    from coordreg.render.textfmt import legal_date
    from coordreg.reporters.text import report_text as report_findings
    from coordreg.versions.diff import compare
    from coordreg.versions.diffreport import report_text

    selection = Selection(
        tuple(duties or ()), tuple(articles or ()), read_map(mapping) if mapping else None
    )
    choice = ActChoice(
        act,
        act_id,
        act_number,
        act_title,
        _date(act_signed),
        act_kind.value if act_kind is not None else None,
    )
    planned = prepare_transfer(
        regulations,
        source,
        target,
        _date(effective),
        minute=minutes,
        selection=selection,
        act=choice,
    )
    labels = Labels(lang.value)
    for item in planned.changed:
        report_text(
            shown(str(item.file)),
            shown(str(item.file)),
            compare(item.old, item.new),
            sys.stdout,
            lang.value,
        )
        typer.echo()
    for file, recorded, new in planned.acts:
        typer.echo(
            labels(
                "transfer.act_new" if new else "transfer.act_known",
                file=one_line(str(file)),
                id=one_line(recorded.id),
                kind=labels(f"transfer.act_kind.{recorded.kind}"),
                title=one_line(recorded.title),
                date=legal_date(recorded.effective, lang.value),
            )
        )
    for handover in (h for item in planned.files for h in item.handovers if h.names_old_body):
        names = {"duty": one_line(handover.duty.id), "body": one_line(handover.old_name)}
        typer.echo(labels("transfer.text_names", **names))
    if not write:
        typer.echo(labels("transfer.would_move", count=planned.moved, files=len(planned.changed)))
    result = carry_out_transfer(planned, write=write, lang=lang.value)
    if write:
        if result.written:
            written = ", ".join(one_line(str(file)) for file in result.written)
            typer.echo(labels("transfer.moved", count=planned.moved, files=written))
        else:
            typer.echo(labels("transfer.nothing_written"))
        if result.check is not None and result.check.findings:
            report_findings(result.check, sys.stdout, lang.value)
    if minutes is not None:
        say("wrote", lang, path=str(minutes))
    if result.failed:
        raise typer.Exit(1)
