"""The duties a transfer moves in one file: their new holders, and their earlier ones kept.

For each duty of the old body the selection sends somewhere, the lead or the
supporter is replaced in place (or, where the new body already takes part, the
old body's supporting role simply ends), and with an effective day the duty keeps
what it had until then in a `before` entry under the act.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import cast

from coordreg.edit import recording
from coordreg.edit.handed_over import Handover
from coordreg.edit.snippet import Value
from coordreg.edit.textedit import Edit, Path_, SourceLayout, list_edits, replace_scalar
from coordreg.errors import UsageError
from coordreg.model import Act, Article, Duty, Regulation
from coordreg.model.leads import Lead, leads_of, placed_leads, with_body_replaced

# Who takes a duty over, or None when the selection leaves it where it is.
TargetOf = Callable[[Article, Duty], str | None]


@dataclass
class Move:
    """One duty that changes hands: where it is, its new holders, the in-place edits."""

    path: Path_
    duty: Duty
    lead: Lead
    support: list[str]
    edits: list[Edit]
    handovers: list[Handover] = field(default_factory=list)

    def earlier_values(self) -> dict[str, Value]:
        """The fields the move changes, with the values they had until then."""
        changed: dict[str, Value] = {}
        if self.lead != self.duty.lead:
            lead = self.duty.lead
            changed["lead"] = lead if isinstance(lead, str) else lead.model_dump()
        if self.support != self.duty.support:
            changed["support"] = list(self.duty.support)
        return changed


def _move(
    regulation: Regulation,
    layout: SourceLayout,
    path: Path_,
    article: Article,
    duty: Duty,
    source: str,
    target: str,
) -> Move:
    """What handing `duty` from `source` to `target` changes, and the handovers it makes."""
    name = regulation.bodies()[source]
    handovers: list[Handover] = []
    edits: list[Edit] = []
    lead: Lead = duty.lead
    changes: dict[int, str | None] = {}
    if source in duty.leads:
        lead = with_body_replaced(duty.lead, source, target)
        edits += _lead_edits(layout, path, duty.lead, source, target)
        handovers.append(Handover(regulation, article, duty, "lead", old_name=name, target=target))
        if target in duty.support:  # the new lead cannot also support
            changes[duty.support.index(target)] = None
    for index, supporter in enumerate(duty.support):
        if supporter != source:
            continue
        lapses = target in duty.leads or target in duty.support
        handovers.append(
            Handover(regulation, article, duty, "support", lapses, name, target=target)
        )
        changes[index] = None if lapses else target
    support = [changes.get(index, body) for index, body in enumerate(duty.support)]
    final = [body for body in support if body is not None]
    if changes:
        edits += list_edits(layout, (*path, "support"), changes, final)
    return Move(path, duty, lead, final, edits, handovers)


def _lead_edits(
    layout: SourceLayout, path: Path_, lead: Lead, source: str, target: str
) -> list[Edit]:
    """The edits that put `target` where `lead` names `source`, in the file's own layout.

    Inside a joint or each-party lead only the body's scalar changes; when the target
    already leads too, the source's entry goes (a body is not named twice), and a lead
    left with one body is written as that body.
    """
    placed = {body: inside for inside, body in placed_leads(lead)}
    at = (*path, "lead", *placed[source])
    if target not in placed:
        return [replace_scalar(layout.text, layout[at], target)]
    bodies = [body for body in leads_of(lead) if body != source]
    if len(bodies) > 1:
        listed = (*path, "lead", at[-2])
        return list_edits(layout, listed, {int(at[-1]): None}, bodies)
    whole = layout[(*path, "lead")]
    return [Edit(whole.start, whole.end, bodies[0])]


def _refuse_later_holder(regulation: Regulation, duty: Duty, source: str, day: date) -> None:
    """Refuse a duty that `source` held on `day` only by an earlier value: an act after the
    day moved it, and the handover would have to be written into that act's past."""
    effective = {act.id: act.effective for act in regulation.acts}
    for entry in duty.before:
        when = effective.get(entry.act)
        if when is None or when <= day:
            continue
        changed = entry.changed()
        supporters = changed.get("support")
        earlier_lead = changed.get("lead")
        led = earlier_lead is not None and source in leads_of(cast(Lead, earlier_lead))
        if led or (isinstance(supporters, list) and source in supporters):
            raise UsageError(
                "transfer_recorded_change", duty=duty.id, act=entry.act, date=when.isoformat()
            )


def duties_to_move(
    regulation: Regulation,
    layout: SourceLayout,
    source: str,
    target_of: TargetOf,
    day: date | None,
) -> list[Move]:
    """The duties of `source` that go to another body, in the order of the file.

    With an effective day, a duty repealed by then is left alone: nothing of it
    is left to hand over.
    """
    in_effect = {act.id for act in regulation.acts if day is not None and act.effective <= day}
    moves: list[Move] = []
    for path, article, duty in regulation.duties():
        if day is not None and target_of(article, duty) is not None:
            _refuse_later_holder(regulation, duty, source, day)
        if source not in duty.leads and source not in duty.support:
            continue
        if day is not None and duty.repealed_by in in_effect:
            continue
        target = target_of(article, duty)
        if target is not None:
            moves.append(_move(regulation, layout, path, article, duty, source, target))
    return moves


def history_edits(
    regulation: Regulation, layout: SourceLayout, moves: list[Move], act: Act
) -> list[Edit]:
    """The `before` entries of the duties that change hands, under `act`.

    A field another act taking effect the same day already records keeps that entry:
    it holds the value before that day, which is this act's earlier value too (the
    decrees of one reorganisation all take effect together). Refused when another act
    changes the same field after the act's day: which value held when would then be
    for a person to say.
    """
    effective = {a.id: a.effective for a in regulation.acts}
    edits: list[Edit] = []
    for move in moves:
        changed = move.earlier_values()
        duty = move.duty
        added = effective.get(duty.added_by or "")
        if not changed or (added is not None and added >= act.effective):
            continue  # nothing changes, or not in force before the act: no earlier holders
        for entry in duty.before:
            when = effective.get(entry.act)
            clash = set(entry.changed()) & set(changed)
            if entry.act == act.id or not clash or when is None or when < act.effective:
                continue
            if when > act.effective:
                raise UsageError(
                    "transfer_recorded_change",
                    duty=duty.id,
                    act=entry.act,
                    date=when.isoformat(),
                )
            changed = {name: value for name, value in changed.items() if name not in clash}
        if changed:
            edits += recording.record_before(layout, move.path, duty, act.id, changed)
    return edits
