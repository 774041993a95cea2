"""Whether a path's names fit the system's limits, asked before the path is used.

A name over the file system's limit (255 bytes on most, that is 85 Vietnamese
letters of three bytes each) or a path over the system's is refused by every
call that takes it, with ENAMETOOLONG: `exists()`, `is_file()`, `mkdir()`,
`open()`, each in its own place. Seventeen commands let that escape as a
traceback. Asking once, where a path enters, gives one message that says which
limit and how far over, before any work is done.
"""

from __future__ import annotations

import os
from pathlib import Path

from coordreg.errors import UsageError

# The limits where the system does not say (pathconf unsupported): Linux's.
_NAME_MAX = 255
_PATH_MAX = 4096


def _limit(folder: Path, name: str, default: int) -> int:
    try:
        return os.pathconf(folder, name)
    except (OSError, ValueError):
        return default


def _nearest_folder(path: Path) -> Path:
    """The nearest folder above `path` (or `path` itself) that exists, to ask its limits of."""
    here = Path(os.path.abspath(path))  # noqa: PTH100 - resolve() would follow links
    for folder in (here, *here.parents):
        if os.path.isdir(folder):  # noqa: PTH112 - False, not an error, on a name too long
            return folder
    return Path("/")


def check_names(path: Path | str) -> None:
    """Refuse (`UsageError`) a path with a name, or as a whole, over the system's limit."""
    raw = os.fsencode(path)
    longest = max(raw.split(b"/"), key=len)
    total = len(raw)
    if len(longest) <= _NAME_MAX and total < _PATH_MAX:
        return  # within the limits of every system coordreg runs on: nothing to ask
    folder = _nearest_folder(Path(os.fsdecode(raw)))
    name_max = _limit(folder, "PC_NAME_MAX", _NAME_MAX)
    if len(longest) > name_max:
        raise UsageError(
            "path_name_too_long", path=os.fsdecode(raw), length=len(longest), limit=name_max
        )
    path_max = _limit(folder, "PC_PATH_MAX", _PATH_MAX)
    if total >= path_max:  # the limit counts the NUL that ends the path
        raise UsageError("path_too_long", path=os.fsdecode(raw), length=total, limit=path_max - 1)
