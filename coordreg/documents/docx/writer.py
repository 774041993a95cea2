"""The Word writer: a document's blocks (its Markdown template, read) as python-docx paragraphs.

The words are the Markdown template's; the look is Nghị định 30's, in the named
styles of `page.py` (or of an office's reference.docx): chapters and articles of a
regulation in "CR Chapter"/"CR Article", sections in "Heading 1"/"Heading 2", tasks
in "CR List", the heading and closing tables, the appendix in a landscape section
of its own. As in the HTML writer, the heading's bodies and number, the signature
blocks and the chart come from the document's context.

Each line of a paragraph broken in the Markdown (`<br>`, a line break) is a
paragraph of its own in Word: a line break inside a justified paragraph would
stretch the line before it.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.text.paragraph import Paragraph as WordParagraph

from coordreg.documents.context import DocumentContext, ReviewContext
from coordreg.documents.docx.blocks import (
    appendix_section,
    closing,
    grid,
    heading,
    keep_last_lines,
    para,
    signature_blocks,
    styled,
)
from coordreg.documents.docx.chart import add_chart
from coordreg.documents.docx.page import LANDSCAPE_TEXT_MM, TEXT_MM, clean
from coordreg.documents.markup.blocks import (
    Block,
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


def add_runs(paragraph: WordParagraph, runs: Sequence[Inline], bold: bool = False) -> None:
    """The runs' text into `paragraph`, bold and italic as in the Markdown."""
    for run in runs:
        if isinstance(run, Run) and run.text:
            made = paragraph.add_run(clean(run.text))
            if run.bold or bold:
                made.bold = True
            if run.italic:
                made.italic = True


def _wholly(runs: Sequence[Inline], italic: bool) -> bool:
    said = [run for run in runs if isinstance(run, Run) and run.text.strip()]
    return bool(said) and all(run.italic if italic else run.bold for run in said)


