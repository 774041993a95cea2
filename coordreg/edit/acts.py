"""The act a transfer is recorded under: one already in the file, or a new one.

A handover effective on a day is a legal fact with a document behind it (a
biên bản bàn giao, a decree): the file lists it once under `acts`, and each
duty that changed hands keeps its earlier holders under the act's id. `--act ID`
names an act the file already has (recorded by hand, or by an earlier run);
`--act-number`, `--act-title`, `--act-signed`, `--act-kind` and `--act-id`
describe a new one; with none of them a handover act is recorded with a
generated id (`bg-<old body>-<YYYYMMDD>`) and a title naming both bodies.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coordreg.catalogue.labels import Labels
from coordreg.errors import UsageError
from coordreg.model import Regulation
from coordreg.model.amendments import ACT_KINDS, Act, ActKind
from coordreg.model.common import ID_PATTERN
from coordreg.render.textfmt import join_names

# The file's language: what transfer writes into a regulation is Vietnamese, as
# the regulation is, whatever language the report is in.
DATA_LANGUAGE = "vi"


@dataclass(frozen=True)
class ActChoice:
    """What the command line says about the act: `existing` (--act), or a new one's details."""

    existing: str | None = None
    id: str | None = None
    number: str | None = None
    title: str | None = None
    signed: date | None = None
    kind: ActKind | None = None

    @property
    def describes_new(self) -> bool:
        details = (self.id, self.number, self.title, self.signed, self.kind)
        return any(value is not None for value in details)

    def check(self, effective: date | None) -> None:
        """Refuse details that cannot go together."""
        if self.existing is not None and self.describes_new:
            raise UsageError("transfer_act_both", act=self.existing)
        if self.describes_new and effective is None:
            raise UsageError("transfer_act_needs_effective")
        for ident in (self.existing, self.id):
            if ident is not None and not re.fullmatch(ID_PATTERN, ident):
                raise UsageError("transfer_act_bad_id", act=ident)
        if self.kind is not None and self.kind not in ACT_KINDS:
            raise UsageError("transfer_act_bad_kind", kind=self.kind, kinds=", ".join(ACT_KINDS))
        for text in (self.number, self.title):
            if text is not None and (not text.strip() or not text.isprintable()):
                raise UsageError("transfer_act_bad_text", text=text)


def effective_of(choice: ActChoice, regulations: list[Regulation]) -> date | None:
    """The day an existing act (`--act`) takes effect, from the first file that lists it."""
    for regulation in regulations:
        for act in regulation.acts:
            if act.id == choice.existing:
                return act.effective
    return None


def _generated_id(regulation: Regulation, source: str, day: date) -> str:
    taken = {act.id for act in regulation.acts}
    base = f"bg-{source}-{day:%Y%m%d}"
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def act_for(
    choice: ActChoice,
    regulation: Regulation,
    file: Path,
    source: str,
    targets: list[str],
    day: date,
) -> tuple[Act, bool]:
    """The act this file records the transfer under, and whether it is new to the file."""
    if choice.existing is not None:
        for act in regulation.acts:
            if act.id == choice.existing:
                if act.effective != day:
                    raise UsageError(
                        "transfer_act_other_day",
                        act=act.id,
                        effective=act.effective.isoformat(),
                        day=day.isoformat(),
                    )
                return act, False
        raise UsageError(
            "transfer_act_missing", act=choice.existing, regulation=regulation.id, path=str(file)
        )
    if choice.id is not None and any(act.id == choice.id for act in regulation.acts):
        raise UsageError("transfer_act_exists", act=choice.id, path=str(file))
    labels = Labels(DATA_LANGUAGE)
    names = regulation.bodies()
    title = choice.title or labels(
        "transfer.act_title",
        source=names[source],
        targets=join_names([names[target] for target in targets], labels),
    )
    act = Act(
        id=choice.id or _generated_id(regulation, source, day),
        kind=choice.kind or "handover",
        number=choice.number,
        title=title,
        signed=choice.signed,
        effective=day,
    )
    return act, True
