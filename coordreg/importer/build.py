"""From what the text says to a regulation file's data, and the tally of what was found."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from coordreg.importer.appendix import appendix_duties
from coordreg.importer.bodies import (
    Bodies,
    Body,
    ascii_id,
    find_parties,
    find_signatories,
    proper_words,
    recase,
)
from coordreg.importer.duties import DutyDraft, find_duties
from coordreg.importer.parse import Draft, is_capitals
from coordreg.importer.source import Line
from coordreg.rules.base import roman

# "Quy chế này có hiệu lực (thi hành) kể từ ngày ký", "... sau 10 ngày kể từ ngày ký",
# "... kể từ ngày 01 tháng 02 năm 2026", "... từ ngày 01/02/2026".
_IN_FORCE = re.compile(r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(.{0,80})", re.IGNORECASE)
_FROM_SIGNING = re.compile(r"^(?:kể\s+)?từ\s+ngày\s+ký", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"^sau\s+(\d{1,3})\s+ngày\s+kể\s+từ\s+ngày\s+ký", re.IGNORECASE)
_ON_DATE = re.compile(
    r"^(?:kể\s+)?từ\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\s*[/-]\s*)(\d{1,2})(?:\s+năm\s+|\s*[/-]\s*)(\d{4})",
    re.IGNORECASE,
)
_REVIEW_EVERY = re.compile(
    r"sơ\s+kết[^.;]{0,40}?(\d{1,2})\s+năm|(\d{1,2})\s+năm[^.;]{0,20}?sơ\s+kết", re.IGNORECASE
)


@dataclass
class Summary:
    """What the import found, for the person who runs it."""

    chapters: int = 0
    articles: int = 0
    clauses: int = 0
    points: int = 0
    duties: int = 0
    parties: int = 0
    units: int = 0
    unplaced: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def to_review(self) -> int:
        return self.duties + len(self.unplaced)


def effective_of(texts: list[str], signed: date | None) -> tuple[date | None, str | None]:
    """The date the regulation takes effect, from its wording, and a note when guessed."""
    for text in texts:
        for match in _IN_FORCE.finditer(text):
            rest = match.group(1)
            if _FROM_SIGNING.match(rest):
                return signed, None
            after = _DAYS_AFTER.match(rest)
            if after and signed is not None:
                return signed + timedelta(days=int(after.group(1))), None
            on = _ON_DATE.match(rest)
            if on:
                try:
                    return date(int(on.group(3)), int(on.group(2)), int(on.group(1))), None
                except ValueError:
                    continue
    return signed, "không thấy điều khoản hiệu lực: tạm lấy ngày ký làm ngày có hiệu lực"


def review_every_of(texts: list[str]) -> int:
    for text in texts:
        match = _REVIEW_EVERY.search(text)
        if match:
            years = int(match.group(1) or match.group(2))
            if 1 <= years <= 50:
                return years
    return 5


def title_of(raw: str, bodies: Bodies, proper: dict[str, str]) -> str:
    """The title as a file keeps it: "Quy chế phối hợp giữa Bộ A và Bộ B ..."."""
    words = " ".join(raw.split())
    rest = words[len("QUY CHẾ") :].strip() if words.lower().startswith("quy chế") else words
    if is_capitals(rest):
        rest = recase(rest, bodies.parties, proper)
        rest = rest[:1].lower() + rest[1:]
    elif rest[:1].isupper() and not is_capitals(rest.split(" ")[0]):
        rest = rest[:1].lower() + rest[1:]
    return f"Quy chế {rest}".strip()


def _all_texts(draft: Draft) -> list[str]:
    texts = [*draft.heading.legal_bases, draft.heading.enacting or ""]
    for chapter in draft.chapters:
        for article in chapter.articles:
            texts.append(article.title)
            texts.append(article.text)
            for clause in article.clauses:
                texts.append(clause.text)
                texts.extend(point.text for point in clause.points)
    # Signatures, recipients and tables write names in full where articles shorten them.
    texts.extend(line.text for line in [*draft.unplaced, *draft.closing, *draft.table_rows])
    return [text for text in texts if text]


def _body_data(body: Body) -> dict[str, Any]:
    data: dict[str, Any] = {"id": body.id, "name": body.name}
    if body.short_name:
        data["short_name"] = body.short_name
    if body.symbol:
        data["symbol"] = body.symbol
    if body.units:
        data["units"] = [{"id": unit.id, "name": unit.name} for unit in body.units]
    if body.signatory:
        data["signatory"] = {"name": body.signatory[1], "title": body.signatory[0]}
    return data


def _duty_data(duty: DutyDraft) -> dict[str, Any]:
    data: dict[str, Any] = {"id": duty.id, "text": duty.text, "lead": duty.lead.id}
    if duty.support:
        data["support"] = [body.id for body in duty.support]
    data["schedule"] = duty.schedule
    if duty.deliverable:
        data["deliverable"] = duty.deliverable
    data["review"] = duty.review
    return data


def regulation_data(draft: Draft, regulation_id: str | None) -> tuple[dict[str, Any], Summary]:
    """The regulation file's data (keys in the documented order) and the summary."""
    heading = draft.heading
    texts = _all_texts(draft)
    bodies, notes = find_parties(heading.issuers, heading.number, texts)
    bodies.define(texts)
    duties, unresolved = find_duties(draft, bodies)
    table_rows = [*draft.appendix, *draft.table_rows]
    listed = appendix_duties(draft, bodies)
    if listed is not None:
        # The regulation's own list of duties: it replaces what the wording suggests,
        # and the appendix's heading lines are placed with it.
        duties, table_rows = listed
        unresolved = []
    proper = proper_words(texts)
    signing = find_signatories(draft.closing, bodies, proper)
    summary = Summary(notes=notes)
    for line, phrase in unresolved:
        summary.notes.append(f"dòng {line}: không xác định được cơ quan chủ trì '{phrase}'")
    for body in bodies.all():
        summary.notes.extend(body.notes)
    if len(bodies.parties) < 2:
        summary.notes.append(
            f"phần đầu văn bản có {len(bodies.parties)} cơ quan ban hành; quy chế phối hợp cần ít nhất 2"
        )
    effective, note = effective_of(texts, heading.signed)
    if note:
        summary.notes.append(note)
    if heading.signed is None:
        summary.notes.append("không thấy ngày ký ('..., ngày DD tháng MM năm YYYY')")

    data: dict[str, Any] = {"id": regulation_id or default_id(bodies, heading.signed)}
    if heading.number:
        data["number"] = heading.number
    data["title"] = title_of(heading.title, bodies, proper) if heading.title else None
    data["signed"] = heading.signed.isoformat() if heading.signed else None
    data["effective"] = effective.isoformat() if effective else None
    if heading.place:
        data["place"] = heading.place
    if heading.legal_bases:
        data["legal_bases"] = list(heading.legal_bases)
    if heading.enacting:
        data["enacting"] = heading.enacting
    data["parties"] = [_body_data(party) for party in bodies.parties]
    first_year = effective.year + 1 if effective else date.today().year
    data["evaluation"] = {
        "rotation": [party.id for party in bodies.parties],
        "first_year": first_year,
        "review_every": review_every_of(texts),
    }
    duties_of: dict[int, list[DutyDraft]] = {}
    for duty in duties:
        duties_of.setdefault(id(duty.article), []).append(duty)
    chapters: list[dict[str, Any]] = []
    for chapter in draft.chapters:
        articles: list[dict[str, Any]] = []
        for article in chapter.articles:
            item: dict[str, Any] = {"number": article.number, "title": article.title or None}
            if article.text:
                item["text"] = article.text
            if article.clauses:
                item["clauses"] = [
                    {
                        "number": clause.number,
                        "text": clause.text,
                        **(
                            {"points": [{"label": p.label, "text": p.text} for p in clause.points]}
                            if clause.points
                            else {}
                        ),
                    }
                    for clause in article.clauses
                ]
            if id(article) in duties_of:
                item["duties"] = [_duty_data(duty) for duty in duties_of[id(article)]]
            articles.append(item)
            summary.clauses += len(article.clauses)
            summary.points += sum(len(clause.points) for clause in article.clauses)
        title = chapter.title or ("(Văn bản không chia chương)" if draft.without_chapters else None)
        # The format numbers chapters in Roman numerals (CR401), as Nghị định 30 does.
        number = roman(int(chapter.number)) if chapter.number.isdigit() else chapter.number
        chapters.append({"number": number, "title": title, "articles": articles})
        summary.articles += len(articles)
    data["chapters"] = chapters
    closing = [line for index, line in enumerate(draft.closing) if index not in signing]
    unplaced = [*draft.unplaced, *closing, *table_rows]
    unplaced.sort(key=lambda line: line.number)
    if unplaced:
        data["unplaced"] = [{"line": line.number, "text": line.text} for line in unplaced]
    summary.chapters = len(chapters)
    summary.duties = len(duties)
    summary.parties = len(bodies.parties)
    summary.units = sum(len(party.units) for party in bodies.parties)
    summary.unplaced = unplaced
    return data, summary


def default_id(bodies: Bodies, signed: date | None) -> str:
    """An id from the parties' abbreviations and the year: `bca-bgddt-2026`."""
    parts = [party.id for party in bodies.parties] or ["quy-che"]
    if signed is not None:
        parts.append(str(signed.year))
    return ascii_id("-".join(parts)) or "quy-che"
