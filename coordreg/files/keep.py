"""What a replaced file keeps: owner, group, mode and extended attributes; what stops a replacement.

A file is replaced by renaming a new one over it, so the new file is a new
inode: left alone it would belong to whoever runs coordreg (root, in CI and on
many servers, so that the file's owner could no longer edit it), with the
umask's mode. `keep_metadata` gives it the old file's owner, group and mode
before the rename. When that is not possible (coordreg runs as another user,
who cannot give a file away), the file is left as it is (`file_owner`): coordreg
never changes who owns a file. Its extended attributes go along too, an access
control list among them (`setfacl -m u:colleague:rw`): without it, a colleague
given the right to edit the file would lose it. An attribute that cannot be
copied (a file system without them, a security label only the system may set)
leaves the file as it is (`file_attributes`): what it grants is not for
coordreg to drop.

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
    bits, which the mode then sets again. The extended attributes before the
    mode: an access list sets the group bits, which the mode then gives back
    as they were (the old file's, from the same list).
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
    _keep_attributes(temporary, shown)
    temporary.chmod(stat.S_IMODE(info.st_mode))


def _keep_attributes(temporary: Path, shown: Path) -> None:
    """Copy the extended attributes of `shown` (the file replaced) to `temporary`."""
    if not hasattr(os, "listxattr"):  # pragma: no cover - macOS and Windows: none to keep here
        return
    try:
        names = os.listxattr(shown)
    except OSError:  # a file system without extended attributes: none to keep
        return
    for name in names:
        try:
            os.setxattr(temporary, name, os.getxattr(shown, name))
        except OSError as error:
            raise RefusedError(
                "file_attributes", path=str(shown), name=name, reason=error.strerror or str(error)
            ) from None
