"""`coordreg text`: the regulation itself as a document (văn bản quy chế).

Golden files
------------
`tests/golden/regulation-<id>.<lang>.md` holds the exact Markdown text of each
bundled regulation in Vietnamese and English. When a change to the template or
the wording is intended, regenerate them::

    COORDREG_UPDATE_GOLDEN=1 pytest tests/test_regulation_text.py

and read `git diff tests/golden/` before committing.

The shape of the text is a contract: `coordreg import` reads it back. The tests
below spell out each line form (heading, "QUY CHẾ" and the title, legal bases,
"Chương I" and its title, "Điều 1. Title", "1. clause", "a) point", the appendix)
in Markdown, HTML and Word, independently of the golden text.

The text is the one in force today (`coordreg text --at`, tests/time/); here
"today" is fixed (`COORDREG_TODAY`), so that the golden files do not change with the
day they run once a bundled regulation records acts.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path

import docx
import pytest
from builders import regulation, write_folder
from bundled import copy_regulations_before_2025, regulation_2024
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.table import Table
from golden_files import assert_golden, golden
from markdown_it import MarkdownIt
from typer.testing import CliRunner, Result

from coordreg.catalogue.labels import Labels
from coordreg.check.dossier import load_dossier
from coordreg.cli import app
from coordreg.documents.docx import render_docx
from coordreg.documents.markup.text import render_text
from coordreg.documents.regulation_text import md_paragraph, regulation_context, title_line
from coordreg.model import Regulation
from coordreg.render.textfmt import end_mark

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ("bca-btttt-2021", "ha-tinh-antt-2023")
LANGS = ("vi", "en")

APPENDIX_HEADER = (
    "| STT | Điều | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp "
    "| Thời gian thực hiện | Sản phẩm |"
)
CELL_SEPARATOR = re.compile(r"(?<!\\)\|")
BASES = """\
legal_bases:
  - Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;
  - >-
    Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ quy định
    chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;
enacting: >-
  Bộ Công an và Bộ Thông tin và Truyền thông ban hành Quy chế phối hợp giữa hai Bộ.
