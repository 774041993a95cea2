"""The front of a regulation's text: heading, title and preamble, up to its first chapter.

An administrative document (Nghị định 30/2020/NĐ-CP) opens with the issuing
bodies in capitals, the national title and motto, "Số: 01/QCPH-BCA-BGDĐT" and
"Hà Nội, ngày 10 tháng 01 năm 2026"; then its title ("QUY CHẾ ...", "NGHỊ QUYẾT
LIÊN TỊCH ...", "QUYẾT ĐỊNH ..."), the legal bases ("Căn cứ ...") and the
sentence that enacts it. Web pages break all of this apart: a two-column table
becomes lines of their own, a date is split over two lines ("Hà Nội, ngày 30" /
"tháng 7 năm 2014"), a flattened table glues the national title to a body's name.
The reader joins what the layout split and cuts what it glued, then reads the
pieces.

Every line ends up somewhere: in a field, among the lines a person must place
(`unplaced`), or among the few forms recognised and not kept, which
docs/import.md lists (the national title, the motto, the "QUYẾT ĐỊNH:" that opens
a decision's articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from coordreg.importer.lines import Line
from coordreg.importer.text import (
    AUTHORITY,
    BODY_WORDS,
    is_capitals,
    tolerant,
)

# The kinds of document a title names, in capitals, as a title writes them.
KINDS = {
    "QUY CHẾ": "Quy chế",
    "QUY ĐỊNH": "Quy định",
    "NGHỊ QUYẾT LIÊN TỊCH": "Nghị quyết liên tịch",
    "THÔNG TƯ LIÊN TỊCH": "Thông tư liên tịch",
    "QUYẾT ĐỊNH": "Quyết định",
    "CHƯƠNG TRÌNH PHỐI HỢP": "Chương trình phối hợp",
    "KẾ HOẠCH PHỐI HỢP": "Kế hoạch phối hợp",
}
_TITLE = re.compile(rf"^({'|'.join(KINDS)})\b(?!\s*:)")
NATION = tolerant("cộng hòa xã hội chủ nghĩa việt nam")
MOTTO = tolerant("độc lập - tự do - hạnh phúc")
# "QUYẾT ĐỊNH:": the word that opens a decision's articles; recognised, not kept.
FORMULA = re.compile(r"^QUYẾT\s+ĐỊNH\s*:?$")
_RULE = re.compile(r"[-_=*~]{3,}")
_NUMBER = re.compile(r"(?:^|(?<=\s))S[ốỐ]\s*:\s*")
_DATE = re.compile(
    r"(?P<place>[^\d,|:()]*?)\s*,?\s*ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})"
    r"\s+năm\s+(?P<year>\d{4})",
    re.IGNORECASE,
)
# A date left blank in a draft: "Hà Nội, ngày    tháng    năm 2015".
_BLANK_DATE = re.compile(
    r"(?P<place>[^\d,|:()]*?)\s*,\s*ngày\s*[.…]*\s*tháng\s*[.…]*\s*năm\b", re.IGNORECASE
)
_LOCALITY_LINE = re.compile(r"^(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+\S")
_ISSUER_SPLIT = re.compile(r"\s+[-–—]\s+|^[-–—•]\s*")
# The grounds of a preamble: legal bases, the proposal, the acts it carries out.
BASIS = re.compile(
    r"^[-–•]?\s*(?:căn\s+cứ\b|căn\s+(?=[A-ZĐ])|theo\s+đề\s+nghị\b|xét\s+đề\s+nghị\b|thực\s+hiện\s+(?=[A-ZĐ]))",
    re.IGNORECASE,
)
# "(Ban hành kèm theo Quyết định số 30/2017/QĐ-UBND ngày 15 tháng 11 năm 2017 của ...)".
REFERENCE = re.compile(r"^\(?\s*(?:ban\s+hành\s+)?kèm\s+theo\s+", re.IGNORECASE)
ENACTING = re.compile(
    r"\b(?:thống\s+nhất\s+)?(?:ban\s*hành|ký\s+kết|hướng\s+dẫn\s+thực\s+hiện|quyết\s+định\s+ban\s*hành)\b"
    r"(?!\s+kèm\s+theo)",
    re.IGNORECASE,
)
_SENTENCE_END = (".", ";", ":")


@dataclass
class Heading:
    """What the front of the text says, in its own words."""

    issuers: list[tuple[int, str]] = field(default_factory=list)
    # The heading's lines that named the issuers, as written (kept in a comment).
    issuer_lines: list[Line] = field(default_factory=list)
    number: str | None = None
    place: str | None = None
    signed: date | None = None
    kind: str | None = None  # "Quy chế", "Nghị quyết liên tịch", "Quyết định", ...
    title: str = ""
    title_line: int = 0
    # The line under a decision's title naming who decides ("ỦY BAN NHÂN DÂN TỈNH").
    authority: str | None = None
    authority_line: Line | None = None
    # "(Ban hành kèm theo Quyết định số ... ngày ... của ...)" under a regulation's title.
    reference: str | None = None
    legal_bases: list[str] = field(default_factory=list)
    enacting: str | None = None
    enacting_line: int = 0


@dataclass
class Front:
    heading: Heading
    unplaced: list[Line]


def _joined(lines: list[Line]) -> list[Line]:
    """Lines the page's layout split, joined again: "Số:" / "16/2017/QĐ-UBND", "Hà Nội,
    ngày 30" / "tháng 7 năm 2014", "Hà" / "Nội, ngày ...", "CỘNG" / "HÒA XÃ HỘI ..."."""
    out: list[Line] = []
    for line in lines:
        if out and not line.cells and not out[-1].cells and _continues(out[-1].text, line.text):
            out[-1] = Line(out[-1].number, f"{out[-1].text} {line.text}")
        else:
            out.append(line)
    return out


