"""coordreg as a library: each operation of `coordreg/__init__.py` on the bundled regulations.

The regulations under `regulations/` are named by id, as on the command line, so
each test runs in a folder that holds them: the repository itself for what only
reads, a copy in tmp_path for what writes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest
from bundled import BEFORE_2025, copy_regulations_before_2025
from gitrepo import GitRepo
from icalendar import Calendar

import coordreg
from coordreg.cli.app import report_error
from coordreg.errors import CatalogueError, DataError, RefusedError, UsageError

ROOT = Path(__file__).resolve().parents[1]
BCA = "bca-btttt-2021"
HA_TINH = "ha-tinh-antt-2023"
BCA_FILE = f"regulations/{BCA}/regulation.yaml"
AMENDED = ROOT / "examples" / "bca-btttt-2021-sua-doi-2025.yaml"
FIRST_QUARTER = (date(2025, 1, 1), date(2025, 3, 31))


@pytest.fixture
def in_repository(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The working folder is a repository's, with the bundled `regulations/` as they
    stood in 2024 (tests/bundled.py): the figures below are those of 2022-2024."""
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def copied(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of `regulations/` in tmp_path, which is the working folder."""
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- The package -----------------------------------------------------------------------------


def test_importing_the_package_loads_no_operation() -> None:
    """`coordreg --version` imports the package: the operations wait until asked for."""
    code = "import sys, coordreg; print(sorted(m for m in sys.modules if m.startswith('coordreg')))"
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert completed.stdout == "['coordreg', 'coordreg.version']\n"


def test_every_operation_is_a_documented_function() -> None:
    operations = [name for name in coordreg.__all__ if name != "__version__"]
    assert operations == [
        "agenda",
        "check_regulations",
        "diff",
        "evaluate",
        "fmt",
        "import_regulation",
        "load_regulation",
        "log",
        "plan",
        "render_document",
        "review",
        "transfer",
    ]
    for name in operations:
        operation = getattr(coordreg, name)
        assert operation.__module__ == "coordreg.api"
        assert operation.__doc__, name
    assert set(operations) <= set(dir(coordreg))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = coordreg.nothing  # type: ignore[attr-defined]


def test_check_is_not_hidden_by_the_checker_subpackage() -> None:
    import coordreg.check.checker  # sets `coordreg.check` to the subpackage

    assert callable(coordreg.check_regulations)


# --- check, load_regulation --------------------------------------------------------------------


@pytest.mark.usefixtures("in_repository")
def test_check_regulations() -> None:
    result = coordreg.check_regulations()
    assert (result.errors, result.warnings) == (0, 0)
    assert result.files == [
        BCA_FILE,
        f"regulations/{BCA}/evaluations/2022.yaml",
        f"regulations/{BCA}/evaluations/2023.yaml",
        f"regulations/{BCA}/evaluations/2024.yaml",
        f"regulations/{HA_TINH}/regulation.yaml",
        f"regulations/{HA_TINH}/evaluations/2024.yaml",
        f"regulations/{HA_TINH}/evaluations/2025.yaml",
    ]


def test_check_regulations_finds_errors(tmp_path: Path) -> None:
    (tmp_path / "regulation.yaml").write_text("id: x\n", encoding="utf-8")
    result = coordreg.check_regulations([tmp_path])
    assert result.errors > 0
    assert {finding.code for finding in result.findings} >= {"CR101"}


@pytest.mark.usefixtures("in_repository")
def test_load_regulation_by_folder() -> None:
    regulation = coordreg.load_regulation(Path("regulations") / HA_TINH)
    assert regulation.id == HA_TINH
    assert [party.id for party in regulation.parties] == ["ubnd", "cat", "stttt", "sgddt"]
    assert sum(1 for _ in regulation.duties()) == 20


@pytest.mark.usefixtures("in_repository")
def test_a_missing_regulation_is_a_usage_error() -> None:
    with pytest.raises(UsageError) as raised:
        coordreg.plan("nowhere")
    assert raised.value.message() == (
        "no regulation 'nowhere': give an id under regulations/, a folder or a regulation.yaml"
    )


def test_a_regulation_with_errors_is_a_data_error(tmp_path: Path) -> None:
    (tmp_path / "regulation.yaml").write_text("id: x\n", encoding="utf-8")
    with pytest.raises(DataError) as raised:
        coordreg.load_regulation(tmp_path / "regulation.yaml")
    assert raised.value.result.errors > 0


# --- plan, review, evaluate --------------------------------------------------------------------


@pytest.mark.usefixtures("in_repository")
def test_plan() -> None:
    plan = coordreg.plan(BCA, 2024)
    assert (plan.year, plan.host.id, plan.report_by) == (2024, "bca", date(2024, 12, 15))
    assert len(plan.items) == 34
    assert [item.duty.id for item in plan.carried_over] == [
        "kiem-tra-an-ninh-thiet-bi",
        "quy-trinh-ung-cuu-su-co",
        "tap-huan-attt",
        "ngan-chan-thong-tin-mang-xa-hoi",
    ]


@pytest.mark.usefixtures("in_repository")
def test_review() -> None:
    review = coordreg.review(BCA, 2026, history=False)
    assert (review.start, review.end, review.interim) == (2022, 2026, False)
    assert review.missing_years == (2025, 2026)
    total = review.total
    assert (total.counted, total.done, total.in_progress, total.not_done) == (103, 91, 7, 3)
    assert review.amendments is None


def test_evaluate_writes_a_skeleton_once(copied: Path) -> None:
    record = coordreg.evaluate(HA_TINH, 2026)
    assert record.file == Path("regulations") / HA_TINH / "evaluations" / "2026.yaml"
    assert (len(record.plan.items), len(record.plan.carried_over)) == (19, 4)
    text = (copied / record.file).read_text(encoding="utf-8")
    assert text.count('    status: ""\n') == 19
    with pytest.raises(RefusedError) as raised:
        coordreg.evaluate(HA_TINH, 2026)
    assert raised.value.message("vi") == (
        f"regulations/{HA_TINH}/evaluations/2026.yaml đã có; coordreg không ghi đè bản đánh giá"
    )
    assert (copied / record.file).read_text(encoding="utf-8") == text


# --- diff, log -----------------------------------------------------------------------------------


@pytest.mark.usefixtures("in_repository")
def test_diff_of_two_files() -> None:
    changes = coordreg.diff(BCA_FILE, str(AMENDED))
    kinds = Counter((change.kind, change.target_type) for change in changes)
    assert len(changes) == 80
    assert kinds[("amended", "duty")] == 24
    assert kinds[("reassigned", "duty")] == 11
    assert kinds[("renumbered", "article")] == 6


def test_log_and_diff_in_git(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    repo = GitRepo(tmp_path)
    original = (BEFORE_2025 / BCA_FILE).read_text(encoding="utf-8")
    first = repo.commit({BCA_FILE: original}, "Quy chế 2021")
    second = repo.commit(
        {BCA_FILE: AMENDED.read_text(encoding="utf-8")},
        "Sửa đổi 2025",
        date="2025-03-01T09:00:00+07:00",
    )
    monkeypatch.chdir(tmp_path)
    entries = coordreg.log(BCA)
    assert [(entry.commit.id, entry.commit.subject) for entry in entries] == [
        (second, "Sửa đổi 2025"),
        (first, "Quy chế 2021"),
    ]
    assert (len(entries[0].changes), entries[1].created) == (80, True)
    assert [entry.commit.id for entry in coordreg.log(BCA, since="2024-01-01")] == [second]
    assert len(coordreg.diff(f"HEAD~1:{BCA_FILE}", f"HEAD:{BCA_FILE}")) == 80
    with pytest.raises(UsageError) as raised:
        coordreg.log(BCA, article=6, duty="tap-huan-attt")
    assert raised.value.msgid == "article_or_duty"


# --- transfer ------------------------------------------------------------------------------------


def test_transfer_without_write_changes_no_file(copied: Path) -> None:
    before = (copied / BCA_FILE).read_bytes()
    result = coordreg.transfer([BCA], "btttt-cattt", "bca-a05", date(2025, 3, 1))
    assert result.transfer.moved == 11
    assert [str(item.file) for item in result.transfer.changed] == [BCA_FILE]
    assert (result.written, result.check, result.failed) == ([], None, False)
    assert (copied / BCA_FILE).read_bytes() == before
    lapsed = sorted(
        handover.duty.id
        for item in result.transfer.files
        for handover in item.handovers
        if handover.lapses
    )
    assert lapsed == [
        "danh-gia-tinh-hinh-anm-quy",
        "dau-tranh-toi-pham-cnc",
        "trao-doi-thong-tin-anm",
    ]


def test_transfer_writes_the_regulation_and_its_minute(copied: Path) -> None:
    minute = copied / "bien-ban.md"
    result = coordreg.transfer(
        [BCA], "btttt-cattt", "bca-a05", date(2025, 3, 1), write=True, minute=minute, lang="en"
    )
    assert result.written == [Path(BCA_FILE)]
    assert result.check is not None
    assert (result.check.errors, result.failed) == (0, False)
    text = (copied / BCA_FILE).read_text(encoding="utf-8")
    regulation = coordreg.load_regulation(copied / BCA_FILE)
    # Cục An toàn thông tin leads nothing now; what it led is kept as history.
    assert [d.id for _p, _a, d in regulation.duties() if d.lead == "btttt-cattt"] == []
    assert [e.lead for _p, _a, d in regulation.duties() for e in d.before if e.lead] == [
        "btttt-cattt"
    ] * 5
    assert [act.id for act in regulation.acts] == ["bg-btttt-cattt-20250301"]
    assert "succeeded_by: bca-a05" in text
    assert "until: 2025-02-28" in text
    written = minute.read_text(encoding="utf-8")
    assert "# MINUTES" in written
    assert "hand over the 10 coordination duties below, from 2025-03-01" in written


def test_transfer_refuses_a_minute_it_cannot_write(copied: Path) -> None:
    before = (copied / BCA_FILE).read_bytes()
    with pytest.raises(UsageError) as raised:
        coordreg.transfer([BCA], "btttt-cattt", "bca-a05", write=True, minute=Path("bb.json"))
    assert raised.value.message() == "the minute bb.json must end in .md, .html, .docx or .pdf"
    assert (copied / BCA_FILE).read_bytes() == before


# --- fmt -------------------------------------------------------------------------------------------


def test_fmt_lists_and_then_writes(copied: Path) -> None:
    assert [file.shown for file in coordreg.fmt().changed] == []
    record = copied / "regulations" / HA_TINH / "evaluations" / "2024.yaml"
    canonical = record.read_text(encoding="utf-8")
    record.write_text(canonical.replace("year: 2024", "year:    2024"), encoding="utf-8")
    listed = coordreg.fmt()
    assert [file.shown for file in listed.changed] == [
        f"regulations/{HA_TINH}/evaluations/2024.yaml"
    ]
    assert len(listed.unchanged) == 6
    assert record.read_text(encoding="utf-8") != canonical  # without write, nothing is written
    assert len(coordreg.fmt(write=True).changed) == 1
    assert record.read_text(encoding="utf-8") == canonical


# --- agenda --------------------------------------------------------------------------------------


@pytest.mark.usefixtures("in_repository")
def test_agenda() -> None:
    agenda = coordreg.agenda(start=FIRST_QUARTER[0], end=FIRST_QUARTER[1])
    assert (len(agenda.events), len(agenda.regulations), agenda.skipped) == (18, 2, ())
    assert [(e.day.isoformat(), e.kind, e.regulation.id) for e in agenda.events[:4]] == [
        ("2025-01-05", "duty", BCA),
        ("2025-01-05", "duty", HA_TINH),
        ("2025-01-20", "duty", BCA),
        ("2025-01-31", "evaluation", BCA),
    ]
    of_one = coordreg.agenda(start=FIRST_QUARTER[0], end=FIRST_QUARTER[1], party="stttt")
    assert (len(of_one.events), of_one.party_name()) == (
        6,
        "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh",
    )


@pytest.mark.usefixtures("in_repository")
def test_agenda_defaults_to_ninety_days_from_today() -> None:
    agenda = coordreg.agenda(today=date(2025, 1, 1))
    assert (agenda.start, agenda.end) == (date(2025, 1, 1), date(2025, 4, 1))


# --- import ------------------------------------------------------------------------------------


def test_import_regulation(tmp_path: Path) -> None:
    source = ROOT / "tests" / "import_texts" / "ha-tinh-4-ben.txt"
    dry = coordreg.import_regulation(source)
    found = dry.imported.summary
    assert (dry.imported.regulation_id, dry.file) == ("ubnd-mttq-cat-stp-2025", None)
    assert (found.chapters, found.articles, found.duties, found.parties) == (3, 6, 4, 4)
    assert dry.imported.check.errors == 0
    written = coordreg.import_regulation(source, "qc-ha-tinh", write_into=tmp_path)
    assert written.file == tmp_path / "qc-ha-tinh" / "regulation.yaml"
    assert written.file.read_text(encoding="utf-8") == written.imported.text
    assert written.imported.text.count("id: qc-ha-tinh\n") == 1
    with pytest.raises(RefusedError):
        coordreg.import_regulation(source, "qc-ha-tinh", write_into=tmp_path)


# --- render_document -------------------------------------------------------------------------------


@pytest.mark.usefixtures("in_repository")
def test_render_a_plan_in_each_format() -> None:
    plan = coordreg.plan(BCA, 2024)
    markdown = coordreg.render_document(plan, lang="en")
    assert "\n# PLAN\n" in markdown
    assert coordreg.render_document(plan, "html").startswith('<!DOCTYPE html>\n<html lang="vi">')
    assert coordreg.render_document(plan, "docx").startswith(b"PK\x03\x04")
    data = json.loads(coordreg.render_document(plan, "json"))
    assert (data["year"], len(data["items"])) == (2024, 34)


@pytest.mark.usefixtures("in_repository")
def test_render_a_review_and_a_regulation() -> None:
    review = json.loads(coordreg.render_document(coordreg.review(BCA, 2026, history=False), "json"))
    assert (review["period"], review["missing_years"]) == ([2022, 2026], [2025, 2026])
    regulation = coordreg.load_regulation(HA_TINH)
    text = coordreg.render_document(regulation)
    assert "| Số: 02/QCPH-UBND-CAT-STTTT-SGDĐT | *Hà Tĩnh, ngày 15 tháng 3 năm 2023* |" in text
    assert "\n# QUY CHẾ\n" in text
    with pytest.raises(ValueError, match="a regulation's text has no 'json' form"):
        coordreg.render_document(regulation, "json")  # type: ignore[call-overload]


@pytest.mark.usefixtures("in_repository")
def test_render_an_agenda() -> None:
    agenda = coordreg.agenda(start=FIRST_QUARTER[0], end=FIRST_QUARTER[1], party="stttt")
    calendar = Calendar.from_ical(coordreg.render_document(agenda, "ics"))
    assert len(calendar.walk("VEVENT")) == 6
    (first, *_rest) = json.loads(coordreg.render_document(agenda, "json", lang="en"))
    assert (first["date"], first["duty"], first["lead"]) == (
        "2025-01-05",
        "giam-sat-attt-hang-thang",
        "stttt-ttcntt",
    )
    text = coordreg.render_document(agenda, "text", lang="en")
    assert text.startswith("AGENDA FROM 2025-01-01 TO 2025-03-31\n")


def test_render_the_minute_of_a_transfer(copied: Path) -> None:
    result = coordreg.transfer([BCA], "btttt-cattt", "bca-a05", date(2025, 3, 1))
    minute = coordreg.render_document(result, "md", lang="en")
    assert "Handover of coordination duties from Cục An toàn thông tin to Cục An ninh mạng" in (
        minute
    )
    assert coordreg.render_document(result.transfer, "docx").startswith(b"PK\x03\x04")


# --- Errors at the command line's edge ---------------------------------------------------------


def test_an_error_is_printed_as_its_sentence_in_the_language_asked(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Not its message key: the catch-all of old printed `str(error)`, which is the key."""
    assert report_error(CatalogueError("article_or_duty"), "vi") == 2
    assert report_error(RefusedError("record_exists", path="2026.yaml"), "en") == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "coordreg: chỉ dùng một trong --article hoặc --duty\n"
        "coordreg: 2026.yaml exists already; coordreg never overwrites an evaluation record\n"
    )
