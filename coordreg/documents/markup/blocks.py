"""The typed blocks a document's Markdown is read into, for the HTML and Word writers.

A document's words are written once, in its Markdown template; the writers lay
out these blocks, never the Markdown itself. The model is small on purpose: what
the bundled templates use and an office's template may reasonably add (headings,
paragraphs with bold, italic and line breaks, lists, tables, quotes, rules, code),
and `Container`, the fenced parts (`::: closing`) that Nghị định 30 lays out in a
way of their own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Align = Literal["", "left", "center", "right"]


@dataclass(frozen=True)
class Run:
    """Text in one style. Inline HTML in the source is text here, never markup."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Break:
    """A line break inside a paragraph or a cell (`<br>`, or a line break in the source)."""


Inline = Run | Break


@dataclass(frozen=True)
class Paragraph:
    runs: tuple[Inline, ...]


@dataclass(frozen=True)
class Heading:
    level: int  # 1 for `#`
    runs: tuple[Inline, ...]


@dataclass(frozen=True)
class ListItem:
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class List:
    ordered: bool
    items: tuple[ListItem, ...]
    start: int = 1


@dataclass(frozen=True)
class Cell:
    runs: tuple[Inline, ...]
    align: Align = ""


@dataclass(frozen=True)
class Table:
    head: tuple[Cell, ...]
    rows: tuple[tuple[Cell, ...], ...]


@dataclass(frozen=True)
class Quote:
    """A `>` block: a notice the reader must not miss."""

    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Code:
    """A fenced code block: text whose lines and spaces are kept (the review's text chart)."""

    text: str


@dataclass(frozen=True)
class Rule:
    """`---`: a thematic break."""


@dataclass(frozen=True)
class Container:
    """A fenced part, `::: kind` ... `:::`, laid out by the writers in its own way."""

    kind: str
    blocks: tuple[Block, ...]


Block = Paragraph | Heading | List | Table | Quote | Code | Rule | Container


def plain(runs: tuple[Inline, ...], newline: str = " ") -> str:
    """The runs' text, a line break as `newline`."""
    return "".join(run.text if isinstance(run, Run) else newline for run in runs)


def lines(runs: tuple[Inline, ...]) -> list[tuple[Inline, ...]]:
    """The runs cut at each line break."""
    found: list[list[Inline]] = [[]]
    for run in runs:
        if isinstance(run, Break):
            found.append([])
        else:
            found[-1].append(run)
    return [tuple(line) for line in found]


def text_of(block: Block) -> str:
    """A block's text, for a container's parts that the writers take as plain words."""
    if isinstance(block, Paragraph | Heading):
        return plain(block.runs)
    if isinstance(block, Code):
        return block.text
    if isinstance(block, List):
        return " ".join(text_of(b) for item in block.items for b in item.blocks)
    if isinstance(block, Quote | Container):
        return " ".join(text_of(b) for b in block.blocks)
    if isinstance(block, Table):
        cells = [*block.head, *(cell for row in block.rows for cell in row)]
        return " ".join(plain(cell.runs) for cell in cells)
    return ""
