"""What Word documents are made of: paragraphs, rules, tables, the heading and the closing.

The heading and the closing follow Nghị định 30: the issuers and the national
title side by side in a borderless two-column table, the recipients and the
signatures in another at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from coordreg.catalogue.labels import Labels
from coordreg.documents.context import DocumentContext, PlanContext
from coordreg.documents.docx.page import ALIGN, TEXT_MM, W, clean, set_page

# Column widths (mm) of the heading's layout table (no cell margins).
HEADING_MM = (75, 90)


def para(container: Document | _Cell, text: str, style: str = "Normal") -> Paragraph:
    return container.add_paragraph(clean(text), style)


@dataclass(frozen=True)
class Sayer:
    """`say(key, style, **values)`: a paragraph of the label `key` in the document's language."""

    doc: Document
    t: Labels

    def __call__(self, key: str, style: str = "Normal", /, **values: object) -> Paragraph:
        return para(self.doc, self.t(key, **values), style)


def fill(cell: _Cell, lines: Sequence[tuple[str, str]]) -> None:
    """(text, style) lines into a cell, the first into the cell's own empty paragraph."""
    for index, (text, style) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.style = style
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
    paragraph = container.add_paragraph(style="CR Rule")
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


def appendix_section(doc: Document, say: Sayer) -> None:
    """A landscape section of its own for a wide table, opening with "PHỤ LỤC"."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    set_page(section, landscape=True)
    section.different_first_page_header_footer = False
    say("plan.appendix", "CR Kind").paragraph_format.space_before = Pt(0)


# --- Heading and closing (Nghị định 30) ----------------------------------------------


def heading(doc: Document, c: DocumentContext) -> None:
    """Issuers and number on the left; national title, motto and place-date on the right."""
    h = c.heading
    left, right = HEADING_MM
    layout = table(doc, HEADING_MM, 2, grid=False)
    (issuers, nation), (number, place_date) = (row.cells for row in layout.rows)
    fill(issuers, [(issuer, "CR Issuer") for issuer in h.issuers])
    longest = max((_text_mm(issuer, 12, 0.68) for issuer in h.issuers), default=left)
    _rule(issuers, 0.4 * min(longest, left), left)  # 1/3 to 1/2 of the line above
    fill(nation, [(h.nation, "CR Nation"), (h.motto, "CR Motto")])
    _rule(nation, _text_mm(h.motto, 14, 0.45), right)  # as long as the motto
    fill(number, [(h.number, "CR Number")])
    for mark in h.marks:
        _boxed(number.add_paragraph(style="CR Number"), mark)
    fill(place_date, [(h.place_date, "CR Place Date")])
    para(doc, c.kind, "CR Kind")
    para(doc, c.title, "CR Title")
    _rule(doc, 40, TEXT_MM, after=12)


def _boxed(paragraph: Paragraph, mark: str) -> None:
    """A mark of secrecy or urgency: bold capitals in a single-line box (a run border)."""
    run = paragraph.add_run(f" {clean(mark)} ")
    run.bold = True
    border = f'<w:bdr {W} w:val="single" w:sz="8" w:space="0" w:color="000000"/>'
    run._r.get_or_add_rPr().append(parse_xml(border))


def closing(doc: Document, c: DocumentContext) -> None:
    """Recipients and signatures in a borderless table.

    One party: recipients on the left, the signature on the right (Nghị định 30).
    Several: the signature blocks side by side over the whole width and the
    recipients below on the left, as joint documents are signed; three columns
    on A4 would break a minister's title in the middle of a name. Titles, the
    signing space and names are rows of their own, so the names line up.
    """
    t, signatures = c.t, c.signatures
    count, joint = len(signatures), len(signatures) > 1
    widths = [TEXT_MM / count] * count if joint else list(HEADING_MM)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True  # no signature page on its own
    layout = table(doc, widths, 4 if joint else 3, grid=False)
    for row in layout.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    layout.rows[1].height = Mm(25)  # room to sign and seal
    for column, signature in enumerate(signatures, 0 if joint else 1):
        fill(layout.cell(0, column), [(signature.title, "CR Signature")])
        fill(layout.cell(2, column), [(signature.name, "CR Signature")])
        for row in (0, 1):
            layout.cell(row, column).paragraphs[0].paragraph_format.keep_with_next = True
        layout.cell(0, column).paragraphs[0].paragraph_format.space_before = Pt(12)
    recipients = layout.cell(3, 0) if joint else layout.cell(0, 0).merge(layout.cell(2, 0))
    parties = c.party_names
    # The plan goes to the bodies its appendix names; the other documents to the parties' bodies.
    if isinstance(c, PlanContext):
        units = t("recipient_units")
    else:
        units = t("recipient_units_bodies", parties=parties)
    leaders, archive = (
        t("recipient_leaders", parties=parties),
        t("recipient_archive", offices=c.issuers),
    )
    lines = [(f"- {line}", "CR Recipients") for line in (leaders, units, archive)]
    fill(recipients, [(t("recipients"), "CR Recipients Heading"), *lines])
    recipients.paragraphs[0].paragraph_format.space_before = Pt(12)
