"""The Word (.docx) form of the annual plan and the five-year review.

Built with python-docx from the context of `coordreg.documents.context`, the one the
Markdown and HTML templates receive, so the three forms say the same thing under
the same outline. Layout after Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm,
Times New Roman 14 pt, the national heading in a borderless two-column table,
page numbers centred at the top from page 2. Every paragraph has a named style
(the built-in headings or "CR ..."), so an office can restyle the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from io import BytesIO
from typing import Any, NamedTuple

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

from coordreg.render import chart, textfmt

FONT = "Times New Roman"
LANG_TAGS = {"vi": "vi-VN", "en": "en-US"}
A4_MM = (210, 297)
MARGINS_MM = (20, 20, 30, 15)  # top, bottom, left, right
TEXT_MM = A4_MM[0] - MARGINS_MM[2] - MARGINS_MM[3]  # 165
# Column widths (mm) of the layout tables (no cell margins) and the data tables.
HEADING_MM = (75, 90)
APPENDIX_MM = (13, 100, 38, 40, 31, 30)  # landscape: 252 mm of text width
YEARS_MM = (14, 30, 25, 17, 17, 24, 20, 18)
GROUPS_MM = (55, 20, 22, 24, 24, 20)
MINUTES_MM = (9, 22, 11, 54, 17, 28, 24)  # portrait: 165 mm of text width
DUTIES_MM = (12, 14, 90, 38, 40, 30, 28)  # the regulation's appendix, landscape
SVG_EXTENSION = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main"
NUM_ID = 90  # the private "-"/"+" list of the CR List styles
W = nsdecls("w")
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # python-docx refuses these
ALIGN = {
    "l": WD_ALIGN_PARAGRAPH.LEFT,
    "c": WD_ALIGN_PARAGRAPH.CENTER,
    "r": WD_ALIGN_PARAGRAPH.RIGHT,
    "j": WD_ALIGN_PARAGRAPH.JUSTIFY,
}


class Look(NamedTuple):
    """A paragraph style; None leaves a property to the base style. Sizes in pt, indent in mm."""

    size: float | None = None
    bold: bool | None = None
    italic: bool | None = None
    align: str | None = None
    indent: float | None = None  # first line
    before: float | None = None
    after: float | None = None
    base: str = "Normal"  # "" for a built-in style of the template


STYLES: dict[str, Look] = {
    "Normal": Look(14, False, False, "j", 10, 0, 6, base=""),
    "Heading 1": Look(14, True, False, "j", 10, 6, 6, base=""),
    "Heading 2": Look(14, True, False, "j", 10, 6, 6, base=""),
    "Header": Look(13, align="c", indent=0, base=""),
    "CR Issuer": Look(12, True, False, "c", 0, 0, 0),
    "CR Nation": Look(12, True, False, "c", 0, 0, 0),
    "CR Motto": Look(14, True, False, "c", 0, 0, 0),
    "CR Number": Look(13, False, False, "c", 0, 6, 0),
    "CR Place Date": Look(14, False, True, "c", 0, 6, 0),
    "CR Rule": Look(2, align="c", indent=0, before=0, after=0),
    "CR Kind": Look(14, True, False, "c", 0, 18, 0),
    "CR Title": Look(14, True, False, "c", 0, 0, 0),
    "CR Subtitle": Look(14, False, True, "c", 0, 0, 6),
    "CR Note": Look(italic=True),
    "CR Placeholder": Look(italic=True),
    "CR List": Look(),
    "CR List 2": Look(),
    "CR Caption": Look(14, True, False, "c", 0, 6, 6),
    "CR Figure": Look(align="c", indent=0),
    "CR Table Text": Look(13, False, False, "l", 0, 2, 2),
    "CR Table Header": Look(13, True, False, "c", 0, 2, 2, base="CR Table Text"),
    "CR Recipients Heading": Look(12, True, True, "l", 0, 0, 0),
    "CR Recipients": Look(11, False, False, "l", 0, 0, 0),
    "CR Signature": Look(13, True, False, "c", 0, 0, 0),
    # The regulation's own text (Nghị định 30, Phụ lục I): "Chương I" and its title
    # centred and bold, the title in capitals a size smaller; "Điều 1. ..." bold.
    "CR Chapter": Look(14, True, False, "c", 0, 12, 0),
    "CR Chapter Title": Look(13, True, False, "c", 0, 0, 6),
    "CR Article": Look(14, True, False, "j", 10, 6, 6),
}
# Outline levels, so that Word's navigation pane lists the chapters and articles.
OUTLINE = {"CR Chapter": 0, "CR Article": 1}
HEADS = ("CR Chapter", "CR Chapter Title", "CR Article")  # kept with what follows


def render_docx(document: str, context: dict[str, Any]) -> bytes:
    """The plan, the review or the handover minute, from its context, as .docx bytes."""
    if document not in ("plan", "review", "minutes", "regulation"):
        raise ValueError(
            f"unknown document {document!r}: expected 'plan', 'review', 'minutes' or 'regulation'"
        )
    doc = _new_document(context)
    _heading(doc, context)
    if document == "minutes":
        _minutes(doc, context)
    else:
        bodies = {"plan": _plan_body, "review": _review_body, "regulation": _regulation_body}
        bodies[document](doc, context)
        _closing(doc, context)
    if document == "plan":
        _plan_appendix(doc, context)
    elif document == "regulation" and context["duties"]:
        _regulation_appendix(doc, context)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


# --- Document, page and styles -------------------------------------------------------


def _new_document(c: dict[str, Any]) -> Document:
    doc = docx.Document()
    lang = LANG_TAGS.get(c["lang"], "vi-VN")
    _styles(doc, lang)
    _numbering(doc)
    section = doc.sections[0]
    _page(section, landscape=False)
    section.different_first_page_header_footer = True  # no number on page 1 ...
    section.first_page_header.is_linked_to_previous = False  # ... whose header is empty
    number = section.header.paragraphs[0]
    number.style = "Header"
    number._p.append(
        parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
    )
    props = doc.core_properties
    title = _clean(c["title"])  # core properties hold at most 255 characters
    props.title = title if len(title) <= 255 else title[:254] + "…"
    props.subject, props.language = _clean(c["kind"]), lang
    props.author = props.last_modified_by = _clean(c["issuers"])[:255]
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision, props.comments, props.keywords = 1, "", ""
    return doc


def _page(section: Section, landscape: bool) -> None:
    short, long = Mm(A4_MM[0]), Mm(A4_MM[1])
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    top, bottom, left, right = (Mm(value) for value in MARGINS_MM)
    section.top_margin, section.bottom_margin = top, bottom
    section.left_margin, section.right_margin = left, right
    section.header_distance = section.footer_distance = Mm(10)


def _fonts(rpr: BaseOxmlElement, lang: str | None = None) -> None:
    """Times New Roman for every script (replacing the template's theme fonts); the language."""
    for old in rpr.findall(qn("w:rFonts")) + (rpr.findall(qn("w:lang")) if lang else []):
        rpr.remove(old)
    fonts = f'<w:rFonts {W} w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}" w:eastAsia="{FONT}"/>'
    rpr.insert(1 if rpr.find(qn("w:rStyle")) is not None else 0, parse_xml(fonts))
    if lang:
        tag = parse_xml(f'<w:lang {W} w:val="{lang}" w:eastAsia="{lang}" w:bidi="ar-SA"/>')
        rpr.insert_element_before(tag, "w:eastAsianLayout", "w:specVanish", "w:oMath")


def _styles(doc: Document, lang: str) -> None:
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None:
        _fonts(defaults, lang)
        for size in defaults.findall(qn("w:sz")) + defaults.findall(qn("w:szCs")):
            size.set(qn("w:val"), "28")  # 14 pt for every script
    for name, look in STYLES.items():
        if name in doc.styles:
            style = doc.styles[name]
        else:
            style = doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style, style.quick_style = doc.styles[look.base], True
        assert isinstance(style, ParagraphStyle)
        font, fmt = style.font, style.paragraph_format
        if look.size is not None:
            font.size = Pt(look.size)
        if look.bold is not None:
            font.bold = font.cs_bold = look.bold
        if look.italic is not None:
            font.italic = font.cs_italic = look.italic
        if look.align is not None:
            fmt.alignment = ALIGN[look.align]
        if look.indent is not None:
            fmt.first_line_indent = Mm(look.indent)
        if look.before is not None:
            fmt.space_before = Pt(look.before)
        if look.after is not None:
            fmt.space_after = Pt(look.after)
        if not look.base:  # a built-in style: black, single-spaced, no theme fonts
            font.color.rgb, fmt.line_spacing = RGBColor(0, 0, 0), 1.0
            _fonts(style.element.get_or_add_rPr(), lang if name == "Normal" else None)
        if name in ("Heading 1", "Heading 2", "CR Caption", "CR Kind", "CR Title", *HEADS):
            fmt.keep_with_next = True
        if name in OUTLINE:
            outline = parse_xml(f'<w:outlineLvl {W} w:val="{OUTLINE[name]}"/>')
            style.element.get_or_add_pPr().insert_element_before(
                outline, "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange"
            )
    doc.styles["CR Placeholder"].font.highlight_color = WD_COLOR_INDEX.YELLOW
    for level, name in enumerate(("CR List", "CR List 2")):
        # The indents of the list level, repeated in the style: Word lets the style win.
        numbering = doc.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val, numbering.get_or_add_numId().val = level, NUM_ID
        doc.styles[name].paragraph_format.left_indent = Mm(10 * level)


def _numbering(doc: Document) -> None:
    """The list of the CR List styles: "-" then "+", first line indented like the body."""
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
        f'<w:lvlText w:val="{mark}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs>'
        f'<w:tab w:val="num" w:pos="{567 * (level + 1) + 284}"/></w:tabs>'
        f'<w:ind w:left="{567 * level}" w:firstLine="567"/></w:pPr>'
        f'<w:rPr><w:rFonts w:ascii="{FONT}" w:hAnsi="{FONT}" w:cs="{FONT}"/></w:rPr></w:lvl>'
        for level, mark in enumerate("-+")
    )
    numbering = doc.part.numbering_part.element
    abstract = parse_xml(
        f'<w:abstractNum {W} w:abstractNumId="{NUM_ID}">'
        f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>'
    )
    first_num = numbering.find(qn("w:num"))  # every w:abstractNum precedes every w:num
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = f'<w:num {W} w:numId="{NUM_ID}"><w:abstractNumId w:val="{NUM_ID}"/></w:num>'
    numbering.append(parse_xml(num))


