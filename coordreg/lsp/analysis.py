"""Checking one document as `coordreg check` would, from the editor's text.

A regulation is read, validated and run through the rules exactly as `check`
runs them (`coordreg.check.checker`), from the text open in the editor rather
than the file on disk. An evaluation record is checked against its folder's
`regulation.yaml`, the editor's text when it is open, else the disk's, and
against the record of the year before, as `check` does when it checks a folder.

Checking a record must not mean checking its regulation again on every key
stroke: `Analyser` keeps the regulation (and the other records) it last read,
by the text it read, and reads a file on disk again only when its size or time
of change differ.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Literal

from lsprotocol import types

from coordreg.check.file_checks import check_evaluation, check_regulation
from coordreg.check.schema import validate
from coordreg.files.discover import EVALUATIONS_DIR, REGULATION_FILE, YAML_SUFFIXES
from coordreg.findings import Finding, finding
from coordreg.loader.document import Document
from coordreg.loader.outline import Outline, outline
from coordreg.loader.yamlload import load_file, load_text
from coordreg.lsp.textindex import TextIndex
from coordreg.model import Evaluation, Regulation

FileKind = Literal["regulation", "evaluation"]


def file_kind(path: Path) -> FileKind | None:
    """What `check` takes the file at `path` for, or None for a file it does not read."""
    if path.name == REGULATION_FILE:
        return "regulation"
    if path.parent.name == EVALUATIONS_DIR and path.name.lower().endswith(YAML_SUFFIXES):
        return "evaluation"
    return None


@dataclass
class Source:
    """A file's text as the server reads it: the editor's when open, else the disk's."""

    path: Path
    text: str
    encoding: str = types.PositionEncodingKind.Utf16

    @cached_property
    def outline(self) -> Outline:
        return outline(self.text)

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.text, self.encoding)


@dataclass
class Analysis:
    """One document checked: its findings, and the regulation it names ids from.

    For a regulation, `regulation` is its own source; for a record, the source of
    the regulation it was checked against (None when there is none).
    """

    source: Source
    kind: FileKind
    findings: list[Finding]
    regulation: Source | None


@dataclass
class _Read:
    """A file read once: its source, and what checking it gave, kept while it is unchanged."""

    key: tuple[int, int] | str
    source: Source
    model: Regulation | Evaluation | None


OpenText = Callable[[Path], str | None]


@dataclass
class Analyser:
    """Checks documents; remembers the regulations and records they are checked against.

    `open_text(path)` is the editor's text of a file, None when it is not open.
    """

    open_text: OpenText
    encoding: str = types.PositionEncodingKind.Utf16
    _kept: dict[Path, _Read] = field(default_factory=dict)

    def analyse(self, path: Path, text: str) -> Analysis | None:
        """The findings of the document at `path` with `text`; None for a file check skips."""
        kind = file_kind(path)
        if kind is None:
            return None
        source = Source(path, text, self.encoding)
        doc = load_text(text, str(path))
        if kind == "regulation":
            regulation, found = check_regulation(doc, path)
            self._kept[path] = _Read(text, source, regulation)
            return Analysis(source, kind, [*doc.findings, *found], source)
        return self._record(source, doc)

    def _record(self, source: Source, doc: Document) -> Analysis:
        file = source.path
        regulation_file = file.parent.parent / REGULATION_FILE
        read = self._read(regulation_file, "regulation")
        findings = list(doc.findings)
        if read is None and doc.ok:
            findings.append(finding(doc.path, (0, 0), "CR608"))
        regulation = read.model if read is not None else None
        assert regulation is None or isinstance(regulation, Regulation)
        previous = self._previous(file, doc) if doc.ok else {}
        _evaluation, found = check_evaluation(doc, file, regulation, previous)
        findings.extend(found)
        return Analysis(source, "evaluation", findings, read.source if read else None)

    def _previous(self, file: Path, doc: Document) -> dict[int, Evaluation]:
        """The records `check` would have checked before this one, by year.

        `check` reads a folder's records in name order and compares each with the
        valid record of the year before it read earlier; the last one read wins.
        """
        earlier: dict[int, Evaluation] = {}
        year = doc.data.get("year")
        if not isinstance(year, int):
            return earlier
        for other in sorted(_records(file.parent)):
            if other >= file:
                break
            read = self._read(other, "evaluation")
            if read is not None and isinstance(read.model, Evaluation):
                earlier[read.model.year] = read.model
        return {year - 1: earlier[year - 1]} if year - 1 in earlier else {}

    def _read(self, path: Path, kind: FileKind) -> _Read | None:
        """The kept reading of `path`, read again if its text changed; None when it is missing."""
        text = self.open_text(path)
        key: tuple[int, int] | str
        if text is not None:
            key = text
        else:
            try:
                status = path.stat()
            except OSError:
                return None
            if not path.is_file():
                return None
            key = (status.st_mtime_ns, status.st_size)
        kept = self._kept.get(path)
        if kept is not None and kept.key == key:
            return kept
        doc = load_text(text, str(path)) if text is not None else load_file(path)
        model: Regulation | Evaluation | None
        if kind == "regulation":
            model, _found = check_regulation(doc, path)
        else:
            model = validate(doc, Evaluation)[0] if doc.ok else None
        read = _Read(key, Source(path, doc.text, self.encoding), model)
        self._kept[path] = read
        return read

    def forget(self, path: Path) -> None:
        """Drop what is kept of `path` (the editor closed it: the disk is the truth again)."""
        self._kept.pop(path, None)


def _records(folder: Path) -> list[Path]:
    try:
        return [file for file in folder.iterdir() if file.name.lower().endswith(YAML_SUFFIXES)]
    except OSError:
        return []
