"""Bad revisions and odd repositories through `coordreg diff REV:PATH` and `coordreg log`.

Real repositories in tmp_path (tests/gitrepo.py), no mocks. The history of
the usual one: "v1" adds regulations/qc-test/regulation.yaml, "v2" amends the
title of article 1 and adds an empty-handed regulations/moi/regulation.yaml.
Each case names how to set the repository up, the command, and the exact
answer. A revision is checked before git sees it, so nothing a user types can
become an option of git (`--output=...` would write a file).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from gitrepo import GitRepo, git
from harness import (
    FILE,
    GOOD,
    GOOD_BYTES,
    Outcome,
    assert_outcome,
    bomb,
    ok,
    refused,
    run,
    says,
    tidy,
)

V2 = GOOD.replace("title: Phạm vi điều chỉnh", "title: Phạm vi và đối tượng điều chỉnh").encode()
NEW = "regulations/moi/regulation.yaml"


def history(root: Path) -> Path:
    """The usual two commits; the folder to run in."""
    repo = GitRepo(root / "repo")
    repo.commit({FILE: GOOD_BYTES}, "v1")
    repo.commit({FILE: V2, NEW: GOOD_BYTES}, "v2", date="2023-03-01T09:00:00+07:00")
    return repo.folder


def no_commits(root: Path) -> Path:
    repo = GitRepo(root / "repo")
    repo.write(FILE, GOOD_BYTES)
    return repo.folder


def shallow(root: Path) -> Path:
    """A clone of the usual history that has only its last commit."""
    source = history(root)
    git(root, "clone", "--quiet", "--depth", "1", f"file://{source}", "shallow")
    return root / "shallow"


def not_a_repository(root: Path) -> Path:
    folder = root / "plain"
    (folder / "regulations" / "qc-test").mkdir(parents=True)
    (folder / FILE).write_bytes(GOOD_BYTES)
    return folder


def bad_versions(root: Path) -> Path:
    """v1 good; v2 an alias bomb; v3 50 MB; v4 a symlink to /etc/passwd; v5 good again."""
    repo = GitRepo(root / "repo")
    repo.commit({FILE: GOOD_BYTES}, "v1")
    repo.commit({FILE: bomb()}, "v2 bomb", date="2022-02-01T09:00:00+07:00")
    big = b"# " + b"x" * (50 * 1024 * 1024) + b"\n"
    repo.commit({FILE: big}, "v3 50 MB", date="2022-03-01T09:00:00+07:00")
    (repo.folder / FILE).unlink()
    (repo.folder / FILE).symlink_to("/etc/passwd")
    git(repo.folder, "add", "--", FILE)
    git(repo.folder, "commit", "--quiet", "-m", "v4 link", date="2022-04-01T09:00:00+07:00")
    (repo.folder / FILE).unlink()
    repo.commit({FILE: GOOD_BYTES}, "v5", date="2022-05-01T09:00:00+07:00")
    return repo.folder


Setup = Callable[[Path], Path]


@dataclass(frozen=True)
class GitCase:
    name: str
    setup: Setup
    args: tuple[str, ...]
    expected: Outcome
    # For log: the "event" of each entry, newest first (None: changes).
    events: tuple[str | None, ...] | None = None


def diff(old: str, new: str) -> tuple[str, ...]:
    return ("diff", "--lang", "en", "--", old, new)


LOG = ("log", "qc-test", "-f", "json", "--lang", "en")

CASES = [
    GitCase("two revisions", history, diff(f"HEAD~1:{FILE}", f"HEAD:{FILE}"), ok()),
    GitCase("a revision and the work tree", history, diff(f"HEAD~1:{FILE}", FILE), ok()),
    GitCase(
        "an unknown revision",
        history,
        diff(f"nosuch:{FILE}", FILE),
        says(2, "unknown_revision", revision="nosuch"),
    ),
    GitCase(
        "a revision beyond the first commit",
        history,
        diff(f"HEAD~5:{FILE}", FILE),
        says(2, "unknown_revision", revision="HEAD~5"),
    ),
    GitCase(
        "a reflog entry that does not exist",
        history,
        diff(f"HEAD@{{100}}:{FILE}", FILE),
        says(2, "unknown_revision", revision="HEAD@{100}"),
    ),
    GitCase(
        "a revision starting with '-' (git's --output)",
        history,
        diff(f"--output=/tmp/coordreg-pwned:{FILE}", FILE),
        says(2, "bad_revision", revision="--output=/tmp/coordreg-pwned"),
    ),
    GitCase(
        "a revision starting with '-' (an option of rev-parse)",
        history,
        diff(f"--all:{FILE}", FILE),
        says(2, "bad_revision", revision="--all"),
    ),
    GitCase(
        "a range, not a revision",
        history,
        diff(f"HEAD~1..HEAD:{FILE}", FILE),
        says(2, "bad_revision", revision="HEAD~1..HEAD"),
    ),
    GitCase(
        "a revision with a space",
        history,
        diff(f"HEAD foo:{FILE}", FILE),
        says(2, "bad_revision", revision="HEAD foo"),
    ),
    GitCase(
        "a path outside the repository (../)",
        history,
        diff("HEAD:../x", FILE),
        says(2, "path_outside_repository"),
    ),
    GitCase(
        "an absolute path outside the repository",
        history,
        diff("HEAD:/etc/passwd", FILE),
        says(2, "path_outside_repository", path="/etc/passwd"),
    ),
    GitCase(
        "a file that does not exist at the older side",
        history,
        diff(f"HEAD~1:{NEW}", f"HEAD:{NEW}"),
        says(2, "not_in_revision", path=NEW, revision="HEAD~1"),
    ),
    GitCase(
        "a folder, not a file, at a revision",
        history,
        diff("HEAD:regulations", FILE),
        says(2, "not_in_revision", path="regulations", revision="HEAD"),
    ),
    GitCase(
        "a repository with no commits (diff)",
        no_commits,
        diff(f"HEAD:{FILE}", FILE),
        says(2, "unknown_revision", revision="HEAD"),
    ),
    GitCase(
        "a repository with no commits (log)",
        no_commits,
        LOG,
        says(2, "no_commits"),
    ),
    GitCase(
        "outside any repository (diff)",
        not_a_repository,
        diff(f"HEAD:{FILE}", FILE),
        says(2, "not_a_repository"),
    ),
    GitCase("outside any repository (log)", not_a_repository, LOG, says(2, "not_a_repository")),
    GitCase(
        "a shallow clone: the commit it lacks",
        shallow,
        diff(f"HEAD~1:{FILE}", f"HEAD:{FILE}"),
        says(2, "unknown_revision", revision="HEAD~1"),
    ),
    GitCase(
        "a shallow clone: log shows what it has",
        shallow,
        LOG,
        ok(),
        events=("created",),
    ),
    GitCase(
        "an alias bomb at a revision",
        bad_versions,
        diff(f"HEAD~3:{FILE}", FILE),
        refused("CR004@6:45"),
    ),
    GitCase(
        "50 MB at a revision (refused before it is read)",
        bad_versions,
        diff(f"HEAD~2:{FILE}", FILE),
        refused("CR006@1:1"),
    ),
    GitCase(
        "a symbolic link at a revision (its target is not followed)",
        bad_versions,
        diff(f"HEAD~1:{FILE}", FILE),
        refused("CR010@1:1"),
    ),
    GitCase(
        "log through unreadable versions",
        bad_versions,
        LOG,
        ok(),
        events=("unreadable", "unreadable", "unreadable", "unreadable", "created"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_git_input(case: GitCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    try:
        monkeypatch.chdir(case.setup(tmp_path))
        answer = run(case.args)
        assert_outcome(answer, case.expected)
        if case.events is not None:
            assert [entry["event"] for entry in json.loads(answer.stdout)] == list(case.events)
    finally:
        tidy(tmp_path)


def test_a_revision_never_becomes_an_option_of_git(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(history(tmp_path))
    target = tmp_path / "written-by-git"
    for revision in (f"--output={target}", f"-o{target}", "--exec=touch x"):
        answer = run(diff(f"{revision}:{FILE}", FILE))
        assert answer.exit == 2, answer.output
    assert not target.exists()
    assert not (Path.cwd() / "x").exists()
