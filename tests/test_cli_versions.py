"""The commands `diff`, `log`, `git-setup` and `git-diff-driver`, on real repositories.

Commands run through typer's CliRunner inside a repository built in tmp_path
(its output is not a terminal, so the redline uses wdiff's plain markers
`[-old-]` and `{+new+}`); the git diff driver is also run for real by `git diff`,
`git log -p` and `git show`, which start `<python> -m coordreg git-diff-driver`.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path

import pytest
from gitrepo import GitRepo, article, dump, duty, insert_article, sample
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.versions.gitsetup import ATTRIBUTE_LINE

FILE = "regulations/qc-versions/regulation.yaml"
CLAUSE_4_1_NEW = "Cục An toàn thông tin chủ trì kiểm tra an toàn hệ thống thông tin quan trọng."
REDLINE = (
    "Cục An toàn thông tin [-phối hợp-] {+chủ trì+} kiểm tra an toàn hệ thống thông tin quan trọng."
)
_COLOUR_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """Two commits (issued; clause 4.1 amended) and the two versions as files; cwd is the repo."""
    for variable in _COLOUR_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    repository = GitRepo(tmp_path / "repo")
    data = sample()
    repository.commit({FILE: dump(data)}, "Ban hành Quy chế", date="2022-01-10T09:00:00+07:00")
    article(data, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    repository.commit({FILE: dump(data)}, "Sửa Khoản 1 Điều 4", date="2023-02-01T09:00:00+07:00")
    repository.write("v1.yaml", dump(sample()))
    repository.write("v2.yaml", dump(data))
    monkeypatch.chdir(repository.folder)
    return repository


def run(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


# --- diff ---------------------------------------------------------------------------------------


def test_diff_text_shows_a_plain_redline(repo: GitRepo) -> None:
    result = run("diff", "v1.yaml", "v2.yaml")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "v1.yaml → v2.yaml: 1 thay đổi",
        "",
        "Chương II, Điều 4",
        f"  sửa đổi        khoản 4.1 (text): {REDLINE}",
    ]
    assert "\x1b[" not in result.stdout


def test_diff_text_in_english(repo: GitRepo) -> None:
    result = run("diff", "v1.yaml", "v2.yaml", "--lang", "en")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:3] == [
        "v1.yaml → v2.yaml: 1 changes",
        "",
        "Chapter II, Article 4",
    ]
    assert f"amended        clause 4.1 (text): {REDLINE}" in result.stdout


def test_diff_markdown_is_the_comparison_table(repo: GitRepo) -> None:
    result = run("diff", "v1.yaml", "v2.yaml", "-f", "md")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "# BẢNG SO SÁNH"
    assert "| Điều | Nội dung cũ | Nội dung mới | Thay đổi |" in lines
    assert "|---|---|---|---|" in lines
    assert lines[-1] == (
        "| 4 | Cục An toàn thông tin ~~phối hợp~~ kiểm tra an toàn hệ thống thông tin quan trọng. "
        "| Cục An toàn thông tin **chủ trì** kiểm tra an toàn hệ thống thông tin quan trọng. "
        "| sửa đổi: khoản 4.1 (text) |"
    )


def test_diff_json(repo: GitRepo) -> None:
    result = run("diff", "v1.yaml", "v2.yaml", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert set(data) == {"old", "new", "changes"}
    assert (data["old"], data["new"]) == ("v1.yaml", "v2.yaml")
    assert [(c["kind"], c["target"]) for c in data["changes"]] == [
        ("amended", {"type": "clause", "id": "4.1"})
    ]
    assert data["changes"][0]["new"] == CLAUSE_4_1_NEW


def test_diff_exit_code_is_1_with_changes_and_0_without(repo: GitRepo) -> None:
    changed = run("diff", "v1.yaml", "v2.yaml", "--exit-code")
    assert changed.exit_code == 1
    assert "1 thay đổi" in changed.stdout  # the report is still printed
    same = run("diff", "v2.yaml", FILE, "--exit-code")
    assert same.exit_code == 0
    assert same.stdout == f"v2.yaml → {FILE}: không có thay đổi\n"
    assert run("diff", "v1.yaml", "v2.yaml").exit_code == 0  # without --exit-code


def test_diff_exit_code_with_json(repo: GitRepo) -> None:
    result = run("diff", "v1.yaml", "v1.yaml", "-f", "json", "--exit-code")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["changes"] == []


def test_diff_a_revision_against_the_work_tree(repo: GitRepo) -> None:
    result = run("diff", f"HEAD~1:{FILE}", FILE)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == f"HEAD~1:{FILE} → {FILE}: 1 thay đổi"
    assert REDLINE in result.stdout


def test_diff_two_revisions_from_a_sub_folder(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder / "regulations" / "qc-versions")
    result = run("diff", "HEAD~1:./regulation.yaml", "HEAD:./regulation.yaml", "-f", "json")
    assert result.exit_code == 0, result.output
    assert [c["target"]["id"] for c in json.loads(result.stdout)["changes"]] == ["4.1"]


def test_diff_the_same_file_in_nfd_and_nfc(repo: GitRepo) -> None:
    repo.write("nfd.yaml", unicodedata.normalize("NFD", dump(sample())))
    result = run("diff", "v1.yaml", "nfd.yaml", "--exit-code")
    assert result.exit_code == 0, result.output
    assert "không có thay đổi" in result.stdout


def test_diff_of_an_inserted_article(repo: GitRepo) -> None:
    data = sample()
    insert_article(data, chapter=1, position=1)
    repo.write("v3.yaml", dump(data))
    result = run("diff", "v1.yaml", "v3.yaml", "-f", "json")
    kinds = sorted((c["kind"], c["target"]["id"]) for c in json.loads(result.stdout)["changes"])
    assert kinds == [
        ("added", "4"),
        ("renumbered", "5"),
        ("renumbered", "6"),
        ("renumbered", "7"),
    ]


def test_diff_of_a_missing_file_exits_2(repo: GitRepo) -> None:
    result = run("diff", "missing.yaml", "v2.yaml")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: không có tệp hay thư mục: missing.yaml\n"
    assert result.stdout == ""


def test_diff_of_a_side_that_does_not_parse_exits_1_with_the_finding(repo: GitRepo) -> None:
    repo.write("bad.yaml", "id: [\n")
    result = run("diff", "bad.yaml", "v2.yaml", "--lang", "en")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert "bad.yaml" in result.stderr
    assert "CR001" in result.stderr
    assert "Traceback" not in result.output


def test_diff_of_a_revision_that_does_not_validate_exits_1(repo: GitRepo) -> None:
    data = sample()
    del data["parties"][1]
    repo.commit({FILE: dump(data)}, "Một bên")
    result = run("diff", f"HEAD:{FILE}", "v2.yaml")
    assert result.exit_code == 1
    assert f"HEAD:{FILE}" in result.stderr
    assert "CR1" in result.stderr  # a schema finding


def test_diff_refuses_a_revision_that_looks_like_an_option(repo: GitRepo) -> None:
    result = run("diff", "--", "-x:foo", "bar")
    assert result.exit_code == 2
    assert result.stderr.startswith("coordreg: '-x' ")
    assert "Traceback" not in result.output


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        (f"nope:{FILE}", "coordreg: unknown revision 'nope'\n"),
        ("HEAD:nothing.yaml", "coordreg: nothing.yaml does not exist in HEAD\n"),
        ("a..b:x.yaml", "coordreg: 'a..b' is not a revision coordreg accepts"),
    ],
)
def test_diff_of_a_bad_revision_or_path_exits_2(repo: GitRepo, spec: str, message: str) -> None:
    result = run("diff", spec, "v2.yaml", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(message)


def test_diff_refuses_a_path_outside_the_repository(repo: GitRepo) -> None:
    result = run("diff", "HEAD:../outside.yaml", "v2.yaml", "--lang", "en")
    assert result.exit_code == 2
    assert "is outside the repository" in result.stderr


# --- log ----------------------------------------------------------------------------------------


def test_log_text(repo: GitRepo) -> None:
    result = run("log", "qc-versions")
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    ids = repo.git("log", "--format=%H").split()
    assert lines == [
        f"{ids[0][:10]}  2023-02-01  Nguyễn Văn An  Sửa Khoản 1 Điều 4",
        "    1 sửa đổi",
        "      sửa đổi: khoản 4.1",
        f"{ids[1][:10]}  2022-01-10  Nguyễn Văn An  Ban hành Quy chế",
        "    tạo mới",
    ]


def test_log_json(repo: GitRepo) -> None:
    result = run("log", FILE, "-f", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [(e["subject"], e["event"], e["summary"]) for e in data] == [
        ("Sửa Khoản 1 Điều 4", None, {"amended": 1}),
        ("Ban hành Quy chế", "created", {}),
    ]
    assert data[0]["author"] == "Nguyễn Văn An"
    assert data[0]["date"] == "2023-02-01T09:00:00+07:00"
    assert data[0]["changes"][0]["target"] == {"type": "clause", "id": "4.1"}


def test_log_of_a_duty_and_of_an_article(repo: GitRepo) -> None:
    data = sample()
    article(data, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    duty(data, "tong-ket-nam")["lead"] = "btttt-vp"
    insert_article(data, chapter=1, position=1)
    repo.commit({FILE: dump(data)}, "Sửa đổi, bổ sung", date="2024-01-01T09:00:00+07:00")
    by_duty = json.loads(run("log", "qc-versions", "--duty", "tong-ket-nam", "-f", "json").stdout)
    assert [(e["subject"], e["summary"]) for e in by_duty] == [
        ("Sửa đổi, bổ sung", {"reassigned": 1}),
        ("Ban hành Quy chế", {}),
    ]
    by_article = json.loads(run("log", "qc-versions", "--article", "5", "-f", "json").stdout)
    assert [(e["subject"], e["summary"]) for e in by_article] == [
        ("Sửa đổi, bổ sung", {"renumbered": 1}),
        ("Sửa Khoản 1 Điều 4", {"amended": 1}),
        ("Ban hành Quy chế", {}),
    ]


def test_log_since(repo: GitRepo) -> None:
    result = run("log", "qc-versions", "--since", "2023-01-01", "-f", "json")
    assert [e["subject"] for e in json.loads(result.stdout)] == ["Sửa Khoản 1 Điều 4"]


def test_log_with_both_article_and_duty_exits_2(repo: GitRepo) -> None:
    result = run("log", "qc-versions", "--article", "4", "--duty", "tong-ket-nam", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: give --article or --duty, not both\n"


def test_log_of_an_article_that_does_not_exist_exits_2(repo: GitRepo) -> None:
    result = run("log", "qc-versions", "--article", "99")
    assert result.exit_code == 2
    assert "không có Điều 99" in result.stderr


def test_log_of_an_unknown_regulation_exits_2(repo: GitRepo) -> None:
    result = run("log", "khong-co")
    assert result.exit_code == 2
    assert result.stderr.startswith("coordreg: ")


def test_log_in_a_repository_with_no_commits_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty = GitRepo(tmp_path / "empty")
    empty.write(FILE, dump(sample()))
    monkeypatch.chdir(empty.folder)
    result = run("log", "qc-versions", "--lang", "en")
    assert result.exit_code == 2
    assert "has no commits yet" in result.stderr


# --- git-setup and the diff driver ---------------------------------------------------------------


def test_git_setup_writes_the_attribute_once_and_sets_the_command(repo: GitRepo) -> None:
    first = run("git-setup")
    second = run("git-setup")
    assert first.exit_code == second.exit_code == 0, first.output
    attributes = (repo.folder / ".gitattributes").read_text(encoding="utf-8")
    assert attributes.splitlines().count(ATTRIBUTE_LINE) == 1
    assert ATTRIBUTE_LINE == "regulation.yaml diff=coordreg"
    command = repo.git("config", "--local", "diff.coordreg.command").strip()
    assert command == f"{sys.executable} -m coordreg git-diff-driver"
    assert repo.git("check-attr", "diff", "--", FILE).strip() == f"{FILE}: diff: coordreg"


def test_git_setup_keeps_existing_attributes(repo: GitRepo) -> None:
    repo.write(".gitattributes", "*.docx binary")  # no final newline
    assert run("git-setup").exit_code == 0
    lines = (repo.folder / ".gitattributes").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "*.docx binary"
    assert lines[-1] == ATTRIBUTE_LINE
    assert lines.count(ATTRIBUTE_LINE) == 1


COMMENT = b"# coordreg: compare regulations by meaning in git diff, git log -p and git show"


@pytest.mark.parametrize(
    ("before", "after"),
    [
        # CRLF line ends stay, and the lines added take them.
        (
            b"*.docx binary\r\n",
            b"*.docx binary\r\n" + COMMENT + b"\r\n" + b"regulation.yaml diff=coordreg\r\n",
        ),
        (
            b"*.docx binary\r\n*.pdf -diff",
            b"*.docx binary\r\n*.pdf -diff\r\n"
            + COMMENT
            + b"\r\nregulation.yaml diff=coordreg\r\n",
        ),
        # A file in Latin-1 (a comment "Hà Nội" in one byte) is kept byte for byte.
        (
            b"# H\xe0 N\xf4i\n*.docx binary\n",
            b"# H\xe0 N\xf4i\n*.docx binary\n" + COMMENT + b"\nregulation.yaml diff=coordreg\n",
        ),
        # Already there, with CRLF: nothing is written.
        (b"regulation.yaml diff=coordreg\r\n", b"regulation.yaml diff=coordreg\r\n"),
    ],
)
def test_git_setup_keeps_the_attribute_file_byte_for_byte(
    repo: GitRepo, before: bytes, after: bytes
) -> None:
    (repo.folder / ".gitattributes").write_bytes(before)
    result = run("git-setup")
    assert result.exit_code == 0, result.output
    assert (repo.folder / ".gitattributes").read_bytes() == after


def test_git_setup_with_a_folder_named_gitattributes_exits_2(repo: GitRepo) -> None:
    (repo.folder / ".gitattributes").mkdir()
    result = run("git-setup", "--lang", "en")
    assert result.exit_code == 2
    folder = repo.git("rev-parse", "--show-toplevel").strip()
    assert result.stderr == f"coordreg: cannot read {folder}/.gitattributes: Is a directory\n"
    assert "Traceback" not in result.output


def test_git_setup_from_a_sub_folder_writes_at_the_root(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo.folder / "regulations")
    assert run("git-setup").exit_code == 0
    assert (repo.folder / ".gitattributes").is_file()
    assert not (repo.folder / "regulations" / ".gitattributes").exists()


def test_git_setup_outside_a_repository_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "plain"
    folder.mkdir()
    monkeypatch.chdir(folder)
    result = run("git-setup", "--lang", "en")
    assert result.exit_code == 2
    assert "not inside a git repository" in result.stderr
    assert not (folder / ".gitattributes").exists()


def _driver_block(text: str) -> list[str]:
    """The lines of the coordreg driver's output in git's output."""
    lines = text.splitlines()
    start = lines.index(f"coordreg diff a/{FILE} b/{FILE}")
    return lines[start : start + 5]


EXPECTED_BLOCK = [
    f"coordreg diff a/{FILE} b/{FILE}",
    f"a/{FILE} → b/{FILE}: 1 thay đổi",
    "",
    "Chương II, Điều 4",
    f"  sửa đổi        khoản 4.1 (text): {REDLINE}",
]


def test_git_diff_uses_the_driver_after_git_setup(repo: GitRepo) -> None:
    assert run("git-setup").exit_code == 0
    repo.write(FILE, dump(sample()))  # the work tree goes back to the first version
    text = repo.git("diff", "--", FILE)
    assert _driver_block(text)[0] == f"coordreg diff a/{FILE} b/{FILE}"
    assert "{+phối hợp+}" in text
    assert "[-chủ trì-]" in text
    assert "@@" not in text  # not a line diff


def test_git_log_p_and_git_show_use_the_driver(repo: GitRepo) -> None:
    assert run("git-setup").exit_code == 0
    assert _driver_block(repo.git("log", "-p", "--ext-diff", "-1", "--", FILE)) == EXPECTED_BLOCK
    assert _driver_block(repo.git("show", "--ext-diff", "HEAD", "--", FILE)) == EXPECTED_BLOCK


def test_git_diff_of_a_version_that_does_not_parse_falls_back_to_lines(repo: GitRepo) -> None:
    assert run("git-setup").exit_code == 0
    repo.write(FILE, dump(sample()).replace("chapters:", "chapters: [", 1))
    text = repo.git("diff", "--", FILE)
    assert f"coordreg diff a/{FILE} b/{FILE}" in text
    assert "(một phiên bản không đọc được; so sánh theo dòng)" in text
    assert "+chapters: [" in text
    assert "-chapters:" in text


def test_git_diff_driver_with_a_new_file(repo: GitRepo) -> None:
    result = run(
        "git-diff-driver", FILE, "/dev/null", "0" * 40, "100644", "v1.yaml", "1" * 40, "100644"
    )
    assert result.exit_code == 0
    assert result.stdout == f"coordreg diff a/{FILE} b/{FILE}\ntệp mới: {FILE}\n"


def test_git_diff_driver_with_a_deleted_file(
    repo: GitRepo, monkeypatch: pytest.MonkeyPatch
) -> None:
    arguments = (FILE, "v1.yaml", "1" * 40, "100644", "/dev/null", "0" * 40, "100644")
    result = run("git-diff-driver", *arguments)
    assert result.exit_code == 0
    assert result.stdout == f"coordreg diff a/{FILE} b/{FILE}\ntệp đã xóa: {FILE}\n"
    # git passes the driver no options: the user's setting chooses its language.
    monkeypatch.setenv("COORDREG_LANG", "en")
    assert run("git-diff-driver", *arguments).stdout == (
        f"coordreg diff a/{FILE} b/{FILE}\ndeleted file: {FILE}\n"
    )


def test_git_diff_driver_compares_two_files(repo: GitRepo) -> None:
    result = run(
        "git-diff-driver", FILE, "v1.yaml", "1" * 40, "100644", "v2.yaml", "2" * 40, "100644"
    )
    assert result.exit_code == 0
    assert result.stdout.splitlines() == EXPECTED_BLOCK


def test_git_diff_driver_with_too_few_arguments(repo: GitRepo) -> None:
    result = run("git-diff-driver", FILE)
    assert result.exit_code == 0
    assert result.stdout.startswith("coordreg git-diff-driver: git passes PATH OLD-FILE")
