"""The handover minute (biên bản bàn giao): what a transfer moved, as a document context.

The minute lists the duties handed over, from this run or, for a handover already
written, from the `before` entries of the act that recorded it. When that act
has a number, the minute names it: a handover act is the minute itself (its
number and signing date fill the heading), another act (a decree that moved the
functions) is one of the minute's legal bases, as is the act a handover rests on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from coordreg import clock
from coordreg.catalogue.labels import Labels
from coordreg.documents.context import MinutesContext
from coordreg.documents.heading import (
    Heading,
    IssuerBody,
    Signature,
    document_heading,
    number_phrase,
    stacked,
)
from coordreg.documents.wording import legal_date
from coordreg.edit.handed_over import Handover
from coordreg.edit.transfer import FileTransfer
from coordreg.model import Act, Regulation
from coordreg.render import textfmt


def _act_of(handovers: Sequence[Handover], regulation: Regulation) -> Act | None:
    """The act every handover of the minute was recorded under, when there is one."""
    ids = {h.act for h in handovers}
    if len(ids) != 1:
        return None
    return next((act for act in regulation.acts if act.id in ids), None)


def _act_basis(act: Act, labels: Labels) -> str:
    """ "Căn cứ <title> số <number> ký ngày <date>;" for an act the minute rests on."""
    number = f" {labels('minutes.act_number', number=act.number)}" if act.number else ""
    signed = (
        labels("minutes.act_signed", date=legal_date(act.signed, labels.lang)) if act.signed else ""
    )
    return labels("minutes.act_basis", title=act.title, number=number, signed=signed)


def _with_act(heading: Heading, act: Act, place: str, labels: Labels) -> Heading:
    """The heading of a minute that is the handover act itself: its number and date."""
    number = labels("text.number", number=act.number) if act.number else heading.number
    place_date = heading.place_date
    if act.signed is not None:
        place_date = labels("text.place_date", place=place, **textfmt.date_words(act.signed))
    return replace(heading, number=number, place_date=place_date)


def minutes_context(
    transfers: list[FileTransfer],
    source: str,
    target: str,
    effective: date | None,
    handovers: Sequence[Handover],
    lang: str = "vi",
) -> MinutesContext:
    """The handover minute (biên bản bàn giao) of a transfer across regulations.

    The two sides sign it, not the regulation's parties: the heading names each side
    under its party ("BỘ CÔNG AN" / "CỤC AN NINH MẠNG ..."), the party once when both
    are its units; the symbol is the two sides' own (BB-CATTT-A05).
    """
    labels = Labels(lang)
    regulation = next(
        (t.new for t in transfers if source in t.new.bodies() and target in t.new.bodies()),
        transfers[0].new,
    )
    names = regulation.bodies()
    owners = regulation.party_of()
    parties = {p.id: p for p in regulation.parties}
    units = {u.id: u for p in regulation.parties for u in p.units}
    year = (effective or clock.today()).year
    place = regulation.place or textfmt.BLANK
    sides = [source, target]

    def issuer(body: str) -> IssuerBody:
        """A side under its ministry ("BỘ CÔNG AN" / "CỤC AN NINH MẠNG ..."), a party alone."""
        party = parties[owners[body]]
        return (
            IssuerBody.of(names[body])
            if party.id == body
            else IssuerBody.of(names[body], party.name)
        )

    def symbol(body: str) -> str:
        """The side's abbreviation in the minute's symbol: the unit's or the party's own;
        without one, the id less its party's prefix ("bca-a05": A05)."""
        found = units[body].symbol if body in units else parties[body].symbol
        return found or body.removeprefix(f"{owners[body]}-").upper()

    heading = replace(
        document_heading(regulation, labels, "BB", year),
        bodies=stacked([issuer(body) for body in sides]),
        number=labels(
            "number", blank=textfmt.BLANK, code="BB", issuers="-".join(map(symbol, sides))
        ),
    )
    source_name, target_name = names[source], names[target]

    def with_party(body: str) -> str:
        party = parties[owners[body]]
        return (
            names[body]
            if party.id == body
            else labels("minutes.body_of", body=names[body], party=party.name)
        )

    bases: list[str] = []
    act = _act_of(handovers, regulation)
    if act is not None:
        acts = {a.id: a for a in regulation.acts}
        if act.kind == "handover":
            heading = _with_act(heading, act, place, labels)
            if act.basis in acts:
                bases.append(_act_basis(acts[act.basis], labels))
        elif act.number:
            bases.append(_act_basis(act, labels))
    involved = {h.regulation.id: h.regulation for h in handovers}
    bases += [
        labels(
            "minutes.basis",
            title=r.title,
            number=number_phrase(r, lang),
            signed=legal_date(r.signed, lang),
        )
        for r in involved.values()
    ]
    return MinutesContext(
        regulation=regulation,
        t=labels,
        kind=labels("minutes.kind"),
        title=labels("minutes.title", source=source_name, target=target_name),
        heading=heading,
        signatures=[
            Signature(title=labels("minutes.sign_giver"), body=textfmt.upper(source_name)),
            Signature(title=labels("minutes.sign_receiver"), body=textfmt.upper(target_name)),
        ],
        source_name=source_name,
        target_name=target_name,
        source_label=with_party(source),
        target_label=with_party(target),
        bases=bases,
        effective=effective,
        handovers=list(handovers),
        year=year,
        place=place,
    )
