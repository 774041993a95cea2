"""The shape of a regulation's text: heading, preamble, chapters, articles, clauses, points.

The parser walks the lines once. Up to the first "Chương" or "Điều" it reads
the heading and preamble of an administrative document (Nghị định 30): the
issuing bodies in capitals, "Số: 01/QCPH-BCA-BGDĐT", "Hà Nội, ngày 10 tháng 01
năm 2026", the title ("QUY CHẾ ..."), the "Căn cứ ..." legal bases and the
enacting sentence. From there on a line is a chapter, an article, a clause
("1."), a point ("a)"), the closing (signatures, "Nơi nhận"), or the
continuation of whatever came before it: web copies break sentences over
several lines, and a line that does not start anything new belongs to the text
above it.

Numbers and labels are kept as written, irregular or not: `coordreg check`
is what says that Điều 7 follows Điều 5. Nothing is dropped: a line that fits
nowhere is kept in `Draft.unplaced` with its place in the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coordreg.importer.source import Line

_CHAPTER = re.compile(r"^chương\s+([ivxlcdm]+|\d+)(?![\w])\s*[.:\-–—]?\s*(.*)$", re.IGNORECASE)
_ARTICLE = re.compile(r"^điều\s+(\d+)\s*(?:[.:\-–—]\s*(.*))?$", re.IGNORECASE)
_CLAUSE = re.compile(r"^(\d{1,3})\s*\.\s+(\S.*)$")
_POINT = re.compile(r"^([a-zđ])\s*\)\s*(.*)$")
_NUMBER = re.compile(r"^Số\s*:?\s*(\d+[^\s,|]*)", re.IGNORECASE)
_PLACE_DATE = re.compile(
    r"(?:^|\s)([^\d,|:]*?)\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})",
    re.IGNORECASE,
)
_NATION = re.compile(r"^cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam$", re.IGNORECASE)
_MOTTO = re.compile(r"^độc\s+lập\s*[-–—]\s*tự\s+do\s*[-–—]\s*hạnh\s+phúc$", re.IGNORECASE)
_TITLE = re.compile(r"^quy\s+chế\b\s*(.*)$", re.IGNORECASE)
_BASIS = re.compile(r"^căn\s+cứ\b", re.IGNORECASE)
_ENACTING = re.compile(r"\b(?:ban\s+hành|thống\s+nhất\s+(?:ban\s+hành|ký\s+kết))\b", re.IGNORECASE)
_ISSUER_SPLIT = re.compile(r"\s+[-–—]\s+")
# The words that start the name of a body, in capitals in a heading: a line that
# starts with one begins a new issuing body; one that does not continues the
# previous (heading lines wrap: "ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH").
BODY_WORDS = (
    "BỘ",
    "ỦY BAN",
    "UỶ BAN",
    "SỞ",
    "BAN",
    "TỔNG CỤC",
    "CỤC",
    "VỤ",
    "VIỆN",
    "TÒA ÁN",
    "TOÀ ÁN",
    "HỘI",
    "ĐOÀN",
    "TRUNG ƯƠNG",
    "CÔNG AN",
    "BỘ CHỈ HUY",
    "BỘ TƯ LỆNH",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "LIÊN ĐOÀN",
    "MẶT TRẬN",
    "CHÍNH PHỦ",
    "NGÂN HÀNG",
    "KIỂM TOÁN",
    "VĂN PHÒNG",
    "HỌC VIỆN",
    "ĐẠI HỌC",
    "TẬP ĐOÀN",
    "TỔNG CÔNG TY",
    "THANH TRA",
    "BẢO HIỂM",
    "ĐÀI",
    "THÔNG TẤN XÃ",
    "HỌC VIỆN",
    "TRƯỜNG",
    "QUÂN KHU",
    "HĐND",
    "UBND",
    "HỘI ĐỒNG",
)
# The closing after the last article: signature blocks and the list of recipients.
_CLOSING = re.compile(
    r"^(?:nơi\s+nhận|tm\.|kt\.|q\.|tl\.|thay\s+mặt|\(?đã\s+ký\)?|\(?ký\s+(?:tên|và\s+ghi))",
    re.IGNORECASE,
)
SIGNATORY_TITLE = re.compile(
    r"^(?:BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|"
    r"PHÓ TRƯỞNG BAN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG GIÁM ĐỐC|"
    r"BÍ THƯ|TRƯỞNG|CHÁNH VĂN PHÒNG)\b"
)
_APPENDIX = re.compile(r"^phụ\s+lục\b", re.IGNORECASE)
_SENTENCE_END = (".", ";", ":", "!", "?")


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
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class Chapter:
    number: str
    title: str
    line: int
    articles: list[Article] = field(default_factory=list)


@dataclass
class Heading:
    issuers: list[tuple[int, str]] = field(default_factory=list)
    number: str | None = None
    place: str | None = None
    signed: date | None = None
    title: str = ""
    title_line: int = 0
    legal_bases: list[str] = field(default_factory=list)
    enacting: str | None = None


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


def is_capitals(text: str) -> bool:
    """Whether every letter of `text` is a capital, and it has a few."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def join(before: str, after: str) -> str:
    """Text continued on the next line: a sentence broken by a web page's layout goes
    on after a space; a new paragraph or a dash item starts on a line of its own."""
    if not before:
        return after
    if before.endswith(_SENTENCE_END) or after.startswith(("-", "–", "+", "•")):
        return f"{before}\n{after}"
    return f"{before} {after}"


