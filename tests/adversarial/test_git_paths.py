"""Awkward paths in git, files that move, and repositories git refuses (issue 14: 9, 10, 18).

`log`, `diff REV:PATH` and `git-setup` on real repositories in tmp_path:

- a regulation whose folder name holds a space, two spaces, a word git prints
  in its replies (`missing`, `blob 10`), glob characters, a line break, or
  bytes that are not UTF-8: the history is read and shown, and a file absent
  at a revision is the one-line `not_in_revision`, never a traceback;
- a regulation file moved or renamed: `log` follows it across the move, as
  `git log --follow` does, and marks the commit that moved it;
- a repository git refuses (owned by another user: "dubious ownership"), a
  `GIT_DIR` that names no repository, or one that makes git see another work
  tree: the answer says what git said, never "not inside any git repository"
  for a repository that is there, and never an empty history without a word.

Each case names the repository, the command and the exact answer; `log` cases
also give the event of each entry and the path each moved from, newest first.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from gitrepo import GitRepo, git
from harness import GOOD, GOOD_BYTES, Outcome, assert_outcome, ok, run, says, tidy

from coordreg.catalogue.printable import shown

V2 = GOOD.replace("title: Phạm vi điều chỉnh", "title: Phạm vi và đối tượng điều chỉnh").encode()
V3 = GOOD.replace("title: Phạm vi điều chỉnh", "title: Phạm vi áp dụng").encode()
REG = "regulation.yaml"
# Not UTF-8: a name written on a Latin-1 system ("qc-ÿ"), as Python holds it.
LATIN = os.fsdecode(b"qc-\xff")
LATIN_SHOWN = "qc-\\xff"


def _isolated_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """git as coordreg runs it here reads no configuration of the machine's user."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    for variable in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(variable, raising=False)


def commit_all(repo: GitRepo, files: dict[str, bytes], subject: str, date: str) -> None:
    """Write `files` and commit everything: `git add -A`, as a name such as `:(top)x`
    given to `git add --` would be read as a pathspec with magic."""
    for path, content in files.items():
        repo.write(path, content)
    git(repo.folder, "add", "-A")
    git(repo.folder, "commit", "--quiet", "-m", subject, date=date)


def added_then_amended(folder: str) -> Callable[[Path], Path]:
    """A first commit without the regulation, then `folder/regulation.yaml` added, then amended."""

    def setup(root: Path) -> Path:
        repo = GitRepo(root / "repo")
        repo.commit({"README.md": "Quy chế\n"}, "khởi tạo")
        commit_all(repo, {f"{folder}/{REG}": GOOD_BYTES}, "ban hành", "2022-02-01T09:00:00+07:00")
        commit_all(repo, {f"{folder}/{REG}": V2}, "sửa đổi", "2023-03-01T09:00:00+07:00")
        return repo.folder

    return setup


def moved(old: str, new: str, *, amend_on_move: bool = False) -> Callable[[Path], Path]:
    """Added in `old`, amended, moved to `new` (amended in the same commit if asked), amended."""

    def setup(root: Path) -> Path:
        repo = GitRepo(root / "repo")
        repo.commit({f"{old}/{REG}": GOOD_BYTES}, "ban hành")
        repo.commit({f"{old}/{REG}": V2}, "sửa đổi 1", date="2023-01-01T09:00:00+07:00")
        git(repo.folder, "mv", "--", old, new)
        if amend_on_move:
            repo.write(f"{new}/{REG}", V3)
            git(repo.folder, "add", "--", f"{new}/{REG}")
        git(
            repo.folder,
            "commit",
            "--quiet",
            "-m",
            "chuyển thư mục",
            date="2024-01-01T09:00:00+07:00",
        )
        repo.commit({f"{new}/{REG}": GOOD_BYTES}, "sửa đổi 2", date="2025-01-01T09:00:00+07:00")
        return repo.folder

    return setup


def twin_folders(root: Path) -> Path:
    """`a/` and `[ab]/` each hold a regulation; `a/` has one more commit.

    As a pattern, `[ab]/regulation.yaml` would match `a/regulation.yaml` too.
    """
    repo = GitRepo(root / "repo")
    repo.commit({f"[ab]/{REG}": GOOD_BYTES, f"a/{REG}": GOOD_BYTES}, "hai quy chế")
    repo.commit({f"a/{REG}": V2}, "chỉ sửa a", date="2023-01-01T09:00:00+07:00")
    return repo.folder


