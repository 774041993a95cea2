"""Duties read out of a regulation's wording, each marked for a person to check.

A clause or a point is a duty when it gives a body something to do, in any of
the forms regulations use:

- "X chủ trì, phối hợp với Y, Z ...": X leads, Y and Z support;
- "X có trách nhiệm ..." (or "chịu trách nhiệm", "có nhiệm vụ"): X leads;
- a sentence whose subject is a body: "Bộ Tư lệnh Bộ đội Biên phòng chỉ đạo ...",
  also after a phrase of time or condition: "Định kỳ 6 tháng một lần, hai Bên tổ
  chức giao ban", "Khi có yêu cầu, Bộ A thành lập đoàn công tác liên ngành";
- each clause of an article titled "Trách nhiệm của X", and each point under a
  clause "X có trách nhiệm:": X leads.

A duty of all the parties together ("Hai Bên ...", "các bên"), or of several named
at once, is led by them jointly (`lead: {jointly: [...]}`); one that "Mỗi Bên" does
is each party's own (`lead: {each: [...]}`). Its `review` note says which words made
it so, for a person to confirm. Articles on scope, subjects, principles,
purpose, definitions and effect give no duties. When a duty is due is read from
its wording (`schedule`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordreg.importer.bodies import Bodies, Body, ascii_id
from coordreg.importer.names import fold
from coordreg.importer.parse import Article, Draft
from coordreg.importer.schedule import schedule_of
from coordreg.importer.spelling import covered

# "Mỗi Bên", "mỗi bên": each party on its own (compared folded).
_EACH = re.compile(r"\bmỗi\b")

_LEADS = re.compile(r"\bchủ\s+trì\b", re.IGNORECASE)
_SUPPORT = re.compile(r"\bphối\s+hợp\s+(?:chặt\s+chẽ\s+)?với\b", re.IGNORECASE)
_HAS_DUTY = re.compile(
    r"\s+(?:có|chịu)\s+trách\s+nhiệm\b|\s+có\s+nhiệm\s+vụ\b|"
    r"\s+là\s+(?:cơ\s+quan\s+thường\s+trực|đầu\s+mối)",
    re.IGNORECASE,
)
_RESPONSIBLE = re.compile(r"^trách\s+nhiệm\s+của\s+(.+?)\s*$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.]\s+")
# A phrase of time or condition before the subject: "Định kỳ 6 tháng một lần, ...".
_LEADING = re.compile(
    r"^(?:(?:định\s+kỳ|hằng|hàng|mỗi\s+năm|mỗi\s+quý|khi|trường\s+hợp|trong\s+trường\s+hợp|"
    r"trước|sau\s+khi|trên\s+cơ\s+sở|căn\s+cứ|trong\s+quá\s+trình|tùy|theo|nếu)\b[^,]{0,90},\s*)+",
    re.IGNORECASE,
)
# People or parts of a body standing for it: "Thủ trưởng các đơn vị thuộc hai Bên".
_PEOPLE = re.compile(
    r"^(?:(?:lãnh\s+đạo|thủ\s+trưởng|các\s+đơn\s+vị\s+chức\s+năng|các\s+đơn\s+vị|"
    r"các\s+cơ\s+quan,\s+đơn\s+vị|đơn\s+vị\s+chức\s+năng|cơ\s+quan\s+chức\s+năng)"
    r"(?:\s+(?:của|ca|thuộc|trực\s+thuộc))?\s+)+",
    re.IGNORECASE,
)
# What follows a subject when the sentence gives it nothing to do.
_NOT_ACTION = re.compile(r"^\s*(?:là|được|gồm|bao\s+gồm|có\s+quyền|theo)\b", re.IGNORECASE)
# "và" or a comma between two units' names: "Vụ Pháp chế (Bộ A) và Cục Trinh sát (Bộ B)".
_UNIT_SPLIT = re.compile(
    r"(?:,\s+|\s+và\s+)(?=(?:Vụ|Cục|Tổng cục|Văn phòng|Thanh tra|Trung tâm|Viện|Phòng|Ban|Cơ quan)\s)"
)
_NO_DUTIES = re.compile(
    r"phạm\s+vi|đối\s+tượng|nguyên\s+tắc|mục\s+đích|giải\s+thích|hiệu\s+lực", re.IGNORECASE
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
    # The other leads of a duty led by several bodies, and how: "jointly" or "each".
    co_leads: tuple[Body, ...] = ()
    mode: str = "jointly"


@dataclass
class Doer:
    """Who a sentence gives a duty to: a lead, its supporters, and whether it is joint."""

    lead: Body
    support: list[Body]
    joint: str | None = None  # the words that made it joint: "hai Bên"


def _lead_phrase(text: str, match: re.Match[str]) -> str:
    """The words before "chủ trì" (or "có trách nhiệm") that name who leads."""
    before = text[: match.start()].rstrip(" ,")
    # "X (và Y) là cơ quan thường trực, có trách nhiệm ...": X is who.
    before = re.sub(r"\s+là\s+[^,]*$", "", before)
    # The last break outside brackets: "Vụ Pháp chế (Bộ Văn hóa, Thể thao và Du lịch)".
    masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group(0)), before)
    breaks = list(_CLAUSE_BREAK.finditer(masked))
    phrase = before[breaks[-1].end() :] if breaks else before
    lowered = phrase.lower()
    for marker in (" do ", " giao ", " để "):
        index = lowered.rfind(marker)
        if index >= 0:
            phrase = phrase[index + len(marker) :]
            lowered = phrase.lower()
    return _PEOPLE.sub("", phrase.strip())


class _Extractor:
    def __init__(self, bodies: Bodies) -> None:
        self.bodies = bodies
        self.duties: list[DutyDraft] = []
        self.ids: set[str] = set()
        self.unresolved: list[tuple[int, str]] = []

    # --- who -------------------------------------------------------------------------

    def _doer(self, named: list[Body | str], words: str) -> Doer | None:
        """The doer of a sentence whose subject names `named`: one body, or a joint duty."""
        bodies: list[Body] = []
        joint = len(named) > 1 or "*" in named
        for item in named:
            for body in self.bodies.parties if item == "*" else [item]:
                if isinstance(body, Body) and body not in bodies:
                    bodies.append(body)
        if not bodies:
            return None
        return Doer(bodies[0], bodies[1:], words if joint else None)

    def _subject(self, text: str, line: int, owner: Body | None) -> Doer | None:
        """Who the sentence gives something to do, from its wording; None when nobody."""
        sentence = _LEADING.sub("", text.strip().lstrip("-–+• "))
        unresolved: str | None = None
        for marker in (_LEADS, _HAS_DUTY):
            found = marker.search(sentence)
            if found is None:
                continue
            phrase = _lead_phrase(sentence, found)
            if not phrase:
                continue
            named = self.bodies.listed(phrase)
            if named and self._covers(phrase):
                return self._doer(named, phrase)
            units = self._units(phrase, line, owner)
            if units:
                return Doer(units[0], units[1:], phrase if len(units) > 1 else None)
            if marker is _LEADS:
                unresolved = unresolved or phrase
        subject = _PEOPLE.sub("", sentence)
        named, end = self.bodies.listed_until(subject)
        if not named:
            named, end = self._damaged(subject)
        if named:
            rest = subject[end:]
            if rest.strip() and not _NOT_ACTION.match(rest) and rest.strip()[:1].islower():
                return self._doer(named, subject[: len(subject) - len(rest)].strip())
        if unresolved is not None and owner is None:
            self.unresolved.append((line, unresolved))
        return None

    def _damaged(self, subject: str) -> tuple[list[Body | str], int]:
        """A party named at the start with letters lost by OCR: "B Tư lệnh Bộ đội Biên phòng"
        (the first words must be the name's, allowing a word cut to its first letter);
        the party and where its name ends."""
        words = subject.split(" ")
        for party in self.bodies.parties:
            size = len(party.name.split())
            start = " ".join(words[:size])
            whole = covered(start, party.name) == 1.0 and covered(party.name, start) == 1.0
            if len(words) > size and whole and fold(start) != fold(party.name):
                return [party], len(start)
        return [], 0

    def _units(self, phrase: str, line: int, owner: Body | None) -> list[Body]:
        """The units a phrase names: one ("Cục Kiểm ngư"), or several joined by "và", each
        with its party in brackets ("Vụ Pháp chế (Bộ A) và Cục Trinh sát (Bộ B)")."""
        pieces = [p for p in _UNIT_SPLIT.split(phrase) if p.strip()]
        if not all(self.bodies.names_unit(piece) for piece in pieces):
            pieces = [phrase]
        units = [self.bodies.unit(piece, line, owner) for piece in pieces]
        return [unit for unit in units if unit is not None]

    def _covers(self, phrase: str) -> bool:
        """Whether the bodies listed at the start of `phrase` are all it says."""
        return self.bodies.listed_until(phrase)[1] >= len(phrase.rstrip(" ,.;:"))

    def supporters(self, text: str, lead: Body, already: list[Body]) -> list[Body]:
        found = list(already)
        for match in _SUPPORT.finditer(text):
            for named in self.bodies.listed(text[match.end() :]):
                bodies = self.bodies.parties if named == "*" else [named]
                for body in bodies:
                    if not isinstance(body, Body):
                        continue
                    if named == "*" and body.id == (lead.party or lead.id):
                        continue
                    if body is not lead and body not in found:
                        found.append(body)
        return found

    # --- what ------------------------------------------------------------------------

    def add(self, ident: str, text: str, line: int, article: Article, doer: Doer) -> None:
        text = text.strip().rstrip(";,. ")
        if not text:
            return
        schedule, when = schedule_of(text)
        base, counter = ident, 2
        while ident in self.ids:
            ident, counter = f"{base}-{counter}", counter + 1
        self.ids.add(ident)
        review = (
            f"dòng {line} của văn bản nguồn: kiểm tra cơ quan chủ trì, phối hợp và thời hạn; {when}"
        )
        co_leads: tuple[Body, ...] = ()
        mode = "jointly"
        if doer.joint is not None and doer.support:
            co_leads = tuple(doer.support)
            mode = "each" if _EACH.search(fold(doer.joint)) else "jointly"
            review += f"; nhiệm vụ chung ('{doer.joint}'): ghi " + (
                "mỗi Bên tự thực hiện (each)" if mode == "each" else "đồng chủ trì (jointly)"
            )
        support = [
            body
            for body in self.supporters(text, doer.lead, [] if co_leads else doer.support)
            if body not in co_leads
        ]
        self.duties.append(
            DutyDraft(
                ident,
                text,
                doer.lead,
                support,
                schedule,
                line,
                article,
                review,
                None,
                co_leads,
                mode,
            )
        )

    def _consider(
        self, ident: str, text: str, line: int, article: Article, owner: Doer | None
    ) -> None:
        doer = self._subject(text, line, owner.lead if owner else None) or owner
        if doer is not None:
            self.add(ident, text, line, article, doer)

    def article(self, article: Article) -> None:
        responsible = _RESPONSIBLE.match(article.title)
        owner: Doer | None = None
        if responsible:
            owner = self._subject(f"{responsible.group(1)} thực hiện", article.line, None)
            if owner is None:
                unit = self.bodies.unit(responsible.group(1), article.line, None)
                owner = Doer(unit, []) if unit is not None else None
        elif _NO_DUTIES.search(article.title):
            return
        stem = f"d{article.number}"
        if not article.clauses and article.text:
            paragraphs = [p for p in article.text.split("\n") if p.strip()]
            lines = article.text_lines or [article.text_line or article.line]
            for index, paragraph in enumerate(paragraphs):
                ident = stem if index == 0 else f"{stem}-{index + 1}"
                line = lines[index] if index < len(lines) else lines[-1]
                self._consider(ident, paragraph, line, article, owner)
            return
        for clause in article.clauses:
            ident = f"{stem}-{clause.number}"
            if clause.points and clause.text.rstrip().endswith(":"):
                head = self._subject(clause.text, clause.line, owner.lead if owner else None)
                for point in clause.points:
                    label = ascii_id(point.label) or "x"
                    self._consider(
                        f"{ident}-{label}", point.text, point.line, article, head or owner
                    )
                continue
            whole = " ".join([clause.text, *(f"{p.label}) {p.text}" for p in clause.points)])
            doer = self._subject(clause.text, clause.line, owner.lead if owner else None) or owner
            if doer is not None:
                self.add(ident, whole, clause.line, article, doer)
                continue
            for point in clause.points:
                label = ascii_id(point.label) or "x"
                self._consider(f"{ident}-{label}", point.text, point.line, article, None)


def find_duties(draft: Draft, bodies: Bodies) -> tuple[list[DutyDraft], list[tuple[int, str]]]:
    """The duties the text gives, and the leads it names that match no body."""
    extractor = _Extractor(bodies)
    if bodies.parties:
        for chapter in draft.chapters:
            for article in chapter.articles:
                extractor.article(article)
    return extractor.duties, extractor.unresolved