class WordWriter:
    """One document's body under python-docx: `write(blocks)`."""

    def __init__(self, doc: Document, document: str, c: DocumentContext) -> None:
        self.doc, self.document, self.c = doc, document, c
        self.tables = 0
        self.previous: Block | None = None
        self.landscape = False

    def write(self, blocks: Sequence[Block]) -> None:
        for block in blocks:
            self.block(block)
            self.previous = block

    def paragraph(self, runs: Sequence[Inline], style: str = "Normal", bold: bool = False) -> None:
        """One Word paragraph a line; a note line wholly in italics in "CR Note"."""
        parts = lines(tuple(runs))
        for index, part in enumerate(parts):
            line_style = style
            if index > 0:
                line_style = "CR Note" if _wholly(part, italic=True) else "Normal"
            made = styled(self.doc.add_paragraph(), line_style)
            add_runs(made, part, bold)
            if index < len(parts) - 1 and style.startswith("CR List"):
                made.paragraph_format.keep_with_next = True  # a task and its note

    def block(self, block: Block) -> None:
        if isinstance(block, Container):
            self.container(block)
        elif isinstance(block, Heading):
            self.heading_block(block)
        elif isinstance(block, Paragraph):
            bold = _wholly(block.runs, italic=False)
            self.paragraph(block.runs, "Heading 2" if bold else "Normal")
        elif isinstance(block, List):
            self.list(block, level=0)
        elif isinstance(block, Table):
            self.table(block)
        elif isinstance(block, Quote):
            for child in block.blocks:
                self.paragraph(_runs_of(child), "CR Note")
        elif isinstance(block, Code):
            for line in block.text.rstrip("\n").split("\n"):
                para(self.doc, line, "CR Table Text")
        elif isinstance(block, Rule):
            para(self.doc, "", "CR Rule")

    def heading_block(self, block: Heading) -> None:
        if self.document == "regulation" and block.level in (2, 3):
            if block.level == 3:
                style = "CR Article"
            elif isinstance(self.previous, Heading) and self.previous.level == 2:
                style = "CR Chapter Title"
            else:
                style = "CR Chapter"
            self.paragraph(block.runs, style, bold=True)
            return
        style = {1: "CR Kind", 2: "Heading 1"}.get(block.level, "Heading 2")
        self.paragraph(block.runs, style)

    def list(self, block: List, level: int) -> None:
        style = "CR List" if level == 0 else "CR List 2"
        for number, item in enumerate(block.items, block.start):
            for index, child in enumerate(item.blocks):
                if isinstance(child, List):
                    self.list(child, level + 1)
                elif block.ordered:
                    prefix = (Run(f"{number}. "),) if index == 0 else ()
                    self.paragraph((*prefix, *_runs_of(child)), "Normal")
                else:
                    self.paragraph(_runs_of(child), style)

    def table(self, block: Table) -> None:
        columns = len(block.head)
        look = table_look(self.document, self.c, self.tables, columns)
        self.tables += 1
        room = LANDSCAPE_TEXT_MM if self.landscape else TEXT_MM
        widths = look.mm if look else (room / max(columns, 1),) * columns
        align = look.align if look else "".join((cell.align or "l")[0] for cell in block.head)
        head = [plain(cell.runs, "\n") for cell in block.head]
        rows = [[plain(cell.runs, "\n") for cell in row] for row in block.rows]
        grid(self.doc, head, rows, widths, align)

    # --- The parts of Nghị định 30 ---------------------------------------------------

    def container(self, block: Container) -> None:
        kind, blocks = block.kind, block.blocks
        if kind == "heading":
            kind_text = next((text_of(b) for b in blocks if isinstance(b, Heading)), self.c.kind)
            said = [b for b in blocks if isinstance(b, Paragraph)]
            heading(self.doc, self.c, kind_text, text_of(said[0]) if said else self.c.title)
            for extra in said[1:]:
                para(self.doc, text_of(extra), "CR Subtitle")
        elif kind == "subtitle":
            for child in blocks:
                para(self.doc, text_of(child), "CR Subtitle")
        elif kind == "closing":
            label = next((text_of(b) for b in blocks if isinstance(b, Paragraph)), "")
            recipients = [
                text_of(child)
                for b in blocks
                if isinstance(b, List)
                for item in b.items
                for child in item.blocks
            ]
            closing(self.doc, self.c, label, recipients)
        elif kind == "signatures":
            keep_last_lines(self.doc, 3)
            signature_blocks(self.doc, self.c.signatures, per_row=2)
        elif kind == "appendix":
            self.appendix(blocks)
        elif kind == "chart" and isinstance(self.c, ReviewContext):
            caption = next((text_of(b) for b in blocks if isinstance(b, Paragraph)), "")
            para(self.doc, caption, "CR Caption")
            add_chart(self.doc, self.c, caption)
        elif kind == "placeholder":
            for child in blocks:
                para(self.doc, text_of(child), "CR Placeholder")
        else:
            self.write(blocks)

    def appendix(self, blocks: Sequence[Block]) -> None:
        """A landscape section: "Phụ lục", its title and reference, then its tables."""
        head = next((text_of(b) for b in blocks if isinstance(b, Heading)), "")
        said = [b for b in blocks if isinstance(b, Paragraph)]
        title = next((text_of(b) for b in said if _wholly(b.runs, italic=False)), "")
        reference = next((text_of(b) for b in said if _wholly(b.runs, italic=True)), "")
        appendix_section(self.doc, head, title, reference)
        self.landscape = True
        for block in blocks:
            if isinstance(block, Rule | Heading):
                continue
            if isinstance(block, Paragraph) and text_of(block) in (title, reference):
                continue
            self.block(block)


def _runs_of(block: Block) -> tuple[Inline, ...]:
    if isinstance(block, Paragraph | Heading):
        return block.runs
    return (Run(text_of(block)),)