# --- Paragraphs, rules and tables ----------------------------------------------------


def _clean(text: object) -> str:
    return NOT_XML.sub("", str(text))


def _para(container: Document | _Cell, text: str, style: str = "Normal") -> Paragraph:
    return container.add_paragraph(_clean(text), style)


def _sayer(doc: Document, c: dict[str, Any]) -> Callable[..., Paragraph]:
    """`say(key, style, **values)`: a paragraph of the label `key` in the document's language."""

    def say(key: str, style: str = "Normal", **values: Any) -> Paragraph:
        return _para(doc, c["t"](key, **values), style)

    return say


def _fill(cell: _Cell, lines: Sequence[tuple[str, str]]) -> None:
    """(text, style) lines into a cell, the first into the cell's own empty paragraph."""
    for index, (text, style) in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        paragraph.style = style
        if text:
            paragraph.add_run(_clean(text))


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


def _table(doc: Document, widths_mm: Sequence[float], rows: int, grid: bool) -> Table:
    """A fixed-width table: "Table Grid", or borderless with no cell margins for layout."""
    table: Table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment, table.autofit = WD_TABLE_ALIGNMENT.CENTER, False
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    if width is not None:
        width.set(qn("w:type"), "dxa")
        width.set(qn("w:w"), str(sum(round(w * 1440 / 25.4) for w in widths_mm)))
    if grid:
        table.style = "Table Grid"
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
    for column, width_mm in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width_mm)
    for row in table.rows:
        for cell, width_mm in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width_mm)
    return table


