"""The heading and the signature blocks of a document, as Nghị định 30 lays them out.

The heading names each issuing body whole, under the body it stands under when it
has one (the parent in plain capitals, the body in bold), and gives the document's
number and symbol broken only after a "-". The lines are chosen here, once, for
the heading's left column (75 mm in Word and in the print HTML), so that Word and
HTML break a name in the same places: "SỞ GIÁO DỤC / VÀ ĐÀO TẠO", never
"SỞ GIÁO DỤC VÀ ĐÀO / TẠO".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from coordreg.catalogue.labels import Labels
from coordreg.model import Party, Regulation
from coordreg.render import textfmt

# The heading's left column, and the sizes (pt) of the issuers' names and the number.
ISSUER_COLUMN_MM = 75
ISSUER_PT, NUMBER_PT = 12, 13


def _room(size_pt: float) -> float:
    """The left column's width in ems of text of `size_pt`."""
    return ISSUER_COLUMN_MM * 72 / 25.4 / size_pt


@dataclass(frozen=True)
class IssuerBody:
    """One issuing body of a heading: the lines of its parent (plain capitals; none for
    a body that stands alone) and the lines of its own name (bold capitals)."""

    parent: list[str]
    name: list[str]

    @classmethod
    def of(cls, name: str, parent: str | None = None) -> IssuerBody:
        room = _room(ISSUER_PT)
        return cls(
            parent=textfmt.name_lines(textfmt.upper(parent), room) if parent else [],
            name=textfmt.name_lines(textfmt.upper(_under(name, parent)), room),
        )


# A place at the end of a body's name: "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh".
_PLACE = re.compile(r"\s+(?:tỉnh|thành phố)\s+\S.*$", re.IGNORECASE)


def _under(name: str, parent: str | None) -> str:
    """A body's name as a heading prints it under its parent: without the place the
    parent already names ("UBND TỈNH HÀ TĨNH" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO", as a Sở's
    own documents are headed); whole when the parent names no place or another one
    ("BỘ CÔNG AN" / "CÔNG AN TỈNH HÀ TĨNH")."""
    place = _PLACE.search(name)
    if parent is None or place is None or place.start() == 0:
        return name
    if " ".join(parent.split()).casefold().endswith(" ".join(place.group().split()).casefold()):
        return name[: place.start()]
    return name


def stacked(bodies: Sequence[IssuerBody]) -> list[IssuerBody]:
    """The bodies as the heading stacks them: a parent shared with the body above is
    printed once, over both ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG" / "CỤC A" / "CỤC B")."""
    out: list[IssuerBody] = []
    above: list[str] = []  # the parent of the body above, printed or not
    for body in bodies:
        shared = bool(body.parent) and body.parent == above
        above = body.parent
        out.append(IssuerBody(parent=[], name=body.name) if shared else body)
    return out


@dataclass(frozen=True)
class Heading:
    """The heading of Nghị định 30: the issuing bodies and the document's number on
    the left; the national title, the motto and the place and date on the right."""

    bodies: list[IssuerBody]
    nation: str
    motto: str
    number: str
    place_date: str
    marks: tuple[str, ...] = ()  # secrecy, urgency: below the number (documents/marks.py)

    @property
    def issuers(self) -> list[str]:
        """Each issuing body's name in capitals, on one line."""
        return [" ".join(body.name) for body in self.bodies]

    @property
    def number_lines(self) -> list[str]:
        """The number and symbol as printed: broken only after a "-"."""
        return textfmt.symbol_lines(self.number, _room(NUMBER_PT))


@dataclass(frozen=True)
class Signature:
    """One signature block: the signing authority, the title of whoever signs, in capitals.

    `authority` is "TM. ỦY BAN NHÂN DÂN", "KT. BỘ TRƯỞNG", ... when the signatory
    signs on behalf of a collective body or for the head; empty otherwise. `name`
    stays empty unless the document names its signer (the regulation's text): a plan
    or a review is signed by whoever holds the office then, who is not necessarily
    the regulation's own signatory.
    """

    title: str
    name: str = ""
    party: str = ""  # the party signed for (plan, review, text)
    body: str = ""  # the body that hands over or takes over (minute)
    authority: str = ""

    @property
    def lines(self) -> list[str]:
        """The block's lines above the space to sign: authority, title, body. The title
        once when the authority already says it: "Q. GIÁM ĐỐC" (quyền) is one line."""
        title = "" if self.authority.endswith(f". {self.title}") else self.title
        return [line for line in (self.authority, title, self.body) if line]


def number_phrase(regulation: Regulation, lang: str) -> str:
    """ " số 01/QCPH-BCA-BTTTT" (" No. ..." in English) after a regulation's title, or ""."""
    if not regulation.number:
        return ""
    return f" số {regulation.number}" if lang == "vi" else f" No. {regulation.number}"


def document_heading(
    regulation: Regulation,
    labels: Labels,
    code: str,
    year: int,
    parties: Sequence[Party] | None = None,
) -> Heading:
    """The heading of a document the parties issue together: `code` is its kind (KH, BC).

    `parties`: those that issue it, when not every party of `regulation`.
    """
    issuing = list(regulation.parties if parties is None else parties)
    code_of = textfmt.issuer_code(regulation.model_copy(update={"parties": issuing}))
    return Heading(
        bodies=stacked([IssuerBody.of(p.name, p.parent) for p in issuing]),
        nation=labels("nation"),
        motto=labels("motto"),
        number=labels("number", blank=textfmt.BLANK, code=code, issuers=code_of),
        place_date=labels(
            "place_date", place=regulation.place or textfmt.BLANK, blank=textfmt.BLANK, year=year
        ),
    )


def party_signatures(
    regulation: Regulation, named: bool = False, parties: Sequence[Party] | None = None
) -> list[Signature]:
    """One block per party: its signatory's authority and title (the party's name
    without a signatory), and the signatory's name when `named`. `parties`: those
    that sign, when not every party."""
    blocks = []
    for p in regulation.parties if parties is None else parties:
        signatory = p.signatory
        authority = ""
        if signatory is not None and signatory.authority is not None:
            authority = f"{signatory.authority} {textfmt.upper(signatory.on_behalf_of or p.name)}"
        blocks.append(
            Signature(
                party=textfmt.upper(p.name),
                title=textfmt.upper(signatory.title if signatory else p.name),
                name=signatory.name if named and signatory else "",
                authority=authority,
            )
        )
    return blocks
