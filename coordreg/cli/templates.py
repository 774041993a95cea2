"""`coordreg templates export DIR`: the bundled templates, for an office to start from."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from coordreg.cli.app import Lang, LangOption, app, say

templates_app = typer.Typer(
    help="An office's own templates: start from the bundled ones.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
)
app.add_typer(templates_app, name="templates")


@templates_app.command("export")
def export(
    folder: Annotated[
        Path, typer.Argument(help="The folder to write them into (made if missing).")
    ],
    force: Annotated[
        bool, typer.Option("--force", help="Overwrite template files already there.")
    ] = False,
    lang: LangOption = Lang.vi,
) -> None:
    """Write the bundled templates into FOLDER, for `--templates FOLDER`.

    The Markdown templates (`plan.md.j2`, `review.md.j2`, `regulation.md.j2`,
    `minutes.md.j2`, the partials `_heading.md.j2` and `_closing.md.j2`) are each
    document's one source of words: a sentence added there appears in its
    Markdown, HTML, PDF and Word forms. `base.html.j2` is the HTML page (its CSS);
    `reference.docx` gives Word its styles, page set-up and letterhead
    (docs/documents.md, "Your own templates").

    An existing file is never overwritten without --force (exit 1, nothing written).
    """
    from coordreg.documents.export import export_templates

    written = export_templates(folder, force)
    say("templates_exported", lang.value, count=len(written), folder=str(folder))
