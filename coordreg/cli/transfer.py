"""`coordreg transfer`: hand every duty of one body to another, across regulations."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from coordreg.cli.app import Lang, app, handled
from coordreg.errors import UsageError

if TYPE_CHECKING:
    from coordreg.edit.transfer import FileTransfer


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UsageError("bad_date", value=value) from None


def _written_at(file: Path) -> Path:
    """Where a regulation is written: through a symbolic link, the file it points to."""
    from coordreg.files.discover import same_file_key

    return same_file_key(file) if file.is_symlink() else file


@app.command()
def transfer(
    regulations: Annotated[
        list[str], typer.Argument(help="Regulations (ids, folders or files) whose duties move.")
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
        typer.Option("--minutes", help="Also write the handover minute (.md, .html or .docx)."),
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", help="Language of the report and minute: vi or en.")
    ] = Lang.vi,
) -> None:
    """Move every duty a body leads or supports to another body (biên bản bàn giao)."""
    from coordreg.catalogue.labels import Labels
    from coordreg.check.checker import check_paths
    from coordreg.check.dossier import find_regulation
    from coordreg.documents.output import check_output, format_for
    from coordreg.edit.transfer import handed_over, plan_transfers
    from coordreg.files.atomic import write_all_atomic
    from coordreg.reporters.text import report_text as report_findings
    from coordreg.versions.diff import compare
    from coordreg.versions.diffreport import report_text

    with handled(lang.value):
        when = _date(effective)
        files = [find_regulation(reference) for reference in regulations]
        if minutes is not None:
            if minutes.suffix.lower() not in (".md", ".html", ".htm", ".docx"):
                raise UsageError("minutes_format", path=str(minutes))
            check_output(minutes, format_for(minutes, None))
        transfers = plan_transfers(files, source, target, when)
        if minutes is not None and not handed_over(transfers, when):
            raise UsageError("minutes_empty", source=source)
    labels = Labels(lang.value)
    for item in transfers:
        if item.changed:
            report_text(
                str(item.file), str(item.file), compare(item.old, item.new), sys.stdout, lang.value
            )
            typer.echo()
    for handover in (h for item in transfers for h in item.handovers if h.names_old_body):
        typer.echo(labels("transfer.text_names", duty=handover.duty.id, body=handover.old_name))
    moved = sum(len(item.handovers) for item in transfers)
    changed = [item for item in transfers if item.changed]
    minute: list[tuple[Path, str | bytes]] = []
    if minutes is not None:
        with handled(lang.value):
            rendered = _render_minutes(
                transfers, source, target, when, format_for(minutes, None), lang.value
            )
        minute = [(minutes, rendered)]
    failed = False
    if not write:
        typer.echo(labels("transfer.would_move", count=moved, files=len(changed)))
    # The regulations and the minute are all written before any is replaced: a
    # failure or an interruption leaves every one as it was (write_all_atomic).
    # A regulation.yaml that is a symbolic link keeps its link: the file it points
    # to is rewritten, as `fmt` does.
    batch: list[tuple[Path, str | bytes]] = (
        [(_written_at(i.file), i.new_bytes) for i in changed] if write else []
    )
    with handled(lang.value):
        write_all_atomic(batch + minute)
    if write:
        if changed:
            written = ", ".join(str(item.file) for item in changed)
            typer.echo(labels("transfer.moved", count=moved, files=written))
        else:
            typer.echo(labels("transfer.nothing_written"))
        result = check_paths([item.file.parent for item in changed]) if changed else None
        if result is not None and result.findings:
            report_findings(result, sys.stdout, lang.value)
            failed = result.errors > 0
    if minutes is not None:
        typer.echo(f"coordreg: wrote {minutes}", err=True)
    if failed:
        raise typer.Exit(1)


def _render_minutes(
    transfers: list[FileTransfer],
    source: str,
    target: str,
    when: date | None,
    output_format: str,
    lang: str,
) -> str | bytes:
    """The handover minute (biên bản bàn giao), as text or, for Word, bytes."""
    from coordreg.documents.context import render_text
    from coordreg.edit.minutes import minutes_context

    context = minutes_context(transfers, source, target, when, lang)
    if output_format == "docx":
        from coordreg.documents.docx import render_docx

        return render_docx("minutes", context)
    return render_text("minutes", context, output_format, None)