"""

runner = CliRunner()
TODAY = "2026-12-15"


@pytest.fixture(autouse=True, scope="module")
def fixed_today() -> Iterator[None]:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COORDREG_TODAY", TODAY)
        yield


def bundled(reg_id: str) -> Regulation:
    return load_dossier(regulation_2024(reg_id) / "regulation.yaml").regulation


def small(tmp_path: Path, text: str = "", without: tuple[str, ...] = ()) -> Regulation:
    """A regulation written by the test (builders' defaults for what `text` does not set)."""
    folder = write_folder(tmp_path, regulation(text, without=without))
    return load_dossier(folder / "regulation.yaml").regulation


def text_md(reg: Regulation, lang: str = "vi") -> str:
    return render_text("regulation", regulation_context(reg, lang), "md", None)


def text_html(reg: Regulation, lang: str = "vi") -> str:
    return render_text("regulation", regulation_context(reg, lang), "html", None)


def text_docx(reg: Regulation, lang: str = "vi") -> Document:
    return docx.Document(BytesIO(render_docx("regulation", regulation_context(reg, lang))))


def body_lines(reg: Regulation, lang: str = "vi") -> list[str]:
    """The lines of the text proper, as printed (without Markdown marks): chapters,
    articles, article texts, clauses and points, in order."""
    t = Labels(lang)
    lines: list[str] = []
    for chapter in reg.chapters:
        lines += [t("text.chapter", number=chapter.number), chapter.title.upper()]
        for article in chapter.articles:
            lines.append(t("text.article", number=article.number, title=article.title))
            if article.text:
                lines.append(" ".join(article.text.split()))
            for clause in article.clauses:
                lines.append(f"{clause.number}. {' '.join(clause.text.split())}")
                lines += [f"{p.label}) {' '.join(p.text.split())}" for p in clause.points]
    # The text's last sentence ends with "./." (Nghị định 30).
    return [*lines[:-1], end_mark(lines[-1])] if lines else lines


def qualified(reg: Regulation, body: str) -> str:
    """A body's name in an appendix cell: a unit with its party's short name unless its
    own name says whose it is (the bundled regulations have several parties)."""
    party = next(p for p in reg.parties if body in {p.id, *(u.id for u in p.units)})
    name = reg.bodies()[body]
    own = re.sub(r"\s+tỉnh\s+\S.*$", "", party.name)
    if body == party.id or own.casefold() in name.casefold():
        return name
    return f"{name} ({party.short_name or party.name})"


def unmark(line: str) -> str:
    """A Markdown line as read: no heading marks, no CommonMark escapes."""
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", re.sub(r"^#+ ", "", line))


def cells(row: str) -> list[str]:
    parts = CELL_SEPARATOR.split(row)
    assert parts[0] == "" and parts[-1] == "", row
    return [part.strip() for part in parts[1:-1]]


def appendix_rows(text: str, header: str = APPENDIX_HEADER) -> list[list[str]]:
    lines = text.splitlines()
    start = lines.index(header)
    assert lines[start + 1] == "|---:|---:|---|---|---|---|---|"
    rows: list[list[str]] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


# --- Golden files ----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("reg_id", BUNDLED)
def test_golden_text(reg_id: str, lang: str) -> None:
    assert_golden(f"regulation-{reg_id}.{lang}.md", text_md(bundled(reg_id), lang))


# --- The title -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("title", "line"),
    [
        ("Quy chế phối hợp giữa A và B", "Phối hợp giữa A và B"),
        ("QUY CHẾ PHỐI HỢP GIỮA A VÀ B", "PHỐI HỢP GIỮA A VÀ B"),
        ("quy chế  phối hợp", "Phối hợp"),
        ("Quy chế đấu tranh", "Đấu tranh"),
        # Not a title that starts with the word "Quy chế": printed whole.
        ("Quy định phối hợp giữa A và B", "Quy định phối hợp giữa A và B"),
        ("Quy chế", "Quy chế"),
        ("Quy chếphối hợp", "Quy chếphối hợp"),
    ],
)
def test_the_title_line_drops_the_leading_quy_che(title: str, line: str) -> None:
    assert title_line(title) == line


def test_heading_kind_and_title() -> None:
    lines = text_md(bundled("bca-btttt-2021")).splitlines()
    assert lines[:8] == [
        "| **BỘ CÔNG AN**<br>**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** "
        "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |",
        "|:---:|:---:|",
        "| Số: 01/QCPH-BCA-BTTTT | *Hà Nội, ngày 24 tháng 11 năm 2021* |",
        "",
        "# QUY CHẾ",
        "",
        "**Phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông trong công tác bảo vệ an "
        "ninh quốc gia, bảo đảm trật tự, an toàn xã hội, đấu tranh phòng, chống tội phạm "
        "thuộc lĩnh vực thông tin và truyền thông**",
        "",
    ]


def test_heading_of_four_parties() -> None:
    lines = text_md(bundled("ha-tinh-antt-2023")).splitlines()
    assert lines[0].startswith(
        "| **ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH**<br>BỘ CÔNG AN<br>**CÔNG AN TỈNH HÀ TĨNH**<br>"
        "UBND TỈNH HÀ TĨNH<br>**SỞ THÔNG TIN VÀ TRUYỀN THÔNG**<br>**SỞ GIÁO DỤC VÀ ĐÀO TẠO** |"
    )
    assert lines[2] == "| Số: 02/QCPH-UBND-CAT-STTTT-SGDĐT | *Hà Tĩnh, ngày 15 tháng 3 năm 2023* |"


def test_without_number_or_place_the_heading_leaves_room(tmp_path: Path) -> None:
    lines = text_md(small(tmp_path, without=("number", "place"))).splitlines()
    assert lines[2] == "| Số: ……/QCPH-BCA-BTTTT | *……, ngày 10 tháng 01 năm 2022* |"
    assert (
        "*(Kèm theo Quy chế số ……/QCPH-BCA-BTTTT ngày 10 tháng 01 năm 2022 của Bộ Công an"
        " và Bộ Thông tin và Truyền thông)*"
    ) in lines


# --- The text proper, in Markdown ------------------------------------------------------------


