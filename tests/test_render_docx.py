"""The Word form of the plan and the review: written, re-opened with python-docx, checked."""

from __future__ import annotations

import re
import shutil
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
import pytest
from bundled import regulation_2024
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.styles.style import ParagraphStyle
from docx.table import Table

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.documents.context import (
    DocumentContext,
    plan_context,
    review_context,
)
from coordreg.documents.docx import render_docx
from coordreg.documents.markup.text import render_text
from coordreg.documents.plan import build_plan
from coordreg.documents.review import build_review
from coordreg.errors import RefusedError

ROOT = Path(__file__).resolve().parents[1]
FOLDER = regulation_2024("bca-btttt-2021")
APPENDIX_HEADER = [
    "STT",
    "Nội dung công việc",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
]
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"


@pytest.fixture(scope="module")
def dossier() -> Dossier:
    return load_dossier(FOLDER / "regulation.yaml")


def _reopen(folder: Path, name: str, data: bytes) -> Document:
    path = folder / name
    path.write_bytes(data)
    return docx.Document(str(path))


@pytest.fixture(scope="module")
def plan_doc(dossier: Dossier, tmp_path_factory: pytest.TempPathFactory) -> Document:
    context = plan_context(build_plan(dossier, 2025), "vi")
    return _reopen(tmp_path_factory.mktemp("plan"), "plan.docx", render_docx("plan", context))


@pytest.fixture(scope="module")
def review_doc(dossier: Dossier, tmp_path_factory: pytest.TempPathFactory) -> Document:
    context = review_context(build_review(dossier, end_year=2026), "vi")
    return _reopen(tmp_path_factory.mktemp("review"), "review.docx", render_docx("review", context))


def _rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def _texts(doc: Document) -> list[str]:
    return [paragraph.text for paragraph in doc.paragraphs]


def _table_starting(doc: Document, first: str) -> Table:
    return next(table for table in doc.tables if table.rows[0].cells[0].text == first)


def _style(doc: Document, name: str) -> ParagraphStyle:
    style = doc.styles[name]
    assert isinstance(style, ParagraphStyle)
    return style


def test_a4_portrait_with_the_decree_margins(plan_doc: Document) -> None:
    section = plan_doc.sections[0]
    assert section.orientation == WD_ORIENT.PORTRAIT
    measured: dict[str, Any] = {
        "width": section.page_width,
        "height": section.page_height,
        "top": section.top_margin,
        "bottom": section.bottom_margin,
        "left": section.left_margin,
        "right": section.right_margin,
    }
    expected = {"width": 210, "height": 297, "top": 20, "bottom": 20, "left": 30, "right": 15}
    for key, mm in expected.items():
        assert measured[key].mm == pytest.approx(mm, abs=0.5), key


def test_times_new_roman_14_for_every_script_in_vietnamese(plan_doc: Document) -> None:
    normal = _style(plan_doc, "Normal")
    assert normal.font.name == "Times New Roman"
    assert normal.font.size is not None and normal.font.size.pt == 14
    rpr = normal.element.rPr
    assert rpr is not None
    fonts = rpr.find(qn("w:rFonts"))
    assert fonts is not None
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        assert fonts.get(qn(attribute)) == "Times New Roman"
    lang = rpr.find(qn("w:lang"))
    assert lang is not None and lang.get(qn("w:val")) == "vi-VN"
    assert plan_doc.core_properties.language == "vi-VN"
    assert plan_doc.core_properties.title.startswith("Thực hiện Quy chế phối hợp")
    table_text = _style(plan_doc, "CR Table Text")
    assert table_text.font.size is not None and table_text.font.size.pt == 13


