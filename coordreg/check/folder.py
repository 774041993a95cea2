"""Checking one regulation folder: its `regulation.yaml`, then its records in name order.

A folder is the unit of `check`'s work: its records are checked against its
regulation and against each other (the year before), and nothing outside it
counts. So folders can be checked in any order, in parallel (`check/jobs.py`)
and remembered by their files' contents (`check/cache.py`), and the result is
the same as one pass over all of them.

Each file is read once, as bytes: the cache key is made from those bytes and
the findings from the same bytes, so a file that changes meanwhile can never
give findings of one content under the key of another. Only the lines findings
point at are kept (for the reporters); the texts, data and models are released
when the folder is done.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from coordreg.catalogue.controls import one_line
from coordreg.files.discover import discover
from coordreg.files.root import working_folder
from coordreg.findings import Finding, finding
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.loader.positions import leading_lines
from coordreg.loader.reading import ReadError, read_file

if TYPE_CHECKING:
    from coordreg.model import Evaluation, Regulation


def display(path: Path) -> str:
    """How findings name a file: relative to the working folder when it is inside it.

    As `str(path.relative_to(Path.cwd()))` would, with strings: this runs for
    every file of a registry, and a cached re-check does little else.
    """
    shown = str(path)
    if path.is_absolute():
        here = working_folder()  # a string, not a Path to build and throw away
        inside = here if here.endswith(os.sep) else here + os.sep
        shown = shown[len(inside) :] if shown.startswith(inside) else shown
    # Printable: a name that is not UTF-8 as `\\xNN`, a control character as its escape.
    return shown if shown.isprintable() else one_line(shown)


@dataclass(frozen=True)
class Folder:
    """A regulation folder's files to check: its regulation (if found) and records, sorted."""

    regulation: Path | None
    evaluations: tuple[Path, ...] = ()
    # Folders below it that cannot be searched (with the system's reason), and links
    # that lead out of the repository (with the repository): reported, never read.
    unsearchable: tuple[tuple[Path, str], ...] = ()
    outside: tuple[tuple[Path, Path], ...] = ()

    @property
    def files(self) -> tuple[Path, ...]:
        """The files in the order `check` reads them."""
        first = (self.regulation,) if self.regulation is not None else ()
        return (*first, *self.evaluations)


def folders_at(paths: Sequence[Path]) -> list[tuple[Path, Folder]]:
    """The folders to check at `paths` (`files.discover`), in the order `check` reports them."""
    return [
        (
            place,
            Folder(
                group.regulation,
                tuple(sorted(group.evaluations)),
                tuple(sorted(group.unsearchable.items())),
                tuple(sorted(group.outside.items())),
            ),
        )
        for place, group in sorted(discover(paths).items())
    ]


@dataclass(frozen=True)
class ReadFile:
    """One file as read: its bytes, or the finding that says why it could not be read."""

    path: Path
    shown: str
    raw: bytes | None
    error: Finding | None = None


def read_folder(folder: Folder, limits: Limits = DEFAULT_LIMITS) -> list[ReadFile]:
    """The bytes of each file of `folder`, within the size limit."""
    read: list[ReadFile] = []
    for path in folder.files:
        shown = display(path)
        try:
            read.append(ReadFile(path, shown, read_file(path, shown, limits)))
        except ReadError as error:
            read.append(ReadFile(path, shown, None, error.finding))
    return read


@dataclass
class FolderResult:
    """What checking one folder gave: its files (as shown), findings, and their lines."""

    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    lines: dict[str, dict[int, str]] = field(default_factory=dict)


def check_documents(
    folder: Folder, docs: Sequence[Document], limits: Limits = DEFAULT_LIMITS
) -> list[Finding]:
    """Every finding of a folder's loaded files (`docs`, in the order of `folder.files`).

    Reading findings first, then each file's schema and rules; records are
    checked against the regulation and the valid record of the year before.
    """
    # Imported here: the rules and models are needed only to check, and a folder
    # answered from the cache (check/cache.py) is read and hashed, never checked.
    from coordreg.check.file_checks import check_evaluation, check_regulation
    from coordreg.model.timeline import Timeline

    found: list[Finding] = []
    regulation: Regulation | None = None
    records = list(zip(folder.evaluations, docs[1:] if folder.regulation else docs, strict=True))
    if folder.regulation is not None:
        doc = docs[0]
        found.extend(doc.findings)
        regulation, checked = check_regulation(doc, folder.regulation, limits)
        found.extend(checked)
    earlier: dict[int, Evaluation] = {}
    timeline = Timeline(regulation) if regulation is not None else None
    for file, doc in records:
        found.extend(doc.findings)
        if folder.regulation is None and doc.ok:
            found.append(finding(doc.path, (0, 0), "CR608"))
        evaluation, checked = check_evaluation(doc, file, regulation, earlier, limits, timeline)
        found.extend(checked)
        if evaluation is not None:
            earlier[evaluation.year] = evaluation
    return found


def lines_pointed_at(
    docs: Sequence[Document], findings: Sequence[Finding]
) -> dict[str, dict[int, str]]:
    """The text of each line a finding points at, by file and line number."""
    wanted: dict[str, set[int]] = {}
    for item in findings:
        if item.line >= 1:
            wanted.setdefault(item.file, set()).add(item.line)
    kept: dict[str, dict[int, str]] = {}
    for doc in docs:
        numbers = wanted.get(doc.path)
        if not numbers or not doc.text:
            continue
        lines = leading_lines(doc.text, max(numbers))
        kept[doc.path] = {n: lines[n - 1] for n in sorted(numbers) if n <= len(lines)}
    return kept


def loaded(read: Sequence[ReadFile], limits: Limits = DEFAULT_LIMITS) -> list[Document]:
    """Each file read, parsed; an unreadable one is a document holding its finding."""
    # Imported here: the parser (PyYAML) is needed only to check, and a folder
    # answered from the cache is read and hashed, never parsed.
    from coordreg.loader.yamlload import load_bytes

    return [
        load_bytes(item.raw, item.shown, limits)
        if item.raw is not None
        else Document(path=item.shown, findings=[item.error] if item.error else [])
        for item in read
    ]


def check_read(
    folder: Folder, read: Sequence[ReadFile], limits: Limits = DEFAULT_LIMITS
) -> FolderResult:
    """The findings of a folder whose files are read (`read_folder`)."""
    docs = loaded(read, limits)
    findings = check_documents(folder, docs, limits)
    return FolderResult([item.shown for item in read], findings, lines_pointed_at(docs, findings))
