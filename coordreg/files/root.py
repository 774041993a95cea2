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

import os
from collections.abc import Callable
from pathlib import Path

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


def _holds_git(folder: Path) -> bool:
    return os.path.lexists(folder / GIT_MARK)


def _holds_coordreg(folder: Path) -> bool:
    # os.path, as above: Path.is_dir raises on a folder that cannot be searched (Python 3.11).
    config, regulations = folder / CONFIG_FILE, folder / REGULATIONS_FOLDER
    return os.path.isfile(config) or os.path.isdir(regulations)  # noqa: PTH112, PTH113


def find_root(start: Path) -> Path | None:
    """The repository that holds `start`: its git work tree, else coordreg's root folder."""
    here = _lexical(start)
    return _walk_up(here, _holds_git) or _walk_up(here, _holds_coordreg)


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
    try:
        root = find_root(path)
        if root is None:
            return None
        real = Path(os.path.realpath(_lexical(path)))
        inside = real.is_relative_to(os.path.realpath(root))
    except ValueError:  # a NUL byte: a path that names nothing
        return None
    return None if inside else root


def confine(path: Path) -> None:
    """Refuse (`UsageError`, exit 2) a path that leads out of its repository through a link."""
    root = leads_outside(path)
    if root is not None:
        raise UsageError("link_outside", path=str(path), root=str(root))
