"""Completing ids where a file names a body, a party, an act or a duty.

While an id is being typed the file is often not valid YAML yet (`support:
[bca-a05, bt`), so the place is read from the line itself, not from the parser:
the key before the cursor, or, for an item of a block list or a key of
`results`, the key of the block it sits in. The candidates are the ids the
regulation declares (the file itself, or a record's regulation), in the order
they are declared, each with its name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from coordreg.loader.outline import Outline

_ID = r"[A-Za-z0-9_.-]*"
# The editor's line breaks (the protocol's: \n, \r\n and \r).
_LINE_BREAK = re.compile("\r\n|\r|\n")
# `lead: bca-a` (also after "- " when the key opens a list item).
_INLINE = re.compile(rf"^\s*(?:-\s+)*(?P<field>[a-z_]+)\s*:\s+(?P<partial>{_ID})$")
# `support: [bca-a05, bt`
# `lead: {jointly: [bca, bt` (the list of a joint or each-party lead, in a flow mapping)
_FLOW = re.compile(
    rf"^\s*(?:-\s+)*(?:[a-z_]+\s*:\s*\{{\s*)?(?P<field>[a-z_]+)\s*:\s*\[(?:[^\[\]]*,)?\s*(?P<partial>{_ID})$"
)
# `  - bt` under `support:`
_ITEM = re.compile(rf"^(?P<indent>\s*)-\s+(?P<partial>{_ID})$")
# `  trao-doi` under `results:`
_KEY = re.compile(rf"^(?P<indent>\s*)(?P<partial>{_ID})$")
_OPENS_BLOCK = re.compile(r"^(?P<indent>\s*)(?:-\s+)?(?P<field>[a-z_]+)\s*:\s*(?:#.*)?$")

# What each field's values are: ids of parties and units, of parties only, of acts.
_CANDIDATES = {
    "lead": ("party", "unit"),
    "jointly": ("party", "unit"),
    "each": ("party", "unit"),
    "support": ("party", "unit"),
    "standing_office": ("party", "unit"),
    "succeeded_by": ("party", "unit"),
    "rotation": ("party",),
    "host": ("party",),
    "act": ("act",),
    "added_by": ("act",),
    "repealed_by": ("act",),
    "basis": ("act",),
}
_LIST_FIELDS = {"support", "succeeded_by", "rotation", "jointly", "each"}


@dataclass(frozen=True)
class Place:
    """Where ids are being typed: the field, and the part of the id already typed."""

    field: str
    partial: str


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_field(lines: list[str], indent: int, item: bool) -> str | None:
    """The key whose block holds the line after `lines`, indented `indent`.

    Going up: lines indented deeper belong to earlier entries, and lines as deep
    are the entry's siblings (other items of a list, other keys of a mapping);
    the first line less deep, or as deep but not an item for a list item (a list
    may sit at its key's own indent), must be a key with nothing after it.
    """
    for above in reversed(lines):
        stripped = above.strip()
        if not stripped or stripped.startswith("#"):
            continue
        depth = _indent(above)
        sibling = depth == indent and (stripped.startswith("-") or not item)
        if depth > indent or sibling:
            continue
        opens = _OPENS_BLOCK.match(above)
        return opens.group("field") if opens is not None else None
    return None


def place_at(text: str, offset: int) -> Place | None:
    """The place at character `offset` where an id is being typed, if it is one."""
    head = text[:offset]
    line_start = max(head.rfind("\n"), head.rfind("\r")) + 1
    before = head[line_start:]
    above = _LINE_BREAK.split(head[:line_start])[:-1]
    for pattern in (_INLINE, _FLOW):
        match = pattern.match(before)
        if match is not None and match.group("field") in _CANDIDATES:
            if pattern is _FLOW and match.group("field") not in _LIST_FIELDS:
                return None
            return Place(match.group("field"), match.group("partial"))
    match = _ITEM.match(before)
    if match is not None:
        field = _block_field(above, len(match.group("indent")), item=True)
        return Place(field, match.group("partial")) if field in _LIST_FIELDS else None
    match = _KEY.match(before)
    if match is not None and match.group("indent"):
        field = _block_field(above, len(match.group("indent")), item=False)
        return Place("results", match.group("partial")) if field == "results" else None
    return None


@dataclass(frozen=True)
class Candidate:
    """An id that may go at a place, and what it names."""

    id: str
    name: str


def candidates(place: Place, outline: Outline, present: set[str] | None = None) -> list[Candidate]:
    """The declared ids that fit `place`, in the order the regulation declares them.

    `present`: ids already written where each may appear once (a record's results).
    """
    kinds = ("duty",) if place.field == "results" else _CANDIDATES[place.field]
    found = []
    for ident, declaration in outline.declarations.items():
        if declaration.kind not in kinds or ident in (present or set()):
            continue
        owner = declaration.owner
        name = outline.text((*owner, "name")) or outline.text((*owner, "title"))
        if declaration.kind == "unit":
            party = outline.text((*owner[:2], "name"))
            name = f"{name} ({party})" if party else name
        if declaration.kind == "duty":
            name = outline.text((*owner, "text"))
        found.append(Candidate(ident, name or ""))
    return found
