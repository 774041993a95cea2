"""Who signed: the signature blocks at the end of a text.

A block is what one party's signature takes: an optional line saying on whose
behalf ("TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG"), the signatory's title in
capitals ("THỨ TRƯỞNG", "BỘ TRƯỞNG BỘ CÔNG AN"), a mark left by web copies
("(Đã ký)"), then the person's name. Web copies put the blocks of all the
parties side by side, so lines of different blocks alternate: a title goes to
the earliest block still waiting for one, a name to the earliest block still
waiting for its signatory.

The block's lines are kept, as written, with the signatory they gave
(`Body.signature_lines`), so that nothing of the closing is lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from coordreg.importer.bodies import Bodies, Body
from coordreg.importer.lines import Line
from coordreg.importer.names import expand, fold
from coordreg.importer.spelling import covered
from coordreg.importer.text import SIGNATORY_TITLE, is_capitals

# What stands before a signatory's title: "TM." (on behalf of), "KT." (signing for).
_ON_BEHALF = re.compile(r"^(TM|KT|K/T|Q|TL|TUQ)\.?\s+", re.IGNORECASE)
# "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": the two lines of a block that a table cell ran together
# (a collective body of two words or more, then the title of whoever signs for it).
_BEHALF_AND_TITLE = re.compile(
    r"^(?P<behalf>(?:TM|T/M)\.?\s+\S+(?:\s+\S+)+?)\s+(?P<title>(?:PHÓ\s+)?(?:CHỦ TỊCH|THỦ TƯỚNG"
    r"|TRƯỞNG BAN))$"
)
_SIGNED_MARK = re.compile(
    r"^\(?\s*(?:đã\s+ký|ký,?\s+ghi\s+rõ.*|ký\s+tên.*|chữ\s+ký.*)\s*\)?:?$", re.IGNORECASE
)
# A person's name under a signature: two to seven capitalised words, ranks included;
# "Đã ký: Vũ Đức Khiển" in some copies.
_PERSON = re.compile(
    r"^(?:đã\s+ký\s*:\s*)?(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy|uý)\s+)?"
    r"(?:[A-ZÀ-ỸĐ][\wÀ-ỹđ]*\s+){1,6}[A-ZÀ-ỸĐ][\wÀ-ỹđ]*$",
    re.IGNORECASE,
)


@dataclass
class Block:
    """One signature, as its lines give it."""

    party: Body | None
    lines: list[int] = field(default_factory=list)
    title: str | None = None  # the signatory's own title, in capitals
    behalf: bool = False  # started by "TM."/"KT.": the title under it is the signatory's
    person: str | None = None
    # The signing authority of Nghị định 30 ("TM.", "KT.", "Q.", "TL.", "TUQ.") and who
    # it signs for, in capitals ("ỦY BAN NHÂN DÂN", "BỘ TRƯỞNG"); the last of the block
    # when it has two ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH"): the one over the title.
    authority: str | None = None
    on_behalf_of: str | None = None


def _person(text: str) -> str | None:
    match = _PERSON.match(text)
    if match is None or is_capitals(text):
        return None
    return re.sub(r"^đã\s+ký\s*:\s*", "", text, flags=re.IGNORECASE)


def read_blocks(closing: list[Line], party_named: Callable[[str], Body | None]) -> list[Block]:
    """The signature blocks of a closing, in the order they start."""
    blocks: list[Block] = []

    def waiting_title() -> Block | None:
        return next((b for b in blocks if b.person is None and (b.title is None or b.behalf)), None)

    for index, text in _split_lines(closing):
        behalf = _ON_BEHALF.match(text)
        text = text[behalf.end() :].strip() if behalf else text.strip()
        if is_capitals(text):
            titled = bool(SIGNATORY_TITLE.match(text))
            party = party_named(text)
            waiting = waiting_title() if titled and not behalf else None
            last = blocks[-1] if blocks else None
            if behalf and last and last.behalf and last.title is None and last.person is None:
                # "TM. ỦY BAN NHÂN DÂN" then "KT. CHỦ TỊCH": one signature.
                last.lines.append(index)
                last.title = text if titled else None
                last.authority, last.on_behalf_of = _authority(behalf), text
                continue
            if last and not titled and last.title is None and last.person is None:
                # "TM. ĐOÀN CHỦ TỊCH" / "ỦY BAN TRUNG ƯƠNG MẶT TRẬN ...": the name goes on.
                last.lines.append(index)
                last.party = last.party or party
                continue
            if waiting is not None:
                waiting.lines.append(index)
                waiting.title, waiting.behalf = text, False
                waiting.party = waiting.party or party
            elif behalf or titled or party is not None:
                block = Block(party, [index], text if titled else None, behalf=bool(behalf))
                if behalf:
                    block.authority, block.on_behalf_of = _authority(behalf), text
                blocks.append(block)
            continue
        unsigned = next((b for b in blocks if b.person is None), None)
        if _SIGNED_MARK.match(text):
            if unsigned is not None:
                unsigned.lines.append(index)
            continue
        person = _person(text)
        titled_block = next((b for b in blocks if b.person is None and b.title), None)
        if person is not None and titled_block is not None:
            titled_block.lines.append(index)
            titled_block.person = person
    return blocks


def _split_lines(closing: list[Line]) -> list[tuple[int, str]]:
    """The closing's lines by index, a line that ran two of a block together given as two
    ("TM. ỦY BAN NHÂN DÂN CHỦ TỊCH": a table cell's line break lost)."""
    out: list[tuple[int, str]] = []
    for index, line in enumerate(closing):
        joined = _BEHALF_AND_TITLE.match(" ".join(line.text.split()))
        if joined is None:
            out.append((index, line.text))
        else:
            out += [(index, joined.group("behalf")), (index, joined.group("title"))]
    return out


def _authority(match: re.Match[str]) -> str:
    """ "TM.", "KT.", "Q.", "TL.", "TUQ." as the format writes it ("K/T" is "KT.")."""
    return match.group(1).upper().replace("/", "") + "."


def party_in(bodies: Bodies) -> Callable[[str], Body | None]:
    """The party a capitals line of a signature names: "BỘ TRƯỞNG BỘ CÔNG AN", "TM. ỦY BAN
    NHÂN DÂN" (over the signature of "Ủy ban nhân dân tỉnh Hà Tĩnh")."""

    def named(text: str) -> Body | None:
        wanted = fold(expand(text))
        for party in bodies.parties:
            if any(fold(name) in wanted for name in party.names() if len(name) > 3):
                return party
        for party in bodies.parties:
            if len(wanted.split()) >= 2 and fold(party.name).startswith(wanted + " "):
                return party
        # "TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG": a title that ends with the party's name, shortened.
        title = SIGNATORY_TITLE.match(text)
        rest = wanted[title.end() :].strip() if title else ""
        if len(rest.split()) < 2:
            return None
        scored = [(covered(rest, party.name), party) for party in bodies.parties]
        best = max(scored, key=lambda pair: pair[0], default=(0.0, None))
        return best[1] if best[0] >= 0.75 else None

    return named


def find_signatories(
    closing: list[Line], bodies: Bodies, recased: Callable[[str], str]
) -> set[int]:
    """Set each party's signatory from the signature blocks; the indexes of the lines used."""
    used: set[int] = set()
    blocks = [b for b in read_blocks(closing, party_in(bodies)) if b.person and b.title]
    # Blocks that name their party first; the others go to the parties left, in order.
    claimed = {id(b.party) for b in blocks if b.party is not None}
    for block in blocks:
        party = block.party
        if party is None or party.signatory is not None:
            party = next(
                (p for p in bodies.parties if p.signatory is None and id(p) not in claimed),
                None,
            )
        if party is None or block.title is None or block.person is None:
            continue
        claimed.discard(id(party))
        party.signatory = (recased(block.title), block.person)
        if block.authority is not None and block.on_behalf_of is not None:
            party.signing_authority = (block.authority, recased(expand(block.on_behalf_of)))
        party.signature_lines = [closing[i] for i in sorted(block.lines)]
        used.update(block.lines)
    return used


def decision_signatory(
    closing: list[Line], recased: Callable[[str], str]
) -> tuple[tuple[str, str], list[Line], set[int]] | None:
    """The signatory of a decision (one block), its lines, and their indexes."""
    for block in read_blocks(closing, lambda _text: None):
        if block.person is not None and block.title is not None:
            lines = [closing[i] for i in sorted(block.lines)]
            return (recased(block.title), block.person), lines, set(block.lines)
    return None
