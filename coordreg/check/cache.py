"""Remembered results of `check`, one entry per regulation folder, keyed by what was read.

An entry's key is a SHA-256 of everything a folder's findings depend on:

- the bytes of each of its files, as this run read them, and the name each is
  shown under (findings name their file);
- coordreg's version and the text of its own code (so an edited rule, in a
  development install, is never answered from an older rule's results), and the
  versions of the libraries whose words findings carry (pydantic, PyYAML:
  the text of the module that holds each one's version);
- the reading limits (`Limits`), and the day date-dependent findings use
  (`coordreg.clock.today()`, which `COORDREG_TODAY` sets).

The other options (`--strict`, `--lang`, `--format`) change how findings are
reported, never which: the report is made afresh from the findings every time.

A result is served only for the same bytes under the same key, so a file
changed underneath (even with its size and time of change put back) is checked
again; a folder with an unreadable file is never stored. The cache itself is
not trusted: an entry is JSON (never unpickled), read only if it is a regular
file and not a link, at most `MAX_ENTRY_BYTES`, and used only when its key,
its files and every field check out (known codes, findings in its own files);
anything else is a miss, and the entry is written again. Entries are written to
a temporary file and renamed into place, without `fsync`: a power cut may lose
one (a miss), never give a wrong one.

Entries live under `<root>/check-v1/<day>/`: everything from another day is
of no use (the day is in the key) and is removed when the cache is opened.
See docs/reliability.md for where the root is and why.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import astuple, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from coordreg.catalogue.findings import MESSAGES
from coordreg.check.folder import FolderResult, ReadFile
from coordreg.clock import today
from coordreg.findings import Finding, Severity
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.version import __version__

FORMAT = 1
FOLDER_NAME = f"check-v{FORMAT}"
# An entry holds a folder's findings (at most `Limits.max_findings` a file and
# stage) and the lines they point at; one larger than this is not stored.
MAX_ENTRY_BYTES = 8 * 1024 * 1024
_PACKAGE = Path(__file__).resolve().parent.parent


def open_cache(root: Path | None, limits: Limits = DEFAULT_LIMITS) -> ResultCache | None:
    """The cache under `root` for today's checks (`coordreg.clock.today()`); None for no root."""
    return ResultCache.open(root, limits, today()) if root is not None else None


def default_root() -> Path | None:
    """Where the cache lives unless `--cache-dir` says: `$XDG_CACHE_HOME/coordreg`.

    Else `~/.cache/coordreg`; None when there is no home folder to put it in.
    """
    base = os.environ.get("XDG_CACHE_HOME")
    if base and Path(base).is_absolute():
        return Path(base) / "coordreg"
    try:
        return Path.home() / ".cache" / "coordreg"
    except RuntimeError:
        return None


# The modules that hold the version of each library whose words findings carry:
# their text changes with the version, and reading it imports neither library
# (a re-check answered from the cache parses nothing and validates nothing).
# (A top-level package is found without being imported.)
_LIBRARY_VERSIONS = (("pydantic", "version.py"), ("yaml", "__init__.py"))


def _library_source(package: str, module: str) -> bytes:
    """The text of `module` in `package`, found without running either; the names if not."""
    try:
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec is not None else None
        if origin:
            return (Path(origin).parent / module).read_bytes()
    except (ImportError, ValueError, OSError):
        pass
    return f"{package}/{module}".encode()


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of coordreg's version and code, and of the libraries findings quote."""
    digest = hashlib.sha256()
    for part in (__version__, sys.version):
        digest.update(part.encode() + b"\0")
    for package, name in _LIBRARY_VERSIONS:
        digest.update(hashlib.sha256(_library_source(package, name)).digest())
    for module in sorted(_PACKAGE.rglob("*.py")):
        digest.update(module.relative_to(_PACKAGE).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(module.read_bytes()).digest())
    return digest.hexdigest()


# --- Arguments of findings, as JSON and back ------------------------------------------------------


class _UnstorableError(Exception):
    """A finding argument of a type the cache does not store: the folder is not stored."""


def _encode(value: Any) -> Any:
    """`value` as JSON that `_decode` turns back into an equal value of the same type.

    Only plain types: a subclass (an enumeration) might format differently once
    read back, so a folder whose findings hold one is not stored.
    """
    kind = type(value)
    if value is None or kind in (bool, int, str):
        return value
    if kind is float:
        return {"float": repr(value)}
    if kind is date:
        return {"date": value.isoformat()}
    if kind in (list, tuple):
        return {kind.__name__: [_encode(item) for item in value]}
    raise _UnstorableError(kind.__name__)


def _decode(value: Any) -> Any:
    if value is None or type(value) in (bool, int, str):
        return value
    if not isinstance(value, dict) or len(value) != 1:
        raise ValueError("not an argument")
    ((kind, inner),) = value.items()
    if kind == "float" and isinstance(inner, str):
        return float(inner)
    if kind == "date" and isinstance(inner, str):
        return date.fromisoformat(inner)
    if kind in ("list", "tuple") and isinstance(inner, list):
        items = [_decode(item) for item in inner]
        return items if kind == "list" else tuple(items)
    raise ValueError("not an argument")


# --- Entries -----------------------------------------------------------------------------------


def _whole(value: Any, least: int) -> int:
    if type(value) is not int or value < least:
        raise ValueError("not a place")
    return value


