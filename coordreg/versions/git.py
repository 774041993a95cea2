"""The only module that runs git.

git is always run as an argument list, never through a shell. Revisions given
by users are checked before git sees them (nothing that starts with `-` or holds
characters git would read specially), then resolved to a commit id with
`--end-of-options`, and only that hexadecimal id is passed on. Paths must stay
inside the repository. Many versions are read through one long-lived
`git cat-file --batch` process instead of one process each, by object id: no
path goes through that line-based protocol, whose replies also hold the name
asked for ("<name> missing").

Paths are git's bytes. A name that is not UTF-8 is held as Python holds file
names (`os.fsdecode`, a lone surrogate for each such byte) and given back to
git as the same bytes; it is printed escaped (`catalogue.errors.shown`).
Pathspecs are literal (GIT_LITERAL_PATHSPECS): a folder named `[ab]` or
`:(top)x` is that folder, not a pattern.

git is run with the user's own git environment, as their own git would run:
GIT_DIR and the like are honoured (made absolute first, since git runs in
the repository's top folder rather than where coordreg was started), and
when git cannot use a repository its own words are reported.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from coordreg.errors import UsageError
from coordreg.versions.rawlog import HEADER_FORMAT, Commit, FileChange, parse_raw_log

# What a revision may hold: names, ~ ^ @ { } and the like, but no whitespace,
# no control characters, no ':' (the path separator in REV:PATH) and no '..'
# (a range, not one revision).
_REVISION_RE = re.compile(r"[A-Za-z0-9_./@{}~^+-]+")
_GIT_ENV = {
    "GIT_TERMINAL_PROMPT": "0",
    "GIT_OPTIONAL_LOCKS": "0",
    "LC_ALL": "C",
    "GIT_LITERAL_PATHSPECS": "1",
}
# Variables git reads as paths from the folder it runs in. A hook runs with
# GIT_INDEX_FILE=.git/index, some with GIT_DIR=.git: meant from the folder coordreg
# was started in, they are made absolute from there before git runs elsewhere.
_PATH_VARIABLES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_COMMON_DIR",
)
# Other variables that change where git looks for a repository or its objects: when git
# refuses with one of them set, the message names it (else "not a git repository" would
# read as if there were none).
_WHERE_VARIABLES = ("GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR", "GIT_CEILING_DIRECTORIES")
# What git answers in a reply of `cat-file --batch` for an object it has; anything
# else ("<name> missing", "<name> ambiguous") is no object.
_FOUND_RE = re.compile(rb"[0-9a-f]{40,64} (?P<type>[a-z]+) (?P<size>[0-9]+)")
# The longest message of git's kept in a one-line error.
_MAX_SAID = 600


def _environment() -> dict[str, str]:
    environment = {**os.environ, **_GIT_ENV}
    for name in _PATH_VARIABLES:
        if environment.get(name):
            environment[name] = os.path.abspath(environment[name])  # noqa: PTH100
    return environment


def git_dir() -> str | None:
    """GIT_DIR as the user set it, if set: then git looks for no repository itself.

    Set but empty counts as set: git then refuses every repository ("not a git
    repository: ''"), which is what the user's own git does too.
    """
    return os.environ.get("GIT_DIR")


def refused(path: str, detail: str) -> UsageError:
    """git's refusal to use the repository of `path`, in its words, naming the
    environment variable that changed where git looks (GIT_DIR, GIT_WORK_TREE)."""
    user_git_dir = git_dir()
    if user_git_dir is not None:
        return UsageError("git_dir_refused", git_dir=user_git_dir or "''", detail=detail)
    work_tree = os.environ.get("GIT_WORK_TREE")
    if work_tree is not None:
        return UsageError("git_work_tree_refused", work_tree=work_tree or "''", detail=detail)
    where = [f"{name}={os.environ[name]}" for name in _WHERE_VARIABLES if name in os.environ]
    if where:
        return UsageError("git_env_refused", variables=", ".join(where), path=path, detail=detail)
    return UsageError("git_refused", path=path, detail=detail)


def _looks_as_usual() -> bool:
    """Whether git looks for the repository as usual: no variable tells it where to."""
    moved = ("GIT_DIR", "GIT_WORK_TREE", *_WHERE_VARIABLES)
    return not any(name in os.environ for name in moved)


def _said(stderr: bytes) -> str:
    """What git said, on one line: its lines joined, without "fatal: " and the like."""
    lines = (line.strip() for line in stderr.decode("utf-8", "surrogateescape").splitlines())
    text = " ".join(line.removeprefix("fatal: ").removeprefix("error: ") for line in lines if line)
    return text if len(text) <= _MAX_SAID else text[: _MAX_SAID - 1] + "…"


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
    except OSError as error:
        # The folder to run in is gone or cannot be entered; else git itself is missing.
        if not os.path.isdir(cwd):  # noqa: PTH112 - pathlib raises where this answers
            raise UsageError("path_missing", path=str(cwd)) from None
        if isinstance(error, FileNotFoundError):
            raise UsageError("git_missing") from None
        raise UsageError("unreadable", path=str(cwd), reason=error.strerror or "?") from None
    if completed.returncode != 0:
        said = _said(completed.stderr) or f"exit {completed.returncode}"
        raise UsageError("git_failed", detail=said)
    return completed.stdout


def repository_root(start: Path) -> Path:
    """The top folder of the work tree that holds `start`.

    git finds the repository from `start`'s folder; with GIT_DIR set it looks
    for none, and the top of the work tree is GIT_WORK_TREE, core.worktree, or
    the folder git runs in: as for the user's own git, the one coordreg was
    started in. A repository git will not use ("dubious ownership", a GIT_DIR
    that is no repository) is said in git's words, never taken for no repository.
    """
    user_git_dir = git_dir()
    # os.path.isdir: Path.is_dir raises on a name too long, or a folder it cannot search.
    here = start if os.path.isdir(start) else start.parent  # noqa: PTH112
    folder = Path.cwd() if user_git_dir is not None else here
    try:
        out = run(["rev-parse", "--show-toplevel"], folder)
    except UsageError as error:
        if error.msgid != "git_failed":
            raise
        detail = str(error.args_["detail"])
        if _looks_as_usual() and detail.startswith("not a git repository"):
            raise UsageError("not_a_repository", path=str(start)) from None
        raise refused(str(start), detail) from None
    top = out.rstrip(b"\n")
    if not top:  # a bare repository, or inside .git: no work tree
        raise UsageError("git_refused", path=str(start), detail="no work tree")
    root = Path(os.fsdecode(top))
    if not os.path.isdir(root):  # noqa: PTH112 - GIT_WORK_TREE or core.worktree: git trusts it
        raise UsageError("work_tree_missing", path=str(start), root=str(root))
    return root


def resolve_commit(root: Path, revision: str) -> str:
    """The full commit id that `revision` names in the repository at `root`."""
    check_revision(revision)
    try:
        out = run(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{revision}^{{commit}}"], root
        )
    except UsageError as error:
        detail = str(error.args_.get("detail", ""))
        # --quiet: a revision that names nothing is an exit status without a word; a
        # repository git will not use there (GIT_WORK_TREE elsewhere) is git's message.
        if error.msgid != "git_failed":
            raise
        if detail.startswith("exit "):
            raise UsageError("unknown_revision", revision=revision) from None
        raise refused(str(root), detail) from None
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
        if os.environ.get("GIT_DIR") is None and os.environ.get("GIT_WORK_TREE") is not None:
            raise UsageError("outside_work_tree", path=str(path), root=str(root)) from None
        raise UsageError("path_outside_repository", path=str(path), root=str(root)) from None


def set_config(folder: Path, key: str, value: str) -> None:
    """Set `key` in the own configuration (.git/config) of the repository git finds from `folder`.

    Run from the folder the user named, not from the work tree's top: with
    `GIT_WORK_TREE` set, the top of the work tree holds no `.git` to find.
    """
    run(["config", "--local", "--end-of-options", key, value], folder)


def _head(root: Path) -> str:
    try:
        return resolve_commit(root, "HEAD")
    except UsageError as error:
        if error.msgid != "unknown_revision":
            raise  # git refused the repository: its words, not "no commits"
        raise UsageError("no_commits", path=str(root)) from None


def file_history(root: Path, path: str, since: str | None = None) -> list[FileChange]:
    """The commits that changed the file `path`, newest first (first-parent history).

    The file is followed back across moves and renames, as `git log --follow`
    does: each change gives the file's path on both sides of its commit.
    """
    args = ["log", "--first-parent", "--follow", "--raw", "--no-abbrev", "-z"]
    args.append(f"--format={HEADER_FORMAT}")
    if since is not None:
        args.append(f"--since={since}")
    out = run([*args, "--end-of-options", _head(root), "--", path], root)
    return parse_raw_log(out)


def commits_touching(root: Path, path: str, since: str | None = None) -> list[Commit]:
    """The commits that changed `path`, newest first (first parent history, across renames)."""
    return [change.commit for change in file_history(root, path, since)]


def is_tracked(root: Path, path: str) -> bool:
    """Whether git tracks `path` (it is in the index: committed, or added to be)."""
    return bool(run(["ls-files", "-z", "--", path], root))


class BlobTooLargeError(Exception):
    """A file at a revision is larger than the reader was asked to take; not read."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


class BlobReader:
    """Reads blobs through one `git cat-file --batch` process."""

    def __init__(self, root: Path) -> None:
        # git's complaints go to a file, not a pipe nobody reads while it runs.
        self._errors = tempfile.TemporaryFile()  # noqa: SIM115 - closed in close()
        self._process = subprocess.Popen(
            ["git", "cat-file", "--batch"],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=self._errors,
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
        return self._ask(os.fsencode(f"{commit}:{path}"), max_bytes)

    def read_object(self, oid: str, max_bytes: int | None = None) -> bytes | None:
        """The blob `oid` (a full object id), or None if git has no such blob."""
        if not re.fullmatch(r"[0-9a-f]{40,64}", oid):
            raise UsageError("bad_revision", revision=oid)
        return self._ask(oid.encode("ascii"), max_bytes)

    def _ask(self, name: bytes, max_bytes: int | None) -> bytes | None:
        try:
            self._in.write(name + b"\n")
            self._in.flush()
        except BrokenPipeError:
            raise self._ended() from None
        reply = self._out.readline()
        if not reply.endswith(b"\n"):
            raise self._ended()
        # The reply to a name git lacks is "<name> missing", and the name may hold
        # spaces: only the exact form of an object found is taken as one.
        found = _FOUND_RE.fullmatch(reply[:-1])
        if found is None:
            return None
        size = int(found["size"])
        kind = found["type"]
        if max_bytes is not None and size > max_bytes and kind == b"blob":
            left = size + 1  # and the newline after the content, to stay in step
            while left > 0 and (chunk := self._out.read(min(left, 1 << 20))):
                left -= len(chunk)
            raise BlobTooLargeError(size)
        data = self._out.read(size)
        self._out.read(1)  # the newline after the content
        if len(data) < size:
            raise self._ended()
        # A folder (tree) at that path is read too, to stay in step, but is not a file.
        return data if kind == b"blob" else None

    def _ended(self) -> UsageError:
        """git stopped answering: what it said, as a one-line error."""
        self._process.wait()
        self._errors.seek(0)
        said = _said(self._errors.read(64 * 1024))
        return UsageError("git_failed", detail=said or f"exit {self._process.returncode}")

    def close(self) -> None:
        with contextlib.suppress(BrokenPipeError):
            self._in.close()
        self._process.wait()
        self._errors.close()

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
    The path is given to git as an argument, whatever it holds (a line break).
    """
    commit = resolve_commit(root, revision)
    try:
        out = run(
            ["rev-parse", "--verify", "--quiet", "--end-of-options", f"{commit}:{path}"], root
        )
    except UsageError:
        out = b""
    data = None
    oid = out.decode("ascii", "replace").strip()
    if re.fullmatch(r"[0-9a-f]{40,64}", oid):
        with BlobReader(root) as reader:
            data = reader.read_object(oid, max_bytes)
        if data is None:
            # A folder there, or an object git has lost: git's words for the latter.
            run(["cat-file", "-t", oid], root)
    if data is None:
        raise UsageError("not_in_revision", path=path, revision=revision)
    return data


def file_versions(
    root: Path, changes: list[FileChange]
) -> Iterator[tuple[FileChange, bytes | None, bytes | None]]:
    """(change, file before it, file after it) for each change, through one reader.

    A blob git does not have (a partial clone) is None, as a file that is not there.
    """
    with BlobReader(root) as reader:
        for change in changes:
            before = reader.read_object(change.old_blob) if change.old_blob else None
            after = reader.read_object(change.new_blob) if change.new_blob else None
            yield change, before, after
