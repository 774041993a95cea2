"""`coordreg lsp`: start the language server for an editor."""

from __future__ import annotations

from typing import Annotated

import typer

from coordreg.cli.app import app


@app.command("lsp")
def lsp(
    stdio: Annotated[
        bool,
        typer.Option(
            "--stdio",
            help="Talk over standard input and output (the only way; for clients that pass it).",
        ),
    ] = True,
) -> None:
    """Run the language server (LSP) over standard input and output, for editors.

    Diagnostics while typing, hover, go-to-definition, completion of ids and quick
    fixes; docs/editors.md shows how to set up VS Code, Neovim, Helix and Emacs.
    Messages in the language of the client's initializationOptions.lang, else
    COORDREG_LANG, else Vietnamese.
    """
    from coordreg.lsp import serve

    serve()
