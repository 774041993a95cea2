"""Where a repository of regulations is, and where it ends.

Found from any of its subfolders, as git does.

A user works from wherever they stand: `regulations/<id>/`, its `evaluations/`,
a `docs/` folder beside them. Commands that default to the repository's
`regulations/` folder (check, fmt, agenda) and those that take a regulation's id
(plan, review, diff ...) look for it by walking up from the working folder:

1. the git work tree: the nearest folder holding `.git` (a folder, or the file
   a worktree or a submodule has) - `find_root`, the boundary links may not
   lead past;
2. coordreg's root folder: the nearest folder holding `coordreg.toml` (the
   repository's settings) or a `regulations/` folder - `coordreg_root`, where
   `regulations/` and `coordreg.toml` are read from.

git itself is not run: this layer is below the one that talks to git, and a
walk is all it takes.

The root found is also the boundary no symbolic link may lead past. A
regulation repository is shared, and whoever can commit can commit a symbolic
link: `regulations/x/regulation.yaml -> /proc/self/environ` would have `check`
print the environment (secrets included) into a CI log, and a link to
`../../../elsewhere/docker-compose.yml` would have `fmt` rewrite a file outside
the repository. git does not follow links either. So a path that leads out of
its repository through a link is neither read nor written (`leads_outside`).
A path's repository is found the same way, from the path as written (its links
not resolved); outside any repository there is no boundary: a path named there is
the user's own choice.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Literal

from coordreg.errors import UsageError

GIT_MARK = ".git"
CONFIG_FILE = "coordreg.toml"
REGULATIONS_FOLDER = "regulations"


def _lexical(path: Path) -> Path:
    """`path` made absolute, `..` taken away as written (links are not looked at)."""
    return Path(os.path.abspath(path))  # noqa: PTH100 - resolve() follows links


def _walk_up(start: Path, holds: Callable[[Path], bool]) -> Path | None:
    # os.path answers False where pathlib would raise (a folder that cannot be searched).
    return next((folder for folder in (start, *start.parents) if holds(folder)), None)


# What `find_root` and `leads_outside` learnt of each folder during one `check`
# (`remembered_roots`): None outside one, so that a long-lived process (the
# language server) always looks again.
_memo: dict[tuple[str, str], Path | str | None] | None = None


@contextlib.contextmanager
def remembered_roots() -> Iterator[None]:
    """Within it, each folder's repository and real path are looked up once.

    `check` reads every file of a registry, and each read asks which repository
    the file is in (`leads_outside`): without this, every file walks up to the
    top of the file system, and resolves each of its parents' links, again.
    What is remembered is what the walk would find for a folder at that moment;
    a folder that becomes a link or gains a `.git` during the check is seen by
    the next check (as it would be by a walk that had just passed it). The
    files themselves are looked at every time (one of them a link is a link).
    """
    global _memo
    outer, _memo = _memo, {} if _memo is None else _memo
    try:
        yield
    finally:
        _memo = outer


def working_folder() -> str:
    """`os.getcwd()`; while remembering (`remembered_roots`), asked once."""
    memo = _memo
    if memo is None:
        return os.getcwd()  # noqa: PTH109 - a string
    known = memo.get(("cwd", ""))
    if not isinstance(known, str):
        known = memo[("cwd", "")] = os.getcwd()  # noqa: PTH109
    return known


def _remembered_walk(kind: str, folder: Path, holds: Callable[[Path], bool]) -> Path | None:
    """`_walk_up(folder, holds)`, each folder on the way asked once while remembering."""
    memo = _memo
    if memo is None:
        return _walk_up(folder, holds)
    climbed: list[str] = []
    found: Path | None = None
    current = folder
    while True:
        key = (kind, str(current))
        if key in memo:
            known = memo[key]
            found = known if isinstance(known, Path) else None
            break
        climbed.append(key[1])
        if holds(current):
            found = current
            break
        parent = current.parent
        if parent == current:
            break
        current = parent
    for name in climbed:
        memo[(kind, name)] = found
    return found


def _holds_git(folder: Path) -> bool:
    return os.path.lexists(os.path.join(folder, GIT_MARK))  # noqa: PTH118 - no Path to build


def _holds_coordreg(folder: Path) -> bool:
    # os.path, as above: Path.is_dir raises on a folder that cannot be searched (Python 3.11).
    # Joined as strings: this runs for every folder `check` reads.
    config = os.path.join(folder, CONFIG_FILE)  # noqa: PTH118
    regulations = os.path.join(folder, REGULATIONS_FOLDER)  # noqa: PTH118
    return os.path.isfile(config) or os.path.isdir(regulations)  # noqa: PTH112, PTH113


def find_root(start: Path) -> Path | None:
    """The repository that holds `start`: its git work tree, else coordreg's root folder."""
    here = _lexical(start)
    if _memo is None or _holds_git(here) or _holds_coordreg(here):
        return _walk_up(here, _holds_git) or _walk_up(here, _holds_coordreg)
    # `start` itself holds neither (a file, most often): the answer is its folder's.
    folder = here.parent
    return _remembered_walk("git", folder, _holds_git) or _remembered_walk(
        "coordreg", folder, _holds_coordreg
    )


