"""`coordreg templates export DIR`, and an office's templates applying to every format.

The acceptance test of one source per document: a sentence added to the exported
plan.md.j2 appears in the plan's Markdown, HTML and Word forms; a header added to
the exported reference.docx (the office's letterhead) appears in the Word form.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from builders import DEFAULT_REGULATION, write_folder
from typer.testing import CliRunner, Result

from coordreg.cli import app

runner = CliRunner()
SENTENCE = "Văn phòng hai Bộ gửi Kế hoạch này tới các đơn vị trước ngày 15/01."
EXPORTED = [
    "_closing.md.j2",
    "_heading.md.j2",
    "base.html.j2",
    "minutes.md.j2",
    "plan.md.j2",
    "reference.docx",
    "regulation.md.j2",
    "review.md.j2",
]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_folder(tmp_path, DEFAULT_REGULATION)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def coordreg(*args: str) -> Result:
    return runner.invoke(app, list(args))


class Paragraphs(HTMLParser):
    """The text of each <p> of a page, as a browser shows it (entities decoded)."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.texts: list[str] = []
        self._open = False
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "p":
            self._open = True
            self.texts.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "p":
            self._open = False

    def handle_data(self, data: str) -> None:
        if self._open:
            self.texts[-1] += data


def test_export_writes_the_bundled_templates_and_never_overwrites(repo: Path) -> None:
    result = coordreg("templates", "export", "tpl")

    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in (repo / "tpl").iterdir()) == EXPORTED
    assert result.stderr == (
        "coordreg: đã ghi 8 tệp mẫu vào tpl: sửa lời văn trong các tệp .md.j2, giao diện "
        "Word trong reference.docx, rồi dùng --templates tpl\n"
    )
    bundled = Path(__file__).parents[1] / "templates" / "plan.md.j2"
    assert (repo / "tpl" / "plan.md.j2").read_bytes() == bundled.read_bytes()

    (repo / "tpl" / "plan.md.j2").write_text("đã sửa", encoding="utf-8")
    again = coordreg("templates", "export", "tpl")
    assert again.exit_code == 1
    assert again.stderr == (
        "coordreg: tpl/_closing.md.j2 đã có; không ghi đè tệp nào (thêm --force để ghi đè "
        "các tệp mẫu)\n"
    )
    assert (repo / "tpl" / "plan.md.j2").read_text(encoding="utf-8") == "đã sửa"

    forced = coordreg("templates", "export", "tpl", "--force", "--lang", "en")
    assert forced.exit_code == 0, forced.stderr
    assert forced.stderr.startswith("coordreg: wrote 8 template files into tpl: ")
    assert (repo / "tpl" / "plan.md.j2").read_bytes() == bundled.read_bytes()


def test_a_sentence_added_to_the_plan_template_is_in_every_format(repo: Path) -> None:
    assert coordreg("templates", "export", "tpl").exit_code == 0
    template = repo / "tpl" / "plan.md.j2"
    text = template.read_text(encoding="utf-8")
    anchor = '{{ t("plan.intro", parties=parties | capitalize, year=plan.year) }}\n'
    assert anchor in text
    template.write_text(text.replace(anchor, f"{anchor}\n{SENTENCE}\n"), encoding="utf-8")
    plan = ("plan", "qc-test", "--year", "2023", "--templates", "tpl")

    markdown = coordreg(*plan, "-f", "md")
    assert markdown.exit_code == 0, markdown.stderr
    assert f"\n{SENTENCE}\n" in markdown.stdout

    page = coordreg(*plan, "-f", "html")
    assert page.exit_code == 0, page.stderr
    assert SENTENCE in Paragraphs(page.stdout).texts

    word = coordreg(*plan, "-o", "plan.docx")
    assert word.exit_code == 0, word.stderr
    paragraphs = docx.Document(str(repo / "plan.docx")).paragraphs
    (added,) = [p for p in paragraphs if p.text == SENTENCE]
    assert added.style is not None and added.style.name == "Normal"


def test_the_offices_reference_docx_gives_word_its_letterhead(repo: Path) -> None:
    assert coordreg("templates", "export", "tpl").exit_code == 0
    reference = repo / "tpl" / "reference.docx"
    office = docx.Document(str(reference))
    letterhead = office.sections[0].first_page_header
    letterhead.paragraphs[0].text = "BỘ CÔNG AN - VĂN PHÒNG BỘ - 44 Yết Kiêu, Hà Nội"
    office.save(str(reference))

    word = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-o", "plan.docx")

    assert word.exit_code == 0, word.stderr
    made = docx.Document(str(repo / "plan.docx"))
    header = made.sections[0].first_page_header.paragraphs[0].text
    assert header == "BỘ CÔNG AN - VĂN PHÒNG BỘ - 44 Yết Kiêu, Hà Nội"
    assert made.paragraphs[0].text  # the document itself, the template's body dropped