def test_the_whole_text_of_a_small_regulation(tmp_path: Path) -> None:
    """Every line form at once: bases, enacting sentence, chapters, articles, clauses, points."""
    text = text_md(small(tmp_path, BASES))
    start = text.index("**Phối hợp")
    end = text.index("**Nơi nhận:**")
    assert text[start:end] == (
        "**Phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông**\n"
        "\n"
        "Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;\n"
        "\n"
        "Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;\n"
        "\n"
        "Bộ Công an và Bộ Thông tin và Truyền thông ban hành Quy chế phối hợp giữa hai Bộ.\n"
        "\n"
        "## Chương I\n"
        "\n"
        "## QUY ĐỊNH CHUNG\n"
        "\n"
        "### Điều 1. Phạm vi điều chỉnh\n"
        "\n"
        "Quy chế này quy định việc phối hợp giữa hai Bộ.\n"
        "\n"
        "### Điều 2. Nguyên tắc phối hợp\n"
        "\n"
        "1\\. Tuân thủ quy định của pháp luật.\n"
        "\n"
        "2\\. Bảo đảm các yêu cầu sau\n"
        "\n"
        "a) Chủ động, kịp thời;\n"
        "\n"
        "b) Thống nhất, hiệu quả.\n"
        "\n"
        "## Chương II\n"
        "\n"
        "## NỘI DUNG PHỐI HỢP\n"
        "\n"
        "### Điều 3. Trao đổi thông tin\n"
        "\n"
        "### Điều 4. Sơ kết, tổng kết\n"
        "\n"
        "## Chương III\n"
        "\n"
        "## TỔ CHỨC THỰC HIỆN\n"
        "\n"
        "### Điều 5. Hiệu lực thi hành\n"
        "\n"
        "Quy chế này có hiệu lực kể từ ngày ký./.\n"
        "\n"
    )


@pytest.mark.parametrize("reg_id", BUNDLED)
def test_every_line_of_the_text_is_in_the_markdown_in_order(reg_id: str) -> None:
    reg = bundled(reg_id)
    for lang in LANGS:
        lines = [unmark(line) for line in text_md(reg, lang).splitlines() if line]
        expected = body_lines(reg, lang)
        start = lines.index(expected[0])
        assert lines[start : start + len(expected)] == expected


def test_no_markdown_renderer_turns_clauses_into_a_list() -> None:
    reg = bundled("bca-btttt-2021")
    text = text_md(reg)
    html = MarkdownIt("commonmark").render(text.split("**Nơi nhận:**")[0])
    assert "<ol" not in html
    assert "<ul" not in html
    assert "<p>1. Quy chế này quy định về nguyên tắc, phạm vi" in html
    assert "<p>a) Trao đổi thông tin, dự báo tình hình" in html
    assert "<h2>Chương II</h2>\n<h2>NỘI DUNG PHỐI HỢP</h2>" in html
    assert "<h3>Điều 6. Trách nhiệm của Bộ Công an</h3>" in html


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ("Văn bản thường.", "Văn bản thường."),
        ("1. Khoản một", "1\\. Khoản một"),
        ("12) Mục", "12\\) Mục"),
        ("2021.", "2021\\."),
        ("10.5 tỷ đồng", "10.5 tỷ đồng"),
        ("# không phải tiêu đề", "\\# không phải tiêu đề"),
        ("- không phải danh sách", "\\- không phải danh sách"),
        ("> không phải trích dẫn", "\\> không phải trích dẫn"),
        ("<script>x</script>", "\\<script\\>x\\</script\\>"),
        ("| a | b |", "\\| a \\| b \\|"),
        ("a) Điểm", "a) Điểm"),
        ("+ cộng", "\\+ cộng"),
        ("* sao", "\\* sao"),
        ("```mã", "\\`\\`\\`mã"),
        ("~~~", "\\~\\~\\~"),
        ("~ khoảng", "\\~ khoảng"),
        ("= bằng", "= bằng"),
        ("Hai dòng\n  gộp   một", "Hai dòng gộp một"),
    ],
)
def test_a_markdown_paragraph_reads_as_written(text: str, line: str) -> None:
    assert md_paragraph(text) == line


