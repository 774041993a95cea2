"""Running coordreg as a real process, as a user who is not root, and reading its answer.

Shared by the adversarial tests of issue 14 (concurrent writers, links out of the
repository, ownership, signals, folders that cannot be read). `coordreg(args,
cwd)` runs `python -m coordreg` and returns an `Answer` (harness.py) read from
its output, asserting that it printed no traceback.

Permission bits do not stop root, and CI often runs as root. `unprivileged()` is a
real unprivileged user: the account `coordreg-tester` (made with `useradd`
when the tests run as root and it is missing), or the user running the tests
when that is not root. `as_tester=True` runs the command as that user with
`setpriv`. Its files must be reachable: `shared_folder()` makes a folder under
the system's temporary folder that the user can search, outside pytest's own
(which is private to root).
"""

from __future__ import annotations

import contextlib
import functools
import os
import pwd
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from harness import Answer, findings_in

TESTER = "coordreg-tester"
TIMEOUT = 120.0


@dataclass(frozen=True)
class User:
    uid: int
    gid: int
    name: str


def is_root() -> bool:
    return os.geteuid() == 0


@functools.cache
def unprivileged() -> User:
    """The unprivileged user the permission tests run commands as."""
    if not is_root():
        entry = pwd.getpwuid(os.geteuid())
        return User(entry.pw_uid, entry.pw_gid, entry.pw_name)
    for _attempt in range(20):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(TESTER)
            return User(entry.pw_uid, entry.pw_gid, entry.pw_name)
        # Other test sessions may add it at the same moment: useradd then fails, the look-up not.
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", TESTER],
            capture_output=True,
            check=False,
        )
        time.sleep(0.1)
    raise AssertionError(f"cannot make the user {TESTER}")


def environment(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8", **(extra or {})}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE"):
        env.pop(name, None)
    return env


def command(args: Sequence[str], *, as_tester: bool = False) -> list[str]:
    """The argument list that runs `coordreg ARGS` (as the tester, if asked and root)."""
    line = [sys.executable, "-m", "coordreg", *args]
    if as_tester and is_root():
        user = unprivileged()
        line = ["setpriv", f"--reuid={user.uid}", f"--regid={user.gid}", "--clear-groups", *line]
    return line


def coordreg(
    args: Sequence[str],
    cwd: Path,
    *,
    as_tester: bool = False,
    env: dict[str, str] | None = None,
) -> Answer:
    """`coordreg ARGS` as a real process in `cwd`; its answer, never a traceback."""
    started = time.perf_counter()
    done = subprocess.run(
        command(args, as_tester=as_tester),
        cwd=cwd,
        env=environment(env),
        stdin=subprocess.DEVNULL,
        capture_output=True,
        timeout=TIMEOUT,
        check=False,
    )
    out, err = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
    assert "Traceback" not in out + err, (out + err)[-3000:]
    seconds = time.perf_counter() - started
    return Answer(done.returncode, findings_in(out + err), out, err, seconds)


def hand_over(folder: Path, user: User) -> None:
    """Give everything under `folder` (and itself) to `user`, as their own files."""
    if not is_root():
        return
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, user.uid, user.gid, follow_symlinks=False)


@contextlib.contextmanager
def shared_folder() -> Iterator[Path]:
    """A fresh folder the tester can reach (pytest's tmp_path is private to its user)."""
    folder = Path(tempfile.mkdtemp(prefix="coordreg-issue14-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for path in [folder, *folder.rglob("*")]:
            with contextlib.suppress(OSError):
                if path.is_dir() and not path.is_symlink():
                    path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)