def _grid(
    doc: Document,
    head: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    align: str,
) -> None:
    """A "Table Grid" table: its bold header row repeats on each page; rows do not split."""
    table = _table(doc, widths, 1 + len(rows), grid=True)
    for index, (row, values) in enumerate(zip(table.rows, [head, *rows], strict=True)):
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
        if index == 0:
            row._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {W}/>"))
        for cell, value, where in zip(row.cells, values, align, strict=True):
            _fill(cell, [(str(value), "CR Table Text" if index else "CR Table Header")])
            if index == 0:
                cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            elif where != "l":
                cell.paragraphs[0].alignment = ALIGN[where]


# --- Heading and closing (Nghị định 30) ----------------------------------------------


def _heading(doc: Document, c: dict[str, Any]) -> None:
    """Issuers and number on the left; national title, motto and place-date on the right."""
    h = c["heading"]
    left, right = HEADING_MM
    table = _table(doc, HEADING_MM, 2, grid=False)
    (issuers, nation), (number, place_date) = (row.cells for row in table.rows)
    _fill(issuers, [(issuer, "CR Issuer") for issuer in h["issuers"]])
    longest = max((_text_mm(issuer, 12, 0.68) for issuer in h["issuers"]), default=left)
    _rule(issuers, 0.4 * min(longest, left), left)  # 1/3 to 1/2 of the line above
    _fill(nation, [(h["nation"], "CR Nation"), (h["motto"], "CR Motto")])
    _rule(nation, _text_mm(h["motto"], 14, 0.45), right)  # as long as the motto
    _fill(number, [(h["number"], "CR Number")])
    _fill(place_date, [(h["place_date"], "CR Place Date")])
    _para(doc, c["kind"], "CR Kind")
    _para(doc, c["title"], "CR Title")
    _rule(doc, 40, TEXT_MM, after=12)


