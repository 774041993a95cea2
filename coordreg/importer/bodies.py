"""The parties of an imported regulation, and which body a phrase of its text names.

The heading gives the parties in capitals ("BỘ GIÁO DỤC VÀ ĐÀO TẠO"); their
names as a file should keep them ("Bộ Giáo dục và Đào tạo") are looked up in
the text itself, where the preamble and articles write them in ordinary case.
The document symbol gives each party's abbreviation ("01/QCPH-BCA-BGDĐT": BCA
and BGDĐT), which also makes its id. Definitions in the text add names:
"Bộ Công an (sau đây gọi tắt là BCA)" names one party, "... (sau đây gọi chung là
hai Bộ)" all of them.

Units are not in the heading: a phrase that leads a duty and starts like the
name of a unit ("Cục", "Văn phòng", "Sở", ...) becomes a unit of the party its
name mentions, of the party whose responsibilities the article lists, or, when
nothing tells, of the first party, with a note to check.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

from coordreg.importer.parse import SIGNATORY_TITLE, is_capitals
from coordreg.importer.source import Line

# Words that start the name of a unit inside a party.
UNIT_WORDS = (
    "văn phòng",
    "cục",
    "vụ",
    "tổng cục",
    "sở",
    "phòng",
    "ban",
    "thanh tra",
    "trung tâm",
    "viện",
    "công an",
    "bộ tư lệnh",
    "bộ chỉ huy",
    "học viện",
    "trường",
    "báo",
    "đài",
    "tạp chí",
    "nhà xuất bản",
    "tổng công ty",
    "ủy ban nhân dân",
    "uỷ ban nhân dân",
    "ubnd",
)
# What stands before a signatory's title: "TM." (on behalf of), "KT." (signing for).
_ON_BEHALF = re.compile(r"^(?:TM|KT|Q|TL|TUQ)\.\s*", re.IGNORECASE)
_SIGNED_MARK = re.compile(
    r"^\(?\s*(?:đã\s+ký|ký,?\s+ghi\s+rõ.*|ký\s+tên.*|chữ\s+ký.*)\s*\)?$", re.IGNORECASE
)
# A person's name under a signature: two to seven capitalised words, ranks included.
_PERSON = re.compile(
    r"^(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?(?:[A-ZÀ-ỸĐ][\wÀ-ỹđ]*\s+){1,6}[A-ZÀ-ỸĐ][\wÀ-ỹđ]*$"
)

# "(sau đây gọi là ...)", "(sau đây gọi tắt là ...)", "(sau đây gọi chung là ...)".
_DEFINITION = re.compile(
    r"\(\s*sau\s+đây\s+gọi\s+(?:tắt\s+|chung\s+)?là\s*([^()]+?)\s*\)", re.IGNORECASE
)
# Names that stand for every party at once.
_GROUP = re.compile(
    r"^(?:hai|ba|bốn|năm|các)\s+(?:bên|bộ|cơ\s+quan|ngành|đơn\s+vị|sở)$", re.IGNORECASE
)
# What separates the names in "phối hợp với A, B và C".
_SEPARATOR = re.compile(r"^\s*(?:,|;|và|cùng|với|và\s+các|,\s*và)\s*", re.IGNORECASE)
# Doc-type prefixes of a symbol that are not a party: QCPH in "01/QCPH-BCA-BTTTT".
_DOC_TYPES = {
    "QC",
    "QCPH",
    "QCPHLN",
    "QCLN",
    "QĐ",
    "QĐLN",
    "QĐ-LN",
    "KH",
    "CTPH",
    "CTLN",
    "TTLT",
    "NQLT",
}


def ascii_id(text: str) -> str:
    """Vietnamese text as an id: no diacritics, đ as d, lower case, words joined by '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))


def initials(name: str) -> str:
    """The initials of a name, as an id: "Bộ Công an" → "bca"."""
    return "".join(word[0] for word in ascii_id(name).split("-") if word)


def sentence_case(text: str) -> str:
    """A name written in capitals, in ordinary case as a last resort: "Bộ giáo dục"."""
    lower = text.lower()
    return lower[:1].upper() + lower[1:]


@dataclass
class Body:
    """A party or a unit, with every name the text calls it by."""

    id: str
    name: str
    line: int
    party: str | None = None  # the party's id, for a unit
    short_name: str | None = None
    symbol: str | None = None
    aliases: list[str] = field(default_factory=list)
    units: list[Body] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # (title, name) of who signs for the party, from the signature blocks.
    signatory: tuple[str, str] | None = None

    def names(self) -> list[str]:
        found = [self.name, *self.aliases]
        found += [name for name in (self.short_name, self.symbol) if name]
        return found


def symbols_of(number: str | None) -> list[str]:
    """The parties' abbreviations in a document symbol, without its type and number."""
    if not number or "/" not in number:
        return []
    parts = [part for part in re.split(r"[-/]", number.split("/", 1)[1]) if part]
    if parts and parts[0].upper() in _DOC_TYPES:
        parts = parts[1:]
    return parts