def test_a_text_that_starts_like_markdown_stays_a_paragraph(tmp_path: Path) -> None:
    text = regulation().replace(
        "text: Quy chế này quy định việc phối hợp giữa hai Bộ.",
        'text: "- 1. # Quy chế này\\n\\n2. quy định việc phối hợp."',
    )
    md = text_md(small(tmp_path, text))
    assert (
        "\n### Điều 1. Phạm vi điều chỉnh\n\n\\- 1. # Quy chế này 2. quy định việc phối hợp.\n"
        in md
    )


# --- The closing and the appendix ------------------------------------------------------------


def test_the_closing_names_the_signatories() -> None:
    text = text_md(bundled("bca-btttt-2021"))
    assert (
        "| **BỘ TRƯỞNG BỘ CÔNG AN** |**BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG** |\n"
        "|:---:|:---:|\n"
        "| <br><br><br>Đại tướng Tô Lâm |<br><br><br>Nguyễn Mạnh Hùng |\n"
    ) in text
    assert text.index("### Điều 10. Hiệu lực thi hành") < text.index("**Nơi nhận:**")
    assert text.index("**Nơi nhận:**") < text.index("## Phụ lục")


def test_a_party_without_signatory_signs_with_its_name(tmp_path: Path) -> None:
    text = text_md(small(tmp_path))
    assert "| **BỘ TRƯỞNG BỘ CÔNG AN** |**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** |\n" in text
    assert "| <br><br><br>Đại tướng Tô Lâm |<br><br><br> |\n" in text


@pytest.mark.parametrize("reg_id", BUNDLED)
def test_the_appendix_lists_every_duty_with_its_article(reg_id: str) -> None:
    reg = bundled(reg_id)
    text = text_md(reg)
    assert "\n## Phụ lục\n\n**DANH MỤC NỘI DUNG CÔNG VIỆC**\n\n" in text
    rows = appendix_rows(text)
    duties = list(reg.duties())
    assert len(rows) == len(duties)
    names = reg.bodies()
    for number, (row, (_path, article, duty)) in enumerate(zip(rows, duties, strict=True), 1):
        assert row[:4] == [
            str(number),
            str(article.number),
            " ".join(duty.text.split()),
            qualified(reg, str(duty.lead)),
        ]
        assert len(row) == 7
        assert not set(names) & set(row)  # bodies are named, never shown by id


def test_the_appendix_states_each_schedule_without_a_year(tmp_path: Path) -> None:
    text = regulation().replace(
        "schedule: continuous",
        "schedule: {half_yearly: 06-30}",
    )
    text += """\
      - number: 6
        title: Báo cáo
        duties:
          - id: bao-cao-thang
            text: "Báo cáo A | B hằng tháng."
            lead: bca-vp
            schedule: {monthly: 31}
            deliverable: Báo cáo | phụ lục
          - id: cung-cap
            text: Cung cấp tài liệu khi có yêu cầu.
            lead: bca-vp
            schedule: on_request
          - id: tong-ket-nhuan
            text: Tổng kết.
            lead: bca-vp
            schedule: {yearly: 02-29}
"""
    rows = appendix_rows(text_md(small(tmp_path, text)))
    assert [(row[1], row[5], row[6]) for row in rows] == [
        ("3", "6 tháng (30/6, 31/12)", "—"),
        ("3", "Hằng quý (25/3, 25/6, 25/9, 25/12)", "—"),
        ("4", "Hằng năm (15/12)", "—"),
        ("4", "30/6/2022", "—"),
        ("6", "Hằng tháng, ngày 31", "Báo cáo \\| phụ lục"),
        ("6", "Khi có yêu cầu", "—"),
        ("6", "Hằng năm (29/02)", "—"),
    ]
    assert rows[4][2] == "Báo cáo A \\| B hằng tháng."
    assert rows[0][3:5] == [
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (BCA)",
        "Cục An toàn thông tin (Bộ Thông tin và Truyền thông)",
    ]
    assert rows[3][4] == "—"  # no supporting body


