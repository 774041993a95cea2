"""Reading a regulation as it is in a file, or as it was in a git revision (`REV:PATH`)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from coordreg.catalogue.printable import shown
from coordreg.check.file_checks import limit_findings
from coordreg.check.schema import validate
from coordreg.errors import DataError, UsageError
from coordreg.files import probe
from coordreg.files.names import check_names
from coordreg.files.root import regulations_folder
from coordreg.findings import CheckResult, finding
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS
from coordreg.loader.reading import ReadError, read_file
from coordreg.loader.yamlload import load_bytes
from coordreg.model import Regulation
from coordreg.versions import git

# REV:PATH as `git show` takes it; a Windows drive ("C:\\...") is not a revision.
# DOTALL and \Z: a path may hold a line break, as git's paths may.
_REV_PATH_RE = re.compile(r"(?P<rev>[^:]+):(?P<path>.+)\Z", re.DOTALL)


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
        result.findings.extend(limit_findings(found, DEFAULT_LIMITS.max_findings))
    if regulation is None:
        result.findings.sort()
        raise DataError(result)
    return regulation


def read_regulation_file(path: Path, label: str) -> bytes:
    """The bytes of a regulation file, read with the loader's checks.

    A folder, a pipe or a device is refused, and so is a file that cannot be
    read or a link that leads out of the repository (`UsageError`); a file over the size limit is refused before it is
    read (`DataError` with CR006).
    """
    try:
        return read_file(path, label)
    except ReadError as error:
        args = dict(error.finding.args)
        if error.finding.code == "CR012":
            raise UsageError("unreadable", path=label, reason=args["detail"]) from None
        if error.finding.code == "CR018":
            raise UsageError("link_outside", path=label, root=args["root"]) from None
        raise DataError(CheckResult([label], [error.finding], {label: ""})) from None


def _working_file(inner: str, root: Path) -> Path:
    """The file in the work tree that the PATH of `REV:PATH` names: relative to the
    repository's root (or ./ to here), or a regulation's id under `regulations/`."""
    by_id = regulations_folder() / inner / "regulation.yaml"
    is_id = "/" not in inner and not inner.endswith((".yaml", ".yml")) and by_id.is_file()
    if is_id:
        return Path.cwd() / by_id
    relative = Path(inner)
    return Path.cwd() / relative if inner.startswith(("./", "../")) else root / relative


def working_tree_version(spec: str) -> str | None:
    """For `REV:PATH` (or `REV:ID`), the same file in the work tree, to compare against
    when no other version is given; None for any other spec."""
    match = _REV_PATH_RE.match(spec)
    if match is None or os.path.lexists(spec):
        return None
    root = git.repository_root(Path.cwd())
    return os.path.relpath(_working_file(match.group("path"), root))


def load_version(spec: str) -> Version:
    """A file path, `REV:PATH` with PATH relative to the repository root (or ./ to here),
    `REV:ID`, a regulation's folder, or its id under `regulations/`.

    The version's label is `spec` as it can be printed (`shown`): a name that is
    not UTF-8 is labelled with `\\xNN`, in the report and in its findings.
    """
    check_names(spec)  # a name too long is said so, before any look at the disk
    path, label = Path(spec), shown(spec)
    # A regulation's folder is read as its regulation.yaml; a folder named like a file
    # (a "regulation.yaml" that is a folder) is refused as what it is, not searched.
    # A folder on the way that cannot be searched is `unreadable`, not a traceback.
    folder = probe.is_dir(path) and path.suffix not in (".yaml", ".yml")
    if folder and probe.is_file(path / "regulation.yaml"):
        path = path / "regulation.yaml"
    if probe.exists(path):
        return Version(label, parse_regulation(read_regulation_file(path, label), label))
    match = _REV_PATH_RE.match(spec)
    by_id = regulations_folder() / spec / "regulation.yaml"
    plain_id = spec.isascii() and "/" not in spec and not spec.startswith(("-", "."))
    if match is None and plain_id and probe.is_file(by_id):
        return Version(spec, parse_regulation(read_regulation_file(by_id, spec), spec))
    if match is None:
        raise UsageError("path_missing", path=spec)
    revision, inner = match.group("rev"), match.group("path")
    git.check_revision(revision)
    root = git.repository_root(Path.cwd())
    located = _working_file(inner, root)
    repo_path = git.repository_path(root, located)
    try:
        raw = git.read_blob(root, revision, repo_path, max_bytes=DEFAULT_LIMITS.max_bytes)
    except git.BlobTooLargeError as error:
        too_large = finding(label, (1, 1), "CR006", size=error.size, limit=DEFAULT_LIMITS.max_bytes)
        raise DataError(CheckResult([label], [too_large], {label: ""})) from None
    return Version(label, parse_regulation(raw, label))
