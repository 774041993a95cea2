"""`coordreg agenda` (what falls due) and `coordreg new` (a regulation to fill in)."""

from __future__ import annotations

from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app, lang_option, write_out
from coordreg.cli.values import checked_paths, day_parser


class AgendaFormat(StrEnum):
    text = "text"
    json = "json"
    ics = "ics"


@app.command()
def agenda(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).",
            show_default=False,
            callback=checked_paths,
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
        date | None,
        typer.Option(
            "--from",
            metavar="DATE",
            help="First day, YYYY-MM-DD (default: today).",
            parser=day_parser("--from"),
        ),
    ] = None,
    end: Annotated[
        date | None,
        typer.Option(
            "--to",
            metavar="DATE",
            help="Last day, YYYY-MM-DD (default: 90 days after --from).",
            parser=day_parser("--to"),
        ),
    ] = None,
    output_format: Annotated[
        AgendaFormat | None,
        typer.Option("--format", "-f", help="text, json or ics (default: from -o, else text)."),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file (default: standard output).",
            callback=checked_paths,
        ),
    ] = None,
    lang: Annotated[Lang, lang_option("Language of the agenda and messages: vi or en")] = Lang.vi,
) -> None:
    """List what falls due: duty deadlines, yearly evaluations and reviews, by date.

    Regulations with errors are left out and listed on standard error; the
    agenda of the others is still made, and the exit status is then 1.
    """
    from coordreg import clock
    from coordreg.catalogue.errors import render_error
    from coordreg.documents.agenda import build_agenda, load_regulations, window
    from coordreg.documents.agendareport import agenda_output
    from coordreg.documents.output import AGENDA, checked_format
    from coordreg.files.root import regulations_folder

    chosen = checked_format(AGENDA, output, output_format.value if output_format else None)
    first, last = window(start, end, clock.today())
    regulations, skipped = load_regulations(paths or [regulations_folder()])
    # Said before the agenda is made: a --party no regulation read declares is an
    # error, and the files left out may be why.
    for item in skipped:
        message = render_error(
            "agenda_skipped", {"path": item.file, "errors": item.errors}, lang.value
        )
        typer.echo(f"coordreg: {message}", err=True)
    the_agenda = build_agenda(regulations, first, last, party, skipped)
    write_out(agenda_output(the_agenda, chosen, lang.value), output, lang)
    if skipped:
        raise typer.Exit(1)


@app.command("new")
def new(
    regulation_id: Annotated[
        str,
        typer.Argument(
            metavar="ID",
            help="The new regulation's id, also its folder's name.",
            callback=checked_paths,
        ),
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
    root: Annotated[
        Path | None,
        typer.Option(
            "--root",
            help="The folder of regulations (default: the repository's regulations/).",
            show_default=False,
            callback=checked_paths,
        ),
    ] = None,
    lang: LangOption = Lang.vi,
) -> None:
    """Write the skeleton of a new regulation, with the usual three chapters; never overwrites."""
    from coordreg import clock
    from coordreg.catalogue.errors import render_error
    from coordreg.edit.new_input import check_regulation_id, parse_party
    from coordreg.edit.scaffold import SCHEMAS_FOLDER, editor_schema, write_scaffold
    from coordreg.files.root import regulations_folder

    check_regulation_id(regulation_id)
    specs = [parse_party(spec) for spec in parties or []]
    folder = root or regulations_folder()
    schema = editor_schema(folder.parent / SCHEMAS_FOLDER)
    written = write_scaffold(folder, regulation_id, specs, title, clock.today(), schema)
    message = render_error(
        "new_written", {"path": str(written), "folder": str(written.parent)}, lang.value
    )
    typer.echo(message)