def test_no_duties_no_appendix(tmp_path: Path) -> None:
    chapters = """\
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Phạm vi điều chỉnh
        text: Quy chế này quy định việc phối hợp.
"""
    reg = small(tmp_path, chapters)
    assert "PHỤ LỤC" not in text_md(reg)
    assert "PHỤ LỤC" not in text_html(reg)
    assert "PHỤ LỤC" not in [p.text for p in text_docx(reg).paragraphs]


# --- English ---------------------------------------------------------------------------------


def test_english_translates_the_words_around_the_text_only() -> None:
    text = text_md(bundled("bca-btttt-2021"), "en")
    lines = text.splitlines()
    assert lines[2] == "| No.: 01/QCPH-BCA-BTTTT | *Hà Nội, 2021-11-24* |"
    assert lines[4] == "# REGULATION"
    # The title is data: whole, as written.
    assert lines[6].startswith("**Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin")
    assert "\n## Chapter II\n\n## NỘI DUNG PHỐI HỢP\n\n### Article 4. Nội dung phối hợp\n\n" in text
    assert "\n1\\. Phối hợp trong công tác bảo vệ an ninh quốc gia" in text
    assert "\n## Appendix\n\n**LIST OF COORDINATION DUTIES**\n\n" in text
    assert (
        "*(Annexed to Regulation No. 01/QCPH-BCA-BTTTT of 2021-11-24 of Bộ Công an"
        " and Bộ Thông tin và Truyền thông)*"
    ) in text
    rows = appendix_rows(
        text,
        "| No. | Article | Task | Lead body | Supporting bodies | Schedule | Output |",
    )
    assert len(rows) == 38
    assert rows[1][5] == "Quarterly (25 Mar, 25 Jun, 25 Sep, 25 Dec)"


# --- HTML ------------------------------------------------------------------------------------


