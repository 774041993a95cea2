"""Asking what is at a path without a traceback when a folder on the way cannot be searched.

On Python 3.11, `Path.exists()`, `is_file()` and `is_dir()` raise
PermissionError for a path behind a folder without search permission (they
answer False only for a missing path, a loop of links and the like). Commands
ask these questions of every path a user names, so each one crashed there.
`status` says which case it is: something there, nothing there, or a one-line
`unreadable` error with the system's reason.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coordreg.errors import UsageError

# What pathlib itself takes as "nothing there" (pathlib._IGNORED_ERRNOS).
_NOTHING_THERE = {errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP}


def _refused(path: Path, error: OSError) -> UsageError:
    """Why the system cannot say what is at `path`: a name too long for it (the path made
    of names each within the limits: `path_unusable`, as elsewhere), or `unreadable`."""
    key = "path_unusable" if error.errno == errno.ENAMETOOLONG else "unreadable"
    return UsageError(key, path=str(path), reason=error.strerror or str(error))


def status(path: Path) -> os.stat_result | None:
    """The status of what `path` leads to; None if nothing; `UsageError` if it cannot be known."""
    try:
        return path.stat()
    except OSError as error:
        if error.errno in _NOTHING_THERE:
            return None
        raise _refused(path, error) from None
    except ValueError:  # a path with a NUL byte names nothing
        return None


def is_file(path: Path) -> bool:
    """Whether `path` leads to a regular file; `UsageError` if that cannot be known."""
    info = status(path)
    return info is not None and stat.S_ISREG(info.st_mode)


def is_dir(path: Path) -> bool:
    """Whether `path` leads to a folder; `UsageError` if that cannot be known."""
    info = status(path)
    return info is not None and stat.S_ISDIR(info.st_mode)


def exists(path: Path) -> bool:
    """Whether anything is at `path`, a dangling link included; `UsageError` if unknown."""
    try:
        path.lstat()
    except OSError as error:
        if error.errno in _NOTHING_THERE:
            return False
        raise _refused(path, error) from None
    except ValueError:
        return False
    return True
