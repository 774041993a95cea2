"""What a body handed over: as a transfer computes it, and as the file records it afterwards.

A transfer with an effective day keeps the past in the file: each duty that
changed hands has a `before` entry, under the act that moved it, with the lead
or supporters it had until then. So the handover can be read back from the
file alone: for the minute of a handover already written (a second run, or
`--act ID --minutes` after `--write`), and for the successors of a body whose
duties went to several bodies in several runs (a split).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import cast

from coordreg.model import Article, Duty, Regulation
from coordreg.model.leads import Lead, leads_of
from coordreg.model.timeline import Timeline

_DAY = timedelta(days=1)


@dataclass(frozen=True)
class Handover:
    """One duty that passes from the old body to a new one, and in which role.

    A supporting role `lapses` instead when the new body already leads or
    supports the duty: nothing passes, the old body's part simply ends.
    `regulation`, `article` and `duty` are as they were before the handover;
    `target` is the body that takes the role over (or, when it lapses, the one
    that already took part), `act` the act that records it, if any.
    """

    regulation: Regulation
    article: Article
    duty: Duty
    role: str  # "lead" or "support"
    lapses: bool = False
    old_name: str = ""
    target: str = ""
    act: str | None = None

    @property
    def names_old_body(self) -> bool:
        """The duty's own text names the old body, and so no longer matches who does it."""
        return bool(self.old_name) and self.old_name in self.duty.text


def still_to_do(handovers: Iterable[Handover], effective: date | None) -> list[Handover]:
    """The handovers a minute lists: a one-off duty already due before the handover is
    history, not handed over."""
    return [
        h
        for h in handovers
        if effective is None or h.duty.schedule.on is None or h.duty.schedule.on >= effective
    ]


def _read_entry(
    base: Handover,
    changed: Mapping[str, object],
    after: Duty,
    source: str,
    targets: Collection[str] | None,
) -> list[Handover]:
    """The handovers one `before` entry records: of the lead, of a supporting role, or both."""
    found: list[Handover] = []
    was_lead = changed.get("lead")
    earlier_leads = leads_of(cast(Lead, was_lead)) if was_lead is not None else ()
    if source in earlier_leads and source not in after.leads:
        # The body that joined the leads took the old one's place; none joined when the
        # target led the duty already (with the old body, jointly or each).
        joined = [body for body in after.leads if body not in earlier_leads] or list(after.leads)
        chosen = [body for body in joined if targets is None or body in targets]
        if chosen:
            found.append(replace(base, target=chosen[0]))
    earlier = changed.get("support")
    supporters = [str(body) for body in earlier] if isinstance(earlier, list) else []
    if source not in supporters or source in after.support:
        return found
    joined = [body for body in after.support if body not in supporters]
    place = supporters.index(source)
    if len(after.support) == len(supporters) and after.support[place] in joined:
        # A transfer puts the new body in the old one's place; several bodies replaced
        # on one day (a reorganisation) are told apart by their places.
        joined = [after.support[place]]
    if joined:  # a body took the old body's place among the supporters
        chosen = [body for body in joined if targets is None or body in targets]
        lapses = False
    else:  # the old body's part ended: a body that took part already took it on
        took_part = [*base.duty.leads, *supporters]
        chosen = [body for body in took_part if targets is not None and body in targets]
        lapses = True
    if chosen or (targets is None and lapses):
        target = chosen[0] if chosen else ""
        found.append(replace(base, role="support", lapses=lapses, target=target))
    return found


def recorded_handovers(
    regulation: Regulation,
    source: str,
    day: date,
    *,
    targets: Collection[str] | None = None,
    acts: Collection[str] | None = None,
) -> list[Handover]:
    """The handovers from `source` the file records under the acts effective on `day`.

    Read from the `before` entries: a duty whose earlier lead was `source` passed to
    the lead it has from `day`; one whose earlier supporters held `source` passed to
    the supporter that joined on `day`, or lapsed when none joined. Only those to
    `targets` and under `acts`, when given; in the order of the file.
    """
    effective = {act.id for act in regulation.acts if act.effective == day}
    if acts is not None:
        effective &= set(acts)
    if not effective:
        return []
    timeline = Timeline(regulation)
    earlier, later = timeline.as_of(day - _DAY), timeline.as_of(day)
    was = {duty.id: (article, duty) for _path, article, duty in earlier.duties()}
    now = {duty.id: duty for _path, _article, duty in later.duties()}
    name = regulation.bodies().get(source, "")
    found: list[Handover] = []
    for _path, _article, duty in regulation.duties():
        if duty.id not in was or duty.id not in now:
            continue
        article, before = was[duty.id]
        after = now[duty.id]
        for entry in duty.before:
            if entry.act not in effective:
                continue
            base = Handover(earlier, article, before, "lead", old_name=name, act=entry.act)
            found += _read_entry(base, entry.changed(), after, source, targets)
    order = {act.id: index for index, act in enumerate(regulation.acts)}
    return sorted(found, key=lambda h: order.get(h.act or "", 0))


def recorded_successors(regulation: Regulation, source: str, day: date) -> list[str]:
    """The bodies that took a duty over from `source` on `day`, as the file records it:
    oldest act first, then in the order of the file."""
    found: list[str] = []
    for handover in recorded_handovers(regulation, source, day):
        if not handover.lapses and handover.target not in found:
            found.append(handover.target)
    return found


def holds_duty_from(regulation: Regulation, body: str, day: date) -> bool:
    """Whether `body` leads or supports a duty that is still to be done on or after `day`.

    A duty is still to be done when it is in force then and undated, or falls due
    on or after `day` while the regulation is in force: a one-off duty done before
    is history, which the old body keeps (as `check`'s CR306 reads it).
    """
    timeline = Timeline(regulation)
    last = regulation.until or max([day, *timeline.change_days]) + timedelta(days=800)
    for stretch in timeline.stretches(day, last):
        for _path, _article, duty in stretch.regulation.duties():
            if body not in duty.leads and body not in duty.support:
                continue
            schedule = duty.schedule
            if not schedule.is_dated:
                return True
            if schedule.on is not None:
                if stretch.first <= schedule.on <= stretch.last:
                    return True
                continue
            # A recurring duty falls due at least once a year.
            years = range(stretch.first.year, min(stretch.last.year, stretch.first.year + 1) + 1)
            if any(d in stretch for year in years for d in schedule.due_dates(year)):
                return True
    return False
