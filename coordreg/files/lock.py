"""A lock on one file that every coordreg process respects, on POSIX and on Windows.

coordreg replaces a file by renaming a new one over it, and checks just before
the rename that the file still holds what was read (`coordreg.files.replace`).
The lock makes that check and the rename one step between coordreg processes:
two of them (`fmt` beside `transfer --write`) can no longer both check, then
both rename, the second over the first's work.

The lock is a file beside the target, `.<name>.lock`, locked with `flock`
(POSIX) or `msvcrt.locking` (Windows). The operating system drops such a lock
when its holder dies, even by SIGKILL, so a lock is never left stale. The file
beside the target, rather than one in a temporary folder, because the target's
folder is the one place every process that can write the target can also write,
on every machine that shares it.

The lock file is removed when released, so none stays in `git status`. On
POSIX a waiter may then hold a lock on a name that no longer exists: after
locking, it checks that the name still leads to the file it locked, and
starts over if not. On Windows an open file cannot be removed at all, so the
removal just fails while another process waits on it.

This is advisory: a program that does not take the lock (an editor) is not
stopped by it. Against those, the check before the rename is what reports a
change.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from coordreg.errors import RefusedError
from coordreg.files.signals import signals_held

LOCK_SUFFIX = ".lock"
# coordreg holds a lock for a re-read and a rename: milliseconds. Waiting this
# long means another process is stuck (a file system that hangs).
WAIT_SECONDS = 30.0
_POLL_SECONDS = (0.001, 0.05)


def lock_path(path: Path) -> Path:
    """The lock file of `path`: `.<name>.lock` beside the file it leads to.

    Links resolved, so that every name of one file (a symbolic link to it, a
    path through a linked folder) leads to one lock.
    """
    real = Path(os.path.realpath(path))
    return real.with_name(f".{real.name}{LOCK_SUFFIX}")


if sys.platform == "win32":  # pragma: no cover - run on Windows only
    import msvcrt

    def _try_lock(descriptor: int) -> bool:
        try:
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        os.lseek(descriptor, 0, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(descriptor, msvcrt.LK_UNLCK, 1)

    # An open file cannot be removed on Windows: release the lock, close, then remove.
    _REMOVE_BEFORE_CLOSING = False
else:
    import fcntl

    def _try_lock(descriptor: int) -> bool:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(descriptor: int) -> None:
        fcntl.flock(descriptor, fcntl.LOCK_UN)

    # Removed while still locked: a process that opens the name afterwards makes a new file.
    _REMOVE_BEFORE_CLOSING = True


def _still_named(descriptor: int, name: Path) -> bool:
    """Whether `name` still leads to the open file (not removed, not replaced)."""
    try:
        named = name.stat()
    except FileNotFoundError:
        return False
    held = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (held.st_dev, held.st_ino)


def _release(descriptor: int, name: Path) -> None:
    if _REMOVE_BEFORE_CLOSING:
        with contextlib.suppress(OSError):
            name.unlink()
    _unlock(descriptor)
    os.close(descriptor)
    if not _REMOVE_BEFORE_CLOSING:  # pragma: no cover - Windows
        with contextlib.suppress(OSError):
            name.unlink()


def _open(name: Path) -> int:
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0) | getattr(os, "O_BINARY", 0)
    return os.open(name, flags, 0o600)


def _attempt(name: Path, held: list[tuple[int, Path]]) -> bool | None:
    """One try: True when locked (and in `held`), False when another holds it, None to retry.

    With the ending signals held back, so that a lock taken is in `held` before
    an interruption can land, and its file is removed on the way out.
    """
    with signals_held():
        descriptor = _open(name)
        try:
            if _try_lock(descriptor):
                if _still_named(descriptor, name):
                    held.append((descriptor, name))
                    return True
                _unlock(descriptor)  # locked a file its holder has removed since
                os.close(descriptor)
                return None
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)
        return False


def _acquire(path: Path, held: list[tuple[int, Path]], wait: float) -> None:
    name = lock_path(path)
    deadline = time.monotonic() + wait
    pause = _POLL_SECONDS[0]
    while (taken := _attempt(name, held)) is not True:
        if taken is None:
            continue
        if time.monotonic() >= deadline:
            raise RefusedError("file_busy", path=str(path), seconds=f"{wait:g}")
        time.sleep(pause)
        pause = min(pause * 2, _POLL_SECONDS[1])


@contextlib.contextmanager
def locked(paths: list[Path], wait: float = WAIT_SECONDS) -> Iterator[None]:
    """Hold the locks of `paths` (taken in one order, so two processes never deadlock).

    `RefusedError` (`file_busy`) when another process holds one for more than
    `wait` seconds. Interrupted while waiting, nothing is held.
    """
    held: list[tuple[int, Path]] = []
    # Each lock once, even for two names of one file: a second flock of it would wait on the first.
    names = {lock_path(path): path for path in paths}
    try:
        for name in sorted(names):
            _acquire(names[name], held, wait)
        yield
    finally:
        with signals_held():
            while held:
                _release(*held.pop())
