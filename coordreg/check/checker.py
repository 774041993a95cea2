"""`coordreg check` as a library call: find the files, read them, run the rules.

A path may be a folder (every `regulation.yaml` below it, with its
`evaluations/*.yaml`), a regulation file, or an evaluation record (checked
against the `regulation.yaml` of its folder, which is then checked too).

Each regulation folder is checked on its own (`check/folder.py`), by one
process or several (`check/jobs.py`), its result remembered by its files'
contents when a cache is given (`check/cache.py`); the findings of all folders
are then sorted, so the report is the same whichever way it was made.
"""

from __future__ import annotations

import gc
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from coordreg.check.cache import ResultCache
from coordreg.check.folder import Folder, FolderResult, display, folders_at
from coordreg.check.jobs import check_folders
from coordreg.files.discover import EVALUATIONS_DIR, REGULATION_FILE, same_file_key
from coordreg.files.root import remembered_roots
from coordreg.findings import CheckResult, finding
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS, Limits

__all__ = [
    "check_paths",
    "check_text",
    "checked_folders",
    "folder_of",
    "read_into",
    "selected_folders",
]


def read_into(result: CheckResult, path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Load `path`, recording the file, its text and its reading findings in `result`.

    For commands that read one regulation (plan, review, agenda): their
    `DataError` shows the findings with the whole texts at hand.
    """
    from coordreg.loader.yamlload import load_file

    shown = display(path)
    doc = load_file(path, shown, limits)
    result.files.append(shown)
    result.sources[shown] = doc.text
    result.findings.extend(doc.findings)
    return doc


def folder_of(path: Path) -> Path | None:
    """The regulation folder a file belongs to (a `regulation.yaml`, or a record in
    `evaluations/`), its links resolved; None for any other file."""
    if path.name == REGULATION_FILE:
        return same_file_key(path.parent)
    if path.parent.name == EVALUATIONS_DIR:
        return same_file_key(path.parent.parent)
    return None


def checked_folders(
    paths: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    only: Collection[Path] | None = None,
) -> Iterator[tuple[Folder, FolderResult]]:
    """Each folder found at `paths` with its result, in the order `check` reports them.

    `only`: the folders to check (as `folder_of` names them); the others are skipped.
    """
    found = selected_folders(paths, only)
    yield from zip(found, check_folders(found, limits, cache, jobs), strict=True)


def selected_folders(paths: Sequence[Path], only: Collection[Path] | None = None) -> list[Folder]:
    """The folders found at `paths`, in order; with `only`, those it names (`folder_of`)."""
    found = [folder for _place, folder in folders_at(paths)]
    if only is None:
        return found
    wanted = set(only)
    return [folder for folder in found if any(folder_of(file) in wanted for file in folder.files)]


def _unreached(result: CheckResult, folder: Folder) -> None:
    """The folders below `folder` check could not enter: one it may not search (what it
    holds is unknown: never "no problems", CR012), a link out of the repository (CR018)."""
    for path, reason in folder.unsearchable:
        label = display(path)
        result.files.append(label)
        result.findings.append(finding(label, (0, 0), "CR012", detail=reason))
    for path, repository in folder.outside:
        label = display(path)
        result.files.append(label)
        result.findings.append(finding(label, (0, 0), "CR018", root=str(repository)))


# Objects made, less those freed, before Python looks for unreachable cycles (700 by
# default): see `few_collections`.
_YOUNG_OBJECTS = 10_000


@contextmanager
def few_collections() -> Iterator[None]:
    """Python's search for unreachable cycles, run less often while folders are checked.

    Loading and checking a folder makes some hundred thousand dicts, lists and
    models, nearly all freed by their counts as soon as the folder is done: at the
    default threshold the collector ran 1,313 times in a check of 2,000 files, 6% of
    the processor time, for some 13 objects in cycles a run; at this one, 79 times,
    for the same objects. A pool's workers, forked inside, run with the same
    setting. It is put back after.
    """
    threshold = gc.get_threshold()
    gc.set_threshold(_YOUNG_OBJECTS, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)


def check_paths(
    paths: Sequence[Path],
    limits: Limits = DEFAULT_LIMITS,
    *,
    jobs: int = 1,
    cache: ResultCache | None = None,
    only: Collection[Path] | None = None,
) -> CheckResult:
    """Check every regulation and evaluation record found at `paths`.

    `jobs` processes share the folders; `cache` answers for folders whose files
    are unchanged; `only` limits the check to those folders (`--changed-since`).
    """
    result = CheckResult()
    # Every file asks which repository it is in: each folder is asked once.
    with remembered_roots(), few_collections():
        for folder, done in checked_folders(paths, limits, jobs=jobs, cache=cache, only=only):
            _unreached(result, folder)
            result.files.extend(done.files)
            result.findings.extend(done.findings)
            result.lines.update(done.lines)
    result.findings.sort()
    return result


def check_text(text: str, target: Path) -> CheckResult:
    """Check a regulation's text that is not on disk yet, as if it were at `target`.

    `coordreg new` and `coordreg import` check what they are about to write.
    """
    from coordreg.loader.yamlload import load_text

    result = CheckResult()
    shown = str(target)
    doc = load_text(text, shown)
    result.files.append(shown)
    result.sources[shown] = text
    result.findings.extend(doc.findings)
    from coordreg.check.file_checks import check_regulation

    _regulation, found = check_regulation(doc, target)
    result.findings.extend(found)
    result.findings.sort()
    return result
