"""The HTML documents: structure read back with the standard library's html.parser.

The annual plan (2025) and the five-year review (ending 2026) of the bundled
regulation `bca-btttt-2021` are rendered to HTML and parsed: the heading, the
outline (the same as the Markdown form's), the appendix table, the review's
tables and chart, the English form, and the escaping of regulation text.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import pytest
from builders import DEFAULT_REGULATION, write_folder
from bundled import regulation_2024

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.documents.context import plan_context, review_context
from coordreg.documents.markup.text import render_text
from coordreg.documents.plan import build_plan
from coordreg.documents.review import build_review
from coordreg.model import results_in

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = regulation_2024("bca-btttt-2021") / "regulation.yaml"

# Elements that have no end tag in HTML.
VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)

APPENDIX_HEAD_VI = [
    "STT",
    "Nội dung công việc",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian hoàn thành",
    "Sản phẩm",
]
CYBER = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"


def _clean(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Table:
    classes: set[str]
    head: list[list[str]] = field(default_factory=list)
    body: list[list[str]] = field(default_factory=list)
    # The class attribute of each body row, "" when it has none.
    row_classes: list[str] = field(default_factory=list)


@dataclass
class _Open:
    tag: str
    classes: set[str]
    text: list[str] = field(default_factory=list)


class Page(HTMLParser):
    """A tiny reader: the tables, the text of each element by tag and by class, the tags."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[Table] = []
        self.tags: Counter[str] = Counter()
        self.by_tag: dict[str, list[str]] = {}
        self.by_class: dict[str, list[str]] = {}
        self.attributes: dict[str, dict[str, str | None]] = {}
        self._open: list[_Open] = []
        self._tables: list[Table] = []
        self._section: list[str] = []
        self._row: list[str] | None = None
        self.feed(html)
        self.close()
        assert not self._open, f"unclosed elements: {[e.tag for e in self._open]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        attributes = dict(attrs)
        self.attributes.setdefault(tag, attributes)
        classes = set((attributes.get("class") or "").split())
        if tag in VOID:
            return
        if tag == "table":
            table = Table(classes)
            self.tables.append(table)
            self._tables.append(table)
        elif tag in ("thead", "tbody"):
            self._section.append(tag)
        elif tag == "tr" and self._tables:
            self._row = []
            if self._section[-1:] != ["thead"]:
                self._tables[-1].row_classes.append(attributes.get("class") or "")
        self._open.append(_Open(tag, classes))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1  # <line .../> and the like, in the SVG

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        element = self._open.pop()
        assert element.tag == tag, f"</{tag}> closes <{element.tag}>"
        text = _clean("".join(element.text))
        if self._open:
            self._open[-1].text.append("".join(element.text))
        self.by_tag.setdefault(tag, []).append(text)
        for name in element.classes:
            self.by_class.setdefault(name, []).append(text)
        if tag in ("td", "th") and self._row is not None:
            self._row.append(text)
        elif tag == "tr" and self._row is not None and self._tables:
            table = self._tables[-1]
            (table.head if self._section[-1:] == ["thead"] else table.body).append(self._row)
            self._row = None
        elif tag in ("thead", "tbody"):
            self._section.pop()
        elif tag == "table":
            self._tables.pop()

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1].text.append(data)

    def table(self, name: str) -> Table:
        found = [table for table in self.tables if name in table.classes]
        assert len(found) == 1, f"{len(found)} tables of class {name}"
        return found[0]


@cache
def _bundled() -> Dossier:
    return load_dossier(BUNDLED)


@cache
def plan_html(lang: str = "vi") -> str:
    return render_text("plan", plan_context(build_plan(_bundled(), 2025), lang), "html", None)


@cache
def review_html(lang: str = "vi") -> str:
    context = review_context(build_review(_bundled(), end_year=2026), lang)
    return render_text("review", context, "html", None)


def _markdown(template: str, lang: str) -> str:
    if template == "plan":
        return render_text("plan", plan_context(build_plan(_bundled(), 2025), lang), "md", None)
    context = review_context(build_review(_bundled(), end_year=2026), lang)
    return render_text("review", context, "md", None)


# The plan


def test_plan_is_one_self_contained_utf8_page() -> None:
    html = plan_html()
    page = Page(html)

    assert html.startswith("<!DOCTYPE html>\n")
    assert page.attributes["html"]["lang"] == "vi"
    assert page.attributes["meta"]["charset"] == "utf-8"
    assert page.tags["html"] == page.tags["body"] == page.tags["style"] == 1
    for outside in ("link", "script", "img", "iframe", "object"):
        assert page.tags[outside] == 0, outside
    assert "@import" not in html
    assert "url(" not in html
    assert "src=" not in html


