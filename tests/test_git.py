"""The only module that runs git (`coordreg.versions.git`), and reading a version (`coordreg.versions.revisions`).

Every test runs real git on a repository built in tmp_path: revisions are
checked before git sees them, paths must stay inside the repository, and many
revisions are read through one `git cat-file --batch` process.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from gitrepo import GitRepo, article, dump, git, sample

from coordreg.errors import DataError, UsageError
from coordreg.versions import git as cgit
from coordreg.versions.revisions import load_version

FILE = "regulations/qc-versions/regulation.yaml"
AMENDED = "Cục An toàn thông tin chủ trì kiểm tra an toàn hệ thống thông tin quan trọng."


@pytest.fixture
def repo(tmp_path: Path) -> GitRepo:
    """Three commits of FILE: issued, clause 4.1 amended, number changed; tag v1.0 on the first."""
    repository = GitRepo(tmp_path / "repo")
    data = sample()
    repository.commit({FILE: dump(data)}, "Ban hành Quy chế", date="2022-01-10T09:00:00+07:00")
    repository.git("tag", "v1.0")
    article(data, 4)["clauses"][0]["text"] = AMENDED
    repository.commit({FILE: dump(data)}, "Sửa Khoản 1 Điều 4", date="2023-02-01T09:00:00+07:00")
    data["number"] = "02/QCPH-BCA-BTTTT"
    repository.commit(
        {FILE: dump(data), "README.md": "Quy chế\n"},
        "Đổi số hiệu",
        date="2024-03-01T09:00:00+07:00",
    )
    return repository


def _ids(repo: GitRepo) -> list[str]:
    return repo.git("log", "--format=%H").split()


# --- check_revision ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "revision",
    [
        "-x",
        "--output=/tmp/x",
        "a b",
        "a..b",
        "a...b",
        "HEAD:x",
        "",
        "HEAD\tx",
        "HEAD\n",
        "v1\x00",
        "-",
    ],
)
def test_check_revision_refuses(revision: str) -> None:
    with pytest.raises(UsageError) as caught:
        cgit.check_revision(revision)
    assert caught.value.msgid == "bad_revision"
    assert caught.value.args_ == {"revision": revision}


@pytest.mark.parametrize(
    "revision", ["HEAD~2", "v1.0", "main@{1}", "abc123", "HEAD^", "origin/main", "HEAD^{commit}"]
)
def test_check_revision_accepts(revision: str) -> None:
    cgit.check_revision(revision)


# --- resolve_commit, read_blob ------------------------------------------------------------


def test_resolve_commit_gives_the_full_id(repo: GitRepo) -> None:
    newest, middle, first = _ids(repo)
    assert cgit.resolve_commit(repo.folder, "HEAD") == newest
    assert cgit.resolve_commit(repo.folder, "HEAD~1") == middle
    assert cgit.resolve_commit(repo.folder, "v1.0") == first
    assert cgit.resolve_commit(repo.folder, "main") == newest
    assert cgit.resolve_commit(repo.folder, first[:7]) == first


@pytest.mark.parametrize("revision", ["nope", "HEAD~9", "v2.0"])
def test_an_unknown_revision_is_a_usage_error(repo: GitRepo, revision: str) -> None:
    with pytest.raises(UsageError) as caught:
        cgit.resolve_commit(repo.folder, revision)
    assert (caught.value.msgid, caught.value.args_) == (
        "unknown_revision",
        {"revision": revision},
    )


def test_a_revision_that_looks_like_an_option_never_reaches_git(repo: GitRepo) -> None:
    out = repo.folder.parent / "leak.txt"
    with pytest.raises(UsageError) as caught:
        cgit.resolve_commit(repo.folder, f"--output={out}")
    assert caught.value.msgid == "bad_revision"
    assert not out.exists()


def test_read_blob_reads_the_file_as_it_was(repo: GitRepo) -> None:
    first = cgit.read_blob(repo.folder, "v1.0", FILE).decode("utf-8")
    assert first == dump(sample())
    assert AMENDED in cgit.read_blob(repo.folder, "HEAD~1", FILE).decode("utf-8")


def test_a_file_missing_at_a_revision_is_a_usage_error(repo: GitRepo) -> None:
    with pytest.raises(UsageError) as caught:
        cgit.read_blob(repo.folder, "v1.0", "README.md")
    assert (caught.value.msgid, caught.value.args_) == (
        "not_in_revision",
        {"path": "README.md", "revision": "v1.0"},
    )


def test_a_folder_is_not_a_file_at_a_revision(repo: GitRepo) -> None:
    with pytest.raises(UsageError) as caught:
        cgit.read_blob(repo.folder, "HEAD", "regulations/qc-versions")
    assert caught.value.msgid == "not_in_revision"


# --- repository_root, repository_path ------------------------------------------------------


def test_repository_root_from_a_sub_folder_and_a_file(repo: GitRepo) -> None:
    root = Path(os.path.realpath(repo.folder))
    assert Path(os.path.realpath(cgit.repository_root(repo.folder / FILE))) == root
    assert Path(os.path.realpath(cgit.repository_root(repo.folder / "regulations"))) == root


def test_repository_root_outside_any_repository(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    with pytest.raises(UsageError) as caught:
        cgit.repository_root(folder)
    assert caught.value.msgid == "not_a_repository"


def test_repository_path_inside(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.folder)
    assert cgit.repository_path(repo.folder, Path(FILE)) == FILE
    assert cgit.repository_path(repo.folder, repo.folder / FILE) == FILE
    monkeypatch.chdir(repo.folder / "regulations")
    assert cgit.repository_path(repo.folder, Path("qc-versions/regulation.yaml")) == FILE
    assert cgit.repository_path(repo.folder, Path("../README.md")) == "README.md"


@pytest.mark.parametrize(
    "outside", ["../outside.yaml", "../../outside.yaml", "regulations/../../x"]
)
def test_repository_path_refuses_a_relative_path_outside(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch, outside: str
) -> None:
    monkeypatch.chdir(repo.folder)
    with pytest.raises(UsageError) as caught:
        cgit.repository_path(repo.folder, Path(outside))
    assert caught.value.msgid == "path_outside_repository"


def test_repository_path_refuses_an_absolute_path_outside(
    repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder)
    outside = tmp_path / "outside.yaml"
    outside.write_text(dump(sample()), encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        cgit.repository_path(repo.folder, outside)
    assert caught.value.msgid == "path_outside_repository"
    assert caught.value.args_["path"] == str(outside)


def test_repository_path_refuses_a_symlink_that_leads_outside(
    repo: GitRepo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder)
    outside = tmp_path / "outside.yaml"
    outside.write_text(dump(sample()), encoding="utf-8")
    (repo.folder / "link.yaml").symlink_to(outside)
    (repo.folder / "linked-folder").symlink_to(tmp_path, target_is_directory=True)
    for path in ("link.yaml", "linked-folder/outside.yaml"):
        with pytest.raises(UsageError) as caught:
            cgit.repository_path(repo.folder, Path(path))
        assert caught.value.msgid == "path_outside_repository"


def test_repository_path_follows_a_symlink_that_stays_inside(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder)
    (repo.folder / "current.yaml").symlink_to(repo.folder / FILE)
    assert cgit.repository_path(repo.folder, Path("current.yaml")) == FILE


# --- commits_touching ------------------------------------------------------------------------


def test_commits_touching_newest_first(repo: GitRepo) -> None:
    newest, middle, first = _ids(repo)
    commits = cgit.commits_touching(repo.folder, FILE)
    assert [(c.id, c.subject, c.date) for c in commits] == [
        (newest, "Đổi số hiệu", "2024-03-01T09:00:00+07:00"),
        (middle, "Sửa Khoản 1 Điều 4", "2023-02-01T09:00:00+07:00"),
        (first, "Ban hành Quy chế", "2022-01-10T09:00:00+07:00"),
    ]
    assert {c.author for c in commits} == {"Nguyễn Văn An"}
    assert [c.parents for c in commits] == [(middle,), (first,), ()]


def test_commits_touching_only_the_path(repo: GitRepo) -> None:
    newest = _ids(repo)[0]
    assert [c.id for c in cgit.commits_touching(repo.folder, "README.md")] == [newest]
    assert cgit.commits_touching(repo.folder, "nothing.yaml") == []


def test_commits_touching_since(repo: GitRepo) -> None:
    commits = cgit.commits_touching(repo.folder, FILE, since="2023-01-01")
    assert [c.subject for c in commits] == ["Đổi số hiệu", "Sửa Khoản 1 Điều 4"]


def test_a_subject_with_unusual_characters(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "r")
    subject = 'Sửa | Điều 4; "trích dẫn" & $HOME `x`'
    repo.commit({FILE: dump(sample())}, subject)
    assert [c.subject for c in cgit.commits_touching(repo.folder, FILE)] == [subject]


def test_a_repository_with_no_commits(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "empty")
    repo.write(FILE, dump(sample()))
    with pytest.raises(UsageError) as caught:
        cgit.commits_touching(repo.folder, FILE)
    assert caught.value.msgid == "no_commits"
    with pytest.raises(UsageError) as unknown:
        cgit.resolve_commit(repo.folder, "HEAD")
    assert unknown.value.msgid == "unknown_revision"


def test_a_shallow_clone_gives_the_commits_it_has(repo: GitRepo, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "2", f"file://{repo.folder}", str(clone))
    newest, middle, _first = _ids(repo)
    commits = cgit.commits_touching(clone, FILE)
    assert [c.id for c in commits] == [newest, middle]
    with cgit.BlobReader(clone) as reader:
        assert reader.read(middle, FILE) is not None
        assert reader.read(_first, FILE) is None  # not in the clone: no crash


# --- BlobReader ------------------------------------------------------------------------------


def test_blob_reader_reads_several_revisions_through_one_process(repo: GitRepo) -> None:
    newest, middle, first = _ids(repo)
    with cgit.BlobReader(repo.folder) as reader:
        pid = reader._process.pid
        texts = [reader.read(commit, FILE) for commit in (first, middle, newest)]
        assert reader._process.pid == pid
        assert reader._process.poll() is None  # still running, reused
    assert reader._process.returncode == 0  # closed on leaving
    assert texts[0] == dump(sample()).encode("utf-8")
    decoded = [t.decode("utf-8") for t in texts if t is not None]
    assert len(decoded) == 3
    assert AMENDED not in decoded[0]
    assert AMENDED in decoded[1]
    assert "02/QCPH-BCA-BTTTT" in decoded[2]


def test_blob_reader_missing_file_then_a_file(repo: GitRepo) -> None:
    newest, _middle, first = _ids(repo)
    with cgit.BlobReader(repo.folder) as reader:
        assert reader.read(first, "README.md") is None
        assert reader.read(first, FILE) == dump(sample()).encode("utf-8")
        assert reader.read(newest, "README.md") == "Quy chế\n".encode()


def test_blob_reader_stays_in_step_after_a_folder(repo: GitRepo) -> None:
    """A folder at the path is None, and the next read still gets its own file."""
    _newest, _middle, first = _ids(repo)
    with cgit.BlobReader(repo.folder) as reader:
        assert reader.read(first, "regulations/qc-versions") is None
        assert reader.read(first, FILE) == dump(sample()).encode("utf-8")


def test_blob_reader_keeps_binary_content_and_empty_files(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "r")
    content = bytes(range(256)) + b"\n\n" + "Điều 1\n".encode()
    commit = repo.commit({"data.bin": content, "empty.yaml": b""}, "nhị phân")
    with cgit.BlobReader(repo.folder) as reader:
        assert reader.read(commit, "data.bin") == content
        assert reader.read(commit, "empty.yaml") == b""
        assert reader.read(commit, "data.bin") == content


@pytest.mark.parametrize("commit", ["HEAD", "-x", "abc", "g" * 40])
def test_blob_reader_takes_only_full_commit_ids(repo: GitRepo, commit: str) -> None:
    with cgit.BlobReader(repo.folder) as reader, pytest.raises(UsageError) as caught:
        reader.read(commit, FILE)
    assert caught.value.msgid == "bad_revision"


def test_blob_reader_refuses_a_newline_in_the_path(repo: GitRepo) -> None:
    newest = _ids(repo)[0]
    with cgit.BlobReader(repo.folder) as reader:
        with pytest.raises(UsageError):
            reader.read(newest, f"{FILE}\n{newest}:README.md")
        assert reader.read(newest, "README.md") == "Quy chế\n".encode()


def test_versions_give_each_commit_with_the_file_before_and_after(repo: GitRepo) -> None:
    history = cgit.file_history(repo.folder, FILE)
    seen = list(cgit.file_versions(repo.folder, history))
    assert [change.commit.subject for change, _b, _a in seen] == [
        "Đổi số hiệu",
        "Sửa Khoản 1 Điều 4",
        "Ban hành Quy chế",
    ]
    assert seen[-1][1] is None  # the first commit has no "before"
    assert seen[-1][2] == dump(sample()).encode("utf-8")
    assert seen[0][1] == seen[1][2]  # one commit's "after" is the next one's "before"


def test_set_config_writes_the_repository_config(repo: GitRepo) -> None:
    cgit.set_config(repo.folder, "diff.coordreg.command", "coordreg git-diff-driver")
    assert repo.git("config", "--local", "diff.coordreg.command").strip() == (
        "coordreg git-diff-driver"
    )


def test_a_git_failure_is_a_usage_error_with_git_s_message(tmp_path: Path) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    with pytest.raises(UsageError) as caught:
        cgit.run(["rev-parse", "HEAD"], folder)
    assert caught.value.msgid == "git_failed"
    assert "not a git repository" in caught.value.args_["detail"]


# --- load_version: a file or REV:PATH -----------------------------------------------------------


def test_load_version_of_a_file(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.folder)
    version = load_version(FILE)
    assert version.label == FILE
    assert version.regulation.number == "02/QCPH-BCA-BTTTT"


def test_load_version_of_rev_path(repo: GitRepo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(repo.folder)
    assert load_version(f"v1.0:{FILE}").regulation.number == "01/QCPH-BCA-BTTTT"
    old = load_version(f"HEAD~2:{FILE}").regulation
    assert old == load_version(f"v1.0:{FILE}").regulation


def test_rev_path_is_from_the_root_and_dot_slash_from_here(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder / "regulations" / "qc-versions")
    from_root = load_version(f"HEAD~1:{FILE}").regulation
    from_here = load_version("HEAD~1:./regulation.yaml").regulation
    assert from_root == from_here
    assert from_here.chapters[1].articles[1].clauses[0].text == AMENDED


@pytest.mark.parametrize(
    ("spec", "msgid"),
    [
        ("nope:" + FILE, "unknown_revision"),
        ("-x:" + FILE, "bad_revision"),
        ("a..b:" + FILE, "bad_revision"),
        ("v1.0:README.md", "not_in_revision"),
        ("HEAD:../outside.yaml", "path_outside_repository"),
        ("missing.yaml", "path_missing"),
    ],
)
def test_load_version_errors(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch, spec: str, msgid: str
) -> None:
    monkeypatch.chdir(repo.folder)
    with pytest.raises(UsageError) as caught:
        load_version(spec)
    assert caught.value.msgid == msgid


def test_load_version_of_a_revision_that_does_not_parse(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo.commit({FILE: "id: [\n"}, "Hỏng YAML")
    monkeypatch.chdir(repo.folder)
    with pytest.raises(DataError) as caught:
        load_version(f"HEAD:{FILE}")
    assert [f.code for f in caught.value.result.findings] == ["CR001"]
    assert load_version(f"HEAD~1:{FILE}").regulation.number == "02/QCPH-BCA-BTTTT"


def test_load_version_outside_a_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    monkeypatch.chdir(folder)
    with pytest.raises(UsageError) as caught:
        load_version("HEAD:regulation.yaml")
    assert caught.value.msgid == "not_a_repository"
