"""The only module that runs git.

git is always run as an argument list, never through a shell. Revisions given
by users are checked before git sees them (nothing that starts with `-` or holds
characters git would read specially), then resolved to a commit id with
`--end-of-options`, and only that hexadecimal id is passed on. Paths must stay
inside the repository. Many revisions are read through one long-lived
`git cat-file --batch` process instead of one process each.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import IO

from coordreg.errors import UsageError

# What a revision may hold: names, ~ ^ @ { } and the like, but no whitespace,
# no control characters, no ':' (the path separator in REV:PATH) and no '..'
# (a range, not one revision).
_REVISION_RE = re.compile(r"[A-Za-z0-9_./@{}~^+-]+")
_GIT_ENV = {"GIT_TERMINAL_PROMPT": "0", "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"}


def _environment() -> dict[str, str]:
    return {**os.environ, **_GIT_ENV}


def check_revision(revision: str) -> None:
    """Refuse a revision git could read as an option or as more than one revision."""
    if (
        not revision
        or revision.startswith("-")
        or ".." in revision
        # fullmatch: with match(), "$" would let a trailing newline through.
        or not _REVISION_RE.fullmatch(revision)
    ):
        raise UsageError("bad_revision", revision=revision)


def run(args: list[str], cwd: Path, *, stdin: bytes | None = None) -> bytes:
    """Run `git ARGS` in `cwd` and return its output; a failure is a `UsageError`."""
    try:
        completed = subprocess.run(
            ["git", *args],
            cwd=cwd,
            input=stdin,
            capture_output=True,
            env=_environment(),
            check=False,
        )
    except FileNotFoundError:
        raise UsageError("git_missing") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip().splitlines()
        raise UsageError(
            "git_failed", detail=message[-1] if message else f"exit {completed.returncode}"
        )
    return completed.stdout


def repository_root(start: Path) -> Path:
    """The top folder of the work tree that holds `start`."""
    folder = start if start.is_dir() else start.parent
    try:
        out = run(["rev-parse", "--show-toplevel"], folder)
    except UsageError:
        raise UsageError("not_a_repository", path=str(start)) from None
    return Path(out.decode("utf-8").strip())


def resolve_commit(root: Path, revision: str) -> str:
    """The full commit id that `revision` names in the repository at `root`."""
    check_revision(revision)
    try:
        out = run(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], root
        )
    except UsageError:
        raise UsageError("unknown_revision", revision=revision) from None
    return out.decode("ascii").strip()


def repository_path(root: Path, path: Path) -> str:
    """`path` relative to the repository root, in git's form; refuse one outside it.

    Symbolic links are resolved first, so a link that leads out of the
    repository is refused too.
    """
    real_root = Path(os.path.realpath(root))
    real = Path(os.path.realpath(Path.cwd() / path))
    try:
        return real.relative_to(real_root).as_posix()
    except ValueError:
        raise UsageError("path_outside_repository", path=str(path), root=str(root)) from None


def set_config(folder: Path, key: str, value: str) -> None:
    """Set `key` in the own configuration (.git/config) of the repository git finds from `folder`.

    Run from the folder the user named, not from the work tree's top: with
    `GIT_WORK_TREE` set, the top of the work tree holds no `.git` to find.
    """
    run(["config", "--local", "--end-of-options", key, value], folder)


@dataclass(frozen=True)
class Commit:
    id: str
    parents: tuple[str, ...]
    author: str
    date: str
    subject: str


def commits_touching(root: Path, path: str, since: str | None = None) -> list[Commit]:
    """The commits that changed `path`, newest first (first parent history)."""
    args = ["log", "--first-parent", "--format=%H%x1f%P%x1f%an%x1f%aI%x1f%s%x1e"]
    if since is not None:
        args.append(f"--since={since}")
    try:
        head = resolve_commit(root, "HEAD")
    except UsageError:
        raise UsageError("no_commits", path=str(root)) from None
    out = run([*args, "--end-of-options", head, "--", path], root)
    commits = []
    for record in out.decode("utf-8", "replace").split("\x1e"):
        fields = record.strip("\n").split("\x1f")
        if len(fields) == 5:
            commit_id, parents, author, date, subject = fields
            commits.append(Commit(commit_id, tuple(parents.split()), author, date, subject))
    return commits


class BlobTooLargeError(Exception):
    """A file at a revision is larger than the reader was asked to take; not read."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


class BlobReader:
    """Reads `commit:path` blobs through one `git cat-file --batch` process."""

    def __init__(self, root: Path) -> None:
        self._process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_environment(),
        )
        assert self._process.stdin is not None and self._process.stdout is not None
        self._in: IO[bytes] = self._process.stdin
        self._out: IO[bytes] = self._process.stdout

    def read(self, commit: str, path: str, max_bytes: int | None = None) -> bytes | None:
        """The file at `path` in `commit` (a full commit id), or None where it does not exist.

        A blob over `max_bytes` is skipped unread (`BlobTooLargeError`); git
        gives the size before the content.
        """
        if not re.fullmatch(r"[0-9a-f]{40,64}", commit) or "\n" in path:
            raise UsageError("bad_revision", revision=commit)
        self._in.write(f"{commit}:{path}\n".encode())
        self._in.flush()
        header = self._out.readline().decode("utf-8", "replace").split()
        if len(header) != 3:
            return None  # "<object> missing"
        size = int(header[2])
        if max_bytes is not None and size > max_bytes and header[1] == "blob":
            left = size + 1  # and the newline after the content, to stay in step
            while left > 0 and (chunk := self._out.read(min(left, 1 << 20))):
                left -= len(chunk)
            raise BlobTooLargeError(size)
        data = self._out.read(size)
        self._out.read(1)  # the newline after the content
        # A folder (tree) at that path is read too, to stay in step, but is not a file.
        return data if header[1] == "blob" else None

    def close(self) -> None:
        self._in.close()
        self._process.wait()

    def __enter__(self) -> BlobReader:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        value: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.close()


def read_blob(root: Path, revision: str, path: str, max_bytes: int | None = None) -> bytes:
    """The file at `path` in `revision`; `UsageError` when it does not exist there.

    `BlobTooLargeError` when it is over `max_bytes`, which is then not read.
    """
    commit = resolve_commit(root, revision)
    with BlobReader(root) as reader:
        data = reader.read(commit, path, max_bytes)
    if data is None:
        raise UsageError("not_in_revision", path=path, revision=revision)
    return data


def versions(
    root: Path, path: str, commits: list[Commit]
) -> Iterator[tuple[Commit, bytes | None, bytes | None]]:
    """(commit, file before it, file after it) for each commit, through one reader."""
    with BlobReader(root) as reader:
        for commit in commits:
            before = reader.read(commit.parents[0], path) if commit.parents else None
            yield commit, before, reader.read(commit.id, path)