def _continues(before: str, after: str) -> bool:
    if re.search(r"(?:^|\s)S[ốỐ]\s*:$", before):
        return True
    if re.search(r"ngày(?:\s+\d{1,2})?$", before, re.IGNORECASE) and re.match(
        r"^(?:\d{1,2}\s+)?tháng\b", after, re.IGNORECASE
    ):
        return True
    if re.fullmatch(r"[A-ZĐ][^\s,]*", before) and re.match(r"^\S+,?\s+ngày\b", after):
        return True
    together = f"{before} {after}"
    return not NATION.search(before) and not NATION.search(after) and bool(NATION.search(together))


def _number(text: str) -> tuple[str, str]:
    """The document symbol after "Số:" and what follows it: "5341/QCPH /TCHQ-TCCS" is one
    symbol split by a space; "/2015/TTLT- BVHTTDL- BCA" one left blank in a draft."""
    tokens = text.split()
    taken: list[str] = []
    while tokens and (
        not taken or tokens[0].startswith(("/", "-")) or taken[-1].endswith(("/", "-"))
    ):
        taken.append(tokens.pop(0).strip(",|"))
    return "".join(taken), " ".join(tokens)


class FrontReader:
    """Reads the lines before the first chapter, article or section."""

    def __init__(self) -> None:
        self.heading = Heading()
        self.unplaced: list[Line] = []
        self.seen_number_or_date = False
        self.issuer_open = False
        self.pending: list[int] = []  # issuers still without a place: "TỈNH X" completes them

    # --- the heading ------------------------------------------------------------------

    def heading_line(self, line: Line) -> None:
        """A line above the title: issuers, number, place and date, national title, motto."""
        if line.cells:
            # A table of three columns or more above the heading: a web page's own
            # description of the document ("Số hiệu: | 35/QĐ-UBND | Loại văn bản: | ...").
            self.unplaced.append(line)
            return
        pieces = [p.strip(" |") for p in _RULE.split(NATION.sub("|", MOTTO.sub("|", line.text)))]
        kept_whole = False
        for piece in (p for part in pieces for p in part.split("|") if p.strip()):
            kept_whole |= not self._heading_piece(piece.strip(), line)
        if kept_whole:
            self.unplaced.append(line)

    def _heading_piece(self, text: str, line: Line) -> bool:
        """Read one piece of a heading line; False when it could not be read (kept unplaced)."""
        number = _NUMBER.search(text)
        if number:
            before, after = text[: number.start()].strip(), text[number.end() :]
            symbol, rest = _number(after)
            read = True
            if before:
                read &= self._heading_piece(before, line)
            if symbol[:1].isdigit() and self.heading.number is None:
                self.heading.number = symbol
            else:
                # "Số: /2015/TTLT-..." left blank, or a second number: kept for a person.
                read = False
            self.seen_number_or_date, self.issuer_open = True, False
            return (self._heading_piece(rest.strip(), line) if rest.strip() else True) and read
        when = _DATE.search(text)
        if when:
            if self.heading.signed is not None:
                return False  # a second date: kept for a person
            self._place_date(when, line)
            rest = (text[: when.start()] + text[when.end() :]).strip(" ,.")
            return self._heading_piece(rest, line) if rest else True
        blank = _BLANK_DATE.search(text)
        if blank:
            self.heading.place = self.heading.place or blank.group("place").strip(" ,|") or None
            self.seen_number_or_date, self.issuer_open = True, False
            return False
        if is_capitals(text) and not re.search(r"\d", text):
            return self._capitals(text, line)
        return False

    def _capitals(self, text: str, line: Line) -> bool:
        issuers = self.heading.issuers
        folded = " ".join(text.split())
        if self.seen_number_or_date and self._authority(folded):
            if self.heading.authority is not None:
                return False
            self.heading.authority, self.heading.authority_line = folded, line
            return True
        if _LOCALITY_LINE.match(folded) and issuers:
            for index in self.pending or [len(issuers) - 1]:
                number, name = issuers[index]
                if not re.search(r"\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\b", name):
                    issuers[index] = (number, f"{name} {folded}")
            self.pending, self.issuer_open = [], False
            self._remember(line)
            return True
        starts = _starts_body(folded)
        if not (starts or self.issuer_open or not issuers):
            return False
        parts = [p.strip() for p in _ISSUER_SPLIT.split(folded)]
        if not starts and issuers and self.issuer_open and parts[0]:
            number, last = issuers[-1]
            issuers[-1] = (number, f"{last} {parts[0]}")
            parts = parts[1:]
        for part in (p for p in parts if p):
            issuers.append((line.number, part))
            self.pending.append(len(issuers) - 1)
        self.issuer_open = True
        self._remember(line)
        return True

    def _authority(self, text: str) -> bool:
        """Whether a capitals line below the number and date names who decides: an
        issuer's name made longer ("ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI"), or a title
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG")."""
        if AUTHORITY.match(text):
            return True
        return any(
            text.startswith(name) or name.startswith(text) for _n, name in self.heading.issuers
        )

    def _decides(self, text: str) -> bool:
        """A capitals line under a decision's title naming who decides: a leader's title
        ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG"), or the heading's body, whole or
        without its place ("ỦY BAN NHÂN DÂN TỈNH")."""
        return self._authority(" ".join(text.split()))

    def _remember(self, line: Line) -> None:
        if not self.heading.issuer_lines or self.heading.issuer_lines[-1] is not line:
            self.heading.issuer_lines.append(line)

    def _place_date(self, match: re.Match[str], line: Line) -> None:
        self.seen_number_or_date, self.issuer_open = True, False
        place = match.group("place").strip(" ,|")
        if place and self.heading.place is None:
            self.heading.place = place
        if self.heading.signed is None:
            day, month, year = (int(match.group(k)) for k in ("day", "month", "year"))
            try:
                self.heading.signed = date(year, month, day)
            except ValueError:
                # A date that does not exist (30 tháng 02): kept for a person to correct.
                self.unplaced.append(line)

    # --- the title and the preamble -----------------------------------------------------

    def read(self, lines: list[Line], *, body_follows: bool) -> Front:
        """Read the front; `body_follows` says whether chapters or articles come after it
        (when none do, the text was cut, and a last paragraph is the enacting sentence)."""
        lines = _joined(lines)
        index = 0
        while index < len(lines) and not self._ends_heading(lines[index]):
            self.heading_line(lines[index])
            index += 1
        if index < len(lines) and _TITLE.match(lines[index].text):
            index = self._title(lines, index)
        self._preamble(lines[index:], body_follows=body_follows)
        return Front(self.heading, self.unplaced)

    def _ends_heading(self, line: Line) -> bool:
        text = line.text
        if _TITLE.match(text) or BASIS.match(text) or REFERENCE.match(text) or FORMULA.match(text):
            return True
        # A sentence in ordinary case once the issuers, number and date are read.
        return (
            self.seen_number_or_date
            and not is_capitals(text)
            and bool(ENACTING.search(text))
            and not NATION.search(text)
        )

    def _title(self, lines: list[Line], index: int) -> int:
        first = lines[index]
        kind = _TITLE.match(first.text)
        assert kind is not None
        self.heading.kind = KINDS[kind.group(1)]
        self.heading.title, self.heading.title_line = first.text, first.number
        index += 1
        only_kind = first.text.strip() == kind.group(1)
        while index < len(lines):
            text = lines[index].text
            if BASIS.match(text) or REFERENCE.match(text) or FORMULA.match(text):
                break
            if text.startswith("(") or (_TITLE.match(text) and not only_kind):
                break
            if is_capitals(text):
                if self.heading.kind == "Quyết định" and self._decides(text):
                    break
            elif not any(c.isalpha() for c in text):
                pass  # "2017-2021": the end of a title broken by the page
            elif not (
                only_kind
                or (text[:1].islower() and not self.heading.title.endswith(_SENTENCE_END))
                or self.heading.title.split()[-1].upper() == "VỀ"
            ):
                break
            self.heading.title = f"{self.heading.title} {text}"
            only_kind = False
            index += 1
        return index

    def _preamble(self, lines: list[Line], *, body_follows: bool) -> None:
        paragraphs: list[tuple[Line, str]] = []
        for line in lines:
            text = line.text
            if line.cells:
                self.unplaced.append(line)
                continue
            if paragraphs and _continues_paragraph(paragraphs[-1][1], text):
                first, before = paragraphs[-1]
                paragraphs[-1] = (first, f"{before} {text}")
            else:
                paragraphs.append((line, text))
        after_bases: list[tuple[Line, str]] = []
        for first, text in paragraphs:
            if BASIS.match(text):
                self.heading.legal_bases.append(text)
                # Paragraphs between two legal bases, or before the first, are neither.
                self.unplaced.extend(first for first, _text in after_bases)
                after_bases = []
            elif REFERENCE.match(text):
                self.heading.reference = self.heading.reference or text
            elif FORMULA.match(text):
                continue
            elif is_capitals(text) and self._decides(text) and self.heading.authority is None:
                self.heading.authority, self.heading.authority_line = text, first
            elif is_capitals(text):
                self.unplaced.append(first)
            else:
                after_bases.append((first, text))
        # What follows the last basis is the enacting text ("Để ..., A và B thống nhất ban
        # hành ..."), when a sentence of it enacts, or when the text was cut there.
        enacting = [text for _line, text in after_bases]
        if enacting and (any(ENACTING.search(t) for t in enacting) or not body_follows):
            self.heading.enacting = "\n".join(enacting)
            self.heading.enacting_line = after_bases[0][0].number
        else:
            self.unplaced.extend(first for first, _text in after_bases)


def _continues_paragraph(before: str, after: str) -> bool:
    """Whether a preamble line goes on with the paragraph above it (a line broken by the page)."""
    if BASIS.match(after) or REFERENCE.match(after) or FORMULA.match(after) or is_capitals(after):
        return False
    if is_capitals(before) or before.endswith(_SENTENCE_END):
        return False
    # "...sửa đổi Điều 3 Nghị định số 01/2008/NĐ-CP,‘" then "Bộ A và Bộ B thống nhất ban hành":
    # a basis that lost its semicolon, and the enacting sentence after it.
    return not (
        after[:1].isupper() and before.endswith((",", "‘", "'", "’")) and ENACTING.search(after)
    )


def _starts_body(text: str) -> bool:
    text = text.lstrip("-–—• ")
    return any(text == word or text.startswith(word + " ") for word in BODY_WORDS)
