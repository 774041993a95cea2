"""What a replaced file keeps: its owner, its group and its mode; and what stops a replacement.

A file is replaced by renaming a new one over it, so the new file is a new
inode: left alone it would belong to whoever runs coordreg (root, in CI and on
many servers, so that the file's owner could no longer edit it), with the
umask's mode. `keep_metadata` gives it the old file's owner, group and mode
before the rename. When that is not possible (coordreg runs as another user,
who cannot give a file away), the file is left as it is (`file_owner`): coordreg
never changes who owns a file.

A file with several hard links cannot be replaced without splitting them: the
other names would keep the old content, silently. Writing in place instead
would keep the links but give up atomicity (a crash or a kill in the middle
would leave every name half written). coordreg refuses such a file
(`file_hard_links`); copying it to a file of its own is the user's decision.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from coordreg.errors import RefusedError


def refuse_hard_links(shown: Path, info: os.stat_result) -> None:
    """Refuse to replace a file that has other names (`info` is its status)."""
    if info.st_nlink > 1:
        raise RefusedError("file_hard_links", path=str(shown), count=info.st_nlink)


def keep_metadata(temporary: Path, info: os.stat_result, shown: Path) -> None:
    """Give `temporary` the owner, group and mode in `info`, those of the file it replaces.

    The owner first: a change of owner clears the set-user-ID and set-group-ID
    bits, which the mode then sets again.
    """
    if hasattr(os, "chown"):  # not on Windows, where files have no such owner
        made = temporary.stat()
        if (made.st_uid, made.st_gid) != (info.st_uid, info.st_gid):
            try:
                os.chown(temporary, info.st_uid, info.st_gid)
            except OSError:
                raise RefusedError(
                    "file_owner", path=str(shown), uid=info.st_uid, gid=info.st_gid
                ) from None
    temporary.chmod(stat.S_IMODE(info.st_mode))
