"""Checking many regulation folders: one after another, or in a pool of processes.

Folders are independent (`check/folder.py`), so `--jobs N` hands them to N
worker processes and takes their results back in the folders' order: the
output is the same as one process's, finding for finding, whatever finishes
first. A worker reads a folder's files, looks its result up in the cache
(`check/cache.py`) and checks it only on a miss; what comes back to the main
process is a folder's findings and the lines they point at, never its texts.

A pool costs its start-up and the passing of results; for a few folders one
process is faster, so the pool is used only from `POOL_FROM` folders on.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Iterator, Sequence
from functools import partial

from coordreg.check.cache import ResultCache
from coordreg.check.folder import Folder, FolderResult, ReadFile, check_read, read_folder
from coordreg.loader.limits import DEFAULT_LIMITS, Limits

POOL_FROM = 32
# Folders handed to a worker at a time: enough to make the passing cheap, few
# enough that the workers finish together.
_MOST_AT_ONCE = 16
# Folders looked up in the cache before deciding that it is cold (`check_folders`).
_PROBE = 8


def default_jobs() -> int:
    """The processes `--jobs` uses by default: the cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)  # pragma: no cover - macOS, Windows


def cached(
    folder: Folder, limits: Limits, cache: ResultCache
) -> tuple[FolderResult | None, Sequence[ReadFile], str | None]:
    """A folder's result from the cache (None on a miss), its files as read, and their key."""
    read = read_folder(folder, limits)
    key = cache.key(read)
    kept = cache.get(key, [item.shown for item in read]) if key is not None else None
    return kept, read, key


def check_one(
    folder: Folder, limits: Limits = DEFAULT_LIMITS, cache: ResultCache | None = None
) -> FolderResult:
    """One folder's result: from the cache when its files are unchanged, else checked."""
    if cache is None:
        return check_read(folder, read_folder(folder, limits), limits)
    kept, read, key = cached(folder, limits, cache)
    if kept is not None:
        return kept
    result = check_read(folder, read, limits)
    if key is not None:
        cache.put(key, result)
    return result


def _context() -> multiprocessing.context.BaseContext:
    """Workers forked from this process (nothing to import again) where that is safe."""
    if sys.platform == "linux":
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")  # pragma: no cover - macOS, Windows


def _pooled(
    folders: Sequence[Folder], limits: Limits, cache: ResultCache | None, jobs: int
) -> Iterator[FolderResult]:
    """Each folder's result in order, checked by up to `jobs` processes."""
    work = partial(check_one, limits=limits, cache=cache)
    processes = min(jobs, len(folders))
    if processes <= 1 or len(folders) < POOL_FROM:
        yield from map(work, folders)
        return
    chunk = max(1, min(_MOST_AT_ONCE, len(folders) // (processes * 8)))
    with _context().Pool(processes) as pool:
        yield from pool.imap(work, folders, chunk)


def check_folders(
    folders: Sequence[Folder],
    limits: Limits = DEFAULT_LIMITS,
    cache: ResultCache | None = None,
    jobs: int = 1,
) -> Iterator[FolderResult]:
    """The result of each folder, in the order given, with up to `jobs` processes.

    With a cache and a pool, this process first answers what the cache holds
    (reading and hashing is quick, a pool's start is not) and hands the pool
    only the folders it does not: an unchanged registry starts no process. When
    the first `_PROBE` folders all miss, the pool takes every folder at once.
    """
    if cache is None or jobs <= 1 or len(folders) < POOL_FROM:
        yield from _pooled(folders, limits, cache, jobs)
        return
    known: list[FolderResult | None] = []
    for folder in folders:
        known.append(cached(folder, limits, cache)[0])
        if len(known) == _PROBE and not any(known):
            # A cache that holds none of the first folders is cold (a first run, a
            # new version, a new day): the workers look up and fill it themselves.
            yield from _pooled(folders, limits, cache, jobs)
            return
    missing = [folder for folder, kept in zip(folders, known, strict=True) if kept is None]
    fresh = _pooled(missing, limits, cache, jobs)
    for kept in known:
        yield kept if kept is not None else next(fresh)