def coordreg_root(start: Path | None = None) -> Path | None:
    """The nearest folder at or above `start` (default: the working folder) that holds
    `coordreg.toml` or `regulations/`; None outside any repository of regulations."""
    return _walk_up(_lexical(start if start is not None else Path()), _holds_coordreg)


def regulations_folder(start: Path | None = None) -> Path:
    """The repository's `regulations/` folder, as a path from the working folder.

    From the root itself this is `regulations`, as it always was; from
    `regulations/x/` it is `../../regulations`, so that the files a command
    names can be opened from where the user stands. Outside any repository it
    is `regulations`, which the command then reports missing.
    """
    root = coordreg_root(start)
    if root is None:
        return Path(REGULATIONS_FOLDER)
    try:
        relative = Path(os.path.relpath(root, Path.cwd()))
    except ValueError:  # another drive on Windows: no relative path
        relative = root
    return relative / REGULATIONS_FOLDER


def leads_outside(path: Path) -> Path | None:
    """The repository that `path` leads out of through a symbolic link; None if it stays in.

    Both sides are compared with their links resolved, so a repository that is
    itself reached through a link (a home folder on another disk) is still
    itself. A link that does not resolve (dangling, a loop) stays where it is
    for this question; reading it reports why it cannot be read.
    """
    if _memo is not None:
        known = _regular_file_leads_outside(path, _memo)
        if known is not False:
            return known
    try:
        root = find_root(path)
        if root is None:
            return None
        real = Path(_real_path(_lexical(path)))
        inside = real.is_relative_to(_real_path(root))
    except ValueError:  # a NUL byte: a path that names nothing
        return None
    return None if inside else root


def _regular_file_leads_outside(
    path: Path, memo: dict[tuple[str, str], Path | str | None]
) -> Path | Literal[False] | None:
    """`leads_outside(path)` for a regular file (not a link) from what its folder gave;
    False for any other path, which takes the whole walk.

    A regular file holds no `.git`, `coordreg.toml` or `regulations/`, so its
    repository is its folder's; and its real path is its name in its folder's real
    path. So whether it leads out is its folder's answer, asked once a folder.
    """
    try:
        # `os.path.abspath`, the working folder asked once.
        here = os.path.normpath(os.path.join(working_folder(), path))  # noqa: PTH118
        if not stat.S_ISREG(os.lstat(here).st_mode):
            return False
    except (OSError, ValueError):
        return False
    folder = os.path.dirname(here)  # noqa: PTH120 - a string
    key = ("outside", folder)
    if key not in memo:
        memo[key] = leads_outside(Path(folder))
    known = memo[key]
    return known if isinstance(known, Path) else None


def _real_path(path: Path) -> str:
    """`os.path.realpath(path)`; while remembering, a folder's real path is found once."""
    memo = _memo
    if memo is None:
        return os.path.realpath(path)
    key = ("real", str(path))
    known = memo.get(key)
    if isinstance(known, str):
        return known
    parent = path.parent
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return os.path.realpath(path)
    if parent == path or stat.S_ISLNK(mode):
        return os.path.realpath(path)
    # Not a link itself: its real path is its name in its folder's real path
    # (`..` cannot occur: the path is `_lexical`).
    real = os.path.join(_real_path(parent), path.name)  # noqa: PTH118 - a string
    if stat.S_ISDIR(mode):
        memo[key] = real
    return real


def confine(path: Path) -> None:
    """Refuse (`UsageError`, exit 2) a path that leads out of its repository through a link."""
    root = leads_outside(path)
    if root is not None:
        raise UsageError("link_outside", path=str(path), root=str(root))
