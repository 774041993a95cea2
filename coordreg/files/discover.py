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
from coordreg.files import probe
from coordreg.files.root import leads_outside

REGULATION_FILE = "regulation.yaml"
EVALUATIONS_DIR = "evaluations"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class _Folder:
    """A regulation folder and the files of it that are to be checked."""

    regulation: Path | None = None
    evaluations: set[Path] = field(default_factory=set)
    # Folders here that could not be searched (permission denied), and why: what
    # they hold is unknown, which is not the same as nothing.
    unsearchable: dict[Path, str] = field(default_factory=dict)
    # Folders here that are symbolic links leading out of the repository, and the
    # repository: never searched, and said so (CR018) rather than passed over.
    outside: dict[Path, Path] = field(default_factory=dict)


def _is_evaluation(path: Path) -> bool:
    return path.parent.name == EVALUATIONS_DIR


def _is_checked_name(folder: Path, name: str) -> bool:
    return name == REGULATION_FILE or (
        folder.name == EVALUATIONS_DIR and name.lower().endswith(YAML_SUFFIXES)
    )


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


def _walk(root: Path, unsearchable: dict[Path, str], outside: dict[Path, Path]) -> Iterable[Path]:
    # os.walk neither follows symlinked folders (no loops) nor stops on an
    # unreadable one, which goes into `unsearchable`; a symlinked folder that leads
    # out of the repository goes into `outside`. Hidden folders (.git, .venv) are
    # never regulations. A folder named like a checked file (regulation.yaml/) is
    # taken as that file, so that it is reported as unreadable rather than searched.
    def note(error: OSError) -> None:
        unsearchable[Path(str(error.filename))] = _reason(error)

    for folder, subfolders, files in os.walk(root, onerror=note):
        here = Path(folder)
        for name in subfolders:
            repository = leads_outside(here / name) if (here / name).is_symlink() else None
            if repository is not None and not name.startswith("."):
                outside[here / name] = repository
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


def record_files(folder: Path) -> tuple[list[Path], str | None]:
    """The `evaluations/*.yaml` of a regulation folder, and why that folder cannot be read.

    No `evaluations/` folder is no records. One that cannot be listed is not:
    its reason (None when it could be listed) is for the caller to report,
    rather than to answer as if there were no records.
    """
    records = folder / EVALUATIONS_DIR
    try:
        names = sorted(entry.name for entry in records.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return [], None
    except OSError as error:
        return [], _reason(error)
    return [records / name for name in names if _is_checked_name(records, name)], None


def _group_of(folder: Path) -> Path:
    """The regulation folder a folder belongs to: `evaluations/` belongs to the one above."""
    return folder.parent if folder.name == EVALUATIONS_DIR else folder


def discover(paths: Sequence[Path]) -> dict[Path, _Folder]:
    """The files to check, grouped by the regulation folder they belong to.

    A folder that cannot be searched is in its group's `unsearchable`, and a
    symlinked folder that leads out of the repository in its `outside`.
    """
    folders: dict[Path, _Folder] = {}
    for path in paths:
        if not probe.exists(path):
            raise UsageError("path_missing", path=str(path))
        searched = probe.is_dir(path) and not _is_checked_name(path.parent, path.name)
        unsearchable: dict[Path, str] = {}
        outside: dict[Path, Path] = {}
        found = list(_walk(path, unsearchable, outside)) if searched else [path]
        if searched and not found and not unsearchable and not outside:
            raise UsageError("no_regulations", path=str(path))
        for folder, reason in unsearchable.items():
            folders.setdefault(_group_of(folder), _Folder()).unsearchable[folder] = reason
        for folder, repository in outside.items():
            folders.setdefault(_group_of(folder), _Folder()).outside[folder] = repository
        for file in found:
            if _is_evaluation(file):
                group = folders.setdefault(file.parent.parent, _Folder())
                group.evaluations.add(file)
                sibling = file.parent.parent / REGULATION_FILE
                if group.regulation is None and probe.is_file(sibling):
                    group.regulation = sibling
            else:
                folders.setdefault(
                    file.parent if file.name == REGULATION_FILE else file, _Folder()
                ).regulation = file
    return folders
