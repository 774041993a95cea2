"""`coordreg log`: the semantic history of a regulation in git.

Every version of the file is read once (through one `git cat-file --batch`
process) and parsed once: consecutive commits share a version, so n commits
cost about n parses, not 2n. The file itself is followed back across moves and
renames of its folder, like `git log --follow`. `--article N` follows the
article that is number N in the newest version back through its renumberings
and moves, like `git log -L` for a legal article.

A file git does not track has no history, and that is said (`not_tracked`)
rather than shown as an empty one: with GIT_DIR set, git may be looking at
another work tree than the user thinks.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from coordreg.errors import DataError, UsageError
from coordreg.model import Article, Regulation
from coordreg.versions import git
from coordreg.versions.change import Change
from coordreg.versions.diff import compare_tracking
from coordreg.versions.rawlog import Commit
from coordreg.versions.revisions import parse_regulation


@dataclass(frozen=True)
class LogEntry:
    commit: Commit
    changes: list[Change] = field(default_factory=list)
    created: bool = False
    deleted: bool = False
    # A side of the commit could not be read (invalid YAML at that revision).
    unreadable: bool = False
    # The file's path before the commit, when the commit moved or renamed it.
    moved_from: str | None = None


class _Versions:
    """The versions of the file, each parsed once; None for one that does not parse.

    Walking back through first-parent history, the version before one commit is
    the version after the next, so only the latest few parses are ever needed
    again: keeping every version of a long history would hold them all in memory.
    """

    KEEP = 4

    def __init__(self, path: str) -> None:
        self.path = path
        self.cache: dict[bytes, Regulation | None] = {}

    def get(self, raw: bytes | None) -> Regulation | None:
        if raw is None:
            return None
        if raw not in self.cache:
            try:
                parsed = parse_regulation(raw, self.path)
            except DataError:
                parsed = None
            if len(self.cache) >= self.KEEP:
                del self.cache[next(iter(self.cache))]  # the oldest entry
            self.cache[raw] = parsed
        return self.cache[raw]


def _touches(change: Change, before: Article | None, after: Article) -> bool:
    """Whether `change` is about the followed article (`before`/`after` the commit).

    A repealed article or duty is placed under its old number; everything else,
    repealed clauses and points included, under the article's new number.
    """
    if change.kind == "removed" and change.target_type in ("article", "duty"):
        return before is not None and change.article == before.number
    return change.article == after.number


def regulation_log(
    file: Path, since: str | None = None, article: int | None = None, duty: str | None = None
) -> Iterator[LogEntry]:
    """The commits that changed `file`, newest first, each with its semantic changes."""
    root = git.repository_root(file)
    path = git.repository_path(root, file)
    history = git.file_history(root, path, since)
    if not history and not git.is_tracked(root, path):
        _refuse_untracked(file, root)
    parsed = _Versions(path)
    followed: Article | None = None
    # The version that holds `followed`: when the next readable version going
    # back is another one (a version in between did not parse), the article
    # is found in it by comparing the two.
    holder: Regulation | None = None
    for index, (change, before_raw, after_raw) in enumerate(git.file_versions(root, history)):
        commit, moved_from = change.commit, change.old_path if change.moved else None
        before, after = parsed.get(before_raw), parsed.get(after_raw)
        if index == 0 and article is not None:
            holder = after
            followed = (
                next((a for _c, _i, _ch, a in after.articles() if a.number == article), None)
                if after
                else None
            )
            if followed is None:
                raise UsageError("no_such_article", number=article, path=str(file))
        elif (
            followed is not None
            and holder is not None
            and after is not None
            and after is not holder
        ):
            followed = compare_tracking(after, holder)[1].get(id(followed))
            holder = after
            if followed is None:
                return  # the article came in with a version that did not parse
        if before is None or after is None:
            # A side git names but cannot give (a partial clone) is unreadable,
            # not absent: only the raw diff says whether the file was there.
            entry = LogEntry(
                commit,
                created=change.old_blob is None and after is not None,
                deleted=change.new_blob is None,
                unreadable=(change.old_blob is not None and before is None)
                or (change.new_blob is not None and after is None),
                moved_from=moved_from,
            )
            include = article is None and duty is None
            if entry.created and (
                followed is not None or (duty is not None and _has_duty(after, duty))
            ):
                include = True  # the followed article or duty came with the file
            if include:
                yield entry
            if entry.created and article is not None:
                return
            continue
        changes, was = compare_tracking(before, after)
        if followed is not None:
            previous = was.get(id(followed))
            changes = [change for change in changes if _touches(change, previous, followed)]
            followed, holder = previous, before
        if duty is not None:
            changes = [
                change
                for change in changes
                if change.target_type == "duty" and change.target_id == duty
            ]
        if changes or (article is None and duty is None):
            yield LogEntry(commit, changes, moved_from=moved_from)
        if article is not None and followed is None:
            return  # the article was added by this commit: nothing older is about it


def _has_duty(regulation: Regulation | None, duty: str) -> bool:
    return regulation is not None and any(d.id == duty for _p, _a, d in regulation.duties())


def _refuse_untracked(file: Path, root: Path) -> None:
    """No history at all because git does not track the file: say so, and why it may be."""
    git_dir = git.git_dir()
    if git_dir is not None:
        raise UsageError("not_tracked_git_dir", path=str(file), root=str(root), git_dir=git_dir)
    if os.environ.get("GIT_WORK_TREE") is not None:
        raise UsageError("not_tracked_work_tree", path=str(file), root=str(root))
    raise UsageError("not_tracked", path=str(file), root=str(root))