def test_plan_prints_on_a4_with_the_margins_of_decree_30() -> None:
    css = Page(plan_html()).by_tag["style"][0]

    assert "@page { size: A4; margin: 20mm 15mm 20mm 30mm;" in css
    assert re.search(r"@top-center \{ content: counter\(page\);", css)
    assert "@page :first { @top-center { content: none; } }" in css
    assert "@page appendix { size: A4 landscape;" in css
    assert re.search(r"section\.appendix \{ break-before: page;[^}]* page: appendix; \}", css)
    assert 'font-family: "Times New Roman", "Liberation Serif", "Tinos", serif;' in css
    assert "table.data thead { display: table-header-group; }" in css


def test_plan_heading() -> None:
    page = Page(plan_html())

    assert page.by_class["issuer-name"] == ["BỘ CÔNG AN", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"]
    assert page.by_class["number"] == ["Số: ……/KH-BCA-BTTTT"]
    assert page.by_class["nation-title"] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]
    assert page.by_class["motto"] == ["Độc lập - Tự do - Hạnh phúc"]
    assert page.by_class["place-date"] == ["Hà Nội, ngày …… tháng …… năm 2025"]
    assert page.by_tag["h1"] == ["KẾ HOẠCH"]
    (title,) = page.by_class["title"]
    assert title.startswith("Thực hiện Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin")
    assert title.endswith("thuộc lĩnh vực thông tin và truyền thông năm 2025")
    # The heading is a layout table, not a data table.
    assert page.table("heading").body[0][1] == (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    )


def test_plan_appendix_table() -> None:
    page = Page(plan_html())
    plan = build_plan(_bundled(), 2025)
    table = page.table("tasks-table")

    assert table.head == [APPENDIX_HEAD_VI]
    assert len(table.body) == len(plan.items) == 33
    assert [row[0] for row in table.body] == [str(n) for n in range(1, 34)]
    assert all(len(row) == 6 for row in table.body)
    # Units with their party, as the plan has two.
    assert table.body[0][2] == f"{CYBER} (BCA)"
    # Several bodies in a cell: "; " between them, as names hold commas and "và".
    assert table.body[0][3] == "Cục An toàn thông tin (BTTTT); Cục Viễn thông (BTTTT)"
    assert table.body[0][4] == "Thường xuyên"
    assert table.body[0][5] == "Văn bản trao đổi thông tin"
    assert table.body[9][5] == "—"
    # Carried over from 2024: flagged in the deadline cell and by the row's class.
    assert table.body[8][4] == "6 tháng (30/6, 31/12) (chuyển tiếp từ năm 2024)"
    assert table.body[13][4] == "Trong năm 2025 (chuyển tiếp từ năm 2024)"
    carried = [n for n, name in enumerate(table.row_classes, 1) if name == "carried-over"]
    assert carried == [9, 14, 30]
    assert len(carried) == len(plan.carried_over)


