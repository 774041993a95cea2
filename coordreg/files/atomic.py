"""Writing files so that a crash, a kill or another writer never leaves one half-written or lost.

The new content goes to a temporary file in the same folder (same file system,
so the rename is atomic), named `.<name>.<random>.tmp`, is flushed to disk, and
then replaces the target; the folder is then flushed too, so the rename itself
survives a power cut. Whatever moment the process dies at, the target holds
either its old content or the complete new content.

A file that coordreg read and changes (`replace_file`: `fmt`, `transfer
--write`, `git-setup`) is also compared, just before the rename, with what was
read: if another program or coordreg command wrote it meanwhile, nothing is
written (`file_changed`), so that no one's work is renamed away. Between
coordreg processes the comparison and the rename are one step, under a lock
they all take (`coordreg.files.lock`); an editor that ignores the lock is still
caught by the comparison, unless it writes in the microseconds between the
comparison and the rename. A replaced file keeps its owner, group and mode, and
one with several hard links is refused (`coordreg.files.keep`).

A temporary file is removed when the write fails or is interrupted by an
exception (KeyboardInterrupt from SIGINT, SystemExit from the SIGTERM, SIGHUP,
SIGQUIT and SIGUSR1 handlers that `coordreg.entry` installs), and so are the
folders the write made. Only SIGKILL or a power cut can leave one behind: it is
debris, never read as a regulation (`coordreg check` and `fmt` look only at
`regulation.yaml` and `evaluations/*.yaml`), and safe to delete.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from coordreg.errors import RefusedError, UsageError
from coordreg.files.keep import keep_metadata, refuse_hard_links
from coordreg.files.lock import locked
from coordreg.files.signals import signals_held

TEMPORARY_SUFFIX = ".tmp"
_READ_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)


def temporary_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files a write of `name` uses (`.<name>.<random>.tmp`)."""
    return re.compile(rf"\A\.{re.escape(name)}\.[A-Za-z0-9_]+{re.escape(TEMPORARY_SUFFIX)}\Z")


def cannot_write(path: Path, error: OSError) -> UsageError:
    """The usage error (exit 2, one line) for a file that cannot be written."""
    return UsageError("cannot_write", path=str(path), reason=error.strerror or str(error))


class Stamp(NamedTuple):
    """What changes whenever a file is written, even back to the same bytes."""

    device: int
    inode: int
    size: int
    modified_ns: int


