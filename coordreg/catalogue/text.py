"""One catalogue entry, a `Text` in Vietnamese and English, and the choice between them.

Every word coordreg shows (findings, one-line errors, terms, document labels) is a
`Text`. Its fields are named and keyword-only, so an entry cannot be written or read
in the wrong language order, as positional (en, vi) and (vi, en) pairs once could.
"""

from __future__ import annotations

from dataclasses import dataclass

# Vietnamese first: it is the language of the documents and their default.
LANGS = ("vi", "en")


@dataclass(frozen=True, slots=True, kw_only=True)
class Text:
    """A sentence or a word in both languages, with the same {placeholders} in each."""

    vi: str
    en: str


def pick(text: Text, lang: str) -> str:
    """`text` in `lang`: Vietnamese for "vi", English for any other value (the CLI's default)."""
    return text.vi if lang == "vi" else text.en
