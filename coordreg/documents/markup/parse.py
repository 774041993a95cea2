"""A document's Markdown read into blocks (`blocks.py`), and its Markdown output.

The parser is markdown-it-py (CommonMark, with GFM tables) and mdit-py-plugins'
containers for the fenced parts (`::: heading` ... `:::`). Inline HTML is read as
text, never markup, except `<br>`, which Markdown needs for a line break inside a
table cell: a duty whose text is `<script>` is printed as those letters in every
format. (Values from the data reach the Markdown through `md_text`, which escapes
`<`, so a `<br>` in a duty's text is text too.)
"""

from __future__ import annotations

import re
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token
from markdown_it.tree import SyntaxTreeNode
from mdit_py_plugins.container import container_plugin

from coordreg.documents.markup.blocks import (
    Align,
    Block,
    Break,
    Cell,
    Code,
    Container,
    Heading,
    Inline,
    List,
    ListItem,
    Paragraph,
    Quote,
    Rule,
    Run,
    Table,
)

# A fence line of a part: `::: closing` opens it, `:::` closes it.
FENCE = re.compile(r"^ {0,3}:{3,}[^\n]*(?:\n|\Z)", re.MULTILINE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_ALIGN: dict[str, Align] = {
    "text-align:left": "left",
    "text-align:center": "center",
    "text-align:right": "right",
}


def markdown_text(source: str) -> str:
    """The Markdown output: the template's text without the fence lines of its parts."""
    return FENCE.sub("", source)


@cache
def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": True}).enable("table")
    container_plugin(md, "part", validate=lambda params, markup: bool(params.strip()))
    return md


def parse(source: str) -> tuple[Block, ...]:
    """The blocks of a document's Markdown, parts (containers) included."""
    tree = SyntaxTreeNode(_parser().parse(source))
    return _blocks(tree.children)


def _blocks(nodes: list[SyntaxTreeNode]) -> tuple[Block, ...]:
    found: list[Block] = []
    for node in nodes:
        block = _block(node)
        if block is not None:
            found.append(block)
    return tuple(found)


def _block(node: SyntaxTreeNode) -> Block | None:
    kind = node.type
    if kind == "paragraph":
        return Paragraph(_inline(node))
    if kind == "heading":
        return Heading(int(node.tag[1:]), _inline(node))
    if kind in ("bullet_list", "ordered_list"):
        start = node.attrs.get("start", 1)
        items = tuple(ListItem(_blocks(item.children)) for item in node.children)
        return List(
            kind == "ordered_list", items, int(start) if isinstance(start, int | str) else 1
        )
    if kind == "table":
        return _table(node)
    if kind == "blockquote":
        return Quote(_blocks(node.children))
    if kind in ("fence", "code_block"):
        return Code(node.content)
    if kind == "hr":
        return Rule()
    if kind == "html_block":  # text, as written
        return Paragraph((Run(node.content.strip()),))
    if kind == "container_part":
        return Container(node.info.split()[0], _blocks(node.children))
    return None


def _table(node: SyntaxTreeNode) -> Table:
    head: tuple[Cell, ...] = ()
    rows: list[tuple[Cell, ...]] = []
    for section in node.children:
        for row in section.children:
            cells = tuple(
                Cell(_inline(cell), _ALIGN.get(str(cell.attrs.get("style", "")), ""))
                for cell in row.children
            )
            if section.type == "thead":
                head = cells
            else:
                rows.append(cells)
    return Table(head, tuple(rows))


def _inline(node: SyntaxTreeNode) -> tuple[Inline, ...]:
    """The runs of a paragraph, heading or cell: its one inline child's tokens."""
    tokens: list[Token] = []
    for child in node.children:
        if child.type == "inline" and child.token is not None:
            tokens.extend(child.token.children or [])
    return _runs(tokens)


def _runs(tokens: list[Token]) -> tuple[Inline, ...]:
    runs: list[Inline] = []
    bold = italic = 0

    def add(text: str) -> None:
        if not text:
            return
        last = runs[-1] if runs else None
        if isinstance(last, Run) and (last.bold, last.italic) == (bold > 0, italic > 0):
            runs[-1] = Run(last.text + text, last.bold, last.italic)
        else:
            runs.append(Run(text, bold > 0, italic > 0))

    for token in tokens:
        kind = token.type
        if kind == "strong_open":
            bold += 1
        elif kind == "strong_close":
            bold -= 1
        elif kind == "em_open":
            italic += 1
        elif kind == "em_close":
            italic -= 1
        elif kind == "softbreak" and runs and isinstance(runs[-1], Break):
            continue  # "<br>" at the end of a source line: one break, as a browser shows it
        elif kind in ("softbreak", "hardbreak") or _is_break(token):
            runs.append(Break())
        elif kind in ("text", "code_inline", "html_inline", "image"):  # an image: its alt text
            add(token.content)
    while runs and isinstance(runs[-1], Break):  # "<br>" ending a paragraph shows nothing
        runs.pop()
    return tuple(runs)


def _is_break(token: Token) -> bool:
    return token.type == "html_inline" and _BREAK.fullmatch(token.content.strip()) is not None