class Page(HTMLParser):
    """The text of every element by tag and by class, the tags, the rows of the tables."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: Counter[str] = Counter()
        self.by_class: dict[str, list[str]] = {}
        self.by_tag: dict[str, list[str]] = {}
        self.rows: list[list[str]] = []
        self._open: list[tuple[str, set[str], list[str]]] = []
        self._row: list[str] | None = None
        self.feed(html)
        self.close()
        assert not self._open, f"unclosed elements: {[tag for tag, _c, _p in self._open]}"

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags[tag] += 1
        if tag in ("br", "col", "meta", "hr"):
            return
        if tag == "tr":
            self._row = []
        self._open.append((tag, set((dict(attrs).get("class") or "").split()), []))

    def handle_endtag(self, tag: str) -> None:
        if tag in ("br", "col", "meta", "hr"):
            return
        open_tag, classes, parts = self._open.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>"
        text = " ".join("".join(parts).split())
        if self._open:
            self._open[-1][2].append("".join(parts))
        self.by_tag.setdefault(tag, []).append(text)
        for name in classes:
            self.by_class.setdefault(name, []).append(text)
        if tag in ("td", "th") and self._row is not None:
            self._row.append(text)
        elif tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._open[-1][2].append(data)


@pytest.mark.parametrize("reg_id", BUNDLED)
def test_html_chapter_and_article_headings(reg_id: str) -> None:
    reg = bundled(reg_id)
    parsed = Page(text_html(reg))
    assert parsed.by_tag["h1"] == ["QUY CHẾ"]
    assert parsed.by_class["title"] == [title_line(" ".join(reg.title.split()))]
    assert parsed.by_class["chapter"] == [f"Chương {c.number}" for c in reg.chapters]
    assert parsed.by_class["chapter-title"] == [c.title for c in reg.chapters]
    assert parsed.by_class["article"] == [
        f"Điều {a.number}. {a.title}" for _ci, _ai, _c, a in reg.articles()
    ]
    # Every clause and point, in order, each a paragraph of its own.
    numbered = re.compile(r"(\d+\. |[a-zđ]\) )")
    lines = [text for text in parsed.by_tag["p"] if numbered.match(text)]
    assert lines == [line for line in body_lines(reg) if numbered.match(line)]
    assert parsed.by_class["number"] == [f"Số: {reg.number}"]
    assert len(parsed.by_tag["tbody"]) == 1
    duties = [row for row in parsed.rows if len(row) == 7]
    assert len(duties) == 1 + len(list(reg.duties()))  # the header and one row per duty


def test_html_is_self_contained_and_keeps_the_last_article_with_the_signatures() -> None:
    html = text_html(bundled("bca-btttt-2021"))
    parsed = Page(html)
    assert html.startswith("<!DOCTYPE html>\n")
    assert parsed.tags["style"] == 1
    for outside in ("link", "script", "img", "iframe"):
        assert parsed.tags[outside] == 0, outside
    (last,) = parsed.by_class["last-section"]
    assert last.startswith("Điều 10. Hiệu lực thi hành 1. Quy chế này có hiệu lực kể từ ngày ký.")
    assert "Đại tướng Tô Lâm" in last
    assert "PHỤ LỤC" not in last


def test_html_escapes_the_regulation_text(tmp_path: Path) -> None:
    text = (
        regulation(BASES)
        .replace(
            "text: Tuân thủ quy định của pháp luật.",
            'text: "Tuân thủ <script>alert(1)</script> & pháp luật."',
        )
        .replace("text: Chủ động, kịp thời;", 'text: "<b>Chủ động</b>;"')
        .replace("title: Trao đổi thông tin", 'title: "Trao đổi <i>thông tin</i>"')
    )
    html = text_html(small(tmp_path, text))
    parsed = Page(html)
    assert parsed.tags["script"] == 0
    assert parsed.tags["b"] == 0
    assert parsed.tags["i"] == 0
    assert "1. Tuân thủ &lt;script&gt;alert(1)&lt;/script&gt; &amp; pháp luật." in html
    assert "1. Tuân thủ <script>alert(1)</script> & pháp luật." in parsed.by_class["clause"]
    assert "a) <b>Chủ động</b>;" in parsed.by_class["point"]
    assert "Điều 3. Trao đổi <i>thông tin</i>" in parsed.by_class["article"]
    assert parsed.by_class["basis"] == [
        "Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;",
        "Căn cứ Nghị định số 01/2018/NĐ-CP ngày 06 tháng 8 năm 2018 của Chính phủ quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;",
    ]
    assert parsed.by_class["enacting"] == [
        "Bộ Công an và Bộ Thông tin và Truyền thông ban hành Quy chế phối hợp giữa hai Bộ."
    ]


def test_html_in_english() -> None:
    parsed = Page(text_html(bundled("ha-tinh-antt-2023"), "en"))
    assert parsed.by_tag["h1"] == ["REGULATION"]
    assert parsed.by_class["chapter"] == ["Chapter I", "Chapter II", "Chapter III"]
    assert parsed.by_class["article"][0] == "Article 1. Phạm vi điều chỉnh và đối tượng áp dụng"
    assert parsed.by_class["place-date"] == ["Hà Tĩnh, 2023-03-15"]


# --- Word ------------------------------------------------------------------------------------


def _paragraphs(doc: Document) -> list[str]:
    return [p.text for p in doc.paragraphs]


def _appendix(doc: Document) -> Table:
    return doc.tables[-1]


@pytest.fixture(scope="module")
def bca_doc() -> Document:
    return text_docx(bundled("bca-btttt-2021"))


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("reg_id", BUNDLED)
def test_word_has_every_line_of_the_text_in_order(reg_id: str, lang: str) -> None:
    reg = bundled(reg_id)
    doc = text_docx(reg, lang)
    texts = _paragraphs(doc)
    expected = body_lines(reg, lang)
    start = texts.index(expected[0])
    assert texts[start : start + len(expected)] == expected
    rows = _appendix(doc).rows
    assert len(rows) - 1 == len(list(reg.duties()))


def test_word_heading_title_and_closing(bca_doc: Document) -> None:
    heading = bca_doc.tables[0]
    assert [p.text for p in heading.cell(0, 0).paragraphs if p.text] == [
        "BỘ CÔNG AN",
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
    ]
    assert heading.cell(1, 0).text == "Số: 01/QCPH-BCA-BTTTT"
    assert heading.cell(1, 1).text == "Hà Nội, ngày 24 tháng 11 năm 2021"
    texts = _paragraphs(bca_doc)
    kind = texts.index("QUY CHẾ")
    assert texts[kind + 1].startswith("Phối hợp giữa Bộ Công an và Bộ Thông tin")
    closing = bca_doc.tables[1]
    assert [c.text for c in closing.rows[0].cells] == [
        "BỘ TRƯỞNG BỘ CÔNG AN",
        "BỘ TRƯỞNG BỘ THÔNG TIN\nVÀ TRUYỀN THÔNG",
    ]
    assert [c.text for c in closing.rows[2].cells] == ["Đại tướng Tô Lâm", "Nguyễn Mạnh Hùng"]


def test_word_chapters_centred_bold_articles_bold(bca_doc: Document) -> None:
    by_text = {p.text: p for p in bca_doc.paragraphs}
    for line, style in (
        ("Chương II", "CR Chapter"),
        ("NỘI DUNG PHỐI HỢP", "CR Chapter Title"),
        ("Điều 6. Trách nhiệm của Bộ Công an", "CR Article"),
    ):
        paragraph = by_text[line]
        assert paragraph.style is not None and paragraph.style.name == style
        assert paragraph.runs and all(run.bold for run in paragraph.runs)
        assert paragraph.style.font.bold is True
        assert (
            paragraph.paragraph_format.keep_with_next
            or paragraph.style.paragraph_format.keep_with_next
        )
    centred = bca_doc.styles["CR Chapter"].paragraph_format.alignment
    assert centred == WD_ALIGN_PARAGRAPH.CENTER
    assert bca_doc.styles["CR Chapter Title"].paragraph_format.alignment == centred
    assert bca_doc.styles["Normal"].paragraph_format.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    clause = next(p for p in bca_doc.paragraphs if p.text.startswith("1. Quy chế này quy định"))
    assert clause.style is not None and clause.style.name == "Normal"
    # Word's navigation pane lists chapters, then their articles.
    for name, level in (("CR Chapter", 0), ("CR Article", 1)):
        assert f'<w:outlineLvl w:val="{level}"/>' in bca_doc.styles[name].element.xml


def test_word_appendix_is_a_landscape_table_of_the_duties(bca_doc: Document) -> None:
    assert bca_doc.sections[0].orientation == WD_ORIENT.PORTRAIT
    assert bca_doc.sections[-1].orientation == WD_ORIENT.LANDSCAPE
    table = _appendix(bca_doc)
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Điều",
        "Nội dung công việc",
        "Cơ quan chủ trì",
        "Cơ quan phối hợp",
        "Thời gian thực hiện",
        "Sản phẩm",
    ]
    assert len(table.rows) == 1 + 38
    assert [c.text for c in table.rows[2].cells][:2] == ["2", "6"]
    assert table.rows[2].cells[5].text == "Hằng quý (25/3, 25/6, 25/9, 25/12)"
    texts = _paragraphs(bca_doc)
    assert texts[-4:] == [
        "Phụ lục",
        "DANH MỤC NỘI DUNG CÔNG VIỆC",
        "(Kèm theo Quy chế số 01/QCPH-BCA-BTTTT ngày 24 tháng 11 năm 2021 của Bộ Công an"
        " và Bộ Thông tin và Truyền thông)",
        "",  # the rule under the reference line
    ]


def test_word_bases_and_enacting(tmp_path: Path) -> None:
    texts = _paragraphs(text_docx(small(tmp_path, BASES)))
    start = texts.index("Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;")
    assert texts[start + 2 : start + 5] == [
        "Bộ Công an và Bộ Thông tin và Truyền thông ban hành Quy chế phối hợp giữa hai Bộ.",
        "Chương I",
        "QUY ĐỊNH CHUNG",
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_every_line_of_the_markdown_form_is_in_the_word_form(lang: str) -> None:
    reg = bundled("ha-tinh-antt-2023")
    context = regulation_context(reg, lang)
    word = docx.Document(BytesIO(render_docx("regulation", context)))
    texts = [p.text for p in word.paragraphs]
    texts += [p.text for t in word.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    # Line breaks of the Word heading (a name over two lines) read as spaces.
    everything = "\n".join(" ".join(text.replace("-\n", "-").split()) for text in texts)
    for line in render_text("regulation", context, "md", None).splitlines():
        if set(line.strip()) <= set("|:-"):
            continue
        for cell in re.split(r"(?<!\\)\||<br>", line):
            text = re.sub(r"^\s*(#+|-)\s+", "", cell.strip()).replace("**", "")
            text = unmark(text.strip("*").strip())
            assert text in everything, text


# --- The command line ------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def invoke(*args: str) -> Result:
    return runner.invoke(app, ["text", *args])


@pytest.mark.parametrize(
    "ref",
    [
        "bca-btttt-2021",
        "regulations/bca-btttt-2021",
        "regulations/bca-btttt-2021/regulation.yaml",
    ],
)
def test_cli_finds_the_regulation_by_id_folder_or_file(repo: Path, ref: str) -> None:
    result = invoke(ref)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("regulation-bca-btttt-2021.vi.md")
    assert result.stderr == ""


def test_cli_in_english(repo: Path) -> None:
    result = invoke("ha-tinh-antt-2023", "--lang", "en")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == golden("regulation-ha-tinh-antt-2023.en.md")


def test_cli_unknown_regulation_is_a_usage_error(repo: Path) -> None:
    result = invoke("khong-co", "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "khong-co" in result.stderr


def test_cli_word_needs_a_file(repo: Path) -> None:
    result = invoke("bca-btttt-2021", "-f", "docx")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "coordreg: xuất Word cần tên tệp: thêm -o TỆP.docx\n"


@pytest.mark.parametrize(("name", "start"), [("qc.docx", b"PK"), ("qc.html", b"<!DOCTYPE html>")])
def test_cli_writes_a_file(repo: Path, name: str, start: bytes) -> None:
    result = invoke("bca-btttt-2021", "-o", name)
    assert result.exit_code == 0, result.stderr
    assert (repo / name).read_bytes().startswith(start)
    assert result.stderr == f"coordreg: đã ghi {name}\n"
    assert result.stdout == ""


def test_cli_has_no_json_form(repo: Path) -> None:
    assert invoke("bca-btttt-2021", "-f", "json").exit_code == 2
    refused = invoke("bca-btttt-2021", "-o", "qc.json", "--lang", "en")
    assert refused.exit_code == 2
    assert not (repo / "qc.json").exists()


def test_cli_refuses_a_suffix_that_does_not_match(repo: Path) -> None:
    original = (repo / "regulations/bca-btttt-2021/regulation.yaml").read_bytes()
    result = invoke("bca-btttt-2021", "-o", "regulations/bca-btttt-2021/regulation.yaml")
    assert result.exit_code == 2
    assert (repo / "regulations/bca-btttt-2021/regulation.yaml").read_bytes() == original


def test_cli_refuses_a_regulation_with_errors(repo: Path) -> None:
    file = repo / "regulations/bca-btttt-2021/regulation.yaml"
    file.write_text(file.read_text(encoding="utf-8").replace("lead: bca-a05", "lead: bca-a5", 1))
    result = invoke("bca-btttt-2021", "--lang", "en")
    assert result.exit_code == 1
    assert "CR301" in result.stderr
    assert result.stdout == ""


def test_cli_ignores_the_evaluation_records(repo: Path) -> None:
    # The text does not depend on them: an unfinished record does not block it.
    records = repo / "regulations/bca-btttt-2021/evaluations"
    (records / "2026.yaml").write_text("regulation: bca-btttt-2021\nyear: [\n", encoding="utf-8")
    result = invoke("bca-btttt-2021")
    assert result.exit_code == 0, result.stderr


def test_cli_uses_the_offices_own_template(repo: Path) -> None:
    own = repo / "mau"
    own.mkdir()
    (own / "regulation.md.j2").write_text(
        "{{ kind }}: {{ title }} ({{ regulation.chapters | length }} chương)\n", encoding="utf-8"
    )
    result = invoke("bca-btttt-2021", "--templates", str(own))
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("QUY CHẾ: Phối hợp giữa Bộ Công an")
    assert result.stdout.endswith("(3 chương)\n")
