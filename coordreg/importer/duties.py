"""Duties read out of a regulation's wording, each marked for a person to check.

Two forms of text give a duty:

- "X chủ trì, phối hợp với Y, Z ..." anywhere in a clause or point: X leads, Y
  and Z support;
- the clauses of an article titled "Trách nhiệm của X": X leads each of them
  (each point, when the clause only introduces its points with a colon), and
  "phối hợp với Y" in the clause names who supports.

When a duty is due is read from its wording too: "thường xuyên", "khi có yêu
cầu", "hằng năm", "hằng quý", "6 tháng", "hằng tháng", a date ("trước ngày
15/12 hằng năm", "trước ngày 30/6/2026"). Where the wording gives a period and no
day, the day is the period's end and the note says so; where it says nothing,
the duty is `continuous` and the note says that too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from coordreg.importer.bodies import Bodies, Body, ascii_id
from coordreg.importer.parse import Article, Draft

_LEADS = re.compile(r"\bchủ\s+trì\b", re.IGNORECASE)
_SUPPORT = re.compile(r"\bphối\s+hợp\s+với\b", re.IGNORECASE)
_RESPONSIBLE = re.compile(r"^trách\s+nhiệm\s+của\s+(.+?)\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.]\s+")

_DAY_MONTH_YEAR = re.compile(
    r"(?:(?:trước\s+)?ngày\s+)?\b(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})", re.IGNORECASE
)
_DAY_MONTH_YEAR_WORDS = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s*(?:/|\s+tháng\s+)(\d{1,2})(?![\d/])", re.IGNORECASE
)
_DAY_OF_MONTH = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s+(?:hằng|hàng|mỗi)\s+tháng"
    r"|(?:hằng|hàng|mỗi)\s+tháng,?\s*(?:vào\s+)?(?:trước\s+)?ngày\s+(\d{1,2})",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"\b(?:hằng|hàng|mỗi)\s+năm\b|\bđịnh\s+kỳ\s+(?:01|1|một)\s+năm\b", re.IGNORECASE
)
_HALF_YEARLY = re.compile(
    r"\b(?:06|6|sáu)\s+tháng\b|\bnửa\s+năm\b|\bsơ\s+kết\s+6\s+tháng\b", re.IGNORECASE
)
_QUARTERLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+quý\b|\bđịnh\s+kỳ\s+quý\b", re.IGNORECASE)
_MONTHLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+tháng\b", re.IGNORECASE)
_CONTINUOUS = re.compile(r"\bthường\s+xuyên\b|\bliên\s+tục\b", re.IGNORECASE)
_ON_REQUEST = re.compile(
    r"\bkhi\s+có\s+yêu\s+cầu\b|\btheo\s+yêu\s+cầu\b|\bkhi\s+cần\s+thiết\b|\bkhi\s+phát\s+sinh\b|\bkhi\s+có\s+đề\s+nghị\b",
    re.IGNORECASE,
)


@dataclass
class DutyDraft:
    id: str
    text: str
    lead: Body
    support: list[Body]
    schedule: object
    line: int
    article: Article
    review: str
    deliverable: str | None = None


def schedule_of(text: str) -> tuple[object, str]:
    """The schedule a duty's wording gives, and what the review note says of it."""
    for pattern in (_DAY_MONTH_YEAR, _DAY_MONTH_YEAR_WORDS):
        match = pattern.search(text)
        if match:
            day, month, year = (int(match.group(i)) for i in (1, 2, 3))
            try:
                on = date(year, month, day)
            except ValueError:
                break
            if not _YEARLY.search(text):
                return {"once": on.isoformat()}, f"thời hạn theo '{match.group(0)}'"
            return {
                "yearly": f"{month:02d}-{day:02d}"
            }, f"thời hạn theo '{match.group(0)}' hằng năm"
    monthly_day = _DAY_OF_MONTH.search(text)
    if monthly_day and 1 <= int(monthly_day.group(1) or monthly_day.group(2)) <= 31:
        day = int(monthly_day.group(1) or monthly_day.group(2))
        return {"monthly": day}, f"thời hạn theo '{monthly_day.group(0)}'"
    day_month = _DAY_MONTH.search(text)
    if day_month and _YEARLY.search(text):
        day, month = int(day_month.group(1)), int(day_month.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return {
                "yearly": f"{month:02d}-{day:02d}"
            }, f"thời hạn theo '{day_month.group(0)}' hằng năm"
    if _QUARTERLY.search(text):
        return {
            "quarterly": "03-31"
        }, "văn bản ghi 'hằng quý' không nêu ngày: tạm lấy ngày cuối quý"
    if _HALF_YEARLY.search(text):
        return {
            "half_yearly": "06-30"
        }, "văn bản ghi '6 tháng' không nêu ngày: tạm lấy ngày cuối mỗi 6 tháng"
    if _MONTHLY.search(text):
        return {"monthly": 28}, "văn bản ghi 'hằng tháng' không nêu ngày: tạm lấy ngày 28"
    if _YEARLY.search(text):
        return {"yearly": "12-31"}, "văn bản ghi 'hằng năm' không nêu ngày: tạm lấy ngày 31/12"
    if _ON_REQUEST.search(text):
        return "on_request", "thời hạn: khi có yêu cầu"
    if _CONTINUOUS.search(text):
        return "continuous", "thời hạn: thường xuyên"
    return "continuous", "văn bản không nêu thời hạn: tạm ghi thường xuyên"


def _lead_phrase(text: str, match: re.Match[str]) -> str:
    """The words before "chủ trì" that name who leads: the last part of the sentence."""
    before = text[: match.start()]
    parts = _CLAUSE_BREAK.split(before)
    phrase = parts[-1] if parts else before
    lowered = phrase.lower()
    for marker in (" do ", " giao ", " để "):
        index = lowered.rfind(marker)
        if index >= 0:
            phrase = phrase[index + len(marker) :]
            lowered = phrase.lower()
    return phrase.strip()


class _Extractor:
    def __init__(self, bodies: Bodies) -> None:
        self.bodies = bodies
        self.duties: list[DutyDraft] = []
        self.ids: set[str] = set()
        self.unresolved: list[tuple[int, str]] = []

    def _body(
        self, named: Body | str | None, phrase: str, line: int, owner: Body | None
    ) -> Body | None:
        if isinstance(named, Body):
            return named
        if named is None:
            return self.bodies.unit(phrase, line, owner)
        return None

    def supporters(self, text: str, lead: Body) -> list[Body]:
        found: list[Body] = []
        for match in _SUPPORT.finditer(text):
            for named in self.bodies.listed(text[match.end() :]):
                bodies = (
                    self.bodies.parties
                    if named == "*"
                    else [named]
                    if isinstance(named, Body)
                    else []
                )
                for body in bodies:
                    lead_party = lead.party or lead.id
                    if named == "*" and body.id == lead_party:
                        continue
                    if body is not lead and body not in found:
                        found.append(body)
        return found

    def add(self, ident: str, text: str, line: int, article: Article, owner: Body | None) -> None:
        text = text.strip().rstrip(";,. ")
        if not text:
            return
        lead: Body | None = None
        explicit = _LEADS.search(text)
        if explicit:
            phrase = _lead_phrase(text, explicit)
            if phrase:
                lead = self._body(self.bodies.resolve(phrase), phrase, line, owner)
                if lead is None and owner is None:
                    self.unresolved.append((line, phrase))
        if lead is None:
            lead = owner
        if lead is None:
            return
        schedule, when = schedule_of(text)
        base, counter = ident, 2
        while ident in self.ids:
            ident, counter = f"{base}-{counter}", counter + 1
        self.ids.add(ident)
        review = (
            f"dòng {line} của văn bản nguồn: kiểm tra cơ quan chủ trì, phối hợp và thời hạn; {when}"
        )
        self.duties.append(
            DutyDraft(
                ident, text, lead, self.supporters(text, lead), schedule, line, article, review
            )
        )

    def article(self, article: Article) -> None:
        responsible = _RESPONSIBLE.match(article.title)
        owner: Body | None = None
        if responsible:
            named = self.bodies.resolve(responsible.group(1))
            if isinstance(named, Body) or " và " not in responsible.group(1):
                # "Trách nhiệm của A và B" names no single body that leads.
                owner = self._body(named, responsible.group(1), article.line, None)
        stem = f"d{article.number}"
        if not article.clauses and article.text:
            if owner is not None or _LEADS.search(article.text):
                self.add(stem, article.text, article.text_line or article.line, article, owner)
            return
        for clause in article.clauses:
            if clause.points and clause.text.rstrip().endswith(":"):
                for point in clause.points:
                    ident = f"{stem}-{clause.number}-{ascii_id(point.label) or 'x'}"
                    if owner is not None or _LEADS.search(point.text):
                        self.add(ident, point.text, point.line, article, owner)
                continue
            whole = " ".join([clause.text, *(f"{p.label}) {p.text}" for p in clause.points)])
            if owner is not None or _LEADS.search(clause.text):
                self.add(
                    f"{stem}-{clause.number}",
                    whole if owner else clause.text,
                    clause.line,
                    article,
                    owner,
                )
            for point in clause.points:
                if owner is None and _LEADS.search(point.text):
                    ident = f"{stem}-{clause.number}-{ascii_id(point.label) or 'x'}"
                    self.add(ident, point.text, point.line, article, None)


def find_duties(draft: Draft, bodies: Bodies) -> tuple[list[DutyDraft], list[tuple[int, str]]]:
    """The duties the text gives, and the leads it names that match no body."""
    extractor = _Extractor(bodies)
    for chapter in draft.chapters:
        for article in chapter.articles:
            extractor.article(article)
    return extractor.duties, extractor.unresolved
