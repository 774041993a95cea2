"""`coordreg fmt`: put regulation and evaluation files in the canonical layout."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app
from coordreg.cli.values import checked_paths


def _files(count: int, lang: str) -> str:
    if lang == "vi":
        return f"{count} tệp"
    return f"{count} file" if count == 1 else f"{count} files"


@app.command("fmt")
def fmt(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Regulation folders or files (default: regulations/).",
            show_default=False,
            callback=checked_paths,
        ),
    ] = None,
    check: Annotated[
        bool,
        typer.Option("--check", help="Write nothing; list the files that would change."),
    ] = False,
    lang: LangOption = Lang.vi,
) -> None:
    """Lay out regulation and evaluation files canonically, keeping data and comments.

    Keys in the documented order, two-space indentation, text wrapped at 100
    columns, comments kept (docs/fmt.md). The data never changes: each result is
    read again and compared before anything is written, and files are replaced
    atomically.

    Exit status: 0 when every file is (now) formatted, 1 with --check when a file
    would change, or when a file is left untouched (it has errors, listed as
    `coordreg check` lists them, or fmt cannot keep its data or comments), 2 when
    the command cannot run.
    """
    from coordreg import api
    from coordreg.catalogue.errors import render_error
    from coordreg.files.root import regulations_folder
    from coordreg.findings import CheckResult
    from coordreg.reporters.text import report_text

    language = lang.value
    result = api.fmt(paths or [regulations_folder()], write=not check)
    status = "fmt_would_reformat" if check else "fmt_reformatted"
    for file in result.changed:
        typer.echo(render_error(status, {"path": file.shown}, language))
    for file in result.failed:
        assert file.error is not None
        typer.echo(f"coordreg: {file.error.message(language)}", err=True)
    if result.unreadable:
        findings = CheckResult(
            files=[file.shown for file in result.files],
            findings=sorted(f for file in result.unreadable for f in file.findings),
            sources={file.shown: file.source for file in result.unreadable},
        )
        report_text(findings, sys.stderr, language)
    summary = render_error(
        "fmt_summary_check" if check else "fmt_summary_write",
        {
            "changed": _files(len(result.changed), language),
            "unchanged": _files(len(result.unchanged), language),
        },
        language,
    )
    untouched = len(result.failed) + len(result.unreadable)
    if untouched:
        summary += "; " + render_error(
            "fmt_summary_untouched", {"count": _files(untouched, language)}, language
        )
    typer.echo(f"coordreg: {summary}.", err=True)
    if untouched or (check and result.changed):
        raise typer.Exit(1)
