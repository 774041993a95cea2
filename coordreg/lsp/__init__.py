"""The language server (`coordreg lsp`): `coordreg check` in the editor, while typing.

Any editor that speaks the Language Server Protocol starts `coordreg lsp` and
talks to it over standard input and output (docs/editors.md). It gets:

- every finding of `check` as a diagnostic, on the text being typed (a record
  against its regulation, open or on disk), with its code linked to its
  documentation, in the language of `initializationOptions.lang`, COORDREG_LANG
  or Vietnamese;
- hover and go-to-definition on the ids a file names, completion of ids;
- quick fixes: the "did you mean" of a finding, numbering put back in order.

The modules: `server` (pygls, the requests), `analysis` (checking a document),
`outline` (the places of a text), `textindex` (offsets and the editor's
positions), `diagnostics`, `navigation` (hover, definition), `completion` and
`quickfix`.
"""

from __future__ import annotations


def serve() -> None:
    """Run the language server on standard input and output (imports pygls only now)."""
    from coordreg.lsp.server import serve as run

    run()


__all__ = ["serve"]
