"""Who leads a duty: one body, several together, or each of several on its own.

Real texts say "Bộ Công an chủ trì" (one lead), "hai Bên đồng chủ trì" / "các Bên
cùng ..." (one duty done together, one result) and "mỗi Bên ..." (each party does
it on its own, a result per party). The file says which, so nobody has to pick one
lead arbitrarily:

    lead: bca                          # one body
    lead: {jointly: [bca, btttt]}      # together: one duty, one result
    lead: {each: [bca, btttt]}         # each on its own: a result per party

A plain list (`lead: [bca, btttt]`) says neither, so it is refused with a finding
that shows both ways to write it (CR310).
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, BeforeValidator, Discriminator, Field, Tag

from coordreg.model.common import Identifier, StrictModel, invalid

LeadMode = Literal["one", "jointly", "each"]


def _distinct(ids: list[str]) -> list[str]:
    repeated = sorted({body for body in ids if ids.count(body) > 1})
    if repeated:
        raise invalid("repeated_lead", body=repeated[0])
    return ids


# Two bodies at least, none twice: a "joint" lead of one body is simply a lead.
# `uniqueItems` says so in the JSON Schema too, so an editor refuses what check refuses.
LeadList = Annotated[
    list[Identifier],
    Field(min_length=2, json_schema_extra={"uniqueItems": True}),
    AfterValidator(_distinct),
]


class JointLead(StrictModel):
    """Bodies that lead one duty together (đồng chủ trì): one duty, one result."""

    jointly: LeadList


class EachLead(StrictModel):
    """Bodies that each carry a duty out on their own (mỗi Bên): a result per party."""

    each: LeadList


def _not_a_plain_list(value: object) -> object:
    # Refused before the union is tried, so the file gets one finding (CR310) that
    # says how to write it, not one per form of `lead` the list does not fit.
    if isinstance(value, list):
        raise invalid("lead_list", bodies=", ".join(str(item) for item in value))
    return value


def _form(value: object) -> str:
    """Which form of `lead` a value is meant as, so a mistake in it gets the findings of
    that form only (`{jointly: [bca]}`: too short, not "is not text")."""
    if isinstance(value, dict):
        return "<each>" if "each" in value and "jointly" not in value else "<jointly>"
    if isinstance(value, JointLead):
        return "<jointly>"
    if isinstance(value, EachLead):
        return "<each>"
    return "<one>"


# The tags are not ids (an id never holds "<"), so coordreg.check.schema can drop them
# from an error's place in the file.
Lead = Annotated[
    Annotated[Identifier, Tag("<one>")]
    | Annotated[JointLead, Tag("<jointly>")]
    | Annotated[EachLead, Tag("<each>")],
    Discriminator(_form),
    BeforeValidator(_not_a_plain_list),
]


def leads_of(lead: str | JointLead | EachLead) -> tuple[str, ...]:
    """The bodies `lead` names, in the file's order."""
    if isinstance(lead, JointLead):
        return tuple(lead.jointly)
    if isinstance(lead, EachLead):
        return tuple(lead.each)
    return (lead,)


def mode_of(lead: str | JointLead | EachLead) -> LeadMode:
    """ "one", "jointly" or "each": how the bodies of `lead` carry the duty out."""
    if isinstance(lead, JointLead):
        return "jointly"
    if isinstance(lead, EachLead):
        return "each"
    return "one"


def with_body_replaced(
    lead: str | JointLead | EachLead, source: str, target: str
) -> str | JointLead | EachLead:
    """`lead` with `source` replaced by `target`; a target already named is not named twice."""
    bodies = [target if body == source else body for body in leads_of(lead)]
    kept = list(dict.fromkeys(bodies))
    if len(kept) == 1:
        return kept[0]
    if isinstance(lead, EachLead):
        return EachLead(each=kept)
    return JointLead(jointly=kept)


def placed_leads(lead: str | JointLead | EachLead) -> tuple[tuple[tuple[str | int, ...], str], ...]:
    """Each body of `lead` with where it sits below the `lead` key: () for one body,
    ("jointly", 1) for the second of a joint lead. Findings point at the body itself."""
    if isinstance(lead, JointLead):
        return tuple((("jointly", index), body) for index, body in enumerate(lead.jointly))
    if isinstance(lead, EachLead):
        return tuple((("each", index), body) for index, body in enumerate(lead.each))
    return (((), lead),)


def lead_data(lead: str | JointLead | EachLead) -> str | dict[str, list[str]]:
    """`lead` as the file writes it, for JSON output: an id, or {"jointly": [...]}."""
    if isinstance(lead, str):
        return lead
    return {mode_of(lead): list(leads_of(lead))}
