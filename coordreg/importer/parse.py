"""The shape of a regulation's text: heading, preamble, chapters, articles, clauses, points.

The front (heading, title, preamble) is read by `heading`. From the first
"Chương" or "Điều" on, a line is a chapter, an article, a clause ("1."), a point
("a)"), the closing (signatures, "Nơi nhận"), or the continuation of whatever
came before it: web copies break sentences over several lines, and a line that
does not start anything new belongs to the text above it.

Real texts come in other shapes too, and each is read as what it is:

- a regulation issued by a decision ("Quyết định ... ban hành kèm theo Quy chế
  ..."): the decision's own articles come first, then "QUY CHẾ" and its chapters.
  The two parts are read apart (`Draft.decision` holds the decision);
- sections "I. QUY ĐỊNH CHUNG" in place of chapters;
- a copy that lost its "Điều" headings, with "1. Phạm vi điều chỉnh" lines in
  their place: a numbered line that continues the articles' numbering and reads
  like a title is an article (`Draft.numbered_articles`, noted for review).

Numbers and labels are kept as written, irregular or not: `coordreg check`
is what says that Điều 7 follows Điều 5. Nothing is dropped: a line that fits
nowhere is kept in `Draft.unplaced` with its place in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from coordreg.importer.heading import BASIS, FORMULA, REFERENCE, FrontReader, Heading
from coordreg.importer.lines import Line
from coordreg.importer.text import SIGNATORY_TITLE, is_capitals, join

_CHAPTER = re.compile(r"^chương\s+([ivxlcdm]+|\d+)(?![\w])\s*[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_SECTION = re.compile(r"^([IVX]{1,5})\s*[.:]\s+(\S.*)$")
_ARTICLE = re.compile(r"^điều\s+(\d+)\s*(?:[.:\-–—]\s*(.*))?$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(\d{1,3})\s*\.\s+(\S.*)$")
_POINT = re.compile(r"^([a-zđ])\s*\)\s*(.*)$")
# The closing after the last article: signature blocks and the list of recipients.
_CLOSING = re.compile(
    r"^(?:nơi\s+nhận|tm\.|kt\.|q\.|tl\.|k/t|thay\s+mặt|\(?đã\s+ký\)?|\(?ký\s+(?:tên|và\s+ghi))",
    re.IGNORECASE,
)
# An article's title runs to a line or two; a "title" longer than this is the
# article's text, written after "Điều 1." with no title.
_TITLE_WORDS = 25
_APPENDIX = re.compile(r"^phụ\s+lục\b", re.IGNORECASE)
# The first line of the regulation a decision issues: its title, or the line that
# says which decision it comes with.
_REGULATION_TITLE = re.compile(r"^(?:QUY CHẾ|QUY ĐỊNH)\b(?!\s*:)")


@dataclass
class Point:
    label: str
    text: str
    line: int


@dataclass
class Clause:
    number: int
    text: str
    line: int
    points: list[Point] = field(default_factory=list)


@dataclass
class Article:
    number: int
    title: str
    line: int
    text: str = ""
    text_line: int = 0
    # The line each paragraph of `text` starts on.
    text_lines: list[int] = field(default_factory=list)
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Chapter:
    number: str
    title: str
    line: int
    articles: list[Article] = field(default_factory=list)


@dataclass
class DecisionDraft:
    """The decision that issues a regulation: its heading, articles and closing."""

    heading: Heading
    articles: list[Article]
    closing: list[Line]


@dataclass
class Draft:
    """What the text says, in its own words, before bodies and duties are worked out."""

    heading: Heading
    chapters: list[Chapter]
    unplaced: list[Line]
    closing: list[Line]
    table_rows: list[Line]
    # The appendix's own lines ("PHỤ LỤC", its title), apart from its table.
    appendix: list[Line]
    # Whether articles came before any "Chương": the text has no chapters.
    without_chapters: bool = False
    # Whether the articles were read from numbered lines, the text having no "Điều".
    numbered_articles: bool = False
    decision: DecisionDraft | None = None


def _starts_body(text: str, numbered: bool, after_basis: bool) -> bool:
    if _CHAPTER.match(text) or _ARTICLE.match(text):
        return True
    if numbered and after_basis and FORMULA.match(text):
        # "QUYẾT ĐỊNH:" after the legal bases, with no "Điều" in the text: what follows
        # is the decision's own text, its articles' numbers lost.
        return True
    if _SECTION.match(text) and is_capitals(_SECTION.match(text).group(2)):  # type: ignore[union-attr]
        return True
    return numbered and bool(re.match(r"^1\s*\.\s+\S", text))


class _Body:
    """The chapters, articles, clauses and points after the front."""

    def __init__(self, numbered: bool) -> None:
        self.chapters: list[Chapter] = []
        self.unplaced: list[Line] = []
        self.closing: list[Line] = []
        self.table_rows: list[Line] = []
        self.appendix: list[Line] = []
        self.without_chapters = False
        self.numbered = numbered  # no "Điều" in the text: articles are numbered lines
        self.part = "body"  # body, closing, appendix
        self.chapter_title_open = False
        self.article_title_open = False
        self.article_title_growing = False
        self.last_article = 0
        self.after_chapter = False

    def chapter(self, line: Line, number: str, title: str) -> None:
        number = number.upper() if not number.isdigit() else number
        self.chapters.append(Chapter(number, title.strip(), line.number))
        self.chapter_title_open = not title.strip()
        self.article_title_open = self.article_title_growing = False
        self.after_chapter = True
        self.part = "body"

    def article(self, line: Line, number: int, title: str) -> None:
        if not self.chapters:
            self.without_chapters = True
            self.chapters.append(Chapter("I", "", line.number))
        title = title.strip()
        self.chapters[-1].articles.append(Article(number, title, line.number))
        self.article_title_open = not title
        self.article_title_growing = bool(title) and not title.endswith((".", ";", ":"))
        self.chapter_title_open = self.after_chapter = False
        self.last_article = number
        self.part = "body"

    def _numbered_article(self, text: str) -> tuple[int, str] | None:
        """In a text without "Điều": "3. Nội dung phối hợp" is Điều 3 when it continues the
        articles' numbering (or restarts it under a new chapter) and reads like a title."""
        match = _CLAUSE.match(text)
        if match is None:
            return None
        number, title = int(match.group(1)), match.group(2).strip()
        follows = number == self.last_article + 1 or (self.after_chapter and number == 1)
        words = len(title.split())
        titled = words <= 12 and not title.endswith((".", ";")) and title[:1].isupper()
        if title.endswith(":") and words > 8:
            titled = False
        return (number, title) if follows and titled else None

    def body_line(self, line: Line) -> None:
        text = line.text
        chapter = self.chapters[-1]
        if self.chapter_title_open and not chapter.articles:
            chapter.title = join(chapter.title, text) if chapter.title else text
            self.chapter_title_open = is_capitals(text) and not chapter.title.endswith(".")
            return
        if not chapter.articles:
            if is_capitals(text) and chapter.title:
                chapter.title = f"{chapter.title} {text}"
            else:
                self.unplaced.append(line)
            return
        article = chapter.articles[-1]
        if self.article_title_open:
            article.title = text
            self.article_title_open = False
            self.article_title_growing = not text.endswith((".", ";", ":"))
            return
        if self.article_title_growing and text[:1].islower():
            # "Điều 5. Trách nhiệm của Bộ Nông nghiệp và Phát triển" / "nông thôn".
            article.title = f"{article.title} {text}"
            self.article_title_growing = not text.endswith((".", ";", ":"))
            if len(article.title.split()) > _TITLE_WORDS:
                # "Điều 1. Quan hệ giữa ... là quan hệ phối hợp, tạo ...": no title, text.
                article.text, article.title = article.title, ""
                article.text_line = article.line
                article.text_lines = [article.line]
                self.article_title_growing = False
            return
        self.article_title_growing = False
        clause_match = _CLAUSE.match(text)
        if clause_match:
            article.clauses.append(
                Clause(int(clause_match.group(1)), clause_match.group(2), line.number)
            )
            return
        point_match = _POINT.match(text)
        if point_match and article.clauses:
            article.clauses[-1].points.append(
                Point(point_match.group(1), point_match.group(2).strip(), line.number)
            )
            return
        if article.clauses:
            clause = article.clauses[-1]
            if clause.points:
                clause.points[-1].text = join(clause.points[-1].text, text)
            else:
                clause.text = join(clause.text, text)
        else:
            # Text of the article itself, or a point with no clause above it (irregular).
            before = article.text
            article.text = join(article.text, text)
            if article.text.count("\n") > before.count("\n") or not before:
                article.text_lines.append(line.number)
            article.text_line = article.text_line or line.number

    def is_closing(self, text: str) -> bool:
        if not self.chapters or not self.chapters[-1].articles:
            return False
        return bool(_CLOSING.match(text)) or (
            is_capitals(text) and bool(SIGNATORY_TITLE.match(text))
        )

    def line(self, line: Line) -> None:
        if line.cells and self.part == "closing":
            # Signature blocks side by side: a title or a name in each cell.
            self.closing.extend(Line(line.number, cell) for cell in line.cells if cell)
            return
        if line.cells and self.chapters and any(self.is_closing(cell) for cell in line.cells):
            # Signature blocks in a table of three columns or more.
            self.part = "closing"
            self.closing.extend(Line(line.number, cell) for cell in line.cells if cell)
            return
        if line.cells:
            self.table_rows.append(line)
            return
        text = line.text
        if self.part == "appendix":
            self.appendix.append(line)
            return
        if _APPENDIX.match(text) and self.chapters:
            self.part = "appendix"
            self.appendix.append(line)
            return
        chapter = _CHAPTER.match(text)
        section = _SECTION.match(text)
        if section and not is_capitals(section.group(2)):
            section = None
        article = _ARTICLE.match(text)
        numbered = self._numbered_article(text) if self.numbered else None
        if self.part == "closing":
            if chapter or section or article:
                # The signatures were not the end: a text that goes on is still the text.
                self.part = "body"
            else:
                self.closing.append(line)
                return
        if chapter:
            self.chapter(line, chapter.group(1), chapter.group(2))
        elif section:
            self.chapter(line, section.group(1), section.group(2))
        elif article:
            self.article(line, int(article.group(1)), article.group(2) or "")
        elif numbered is not None:
            self.article(line, *numbered)
        elif not self.chapters and FORMULA.match(text):
            return  # "QUYẾT ĐỊNH:", recognised and not kept
        elif not self.chapters:
            self.unplaced.append(line)
        elif self.is_closing(text):
            self.part = "closing"
            self.closing.append(line)
        else:
            self.body_line(line)


