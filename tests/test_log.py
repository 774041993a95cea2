"""`coordreg log` as a library (`coordreg.versions.history`, `coordreg.versions.historyreport`).

The history under test, built once with real git (dates are author and
committer dates; the file is regulations/qc-versions/regulation.yaml)::

    c1 2022-01-10 Nguyễn Văn An  Ban hành Quy chế              created
    c2 2022-06-01 Trần Thị Bình  Sửa Khoản 1 Điều 4            clause 4.1 amended
    c3 2022-09-01 Nguyễn Văn An  Giao lại nhiệm vụ tổng kết    duty tong-ket-nam reassigned (Điều 5)
    c4 2023-03-01 Lê Văn Cường   Bổ sung Điều 4                new Điều 4; 4, 5, 6 become 5, 6, 7
    c5 2023-09-01 Nguyễn Văn An  Đổi tên Cục An toàn thông tin unit btttt-cattt renamed
    c6 2024-01-05 Trần Thị Bình  Sửa lỗi chính tả              the YAML no longer parses
    c7 2024-01-06 Trần Thị Bình  Sửa lỗi YAML, đổi số hiệu     parses again; number changed

So Điều 5 today was Điều 4 before c4 (amended by c2), and Điều 4 today was
created by c4.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from gitrepo import GitRepo, article, dump, duty, git, insert_article, sample

from coordreg.errors import UsageError
from coordreg.versions.history import LogEntry, regulation_log
from coordreg.versions.historyreport import report_json, report_text

FILE = "regulations/qc-versions/regulation.yaml"
CLAUSE_4_1_NEW = "Cục An toàn thông tin chủ trì kiểm tra an toàn hệ thống thông tin quan trọng."


@dataclass(frozen=True)
class History:
    repo: GitRepo
    ids: dict[str, str]  # "c1".. -> commit id

    @property
    def file(self) -> Path:
        return self.repo.folder / FILE

    def name(self, commit_id: str) -> str:
        return next(name for name, ident in self.ids.items() if ident == commit_id)

    def log(self, **options: Any) -> list[LogEntry]:
        return list(regulation_log(self.file, **options))

    def names(self, **options: Any) -> list[str]:
        return [self.name(entry.commit.id) for entry in self.log(**options)]


def build_history(folder: Path, *, broken: bool) -> History:
    """c1..c5, and with `broken` also c6 (breaks the YAML) and c7 (repairs it)."""
    repo = GitRepo(folder)
    ids: dict[str, str] = {}
    data = sample()
    ids["c1"] = repo.commit(
        {FILE: dump(data)}, "Ban hành Quy chế", date="2022-01-10T09:00:00+07:00"
    )
    article(data, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    ids["c2"] = repo.commit(
        {FILE: dump(data)},
        "Sửa Khoản 1 Điều 4",
        date="2022-06-01T09:00:00+07:00",
        author="Trần Thị Bình",
    )
    duty(data, "tong-ket-nam")["lead"] = "btttt-vp"
    duty(data, "tong-ket-nam")["support"] = ["bca-vp"]
    ids["c3"] = repo.commit(
        {FILE: dump(data)}, "Giao lại nhiệm vụ tổng kết", date="2022-09-01T09:00:00+07:00"
    )
    insert_article(data, chapter=1, position=1)
    ids["c4"] = repo.commit(
        {FILE: dump(data)},
        "Bổ sung Điều 4",
        date="2023-03-01T09:00:00+07:00",
        author="Lê Văn Cường",
    )
    data["parties"][1]["units"][1]["name"] = "Cục An toàn thông tin mạng"
    ids["c5"] = repo.commit(
        {FILE: dump(data)}, "Đổi tên Cục An toàn thông tin", date="2023-09-01T09:00:00+07:00"
    )
    if broken:
        ids["c6"] = repo.commit(
            {FILE: dump(data).replace("chapters:", "chapters: [", 1)},
            "Sửa lỗi chính tả",
            date="2024-01-05T09:00:00+07:00",
            author="Trần Thị Bình",
        )
        data["number"] = "02/QCPH-BCA-BTTTT"
        ids["c7"] = repo.commit(
            {FILE: dump(data)},
            "Sửa lỗi YAML, đổi số hiệu",
            date="2024-01-06T09:00:00+07:00",
            author="Trần Thị Bình",
        )
    return History(repo, ids)


@pytest.fixture(scope="module")
def history(tmp_path_factory: pytest.TempPathFactory) -> History:
    """The whole history, c1..c7 (read only)."""
    return build_history(tmp_path_factory.mktemp("log") / "repo", broken=True)


@pytest.fixture(scope="module")
def clean(tmp_path_factory: pytest.TempPathFactory) -> History:
    """c1..c5: every version parses (read only)."""
    return build_history(tmp_path_factory.mktemp("clean") / "repo", broken=False)


def _kinds(entry: LogEntry) -> list[tuple[str, str, str]]:
    return [(c.kind, c.target_type, c.target_id) for c in entry.changes]


def _sorted_kinds(entry: LogEntry) -> list[tuple[str, str, str]]:
    return sorted(_kinds(entry))


# --- the whole log -----------------------------------------------------------------------------


def test_log_lists_every_commit_newest_first_with_subject_author_and_date(
    history: History,
) -> None:
    entries = history.log()
    assert [(history.name(e.commit.id), e.commit.subject, e.commit.author) for e in entries] == [
        ("c7", "Sửa lỗi YAML, đổi số hiệu", "Trần Thị Bình"),
        ("c6", "Sửa lỗi chính tả", "Trần Thị Bình"),
        ("c5", "Đổi tên Cục An toàn thông tin", "Nguyễn Văn An"),
        ("c4", "Bổ sung Điều 4", "Lê Văn Cường"),
        ("c3", "Giao lại nhiệm vụ tổng kết", "Nguyễn Văn An"),
        ("c2", "Sửa Khoản 1 Điều 4", "Trần Thị Bình"),
        ("c1", "Ban hành Quy chế", "Nguyễn Văn An"),
    ]
    assert [e.commit.date for e in entries] == [
        "2024-01-06T09:00:00+07:00",
        "2024-01-05T09:00:00+07:00",
        "2023-09-01T09:00:00+07:00",
        "2023-03-01T09:00:00+07:00",
        "2022-09-01T09:00:00+07:00",
        "2022-06-01T09:00:00+07:00",
        "2022-01-10T09:00:00+07:00",
    ]


def test_log_summarises_each_commit(history: History) -> None:
    by_name = {history.name(e.commit.id): e for e in history.log()}
    assert _kinds(by_name["c5"]) == [("renamed", "unit", "btttt-cattt")]
    assert _sorted_kinds(by_name["c4"]) == [
        ("added", "article", "4"),
        ("renumbered", "article", "5"),
        ("renumbered", "article", "6"),
        ("renumbered", "article", "7"),
    ]
    assert _kinds(by_name["c3"]) == [("reassigned", "duty", "tong-ket-nam")]
    assert by_name["c3"].changes[0].old == {"lead": "bca-vp", "support": ["btttt-vp"]}
    assert by_name["c3"].changes[0].new == {"lead": "btttt-vp", "support": ["bca-vp"]}
    assert _kinds(by_name["c2"]) == [("amended", "clause", "4.1")]
    assert by_name["c2"].changes[0].redline == (
        ("equal", "Cục An toàn thông tin"),
        ("delete", "phối hợp"),
        ("insert", "chủ trì"),
        ("equal", "kiểm tra an toàn hệ thống thông tin quan trọng."),
    )


def test_log_marks_the_creation_and_the_versions_that_do_not_parse(history: History) -> None:
    flags = {history.name(e.commit.id): (e.created, e.deleted, e.unreadable) for e in history.log()}
    assert flags == {
        "c7": (False, False, True),  # its "before" (c6) does not parse
        "c6": (False, False, True),
        "c5": (False, False, False),
        "c4": (False, False, False),
        "c3": (False, False, False),
        "c2": (False, False, False),
        "c1": (True, False, False),
    }
    by_name = {history.name(e.commit.id): e for e in history.log()}
    assert by_name["c1"].changes == []
    assert by_name["c6"].changes == []


def test_log_since_a_date(history: History) -> None:
    assert history.names(since="2023-01-01") == ["c7", "c6", "c5", "c4"]
    assert history.names(since="2030-01-01") == []


def test_log_of_a_relative_path(history: History, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(history.repo.folder / "regulations")
    assert [e.commit.id for e in regulation_log(Path("qc-versions/regulation.yaml"))] == [
        e.commit.id for e in history.log()
    ]


# --- --duty -----------------------------------------------------------------------------------


def test_log_of_a_duty_keeps_the_commits_that_touched_it(history: History) -> None:
    entries = history.log(duty="tong-ket-nam")
    assert [history.name(e.commit.id) for e in entries] == ["c3", "c1"]
    assert _kinds(entries[0]) == [("reassigned", "duty", "tong-ket-nam")]
    assert entries[1].created


def test_log_of_a_duty_shows_only_that_duty_s_changes(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    data = sample()
    repo.commit({FILE: dump(data)}, "Ban hành")
    duty(data, "tong-ket-nam")["schedule"] = {"quarterly": "03-15"}
    duty(data, "bao-cao-quy")["lead"] = "bca-a05"
    duty(data, "bao-cao-quy")["support"] = ["btttt-cattt"]
    data["number"] = "02/QCPH"
    repo.commit({FILE: dump(data)}, "Sửa hai nhiệm vụ", date="2023-01-01T00:00:00+07:00")
    entries = list(regulation_log(repo.folder / FILE, duty="tong-ket-nam"))
    assert [_kinds(e) for e in entries] == [[("rescheduled", "duty", "tong-ket-nam")], []]
    assert entries[1].created


def test_log_of_a_duty_that_never_existed_is_empty(history: History) -> None:
    assert history.log(duty="khong-co") == []


def test_log_of_a_duty_added_later_starts_where_it_was_added(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    data = sample()
    repo.commit({FILE: dump(data)}, "Ban hành")
    article(data, 5)["duties"].append(
        {
            "id": "tap-huan",
            "text": "Tập huấn nghiệp vụ.",
            "lead": "bca-vp",
            "schedule": "continuous",
        }
    )
    repo.commit({FILE: dump(data)}, "Bổ sung nhiệm vụ tập huấn", date="2023-01-01T00:00:00Z")
    duty(data, "tap-huan")["text"] = "Tập huấn nghiệp vụ hằng năm."
    repo.commit({FILE: dump(data)}, "Sửa nhiệm vụ tập huấn", date="2024-01-01T00:00:00Z")
    entries = list(regulation_log(repo.folder / FILE, duty="tap-huan"))
    assert [(e.commit.subject, _kinds(e)) for e in entries] == [
        ("Sửa nhiệm vụ tập huấn", [("amended", "duty", "tap-huan")]),
        ("Bổ sung nhiệm vụ tập huấn", [("added", "duty", "tap-huan")]),
    ]


# --- --article --------------------------------------------------------------------------------


def test_log_of_an_article_follows_it_back_through_a_renumbering(clean: History) -> None:
    """Điều 5 today was Điều 4 before c4: c2 amended it, c1 created it."""
    entries = clean.log(article=5)
    assert [clean.name(e.commit.id) for e in entries] == ["c4", "c2", "c1"]
    assert [(c.kind, c.target_type, c.old, c.new) for c in entries[0].changes] == [
        ("renumbered", "article", 4, 5)
    ]
    assert _kinds(entries[1]) == [("amended", "clause", "4.1")]
    assert entries[2].created


def test_log_of_an_article_leaves_out_what_happened_to_its_old_neighbour(clean: History) -> None:
    """Điều 6 today was Điều 5: c3's reassignment was in it, c2's amendment was not."""
    entries = clean.log(article=6)
    assert [clean.name(e.commit.id) for e in entries] == ["c4", "c3", "c1"]
    assert _kinds(entries[1]) == [("reassigned", "duty", "tong-ket-nam")]


def test_log_of_an_inserted_article_stops_at_the_commit_that_created_it(clean: History) -> None:
    entries = clean.log(article=4)
    assert [clean.name(e.commit.id) for e in entries] == ["c4"]
    assert _kinds(entries[0]) == [("added", "article", "4")]


def test_log_of_an_article_with_since(clean: History) -> None:
    assert clean.names(article=5, since="2022-03-01") == ["c4", "c2"]


def test_log_of_an_article_through_a_version_that_does_not_parse(history: History) -> None:
    """c6 breaks the file and c7 repairs it: Điều 5 is still followed back to c1."""
    assert history.names(article=5) == ["c4", "c2", "c1"]


def test_log_of_an_article_sees_a_clause_repealed_as_it_is_renumbered(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    data = sample()
    repo.commit({FILE: dump(data)}, "Ban hành")
    insert_article(data, chapter=1, position=1)  # Điều 4 becomes 5...
    del article(data, 5)["clauses"][1]  # ... and loses its Khoản 2
    repo.commit({FILE: dump(data)}, "Bổ sung Điều 4, bãi bỏ Khoản 2", date="2023-01-01T00:00:00Z")
    entries = list(regulation_log(repo.folder / FILE, article=5))
    assert [e.commit.subject for e in entries] == ["Bổ sung Điều 4, bãi bỏ Khoản 2", "Ban hành"]
    assert sorted(c.kind for c in entries[0].changes) == ["removed", "renumbered"]


def test_log_of_an_article_that_does_not_exist(clean: History) -> None:
    with pytest.raises(UsageError) as caught:
        clean.log(article=99)
    assert caught.value.msgid == "no_such_article"
    assert caught.value.args_["number"] == 99


# --- repositories of other shapes ----------------------------------------------------------------


def test_log_in_a_repository_with_no_commits(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    file = repo.write(FILE, dump(sample()))
    with pytest.raises(UsageError) as caught:
        list(regulation_log(file))
    assert caught.value.msgid == "no_commits"


def test_log_outside_a_repository(tmp_path: Path) -> None:
    file = tmp_path / "regulation.yaml"
    file.write_text(dump(sample()), encoding="utf-8")
    with pytest.raises(UsageError) as caught:
        list(regulation_log(file))
    assert caught.value.msgid == "not_a_repository"


def test_log_of_a_file_never_committed_says_git_does_not_track_it(tmp_path: Path) -> None:
    # Issue 14 (18): an empty history without a word hid a GIT_DIR that made git
    # look at another work tree; a file git does not track is now said to be so.
    repo = GitRepo(tmp_path / "repo")
    repo.commit({"README.md": "x\n"}, "Khởi tạo")
    file = repo.write(FILE, dump(sample()))
    with pytest.raises(UsageError) as caught:
        list(regulation_log(file))
    assert caught.value.msgid == "not_tracked"
    git(repo.folder, "add", "--", FILE)
    assert list(regulation_log(file)) == []  # added, not yet committed: no history, no error


def test_log_in_a_shallow_clone_gives_what_it_has(clean: History, tmp_path: Path) -> None:
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "--quiet", "--depth", "2", f"file://{clean.repo.folder}", str(clone))
    entries = list(regulation_log(clone / FILE))
    assert [e.commit.id for e in entries] == [clean.ids["c5"], clean.ids["c4"]]
    assert _kinds(entries[0]) == [("renamed", "unit", "btttt-cattt")]
    # The clone's oldest commit has no parent there: nothing to compare, no crash.
    assert entries[1].changes == []


def test_log_of_a_file_deleted_and_restored(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    repo.commit({FILE: dump(sample())}, "Ban hành")
    repo.remove(FILE, "Bãi bỏ", date="2023-01-01T00:00:00Z")
    data = sample()
    data["number"] = "02/QCPH"
    repo.commit({FILE: dump(data)}, "Ban hành lại", date="2024-01-01T00:00:00Z")
    entries = list(regulation_log(repo.folder / FILE))
    assert [(e.commit.subject, e.created, e.deleted) for e in entries] == [
        ("Ban hành lại", True, False),
        ("Bãi bỏ", False, True),
        ("Ban hành", True, False),
    ]


# --- the reports -----------------------------------------------------------------------------------


def test_log_text_report(clean: History) -> None:
    out = io.StringIO()
    report_text(clean.log(), out, "vi")
    lines = out.getvalue().splitlines()
    c = {name: ident[:10] for name, ident in clean.ids.items()}
    assert lines[0] == f"{c['c5']}  2023-09-01  Nguyễn Văn An  Đổi tên Cục An toàn thông tin"
    assert lines[1:3] == ["    1 đổi tên", "      đổi tên: đơn vị btttt-cattt"]
    assert f"{c['c4']}  2023-03-01  Lê Văn Cường  Bổ sung Điều 4" in lines
    assert lines[-2:] == [f"{c['c1']}  2022-01-10  Nguyễn Văn An  Ban hành Quy chế", "    tạo mới"]
    header_order = [line[:10] for line in lines if not line.startswith(" ")]
    assert header_order == [c["c5"], c["c4"], c["c3"], c["c2"], c["c1"]]


def test_log_text_report_in_english_marks_unreadable_versions(history: History) -> None:
    out = io.StringIO()
    report_text(history.log(since="2024-01-01"), out, "en")
    lines = out.getvalue().splitlines()
    assert lines[1] == "    a version does not parse"
    assert lines[3] == "    a version does not parse"


def test_log_json_report(clean: History) -> None:
    out = io.StringIO()
    report_json(clean.log(duty="tong-ket-nam"), out, "vi")
    data = json.loads(out.getvalue())
    assert data == [
        {
            "commit": clean.ids["c3"],
            "date": "2022-09-01T09:00:00+07:00",
            "author": "Nguyễn Văn An",
            "subject": "Giao lại nhiệm vụ tổng kết",
            "event": None,
            "summary": {"reassigned": 1},
            "changes": [
                {
                    "kind": "reassigned",
                    "target": {"type": "duty", "id": "tong-ket-nam"},
                    "old": {"lead": "bca-vp", "support": ["btttt-vp"]},
                    "new": {"lead": "btttt-vp", "support": ["bca-vp"]},
                    "chapter": "II",
                    "article": 5,
                }
            ],
        },
        {
            "commit": clean.ids["c1"],
            "date": "2022-01-10T09:00:00+07:00",
            "author": "Nguyễn Văn An",
            "subject": "Ban hành Quy chế",
            "event": "created",
            "summary": {},
            "changes": [],
        },
    ]
