"""Writing a new regulation folder: all or nothing, and never over an existing one.

Shared by `coordreg new` and `coordreg import`, which both make
`<root>/<id>/regulation.yaml` from text they have already checked.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from coordreg.errors import RefusedError, UsageError
from coordreg.files import probe
from coordreg.files.atomic import temporary_pattern, write_atomic
from coordreg.files.discover import REGULATION_FILE
from coordreg.files.root import confine


def target_of(root: Path, regulation_id: str) -> Path:
    return root / regulation_id / "regulation.yaml"


def write_new_regulation(root: Path, regulation_id: str, text: str, exists: str) -> Path:
    """Write `text` as `<root>/<id>/regulation.yaml`, a folder that must not exist yet.

    `RefusedError(exists)` when it does, even when another process makes it
    meanwhile: the file is linked into place exclusively. A failure or an
    interruption removes the folder this call made, so that the same command can
    be run again, and so can it after a SIGKILL, which can leave the folder with
    nothing but a temporary file in it (`_taken`); a failure is
    `new_cannot_write` (exit 2). A root folder that is a symbolic link leading
    out of the repository is refused (`link_outside`). Used by `new` and `import`.
    """
    folder = root / regulation_id
    target = target_of(root, regulation_id)
    confine(folder)
    if _taken(folder):
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


def _taken(folder: Path) -> bool:
    """Whether `folder` exists, other than as the debris of an earlier, killed write.

    A SIGKILL or a power cut while `new` or `import` writes can leave the folder
    with nothing in it but a temporary file (`.regulation.yaml.<random>.tmp`):
    the same command then writes into it, rather than saying it exists. The
    debris is left alone (another process may be writing it right now); the
    exclusive link still refuses should that process finish first. An empty
    folder is taken: someone made it, and coordreg cannot tell it was itself
    (a SIGKILL would have to land in the microseconds between making the
    folder and making the temporary file).
    """
    if not probe.exists(folder):
        return False
    if folder.is_symlink() or not probe.is_dir(folder):
        return True
    debris = temporary_pattern(REGULATION_FILE)
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return True
    return not names or not all(debris.match(name) for name in names)


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
