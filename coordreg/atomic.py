"""Writing files so that a crash or a kill never leaves one half-written.

The new content goes to a temporary file in the same folder (same file system,
so the rename is atomic), is flushed to disk, and then replaces the target.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, content: str | bytes, *, exclusive: bool = False) -> None:
    """Replace `path` with `content` in one step; UTF-8 for text.

    With `exclusive`, never replace: `FileExistsError` if `path` exists, even
    when another process creates it while this one writes.
    """
    data = content.encode("utf-8") if isinstance(content, str) else content
    folder = path.parent
    folder.mkdir(parents=True, exist_ok=True)
    descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    temporary = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
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
        if exclusive:
            # A hard link fails if the name exists; rename would silently replace it.
            os.link(temporary, path)
            temporary.unlink()
        else:
            temporary.replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
        raise
