"""The handover minute (biên bản bàn giao): what a transfer moved, as a document context."""

from __future__ import annotations

from datetime import date
from typing import Any

from coordreg.catalogue.labels import Labels
from coordreg.documents.context import common_context
from coordreg.edit.transfer import FileTransfer, Handover, handed_over
from coordreg.render import textfmt


def _handover_when(handover: Handover, year: int, labels: Labels) -> str:
    """A handed-over duty's schedule: its dates in the year of the handover, a
    one-off duty's own date even when that year has passed."""
    schedule = handover.duty.schedule
    if schedule.kind == "once" and schedule.on is not None:
        return textfmt.short_date(schedule.on, labels.lang)
    return textfmt.when(schedule, handover.regulation.due_dates(handover.duty, year), labels)


def minutes_context(
    transfers: list[FileTransfer],
    source: str,
    target: str,
    effective: date | None,
    lang: str = "vi",
) -> dict[str, Any]:
    """The handover minute (biên bản bàn giao) of a transfer across regulations."""
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
    context = common_context(regulation, labels, "BB", year)
    context["heading"]["issuers"] = [textfmt.upper(p.name) for p in sides]
    context["heading"]["number"] = labels(
        "number",
        blank=textfmt.BLANK,
        code="BB",
        issuers="-".join(p.symbol or p.id.upper() for p in sides),
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
    context.update(
        kind=labels("minutes.kind"),
        title=labels("minutes.title", source=source_name, target=target_name),
        source_name=source_name,
        target_name=target_name,
        source_label=with_party(source),
        target_label=with_party(target),
        bases=[
            labels(
                "minutes.basis",
                title=r.title,
                number=f" số {r.number}"
                if r.number and lang == "vi"
                else (f" No. {r.number}" if r.number else ""),
                signed=textfmt.short_date(r.signed, lang),
            )
            for r in involved.values()
        ],
        role=lambda h: labels("role.support_lapses") if h.lapses else labels(f"role.{h.role}"),
        effective=effective,
        handovers=handovers,
        year=year,
        place=regulation.place or textfmt.BLANK,
        schedule=lambda handover: _handover_when(handover, year, labels),
        signatures=[
            {"title": labels("minutes.sign_giver"), "body": textfmt.upper(source_name), "name": ""},
            {
                "title": labels("minutes.sign_receiver"),
                "body": textfmt.upper(target_name),
                "name": "",
            },
        ],
    )
    return context