def _closing(doc: Document, c: dict[str, Any]) -> None:
    """Recipients and signatures in a borderless table.

    One party: recipients on the left, the signature on the right (Nghị định 30).
    Several: the signature blocks side by side over the whole width and the
    recipients below on the left, as joint documents are signed; three columns
    on A4 would break a minister's title in the middle of a name. Titles, the
    signing space and names are rows of their own, so the names line up.
    """
    t, signatures = c["t"], c["signatures"]
    count, joint = len(signatures), len(signatures) > 1
    widths = [TEXT_MM / count] * count if joint else list(HEADING_MM)
    doc.paragraphs[-1].paragraph_format.keep_with_next = True  # no signature page on its own
    table = _table(doc, widths, 4 if joint else 3, grid=False)
    for row in table.rows:
        row._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {W}/>"))
    table.rows[1].height = Mm(25)  # room to sign and seal
    for column, signature in enumerate(signatures, 0 if joint else 1):
        _fill(table.cell(0, column), [(signature["title"], "CR Signature")])
        _fill(table.cell(2, column), [(signature["name"], "CR Signature")])
        for row in (0, 1):
            table.cell(row, column).paragraphs[0].paragraph_format.keep_with_next = True
        table.cell(0, column).paragraphs[0].paragraph_format.space_before = Pt(12)
    recipients = table.cell(3, 0) if joint else table.cell(0, 0).merge(table.cell(2, 0))
    parties = c["party_names"]
    units = t("recipient_units") if "plan" in c else t("recipient_units_bodies", parties=parties)
    leaders, archive = (
        t("recipient_leaders", parties=parties),
        t("recipient_archive", offices=c["issuers"]),
    )
    lines = [(f"- {line}", "CR Recipients") for line in (leaders, units, archive)]
    _fill(recipients, [(t("recipients"), "CR Recipients Heading"), *lines])
    recipients.paragraphs[0].paragraph_format.space_before = Pt(12)


# --- The annual plan -----------------------------------------------------------------