def test_the_heading_table_holds_issuers_number_nation_motto_and_date(plan_doc: Document) -> None:
    issuers, nation = plan_doc.tables[0].rows[0].cells
    number, place_date = plan_doc.tables[0].rows[1].cells
    assert [p.text for p in issuers.paragraphs if p.text] == [
        "BỘ CÔNG AN",
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    ]
    assert [p.text for p in nation.paragraphs if p.text] == [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
    ]
    assert number.text == "Số: ……/KH-BCA-BTTTT"
    assert place_date.text == "Hà Nội, ngày …… tháng …… năm 2025"
    assert _style(plan_doc, "CR Issuer").font.bold is True
    assert _style(plan_doc, "CR Nation").font.bold is True
    motto = _style(plan_doc, "CR Motto").font
    assert motto.bold is True and motto.size is not None and motto.size.pt == 14
    assert _style(plan_doc, "CR Place Date").font.italic is True
    # The short rule under the motto is a paragraph bottom border.
    assert nation.paragraphs[-1]._p.xpath("./w:pPr/w:pBdr/w:bottom")


def test_kind_title_and_outline_of_the_plan(plan_doc: Document) -> None:
    texts = _texts(plan_doc)
    assert "KẾ HOẠCH" in texts
    headings = [
        p.text for p in plan_doc.paragraphs if p.style is not None and p.style.name == "Heading 1"
    ]
    assert headings == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "III. TỔ CHỨC THỰC HIỆN"]
    assert "1. Trách nhiệm của Bộ Công an (Điều 6)" in texts
    assert "Phụ lục" in texts


def test_a_carried_over_task_is_followed_by_last_years_note_in_italics(plan_doc: Document) -> None:
    texts = _texts(plan_doc)
    note = "Kết quả năm 2024: Đã kết nối thử nghiệm trục liên thông văn bản; chưa nghiệm thu do còn lỗi đồng bộ chữ ký số."
    task = plan_doc.paragraphs[texts.index(note) - 1]
    assert task.text.startswith("Cục Công nghệ thông tin chủ trì")
    assert task.style is not None and task.style.name == "CR List"
    assert _style(plan_doc, "CR Note").font.italic is True


def test_the_appendix_table_lists_every_task(plan_doc: Document, dossier: Dossier) -> None:
    table = plan_doc.tables[-1]
    rows = _rows(table)
    assert rows[0] == APPENDIX_HEADER
    assert len(rows) - 1 == len(build_plan(dossier, 2025).items) == 33
    assert [row[0] for row in rows[1:]] == [str(n) for n in range(1, 34)]
    assert rows[1][2] == f"{A05} (BCA)"  # a unit with its party: the plan has two
    assert rows[9][4] == "6 tháng (30/6, 31/12) (chuyển tiếp từ năm 2024)"
    assert rows[14][4] == "Trong năm 2025 (chuyển tiếp từ năm 2024)"
    assert rows[13][5] == "—"
    header = table.rows[0]
    assert header._tr.xpath("./w:trPr/w:tblHeader")
    assert all(
        _style(plan_doc, p.style.name).font.bold for p in header.cells[0].paragraphs if p.style
    )
    assert table.style is not None and table.style.name == "Table Grid"
    assert sum(column.width.mm for column in table.columns if column.width) == pytest.approx(
        252, abs=1
    )


def test_the_appendix_is_a_landscape_section(plan_doc: Document) -> None:
    first, appendix = plan_doc.sections[0], plan_doc.sections[-1]
    assert len(plan_doc.sections) == 2
    assert appendix.orientation == WD_ORIENT.LANDSCAPE
    assert appendix.page_width is not None and appendix.page_width.mm == pytest.approx(297, abs=0.5)
    assert appendix.page_height is not None and appendix.page_height.mm == pytest.approx(
        210, abs=0.5
    )
    # Page numbers: a PAGE field in the header, none on the first page.
    assert first.different_first_page_header_footer
    assert first.header._element.xpath(".//w:fldSimple[contains(@w:instr, 'PAGE')]")
    assert not first.first_page_header._element.xpath(".//w:fldSimple")
    # The appendix numbers its pages on their own: from 1, none on its first page.
    assert appendix.different_first_page_header_footer
    assert appendix._sectPr.xpath("./w:pgNumType/@w:start") == ["1"]


