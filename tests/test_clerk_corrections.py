"""What a records clerk (văn thư) would correct before signing (issue 15, points 1-11).

Each test renders a bundled regulation's document, re-opens it (python-docx, an
HTML parser) and asserts the fact the clerk would check.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest
from clerk_documents import (
    BCA,
    HA_TINH,
    ha_tinh_with_parents,
    minute,
    plan_docx,
    plan_html,
    png_pixels,
    reopen,
    review_docx,
    review_html,
    text_docx,
    texts,
)
from docx.document import Document
from docx.oxml.ns import qn
from docx.table import Table
from test_render_html import Page

from coordreg.documents.docx import render_docx
from coordreg.documents.markup.text import render_text
from coordreg.documents.regulation_text import regulation_context


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("clerk")


def _heading_cells(doc: Document) -> tuple[list[tuple[str, str, bool]], list[str]]:
    """The issuers (text, style, bold) and the number's lines of a document's heading."""
    heading = doc.tables[0]
    issuers = [
        (p.text, p.style.name if p.style else "", all(r.bold for r in p.runs))
        for p in heading.cell(0, 0).paragraphs
        if p.text
    ]
    return issuers, heading.cell(1, 0).text.split("\n")


def _signature_tables(doc: Document) -> list[Table]:
    return [
        t
        for t in doc.tables
        if t.rows
        and t.rows[0].cells[0].paragraphs[0].style is not None
        and t.rows[0].cells[0].paragraphs[0].style.name == "CR Signature"
    ]


# 1 -------------------------------------------------------------------------------------------


def test_1_dates_have_a_leading_zero_only_for_days_1_to_9_and_months_1_and_2(folder: Path) -> None:
    text = texts(text_docx(folder, HA_TINH))
    assert (
        "Hà Tĩnh, ngày 15 tháng 3 năm 2023" in text_docx(folder, HA_TINH).tables[0].cell(1, 1).text
    )
    assert not any("tháng 03" in line for line in text)
    minute_doc = docx.Document(str(minute(folder, "bb-dates.docx")))
    paragraphs = texts(minute_doc)
    assert any("có hiệu lực từ ngày 01/3/2025:" in line for line in paragraphs)
    assert any(line.startswith("Kể từ ngày 01/3/2025,") for line in paragraphs)


# 2 -------------------------------------------------------------------------------------------


def test_2_each_issuing_body_whole_under_its_parent_and_the_symbol_broken_at_a_dash(
    folder: Path,
) -> None:
    regulation = ha_tinh_with_parents(folder).regulation
    context = regulation_context(regulation, "vi")
    doc = reopen(folder, "parents.docx", render_docx("regulation", context))
    issuers, number = _heading_cells(doc)
    assert [(text.replace("\n", " "), style, bold) for text, style, bold in issuers] == [
        ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CR Issuer", True),
        ("BỘ CÔNG AN", "CR Issuer Parent", False),
        ("CÔNG AN TỈNH HÀ TĨNH", "CR Issuer", True),
        ("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH", "CR Issuer Parent", False),
        ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÀ TĨNH", "CR Issuer", True),
        ("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TĨNH", "CR Issuer", True),
    ]
    # A name over two lines breaks between words: "ĐÀO" and "TẠO" stay together.
    for text, _style, _bold in issuers:
        assert all(not line.endswith(("ĐÀO", "TRUYỀN")) for line in text.split("\n")), text
    assert number == ["Số: 02/QCPH-UBND-CAT-", "STTTT-SGDĐT"]
    page = Page(render_text("regulation", context, "html", None))
    assert page.by_class["issuer-parent"][0] == "BỘ CÔNG AN"
    assert page.by_class["number"] == ["Số: 02/QCPH-UBND-CAT-STTTT-SGDĐT"]


# 3 -------------------------------------------------------------------------------------------


def test_3_signature_blocks_two_to_a_row_with_the_signing_authority(folder: Path) -> None:
    doc = plan_docx(folder, HA_TINH)
    blocks = _signature_tables(doc)
    assert [len(t.columns) for t in blocks] == [2, 2]  # 2 x 2, room to sign and seal
    assert [c.text for c in blocks[0].rows[0].cells] == [
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
        "GIÁM ĐỐC CÔNG AN TỈNH HÀ TĨNH",
    ]
    assert blocks[0].rows[1].height is not None and blocks[0].rows[1].height.mm >= 24
    for table in blocks:
        for row in table.rows:
            assert row._tr.trPr.find(qn("w:cantSplit")) is not None
    # The last lines of text stay with the signatures: never a page of signatures alone.
    body = doc.element.body
    first_block = blocks[0]._tbl
    before = [p for p in doc.paragraphs if p._p.getparent() is body]
    last = [p for p in before if p._p in list(body)[: list(body).index(first_block)]][-2:]
    assert all(p.paragraph_format.keep_with_next for p in last)
    assert last[-1].text.endswith("./.")


# 4 -------------------------------------------------------------------------------------------


def test_4_the_handover_minute_as_a_clerk_signs_it(folder: Path) -> None:
    doc = docx.Document(str(minute(folder, "bb.docx")))
    issuers, number = _heading_cells(doc)
    assert [(t.split("\n")[0], style) for t, style, _bold in issuers] == [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CR Issuer Parent"),
        ("CỤC AN TOÀN THÔNG TIN", "CR Issuer"),
        ("BỘ CÔNG AN", "CR Issuer Parent"),
        ("CỤC AN NINH MẠNG", "CR Issuer"),
    ]
    assert number == ["Số: ……/BB-CATTT-A05"]
    paragraphs = texts(doc)
    assert any(
        p.startswith("Hôm nay, vào hồi …… giờ ……, ngày") and "tại Hà Nội" in p for p in paragraphs
    )
    assert sum(p.endswith(". Ông/Bà: ……, chức vụ: ……") for p in paragraphs) == 4
    assert paragraphs[-1] == (
        "Biên bản kết thúc vào hồi …… giờ …… cùng ngày, đã được đọc lại cho các bên cùng nghe "
        "và nhất trí ký tên./."
    )
    duties = doc.tables[1]
    # Portrait, six columns: no header breaks inside a word ("ST/T", "Điề/u").
    assert [c.text for c in duties.rows[0].cells][:2] == ["STT", "Điều"]
    assert all(
        cell.width is not None and cell.width.mm >= 11.9 for cell in duties.rows[0].cells[:2]
    )
    assert all(p.paragraph_format.keep_with_next for p in doc.paragraphs[-3:])
    assert len(_signature_tables(doc)) == 1


# 5 -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("which", ["plan", "review", "text"])
def test_5_every_document_ends_with_the_end_mark(folder: Path, which: str) -> None:
    doc = {"plan": plan_docx, "review": review_docx, "text": text_docx}[which](folder, BCA)
    marked = [p for p in texts(doc) if p.endswith("./.")]
    assert len(marked) == 1
    if which == "review":
        assert marked[0].startswith("Trên đây là báo cáo sơ kết 5 năm thực hiện Quy chế phối hợp")
    html = plan_html(BCA) if which == "plan" else review_html(BCA) if which == "review" else ""
    if html:
        assert len(re.findall(r"\./\.<", html)) == 1


# 6 -------------------------------------------------------------------------------------------


def test_6_the_appendix_its_reference_line_rule_and_own_page_numbers(folder: Path) -> None:
    doc = plan_docx(folder, BCA)
    paragraphs = doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text == "Phụ lục")
    assert paragraphs[start + 2].text == (
        "(Kèm theo Kế hoạch số ……/KH-BCA-BTTTT ngày …… tháng …… năm 2025 của Bộ Công an và "
        "Bộ Thông tin và Truyền thông)"
    )
    rule = paragraphs[start + 3]
    assert rule.text == "" and rule._p.find(f".//{qn('w:bottom')}") is not None
    appendix = doc.sections[-1]
    assert appendix._sectPr.xpath("./w:pgNumType/@w:start") == ["1"]
    page = Page(plan_html(BCA))
    assert page.by_class["appendix-head"][0] == "Phụ lục"
    assert "appendix-rule" in page.by_class


# 7 -------------------------------------------------------------------------------------------


def test_7_review_tables_add_up_and_agree_with_the_plan(folder: Path) -> None:
    doc = review_docx(folder, BCA)
    years = next(t for t in doc.tables if t.rows[0].cells[0].text == "Năm")
    head = [c.text for c in years.rows[0].cells]
    assert "Không áp dụng" in head
    for row in years.rows[1:]:
        cells = [c.text for c in row.cells]
        if cells[4] != "—":
            due, *parts = (int(cells[i]) for i in range(3, 8))
            assert due == sum(parts), cells
    assert [c.text for c in years.rows[4].cells][:4] == [
        "2025",
        "Bộ Thông tin và Truyền thông",
        "chưa có biên bản",
        "32",
    ]
    plan = texts(plan_docx(folder, BCA))
    assert any("33 nhiệm vụ sau, gồm 32 nhiệm vụ của năm 2025" in line for line in plan)


# 8 -------------------------------------------------------------------------------------------


def test_8_units_with_their_party_and_an_archive_line_per_party(folder: Path) -> None:
    doc = plan_docx(folder, HA_TINH)
    tasks = doc.tables[-1]
    leads = {row.cells[2].text for row in tasks.rows[1:]}
    assert "Phòng Tham mưu (Công an tỉnh)" in leads or any("(Công an tỉnh)" in x for x in leads)
    assert not any(x.startswith("Phòng ") and "(" not in x for x in leads)
    paragraphs = texts(doc)
    start = paragraphs.index("Nơi nhận:")
    assert paragraphs[start + 3 : start + 7] == [
        "- Lưu: VT, Văn phòng Ủy ban nhân dân tỉnh (UBND);",
        "- Lưu: VT, Phòng Tham mưu (CAT);",
        "- Lưu: VT, Văn phòng Sở Thông tin và Truyền thông (STTTT);",
        "- Lưu: VT, Văn phòng Sở Giáo dục và Đào tạo (SGDĐT).",
    ]


# 9 -------------------------------------------------------------------------------------------


def test_9_the_word_charts_png_reads_like_its_svg(folder: Path) -> None:
    doc = review_docx(folder, BCA)
    png = next(p.blob for p in doc.part.package.parts if p.content_type == "image/png")
    width, _height, pixels = png_pixels(png)

    def pixel(x: float, y: float) -> tuple[int, ...]:
        at = (int(y) * width + int(x)) * 3
        return tuple(pixels[at : at + 3])

    scale = width / 560
    # 2025 has no record (the 4th of 5 bars): nothing drawn at half height, no 100% box.
    slot = (560 - 44 - 12) / 5
    centre = 44 + slot * 3.5
    assert pixel(centre * scale, (30 + 80) * scale) == (255, 255, 255)
    assert pixel(centre * scale, 30 * scale + 2) == (255, 255, 255)
    # Its caption ("chưa có biên bản") is drawn above the stub; strokes are anti-aliased.
    band = [
        pixel(x, y)
        for y in range(int(190 * scale), int(204 * scale))
        for x in range(int((centre - 40) * scale), int((centre + 40) * scale))
    ]
    assert sum(p[0] < 128 for p in band) > 50
    assert any(60 < p[0] < 200 and p[0] == p[1] == p[2] for p in band)


# 10 ------------------------------------------------------------------------------------------


def test_10_the_html_closing_is_laid_out_as_word_lays_it_out() -> None:
    page = Page(plan_html(HA_TINH))
    joint = [t for t in page.tables if "joint" in t.classes]
    assert [len(t.body[0]) for t in joint] == [2, 2]
    assert "recipients" not in {c for t in page.tables for c in t.classes}
    assert page.by_class["recipients-label"] == ["Nơi nhận:"]
    html = plan_html(HA_TINH)
    assert html.index('class="closing joint"') < html.index('class="recipients below"')


# 11 ------------------------------------------------------------------------------------------


def test_11_english_documents_are_english_but_for_the_regulations_own_text(folder: Path) -> None:
    doc = plan_docx(folder, BCA, "en")
    paragraphs = texts(doc)
    assert paragraphs[1].startswith("Implementing the Regulation “Quy chế phối hợp giữa")
    # The duties' own texts (CR List) and results (CR Note) are the regulation's words.
    own = {"CR List", "CR List 2", "CR Note"}
    words_of_coordreg = [
        p.text for p in doc.paragraphs if p.style is not None and p.style.name not in own
    ]
    assert doc.tables[0].cell(1, 1).text == "Hà Nội, …… 2025"
    words = ("ngày", "tháng", "Nơi nhận", "Lưu", "Kèm theo", "Phụ lục", "Chủ trì", "Thời hạn")
    labels = [p for p in words_of_coordreg if not p.startswith("Pursuant to the Regulation")]
    for word in words:
        assert not any(word in line for line in labels), word
