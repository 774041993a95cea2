"""The handover minute (biên bản bàn giao): what a transfer moved, as a document context."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from coordreg.catalogue.labels import Labels
from coordreg.documents.context import MinutesContext, Signature, document_heading, number_phrase
from coordreg.edit.transfer import FileTransfer, handed_over
from coordreg.render import textfmt


def minutes_context(
    transfers: list[FileTransfer],
    source: str,
    target: str,
    effective: date | None,
    lang: str = "vi",
) -> MinutesContext:
    """The handover minute (biên bản bàn giao) of a transfer across regulations.

    The two sides sign it, not the regulation's parties: the heading names the
    parties the two bodies belong to (one, when both are units of the same party).
    """
    labels = Labels(lang)
    regulation = (
        next(t.old for t in transfers if t.handovers)
        if any(t.handovers for t in transfers)
        else transfers[0].old
    )
    names = regulation.bodies()
    owners = regulation.party_of()
    parties = {p.id: p for p in regulation.parties}
    sides = [parties[owners[source]], parties[owners[target]]]
    if sides[0] is sides[1]:
        sides = sides[:1]
    year = (effective or date.today()).year
    heading = replace(
        document_heading(regulation, labels, "BB", year),
        issuers=[textfmt.upper(p.name) for p in sides],
        number=labels(
            "number",
            blank=textfmt.BLANK,
            code="BB",
            issuers="-".join(p.symbol or p.id.upper() for p in sides),
        ),
    )
    handovers = handed_over(transfers, effective)
    source_name, target_name = names[source], names[target]

    def with_party(body: str) -> str:
        party = parties[owners[body]]
        return (
            names[body]
            if party.id == body
            else labels("minutes.body_of", body=names[body], party=party.name)
        )

    involved = {t.old.id: t.old for t in transfers if t.handovers}
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
        bases=[
            labels(
                "minutes.basis",
                title=r.title,
                number=number_phrase(r, lang),
                signed=textfmt.short_date(r.signed, lang),
            )
            for r in involved.values()
        ],
        effective=effective,
        handovers=handovers,
        year=year,
        place=regulation.place or textfmt.BLANK,
    )
