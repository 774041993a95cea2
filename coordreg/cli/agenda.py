"""`coordreg agenda` (what falls due) and `coordreg new` (a regulation to fill in)."""

from __future__ import annotations

import json
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app, handled
from coordreg.errors import UsageError


class AgendaFormat(StrEnum):
    text = "text"
    json = "json"
    ics = "ics"


# The suffix of `-o` must match the format, as for documents: a slip such as
# `-o regulation.yaml` cannot replace a regulation with an agenda.
AGENDA_SUFFIXES: dict[str, tuple[str, ...]] = {
    "text": (".txt",),
    "json": (".json",),
    "ics": (".ics", ".ical", ".icalendar"),
}


def agenda_format(output: Path | None, requested: AgendaFormat | None) -> str:
    """As requested, else from the `-o` file's suffix, else text."""
    if requested is not None:
        return requested.value
    if output is not None:
        for name, suffixes in AGENDA_SUFFIXES.items():
            if output.suffix.lower() in suffixes:
                return name
    return "text"


def check_agenda_output(output: Path | None, chosen: str) -> None:
    if output is None:
        return
    suffixes = AGENDA_SUFFIXES[chosen]
    if output.suffix.lower() not in suffixes:
        raise UsageError(
            "output_suffix", path=str(output), format=chosen, suffixes=", ".join(suffixes)
        )
    if output.is_dir():
        raise UsageError("output_is_dir", path=str(output))
    if not output.parent.is_dir():
        raise UsageError("output_parent_missing", path=str(output.parent))


@app.command()
def agenda(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).", show_default=False
        ),
    ] = None,
    party: Annotated[
        str | None,
        typer.Option(
            "--party",
            help="Only the events of this party (and its units) or unit; evaluations it hosts.",
        ),
    ] = None,
    start: Annotated[
        str | None, typer.Option("--from", help="First day, YYYY-MM-DD (default: today).")
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", help="Last day, YYYY-MM-DD (default: 90 days after --from)."),
    ] = None,
    output_format: Annotated[
        AgendaFormat | None,
        typer.Option("--format", "-f", help="text, json or ics (default: from -o, else text)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option("--output", "-o", help="Write to this file (default: standard output)."),
    ] = None,
    lang: Annotated[
        Lang, typer.Option("--lang", help="Language of the agenda and messages: vi or en.")
    ] = Lang.vi,
) -> None:
    """List what falls due: duty deadlines, yearly evaluations and reviews, by date.

    Regulations with errors are left out and listed on standard error; the
    agenda of the others is still made, and the exit status is then 1.
    """
    from coordreg.catalogue.messages import render_error
    from coordreg.documents.agenda import build_agenda, load_regulations, parse_day, window
    from coordreg.documents.agendareport import agenda_ics, agenda_json, agenda_text
    from coordreg.documents.output import emit

    chosen = agenda_format(output, output_format)
    with handled(lang.value):
        check_agenda_output(output, chosen)
        first = parse_day(start, "--from") if start is not None else None
        last = parse_day(end, "--to") if end is not None else None
        first, last = window(first, last, date.today())
        regulations, skipped = load_regulations(paths or [Path("regulations")])
        for item in skipped:
            message = render_error(
                "agenda_skipped", {"path": item.file, "errors": item.errors}, lang.value
            )
            typer.echo(f"coordreg: {message}", err=True)
        the_agenda = build_agenda(regulations, first, last, party, skipped)
        if chosen == "json":
            content: str | bytes = (
                json.dumps(agenda_json(the_agenda, lang.value), ensure_ascii=False, indent=2) + "\n"
            )
        elif chosen == "ics":
            content = agenda_ics(the_agenda, lang.value)
        else:
            content = agenda_text(the_agenda, lang.value)
        emit(content, output)
    if output is not None:
        typer.echo(f"coordreg: wrote {output}", err=True)
    if skipped:
        raise typer.Exit(1)


@app.command("new")
def new(
    regulation_id: Annotated[
        str, typer.Argument(metavar="ID", help="The new regulation's id, also its folder's name.")
    ],
    parties: Annotated[
        list[str] | None,
        typer.Option(
            "--party",
            help="A party as ID:NAME, e.g. 'bca:Bộ Công an'; two or more, in rotation order.",
            show_default=False,
        ),
    ] = None,
    title: Annotated[
        str | None,
        typer.Option("--title", help="The full title (default: Quy chế phối hợp giữa A và B)."),
    ] = None,
    root: Annotated[Path, typer.Option("--root", help="The folder of regulations.")] = Path(
        "regulations"
    ),
    lang: LangOption = Lang.en,
) -> None:
    """Write the skeleton of a new regulation, with the usual three chapters; never overwrites."""
    from coordreg.catalogue.messages import render_error
    from coordreg.edit.scaffold import check_regulation_id, parse_party, write_scaffold

    with handled(lang.value):
        check_regulation_id(regulation_id)
        specs = [parse_party(spec) for spec in parties or []]
        written = write_scaffold(root, regulation_id, specs, title, date.today())
    message = render_error(
        "new_written", {"path": str(written), "folder": str(written.parent)}, lang.value
    )
    typer.echo(message)