def _plan_body(doc: Document, c: dict[str, Any]) -> None:
    t, plan, regulation, say = c["t"], c["plan"], c["regulation"], _sayer(doc, c)
    signed, year = c["date"](regulation.signed), plan.year
    say("plan.basis", title=regulation.title, number=c["reg_number"], signed=signed)
    say("plan.intro", parties=c["parties"].capitalize(), year=year)
    say("plan.s1", "Heading 1")
    say("plan.purpose_h", "Heading 2")
    say("plan.purpose", year=year)
    say("plan.requirements_h", "Heading 2")
    say("plan.requirements")
    say("plan.s2", "Heading 1")
    say("plan.tasks_intro", year=year, count=len(plan.items))
    if plan.previous_missing:
        say("plan.previous_missing", "CR Note", year=year - 1)
    for index, group in enumerate(plan.groups, 1):
        article = group.article
        say("plan.group", "Heading 2", index=index, title=article.title, number=article.number)
        for item in group.items:
            paragraph = _para(doc, f"{item.duty.text} {c['task_line'](item)}", "CR List")
            if item.carried_over and item.previous_note:  # a paragraph: a line break would
                paragraph.paragraph_format.keep_with_next = True  # stretch the justified line
                say("plan.previous_note", "CR Note", year=year - 1, note=item.previous_note)
    say("plan.s3", "Heading 1")
    steps = [
        t("plan.host", host=plan.host.name, year=year, next_year=year + 1),
        t("plan.offices", offices=c["offices"]),
        t("plan.report_by", date=c["date"](plan.report_by)),
        t("plan.difficulties", parties=c["parties"]),
    ]
    for number, step in enumerate(steps, 1):
        _para(doc, f"{number}. {step}")


def _plan_appendix(doc: Document, c: dict[str, Any]) -> None:
    """The task table, in a landscape section of its own."""
    t, plan, say = c["t"], c["plan"], _sayer(doc, c)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    section.different_first_page_header_footer = False
    say("plan.appendix", "CR Kind").paragraph_format.space_before = Pt(0)
    say("plan.appendix_title", "CR Title", year=plan.year)
    say("plan.appendix_ref", "CR Subtitle", blank=c["blank"], code="KH", issuers=c["issuers"])
    head = [t(f"col.{key}") for key in ("no", "task", "lead", "support", "when", "output")]
    rows: list[Sequence[object]] = []
    for number, item in enumerate(plan.items, 1):
        duty, when = item.duty, c["when"](item)
        lead, support, output = c["name"](duty.lead), c["names"](duty.support), duty.deliverable
        rows.append((number, duty.text, lead, support, when, output or t("none")))
    _grid(doc, head, rows, APPENDIX_MM, "clllll")


# --- The regulation's own text -------------------------------------------------------


def _regulation_body(doc: Document, c: dict[str, Any]) -> None:
    """The legal bases and the enacting sentence, then every chapter, article, clause, point.

    One paragraph per line of the text: "Chương I", the chapter's title in capitals,
    "Điều 1. Title" (bold runs), the article's text, "1. text", "a) text".
    """
    t, regulation = c["t"], c["regulation"]
    for line in [*regulation.legal_bases, *([regulation.enacting] if regulation.enacting else [])]:
        _para(doc, line)
    for chapter in regulation.chapters:
        _bold(_para(doc, t("text.chapter", number=chapter.number), "CR Chapter"))
        _bold(_para(doc, textfmt.upper(chapter.title), "CR Chapter Title"))
        for article in chapter.articles:
            heading = t("text.article", number=article.number, title=article.title)
            _bold(_para(doc, heading, "CR Article"))
            if article.text:
                _para(doc, article.text)
            for clause in article.clauses:
                _para(doc, f"{clause.number}. {clause.text}")
                for point in clause.points:
                    _para(doc, f"{point.label}) {point.text}")


def _bold(paragraph: Paragraph) -> None:
    """Bold on the runs too, not only from the style: a reader of runs sees it."""
    for run in paragraph.runs:
        run.bold = True


def _regulation_appendix(doc: Document, c: dict[str, Any]) -> None:
    """Every duty with its article, in a landscape section of its own."""
    t, say = c["t"], _sayer(doc, c)
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    _page(section, landscape=True)
    section.different_first_page_header_footer = False
    say("plan.appendix", "CR Kind").paragraph_format.space_before = Pt(0)
    say("text.appendix_title", "CR Title")
    say("text.appendix_ref", "CR Subtitle", number=c["number"])
    keys = ("no", "article", "task", "lead", "support", "schedule", "output")
    rows: list[Sequence[object]] = [
        (
            number,
            article.number,
            duty.text,
            c["name"](duty.lead),
            c["names"](duty.support),
            c["schedule"](duty),
            duty.deliverable or t("none"),
        )
        for number, (article, duty) in enumerate(c["duties"], 1)
    ]
    _grid(doc, [t(f"col.{key}") for key in keys], rows, DUTIES_MM, "ccl" + "llll")


