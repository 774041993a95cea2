"""What fmt reports: the files it changed, left alone or could not lay out, and why."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from coordreg.errors import CatalogueError, CoordregError
from coordreg.files.atomic import Stamp
from coordreg.findings import Finding
from coordreg.loader.document import Document


class FormatError(CatalogueError):
    """fmt cannot lay out (an internal error) or write a file: it is left untouched."""


class UnreadableError(CoordregError):
    """The checker's loader reports errors: fmt does not touch the file."""

    def __init__(self, document: Document) -> None:
        super().__init__(document.path)
        self.document = document


@dataclass
class FileResult:
    """What fmt did, or would do, to one file."""

    path: Path
    shown: str
    kind: str
    changed: bool = False
    # The formatted text, when it differs from the file.
    text: str | None = None
    # The reading errors (and warnings) of a file fmt refused to touch.
    findings: list[Finding] = field(default_factory=list)
    source: str = ""
    # The bytes fmt read, and the file's stamp then: it must still hold them,
    # unwritten since, when it is replaced.
    read: bytes = b""
    seen: Stamp | None = None
    error: FormatError | None = None

    @property
    def refused(self) -> bool:
        return bool(self.findings) or self.error is not None


@dataclass
class FormatResult:
    """What fmt did, or would do, to each file it found, in the order it found them."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def changed(self) -> list[FileResult]:
        return [f for f in self.files if f.changed]

    @property
    def unchanged(self) -> list[FileResult]:
        return [f for f in self.files if not f.changed and not f.refused]

    @property
    def unreadable(self) -> list[FileResult]:
        return [f for f in self.files if f.findings]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error is not None]
