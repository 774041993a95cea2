"""From what the text says to a regulation file's data, and the tally of what was found.

Besides the format's own fields, the data carries comments (keys starting with
"#", written by `emit` as YAML comments) that keep the source's own words where
the importer read them into something else: the heading's names of the parties
("BỘ NÔNG NGHIỆP VÀ PTNT") and each signature block as written. With the
`unplaced` list, they make sure that every line of the source is in the file.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from coordreg.importer.appendix import appendix_duties
from coordreg.importer.bodies import Bodies, Body, ascii_id
from coordreg.importer.decision import block_comment, issued
from coordreg.importer.duties import DutyDraft, find_duties
from coordreg.importer.effect import effective_of, review_every_of
from coordreg.importer.heading import KINDS
from coordreg.importer.lines import Line
from coordreg.importer.names import fold
from coordreg.importer.parse import Draft
from coordreg.importer.parties import decision_issuer, find_parties
from coordreg.importer.signatures import find_signatories
from coordreg.importer.spelling import proper_words, recase, title_case
from coordreg.importer.text import is_capitals
from coordreg.rules.base import roman

# The chapter written when the text has no article: the format wants one.
PLACEHOLDER_TITLE = "(Văn bản nguồn không có điều nào)"
NO_ARTICLES = (
    "văn bản nguồn không có điều nào (bị cắt trước Điều 1, hoặc chỉ có phần đầu và căn cứ): "
    "chương này chỉ giữ chỗ; thêm các chương, điều từ văn bản đã ký rồi xóa chương này"
)
NUMBERED_ARTICLES = (
    "văn bản nguồn không có tiêu đề 'Điều': các điều được đọc từ các dòng đánh số "
    "('1. Phạm vi điều chỉnh'); kiểm tra ranh giới các điều, khoản trong mọi chương rồi xóa dòng này"
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
    chapters_to_review: int = 0
    unplaced: list[Line] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def to_review(self) -> int:
        """Duties marked `review` and passages kept under `unplaced` (chapters marked
        `review` are counted apart, `chapters_to_review`)."""
        return self.duties + len(self.unplaced)


def title_of(raw: str, kind: str | None, names: list[str], proper: dict[str, str]) -> str:
    """The title as a file keeps it: "Quy chế phối hợp giữa Bộ A và Bộ B ..."."""
    words = " ".join(raw.split())
    label = kind or "Quy chế"
    upper = next((k for k, v in KINDS.items() if v == label), label.upper())
    rest = words[len(upper) :].strip() if words.upper().startswith(upper) else words
    if is_capitals(rest):
        rest = recase(rest, names, proper)
        rest = rest[:1].lower() + rest[1:]
    elif rest[:1].isupper() and not is_capitals(rest.split(" ")[0]):
        rest = rest[:1].lower() + rest[1:]
    return f"{label} {rest}".strip()


def _article_texts(draft: Draft) -> list[str]:
    texts: list[str] = []
    for chapter in draft.chapters:
        for article in chapter.articles:
            texts.extend([article.title, article.text])
            for clause in article.clauses:
                texts.append(clause.text)
                texts.extend(point.text for point in clause.points)
    return [text for text in texts if text]


def _all_texts(draft: Draft) -> list[str]:
    texts = [*draft.heading.legal_bases, draft.heading.enacting or "", *_article_texts(draft)]
    if draft.decision is not None:
        texts += draft.decision.heading.legal_bases
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
    if body.parent:
        data["parent"] = body.parent
    if body.signatory:
        data["#signature"] = block_comment(body.signature_lines)
        data["signatory"] = {"name": body.signatory[1], "title": body.signatory[0]}
        if body.signing_authority is not None:
            authority, on_behalf_of = body.signing_authority
            data["signatory"] |= {"authority": authority, "on_behalf_of": on_behalf_of}
    return data


def _duty_data(duty: DutyDraft) -> dict[str, Any]:
    lead: Any = duty.lead.id
    if duty.co_leads:
        lead = {duty.mode: [duty.lead.id, *(body.id for body in duty.co_leads)]}
    data: dict[str, Any] = {"id": duty.id, "text": duty.text, "lead": lead}
    if duty.support:
        data["support"] = [body.id for body in duty.support]
    data["schedule"] = duty.schedule
    if duty.deliverable:
        data["deliverable"] = duty.deliverable
    data["review"] = duty.review
    return data


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", fold(text)))


def heading_comment(lines: list[Line], names: list[str]) -> str | None:
    """The heading's lines that named the parties, when the names do not say the same
    words ("BỘ NÔNG NGHIỆP" / "VÀ PTNT - BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG")."""
    written = _words(" ".join(line.text for line in lines))
    if not lines or not written - _words(" ".join(names)):
        return None
    numbers = f"dòng {lines[0].number}" + (f"-{lines[-1].number}" if len(lines) > 1 else "")
    return f"phần đầu văn bản nguồn ({numbers}) ghi: " + " | ".join(line.text for line in lines)


def _chapters(draft: Draft, duties: list[DutyDraft], summary: Summary) -> list[dict[str, Any]]:
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
    if chapters and draft.numbered_articles:
        chapters[0] = _reviewed(chapters[0], NUMBERED_ARTICLES)
    if not any(chapter["articles"] for chapter in chapters):
        # No article at all: a chapter holds the place, marked for review (CR704).
        if chapters:
            chapters[0] = _reviewed(chapters[0], NO_ARTICLES)
        else:
            chapters = [
                {"number": "I", "title": PLACEHOLDER_TITLE, "review": NO_ARTICLES, "articles": []}
            ]
    summary.chapters_to_review = sum(1 for chapter in chapters if "review" in chapter)
    return chapters


def _reviewed(chapter: dict[str, Any], note: str) -> dict[str, Any]:
    """The chapter with a `review` note, in its place before the articles."""
    return {
        "number": chapter["number"],
        "title": chapter["title"],
        "review": note,
        "articles": chapter["articles"],
    }


def regulation_data(
    draft: Draft, regulation_id: str | None, today: date
) -> tuple[dict[str, Any], Summary]:
    """The regulation file's data (keys in the documented order) and the summary.

    `today` stands in for the first year to evaluate when the text gives no date."""
    heading = draft.heading
    texts = _all_texts(draft)
    bodies, notes = find_parties(draft, texts)
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
    names = [party.name for party in bodies.parties]

    def recased(upper: str) -> str:
        return recase(upper, names, proper)

    def titled(upper: str) -> str:
        return title_case(upper, names, proper)

    signing = find_signatories(draft.closing, bodies, titled)
    issuer = decision_issuer(draft) if (draft.decision or heading.reference) else None
    decision = issued(draft, issuer, recased, titled)
    summary = Summary(notes=notes)
    for line, phrase in unresolved:
        summary.notes.append(f"dòng {line}: không xác định được cơ quan chủ trì '{phrase}'")
    for body in bodies.all():
        summary.notes.extend(body.notes)
    if len(bodies.parties) < 2:
        summary.notes.append(
            f"văn bản cho thấy {len(bodies.parties)} bên; quy chế phối hợp cần ít nhất 2"
        )
    number = decision.number if decision else heading.number
    signed = decision.signed if decision else heading.signed
    place = (decision.place if decision else None) or heading.place
    effect_texts = [
        *(a.get("text") or "" for a in (decision.data.get("articles", []) if decision else [])),
        *_article_texts(draft),
    ]
    effective, note = effective_of(effect_texts, signed)
    if note:
        summary.notes.append(note)
    if signed is None:
        summary.notes.append("không thấy ngày ký ('..., ngày DD tháng MM năm YYYY')")

    data: dict[str, Any] = {"id": regulation_id or default_id(bodies, signed, number, decision)}
    if number:
        data["number"] = number
    raw_title = heading.title or (draft.decision.heading.title if draft.decision else "")
    data["title"] = _title(raw_title, heading.kind, names, proper, decision is not None)
    data["signed"] = signed.isoformat() if signed else None
    data["effective"] = effective.isoformat() if effective else None
    if place:
        data["place"] = place
    bases = [*(decision.legal_bases if decision else []), *heading.legal_bases]
    if bases:
        data["legal_bases"] = bases
    if heading.enacting:
        data["enacting"] = heading.enacting
    if decision is not None:
        data["decision"] = decision.data
    parents = [party.parent for party in bodies.parties if party.parent]
    comment = heading_comment(heading.issuer_lines, [*names, *parents])
    if comment:
        data["#parties"] = comment
    data["parties"] = [_body_data(party) for party in bodies.parties]
    first_year = effective.year + 1 if effective else today.year
    data["evaluation"] = {
        "rotation": [party.id for party in bodies.parties],
        "first_year": first_year,
        "review_every": review_every_of(_article_texts(draft)),
    }
    data["chapters"] = _chapters(draft, duties, summary)
    closing = [line for index, line in enumerate(draft.closing) if index not in signing]
    if draft.decision is not None:
        closing += [
            line
            for index, line in enumerate(draft.decision.closing)
            if decision is None or index not in decision.used
        ]
    unplaced = sorted(
        [*draft.unplaced, *closing, *table_rows, *_unused(draft)],
        key=lambda line: line.number,
    )
    if unplaced:
        data["unplaced"] = [{"line": line.number, "text": line.text} for line in unplaced]
    summary.chapters = len(data["chapters"])
    summary.duties = len(duties)
    summary.parties = len(bodies.parties)
    summary.units = sum(len(party.units) for party in bodies.parties)
    summary.unplaced = unplaced
    return data, summary


def _title(
    raw: str, kind: str | None, names: list[str], proper: dict[str, str], issued: bool
) -> str | None:
    """The regulation's title; for one issued by a decision whose own title is all the
    text kept, the decision's title without "Quyết định ban hành"."""
    if not raw:
        return None
    if kind == "Quyết định" or (issued and raw.upper().startswith("QUYẾT ĐỊNH")):
        title = title_of(raw, "Quyết định", names, proper)
        match = re.search(r"\bban hành\s+(?:kèm theo\s+)?(.+)$", title, re.IGNORECASE)
        if match:
            rest = match.group(1)
            return rest[:1].upper() + rest[1:]
        # A decision's title that does not say what it issues: the regulation's is unknown.
        return None
    return title_of(raw, kind, names, proper)


def _unused(draft: Draft) -> list[Line]:
    """What the heading read but no field of the file keeps: an authority line in the
    regulation's own heading (a decision keeps its own), a decision's own preamble
    sentences."""
    lines: list[Line] = []
    heading = draft.heading
    if heading.authority_line is not None:
        lines.append(heading.authority_line)
    if draft.decision is not None and draft.decision.heading.enacting:
        own = draft.decision.heading
        lines.append(Line(own.enacting_line, own.enacting or ""))
    return lines


def default_id(bodies: Bodies, signed: date | None, number: str | None, decision: object) -> str:
    """An id from the parties' abbreviations and the year (`bca-bgddt-2026`); for a
    regulation issued by a decision, from the decision's number (`30-2017-qd-ubnd`)."""
    if decision is not None and number:
        return ascii_id(number)
    parts = [party.id for party in bodies.parties] or ["quy-che"]
    if signed is not None:
        parts.append(str(signed.year))
    return ascii_id("-".join(parts)) or "quy-che"