def test_the_closing_has_one_signature_per_party_and_the_recipients(plan_doc: Document) -> None:
    closing = next(t for t in plan_doc.tables if t.rows[0].cells[0].text.startswith("BỘ TRƯỞNG"))
    titles = [cell.text for cell in closing.rows[0].cells]
    # A title too wide for its block breaks between words, before "VÀ".
    assert titles == ["BỘ TRƯỞNG BỘ CÔNG AN", "BỘ TRƯỞNG BỘ THÔNG TIN\nVÀ TRUYỀN THÔNG"]
    assert _style(plan_doc, "CR Signature").font.bold
    # Joint documents: the recipients under the signatures, as paragraphs (Word's layout).
    texts = _texts(plan_doc)
    start = texts.index("Nơi nhận:")
    assert texts[start : start + 5] == [
        "Nơi nhận:",
        "- Lãnh đạo Bộ Công an và Bộ Thông tin và Truyền thông (để b/c);",
        "- Các cơ quan, đơn vị có tên tại Phụ lục;",
        "- Lưu: VT, Văn phòng Bộ Công an (BCA);",
        "- Lưu: VT, Văn phòng Bộ Thông tin và Truyền thông (BTTTT).",
    ]
    heading = _style(plan_doc, "CR Recipients Heading").font
    assert heading.bold and heading.italic and heading.size is not None and heading.size.pt == 12
    item = _style(plan_doc, "CR Recipients").font
    assert item.size is not None and item.size.pt == 11


def test_the_review_has_its_sections_and_figure_tables(review_doc: Document) -> None:
    texts = _texts(review_doc)
    assert "BÁO CÁO" in texts
    for heading in (
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ):
        assert heading in texts
    years = _rows(_table_starting(review_doc, "Năm"))
    # 35 = 31 + 2 + 1 + 1 not applicable: the table adds up.
    assert years[1] == ["2022", "Bộ Công an", "12/01/2023", "35", "31", "2", "1", "1", "91,2%"]
    assert years[4] == [
        "2025",
        "Bộ Thông tin và Truyền thông",
        "chưa có biên bản",
        "32",
        "—",
        "—",
        "—",
        "—",
        "—",
    ]
    assert len(_rows(_table_starting(review_doc, "Bên"))) == 3
    articles = _rows(_table_starting(review_doc, "Điều"))
    assert articles[-1] == [
        "9. Đánh giá, sơ kết việc thực hiện Quy chế",
        "6",
        "6",
        "0",
        "0",
        "0",
        "100,0%",
    ]


def test_the_review_chart_is_a_png_picture_carrying_the_svg(review_doc: Document) -> None:
    assert len(review_doc.inline_shapes) >= 1
    blip = review_doc.inline_shapes[0]._inline.xpath(".//a:blip")[0]
    png = review_doc.part.related_parts[blip.get(qn("r:embed"))]
    assert png.blob.startswith(b"\x89PNG\r\n\x1a\n")
    svg_blip = blip.find(".//{http://schemas.microsoft.com/office/drawing/2016/SVG/main}svgBlip")
    assert svg_blip is not None
    svg = review_doc.part.related_parts[svg_blip.get(qn("r:embed"))]
    assert svg.content_type == "image/svg+xml"
    assert b"<svg" in svg.blob and "chưa có biên bản".encode() in svg.blob


def test_the_secretariats_prose_placeholders_stand_out(review_doc: Document) -> None:
    placeholders = [
        p for p in review_doc.paragraphs if p.text.startswith("[Phần dành cho cơ quan thường trực")
    ]
    assert len(placeholders) == 6
    assert all(p.style is not None and p.style.name == "CR Placeholder" for p in placeholders)
    style = _style(review_doc, "CR Placeholder")
    assert style.font.italic and style.font.highlight_color is not None


