"""What Word documents are made of: paragraphs, rules, tables, the heading and the closing.

The heading and the closing follow Nghị định 30: the issuers and the national
title side by side in a borderless two-column table, the recipients and the
signatures in another at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from weakref import WeakKeyDictionary

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.parts.document import DocumentPart
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from coordreg.documents.context import DocumentContext
from coordreg.documents.docx.page import ALIGN, LANDSCAPE_TEXT_MM, TEXT_MM, W, clean, set_page
from coordreg.documents.heading import Signature
from coordreg.render import textfmt

# Column widths (mm) of the heading's layout table (no cell margins).
HEADING_MM = (75, 90)


# Each document's paragraph styles by name, as python-docx resolves them: its own
# lookup (`paragraph.style = name`) searches every style of the document by name and
# then for the default one, about a millisecond a paragraph, most of a document's time.
_STYLE_IDS: WeakKeyDictionary[DocumentPart, dict[str, str | None]] = WeakKeyDictionary()


def styled(paragraph: Paragraph, style: str) -> Paragraph:
    """`paragraph` in the paragraph style named `style`, looked up once a document."""
    part = paragraph.part
    assert isinstance(part, DocumentPart)
    ids = _STYLE_IDS.setdefault(part, {})
    if style not in ids:  # as python-docx does: no id for the default style (Normal)
        found, default = part.styles[style], part.styles.default(WD_STYLE_TYPE.PARAGRAPH)
        if found.type != WD_STYLE_TYPE.PARAGRAPH:
            raise ValueError(f"{style!r} is not a paragraph style")
        ids[style] = None if default is not None and found == default else found.style_id
    paragraph._p.style = ids[style]
    return paragraph


def para(container: Document | _Cell, text: str, style: str = "Normal") -> Paragraph:
    return styled(container.add_paragraph(clean(text)), style)


def fill(cell: _Cell, lines: Sequence[tuple[str, str]]) -> None:
    """(text, style) lines into a cell, the first into the cell's own empty paragraph."""
    for index, (text, style) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        styled(paragraph, style)
        if text:
            paragraph.add_run(clean(text))


def bold(paragraph: Paragraph) -> None:
    """Bold on the runs too, not only from the style: a reader of runs sees it."""
    for run in paragraph.runs:
        run.bold = True


def _text_mm(text: str, size: float, em: float) -> float:
    """A rough printed width, `em` being the average glyph width of such text in ems."""
    return len(text) * em * size * 25.4 / 72


def _rule(container: Document | _Cell, width_mm: float, box_mm: float, after: float = 0) -> None:
    """A short centred line: the bottom border of a tiny paragraph indented on both sides."""
    paragraph = styled(container.add_paragraph(), "CR Rule")
    line = '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
    # Appended first: python-docx then puts the indents and spacing after it, in schema order.
    paragraph._p.get_or_add_pPr().append(parse_xml(f"<w:pBdr {W}>{line}</w:pBdr>"))
    fmt = paragraph.paragraph_format
    fmt.left_indent = fmt.right_indent = Mm(max(0.0, box_mm - min(width_mm, box_mm)) / 2)
    fmt.space_after = Pt(after)


def table(doc: Document, widths_mm: Sequence[float], rows: int, grid: bool) -> Table:
    """A fixed-width table: "Table Grid", or borderless with no cell margins for layout."""
    made: Table = doc.add_table(rows=rows, cols=len(widths_mm))
    made.alignment, made.autofit = WD_TABLE_ALIGNMENT.CENTER, False
    tbl_pr = made._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(sum(round(w * 1440 / 25.4) for w in widths_mm)))
    if grid:
        made.style = "Table Grid"
    else:
        sides = ("top", "left", "bottom", "right", "insideH", "insideV")
        nil = "".join(f'<w:{side} w:val="nil"/>' for side in sides)
        borders = parse_xml(f"<w:tblBorders {W}>{nil}</w:tblBorders>")
        tbl_pr.insert_element_before(borders, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    # Cell margins: 1 mm in data tables (narrow figure columns), none in layout tables.
    side = 57 if grid else 0
    margin = "".join(f'<w:{edge} w:w="{side}" w:type="dxa"/>' for edge in ("left", "right"))
    tbl_pr.insert_element_before(
        parse_xml(f"<w:tblCellMar {W}>{margin}</w:tblCellMar>"), "w:tblLook"
    )
    for column, width_mm in zip(made.columns, widths_mm, strict=True):
        column.width = Mm(width_mm)
    for row in made.rows:
        for cell, width_mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width_mm)
    return made


