"""How every Word document looks: the page set-up and the named styles.

Layout after Nghị định 30/2020/NĐ-CP: A4, margins 20/20/30/15 mm, Times New Roman
14 pt, page numbers centred at the top from page 2. Every paragraph has a named
style (the built-in headings or "CR ..."), so an office can restyle the document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from copy import deepcopy
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import NamedTuple

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_COLOR_INDEX
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from coordreg.catalogue.controls import visible
from coordreg.documents.context import DocumentContext
from coordreg.errors import RefusedError

FONT = "Times New Roman"
LANG_TAGS = {"vi": "vi-VN", "en": "en-US"}
A4_MM = (210, 297)
MARGINS_MM = (20, 20, 30, 15)  # top, bottom, left, right
TEXT_MM = A4_MM[0] - MARGINS_MM[2] - MARGINS_MM[3]  # 165
LANDSCAPE_TEXT_MM = A4_MM[1] - MARGINS_MM[2] - MARGINS_MM[3]  # 252
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
    "CR Issuer Parent": Look(12, False, False, "c", 0, 0, 0),
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


@dataclass
class _Account:
    """The characters written into one Word document so far, against its limit."""

    limit: int
    written: int = 0


_ACCOUNT: ContextVar[_Account | None] = ContextVar("docx_account", default=None)


@contextmanager
def held_to(limit: int) -> Iterator[None]:
    """Every `clean` text of the document built inside counts towards `limit` characters.

    The Markdown and HTML forms refuse a document longer than the render budget's
    output limit; the Word form is held to the same number, and refused as soon as
    the count passes it, before the rest is built (`docx_too_large`, exit 1).
    """
    token = _ACCOUNT.set(_Account(limit))
    try:
        yield
    finally:
        _ACCOUNT.reset(token)


def clean(text: object) -> str:
    """Text for Word: control characters shown as escapes (`\\x1b`, `\\u202e`: no
    document carries one from a file, `catalogue.controls`), and without the
    noncharacters XML cannot carry. Counted against the document's limit."""
    shown = NOT_XML.sub("", visible(str(text)))
    account = _ACCOUNT.get()
    if account is not None:
        account.written += len(shown)
        if account.written > account.limit:
            raise RefusedError("docx_too_large", limit=f"{account.limit:,}")
    return shown


def new_document(c: DocumentContext, reference: Document | None = None) -> Document:
    """An empty document with the styles, the list, a portrait A4 page and its properties.

    From an office's `reference` (reference.docx, already checked): its body dropped,
    its styles, page set-up and headers and footers (the letterhead) kept as they
    are, the styles it lacks added.
    """
    lang = LANG_TAGS.get(c.lang, "vi-VN")
    if reference is not None:
        doc = reference
        body = doc.element.body
        for child in list(body):
            if child.tag != qn("w:sectPr"):
                body.remove(child)
        _styles(doc, lang, keep=True)
        _numbering(doc)
    else:
        doc = bundled_reference(lang)
    props = doc.core_properties
    title = clean(c.title)  # core properties hold at most 255 characters
    props.title = title if len(title) <= 255 else title[:254] + "…"
    props.subject, props.language = clean(c.kind), lang
    props.author = props.last_modified_by = clean(c.issuers)[:255]
    props.created = props.modified = datetime.now(UTC).replace(microsecond=0)
    props.revision, props.comments, props.keywords = 1, "", ""
    return doc


def bundled_reference(lang: str = "vi-VN") -> Document:
    """coordreg's own starting document: its styles, the "-"/"+" list, a portrait A4 page
    numbered at the top from page 2, an empty body (what `templates export` writes as
    reference.docx for an office to start from)."""
    doc = docx.Document()
    _styles(doc, lang)
    _numbering(doc)
    section = doc.sections[0]
    set_page(section, landscape=False)
    section.different_first_page_header_footer = True  # no number on page 1 ...
    section.first_page_header.is_linked_to_previous = False  # ... whose header is empty
    number = section.header.paragraphs[0]
    number.style = "Header"
    number._p.append(
        parse_xml(f'<w:fldSimple {W} w:instr=" PAGE "><w:r><w:t>2</w:t></w:r></w:fldSimple>')
    )
    return doc


def set_page(section: Section, landscape: bool) -> None:
    """An A4 page with the margins of Nghị định 30, turned for wide tables."""
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


def _styles(doc: Document, lang: str, keep: bool = False) -> None:
    """coordreg's named styles; with `keep`, an office's own styles are left as they are
    and only the missing ones are added."""
    defaults = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    if defaults is not None and not keep:
        _fonts(defaults, lang)
        for size in defaults.findall(qn("w:sz")) + defaults.findall(qn("w:szCs")):
            size.set(qn("w:val"), "28")  # 14 pt for every script
    own = {style.name for style in doc.styles} if keep else set()
    if keep:
        _borrow(doc, ("Normal", "Heading 1", "Heading 2", "Header", "Table Grid"))
    for name, look in STYLES.items():
        if name in own:
            continue
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
    if "CR Placeholder" not in own:
        doc.styles["CR Placeholder"].font.highlight_color = WD_COLOR_INDEX.YELLOW
    for level, name in enumerate(("CR List", "CR List 2")):
        if name in own:
            continue
        # The indents of the list level, repeated in the style: Word lets the style win.
        numbering = doc.styles[name].element.get_or_add_pPr().get_or_add_numPr()
        numbering.get_or_add_ilvl().val, numbering.get_or_add_numId().val = level, NUM_ID
        doc.styles[name].paragraph_format.left_indent = Mm(10 * level)


def _borrow(doc: Document, names: tuple[str, ...]) -> None:
    """The built-in styles an office's reference document lacks (Word keeps most of them
    latent until used), copied from python-docx's default template."""
    default = docx.Document().styles
    for name in names:
        if name not in doc.styles and name in default:
            doc.styles.element.append(deepcopy(default[name].element))


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