def test_english_documents(dossier: Dossier, tmp_path: Path) -> None:
    plan = _reopen(
        tmp_path, "plan.docx", render_docx("plan", plan_context(build_plan(dossier, 2025), "en"))
    )
    assert "PLAN" in _texts(plan)
    assert _rows(plan.tables[-1])[0] == [
        "No.",
        "Task",
        "Lead body",
        "Supporting bodies",
        "Deadline",
        "Output",
    ]
    assert plan.core_properties.language == "en-US"
    review = build_review(dossier, end_year=2026)
    report = _reopen(tmp_path, "review.docx", render_docx("review", review_context(review, "en")))
    assert "REPORT" in _texts(report)


def test_markup_and_ampersands_in_the_data_survive_literally(tmp_path: Path) -> None:
    folder = tmp_path / "bca-btttt-2021"
    shutil.copytree(FOLDER, folder)
    regulation = folder / "regulation.yaml"
    text = regulation.read_text(encoding="utf-8")
    assert "deliverable: Văn bản đề nghị phối hợp kỹ thuật\n" in text
    odd = "<script>alert('x')</script> & R&D"
    regulation.write_text(text.replace("Văn bản đề nghị phối hợp kỹ thuật", odd), encoding="utf-8")
    context = plan_context(build_plan(load_dossier(regulation), 2025), "vi")
    doc = _reopen(tmp_path, "plan.docx", render_docx("plan", context))
    assert [row[5] for row in _rows(doc.tables[-1]) if row[5] == odd] == [odd]


def test_characters_xml_cannot_carry_are_shown_as_escapes(dossier: Dossier, tmp_path: Path) -> None:
    """Control characters XML cannot carry are shown, as every output shows them
    (issue 14: shown, never replayed, never silently dropped); noncharacters dropped."""
    context = plan_context(build_plan(dossier, 2025), "vi")
    context.title = "Kế hoạch\x0b thử\x00\ufffe"
    doc = _reopen(tmp_path, "plan.docx", render_docx("plan", context))
    assert "Kế hoạch\\x0b thử\\x00" in _texts(doc)


@pytest.mark.parametrize("document", ["plan", "review"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_line_of_the_markdown_form_is_in_the_word_form(
    dossier: Dossier, document: str, lang: str
) -> None:
    """Same content as the Markdown template: each of its lines, stripped of markup, is here."""
    context: DocumentContext
    if document == "plan":
        context = plan_context(build_plan(dossier, 2025), lang)
    else:
        context = review_context(build_review(dossier, end_year=2026), lang)
    word = docx.Document(BytesIO(render_docx(document, context)))
    texts = [p.text for p in word.paragraphs]
    texts += [
        p.text for t in word.tables for row in t.rows for c in row.cells for p in c.paragraphs
    ]
    # A line broken inside a signature block reads as a space.
    everything = "\n".join(text.replace("\n", " ") for text in texts)
    markdown = render_text(document, context, "md", None)
    # The text chart of the Markdown form is a picture in Word.
    markdown = re.sub(r"```text\n.*?```", "", markdown, flags=re.S)
    for line in markdown.splitlines():
        if set(line.strip()) <= set("|:-"):
            continue
        for cell in re.split(r"(?<!\\)\||<br>", line):
            text = re.sub(r"^\s*(#+|-|>|\d+\.)\s+", "", cell.strip()).replace("**", "")
            text = re.sub(r"(?<!\\)\*", "", text).strip().replace("\\|", "|")
            assert text in everything, text


def test_an_unknown_document_is_refused(dossier: Dossier) -> None:
    with pytest.raises(ValueError, match="agenda"):
        render_docx("agenda", plan_context(build_plan(dossier, 2025), "vi"))


def test_the_word_writer_is_held_to_its_own_count(dossier: Dossier) -> None:
    """The Markdown source is under the limit; what Word adds (the heading and the
    signature blocks from the context) is counted too."""
    context = plan_context(build_plan(dossier, 2025), "vi")
    with pytest.raises(RefusedError) as refused:
        render_docx("plan", context, limit=1_000)
    assert refused.value.message("en") == (
        "the Word document would be longer than 1,000 characters, the limit of a document "
        "as for the Markdown and HTML forms"
    )
