"""`coordreg import`: a regulation folder from the text of an existing regulation."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, app, lang_option
from coordreg.cli.values import checked_paths


@app.command("import")
def import_regulation(
    file: Annotated[
        Path,
        typer.Argument(
            metavar="FILE",
            help="The regulation's text: .docx, .txt or .md.",
            callback=checked_paths,
        ),
    ],
    regulation_id: Annotated[
        str | None,
        typer.Option(
            "--id",
            help="The regulation's id (default: the parties' symbols and year).",
            callback=checked_paths,  # it names the folder written
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="The folder of regulations to write into (default: the repository's "
            "regulations/).",
            show_default=False,
            callback=checked_paths,
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help="Print the regulation file instead of writing it."),
    ] = False,
    lang: Annotated[Lang, lang_option("Language of messages: vi or en")] = Lang.vi,
) -> None:
    """Turn a regulation's text into OUTPUT/<id>/regulation.yaml, ready for review.

    Every duty found is marked `review`, and text that could not be placed is
    kept under `unplaced` with its line in the source: `coordreg check` lists both.
    Never overwrites an existing folder.
    """
    from coordreg import api
    from coordreg.catalogue.errors import render_error
    from coordreg.files.root import regulations_folder
    from coordreg.reporters.text import report_text

    def say(msgid: str, **args: object) -> None:
        typer.echo(render_error(msgid, args, lang.value), err=True)

    result = api.import_regulation(
        file, regulation_id, write_into=None if dry_run else output or regulations_folder()
    )
    imported = result.imported
    if dry_run:
        typer.echo(imported.text, nl=False)
    found = imported.summary
    say(
        "import_found",
        path=file,
        chapters=found.chapters,
        articles=found.articles,
        clauses=found.clauses,
        points=found.points,
        parties=found.parties,
        units=found.units,
        duties=found.duties,
    )
    say(
        "import_to_review", count=found.to_review, duties=found.duties, unplaced=len(found.unplaced)
    )
    for line in found.unplaced:
        say("import_unplaced_line", line=line.number, text=line.text)
    if found.chapters_to_review:
        say("import_chapters_to_review", count=found.chapters_to_review)
    for note in found.notes:
        say("import_note", note=note)
    errors = imported.check.errors
    if errors:
        report_text(imported.check, sys.stderr, lang.value)
        say("import_check_errors", errors=errors)
    if result.file is not None:
        say("import_written", path=result.file, folder=result.file.parent)
