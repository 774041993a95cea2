"""`coordreg transfer`: hand a body's duties over to other bodies, keeping the past.

Files are edited in place, character by character: only the values that change
are rewritten (a `lead`, a supporter) and only what records the change is added
(the act, the earlier holders, the ended body's `until` and `succeeded_by`), so
comments, key order, quoting, blank lines and every other byte stay as they
were. The result is parsed and validated before anything is written, and
compared with the original to show what the transfer does.

With an effective day D the transfer is history, not a correction: the file
keeps, beside each duty that changed hands, who held it until D (`before`,
under the act that moved it), so every document about a day before D stays
what it was. The old body ends (`until` D-1, `succeeded_by`) once it holds no
duty still to be done from D on in any of the regulations given, which for a
body whose duties are split among several takes more than one run. Without an
effective day the transfer corrects the file for all time, as if the new bodies
had always held the duties.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from coordreg.edit import recording
from coordreg.edit.acts import ActChoice, act_for, effective_of
from coordreg.edit.duty_moves import duties_to_move, history_edits
from coordreg.edit.handed_over import (
    Handover,
    holds_duty_from,
    recorded_handovers,
    recorded_successors,
    still_to_do,
)
from coordreg.edit.selection import Selection
from coordreg.edit.textedit import Path_, SourceLayout, apply_edits
from coordreg.errors import DataError, UsageError
from coordreg.files.atomic import Stamp, stamp
from coordreg.files.discover import same_file_key
from coordreg.loader.reading import UTF8_BOM
from coordreg.loader.sourcemap import AliasesError
from coordreg.model import Act, Article, Duty, Party, Regulation, Unit
from coordreg.versions.revisions import parse_regulation, read_regulation_file

__all__ = ["FileTransfer", "Handover", "TransferRequest", "plan_transfers", "transfer_file"]


@dataclass(frozen=True)
class TransferRequest:
    """What to move: from `source`, to `target` (or as the selection's map says), from when."""

    source: str
    target: str | None
    effective: date | None = None
    selection: Selection = field(default_factory=Selection)
    act: ActChoice = field(default_factory=ActChoice)

    @property
    def targets(self) -> list[str]:
        """Every body the request names as taking duties over, `--to` first."""
        named = [self.target] if self.target is not None else []
        mapping = self.selection.mapping
        return list(dict.fromkeys(named + (mapping.targets if mapping is not None else [])))


@dataclass
class FileTransfer:
    file: Path
    old_text: str
    new_text: str
    old: Regulation
    new: Regulation
    handovers: list[Handover] = field(default_factory=list)
    bom: bool = False
    # The act the transfer is recorded under in this file, and whether it is new here.
    act: Act | None = None
    new_act: bool = False
    # The bytes as read and the file's stamp then: it is replaced only if it still holds them.
    read: bytes = b""
    seen: Stamp | None = None

    @property
    def changed(self) -> bool:
        return self.old_text != self.new_text

    @property
    def new_bytes(self) -> bytes:
        """What to write: the new text, with the byte-order mark the file had."""
        return (UTF8_BOM if self.bom else b"") + self.new_text.encode("utf-8")


@dataclass
class _File:
    """One regulation as read, and the transfer's work on it so far."""

    file: Path
    text: str
    old: Regulation
    bom: bool
    involved: bool
    # The text and regulation as the transfer leaves them, so far.
    new_text: str
    new: Regulation
    handovers: list[Handover] = field(default_factory=list)
    act: Act | None = None
    new_act: bool = False
    read: bytes = b""
    seen: Stamp | None = None


def _read(file: Path, source: str) -> _File:
    raw = read_regulation_file(file, str(file))
    seen = stamp(file)
    old = parse_regulation(raw, str(file))
    text = raw.decode("utf-8-sig")
    bom = raw.startswith(UTF8_BOM)
    involved = _body(old, source) is not None
    return _File(file, text, old, bom, involved, text, old, read=raw, seen=seen)


def _body(regulation: Regulation, body_id: str) -> tuple[Path_, Party | Unit] | None:
    for pi, party in enumerate(regulation.parties):
        if party.id == body_id:
            return ("parties", pi), party
        for ui, unit in enumerate(party.units):
            if unit.id == body_id:
                return ("parties", pi, "units", ui), unit
    return None


def _all_but_the_transfer(regulation: Regulation) -> dict[str, Any]:
    """The regulation's data without what a transfer may change: the file format and the
    acts, the bodies' ends, the duties' holders and earlier values."""
    data = regulation.model_dump()
    data.pop("format")
    data.pop("acts")
    for party in data["parties"]:
        for body in [party, *party["units"]]:
            body.pop("until")
            body.pop("succeeded_by")
    for chapter in data["chapters"]:
        for article in chapter["articles"]:
            for duty in article["duties"]:
                for name in ("lead", "support", "before"):
                    duty.pop(name)
    return data


def _parse(item: _File, text: str) -> Regulation:
    """The regulation in the edited text; refused when it does not read, or when anything
    but what a transfer changes came out different (a bug, never to be written)."""
    try:
        new = parse_regulation(text.encode("utf-8"), str(item.file))
    except DataError as error:  # pragma: no cover - an edit that breaks the file is a bug
        raise UsageError("transfer_broke_file", path=str(item.file)) from error
    if _all_but_the_transfer(new) != _all_but_the_transfer(item.old):  # pragma: no cover
        raise UsageError("transfer_broke_file", path=str(item.file))
    return new


def _layout(item: _File, text: str) -> SourceLayout:
    try:
        return SourceLayout(text)
    except AliasesError:
        raise UsageError("transfer_aliases", path=str(item.file)) from None


def _check_target(item: _File, target: str, day: date | None) -> None:
    """The body taking over is declared, and exists on the effective day."""
    found = _body(item.old, target)
    if found is None:
        raise UsageError(
            "transfer_target_missing", target=target, regulation=item.old.id, path=str(item.file)
        )
    if day is None:
        return
    end = item.old.body_ends().get(target)  # a unit ends with its party at the latest
    if end is not None and end[0] < day:
        raise UsageError("transfer_target_ended", target=target, until=end[0].isoformat())
    since = found[1].since
    if since is not None and since > day:
        raise UsageError("transfer_target_not_yet", target=target, since=since.isoformat())


def _first_pass(item: _File, request: TransferRequest, day: date | None) -> None:
    """Move the selected duties in one file, and record the move under its act."""
    layout = _layout(item, item.text)

    def target_of(article: Article, duty: Duty) -> str | None:
        return request.selection.target_of(article, duty, request.target)

    moves = duties_to_move(item.old, layout, request.source, target_of, day)
    item.handovers = [handover for move in moves for handover in move.handovers]
    for target in dict.fromkeys(h.target for h in item.handovers):
        _check_target(item, target, day)
    edits = [edit for move in moves for edit in move.edits]
    if day is not None and moves:
        targets = list(dict.fromkeys(h.target for h in item.handovers))
        act, new_act = act_for(request.act, item.old, item.file, request.source, targets, day)
        item.act, item.new_act = act, new_act
        item.handovers = [replace(h, act=act.id) for h in item.handovers]
        edits += recording.record_format(layout)
        if new_act:
            edits += recording.record_act(layout, act)
        edits += history_edits(item.old, layout, moves, act)
    if edits:
        item.new_text = apply_edits(item.text, edits)
        item.new = _parse(item, item.new_text)


def _successors(item: _File, request: TransferRequest, day: date) -> list[str]:
    """Who takes over from the old body in this file: those named before, those the file
    records as having taken a duty over on `day`, those of this run; at least one."""
    found = _body(item.new, request.source)
    assert found is not None
    body = found[1]
    kept = list(body.successors) if body.until == day - timedelta(days=1) else []
    recorded = recorded_successors(item.new, request.source, day)
    this_run = [h.target for h in item.handovers if not h.lapses]
    successors = list(dict.fromkeys(kept + recorded + this_run))
    return successors or request.targets


def _end(item: _File, request: TransferRequest, day: date) -> None:
    """End the old body in one file: its last day is the day before `day`."""
    layout = _layout(item, item.new_text)
    found = _body(item.new, request.source)
    assert found is not None
    path, body = found
    order = recording.PARTY_KEYS if isinstance(body, Party) else recording.UNIT_KEYS
    successors = _successors(item, request, day)
    until = day - timedelta(days=1)
    edits = recording.end_body(layout, path, order, until, successors, body.succeeded_by)
    item.new_text = apply_edits(item.new_text, edits)
    item.new = _parse(item, item.new_text)


def _day(request: TransferRequest, involved: list[_File]) -> date | None:
    """The effective day: `--effective`, or the day of the act `--act` names."""
    if request.act.existing is None:
        return request.effective
    day = effective_of(request.act, [item.old for item in involved])
    if day is not None and request.effective is not None and day != request.effective:
        raise UsageError(
            "transfer_act_other_day",
            act=request.act.existing,
            effective=day.isoformat(),
            day=request.effective.isoformat(),
        )
    if day is None and request.effective is not None:
        return request.effective  # a new run under the act: each file is checked for it
    if day is None:
        first = involved[0]
        raise UsageError(
            "transfer_act_missing",
            act=request.act.existing,
            regulation=first.old.id,
            path=str(first.file),
        )
    return day


def _check_in_force(involved: list[_File], day: date) -> None:
    """A handover changes a text in force: refused on a day before the regulation
    takes effect or after it has ended, as `check` would refuse the act (CR903)."""
    for item in involved:
        start, until = item.old.effective, item.old.until
        if not item.old.in_force_on(day):
            raise UsageError(
                "transfer_outside_life",
                regulation=item.old.id,
                start=start.isoformat(),
                until=until.isoformat() if until is not None else "…",
                day=day.isoformat(),
            )


def _check_selection(request: TransferRequest, involved: list[_File], day: date | None) -> None:
    """Every duty and article the selection names is there and the old body's, now or
    already handed over on the effective day (a second run)."""
    source = request.source
    named = request.selection.named()
    recorded: dict[int, set[str]] = {}
    if named and day is not None:
        for item in involved:
            handed = recorded_handovers(item.old, source, day)
            recorded[id(item)] = {h.duty.id for h in handed}
    for where, kind, key in named:
        exists = held = False
        for item in involved:
            for _path, article, duty in item.old.duties():
                if (duty.id if kind == "duty" else article.number) != key:
                    continue
                exists = True
                held = held or source in duty.leads or source in duty.support
                held = held or duty.id in recorded.get(id(item), set())
        if not exists:
            raise UsageError(f"transfer_unknown_{kind}", where=where, key=str(key))
        if not held:
            raise UsageError(f"transfer_{kind}_not_held", where=where, key=str(key), source=source)


def _plan(
    files: list[Path], request: TransferRequest, *, require_source: bool
) -> list[FileTransfer]:
    source = request.source
    if source in request.targets:
        raise UsageError("transfer_to_itself", body=source)
    request.selection.check(source, request.target)
    request.act.check(request.effective)
    # The same regulation named twice (by id and by folder) is transferred once.
    unique = list({same_file_key(file): file for file in files}.values())
    items = [_read(file, source) for file in unique]
    involved = [item for item in items if item.involved]
    if not involved:
        if require_source:
            raise UsageError("transfer_source_missing", source=source)
        return [_result(item) for item in items]
    day = _day(request, involved)
    if day is not None:
        _check_in_force(involved, day)
    _check_selection(request, involved, day)
    for item in involved:
        if request.target is not None:
            _check_target(item, request.target, day)
        _first_pass(item, request, day)
    if day is not None and not any(holds_duty_from(item.new, source, day) for item in involved):
        for item in involved:
            _end(item, request, day)
    return [_result(item) for item in items]


def _result(item: _File) -> FileTransfer:
    return FileTransfer(
        item.file, item.text, item.new_text, item.old, item.new, item.handovers, item.bom,
        item.act, item.new_act, item.read, item.seen,
    )  # fmt: skip


def plan_transfers(
    files: list[Path],
    source: str,
    target: str | None,
    effective: date | None = None,
    *,
    selection: Selection | None = None,
    act: ActChoice | None = None,
) -> list[FileTransfer]:
    """Every file's transfer, computed but not written.

    Refused (`UsageError`) when nothing names the old body, a body would take over
    its own duties, a selection names what is not there, or an act does not fit.
    """
    request = TransferRequest(
        source, target, effective, selection or Selection(), act or ActChoice()
    )
    return _plan(files, request, require_source=True)


def transfer_file(
    file: Path, source: str, target: str | None, effective: date | None
) -> FileTransfer:
    """The transfer in one regulation file, computed but not written; a file that does
    not involve the old body is left as it is."""
    [result] = _plan([file], TransferRequest(source, target, effective), require_source=False)
    return result


def minute_handovers(transfers: list[FileTransfer], request: TransferRequest) -> list[Handover]:
    """What the handover minute lists: with an effective day, every handover the files
    record from the old body on that day (this run's, and those an earlier run wrote);
    without one, this run's. A one-off duty due before the day is left out."""
    day = request.effective
    if day is None and request.act.existing is not None:
        day = effective_of(request.act, [t.old for t in transfers])
    if day is None:
        return still_to_do((h for t in transfers for h in t.handovers), None)
    acts = [request.act.existing] if request.act.existing is not None else None
    found = [
        handover
        for t in transfers
        if _body(t.new, request.source) is not None
        for handover in recorded_handovers(
            t.new, request.source, day, targets=request.targets, acts=acts
        )
        if request.selection.selects(handover.article, handover.duty)
    ]
    return still_to_do(found, day)
