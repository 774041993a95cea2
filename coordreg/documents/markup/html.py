"""The HTML writer: a document's blocks laid out as the body of its page (`base.html.j2`).

The words are the Markdown template's; the layout is Nghị định 30's, as the page's
CSS (in `base.html.j2`) expects it: the heading's two columns, the closing's
recipients and signature blocks, the appendix on landscape pages, the review's
chart. The parts that are layout of data rather than wording (the heading's
bodies, number and marks; the signature blocks' lines; the chart's SVG; the
tables' widths, `looks.py`) come from the document's context. Every text is
escaped: nothing in the Markdown, and so nothing in the data, becomes markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from markupsafe import escape as _escape

from coordreg.documents.context import DocumentContext, ReviewContext
from coordreg.documents.heading import Signature
from coordreg.documents.markup.blocks import (
    Block,
    Break,
    Code,
    Container,
    Heading,
    Inline,
    List,
    Paragraph,
    Quote,
    Rule,
    Run,
    Table,
    lines,
    plain,
    text_of,
)
from coordreg.documents.markup.looks import table_look

_ALIGN_CLASS = {"right": "num", "center": "center", "r": "num", "c": "center"}
_CLAUSE = re.compile(r"\d+[a-z]?\. ")
_POINT = re.compile(r"[a-zđ]{1,2}\) ")


def escape(text: str, quote: bool = True) -> str:
    """Text as HTML, escaped as Jinja's templates escape it (quotes too)."""
    return str(_escape(text))


def runs_html(runs: Sequence[Inline]) -> str:
    """Runs as escaped HTML: bold `<strong>`, italic `<em>`, line breaks `<br>`."""
    out: list[str] = []
    for run in runs:
        if isinstance(run, Break):
            out.append("<br>")
            continue
        text = escape(run.text)
        if run.italic:
            text = f"<em>{text}</em>"
        if run.bold:
            text = f"<strong>{text}</strong>"
        out.append(text)
    return "".join(out)


def _lines(texts: Sequence[str]) -> str:
    return "<br>".join(escape(line) for line in texts)