def _read(lines: list[Line]) -> tuple[Heading, list[Line], _Body]:
    """The front and the body of one document (a regulation, or the decision issuing it)."""
    numbered = not any(_ARTICLE.match(line.text) for line in lines if not line.cells)
    start, after_basis = len(lines), False
    for index, line in enumerate(lines):
        if not line.cells and _starts_body(line.text, numbered, after_basis):
            start = index
            break
        after_basis = after_basis or bool(BASIS.match(line.text))
    front = FrontReader().read(lines[:start], body_follows=start < len(lines))
    body = _Body(numbered)
    for line in lines[start:]:
        body.line(line)
    body.numbered = numbered and any(chapter.articles for chapter in body.chapters)
    return front.heading, front.unplaced, body


def decision_split(lines: list[Line]) -> int | None:
    """Where the regulation starts in a decision that issues it; None for any other text.

    The text is a decision when its title is "QUYẾT ĐỊNH"; the regulation starts at
    the first "QUY CHẾ" (or "QUY ĐỊNH") title after the decision's first article, or at
    the "(Ban hành kèm theo ...)" line when the title was lost.
    """
    kind = next((line for line in lines if re.match(r"^(?:QUY CHẾ|QUYẾT ĐỊNH)\b", line.text)), None)
    if kind is None or not kind.text.startswith("QUYẾT ĐỊNH"):
        return None
    first_article = next(
        (
            i
            for i, line in enumerate(lines)
            if _ARTICLE.match(line.text) or FORMULA.match(line.text)
        ),
        None,
    )
    if first_article is None:
        return None
    for index in range(first_article + 1, len(lines)):
        text = lines[index].text
        if _REGULATION_TITLE.match(text) or REFERENCE.match(text):
            return index
    return len(lines)


def parse(lines: list[Line]) -> Draft:
    """The heading, preamble and structure of a regulation's text (and of its decision)."""
    split = decision_split(lines)
    decision: DecisionDraft | None = None
    unplaced: list[Line] = []
    if split is not None:
        heading, front_unplaced, body = _read(lines[:split])
        articles = [a for chapter in body.chapters for a in chapter.articles]
        decision = DecisionDraft(heading, articles, body.closing)
        unplaced += front_unplaced + body.unplaced + body.appendix
        lines = lines[split:]
        decision_rows = body.table_rows
    else:
        decision_rows = []
    heading, front_unplaced, body = _read(lines)
    return Draft(
        heading,
        body.chapters,
        unplaced + front_unplaced + body.unplaced,
        body.closing,
        decision_rows + body.table_rows,
        body.appendix,
        body.without_chapters,
        body.numbered,
        decision,
    )