def test_plan_tasks_and_closing() -> None:
    page = Page(plan_html())

    assert page.by_tag["h3"][2:6] == [
        "1. Trách nhiệm của Bộ Công an (Điều 6)",
        "2. Trách nhiệm của Bộ Thông tin và Truyền thông (Điều 7)",
        "3. Cơ quan thường trực (Điều 8)",
        "4. Đánh giá, sơ kết việc thực hiện Quy chế (Điều 9)",
    ]
    # The appendix's rows; the tasks themselves say so in words ("chuyển tiếp từ năm 2024").
    assert len(page.by_class["carried-over"]) == 3
    # Last year's note, in italics on a line of its own under its task.
    assert page.by_class["note"] == [
        "Kết quả năm 2024: Chưa tổ chức kiểm tra trong năm do chờ sửa đổi quy định về danh mục "
        "sản phẩm an toàn thông tin mạng phải kiểm định.",
        "Kết quả năm 2024: Đã kết nối thử nghiệm trục liên thông văn bản; chưa nghiệm thu do "
        "còn lỗi đồng bộ chữ ký số.",
        "Kết quả năm 2024: Mới tổ chức giao ban 6 tháng đầu năm; giao ban cuối năm ghép vào hội "
        "nghị đánh giá năm 2024.",
    ]
    assert page.by_class["recipients-label"] == ["Nơi nhận:"]
    # Each party's signatory title in capitals, no "ĐẠI DIỆN ..." line, and the
    # name left empty for whoever signs.
    assert "sign-for" not in page.by_class
    assert "ĐẠI DIỆN" not in plan_html()
    assert page.by_class["sign-title"] == [
        "BỘ TRƯỞNG BỘ CÔNG AN",
        "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    ]
    assert page.by_class["sign-name"] == ["", ""]


@pytest.mark.parametrize("template", ["plan", "review"])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_html_has_the_outline_of_the_markdown(template: str, lang: str) -> None:
    markdown = _markdown(template, lang)
    page = Page(plan_html(lang) if template == "plan" else review_html(lang))

    for level in (1, 2, 3):
        wanted = re.findall(rf"^{'#' * level} (.+)$", markdown, re.MULTILINE)
        assert page.by_tag[f"h{level}"] == wanted, f"h{level}"


# The review


def test_review_heading_and_sections() -> None:
    page = Page(review_html())

    assert page.by_tag["h1"] == ["BÁO CÁO"]
    assert page.by_class["number"] == ["Số: ……/BC-BCA-BTTTT"]
    assert page.by_class["place-date"] == ["Hà Nội, ngày …… tháng …… năm 2026"]
    (title,) = page.by_class["title"]
    assert title.startswith("Sơ kết 5 năm thực hiện Quy chế phối hợp")
    assert title.endswith("(giai đoạn 2022 - 2026)")
    assert page.by_tag["h2"] == [
        "ĐẶC ĐIỂM TÌNH HÌNH",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. BÀI HỌC KINH NGHIỆM",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]


def test_review_table_by_year() -> None:
    table = Page(review_html()).table("by-year")

    assert table.head == [
        [
            "Năm",
            "Bên chủ trì đánh giá",
            "Ngày tổ chức",
            "Nhiệm vụ",
            "Hoàn thành",
            "Đang thực hiện",
            "Chưa thực hiện",
            "Không áp dụng",
            "Tỷ lệ",
        ]
    ]
    assert [row[0] for row in table.body] == ["2022", "2023", "2024", "2025", "2026"]
    # 35 = 31 + 2 + 1 + 1 not applicable: the row adds up.
    row = ["2022", "Bộ Công an", "12/01/2023", "35", "31", "2", "1", "1", "91,2%"]
    assert table.body[0] == row
    assert table.body[3] == [
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
    assert table.row_classes == ["", "", "", "no-record", "no-record"]


def test_review_tables_by_party_and_article() -> None:
    page = Page(review_html())

    parties = page.table("by-party")
    # These tables count duty-years (a duty once per year it counted), and say so.
    assert parties.head[0][:2] == ["Bên", "Lượt nhiệm vụ"]
    assert parties.body == [
        ["Bộ Công an", "53", "47", "4", "2", "0", "88,7%"],
        ["Bộ Thông tin và Truyền thông", "50", "44", "3", "1", "2", "91,7%"],
    ]
    articles = page.table("by-article")
    assert articles.head[0][:2] == ["Điều", "Lượt nhiệm vụ"]
    assert [row[0] for row in articles.body] == [
        "6. Trách nhiệm của Bộ Công an",
        "7. Trách nhiệm của Bộ Thông tin và Truyền thông",
        "8. Cơ quan thường trực",
        "9. Đánh giá, sơ kết việc thực hiện Quy chế",
    ]
    assert articles.body[0][1:] == ["43", "38", "3", "2", "0", "88,4%"]
    assert articles.body[1][1:] == ["41", "35", "3", "1", "2", "89,7%"]
    assert articles.body[3][1:] == ["6", "6", "0", "0", "0", "100,0%"]


def test_review_chart_and_placeholders() -> None:
    html = review_html()
    page = Page(html)

    assert page.tags["svg"] == 1
    assert html.count("<svg ") == 1
    assert page.by_tag["title"][1] == "Tỷ lệ hoàn thành theo năm"  # the SVG's own title
    assert page.by_class["chart-title"] == ["Tỷ lệ hoàn thành theo năm"]
    placeholders = page.by_class["placeholder"]
    assert len(placeholders) == 6
    assert all(p.startswith("[Phần dành cho cơ quan thường trực: ") for p in placeholders)
    assert placeholders[0] == (
        "[Phần dành cho cơ quan thường trực: bối cảnh, tình hình chung của giai đoạn]"
    )
    assert page.by_class["sign-name"] == ["", ""]


def test_review_lists_the_outstanding_duties() -> None:
    # Section II.3 lists each duty whose latest result in 2022-2026 is unfinished:
    # its text, its article, the year and status of that result, and the result's note.
    html = review_html()
    section = html.split("<h3>3. Nhiệm vụ chưa hoàn thành và nguyên nhân</h3>")[1]
    section = section.split("<h2>")[0]
    duties = {duty.id: duty for _path, _article, duty in _bundled().regulation.duties()}
    record = _bundled().evaluations[2024]
    wanted = [
        ("kiem-tra-an-ninh-thiet-bi", 6, "chưa thực hiện"),
        ("giao-ban-van-phong", 8, "đang thực hiện"),
        ("lien-thong-van-ban-dien-tu", 6, "đang thực hiện"),
    ]
    notes = {d: str(results_in(record.results[d])[0][1].note) for d, _article, _status in wanted}
    items = Page(section)
    # (The order is not asserted here; the golden Markdown review pins it.)
    assert sorted(items.by_tag["li"]) == sorted(
        f"{duties[d].text} (Điều {article}; năm 2024: {status}) {notes[d]}"
        for d, article, status in wanted
    )
    # Each result's note in italics after the status, as in the Markdown and Word forms.
    assert sorted(items.by_tag["em"]) == sorted(notes.values())
    # Section IV counts the same duties.
    assert any(
        "ưu tiên hoàn thành 3 nhiệm vụ còn tồn đọng nêu tại mục II." in paragraph
        for paragraph in Page(html).by_tag["p"]
    )


# English


def test_english_plan() -> None:
    page = Page(plan_html("en"))

    assert page.attributes["html"]["lang"] == "en"
    assert page.by_tag["h1"] == ["PLAN"]
    assert page.by_class["nation-title"] == ["SOCIALIST REPUBLIC OF VIET NAM"]
    assert page.by_class["number"] == ["No.: ……/KH-BCA-BTTTT"]
    assert page.table("tasks-table").head == [
        ["No.", "Task", "Lead body", "Supporting bodies", "Deadline", "Output"]
    ]
    assert page.table("tasks-table").body[13][4] == "During 2025 (carried over from 2024)"
    assert page.by_class["recipients-label"] == ["Recipients:"]


def test_english_review() -> None:
    page = Page(review_html("en"))

    assert page.attributes["html"]["lang"] == "en"
    assert page.by_tag["h1"] == ["REPORT"]
    assert page.table("by-year").body[0] == [
        "2022",
        "Bộ Công an",
        "2023-01-12",
        "35",
        "31",
        "2",
        "1",
        "1",
        "91.2%",
    ]
    assert page.table("by-year").body[4][2] == "no record"
    assert (
        page.by_class["placeholder"][0]
        == "[For the standing office to write: the context of the period]"
    )


# Escaping

HOSTILE = "Trao đổi <script>alert(1)</script> & <b>thông tin</b>."


@pytest.fixture
def hostile(tmp_path: Path) -> Dossier:
    """A regulation whose title and one duty's text hold markup and an ampersand."""
    text = DEFAULT_REGULATION.replace(
        "text: Trao đổi thông tin về tình hình an ninh mạng.", f"text: '{HOSTILE}'"
    ).replace("title: Quy chế phối hợp giữa", "title: Quy chế <i>phối hợp</i> & giữa")
    assert HOSTILE in text
    folder = write_folder(tmp_path, text)
    return load_dossier(folder / "regulation.yaml")


def test_regulation_text_is_escaped_in_the_plan(hostile: Dossier) -> None:
    plan = build_plan(hostile, 2022)
    html = render_text("plan", plan_context(plan), "html", None)
    page = Page(html)

    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;thông tin&lt;/b&gt;." in html
    assert "<script" not in html
    assert page.tags["script"] == page.tags["b"] == page.tags["i"] == 0
    assert page.table("tasks-table").body[0][1] == HOSTILE
    assert page.by_class["title"][0].startswith("Thực hiện Quy chế <i>phối hợp</i> & giữa")
    assert "Quy chế &lt;i&gt;phối hợp&lt;/i&gt; &amp; giữa" in html


def test_regulation_text_is_escaped_in_the_review(hostile: Dossier) -> None:
    # A duty evaluated in no recorded year is listed under "never evaluated",
    # so the review shows its (hostile) text.
    record = "regulation: qc-test\nyear: 2022\nhost: bca\nresults: {}\n"
    (hostile.folder / "evaluations").mkdir(exist_ok=True)
    (hostile.folder / "evaluations" / "2022.yaml").write_text(record, encoding="utf-8")
    hostile = load_dossier(hostile.file)
    review = build_review(hostile, end_year=2026)
    html = render_text("review", review_context(review), "html", None)
    page = Page(html)

    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script" not in html
    assert page.tags["script"] == 0
    assert page.tags["svg"] == 1
    assert any(HOSTILE in item for item in page.by_tag["li"])
