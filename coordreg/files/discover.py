"""Finding the files to check: regulation folders, their `regulation.yaml` and records.

A path may be a folder (every `regulation.yaml` below it, with its
`evaluations/*.yaml`), a regulation file, or an evaluation record.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coordreg.errors import UsageError

REGULATION_FILE = "regulation.yaml"
EVALUATIONS_DIR = "evaluations"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class _Folder:
    """A regulation folder and the files of it that are to be checked."""

    regulation: Path | None = None
    evaluations: set[Path] = field(default_factory=set)


def _is_evaluation(path: Path) -> bool:
    return path.parent.name == EVALUATIONS_DIR


def _is_checked_name(folder: Path, name: str) -> bool:
    return name == REGULATION_FILE or (
        folder.name == EVALUATIONS_DIR and name.lower().endswith(YAML_SUFFIXES)
    )


def _walk(root: Path) -> Iterable[Path]:
    # os.walk neither follows symlinked folders (no loops) nor stops on an
    # unreadable one; hidden folders (.git, .venv) are never regulations. A
    # folder named like a checked file (regulation.yaml/) is taken as that file,
    # so that it is reported as unreadable rather than searched.
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        named_like_files = {d for d in subfolders if _is_checked_name(here, d)}
        subfolders[:] = sorted(
            d for d in subfolders if not d.startswith(".") and d not in named_like_files
        )
        for name in sorted([*files, *named_like_files]):
            if _is_checked_name(here, name):
                yield here / name


def same_file_key(path: Path) -> Path:
    """What tells two names of one file apart from two files: the path with links resolved.

    A loop of links has no resolved path (Path.resolve raises); it keeps its own
    name, and reading it reports the loop (CR012).
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def discover(paths: Sequence[Path]) -> dict[Path, _Folder]:
    """The files to check, grouped by the regulation folder they belong to."""
    folders: dict[Path, _Folder] = {}
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError("path_missing", path=str(path))
        searched = path.is_dir() and not _is_checked_name(path.parent, path.name)
        found = list(_walk(path)) if searched else [path]
        if searched and not found:
            raise UsageError("no_regulations", path=str(path))
        for file in found:
            if _is_evaluation(file):
                group = folders.setdefault(file.parent.parent, _Folder())
                group.evaluations.add(file)
                sibling = file.parent.parent / REGULATION_FILE
                if group.regulation is None and sibling.is_file():
                    group.regulation = sibling
            else:
                folders.setdefault(
                    file.parent if file.name == REGULATION_FILE else file, _Folder()
                ).regulation = file
    return folders
