"""The bodies of an imported regulation, and which body a phrase of its text names.

The parties are found by `parties`; here they are looked up. Every name the
text calls a party by counts: its name, its symbol, its short name, the shorter
forms a local body goes by ("Công an tỉnh"), and the definitions of the text:
"Bộ Công an (sau đây gọi tắt là BCA)" names one party, "... (sau đây gọi chung là
hai Bộ)" all of them, as do the usual words for all the parties ("hai Bên",
"các bên", "hai lực lượng").

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

from coordreg.importer.lines import Line

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
    "cơ quan",
)
# People standing for their body in a list of who acts: "Thường trực UBND tỉnh và Ban
# Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Chủ tịch UBND tỉnh".
_PEOPLE = re.compile(
    r"(?:lãnh đạo|thủ trưởng|ban thường trực|thường trực|ban thường vụ|chủ tịch)\s+",
    re.IGNORECASE,
)
# "(sau đây gọi là ...)", "(sau đây gọi tắt là ...)", "(sau đây gọi chung là ...)".
_DEFINITION = re.compile(
    r"\(\s*sau\s+đây\s+gọi\s+(?:tắt\s+|chung\s+)?là\s*([^()]+?)\s*\)", re.IGNORECASE
)
# Names that stand for every party at once.
_GROUP = re.compile(
    r"^(?:hai|ba|bốn|năm|sáu|các|mỗi)\s+(?:bên|bộ|cơ\s+quan|ngành|đơn\s+vị|sở|lực\s+lượng)$",
    re.IGNORECASE,
)
# The usual words for all the parties at once, even when the text defines none.
GROUP_WORDS = (
    "hai bên",
    "ba bên",
    "bốn bên",
    "các bên",
    "mỗi bên",
    "mỗi bộ",
    "hai bộ",
    "các bộ",
    "hai cơ quan",
    "các cơ quan",
    "hai lực lượng",
    "hai ngành",
    "hai đơn vị",
)
# What separates the names in "phối hợp với A, B và C".
_SEPARATOR = re.compile(r"^\s*(?:,|;|và|cùng|với|và\s+các|,\s*và)\s*", re.IGNORECASE)


def ascii_id(text: str) -> str:
    """Vietnamese text as an id: no diacritics, đ as d, lower case, words joined by '-'."""
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return "-".join(re.findall(r"[a-z0-9]+", plain.lower()))


def initials(name: str) -> str:
    """The initials of a name, as an id: "Bộ Công an" → "bca"."""
    return "".join(word[0] for word in ascii_id(name).split("-") if word)


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
    # (title, name) of who signs for the party, from the signature blocks, and the
    # lines of the block as written (kept with it in the file).
    signatory: tuple[str, str] | None = None
    signature_lines: list[Line] = field(default_factory=list)
    # The signatory's authority and who it signs for: ("TM.", "Ủy ban nhân dân").
    signing_authority: tuple[str, str] | None = None
    # The words of the heading that named the party, as written, when they differ
    # from its name ("BỘ NÔNG NGHIỆP VÀ PTNT").
    heading: str | None = None
    # The body a party stands under in the heading (cơ quan chủ quản): "UBND tỉnh Hà Tĩnh".
    parent: str | None = None

    def names(self) -> list[str]:
        found = [self.name, *self.aliases]
        found += [name for name in (self.short_name, self.symbol) if name]
        return found


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

    def name_at(self, lowered: str, start: int) -> tuple[Body | str, int] | None:
        """The longest name of a body, or of all the parties, at `start` of `lowered`."""
        best: tuple[Body | str, int] | None = None
        candidates: list[tuple[Body | str, str]] = [(b, n) for b in self.all() for n in b.names()]
        candidates += [("*", group) for group in self.groups]
        candidates += [("*", group) for group in GROUP_WORDS]
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
        found = self.name_at(lowered, 0)
        if found is not None and found[1] == len(lowered):
            return found[0]
        return None

    def listed(self, text: str) -> list[Body | str]:
        """The bodies named one after another at the start of `text`: "A, B và C ..."."""
        return self.listed_until(text)[0]

    def listed_until(self, text: str) -> tuple[list[Body | str], int]:
        """The bodies named one after another at the start of `text`, and where the last
        of their names ends."""
        lowered = text.lower()
        found: list[Body | str] = []
        position = end = 0
        while True:
            position += len(lowered[position:]) - len(lowered[position:].lstrip())
            if lowered.startswith("các ", position) and self.name_at(lowered, position) is None:
                position += 4
            people = _PEOPLE.match(lowered, position)
            if people and self.name_at(lowered, people.end()) is not None:
                position = people.end()
            named = self.name_at(lowered, position)
            if named is None:
                return found, end
            found.append(named[0])
            position = end = named[1]
            separator = _SEPARATOR.match(lowered[position:])
            if separator is None or not separator.group(0):
                return found, end
            position += separator.end()

    @staticmethod
    def names_unit(phrase: str) -> bool:
        """Whether `phrase` reads like a unit's name: "Cục ...", "Văn phòng ...", short."""
        name = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" ,.;:").lower()
        if not any(name == w or name.startswith(w + " ") for w in UNIT_WORDS):
            return False
        return (
            len(name.split()) <= 16 and " và các " not in name and not name.endswith(" liên quan")
        )

    def unit(self, phrase: str, line: int, owner: Body | None) -> Body | None:
        """A unit named by `phrase`, added under its party; None when it is no unit's name.

        A party named in brackets is the unit's: "Vụ Pháp chế (Bộ Tư pháp)"."""
        if not self.names_unit(phrase):
            return None
        bracketed = phrase.strip(" ,.;:").lower()
        name = re.sub(r"\s*\([^()]*\)", "", phrase).strip(" ,.;:")
        lowered = name.lower()
        mentioned = [p for p in self.parties if any(n.lower() in bracketed for n in p.names())]
        if not mentioned:
            # "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam" belongs to the
            # party whose name shares four words in a row with it.
            mentioned = [p for p in self.parties if _shared_run(p.name, name) >= 4]
        for existing in (u for p in self.parties for u in p.units):
            if existing.name.lower() == lowered:
                return existing
        notes: list[str] = []
        if mentioned:
            owner = mentioned[0]
        elif owner is None:
            if not self.parties:
                return None
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


def _shared_run(one: str, other: str) -> int:
    """The longest run of words two names have in common."""
    left, right = one.lower().split(), other.lower().split()
    best = 0
    for i in range(len(left)):
        for j in range(len(right)):
            size = 0
            while (
                i + size < len(left) and j + size < len(right) and left[i + size] == right[j + size]
            ):
                size += 1
            best = max(best, size)
    return best


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