def _issuers(text: str) -> list[str]:
    return [part.strip() for part in _ISSUER_SPLIT.split(text) if part.strip()]


def _starts_body(text: str) -> bool:
    return any(text == word or text.startswith(word + " ") for word in BODY_WORDS)


class _Parser:
    def __init__(self) -> None:
        self.heading = Heading()
        self.chapters: list[Chapter] = []
        self.unplaced: list[Line] = []
        self.closing: list[Line] = []
        self.table_rows: list[Line] = []
        self.appendix: list[Line] = []
        self.without_chapters = False
        self.part = "heading"  # heading, title, basis, enacting, body, closing, appendix
        self.issuer_open = False
        self.chapter_title_open = False
        self.article_title_open = False

    # --- the heading and preamble -------------------------------------------------------

    def heading_line(self, line: Line) -> None:
        text = line.text
        if _NATION.match(text) or _MOTTO.match(text):
            self.issuer_open = False
            return
        # The number and the date are in the heading, above the title: further down,
        # "số 02/2025/NĐ-CP ngày 18 tháng 02 năm 2025" is a law being cited.
        before_title = self.part == "heading"
        number = _NUMBER.search(text) if before_title else None
        place_date = _PLACE_DATE.search(text) if before_title else None
        if number or place_date:
            self.issuer_open = False
            if number and self.heading.number is None:
                self.heading.number = number.group(1).rstrip(".;")
            if place_date:
                self._place_date(place_date, line)
            return
        title = _TITLE.match(text)
        if title and before_title:
            self.heading.title = text
            self.heading.title_line = line.number
            self.part = "title"
            return
        if self.part == "heading" and is_capitals(text):
            if _starts_body(text) or not self.issuer_open:
                self.heading.issuers.extend((line.number, name) for name in _issuers(text))
            else:
                number_of, last = self.heading.issuers[-1]
                self.heading.issuers[-1] = (number_of, f"{last} {text}")
            self.issuer_open = True
            return
        self.preamble_line(line)

    def _place_date(self, match: re.Match[str], line: Line) -> None:
        place = match.group(1).strip(" ,|")
        if place and self.heading.place is None:
            self.heading.place = place
        if self.heading.signed is None:
            day, month, year = (int(match.group(i)) for i in (2, 3, 4))
            try:
                self.heading.signed = date(year, month, day)
            except ValueError:
                # A date that does not exist (30 tháng 02): kept for a person to correct.
                self.unplaced.append(line)

    def preamble_line(self, line: Line) -> None:
        text = line.text
        if _BASIS.match(text):
            self.heading.legal_bases.append(text)
            self.part = "basis"
        elif _ENACTING.search(text) and "quy chế" in text.lower():
            self.heading.enacting = text
            self.part = "enacting"
        elif self.part == "title" and not text.startswith("("):
            self.heading.title = f"{self.heading.title} {text}"
        elif self.part == "basis" and not self.heading.legal_bases[-1].endswith((";", ".")):
            self.heading.legal_bases[-1] = f"{self.heading.legal_bases[-1]} {text}"
        elif (
            self.part == "enacting"
            and self.heading.enacting
            and not self.heading.enacting.endswith((".", ":"))
        ):
            self.heading.enacting = f"{self.heading.enacting} {text}"
        else:
            self.unplaced.append(line)
            if self.part == "title":
                self.part = "preamble"

    # --- the body ----------------------------------------------------------------------

    def chapter(self, line: Line, match: re.Match[str]) -> None:
        number = match.group(1)
        number = number.upper() if not number.isdigit() else number
        self.chapters.append(Chapter(number, match.group(2).strip(), line.number))
        self.chapter_title_open = not match.group(2).strip()
        self.article_title_open = False
        self.part = "body"

    def article(self, line: Line, match: re.Match[str]) -> None:
        if not self.chapters:
            self.without_chapters = True
            self.chapters.append(Chapter("I", "", line.number))
        title = (match.group(2) or "").strip()
        self.chapters[-1].articles.append(Article(int(match.group(1)), title, line.number))
        self.article_title_open = not title
        self.chapter_title_open = False
        self.part = "body"

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
            return
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
        elif point_match:
            # A point with no clause above it: irregular, kept in the article's text.
            article.text = join(article.text, text)
            article.text_line = article.text_line or line.number
        else:
            article.text = join(article.text, text)
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
        article = _ARTICLE.match(text)
        if self.part == "closing":
            if chapter or article:
                # The signatures were not the end: a text that goes on is still the text.
                self.part = "body"
            else:
                self.closing.append(line)
                return
        if chapter:
            self.chapter(line, chapter)
        elif article:
            self.article(line, article)
        elif self.part in ("heading", "title", "basis", "enacting", "preamble"):
            self.heading_line(line)
        elif self.is_closing(text):
            self.part = "closing"
            self.closing.append(line)
        else:
            self.body_line(line)


def parse(lines: list[Line]) -> Draft:
    """The heading, preamble and structure of a regulation's text."""
    parser = _Parser()
    for line in lines:
        parser.line(line)
    return Draft(
        parser.heading,
        parser.chapters,
        parser.unplaced,
        parser.closing,
        parser.table_rows,
        parser.appendix,
        parser.without_chapters,
    )