def proper_name(upper: str, texts: Iterable[str]) -> str | None:
    """How the text writes a name given in capitals, when it writes it in ordinary case."""
    wanted = " ".join(upper.split()).lower()
    for text in texts:
        index = text.lower().find(wanted)
        if index >= 0:
            found = text[index : index + len(wanted)]
            if not is_capitals(found):
                return found
    return None


class Bodies:
    """The parties found, their units, and the lookup from a phrase to a body."""

    def __init__(self, parties: list[Body]) -> None:
        self.parties = parties
        self.groups: list[str] = []
        self._unit_ids: set[str] = set()

    def all(self) -> list[Body]:
        return [body for party in self.parties for body in (party, *party.units)]

    def define(self, texts: Iterable[str]) -> None:
        """Take the names that "(sau đây gọi ... là X)" gives to one party or to all."""
        for text in texts:
            for match in _DEFINITION.finditer(text):
                alias = match.group(1).strip(" \"'“”")
                before = text[: match.start()].rstrip().lower()
                named = [
                    p for p in self.parties if any(before.endswith(n.lower()) for n in p.names())
                ]
                mentioned = [p for p in self.parties if any(n.lower() in before for n in p.names())]
                if _GROUP.match(alias) or (len(mentioned) >= 2 and not named):
                    if alias.lower() not in (g.lower() for g in self.groups):
                        self.groups.append(alias)
                elif named:
                    party = named[0]
                    if alias.lower() not in (n.lower() for n in party.names()):
                        if len(alias) <= 12 and party.short_name is None:
                            party.short_name = alias
                        else:
                            party.aliases.append(alias)

    def _name_at(self, lowered: str, start: int) -> tuple[Body | str, int] | None:
        """The longest name of a body, or of all the parties, at `start` of `lowered`."""
        best: tuple[Body | str, int] | None = None
        candidates: list[tuple[Body | str, str]] = [(b, n) for b in self.all() for n in b.names()]
        candidates += [("*", group) for group in self.groups]
        candidates += [
            ("*", g)
            for g in ("hai bên", "các bên", "hai bộ", "các bộ", "hai cơ quan", "các cơ quan")
        ]
        for body, name in candidates:
            name = name.lower()
            end = start + len(name)
            if (
                lowered.startswith(name, start)
                and (end == len(lowered) or not lowered[end].isalnum())
                and (best is None or end > best[1])
            ):
                best = (body, end)
        return best

    def resolve(self, phrase: str) -> Body | str | None:
        """The body a phrase names, "*" for all the parties, None when it names none."""
        lowered = phrase.strip(" ,.;:").lower()
        for prefix in ("giao ", "do ", "để ", "đề nghị "):
            if lowered.startswith(prefix):
                lowered = lowered[len(prefix) :]
        found = self._name_at(lowered, 0)
        if found is not None and found[1] == len(lowered):
            return found[0]
        return None

    def listed(self, text: str) -> list[Body | str]:
        """The bodies named one after another at the start of `text`: "A, B và C ..."."""
        lowered = text.lower()
        found: list[Body | str] = []
        position = 0
        while True:
            position += len(lowered[position:]) - len(lowered[position:].lstrip())
            if lowered.startswith("các ", position) and self._name_at(lowered, position) is None:
                position += 4
            named = self._name_at(lowered, position)
            if named is None:
                return found
            found.append(named[0])
            position = named[1]
            separator = _SEPARATOR.match(lowered[position:])
            if separator is None or not separator.group(0):
                return found
            position += separator.end()

    def unit(self, phrase: str, line: int, owner: Body | None) -> Body | None:
        """A unit named by `phrase`, added under its party; None when it is no unit's name."""
        name = phrase.strip(" ,.;:")
        lowered = name.lower()
        if not any(lowered == w or lowered.startswith(w + " ") for w in UNIT_WORDS):
            return None
        if len(name.split()) > 16 or " và các " in lowered or lowered.endswith(" liên quan"):
            return None
        mentioned = [p for p in self.parties if any(n.lower() in lowered for n in p.names())]
        notes: list[str] = []
        if mentioned:
            owner = mentioned[0]
        elif owner is None:
            owner = self.parties[0]
            notes.append(
                f"đơn vị '{name}' được xếp tạm vào {owner.name}: kiểm tra đơn vị thuộc bên nào"
            )
        base = f"{owner.id}-{initials(name) or 'dv'}"
        ident, counter = base, 2
        while ident in self._unit_ids or any(p.id == ident for p in self.parties):
            ident, counter = f"{base}{counter}", counter + 1
        self._unit_ids.add(ident)
        unit = Body(ident, name[:1].upper() + name[1:], line, party=owner.id, notes=notes)
        owner.units.append(unit)
        return unit


