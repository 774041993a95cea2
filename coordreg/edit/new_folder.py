"""Writing a new regulation folder: all or nothing, and never over an existing one.

Shared by `coordreg new` and `coordreg import`, which both make
`<root>/<id>/regulation.yaml` from text they have already checked.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from coordreg.errors import RefusedError, UsageError
from coordreg.files.atomic import write_atomic


def target_of(root: Path, regulation_id: str) -> Path:
    return root / regulation_id / "regulation.yaml"


def write_new_regulation(root: Path, regulation_id: str, text: str, exists: str) -> Path:
    """Write `text` as `<root>/<id>/regulation.yaml`, a folder that must not exist yet.

    `RefusedError(exists)` when it does, even when another process makes it
    meanwhile: the file is linked into place exclusively. A failure or an
    interruption removes the folder this call made, so that the same command can
    be run again; a failure is `new_cannot_write` (exit 2). Used by `new` and
    `import`.
    """
    folder = root / regulation_id
    target = target_of(root, regulation_id)
    if folder.exists() or folder.is_symlink():
        raise RefusedError(exists, path=str(folder))
    try:
        write_atomic(target, text, exclusive=True)
    except FileExistsError:
        raise RefusedError(exists, path=str(folder)) from None
    except BaseException as error:
        _remove_if_empty(folder)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            raise UsageError("new_cannot_write", path=str(target), reason=reason) from None
        raise
    return target


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
