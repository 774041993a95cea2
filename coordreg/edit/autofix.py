"""`coordreg check --fix` and `--diff`: the fixes that cannot change meaning, made in place.

`check` finds; this module takes the findings a person need not decide
(`edit/fixes.safe_changes`: numbering put in order, "Chương 1" written "I", text
in NFC, an unknown id replaced by the only candidate that fits) and makes them as
in-place edits of the scalars they point at, so every comment, blank line and
quoting stays as it was.

Each fixed file is proved before it is written: read again, its data must be
exactly the data before with the changed values (and nothing else) changed,
and every byte outside the edits must be the same. A file that fails that
proof, or whose edits overlap, is left as it is and its findings stay findings.
Files are written all at once (`files.atomic.write_all_atomic`), after every
folder is fixed in memory, so `--diff` shows exactly what `--fix` writes.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from coordreg.check.checker import selected_folders
from coordreg.check.folder import Folder, ReadFile, check_read, read_folder
from coordreg.edit.fixes import SAFE_CODES, Change, Edit, safe_changes
from coordreg.files.atomic import write_all_atomic
from coordreg.findings import Finding
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.loader.outline import outline
from coordreg.loader.positions import line_starts, offset_of, position_in_text
from coordreg.loader.reading import UTF8_BOM
from coordreg.loader.yamlload import load_bytes, load_text
from coordreg.versions.changed import changed_folders_at

# Rounds of check and fix for one folder: a fix brings out at most one more (see fix_folder).
ROUNDS = 4


@dataclass(frozen=True)
class FixedValue:
    """One value a fix rewrote: where it is written (1-based), the finding's code, old and new."""

    line: int
    column: int
    code: str
    before: str
    after: str


@dataclass(frozen=True)
class FileFix:
    """A file's bytes before and after its fixes, and what changed."""

    path: Path
    shown: str
    before: bytes
    after: bytes
    changes: list[FixedValue]

    def diff(self) -> str:
        """The change as a unified diff, in git's a/ b/ form."""
        return "".join(
            difflib.unified_diff(
                self.before.decode("utf-8-sig").splitlines(keepends=True),
                self.after.decode("utf-8-sig").splitlines(keepends=True),
                f"a/{self.shown}",
                f"b/{self.shown}",
            )
        )


def _expected(data: Any, changes: Sequence[Change]) -> Any:
    """`data` as it must read after `changes`: each value (or key) replaced, nothing else."""
    expected = copy.deepcopy(data)
    for change in changes:
        if change.value is None:
            continue
        *parents, last = change.scalar.path
        node = expected
        for step in parents:
            node = node[step]
        if change.scalar.is_key:
            node[change.value] = node.pop(last)
        else:
            node[last] = change.value
    return expected


def _apply(text: str, edits: Sequence[Edit]) -> str | None:
    """`text` with `edits` made; None when two of them overlap."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < position:
            return None
        pieces += [text[position : edit.start], edit.text]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def _fixed(text: str, change: Change) -> FixedValue:
    line, column = position_in_text(text, change.edit.start)
    before = text[change.edit.start : change.edit.end]
    return FixedValue(line + 1, column + 1, change.code, before, change.edit.text)


def _fix_text(
    raw: bytes, shown: str, found: Sequence[Finding], limits: Limits
) -> tuple[bytes, list[FixedValue]] | None:
    """The bytes of one file with the fixes of `found` made, and what changed; None if none."""
    doc = load_bytes(raw, shown, limits)
    prefix = UTF8_BOM if raw.startswith(UTF8_BOM) else b""
    if not doc.ok or prefix + doc.text.encode("utf-8") != raw:
        return None  # a text this module could not write back byte for byte
    text, shape = doc.text, outline(doc.text)
    starts = line_starts(text)
    changes: dict[tuple[int, int], Change] = {}
    for item in found:
        offset = offset_of(starts, len(text), item.line, item.column)
        for change in safe_changes(item, shape, offset, text, doc.data):
            kept = changes.setdefault((change.edit.start, change.edit.end), change)
            if kept.edit != change.edit:
                return None  # two fixes disagree on one value: a person decides
    made = sorted(changes.values(), key=lambda change: change.edit.start)
    after = _apply(text, [change.edit for change in made]) if made else None
    if after is None:
        return None
    again = load_text(after, shown, limits)
    if not again.ok or again.data != _expected(doc.data, made):
        return None
    return prefix + after.encode("utf-8"), [_fixed(text, change) for change in made]


def fix_folder(folder: Folder, limits: Limits = DEFAULT_LIMITS) -> list[FileFix]:
    """The safe fixes of one regulation folder's files, made in memory.

    A fix can bring out another (a chapter numbered 1 is a schema error, which
    hides the rules until it is I), so the folder is checked again after each
    round, up to `ROUNDS` rounds.
    """
    read = read_folder(folder, limits)
    before = {item.shown: item.raw for item in read}
    changed: dict[str, list[FixedValue]] = {}
    for _round in range(ROUNDS):
        by_file: dict[str, list[Finding]] = {}
        for finding in check_read(folder, read, limits).findings:
            if finding.code in SAFE_CODES:
                by_file.setdefault(finding.file, []).append(finding)
        again: list[ReadFile] = []
        for file in read:
            found = by_file.get(file.shown)
            fixed = _fix_text(file.raw, file.shown, found, limits) if found and file.raw else None
            if fixed is not None:
                changed.setdefault(file.shown, []).extend(fixed[1])
                file = replace(file, raw=fixed[0])
            again.append(file)
        if again == read:
            break
        read = again
    return [
        FileFix(
            item.path, item.shown, before[item.shown] or b"", item.raw or b"", changed[item.shown]
        )
        for item in read
        if item.shown in changed
    ]


def fix_paths(
    paths: Sequence[Path], *, write: bool, changed_since: str | None = None
) -> list[FileFix]:
    """`check --fix` (`write`) or `--diff`: the safe fixes at `paths`, written all at once.

    With `changed_since` (a git revision), only the folders changed since.
    """
    only = changed_folders_at(paths, changed_since)
    fixes = [fixed for folder in selected_folders(paths, only) for fixed in fix_folder(folder)]
    if write and fixes:
        write_all_atomic([(fixed.path, fixed.after) for fixed in fixes])
    return fixes