def test_an_offices_old_html_template_is_named_not_ignored_unseen(repo: Path) -> None:
    # Before one source per document an office changed plan.html.j2; its wording would
    # now be lost without a word, so every document made with the folder says so.
    (repo / "tpl").mkdir()
    (repo / "tpl" / "plan.html.j2").write_text("<p>Lời văn riêng</p>", encoding="utf-8")
    (repo / "tpl" / "_heading.html.j2").write_text("<p>Tiêu đề</p>", encoding="utf-8")

    result = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-f", "html")
    english = coordreg("text", "qc-test", "--templates", "tpl", "--lang", "en")

    assert result.exit_code == 0, result.stderr
    assert "Lời văn riêng" not in result.stdout
    assert result.stderr == (
        "coordreg: cảnh báo: tpl có plan.html.j2, _heading.html.j2, mẫu HTML riêng của văn "
        "bản mà coordreg không còn đọc: lời văn nay ở tệp .md.j2 (chung cho Markdown, HTML và "
        "Word), trang HTML ở base.html.j2; xem coordreg templates export\n"
    )
    assert english.exit_code == 0, english.stderr
    assert english.stderr.startswith(
        "coordreg: warning: tpl holds plan.html.j2, _heading.html.j2, a document's own HTML "
        "template, which coordreg no longer reads: "
    )


def test_a_folder_without_old_html_templates_says_nothing(repo: Path) -> None:
    assert coordreg("templates", "export", "tpl").exit_code == 0

    result = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-f", "md")

    assert result.exit_code == 0
    assert result.stderr == ""


def test_export_refuses_a_folder_that_leads_out_of_the_repository(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """A folder of the repository that is a link to somewhere else (a cloned repository
    can hold one) is refused, as a document's output is: exit 2, nothing written there."""
    outside = tmp_path_factory.mktemp("outside")
    (repo / "mau").symlink_to(outside, target_is_directory=True)
    result = coordreg("templates", "export", "mau", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "leads outside the repository" in result.output
    assert list(outside.iterdir()) == []


def test_export_with_force_refuses_a_template_that_links_out(
    repo: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    outside = tmp_path_factory.mktemp("outside") / "plan.md.j2"
    outside.write_text("của người khác\n", encoding="utf-8")
    (repo / "mau").mkdir()
    (repo / "mau" / "plan.md.j2").symlink_to(outside)
    result = coordreg("templates", "export", "mau", "--force", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert "leads outside the repository" in result.output
    assert list((repo / "mau").iterdir()) == [repo / "mau" / "plan.md.j2"]
    assert outside.read_text(encoding="utf-8") == "của người khác\n"


def test_export_into_a_file_says_it_is_no_folder(repo: Path) -> None:
    """It said `notes.txt/_closing.md.j2 already exists` (a folder could not be made
    where the file is), and offered --force."""
    (repo / "notes.txt").write_text("ghi chú\n", encoding="utf-8")
    result = coordreg("templates", "export", "notes.txt", "--lang", "en")
    assert result.exit_code == 2, result.output
    assert result.stderr == "coordreg: notes.txt is a file, not a folder\n"
    assert (repo / "notes.txt").read_text(encoding="utf-8") == "ghi chú\n"


ACTIVE_PAGES = [
    ('<img src="http://tracker.example/p.png">', '<img src="http://tracker.example/p.png">'),
    ('<a href="javascript:alert(1)">Trang chủ</a>', '<a href="javascript:alert(1)">'),
    ("<script>alert(1)</script>", "<script>"),
    ('<body onload="alert(1)">', '<body onload="alert(1)">'),
    ('<link rel="stylesheet" href="https://cdn.example/a.css">', "<link rel="),
    ("<style>body { background: url(https://tracker.example/b.png) }</style>", "url("),
    ("<style>@import 'https://cdn.example/a.css';</style>", "@import"),
]


@pytest.mark.parametrize(("added", "shown"), ACTIVE_PAGES)
def test_an_offices_page_that_loads_or_runs_something_is_refused(
    repo: Path, added: str, shown: str
) -> None:
    """The words (the Markdown template) can make no link or image, but the page around
    them (base.html.j2) is the office's HTML: one that fetches, runs or links out would
    do so in every document made with it, in every reader's browser."""
    assert coordreg("templates", "export", "tpl").exit_code == 0
    page = Path("tpl/base.html.j2")
    page.write_text(page.read_text(encoding="utf-8").replace("</head>", added + "</head>"))
    result = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-o", "p.html")
    assert result.exit_code == 1, result.output
    last = result.stderr.splitlines()[-1]
    assert last.startswith("coordreg: trang HTML tpl/base.html.j2 tải hoặc chạy ")
    assert shown in last
    assert not Path("p.html").exists()


def test_an_offices_page_with_an_embedded_logo_and_in_page_links_is_kept(repo: Path) -> None:
    assert coordreg("templates", "export", "tpl").exit_code == 0
    page = Path("tpl/base.html.j2")
    logo = '<img src="data:image/png;base64,iVBORw0KGgo=" alt="logo"><a href="#top">Đầu</a>'
    page.write_text(page.read_text(encoding="utf-8").replace("<body>", "<body>" + logo, 1))
    result = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-o", "p.html")
    assert result.exit_code == 0, result.output
    assert logo in Path("p.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "css",
    [
        "body { background: \\75 rl(https://tracker.example/b.png) }",
        'body { background-image: image-set("https://tracker.example/b.png" 1x) }',
    ],
)
def test_css_that_fetches_in_disguise_is_refused(repo: Path, css: str) -> None:
    """A CSS escape (`\\75 rl(` is `url(`) or an image-set() fetches all the same."""
    assert coordreg("templates", "export", "tpl").exit_code == 0
    page = Path("tpl/base.html.j2")
    added = "<style>{% raw %}" + css + "{% endraw %}</style></head>"
    page.write_text(page.read_text(encoding="utf-8").replace("</head>", added))
    result = coordreg("plan", "qc-test", "--year", "2023", "--templates", "tpl", "-o", "p.html")
    assert result.exit_code == 1, result.output
    assert not Path("p.html").exists()
