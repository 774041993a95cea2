"""Comparing versions: `coordreg diff`, `log`, `git-setup` and git's diff driver."""

from __future__ import annotations

import shlex
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from coordreg.catalogue.printable import shown
from coordreg.cli.app import Lang, RegulationArgument, app, lang_option
from coordreg.cli.values import checked_paths, day_parser


class DiffFormat(StrEnum):
    text = "text"
    md = "md"
    json = "json"


class LogFormat(StrEnum):
    text = "text"
    json = "json"


DiffLangOption = Annotated[Lang, lang_option("Language of the report: vi or en")]


def _day(value: str) -> date:
    """An `--at` day: YYYY-MM-DD exactly (no week date), within the format's years."""
    from coordreg.documents.agenda import parse_day

    return parse_day(value)


@app.command()
def diff(
    old: Annotated[
        str,
        typer.Argument(
            help="The old version: a file, an id, REV:PATH as git show takes it, or REV:ID."
        ),
    ],
    new: Annotated[
        str | None,
        typer.Argument(
            help="The new version (default: with REV:PATH or REV:ID, the work tree's file; "
            "else compare OLD on two --at days)."
        ),
    ] = None,
    at: Annotated[
        list[str] | None,
        typer.Option(
            "--at",
            help="Compare as in force on this day (YYYY-MM-DD); twice: OLD on the first, "
            "NEW (or OLD again) on the second.",
        ),
    ] = None,
    output_format: Annotated[
        DiffFormat,
        typer.Option("--format", "-f", help="text (redline), md (comparison table) or json."),
    ] = DiffFormat.text,
    exit_code: Annotated[
        bool, typer.Option("--exit-code", help="Exit 1 when there are changes, like git diff.")
    ] = False,
    lang: DiffLangOption = Lang.vi,
) -> None:
    """Compare two versions of a regulation, or one on two days: what was added, repealed,
    renumbered, amended."""
    from coordreg.versions.diff import compare
    from coordreg.versions.diffreport import DIFF_REPORTERS
    from coordreg.versions.sides import compared_sides

    days = [_day(value) for value in at or []]
    before, after = compared_sides(old, new, days)
    changes = compare(before.regulation, after.regulation)
    DIFF_REPORTERS[output_format.value](
        # The labels as they can be printed: a name that is not UTF-8 as \xNN.
        shown(before.label),
        shown(after.label),
        changes,
        sys.stdout,
        lang.value,
        old_at=before.at,
        new_at=after.at,
    )
    if exit_code and changes:
        raise typer.Exit(1)


@app.command()
def log(
    regulation: RegulationArgument,
    since: Annotated[
        date | None,
        typer.Option(
            "--since",
            help="Only commits made on this day (YYYY-MM-DD) or later.",
            parser=day_parser("--since"),
        ),
    ] = None,
    article: Annotated[
        int | None,
        typer.Option(
            "--article", help="Only commits that touched this article (its number today)."
        ),
    ] = None,
    duty: Annotated[
        str | None, typer.Option("--duty", help="Only commits that touched this duty.")
    ] = None,
    output_format: Annotated[
        LogFormat, typer.Option("--format", "-f", help="text or json.")
    ] = LogFormat.text,
    lang: DiffLangOption = Lang.vi,
) -> None:
    """The semantic history of a regulation in git, newest first."""
    from coordreg import api
    from coordreg.versions.historyreport import LOG_REPORTERS

    # A day checked here, not any words git's --since takes: git reads a word it does not
    # know ("garbage") as now, and the history came out empty without a word. From the
    # day's first second: git reads a bare day as that day at the present time of day, so
    # a commit made that morning was in the answer before noon and out of it after.
    day = f"{since.isoformat()} 00:00:00" if since is not None else None
    entries = api.log(regulation, since=day, article=article, duty=duty)
    LOG_REPORTERS[output_format.value](entries, sys.stdout, lang.value)


@app.command("git-setup")
def git_setup(
    path: Annotated[
        Path, typer.Argument(help="A folder inside the repository.", callback=checked_paths)
    ] = Path(),
    lang: DiffLangOption = Lang.vi,
) -> None:
    """Make git diff, git log -p and git show print coordreg's comparison for regulations.

    Writes two things, once: the line `regulation.yaml diff=coordreg` in the
    `.gitattributes` file at the repository's root (to commit, so that everyone
    who clones gets it), and the setting `diff.coordreg.command` in `.git/config`
    (local to this clone: each user runs git-setup once).
    """
    from coordreg.catalogue.errors import render_error
    from coordreg.versions.gitsetup import setup_diff_driver

    attributes, command = setup_diff_driver(
        path, f"{shlex.quote(sys.executable)} -m coordreg git-diff-driver"
    )
    typer.echo(render_error("git_setup_attributes", {"path": attributes}, lang.value))
    typer.echo(render_error("git_setup_command", {"command": command}, lang.value))


@app.command("git-diff-driver", hidden=True)
def git_diff_driver(arguments: Annotated[list[str], typer.Argument()]) -> None:
    """git's external diff: PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE."""
    from coordreg.files.settings import default_language
    from coordreg.versions.gitsetup import driver_output

    sys.stdout.write(driver_output(arguments, default_language()))
