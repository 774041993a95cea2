"""`coordreg evaluate --from-xlsx`: the units' checklists merged into the year's record.

Several workbooks are read at once (`coordreg.edit.checklist_cells`); a duty on
two sheets or in two files is one result, and two values that disagree are a
finding (CR628) at the second. The merged results are compared with the record
already on disk, if any:

- `new`: the record has no result for the duty;
- `same`: it has this result already;
- `update`: the checklist only adds what the record leaves empty (a note, the
  evidence), changing nothing recorded;
- `differs`: it would change a value the record holds. Such an entry is never
  replaced silently: `--replace` is needed.

The new record is checked in memory with the record rules (as `coordreg check`
would) before anything is written; nothing is written while any workbook or the
new record has errors. Written atomically: the record is whole, old or new.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from coordreg.catalogue.labels import Labels
from coordreg.check.dossier import Dossier
from coordreg.check.file_checks import check_evaluation
from coordreg.documents.checklist import year_rows
from coordreg.documents.plan import build_plan
from coordreg.edit.checklist_cells import Entry, at, read_workbook
from coordreg.edit.checklist_record import RecordHead, record_text
from coordreg.edit.evaluate import refuse_outside
from coordreg.errors import DataError, RefusedError, UsageError
from coordreg.files.atomic import cannot_write, write_atomic
from coordreg.findings import CheckResult, Finding, Severity
from coordreg.loader.yamlload import load_file, load_text
from coordreg.model import Evidence, Result

Kind = Literal["new", "same", "update", "differs"]
FIELDS = ("status", "note", "evidence_number", "evidence_date", "completed")


@dataclass(frozen=True)
class Change:
    duty_id: str
    kind: Kind
    old: Result | None
    new: Result


@dataclass
class Merge:
    target: Path
    findings: list[Finding] = field(default_factory=list)
    changes: list[Change] = field(default_factory=list)
    text: str = ""
    # The record's own findings (the rules of `coordreg check`), on the new text.
    record_findings: list[Finding] = field(default_factory=list)

    @property
    def errors(self) -> int:
        found = [*self.findings, *self.record_findings]
        return sum(1 for f in found if f.severity is Severity.ERROR)

    @property
    def differing(self) -> list[str]:
        return [change.duty_id for change in self.changes if change.kind == "differs"]


def merge_checklists(dossier: Dossier, year: int, paths: Sequence[Path]) -> Merge:
    """Read `paths`, combine their entries and compare them with the record of `year`."""
    seen: set[Path] = set()
    for path in paths:
        if path.resolve() in seen:
            raise UsageError("xlsx_same_file", path=str(path))
        seen.add(path.resolve())
    rows = year_rows(dossier, year, Labels("vi"))
    duties = {row.duty_id for row in rows}
    target = dossier.evaluation_file(year)
    merge = Merge(target)
    entries: list[Entry] = []
    for path in paths:
        returned = read_workbook(path, dossier.regulation.id, year, duties)
        merge.findings += returned.findings
        entries += returned.entries
    combined = _combine(entries, merge.findings)
    old, head = _existing(dossier, year, target)
    results = dict(old)
    for duty_id, new in combined.items():
        before = old.get(duty_id)
        kind = _kind(before, new)
        merge.changes.append(Change(duty_id, kind, before, new))
        results[duty_id] = new if before is None else _merged(before, new, kind)
    merge.text = record_text(head, rows, results, [path.name for path in paths])
    merge.record_findings = _check(dossier, year, target, merge.text)
    return merge


def _value(entry: Entry, name: str) -> str | date | None:
    return entry.status if name == "status" else entry.values.get(name)


def _combine(entries: Sequence[Entry], findings: list[Finding]) -> dict[str, Result]:
    """One result per duty; CR628 where two entries give different values for one field."""
    firsts: dict[str, dict[str, tuple[str | date, str]]] = {}
    for entry in entries:
        known = firsts.setdefault(entry.duty_id, {})
        for name in FIELDS:
            value = _value(entry, name)
            if value is None:
                continue
            if name not in known:
                known[name] = (value, entry.places[name])
            elif known[name][0] != value:
                other_value, other = known[name]
                findings.append(
                    at(
                        entry.places[name],
                        "CR628",
                        duty=entry.duty_id,
                        field=f"xlsx_{name}",
                        mine=_shown(value),
                        other=other,
                        theirs=_shown(other_value),
                    )
                )
    return {duty: _result({n: v for n, (v, _p) in known.items()}) for duty, known in firsts.items()}


def _shown(value: str | date) -> str:
    return value.isoformat() if isinstance(value, date) else value


def _result(values: dict[str, str | date]) -> Result:
    number, day = values.get("evidence_number"), values.get("evidence_date")
    evidence = (
        Evidence(number=number if isinstance(number, str) else None, date=_day(day))
        if number or day
        else None
    )
    note = values.get("note")
    return Result(
        status=values["status"],  # type: ignore[arg-type]  # a Status, from the cells' check
        note=note if isinstance(note, str) else None,
        completed=_day(values.get("completed")),
        evidence=evidence,
    )


def _day(value: str | date | None) -> date | None:
    return value if isinstance(value, date) else None


def _flat(result: Result) -> dict[str, object]:
    evidence = result.evidence or Evidence()
    return {
        "status": result.status,
        "note": result.note,
        "evidence_number": evidence.number,
        "evidence_date": evidence.date,
        "completed": result.completed,
    }


def _kind(old: Result | None, new: Result) -> Kind:
    if old is None:
        return "new"
    before, after = _flat(old), _flat(new)
    if any(
        before[n] is not None and after[n] is not None and before[n] != after[n] for n in FIELDS
    ):
        return "differs"
    if all(after[n] is None or before[n] == after[n] for n in FIELDS):
        return "same"
    return "update"


def _merged(old: Result, new: Result, kind: Kind) -> Result:
    """The record's result after the merge: the checklist's values over the record's,
    and the record's where the checklist leaves a value empty."""
    if kind == "same":
        return old
    values: dict[str, str | date] = {
        name: value
        for name, value in {**_flat(old), **{k: v for k, v in _flat(new).items() if v}}.items()
        if isinstance(value, (str, date))
    }
    return _result(values)