# --- The handover minute ------------------------------------------------------------


def _minutes(doc: Document, c: dict[str, Any]) -> None:
    """Who hands over to whom, the table of duties, and the two signature blocks."""
    t, say = c["t"], _sayer(doc, c)
    source, target, effective = c["source_name"], c["target_name"], c["effective"]
    for basis in c["bases"]:
        _para(doc, basis)
    say("minutes.opening", blank=c["blank"], year=c["year"], place=c["place"])
    for key, body in (
        ("minutes.giver", c["source_label"]),
        ("minutes.receiver", c["target_label"]),
    ):
        say(key, "Heading 2", body=body)
        say("minutes.representative", blank=c["blank"])
    count = len(c["handovers"])
    if effective is not None:
        say("minutes.effective", count=count, date=c["date"](effective))
    else:
        say("minutes.effective_open", count=count)
    head = [
        t(f"col.{key}")
        for key in ("no", "regulation", "article", "task", "role", "schedule", "output")
    ]
    rows: list[Sequence[object]] = [
        (
            number,
            h.regulation.number or h.regulation.id,
            h.article.number,
            h.duty.text,
            c["role"](h),
            c["schedule"](h),
            h.duty.deliverable or t("none"),
        )
        for number, h in enumerate(c["handovers"], 1)
    ]
    _grid(doc, head, rows, MINUTES_MM, "cl" + "c" + "llll")
    if effective is not None:
        say("minutes.from_then", date=c["date"](effective), target=target, source=source)
    else:
        say("minutes.from_signing", target=target, source=source)
    say("minutes.copies")
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    table = _table(doc, [TEXT_MM / 2] * 2, 3, grid=False)
    table.rows[1].height = Mm(25)  # room to sign and seal
    for column, signature in enumerate(c["signatures"]):
        _fill(
            table.cell(0, column),
            [(signature["title"], "CR Signature"), (signature["body"], "CR Signature")],
        )
        _fill(table.cell(2, column), [(signature["name"], "CR Signature")])


# --- The five-year review ------------------------------------------------------------


def _review_body(doc: Document, c: dict[str, Any]) -> None:
    t, review, regulation, say = c["t"], c["review"], c["regulation"], _sayer(doc, c)

    def prose(what: str) -> None:
        say("review.prose", "CR Placeholder", what=t(f"review.prose_{what}"))

    say("review.situation_h", "Heading 1")
    dates = {"signed": c["date"](regulation.signed), "effective": c["date"](regulation.effective)}
    sizes = {"articles": review.articles_total, "duties": review.duties_total}
    facts = {"title": regulation.title, "number": c["reg_number"], "parties": c["party_names"]}
    say("review.situation", chapters=len(regulation.chapters), **facts, **dates, **sizes)
    if review.amendments is not None:
        say("review.amendments_h", "Heading 2")
        for a in review.amendments:
            summary = c["amendment_summary"](a.summary)
            say(
                "review.amendment",
                "CR List",
                date=c["date_iso"](a.date),
                subject=a.subject,
                summary=summary,
            )
        if not review.amendments:
            say("review.amendments_none")
    prose("situation")
    say("review.s1", "Heading 1")
    _review_results(doc, c)
    prose("results")
    say("review.s2", "Heading 1")
    _review_shortcomings(doc, c)
    prose("causes")
    say("review.s3", "Heading 1")
    prose("lessons")
    say("review.s4", "Heading 1")
    say("review.direction", count=len(review.outstanding))
    prose("direction")
    say("review.s5", "Heading 1")
    if review.repeatedly_not_done:
        say("review.proposal")
    prose("proposals")


