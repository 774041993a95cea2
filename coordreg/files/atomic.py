"""Writing files so that a crash or a kill never leaves one half-written.

The new content goes to a temporary file in the same folder (same file system,
so the rename is atomic), named `.<name>.<random>.tmp`, is flushed to disk, and
then replaces the target; the folder is then flushed too, so the rename itself
survives a power cut. Whatever moment the process dies at, the target holds
either its old content or the complete new content.

A temporary file is removed when the write fails or is interrupted by an
exception (KeyboardInterrupt from SIGINT, SystemExit from the SIGTERM handler
that `coordreg.entry` installs). Only SIGKILL or a power cut can leave one
behind: it is debris, never read as a regulation (`coordreg check` and `fmt`
look only at `regulation.yaml` and `evaluations/*.yaml`), and safe to delete.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from coordreg.errors import UsageError

TEMPORARY_SUFFIX = ".tmp"


def temporary_pattern(name: str) -> re.Pattern[str]:
    """The names of the temporary files a write of `name` uses (`.<name>.<random>.tmp`)."""
    return re.compile(rf"\A\.{re.escape(name)}\.[A-Za-z0-9_]+{re.escape(TEMPORARY_SUFFIX)}\Z")


def cannot_write(path: Path, error: OSError) -> UsageError:
    """The usage error (exit 2, one line) for a file that cannot be written."""
    return UsageError("cannot_write", path=str(path), reason=error.strerror or str(error))


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back (delivered on leaving), where the platform allows."""
    held = {signal.SIGINT, signal.SIGTERM}
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _prepare(path: Path, data: bytes, made: list[Path]) -> None:
    """Write `data` to a new temporary file beside `path`, on disk, and add it to `made`.

    The file is created and added to `made` with SIGINT and SIGTERM held back,
    so that an interruption finds it in `made`, for the caller to remove.
    """
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    with _signals_held():
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
    if path.exists():
        # Keep the permissions of the file being replaced.
        temporary.chmod(path.stat().st_mode & 0o7777)
    else:
        umask = os.umask(0)
        os.umask(umask)
        temporary.chmod(0o666 & ~umask)


def _discard(temporaries: list[Path]) -> None:
    """Remove the temporary files that are still there (not renamed into place)."""
    for temporary in temporaries:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()


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


def write_atomic(path: Path, content: str | bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `content` in one step; UTF-8 for text.

    With `exclusive`, never replace: `FileExistsError` if `path` exists, even
    when another process creates it while this one writes.
    """
    made: list[Path] = []
    try:
        _prepare(path, _encode(content), made)
        if exclusive:
            # A hard link fails if the name exists; rename would silently replace it.
            os.link(made[0], path)
            made[0].unlink()
        else:
            made[0].replace(path)
    except BaseException:
        _discard(made)
        raise
    _sync_folder(path.parent)


def write_all_atomic(files: Sequence[tuple[Path, str | bytes]]) -> None:
    """Replace several files, as nearly all at once as a file system allows.

    Every new content is first written to its temporary file and flushed; only
    then are the files renamed into place, in order, with SIGINT and SIGTERM
    held back. So a failure while writing (a full disk, a read-only folder) or
    an interruption leaves every file as it was; only SIGKILL or a power cut
    during the renames (microseconds) can leave the first files new and the
    rest old, and even then each file is whole, old or new.

    A file that cannot be written is a `UsageError` (`cannot_write`) naming it.
    """
    made: list[Path] = []
    current = Path()
    try:
        for current, content in files:
            _prepare(current, _encode(content), made)
        with _signals_held():
            for (current, _content), temporary in zip(files, made, strict=True):
                temporary.replace(current)
    except OSError as error:
        _discard(made)
        raise cannot_write(current, error) from None
    except BaseException:
        _discard(made)
        raise
    for folder in dict.fromkeys(path.parent for path, _content in files):
        _sync_folder(folder)