def not_committed(root: Path) -> Path:
    repo = GitRepo(root / "repo")
    repo.commit({"README.md": "Quy chế\n"}, "khởi tạo")
    repo.write(f"qc-test/{REG}", GOOD_BYTES)
    return repo.folder


def staged_only(root: Path) -> Path:
    folder = not_committed(root)
    git(folder, "add", "--", f"qc-test/{REG}")
    return folder


@dataclass(frozen=True)
class Case:
    name: str
    setup: Callable[[Path], Path]
    args: tuple[str, ...]
    expected: Outcome
    # For log: the event of each entry, newest first, and the path each moved from.
    events: tuple[str | None, ...] | None = None
    moves: tuple[str | None, ...] | None = None
    env: tuple[tuple[str, str], ...] = ()
    cwd: str = ""  # a folder under the repository to run in


def log(folder: str, *more: str) -> tuple[str, ...]:
    return ("log", "-f", "json", "--lang", "en", *more, "--", folder)


def diff(old: str, new: str) -> tuple[str, ...]:
    return ("diff", "--lang", "en", "--", old, new)


def _spaced_cases(folder: str) -> list[Case]:
    file = f"{folder}/{REG}"
    setup = added_then_amended(folder)
    return [
        Case(f"log of '{folder}'", setup, log(folder), ok(), events=(None, "created")),
        Case(
            f"diff of '{folder}' absent at a revision",
            setup,
            diff(f"HEAD~2:{file}", file),
            says(2, "not_in_revision", path=shown(file), revision="HEAD~2"),
        ),
        Case(f"diff of '{folder}' at two revisions", setup, diff(f"HEAD~1:{file}", file), ok()),
    ]