def _review_results(doc: Document, c: dict[str, Any]) -> None:
    """Section I: the period's total, the figures by year (table and chart), party, article."""
    t, review, percent, say = c["t"], c["review"], c["percent"], _sayer(doc, c)
    total, none = review.total, t("none")
    tally = {"done": total.done, "in_progress": total.in_progress, "not_done": total.not_done}
    period = {"start": review.start, "end": review.end, "rate": percent(total.rate)}
    say("review.total", applicable=total.counted - total.not_applicable, **period, **tally)
    if review.missing_years:
        say("review.missing", "CR Note", years=", ".join(map(str, review.missing_years)))
    say("review.by_year_h", "Heading 2")
    keys = ("year", "host", "held", "due", "done", "in_progress", "not_done", "rate")
    rows: list[Sequence[object]] = []
    for y in review.years:
        held = c["date"](y.held) if y.held else (none if y.record else t("missing_record"))
        figures = (y.tally.done, y.tally.in_progress, y.tally.not_done) if y.record else (none,) * 3
        rows.append((y.year, y.host.name, held, y.tally.counted, *figures, percent(y.rate)))
    _grid(doc, [t(f"col.{key}") for key in keys], rows, YEARS_MM, "rllrrrrr")
    say("review.chart_title", "CR Caption")
    _chart(doc, c)
    columns = [t(f"col.{key}") for key in ("duty_years", "done", "in_progress", "not_done", "rate")]
    for first, groups in (("party", review.parties), ("article", review.articles)):
        say(f"review.by_{first}_h", "Heading 2")
        rows = []
        for g in groups:
            name, n = (g.name if first == "party" else f"{g.key}. {g.name}"), g.tally
            rows.append((name, n.counted, n.done, n.in_progress, n.not_done, percent(n.rate)))
        _grid(doc, [t(f"col.{first}"), *columns], rows, GROUPS_MM, "lrrrrr")
    say("review.highlights_h", "Heading 2")
    article = t("col.article")
    highlights = [
        f"{n.year}: {n.result.note} ({article} {n.article.number})" for n in review.achievements
    ]
    for line in highlights or [t("review.none")]:
        _para(doc, line, "CR List")


def _review_shortcomings(doc: Document, c: dict[str, Any]) -> None:
    """Section II: duties not done twice or more, never evaluated, and still outstanding."""
    t, review, say = c["t"], c["review"], _sayer(doc, c)
    article = t("col.article")
    say("review.repeated_h", "Heading 2")
    for s in review.repeatedly_not_done:
        years = ", ".join(map(str, s.years))
        _para(doc, f"{s.duty.text} ({article} {s.article.number}; {years})", "CR List")
        for note in s.notes:
            _para(doc, f"{note.year}: {note.result.note}", "CR List 2")
    if not review.repeatedly_not_done:
        say("review.none")
    never = [f"{duty.text} ({article} {art.number})" for art, duty in review.never_evaluated]
    shortfalls = [
        t(
            "review.outstanding_item",
            text=n.duty.text,
            article=f"{article} {n.article.number}",
            year=n.year,
            status=t(f"status.{n.result.status}"),
        )
        + (f" {n.result.note}" if n.result.note else "")
        for n in review.outstanding
    ]
    for heading, lines in (("review.never_h", never), ("review.shortfalls_h", shortfalls)):
        say(heading, "Heading 2")
        for line in lines:
            _para(doc, line, "CR List")
        if not lines:
            say("review.none")


# --- The chart: the context's SVG, behind a PNG for readers that cannot draw SVG ------


def _chart(doc: Document, c: dict[str, Any]) -> None:
    """A PNG picture carrying the SVG as its `asvg:svgBlip` (Word 2016+ draws the SVG)."""
    t = c["t"]
    run = doc.add_paragraph(style="CR Figure").add_run()
    png = chart.completion_png(c["chart_bars"])
    inline = run.add_picture(BytesIO(png), width=Mm(150))._inline
    inline.docPr.set("descr", _clean(t("review.chart_title")))
    package = doc.part.package
    svg_name = package.next_partname("/word/media/image%d.svg")
    svg = Part(svg_name, "image/svg+xml", c["chart_svg"].encode("utf-8"), package)
    rid = doc.part.relate_to(svg, RT.IMAGE)
    blip = inline.find(f".//{qn('a:blip')}")
    assert blip is not None
    extension = f'<asvg:svgBlip xmlns:asvg="{SVG_NS}" r:embed="{rid}"/>'
    blip.append(
        parse_xml(
            f'<a:extLst {nsdecls("a", "r")}><a:ext uri="{SVG_EXTENSION}">{extension}</a:ext></a:extLst>'
        )
    )