def _finding(row: Any, files: set[str]) -> Finding:
    file, line, column, code, severity, args = row
    # A known code is one with a message: the catalogue, not the rules (which load
    # the models), since a check answered from the cache needs nothing else of them.
    if file not in files or code not in MESSAGES or not isinstance(args, list):
        raise ValueError("not a finding of this folder")
    decoded = tuple((name, _decode(value)) for name, value in args)
    if any(not isinstance(name, str) for name, _value in decoded):
        raise ValueError("not an argument name")
    return Finding(file, _whole(line, 0), _whole(column, 0), code, Severity(severity), decoded)


def _entry(data: Any, key: str, files: list[str]) -> FolderResult:
    """The result an entry holds, checked field by field; `ValueError` when anything is off."""
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != key:
        raise ValueError("not this entry")
    if data.get("files") != files:
        raise ValueError("not these files")
    named = set(files)
    findings = [_finding(row, named) for row in data["findings"]]
    lines: dict[str, dict[int, str]] = {}
    for file, line, text in data["lines"]:
        if file not in named or not isinstance(text, str):
            raise ValueError("not a line of this folder")
        lines.setdefault(file, {})[_whole(line, 1)] = text
    return FolderResult(list(files), findings, lines)


def _serialised(key: str, result: FolderResult) -> bytes:
    findings = [
        [f.file, f.line, f.column, f.code, f.severity.value, [[n, _encode(v)] for n, v in f.args]]
        for f in result.findings
    ]
    lines = [[file, n, text] for file, kept in result.lines.items() for n, text in kept.items()]
    data = {
        "format": FORMAT,
        "key": key,
        "files": result.files,
        "findings": findings,
        "lines": lines,
    }
    return json.dumps(data, ensure_ascii=True, separators=(",", ":")).encode("ascii")


@dataclass(frozen=True)
class ResultCache:
    """The entries of one day, for one version of coordreg, one set of limits.

    Picklable, so that the workers of `--jobs` read and write entries themselves.
    """

    folder: Path
    context: str

    @classmethod
    def open(cls, root: Path, limits: Limits, today: date) -> ResultCache | None:
        """The cache under `root` for checks with `limits` on `today`; None when unusable.

        Entries of other days are removed. A root that is a symbolic link is not
        used: the cache writes only where it was asked to.
        """
        base = root / FOLDER_NAME
        folder = base / today.isoformat()
        try:
            # A cache is an aid: one this user cannot reach (another's folder, a
            # folder on the way it may not search) is not used, and check goes on.
            if root.is_symlink() or base.is_symlink():
                return None
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            _tag(root)
            with os.scandir(base) as entries:
                old = [
                    e.path
                    for e in entries
                    if e.name != folder.name and e.is_dir(follow_symlinks=False)
                ]
        except OSError:
            return None
        for path in old:
            shutil.rmtree(path, ignore_errors=True)
        context = hashlib.sha256(
            f"{FORMAT}\0{code_fingerprint()}\0{astuple(limits)}\0{today.isoformat()}".encode()
        ).hexdigest()
        return cls(folder, context)

    def key(self, read: Sequence[ReadFile]) -> str | None:
        """The key of a folder's files as read; None when one could not be read."""
        digest = hashlib.sha256(self.context.encode())
        for item in read:
            if item.raw is None:
                return None
            digest.update(b"\0" + item.shown.encode("utf-8", "surrogatepass") + b"\0")
            digest.update(hashlib.sha256(item.raw).digest())
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key[2:]}.json"

    def get(self, key: str, files: list[str]) -> FolderResult | None:
        """The stored result of `key` for `files`; None for a miss or an entry that is wrong."""
        try:
            raw = _read_entry(self._path(key))
            return _entry(json.loads(raw), key, files) if raw is not None else None
        except (ValueError, TypeError, KeyError, RecursionError, UnicodeError):
            return None

    def put(self, key: str, result: FolderResult) -> None:
        """Store `result` under `key`, if it can be: the cache never stops a check."""
        try:
            data = _serialised(key, result)
        except (_UnstorableError, ValueError, UnicodeError):
            return
        if len(data) > MAX_ENTRY_BYTES:
            return
        path = self._path(key)
        with contextlib.suppress(OSError):
            path.parent.mkdir(exist_ok=True, mode=0o700)
            _replace(path, data)


_ENTRY_FLAGS = (
    os.O_RDONLY
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)
)


def _read_entry(path: Path) -> bytes | None:
    """The bytes of an entry: a regular file (not a link), at most `MAX_ENTRY_BYTES`; else None.

    Not the loader's `read_file`: an entry is no file of a repository (no
    repository boundary to keep), an entry that changes while it is read fails
    its checks like any damaged one, and this runs once a folder on a re-check.
    """
    try:
        descriptor = os.open(path, _ENTRY_FLAGS)
    except OSError:
        return None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            return None
        # Its size and one byte more (a read allocates what it asks for): an entry
        # that grew meanwhile is cut short, and fails its checks as a damaged one.
        raw = handle.read(info.st_size + 1)
    return raw if len(raw) <= MAX_ENTRY_BYTES else None


def _replace(path: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `path`, then rename it over `path`."""
    descriptor, name = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
        Path(name).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(name).unlink()
        raise


_TAG = b"Signature: 8a477f597d28d172789f06886806bc55\n# coordreg's cache of check results.\n"


def _tag(root: Path) -> None:
    """Mark the folder as a cache (CACHEDIR.TAG), so that backups leave it out."""
    tag = root / "CACHEDIR.TAG"
    if not tag.exists():
        _replace(tag, _TAG)