def stamp_of(info: os.stat_result) -> Stamp:
    return Stamp(info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


def stamp(path: Path) -> Stamp | None:
    """The stamp of the file at `path` now (taken right after reading it); None if unknown."""
    try:
        return stamp_of(path.stat())
    except OSError:
        return None


@dataclass(frozen=True)
class Replacement:
    """One file to write: its new content and, when coordreg read it first, what it read.

    With `expected`, the file must still hold exactly those bytes when it is
    replaced; without, whatever is there (an output file) is replaced. With
    `seen` too (the file's stamp taken after it was read), it must not have been
    written since, not even back to the same bytes: a program that rewrites a
    file in place keeps writing to the file it opened, and would lose what it
    writes after the rename.
    """

    path: Path
    new: bytes
    expected: bytes | None = None
    seen: Stamp | None = None


def _prepare(path: Path, data: bytes, made: list[Path]) -> None:
    """Write `data` to a new temporary file beside `path`, on disk, and add it to `made`.

    The file is created and added to `made` with the ending signals held back,
    so that an interruption finds it in `made`, for the caller to remove.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with signals_held():
        descriptor, name = tempfile.mkstemp(
            prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=folder
        )
        temporary = Path(name)
        made.append(temporary)
        handle = os.fdopen(descriptor, "wb")
    with handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    umask = os.umask(0)
    os.umask(umask)
    temporary.chmod(0o666 & ~umask)  # a new file's mode; a replaced one keeps its own


def _missing_folders(folder: Path) -> list[Path]:
    """The folders a write into `folder` will make, deepest first."""
    missing: list[Path] = []
    for candidate in (folder, *folder.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def _discard(temporaries: list[Path], folders: Sequence[Path] = ()) -> None:
    """Remove the temporary files still there (not renamed into place) and the folders made.

    A folder is removed only while empty: another process may be writing in it.
    """
    for temporary in temporaries:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    for folder in folders:
        with contextlib.suppress(OSError):
            folder.rmdir()


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries, so that a rename in it is on disk (where supported)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:  # pragma: no cover - a platform that cannot open folders
        return
    try:
        os.fsync(descriptor)
    except OSError:  # pragma: no cover - a file system that cannot flush folders
        pass
    finally:
        os.close(descriptor)


def _encode(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def _status_if_unchanged(item: Replacement) -> os.stat_result | None:
    """The status of the file `item` replaces (None if there is none), once it is checked.

    With `expected`, the file is read again and must hold exactly those bytes
    (`file_changed` otherwise: written, truncated or removed since it was read).
    """
    if item.expected is None:
        try:
            return item.path.stat()
        except FileNotFoundError:
            return None
    try:
        descriptor = os.open(item.path, _READ_FLAGS)
    except FileNotFoundError:
        raise RefusedError("file_changed", path=str(item.path)) from None
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(handle.fileno())
        now = handle.read(len(item.expected) + 1) if stat.S_ISREG(info.st_mode) else None
    if now != item.expected or (item.seen is not None and stamp_of(info) != item.seen):
        raise RefusedError("file_changed", path=str(item.path))
    return info


def _replace_prepared(items: Sequence[Replacement], temporaries: list[Path]) -> None:
    """Check each target, give each temporary file its target's owner and mode, rename all.

    A file that cannot be checked or renamed is a `UsageError` (`cannot_write`) naming it.
    """
    item = items[0]
    try:
        with locked([item.path for item in items if item.expected is not None]):
            for item, temporary in zip(items, temporaries, strict=True):
                info = _status_if_unchanged(item)
                if info is not None and stat.S_ISREG(info.st_mode):
                    refuse_hard_links(item.path, info)
                    keep_metadata(temporary, info, item.path)
            with signals_held():
                for item, temporary in zip(items, temporaries, strict=True):
                    temporary.replace(item.path)
    except OSError as error:
        raise cannot_write(item.path, error) from None


def replace_files(items: Sequence[Replacement]) -> None:
    """Replace several files, as nearly all at once as a file system allows.

    Every new content is first written to its temporary file and flushed; then
    every target is checked (what was read is still there; owner kept, no hard
    links) under the lock; only then are the files renamed into place, in
    order, with the ending signals held back. So a failure while writing (a
    full disk, a read-only folder), a refusal or an interruption leaves every
    file as it was; only SIGKILL or a power cut during the renames
    (microseconds) can leave the first files new and the rest old, and even
    then each file is whole, old or new.

    A file that cannot be written is a `UsageError` (`cannot_write`) naming it;
    a refusal is a `RefusedError` (`file_changed`, `file_busy`, `file_owner`,
    `file_hard_links`, `file_attributes`).
    """
    made: list[Path] = []
    folders: list[Path] = []
    current = Path()
    try:
        for item in items:
            current = item.path
            folders += _missing_folders(item.path.parent)
            _prepare(item.path, item.new, made)
        if items:
            _replace_prepared(items, made)
    except OSError as error:
        _discard(made, folders)
        raise cannot_write(current, error) from None
    except BaseException:
        _discard(made, folders)
        raise
    for folder in dict.fromkeys(item.path.parent for item in items):
        _sync_folder(folder)


def replace_file(path: Path, expected: bytes, new: bytes, *, seen: Stamp | None = None) -> None:
    """Replace `path`, which held `expected` when it was read, with `new`: all or nothing.

    `RefusedError` (`file_changed`) when the file holds anything else by then,
    or has been written since its stamp was `seen`.
    """
    replace_files([Replacement(path, new, expected, seen)])


def write_all_atomic(files: Sequence[tuple[Path, str | bytes]]) -> None:
    """Write several output files all or none (`replace_files`, nothing compared); UTF-8 for text."""
    replace_files([Replacement(path, _encode(content)) for path, content in files])


def write_atomic(path: Path, content: str | bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `content` in one step; UTF-8 for text.

    With `exclusive`, never replace: `FileExistsError` if `path` exists, even
    when another process creates it while this one writes. Without, an
    existing file keeps its owner and mode, and one with hard links is refused
    (`replace_files`). A failure to write the new content is the `OSError`
    itself; one to replace the file a `UsageError` (`cannot_write`).
    """
    made: list[Path] = []
    folders = _missing_folders(path.parent)
    try:
        _prepare(path, _encode(content), made)
        if exclusive:
            # A hard link fails if the name exists; rename would silently replace it.
            os.link(made[0], path)
            made[0].unlink()
        else:
            _replace_prepared([Replacement(path, b"")], made)
    except BaseException:
        _discard(made, folders)
        raise
    _sync_folder(path.parent)