def grid(
    doc: Document,
    head: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    align: str,
) -> None:
    """A "Table Grid" table: its bold header row repeats on each page; rows do not split."""
    made = table(doc, widths, 1 + len(rows), grid=True)
    for index, (row, values) in enumerate(zip(made.rows, [head, *rows], strict=True)):
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
        if index == 0:
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        for cell, value, where in zip(row.cells, values, align, strict=True):
            fill(cell, [(str(value), "CR Table Text" if index else "CR Table Header")])
            if index == 0:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            elif where != "l":
                cell.paragraphs[0].alignment = ALIGN[where]


def appendix_section(doc: Document, head: str, title: str, reference: str) -> None:
    """A landscape section of its own for a wide table: "Phụ lục", its title, the
    reference line ("(Kèm theo Kế hoạch số ...)") with a rule below; its pages numbered
    from 1, as an appendix's own (Nghị định 30)."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, landscape=True)
    # Numbered like the document: none on its first page, then 2, 3, ... of its own.
    section.different_first_page_header_footer = True
    section.first_page_header.is_linked_to_previous = False
    section._sectPr.insert_element_before(
        parse_xml(f'<w:pgNumType {W} w:start="1"/>'),
        *("w:cols", "w:formProt", "w:vAlign", "w:noEndnote", "w:titlePg"),
        *("w:textDirection", "w:bidi", "w:rtlGutter", "w:docGrid", "w:printerSettings"),
    )
    para(doc, head, "CR Kind").paragraph_format.space_before = Pt(0)
    if title:
        para(doc, title, "CR Title")
    if reference:
        para(doc, reference, "CR Subtitle").paragraph_format.space_after = Pt(4)
    _rule(doc, 40, LANDSCAPE_TEXT_MM, after=12)


# --- Heading and closing (Nghị định 30) ----------------------------------------------


def lines_paragraph(cell: _Cell, lines: Sequence[str], style: str, first: bool) -> Paragraph:
    """One paragraph of `lines`, joined by line breaks: the lines as chosen, never re-broken."""
    paragraph: Paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    paragraph.style = style
    for index, line in enumerate(lines):
        run = paragraph.add_run(clean(line))
        if index < len(lines) - 1:
            run.add_break()
    return paragraph


def heading(doc: Document, c: DocumentContext, kind: str, title: str) -> None:
    """Issuers and number on the left; national title, motto and place-date on the right;
    then the kind of document and its title (as the Markdown template words them).

    Each issuing body whole, under its parent when it has one: the parent in plain
    capitals, the body in bold; the number broken only after a "-".
    """
    h = c.heading
    left, right = HEADING_MM
    layout = table(doc, HEADING_MM, 2, grid=False)
    (issuers, nation), (number, place_date) = (row.cells for row in layout.rows)
    first = True
    for body in h.bodies:
        if body.parent:
            lines_paragraph(issuers, body.parent, "CR Issuer Parent", first)
            first = False
        bold(lines_paragraph(issuers, body.name, "CR Issuer", first))
        first = False
    lines = [line for body in h.bodies for line in body.name]
    longest = max((_text_mm(line, 12, 0.68) for line in lines), default=left)
    _rule(issuers, 0.4 * min(longest, left), left)  # 1/3 to 1/2 of the line above
    fill(nation, [(h.nation, "CR Nation"), (h.motto, "CR Motto")])
    _rule(nation, _text_mm(h.motto, 14, 0.45), right)  # as long as the motto
    lines_paragraph(number, h.number_lines, "CR Number", True)
    for mark in h.marks:
        _boxed(number.add_paragraph(style="CR Number"), mark)
    fill(place_date, [(h.place_date, "CR Place Date")])
    para(doc, kind, "CR Kind")
    para(doc, title, "CR Title")
    _rule(doc, 40, TEXT_MM, after=12)


def _boxed(paragraph: Paragraph, mark: str) -> None:
    """A mark of secrecy or urgency: bold capitals in a single-line box (a run border)."""
    run = paragraph.add_run(f" {clean(mark)} ")
    run.bold = True
    border = f'<w:bdr {W} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    run._r.get_or_add_rPr().append(parse_xml(border))


def keep_last_lines(doc: Document, count: int = 2) -> None:
    """The last `count` paragraphs stay on the page of what follows (the signatures)."""
    for paragraph in doc.paragraphs[-count:]:
        paragraph.paragraph_format.keep_with_next = True


def _block_lines(signature: Signature, width_mm: float) -> list[tuple[str, str]]:
    """A block's lines, each broken between words where it is too wide for the block
    ("GIÁM ĐỐC SỞ GIÁO DỤC / VÀ ĐÀO TẠO", never "... VÀ ĐÀO / TẠO")."""
    room = width_mm * 72 / 25.4 / 13  # CR Signature is 13 pt
    return [("\n".join(textfmt.name_lines(line, room)), "CR Signature") for line in signature.lines]


def signature_blocks(doc: Document, signatures: Sequence[Signature], per_row: int) -> None:
    """The signature blocks, `per_row` side by side, each row a table that does not
    split: authority and title, 25 mm to sign and seal, then the name."""
    for start in range(0, len(signatures), per_row):
        row = signatures[start : start + per_row]
        width = TEXT_MM / per_row
        layout = table(doc, [width] * len(row), 3, grid=False)
        for table_row in layout.rows:
            table_row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
        layout.rows[1].height = Mm(25)  # room to sign and seal
        for column, signature in enumerate(row):
            fill(layout.cell(0, column), _block_lines(signature, width))
            fill(layout.cell(2, column), [(signature.name, "CR Signature")])
            for cell_row in (0, 1):
                for paragraph in layout.cell(cell_row, column).paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
            layout.cell(0, column).paragraphs[0].paragraph_format.space_before = Pt(12)
        if start + per_row < len(signatures):  # the next row stays on the same page
            for paragraph in layout.cell(2, 0).paragraphs:
                paragraph.paragraph_format.keep_with_next = True


def closing(doc: Document, c: DocumentContext, label: str, recipients: Sequence[str]) -> None:
    """Recipients (`label`, "Nơi nhận:", and its lines, as the Markdown words them) and
    the signatures.

    One party: recipients on the left, the signature on the right (Nghị định 30),
    in a borderless table. Several: the signature blocks two to a row over the whole
    width, with room to sign and seal, and the recipients below on the left, as joint
    documents are signed (the HTML form lays them out the same way).
    """
    signatures = c.signatures
    keep_last_lines(doc)  # no signature page on its own
    lines = [(f"- {line}", "CR Recipients") for line in recipients]
    heading_line = (label, "CR Recipients Heading")
    if len(signatures) > 1:
        signature_blocks(doc, signatures, per_row=2)
        paragraph = para(doc, heading_line[0], heading_line[1])
        paragraph.paragraph_format.space_before = Pt(12)
        for text, style in lines:
            para(doc, text, style)
        return
    layout = table(doc, list(HEADING_MM), 3, grid=False)
    for row in layout.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    layout.rows[1].height = Mm(25)  # room to sign and seal
    for signature in signatures:
        fill(layout.cell(0, 1), _block_lines(signature, HEADING_MM[1]))
        fill(layout.cell(2, 1), [(signature.name, "CR Signature")])
        for row_index in (0, 1):
            for paragraph in layout.cell(row_index, 1).paragraphs:
                paragraph.paragraph_format.keep_with_next = True
        layout.cell(0, 1).paragraphs[0].paragraph_format.space_before = Pt(12)
    cell = layout.cell(0, 0).merge(layout.cell(2, 0))
    fill(cell, [heading_line, *lines])
    cell.paragraphs[0].paragraph_format.space_before = Pt(12)