CASES = [
    # 9: git's "<object> missing" reply holds the path, spaces and all.
    *_spaced_cases("Quy che"),
    *_spaced_cases("Quy  che"),
    *_spaced_cases("Quy chế 2021 missing"),
    *_spaced_cases("x blob 10"),
    *_spaced_cases(" leading space"),
    *_spaced_cases("Quy\tche"),
    *_spaced_cases("Quy\nche"),
    *_spaced_cases(":(top)x"),
    *_spaced_cases("-x"),
    # 10: names that are not UTF-8 are read as git holds them and shown escaped.
    Case(
        "log of a name that is not UTF-8",
        added_then_amended(LATIN),
        log(LATIN),
        ok(),
        (None, "created"),
    ),
    Case(
        "diff of a name that is not UTF-8, absent at a revision",
        added_then_amended(LATIN),
        diff(f"HEAD~2:{LATIN}/{REG}", f"{LATIN}/{REG}"),
        says(2, "not_in_revision", path=f"{LATIN_SHOWN}/{REG}", revision="HEAD~2"),
    ),
    Case(
        "diff of a name that is not UTF-8 at two revisions",
        added_then_amended(LATIN),
        diff(f"HEAD~1:{LATIN}/{REG}", f"HEAD:{LATIN}/{REG}"),
        ok(),
    ),
    Case(
        "a pattern-like name is a name, not a pattern",
        twin_folders,
        log("[ab]"),
        ok(),
        events=("created",),
    ),
    # 18: moves and renames are followed.
    Case(
        "log across a move of the folder",
        moved("regulations/a", "regulations/b"),
        log("regulations/b"),
        ok(),
        events=(None, None, None, "created"),
        moves=(None, f"regulations/a/{REG}", None, None),
    ),
    Case(
        "log across a move that also amends",
        moved("regulations/a", "regulations/b", amend_on_move=True),
        log("regulations/b"),
        ok(),
        events=(None, None, None, "created"),
        moves=(None, f"regulations/a/{REG}", None, None),
    ),
    Case(
        "log of an article across a move",
        moved("regulations/a", "regulations/b"),
        log("regulations/b", "--article", "1"),
        ok(),
        events=(None, None, "created"),
        moves=(None, None, None),
    ),
    Case(
        "log across a move into a folder with a space and accents",
        moved("Quy che", "Quy chế mới"),
        log("Quy chế mới"),
        ok(),
        events=(None, None, None, "created"),
        moves=(None, f"Quy che/{REG}", None, None),
    ),
    Case(
        "log across a move to a name that is not UTF-8",
        moved("qc", LATIN),
        log(LATIN),
        ok(),
        events=(None, None, None, "created"),
        moves=(None, f"qc/{REG}", None, None),
    ),
    # 18: a history that is not there is said, not shown empty.
    Case(
        "log of a file git does not track",
        not_committed,
        log("qc-test"),
        says(2, "not_tracked", path=f"qc-test/{REG}"),
    ),
    Case("log of a file staged, never committed", staged_only, log("qc-test"), ok(), events=()),
    Case(
        "GIT_DIR that names no repository (log)",
        added_then_amended("qc-test"),
        log("qc-test"),
        says(2, "git_dir_refused", git_dir="/nonexistent/.git"),
        env=(("GIT_DIR", "/nonexistent/.git"),),
    ),
    Case(
        "GIT_DIR that names no repository (diff)",
        added_then_amended("qc-test"),
        diff(f"HEAD~1:qc-test/{REG}", f"qc-test/{REG}"),
        says(2, "git_dir_refused", git_dir="/nonexistent/.git"),
        env=(("GIT_DIR", "/nonexistent/.git"),),
    ),
    Case(
        "GIT_DIR=.git relative, as git sets it for hooks, run at the top",
        added_then_amended("qc-test"),
        log("qc-test"),
        ok(),
        events=(None, "created"),
        env=(("GIT_DIR", ".git"),),
    ),
    Case(
        "GIT_DIR=.git relative, diff at the top",
        added_then_amended("qc-test"),
        diff(f"HEAD~1:qc-test/{REG}", f"HEAD:qc-test/{REG}"),
        ok(),
        env=(("GIT_DIR", ".git"),),
    ),
    Case(
        "GIT_DIR set and run in a sub-folder: git sees that folder as the work tree",
        added_then_amended("regulations/qc-test"),
        log("qc-test"),
        says(2, "not_tracked_git_dir", path=f"qc-test/{REG}"),
        env=(("GIT_DIR", "{repo}/.git"),),
        cwd="regulations",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_git_paths(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _isolated_git(monkeypatch)
    folder = case.setup(tmp_path)
    try:
        monkeypatch.chdir(folder / case.cwd)
        for name, value in case.env:
            monkeypatch.setenv(name, value.format(repo=folder))
        answer = run(case.args)
        assert_outcome(answer, case.expected)
        if case.events is not None:
            entries = json.loads(answer.stdout)
            assert tuple(entry["event"] for entry in entries) == case.events, answer.stdout
            if case.moves is not None:
                assert tuple(entry.get("moved_from") for entry in entries) == case.moves
    finally:
        tidy(tmp_path)


def test_the_text_log_says_where_the_file_moved_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _isolated_git(monkeypatch)
    monkeypatch.chdir(moved("regulations/a", "regulations/b")(tmp_path))
    answer = run(("log", "regulations/b", "--lang", "en"))
    assert answer.exit == 0, answer.output
    lines = answer.stdout.splitlines()
    move = next(index for index, line in enumerate(lines) if line.endswith("chuyển thư mục"))
    assert lines[move + 1] == f"    moved from regulations/a/{REG}"
    # A move that changes nothing else has no line of counts: the next commit follows.
    assert not lines[move + 2].startswith(" ")
    assert lines[-1] == "    created"


def test_authors_and_subjects_are_read_whatever_they_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The header fields of `git log` are one a line: no name or subject can shift them."""
    _isolated_git(monkeypatch)
    repo = GitRepo(tmp_path / "repo")
    odd = "Nguyễn\x1fVăn\x1eAn :100644"
    repo.commit({f"qc/{REG}": GOOD_BYTES}, "ban hành\x1f2099-01-01\x1fx", author=odd)
    monkeypatch.chdir(repo.folder)
    answer = run(log("qc"))
    assert answer.exit == 0, answer.output
    [entry] = json.loads(answer.stdout)
    assert (entry["author"], entry["subject"]) == (odd, "ban hành\x1f2099-01-01\x1fx")
    assert entry["date"] == "2022-01-10T09:00:00+07:00"


def test_a_version_git_has_lost_is_said_in_git_s_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blob missing from a damaged object store: git's log itself cannot go on."""
    _isolated_git(monkeypatch)
    folder = added_then_amended("qc")(tmp_path)
    blob = git(folder, "rev-parse", f"HEAD~1:qc/{REG}").strip()
    (folder / ".git" / "objects" / blob[:2] / blob[2:]).unlink()
    monkeypatch.chdir(folder)
    assert_outcome(run(log("qc")), says(2, "git_failed", detail=f"unable to read {blob}"))
    assert_outcome(run(diff(f"HEAD~1:qc/{REG}", f"qc/{REG}")), says(2, "git_failed"))


# --- git refuses the repository: dubious ownership (needs root to own it as another user) ---


def _owned_by_nobody(root: Path) -> Path:
    folder = added_then_amended("qc-test")(root)
    for here, subfolders, files in os.walk(folder):
        for name in [Path(here), *(Path(here) / n for n in subfolders + files)]:
            os.lchown(name, 65534, 65534)
    return folder


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can give a repository to another user")
@pytest.mark.parametrize(
    "args",
    [log("qc-test"), diff(f"HEAD~1:qc-test/{REG}", f"qc-test/{REG}")],
    ids=["log", "diff"],
)
def test_a_repository_git_refuses_is_said_in_git_s_words(
    args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _isolated_git(monkeypatch)
    folder = _owned_by_nobody(tmp_path)
    monkeypatch.chdir(folder)
    answer = run(args)
    assert_outcome(answer, says(2, "git_refused"))
    assert "detected dubious ownership in repository at" in answer.stderr
    assert f"safe.directory {folder}" in answer.stderr
    assert len(answer.stderr.splitlines()) == 1, answer.stderr


# --- real processes: a strict output encoding, and a git hook -----------------------------------


def _coordreg(args: list[str], cwd: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GIT_") and key not in ("LC_ALL", "LANG")
    }
    environment.update(GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1", **env)
    return subprocess.run(
        [sys.executable, "-m", "coordreg", *args],
        cwd=cwd,
        env=environment,
        capture_output=True,
        timeout=120,
        check=False,
    )


def test_names_that_are_not_utf8_under_a_strict_output_encoding(tmp_path: Path) -> None:
    """With PYTHONIOENCODING=utf-8 (strict), a raw byte would be a UnicodeEncodeError."""
    folder = tmp_path / os.fsdecode(b"repo-\xfe")
    repo = GitRepo(folder)
    repo.commit({"README.md": "x\n"}, "khởi tạo")
    repo.commit({f"{LATIN}/{REG}": GOOD_BYTES}, "ban hành")
    strict = {"PYTHONIOENCODING": "utf-8"}
    setup = _coordreg(["git-setup"], folder, **strict)
    assert setup.returncode == 0, setup.stderr
    assert b"repo-\\xfe/.gitattributes" in setup.stdout
    assert b"Traceback" not in setup.stderr
    assert b"regulation.yaml diff=coordreg" in (folder / ".gitattributes").read_bytes()
    missing = _coordreg(
        ["diff", "--lang", "en", f"HEAD~1:{LATIN}/{REG}", f"{LATIN}/{REG}"], folder, **strict
    )
    assert missing.returncode == 2
    assert missing.stderr == (f"coordreg: {LATIN_SHOWN}/{REG} does not exist in HEAD~1\n".encode())
    history = _coordreg(["log", LATIN, "--lang", "en", "-f", "json"], folder, **strict)
    assert history.returncode == 0, history.stderr
    assert [entry["event"] for entry in json.loads(history.stdout)] == ["created"]
    # git runs coordreg as its diff driver with the path as its bytes.
    repo.write(f"{LATIN}/{REG}", V2)
    shown_by_git = subprocess.run(
        ["git", "diff"],
        cwd=folder,
        env={**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, **strict},
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert shown_by_git.returncode == 0, shown_by_git.stderr
    assert shown_by_git.stdout.startswith(
        f"coordreg diff a/{LATIN_SHOWN}/{REG} b/{LATIN_SHOWN}/{REG}\n".encode()
    ), shown_by_git.stdout[:500]


def test_log_from_a_git_hook(tmp_path: Path) -> None:
    """A hook runs with GIT_INDEX_FILE=.git/index, and some set GIT_DIR=.git: both relative."""
    repo = GitRepo(tmp_path / "repo")
    repo.commit({f"regulations/qc-test/{REG}": GOOD_BYTES}, "ban hành")
    out = tmp_path / "hook-log.json"
    hook = repo.folder / ".git" / "hooks" / "pre-commit"
    hook.write_text(
        f"#!/bin/sh\nGIT_DIR=.git exec {sys.executable} -m coordreg log qc-test -f json > {out} 2>&1\n"
    )
    hook.chmod(0o755)
    repo.commit({f"regulations/qc-test/{REG}": V2}, "sửa đổi")
    said = out.read_text(encoding="utf-8")
    assert "Traceback" not in said
    # The hook runs before the commit is made: the history it sees is the first commit.
    assert [entry["event"] for entry in json.loads(said)] == ["created"]
