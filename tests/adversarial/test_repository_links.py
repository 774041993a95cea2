"""Symbolic links out of the repository: neither read nor written through (issue 14, point 5).

A repository is shared, and a link is one commit away: `fmt` rewrote
`regulations/x/regulation.yaml -> ../../../elsewhere/docker-compose.yml` (and
made it root's), and `check` printed the first line of a link's target in its
excerpt, so a link to `/proc/self/environ` put every environment variable,
secrets included, into a CI log. Now a path that leads out of its repository
(the git work tree, else the folder holding `coordreg.toml` or `regulations/`:
`coordreg.files.root`) is refused before it is opened: CR018 for `check` and
`fmt`, the one-line `link_outside` (exit 2) for every other command, and for
every path a command writes to (-o, --minutes, --out-dir, new --root, import -o)
or reads templates from. A link that stays inside is followed as before.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from gitrepo import GitRepo
from harness import (
    FILE,
    FOLDER,
    GOOD_BYTES,
    Outcome,
    assert_outcome,
    ok,
    refused,
    run,
    says,
    write_workspace,
)
from processes import coordreg

IMPORT_TEXT = Path(__file__).parent.parent / "import_texts" / "bca-bgddt-web.txt"
COMPOSE = b"services:\n    web:\n        image: nginx\n        ports: ['80:80']\n"


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.is_symlink()
    }


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`repo/` (a coordreg folder: it holds regulations/) and `elsewhere/` beside it."""
    root = tmp_path / "repo"
    write_workspace(root)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "docker-compose.yml").write_bytes(COMPOSE)
    (elsewhere / "regulation.yaml").write_bytes(GOOD_BYTES)
    (elsewhere / "quy-che.txt").write_bytes(IMPORT_TEXT.read_bytes())
    monkeypatch.chdir(root)
    return root


def _link_regulation(repo: Path, target: str) -> None:
    (repo / FILE).unlink()
    (repo / FILE).symlink_to(target)


# --- Reading ----------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json", "github"])
def test_check_never_prints_a_file_outside_the_repository(repo: Path, output_format: str) -> None:
    secret = f"coordreg-secret-{uuid.uuid4().hex}"
    _link_regulation(repo, "/proc/self/environ")
    answer = coordreg(
        ("check", "--lang", "en", "--format", output_format, FOLDER),
        repo,
        env={"DEPLOY_TOKEN": secret},
    )
    assert answer.exit == 1
    assert secret not in answer.output
    assert "DEPLOY_TOKEN" not in answer.output
    assert "CR018" in answer.output


def test_fmt_does_not_rewrite_a_file_outside_the_repository(repo: Path) -> None:
    _link_regulation(repo, "../../../elsewhere/docker-compose.yml")
    outside = repo.parent / "elsewhere"
    before = _snapshot(outside)
    stat_before = (outside / "docker-compose.yml").stat()
    answer = run(("fmt", "--lang", "en", FOLDER))
    assert_outcome(answer, refused("CR018@-"))
    assert _snapshot(outside) == before
    assert (outside / "docker-compose.yml").stat().st_ino == stat_before.st_ino
    assert (repo / FILE).is_symlink()


def test_the_finding_names_the_repository_not_the_target(repo: Path) -> None:
    _link_regulation(repo, "../../../elsewhere/regulation.yaml")
    answer = run(("check", "--lang", "en", FOLDER))
    assert answer.stdout.splitlines()[:2] == [
        FILE,
        f"  -        error    CR018  the file is (or lies behind) a symbolic link that leads "
        f"outside the repository {repo}; coordreg neither reads nor writes through it",
    ]


# --- Every command ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Way:
    """How a path leads out: set up under the repository, then the command and its answer."""

    make: Callable[[Path], None]
    args: tuple[str, ...]
    expected: Outcome


def _regulation_out(repo: Path) -> None:
    _link_regulation(repo, "../../../elsewhere/regulation.yaml")


def _folder_out(name: str) -> Callable[[Path], None]:
    def make(repo: Path) -> None:
        (repo / name).symlink_to(repo.parent / "elsewhere", target_is_directory=True)

    return make


def _regulation_folder_out(repo: Path) -> None:
    shutil.move(repo / FOLDER, repo.parent / "elsewhere" / "qc-test")
    (repo / FOLDER).symlink_to(repo.parent / "elsewhere" / "qc-test")


def _records_out(repo: Path) -> None:
    records = repo.parent / "elsewhere" / "records"
    records.mkdir()
    (records / "2022.yaml").write_text("regulation: qc-test\nyear: 2022\n", encoding="utf-8")
    (repo / FOLDER / "evaluations").mkdir()
    (repo / FOLDER / "evaluations" / "2022.yaml").symlink_to(records / "2022.yaml")


