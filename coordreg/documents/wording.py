"""How documents word what is new with time: days in a sentence, and acts cited.

Shared by the plan (the days a task's version covers), the review (the acts of the
period) and the regulation's consolidated text (the acts it incorporates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from coordreg.catalogue.labels import Labels
from coordreg.documents.acts import Amendment
from coordreg.model import Act, Party
from coordreg.render.textfmt import legal_date

# `legal_date` (the one date rule, in `coordreg.render.textfmt`) is imported from here by
# the document contexts too.
__all__ = ["act_citation", "amendment_line", "archive_lines", "legal_date", "with_party"]


def act_citation(act: Act, labels: Labels) -> str:
    """An act as a document cites it: its title, then its number, issuer, signing day
    and the day it took effect, those it has."""
    details = [labels("act.number", number=act.number)] if act.number else []
    details += [act.issuer] if act.issuer else []
    if act.signed is not None:
        details.append(labels("act.signed", date=legal_date(act.signed, labels.lang)))
    details.append(labels("act.effective", date=legal_date(act.effective, labels.lang)))
    return labels("act.citation", title=" ".join(act.title.split()), details=", ".join(details))


def amendment_line(amendment: Amendment, period: Iterable[Amendment], labels: Labels) -> str:
    """An act of the review's period and what it changed: "sửa đổi 1 điều, bổ sung 1
    nhiệm vụ", the counts that are not zero in a fixed order. A decree that changes
    nothing itself is listed for the acts of the period it decided (their `basis`)."""
    parts = [labels(f"review.change.{key}", count=n) for key, n in amendment.changes.items() if n]
    founded = [other.act.title for other in period if other.act.basis == amendment.act.id]
    if parts:
        summary = ", ".join(parts)
    elif founded:
        summary = labels("review.change.basis_of", acts="; ".join(founded))
    else:
        summary = labels("review.change.none")
    return labels("review.amendment", act=act_citation(amendment.act, labels), summary=summary)


# A place at the end of a body's name: "Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh".
_PLACE = re.compile(r"\s+(tỉnh|thành phố)\s+\S.*$")


def with_party(name: str, party: Party, several: bool) -> str:
    """A unit's name as a document with several parties prints it: with its party's
    short name when its own name does not say whose it is ("Phòng Tham mưu (Công an
    tỉnh)"), as is ("Văn phòng Bộ Công an", "Văn phòng Sở Giáo dục và Đào tạo")
    when it does; a party's own name, and any name in a document of one party, as is."""
    if not several or name == party.name:
        return name
    own = _PLACE.sub("", party.name)
    if own.casefold() in name.casefold():
        return name
    return f"{name} ({party.short_name or party.name})"


def archive_lines(
    parties: Sequence[Party], name: Callable[[str], str], labels: Labels
) -> list[str]:
    """ "Lưu: VT, <drafting unit>." for each party: its records office (văn thư) and its
    standing office, which drafts the document; the party's symbol beside it when there
    are several. The last line ends with ".", the others with ";"."""
    lines = []
    for party in parties:
        office = party.standing_office
        line = (
            labels("recipient_archive", office=name(office))
            if office
            else labels("recipient_archive_bare")
        )
        if len(parties) > 1:
            symbol = party.symbol or party.id.upper()
            line = labels("recipient_archive_of", archive=line, party=symbol)
        lines.append(line)
    return [line + ("." if i == len(lines) - 1 else ";") for i, line in enumerate(lines)]
