"""The language server (`coordreg lsp`)."""
