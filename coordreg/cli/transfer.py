"""`coordreg transfer`: hand every duty of one body to another, across regulations."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, app, lang_option
from coordreg.cli.values import checked_paths


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
    target: Annotated[str, typer.Option("--to", help="The body that takes over.")],
    effective: Annotated[
        str | None,
        typer.Option(
            "--effective", help="From this day (YYYY-MM-DD); the old body ends the day before."
        ),
    ] = None,
    write: Annotated[
        bool, typer.Option("--write", help="Rewrite the files (default: show what would change).")
    ] = False,
    minutes: Annotated[
        Path | None,
        typer.Option(
            "--minutes",
            help="Also write the handover minute (.md, .html or .docx).",
            callback=checked_paths,
        ),
    ] = None,
    lang: Annotated[Lang, lang_option("Language of the report and minute: vi or en.")] = Lang.vi,
) -> None:
    """Move every duty a body leads or supports to another body (biên bản bàn giao)."""
    from coordreg.catalogue.labels import Labels
    from coordreg.edit.handover import carry_out_transfer, prepare_transfer
    from coordreg.reporters.text import report_text as report_findings
    from coordreg.versions.diff import compare
    from coordreg.versions.diffreport import report_text

    planned = prepare_transfer(regulations, source, target, _date(effective), minute=minutes)
    labels = Labels(lang.value)
    for item in planned.changed:
        report_text(
            str(item.file), str(item.file), compare(item.old, item.new), sys.stdout, lang.value
        )
        typer.echo()
    for handover in (h for item in planned.files for h in item.handovers if h.names_old_body):
        typer.echo(labels("transfer.text_names", duty=handover.duty.id, body=handover.old_name))
    if not write:
        typer.echo(labels("transfer.would_move", count=planned.moved, files=len(planned.changed)))
    result = carry_out_transfer(planned, write=write, lang=lang.value)
    if write:
        if result.written:
            written = ", ".join(str(file) for file in result.written)
            typer.echo(labels("transfer.moved", count=planned.moved, files=written))
        else:
            typer.echo(labels("transfer.nothing_written"))
        if result.check is not None and result.check.findings:
            report_findings(result.check, sys.stdout, lang.value)
    if minutes is not None:
        typer.echo(f"coordreg: wrote {minutes}", err=True)
    if result.failed:
        raise typer.Exit(1)