def find_parties(
    issuers: list[tuple[int, str]], number: str | None, texts: list[str]
) -> tuple[Bodies, list[str]]:
    """The parties named in the heading, with their names as the text writes them.

    Returns them with the notes on what had to be guessed.
    """
    notes: list[str] = []
    symbols = symbols_of(number)
    if symbols and len(symbols) != len(issuers):
        notes.append(
            f"số ký hiệu '{number}' có {len(symbols)} chữ viết tắt nhưng phần đầu văn bản "
            f"có {len(issuers)} cơ quan ban hành: kiểm tra 'symbol' của các bên"
        )
        symbols = []
    parties: list[Body] = []
    used: set[str] = set()
    for index, (line, upper) in enumerate(issuers):
        name = proper_name(upper, texts)
        if name is None:
            name = sentence_case(upper)
            notes.append(
                f"không thấy tên '{upper}' viết thường trong văn bản: kiểm tra cách viết '{name}'"
            )
        symbol = symbols[index] if symbols else None
        ident = ascii_id(symbol) if symbol else initials(name)
        ident = ident or f"ben{index + 1}"
        base, counter = ident, 2
        while ident in used:
            ident, counter = f"{base}{counter}", counter + 1
        used.add(ident)
        parties.append(Body(ident, name, line, symbol=symbol, aliases=local_forms(name)))
    return Bodies(parties), notes


_LOCALITY = re.compile(r"^(.*?\s(tỉnh|thành\s+phố|huyện|quận|thị\s+xã))\s+\S.*$")


def local_forms(name: str) -> list[str]:
    """Shorter names a local body goes by in its own text.

    "Công an tỉnh Hà Tĩnh" is "Công an tỉnh"; "Sở Tư pháp tỉnh Hà Tĩnh" is also
    "Sở Tư pháp", as each province has one.
    """
    match = _LOCALITY.match(name)
    if match is None:
        return []
    forms = [match.group(1)]
    stem = match.group(1)[: -len(match.group(2))].strip()
    if stem.lower().startswith("sở "):
        forms.append(stem)
    return forms


def recase(upper: str, parties: list[Body], proper: dict[str, str]) -> str:
    """Text written in capitals, in the case the rest of the text uses.

    The parties' names, and the first words of them ("Sở Tư pháp" of "Sở Tư pháp
    tỉnh Hà Tĩnh"), take their own case; so does every word the text only ever
    writes with a capital ("Hà", "Tĩnh"); the rest is lower case.
    """
    text = sentence_case(" ".join(upper.split()))
    for party in parties:
        words = party.name.split()
        for size in range(len(words), 1, -1):
            prefix = " ".join(words[:size])
            text = re.sub(rf"\b{re.escape(prefix)}\b", prefix, text, flags=re.IGNORECASE)
    first, *rest = text.split(" ") if text else [""]
    return " ".join([first, *(proper.get(word, word) for word in rest)])


def proper_words(texts: Iterable[str]) -> dict[str, str]:
    """The words the text writes with a capital everywhere but at a sentence's start."""
    capital: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        words = re.findall(r"[\w]+", text)
        for index, word in enumerate(words):
            if word.islower():
                lower.add(word)
            elif index and word[:1].isupper() and not word.isupper():
                capital.setdefault(word.lower(), word)
    return {key: word for key, word in capital.items() if key not in lower}


def find_signatories(closing: list[Line], bodies: Bodies, proper: dict[str, str]) -> set[int]:
    """Set each party's signatory from the signature blocks; the indexes of the lines used.

    A block is a title in capitals that names the party ("BỘ TRƯỞNG BỘ CÔNG AN"),
    or one under the party's name ("BỘ CÔNG AN" / "BỘ TRƯỞNG"), then the person's
    name. Web copies put the titles of all parties on one row and the names on
    the next, so names go to the earliest title still waiting for one.
    """
    used: set[int] = set()
    waiting: list[tuple[Body, str, list[int]]] = []
    named_party: tuple[Body, int] | None = None
    for index, line in enumerate(closing):
        text = _ON_BEHALF.sub("", line.text).strip()
        if is_capitals(text):
            lowered = text.lower()
            party = next((p for p in bodies.parties if p.name.lower() in lowered), None)
            if party is None and len(lowered.split()) >= 2:
                # "TM. ỦY BAN NHÂN DÂN" over the signature of "Ủy ban nhân dân tỉnh Hà Tĩnh".
                party = next(
                    (p for p in bodies.parties if p.name.lower().startswith(lowered + " ")), None
                )
            if SIGNATORY_TITLE.match(text):
                if party is None and named_party is not None:
                    party, owner_line = named_party
                    used.add(owner_line)
                if party is None:
                    taken = {body.id for body, _t, _l in waiting}
                    party = next(
                        (p for p in bodies.parties if p.signatory is None and p.id not in taken),
                        None,
                    )
                if party is not None:
                    waiting = [w for w in waiting if w[0] is not party]
                    waiting.append((party, recase(text, bodies.parties, proper), [index]))
                named_party = None
            elif party is not None:
                named_party = (party, index)
            elif _ON_BEHALF.match(line.text):
                # "TM. BAN THƯỜNG TRỰC": on behalf of a body of the party that signs below.
                named_party = None
                used.add(index)
            continue
        if _SIGNED_MARK.match(text):
            if waiting:
                used.add(index)
            continue
        if waiting and _PERSON.match(text):
            party, title, lines = waiting.pop(0)
            party.signatory = (title, text)
            used.update([*lines, index])
    return used