def _source_out(repo: Path) -> None:
    (repo / "quy-che.txt").symlink_to("../elsewhere/quy-che.txt")


LINKED = says(2, "link_outside", path=FILE)
TRANSFER_EN = ("transfer", "qc-test", "--from", "bca-a05", "--to", "bca-vp", "--lang", "en")
TWO_PARTIES = ("--party", "bca:Bộ Công an", "--party", "btttt:Bộ Thông tin và Truyền thông")
ALL_WAYS = {
    "plan": Way(_regulation_out, ("plan", "qc-test", "--year", "2023", "--lang", "en"), LINKED),
    "plan (its folder)": Way(
        _regulation_folder_out,
        ("plan", "qc-test", "--year", "2023", "--lang", "en"),
        LINKED,
    ),
    "review": Way(
        _regulation_out,
        ("review", "qc-test", "--end-year", "2026", "--no-history", "--lang", "en"),
        LINKED,
    ),
    "review (a record)": Way(
        _records_out,
        ("review", "qc-test", "--end-year", "2026", "--no-history", "--lang", "en"),
        says(2, "link_outside", path=f"{FOLDER}/evaluations/2022.yaml"),
    ),
    "evaluate": Way(_regulation_out, ("evaluate", "qc-test", "--year", "2023"), LINKED),
    "text": Way(_regulation_out, ("text", "qc-test", "--lang", "en"), LINKED),
    "transfer": Way(
        _regulation_out,
        ("transfer", "qc-test", "--from", "bca-a05", "--to", "bca-vp", "--write", "--lang", "en"),
        LINKED,
    ),
    "agenda": Way(
        _regulation_out,
        ("agenda", "regulations", "--lang", "en"),
        says(1, "agenda_skipped", path=FILE),
    ),
    "diff": Way(_regulation_out, ("diff", "--lang", "en", FILE, "good.yaml"), LINKED),
    "diff (by id, its folder)": Way(
        _regulation_folder_out,
        ("diff", "--lang", "en", "qc-test", "good.yaml"),
        says(2, "link_outside", path="qc-test"),
    ),
    "diff (by folder)": Way(
        _regulation_out,
        ("diff", "--lang", "en", FOLDER, "good.yaml"),
        says(2, "link_outside", path=FOLDER),
    ),
    "import (its source)": Way(
        _source_out,
        ("import", "quy-che.txt", "--id", "qc-import", "--lang", "en"),
        says(2, "link_outside", path="quy-che.txt"),
    ),
    "plan -o": Way(
        _folder_out("out"),
        ("plan", "good.yaml", "--year", "2023", "--lang", "en", "-o", "out/plan.md"),
        says(2, "link_outside", path="out/plan.md"),
    ),
    "transfer --minutes": Way(
        _folder_out("out"),
        (*TRANSFER_EN, "--minutes", "out/bb.md"),
        says(2, "link_outside", path="out/bb.md"),
    ),
    "agenda -o": Way(
        _folder_out("out"),
        ("agenda", "regulations", "--lang", "en", "-o", "out/lich.ics"),
        says(2, "link_outside", path="out/lich.ics"),
    ),
    "new --root": Way(
        _folder_out("linked"),
        ("new", "qc-new", "--root", "linked", *TWO_PARTIES),
        says(2, "link_outside", path="linked/qc-new"),
    ),
    "import -o": Way(
        _folder_out("linked"),
        ("import", "../elsewhere/quy-che.txt", "--id", "qc-import", "-o", "linked", "--lang", "en"),
        says(2, "link_outside", path="linked/qc-import"),
    ),
    "schema --out-dir": Way(
        _folder_out("linked"),
        ("schema", "--out-dir", "linked/schemas"),
        says(2, "link_outside", path="linked/schemas"),
    ),
    "--templates": Way(
        _folder_out("office"),
        ("plan", "good.yaml", "--year", "2023", "--lang", "en", "--templates", "office"),
        says(2, "link_outside", path="office"),
    ),
}


@pytest.mark.parametrize("name", list(ALL_WAYS))
def test_every_command_refuses_a_link_out_of_the_repository(repo: Path, name: str) -> None:
    way = ALL_WAYS[name]
    way.make(repo)
    outside = repo.parent / "elsewhere"
    before = _snapshot(outside)
    answer = run(way.args)
    assert_outcome(answer, way.expected)
    assert _snapshot(outside) == before, "nothing written outside"


