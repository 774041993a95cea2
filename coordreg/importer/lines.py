"""A line of a regulation's source, and the web noise cleaned from it.

Everything downstream sees one list of `Line`s: NFC text with single spaces and
the line's place in the source (a line of a text file; a paragraph of a Word
document, counting the paragraphs inside tables, in reading order). Web copies
carry noise that is not the regulation's: Markdown emphasis and headings, `<br>`,
table pipes left over from the page's layout, no-break and zero-width spaces,
decomposed Vietnamese letters. It is removed here so that the parser only ever
meets the words. A row of a real table (three cells or more, like a list of
duties) stays one line with its cells; a row of two cells is the two-column
heading of an administrative document, whose cells are read as lines of their own.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_SPACES = re.compile(r"[\s\u00a0\u2007\u202f]+")
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_HEADING_MARK = re.compile(r"^(?:#{1,6}|>)\s+")
_EMPHASIS = re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?$")
_RULE = re.compile(r"^[-_=*~.\s]{3,}$")


@dataclass(frozen=True)
class Line:
    """One line of the source: its text, its place, and its cells when it is a table row."""

    number: int
    text: str
    cells: tuple[str, ...] = ()


def clean(text: str) -> str:
    """NFC text with the invisible characters gone and every run of spaces made one space;
    the "./." that ends a document (Nghị định 30) read as the full stop it follows."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    text = _SPACES.sub(" ", text).strip()
    return text[:-2] if text.endswith("./.") else text


def _markup_free(text: str) -> str:
    text = _HEADING_MARK.sub("", text.strip())
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    return _TAG.sub("", text)


def _cells(text: str) -> list[str]:
    """The cells of a table row written with pipes; one cell when there are none."""
    inner = text.strip()
    if "|" not in inner:
        return [inner]
    inner = inner.removeprefix("|").removesuffix("|")
    return [cell.strip() for cell in inner.split("|")]


def line_parts(text: str) -> list[str]:
    """The lines of a paragraph's text: a line break inside it (Shift+Enter) separates
    lines too; rules (`-----`) are dropped."""
    parts = [part for part in map(clean, text.split("\n")) if part and not _RULE.match(part)]
    # A document symbol broken after a "-" ("Số: 02/QCPH-UBND-CAT-" / "STTTT-SGDĐT") is one line.
    joined: list[str] = []
    for part in parts:
        if joined and joined[-1].endswith("-") and " " not in part:
            joined[-1] += part
        else:
            joined.append(part)
    return joined


def lines_of_text(text: str) -> list[Line]:
    """The lines of a text or Markdown file, cleaned, with their line numbers."""
    found: list[Line] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        raw = unicodedata.normalize("NFC", raw)
        if _TABLE_RULE.match(raw.strip()):
            continue
        cells = [[clean(_markup_free(part)) for part in _BREAK.split(cell)] for cell in _cells(raw)]
        cells = [[part for part in cell if part and not _RULE.match(part)] for cell in cells]
        cells = [cell for cell in cells if cell]
        if len(cells) >= 3:
            found.append(
                Line(
                    number,
                    " | ".join(" ".join(c) for c in cells),
                    tuple(" ".join(c) for c in cells),
                )
            )
            continue
        for cell in cells:
            found.extend(Line(number, part) for part in cell)
    return found