def _existing(dossier: Dossier, year: int, target: Path) -> tuple[dict[str, Result], RecordHead]:
    """The results the record on disk holds (a skeleton's empty statuses are none), and
    its other keys; for a year without a record, the skeleton's."""
    regulation = dossier.regulation
    head = RecordHead(regulation.id, regulation.title, year, build_plan(dossier, year).host.id)
    if not target.exists():
        return {}, head
    refuse_outside(target, dossier.folder)
    doc = load_file(target)
    if not doc.ok:
        raise DataError(CheckResult([doc.path], list(doc.findings), {doc.path: doc.text}))
    data = doc.data
    results: dict[str, Result] = {}
    invalid: list[str] = []
    by_party = [
        str(duty)
        for duty, value in (data.get("results") or {}).items()
        if isinstance(value, dict) and "by_party" in value
    ]
    if by_party:  # a checklist gives one result a duty: merged, it would drop the parties'
        raise RefusedError("xlsx_record_by_party", path=str(target), duties=", ".join(by_party))
    for duty, value in (data.get("results") or {}).items():
        if isinstance(value, dict) and value.get("status") in ("", None):
            continue  # the skeleton's place for a result still to come
        try:
            results[str(duty)] = Result.model_validate(value)
        except ValidationError:
            invalid.append(str(duty))
    if invalid:
        raise RefusedError("xlsx_record_invalid", path=str(target), duties=", ".join(invalid))
    held = _held(data.get("held"))
    return results, RecordHead(
        regulation.id,
        regulation.title,
        year,
        str(data.get("host") or head.host),
        held,
        data.get("format") if isinstance(data.get("format"), int) else None,
    )


def _held(value: object) -> date | None:
    """The record's `held`, as the loader gives it (text); None when not a date."""
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _check(dossier: Dossier, year: int, target: Path, text: str) -> list[Finding]:
    """The findings `coordreg check` would give the new record."""
    doc = load_text(text, str(target))
    earlier = {year - 1: dossier.evaluations[year - 1]} if year - 1 in dossier.evaluations else {}
    _evaluation, found = check_evaluation(
        doc, target, dossier.regulation, earlier, timeline=dossier.timeline
    )
    return [*doc.findings, *found]


def write_merge(merge: Merge, *, replace: bool = False) -> None:
    """Write the merged record; refuse while there are errors or unreplaced differences."""
    if merge.errors:
        raise RefusedError("xlsx_findings", errors=merge.errors)
    if merge.differing and not replace:
        raise RefusedError(
            "xlsx_needs_replace", count=len(merge.differing), duties=", ".join(merge.differing)
        )
    try:
        write_atomic(merge.target, merge.text)
    except OSError as error:
        raise cannot_write(merge.target, error) from None