def test_log_refuses_a_committed_link_out_of_the_repository(tmp_path: Path) -> None:
    history = GitRepo(tmp_path / "repo")
    history.commit({FILE: GOOD_BYTES}, "v1")
    (history.folder / FILE).unlink()
    (history.folder / FILE).symlink_to(tmp_path / "elsewhere.yaml")
    (tmp_path / "elsewhere.yaml").write_bytes(GOOD_BYTES)
    answer = coordreg(("log", FILE, "--lang", "en"), history.folder)
    assert_outcome(answer, says(2, "link_outside", path=FILE))


# --- Links that stay inside -------------------------------------------------------------------


def test_a_link_inside_the_repository_is_followed_for_reading_and_writing(repo: Path) -> None:
    drafts = repo / "drafts"
    drafts.mkdir()
    (drafts / "qc-test.yaml").write_bytes(GOOD_BYTES.replace(b"\nparties:", b"\n\n\nparties:"))
    _link_regulation(repo, "../../drafts/qc-test.yaml")
    assert_outcome(run(("check", "--lang", "en", FOLDER)), ok())
    assert_outcome(run(("fmt", "--lang", "en", FOLDER)), ok())
    assert b"\n\n\nparties:" not in (drafts / "qc-test.yaml").read_bytes()
    assert_outcome(run(("fmt", "--check", "--lang", "en", FOLDER)), ok())
    assert (repo / FILE).is_symlink()
    (repo / "out").symlink_to(drafts, target_is_directory=True)
    assert run(("plan", "qc-test", "--year", "2023", "-o", "out/plan.md")).exit == 0
    assert (drafts / "plan.md").is_file()


def test_in_a_git_work_tree_a_link_anywhere_in_it_is_inside(tmp_path: Path) -> None:
    """The repository is the git work tree: a link from regulations/ to a folder beside it."""
    from coordreg.files.root import find_root

    history = GitRepo(tmp_path / "repo")
    history.write("shared/qc-test.yaml", GOOD_BYTES)
    (history.folder / "site" / "regulations" / "qc-test").mkdir(parents=True)
    linked = history.folder / "site" / FILE
    linked.symlink_to("../../../shared/qc-test.yaml")
    answer = coordreg(("check", "--lang", "en", "site/regulations"), history.folder)
    assert_outcome(answer, ok())
    assert find_root(linked) == history.folder


# --- Where a repository ends ------------------------------------------------------------------


def test_find_root_prefers_the_git_work_tree(tmp_path: Path) -> None:
    from coordreg.files.root import find_root

    top = tmp_path / "top"
    (top / "docs" / "regulations" / "qc").mkdir(parents=True)
    (top / ".git").write_text("gitdir: /elsewhere/.git/worktrees/top\n", encoding="utf-8")
    assert find_root(top / "docs" / "regulations" / "qc" / "regulation.yaml") == top


@pytest.mark.parametrize("marker", ["coordreg.toml", "regulations"])
def test_find_root_without_git_is_coordregs_folder(tmp_path: Path, marker: str) -> None:
    from coordreg.files.root import find_root

    work = tmp_path / "work"
    (work / "a" / "b").mkdir(parents=True)
    if marker == "regulations":
        (work / marker).mkdir()
    else:
        (work / marker).write_text("", encoding="utf-8")
    assert find_root(work / "a" / "b" / "file.yaml") == work


def test_without_any_repository_there_is_no_boundary(tmp_path: Path) -> None:
    from coordreg.files.root import find_root, leads_outside

    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "x.yaml").symlink_to("/etc/hostname")
    if find_root(lone) is not None:  # pragma: no cover - a .git above the temporary folder
        pytest.skip("the temporary folder is inside a repository")
    assert leads_outside(lone / "x.yaml") is None


def test_a_repository_reached_through_a_link_is_still_itself(tmp_path: Path) -> None:
    from coordreg.files.root import leads_outside

    real = tmp_path / "disk" / "work"
    write_workspace(real)
    alias = tmp_path / "home-work"
    alias.symlink_to(real, target_is_directory=True)
    assert leads_outside(alias / FILE) is None
    assert leads_outside(Path(os.path.relpath(alias / FILE))) is None


def test_a_regulation_folder_linked_out_of_the_repository_is_said_not_skipped(
    repo: Path,
) -> None:
    """check searches regulations/: a folder there that leads out is CR018, not passed over."""
    elsewhere = repo.parent / "elsewhere" / "qc-other"
    elsewhere.mkdir()
    (elsewhere / "regulation.yaml").write_bytes(GOOD_BYTES)
    (repo / "regulations" / "qc-other").symlink_to(elsewhere, target_is_directory=True)
    for args in (("check", "--lang", "en", "regulations"), ("fmt", "--lang", "en", "regulations")):
        assert_outcome(run(args), refused("CR018@-"))
    agenda = run(("agenda", "regulations", "--lang", "en"))
    assert_outcome(agenda, says(1, "agenda_skipped", path="regulations/qc-other"))
