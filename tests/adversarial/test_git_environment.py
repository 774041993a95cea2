"""git's environment, and the days git reads (issue 14, point 18: say what git said).

Variants of "when GIT_DIR is set, log says not inside any git repository": the
other variables that move where git looks, each answered in git's words and
naming the variable, never as "not inside a git repository", "no commits yet"
or "unknown revision" for a repository that is there and has them:

- GIT_DIR set but empty: git refuses every repository ("not a git repository: ''");
- GIT_WORK_TREE naming a folder that holds no repository: git, run there, finds none;
- GIT_WORK_TREE naming a sub-folder: the file is outside git's work tree;
- GIT_WORK_TREE or core.worktree naming a folder that does not exist;
- GIT_OBJECT_DIRECTORY, GIT_COMMON_DIR naming nothing, GIT_CEILING_DIRECTORIES
  stopping the search: git's "not a git repository", with the variable named.

And `log --since`: a value git does not know was read by git as "now" (an empty
history, exit 0), and a bare day as that day at the present time of day (a
commit made at 00:00:01 was left out for the rest of the day). `--since` takes a
day written YYYY-MM-DD and means from its first second.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pytest
from gitrepo import GitRepo, git
from harness import GOOD, GOOD_BYTES, Outcome, assert_outcome, ok, run, says

REG = "regulation.yaml"
FILE = f"regulations/qc-test/{REG}"
V2 = GOOD.replace("title: Phạm vi điều chỉnh", "title: Phạm vi áp dụng").encode()


def _repository(root: Path) -> Path:
    """A repository with the regulation added at 2023-01-01 00:00:01 UTC, then amended."""
    repo = GitRepo(root / "repo")
    repo.commit({FILE: GOOD_BYTES}, "ban hành", date="2023-01-01T00:00:01+00:00")
    repo.commit({FILE: V2}, "sửa đổi", date="2024-06-01T09:00:00+00:00")
    return repo.folder


@pytest.fixture
def repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", os.devnull)
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("TZ", "UTC")
    for variable in ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE"):
        monkeypatch.delenv(variable, raising=False)
    folder = _repository(tmp_path)
    (tmp_path / "elsewhere").mkdir()
    monkeypatch.chdir(folder)
    return folder


LOG = ("log", "--lang", "en", "-f", "json", "qc-test")
DIFF = ("diff", "--lang", "en", f"HEAD~1:{FILE}", FILE)


@dataclass(frozen=True)
class Case:
    name: str
    variable: str
    value: str  # {tmp}: the test's folder; {repo}: the repository
    args: tuple[str, ...]
    expected: Outcome


CASES = [
    Case("GIT_DIR empty: log", "GIT_DIR", "", LOG, says(2, "git_dir_refused", git_dir="''")),
    Case("GIT_DIR empty: diff", "GIT_DIR", "", DIFF, says(2, "git_dir_refused", git_dir="''")),
    # Beside the repository: the file is outside that work tree; git, run there, finds none.
    Case(
        "GIT_WORK_TREE beside the repository: log",
        "GIT_WORK_TREE",
        "{tmp}/elsewhere",
        LOG,
        says(2, "outside_work_tree", path=FILE),
    ),
    Case(
        "GIT_WORK_TREE beside the repository: diff",
        "GIT_WORK_TREE",
        "{tmp}/elsewhere",
        DIFF,
        says(
            2,
            "git_work_tree_refused",
            detail="not a git repository (or any of the parent directories): .git",
        ),
    ),
    # Above it: the file is inside the work tree, but git, run at its top, finds no repository.
    Case(
        "GIT_WORK_TREE above the repository: log",
        "GIT_WORK_TREE",
        "{tmp}",
        LOG,
        says(
            2,
            "git_work_tree_refused",
            detail="not a git repository (or any of the parent directories): .git",
        ),
    ),
    Case(
        "GIT_WORK_TREE a sub-folder: log",
        "GIT_WORK_TREE",
        "{repo}/regulations",
        LOG,
        says(2, "not_tracked_work_tree", path=FILE),
    ),
    *(
        Case(
            f"GIT_WORK_TREE that does not exist: {args[0]}",
            "GIT_WORK_TREE",
            "{tmp}/missing",
            args,
            says(2, "work_tree_missing"),
        )
        for args in (LOG, DIFF)
    ),
    # Variables that tell git where objects are, or where to stop looking.
    *(
        Case(
            f"{variable} where there is nothing: {args[0]}",
            variable,
            "{tmp}/missing",
            args,
            says(2, "git_env_refused", variables=f"{variable}={{tmp}}/missing"),
        )
        for variable in ("GIT_OBJECT_DIRECTORY", "GIT_COMMON_DIR")
        for args in (LOG, DIFF)
    ),
    Case(
        "GIT_CEILING_DIRECTORIES at the repository, log from a sub-folder",
        "GIT_CEILING_DIRECTORIES",
        "{repo}",
        LOG,
        says(2, "git_env_refused", variables="GIT_CEILING_DIRECTORIES={repo}"),
    ),
    Case("GIT_WORK_TREE the repository's top: log", "GIT_WORK_TREE", "{repo}", LOG, ok()),
    Case("GIT_WORK_TREE the repository's top: diff", "GIT_WORK_TREE", "{repo}", DIFF, ok()),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_git_environment(case: Case, repository: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    place = {"tmp": repository.parent, "repo": repository}
    monkeypatch.setenv(case.variable, case.value.format(**place))
    answer = run(case.args)
    expected = case.expected
    args = {name: value.format(**place) for name, value in expected.args.items()}
    assert_outcome(answer, Outcome(expected.exit, expected.codes, expected.message, args))
    assert "no commits" not in answer.stderr
    assert "unknown revision" not in answer.stderr


def test_core_worktree_that_does_not_exist(repository: Path) -> None:
    git(repository, "config", "core.worktree", str(repository.parent / "missing"))
    assert_outcome(run(LOG), says(2, "work_tree_missing", root=str(repository.parent / "missing")))


@pytest.mark.parametrize(
    ("since", "subjects"),
    [
        ("2023-01-01", ["sửa đổi", "ban hành"]),  # the commit at 00:00:01 is on that day
        ("2023-01-02", ["sửa đổi"]),
        ("2024-06-01", ["sửa đổi"]),
        ("2024-06-02", []),
    ],
)
def test_log_since_a_day_means_from_its_first_second(
    since: str, subjects: list[str], repository: Path
) -> None:
    answer = run((*LOG, "--since", since))
    assert answer.exit == 0, answer.output
    assert [entry["subject"] for entry in json.loads(answer.stdout)] == subjects


@pytest.mark.parametrize(
    "since", ["garbage", "2 weeks ago", "yesterday", "0001-01-01", "2024-W01-1", "--all", ""]
)
def test_log_since_takes_a_day_and_nothing_else(since: str, repository: Path) -> None:
    assert_outcome(
        run((*LOG, f"--since={since}")), says(2, "agenda_bad_date", option="--since", value=since)
    )
