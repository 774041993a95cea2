"""`check --changed-since REV`: the regulation folders whose files differ from a revision.

On a registry of thousands of regulations, CI checks what a change touched: a
folder is checked again when any of its files differs between REV and the work
tree (committed since, staged, changed but not staged, new and not ignored, or
deleted: a record removed changes what the year after is compared with). The
folders are named as `check.checker.folder_of` names them, so the checker can
pick them out of what it finds.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coordreg.check.checker import folder_of
from coordreg.versions.git import repository_root, resolve_commit, run


def _names(output: bytes) -> list[str]:
    return [name for name in output.decode("utf-8", "surrogateescape").split("\0") if name]


def changed_files(start: Path, revision: str) -> list[Path]:
    """Every file that differs between `revision` and the work tree of the repository at `start`."""
    root = repository_root(start)
    commit = resolve_commit(root, revision)
    changed = run(["diff", "--name-only", "--no-renames", "-z", commit, "--"], root)
    untracked = run(["ls-files", "--others", "--exclude-standard", "-z"], root)
    return [root / name for name in sorted({*_names(changed), *_names(untracked)})]


def changed_folders(start: Path, revision: str) -> set[Path]:
    """The regulation folders with a file changed since `revision` (`folder_of`)."""
    found = (folder_of(path) for path in changed_files(start, revision))
    return {folder for folder in found if folder is not None}


def changed_folders_at(paths: Sequence[Path], revision: str | None) -> set[Path] | None:
    """`changed_folders` in the repository of the first of `paths`; None without a revision."""
    if revision is None:
        return None
    return changed_folders(paths[0] if paths else Path.cwd(), revision)