class HtmlWriter:
    """One document's body: `write(blocks)`."""

    def __init__(self, document: str, c: DocumentContext) -> None:
        self.document, self.c = document, c
        self.tables = 0  # the document's tables so far, for their looks
        self.previous: Block | None = None  # the block before, for the regulation's classes
        self.in_chapter = False

    def write(self, blocks: Sequence[Block]) -> str:
        """The body; the last section stays on the page of the signatures."""
        start, end = _last_section(blocks)
        out: list[str] = []
        for index, block in enumerate(blocks):
            if index == start:
                out.append('<div class="last-section">')
            out.append(self.block(block))
            if index == end:
                out.append("</div>")
        return "\n".join(out) + "\n"

    def blocks(self, blocks: Sequence[Block]) -> str:
        return "\n".join(self.block(block) for block in blocks)

    def block(self, block: Block) -> str:
        made = self._block(block)
        self.previous = block
        return made

    def _block(self, block: Block) -> str:
        if isinstance(block, Container):
            return self.container(block)
        if isinstance(block, Heading):
            return self.heading_block(block)
        if isinstance(block, Paragraph):
            return self.paragraph(block)
        if isinstance(block, List):
            return self.list(block, nested=False)
        if isinstance(block, Table):
            return self.table(block)
        if isinstance(block, Quote):
            return f'<div class="notice" role="note">{self.blocks(block.blocks)}</div>'
        if isinstance(block, Code):
            return f"<pre>{escape(block.text)}</pre>"
        assert isinstance(block, Rule)
        return "<hr>"

    # --- The text -------------------------------------------------------------------

    def heading_block(self, block: Heading) -> str:
        level, text = min(max(block.level, 1), 6), runs_html(block.runs)
        if self.document == "regulation" and level == 2:
            # "Chương I", then the chapter's title in capitals.
            if isinstance(self.previous, Heading) and self.previous.level == 2:
                return f'<h2 class="kind chapter-title" style="margin-top: 0">{text}</h2>'
            self.in_chapter = True
            return f'<h2 class="kind chapter">{text}</h2>'
        if self.document == "regulation" and level == 3:
            return f'<h3 class="article">{text}</h3>'
        return f"<h{level}>{text}</h{level}>"

    def paragraph(self, block: Paragraph) -> str:
        text = runs_html(block.runs)
        kind = self._paragraph_class(block)
        if kind:
            return f'<p class="{kind}">{text}</p>'
        return f"<p>{text}</p>"

    def _paragraph_class(self, block: Paragraph) -> str:
        """The regulation's parts by their shape; elsewhere a bold line stands unindented."""
        words = plain(block.runs)
        if self.document != "regulation":
            return "no-indent" if _all(block, bold=True) else ""  # a bold line (the minute's)
        if not self.in_chapter:
            enacting = self.c.regulation.enacting
            is_enacting = enacting is not None and " ".join(enacting.split()) == words
            return "enacting" if is_enacting else "basis"
        if _CLAUSE.match(words):
            return "clause"
        if _POINT.match(words):
            return "point"
        return "article-text"

    def list(self, block: List, nested: bool) -> str:
        tag = "ol" if block.ordered else "ul"
        kind = "numbered" if block.ordered else ("plus" if nested else "dash")
        items = []
        for item in block.items:
            parts = []
            for child in item.blocks:
                if isinstance(child, Paragraph):
                    parts.append(_item_text(child))
                elif isinstance(child, List):
                    parts.append(self.list(child, nested=True))
                else:
                    parts.append(self.block(child))
            items.append(f"<li>{''.join(parts)}</li>")
        return f'<{tag} class="{kind}">\n' + "\n".join(items) + f"\n</{tag}>"

    def table(self, block: Table) -> str:
        look = table_look(self.document, self.c, self.tables, len(block.head))
        self.tables += 1
        classes = f"data {look.classes}" if look else "data"
        out = [f'<table class="{classes}">']
        aligns = list(look.align) if look else [cell.align for cell in block.head]
        if look:
            out.append("<colgroup>")
            out += [f'<col style="width: {width:g}%">' for width in look.percent]
            out.append("</colgroup>")
        head = "".join(f'<th scope="col">{runs_html(cell.runs)}</th>' for cell in block.head)
        out += ["<thead>", f"<tr>{head}</tr>", "</thead>", "<tbody>"]
        rows = look.row_classes(self.c, len(block.rows)) if look else [""] * len(block.rows)
        for row, row_class in zip(block.rows, rows, strict=True):
            cells = []
            for index, cell in enumerate(row):
                align = aligns[index] if index < len(aligns) else ""
                kind = _ALIGN_CLASS.get(align, "")
                attribute = f' class="{kind}"' if kind else ""
                cells.append(f"<td{attribute}>{runs_html(cell.runs)}</td>")
            attribute = f' class="{row_class}"' if row_class else ""
            out.append(f"<tr{attribute}>{''.join(cells)}</tr>")
        out += ["</tbody>", "</table>"]
        return "\n".join(out)

    # --- The parts of Nghị định 30 ---------------------------------------------------

    def container(self, block: Container) -> str:
        kind = block.kind
        if kind == "heading":
            return self.heading(block.blocks)
        if kind == "closing":
            return self.closing(block.blocks)
        if kind == "signatures":
            return self.signature_rows(self.c.signatures)
        if kind == "appendix":
            return self.appendix(block.blocks)
        if kind == "chart" and isinstance(self.c, ReviewContext):
            return self.chart(block.blocks)
        if kind == "placeholder":
            texts = [text_of(child) for child in block.blocks]
            return "\n".join(f'<p class="placeholder">{escape(t)}</p>' for t in texts)
        if kind == "subtitle":
            style = "text-align: center; text-indent: 0; font-style: italic"
            texts = [escape(text_of(child)) for child in block.blocks]
            return "\n".join(f'<p class="consolidated" style="{style}">{t}</p>' for t in texts)
        return f'<div class="{escape(kind)}">\n{self.blocks(block.blocks)}\n</div>'

    def heading(self, blocks: Sequence[Block]) -> str:
        """Issuers and number (and marks) left, nation, motto and place-date right; then
        the kind of document and its title, as the Markdown words them."""
        h = self.c.heading
        issuers = []
        for body in h.bodies:
            if body.parent:
                issuers.append(f'<div class="issuer-parent">{_lines(body.parent)}</div>')
            issuers.append(f'<div class="issuer-name">{_lines(body.name)}</div>')
        marks = "".join(
            f'\n<div class="mark"><span>{escape(mark)}</span></div>' for mark in h.marks
        )
        out = [
            '<table class="heading" role="presentation">',
            '<tr>\n<td class="issuer">\n<div class="issuers">',
            *issuers,
            '</div>\n<span class="issuer-rule"></span>\n</td>',
            f'<td class="nation">\n<div class="nation-title">{escape(h.nation)}</div>',
            f'<span class="motto">{escape(h.motto)}</span>\n</td>\n</tr>',
            f'<tr>\n<td class="issuer number">{_lines(h.number_lines)}{marks}</td>',
            f'<td class="nation place-date">{escape(h.place_date)}</td>\n</tr>',
            "</table>",
        ]
        titled = False
        for block in blocks:
            if isinstance(block, Table):
                continue  # the heading's table: laid out above, from the context
            text = escape(text_of(block))
            if isinstance(block, Heading):
                out.append(f'<h1 class="kind">{text}</h1>')
            elif not titled:
                out.append(f'<p class="title">{text}</p>')
                titled = True
            else:
                out.append(self.block(block))
        return "\n".join(out)

    def closing(self, blocks: Sequence[Block]) -> str:
        """One party: recipients left, the signature right. Several: the blocks two to a
        row over the whole width, and the recipients below them."""
        label = next((text_of(b) for b in blocks if isinstance(b, Paragraph)), "")
        lines = [
            text_of(child)
            for b in blocks
            if isinstance(b, List)
            for item in b.items
            for child in item.blocks
        ]
        recipients = "\n".join(
            [
                f'<p class="recipients-label">{escape(label)}</p>',
                "<ul>",
                *(f"<li>{escape(line)}</li>" for line in lines),
                "</ul>",
            ]
        )
        signatures = self.c.signatures
        if len(signatures) > 1:
            rows = self.signature_rows(signatures)
            return f'{rows}\n<div class="recipients below">\n{recipients}\n</div>'
        heads = "".join(_sign_head(s) for s in signatures)
        names = "".join(_sign_name(s) for s in signatures)
        return "\n".join(
            [
                '<table class="closing" role="presentation">',
                f'<tr>\n<td class="recipients" rowspan="3">\n{recipients}\n</td>',
                f"{heads}\n</tr>",
                '<tr><td class="sign-space"></td></tr>',
                f"<tr>\n{names}\n</tr>",
                "</table>",
            ]
        )

    def signature_rows(self, signatures: Sequence[Signature]) -> str:
        tables = []
        for start in range(0, len(signatures), 2):
            row = signatures[start : start + 2]
            spaces = '<td class="sign-space"></td>' * len(row)
            heads = "".join(_sign_head(s) for s in row)
            names = "".join(_sign_name(s) for s in row)
            tables.append(
                '<table class="closing joint" role="presentation">\n'
                f"<tr>{heads}</tr>\n<tr>{spaces}</tr>\n<tr>{names}</tr>\n</table>"
            )
        return "\n".join(tables)

    def appendix(self, blocks: Sequence[Block]) -> str:
        """A page of its own, landscape in print: "Phụ lục", its title, the reference."""
        out = ['<section class="appendix">']
        for block in blocks:
            if isinstance(block, Rule):
                continue  # the Markdown's break: here a new page
            if isinstance(block, Heading):
                out.append(f'<h2 class="appendix-head">{escape(text_of(block))}</h2>')
            elif isinstance(block, Paragraph) and _all(block, bold=False):
                ref = escape(text_of(block))
                out += [f'<p class="appendix-ref">{ref}</p>', '<span class="appendix-rule"></span>']
            elif isinstance(block, Paragraph) and _all(block, bold=True):
                title = escape(text_of(block))
                out.append(f'<p class="appendix-head"><strong>{title}</strong></p>')
            else:
                out.append(self.block(block))
            self.previous = block
        out.append("</section>")
        return "\n".join(out)

    def chart(self, blocks: Sequence[Block]) -> str:
        """The caption as the Markdown words it; the SVG in place of the text bars."""
        assert isinstance(self.c, ReviewContext)
        caption = next((text_of(b) for b in blocks if isinstance(b, Paragraph)), "")
        # chart_svg is drawn by coordreg (render/chart.py) from numbers and labels it
        # escapes itself, never from raw regulation text: markup made by coordreg.
        return (
            f'<figure class="chart">\n<figcaption class="chart-title">'
            f"{escape(caption)}</figcaption>\n{self.c.chart_svg}\n</figure>"
        )


