"""Reading a regulation as it is in a file, or as it was in a git revision (`REV:PATH`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from coordreg import git
from coordreg.checker import CheckResult
from coordreg.errors import DataError, UsageError
from coordreg.model import Regulation
from coordreg.schema import validate
from coordreg.yamlload import Document, load_bytes

# REV:PATH as `git show` takes it; a Windows drive ("C:\\...") is not a revision.
_REV_PATH_RE = re.compile(r"^(?P<rev>[^:]+):(?P<path>.+)$")


@dataclass(frozen=True)
class Version:
    label: str
    regulation: Regulation


def parse_regulation(raw: bytes, label: str) -> Regulation:
    """The regulation in `raw`; `DataError` with the findings when it cannot be read.

    Only reading and the schema matter for comparing versions: an old version
    with, say, a numbering slip can still be compared.
    """
    doc: Document = load_bytes(raw, label)
    result = CheckResult(files=[label], sources={label: doc.text}, findings=list(doc.findings))
    regulation = None
    if doc.ok:
        regulation, found = validate(doc, Regulation)
        result.findings.extend(found)
    if regulation is None:
        result.findings.sort()
        raise DataError(result)
    return regulation


def load_version(spec: str) -> Version:
    """A file path, or `REV:PATH` with PATH relative to the repository root (or ./ to here)."""
    path = Path(spec)
    if path.is_file():
        try:
            raw = path.read_bytes()
        except OSError as error:
            raise UsageError("unreadable", path=spec, reason=error.strerror or str(error)) from None
        return Version(spec, parse_regulation(raw, spec))
    match = _REV_PATH_RE.match(spec)
    if match is None:
        raise UsageError("path_missing", path=spec)
    revision, inner = match.group("rev"), match.group("path")
    git.check_revision(revision)
    root = git.repository_root(Path.cwd())
    relative = Path(inner)
    located = Path.cwd() / relative if inner.startswith(("./", "../")) else root / relative
    repo_path = git.repository_path(root, located)
    return Version(spec, parse_regulation(git.read_blob(root, revision, repo_path), spec))