def _item_text(block: Paragraph) -> str:
    """A list item's text; a last line wholly in italics is its note, on a line of its own
    (the plan's "Kết quả năm 2024: ..." under a task carried over)."""
    parts = lines(block.runs)
    last = [run for run in parts[-1] if isinstance(run, Run) and run.text.strip()]
    if len(parts) > 1 and last and all(run.italic for run in last):
        head = tuple(run for part in parts[:-1] for run in (*part, Break()))[:-1]
        note = escape(plain(parts[-1]))
        return f'{runs_html(head)} <span class="note">{note}</span>'
    return runs_html(block.runs)


def _all(block: Paragraph, bold: bool) -> bool:
    """Whether every run of the paragraph is bold (else: italic)."""
    runs = [run for run in block.runs if isinstance(run, Run) and run.text.strip()]
    return bool(runs) and all(run.bold if bold else run.italic for run in runs)


def _sign_head(s: Signature) -> str:
    titles = "".join(f'<div class="sign-title">{escape(line)}</div>' for line in s.lines)
    return f'<td class="signature sign-head">{titles}</td>'


def _sign_name(s: Signature) -> str:
    return f'<td class="signature sign-name">{escape(s.name)}</td>'


def _last_section(blocks: Sequence[Block]) -> tuple[int, int]:
    """The blocks kept with the signatures: from the last heading with text under it
    before the closing (else the three paragraphs before it) to the closing; (-1, -1)
    without a closing."""
    closing = next(
        (
            index
            for index, block in enumerate(blocks)
            if isinstance(block, Container) and block.kind in ("closing", "signatures")
        ),
        -1,
    )
    if closing < 0:
        return -1, -1
    start, said = -1, False
    for index in range(closing - 1, -1, -1):
        block = blocks[index]
        if isinstance(block, Heading) and block.level > 1:
            start = index
            if said:
                break
        elif not isinstance(block, Container):
            said = True
    if start < 0:
        start = max(0, closing - 3)
    return start, closing


def html_body(document: str, c: DocumentContext, blocks: Sequence[Block]) -> str:
    """The body of the document's page."""
    return HtmlWriter(document, c).write(blocks)
