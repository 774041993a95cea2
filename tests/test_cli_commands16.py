"""Commands that do what they say (issue 16): fmt FILE, transfer then fmt, the minute of a
handover already written, log of a layout-only commit, diff of rewrapped text, diff
REV:PATH and REV:ID against the work tree, the plan's standing bodies and sentences."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from gitrepo import GitRepo, dump, sample
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
RECORD = Path("regulations") / REG / "evaluations" / "2022.yaml"
HA_TINH = Path("regulations") / "ha-tinh-antt-2023" / "regulation.yaml"
SAMPLE_FILE = "regulations/qc-versions/regulation.yaml"  # tests/gitrepo.py's sample


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "regulations", tmp_path / "regulations")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2025-12-01")
    return tmp_path


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text, old
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_fmt_of_a_record_formats_that_file_only(repo: Path) -> None:
    edit(REG_FILE, "support: [btttt-cattt]", "support: [ btttt-cattt ]")
    edit(RECORD, "status: done", "status:   done")
    regulation_before = REG_FILE.read_bytes()
    result = invoke("fmt", str(RECORD))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"đã định dạng lại {RECORD}\n"
    assert REG_FILE.read_bytes() == regulation_before
    assert invoke("fmt", "--check", str(RECORD)).exit_code == 0
    # The regulation's folder still means all of it.
    assert invoke("fmt", "--check", str(REG_FILE.parent)).exit_code == 1


def test_what_transfer_writes_is_already_formatted(repo: Path) -> None:
    moved = invoke(
        "transfer",
        REG,
        "--from",
        "btttt-cattt",
        "--to",
        "bca-a05",
        "--effective",
        "2025-03-01",
        "--act-number",
        "01/2025/QĐ-BCA-BTTTT",
        "--act-title",
        "Quyết định về việc bàn giao chức năng, nhiệm vụ an toàn thông tin mạng từ Bộ Thông "
        "tin và Truyền thông sang Bộ Công an theo Nghị định của Chính phủ",
        "--act-signed",
        "2025-02-20",
        "--write",
    )
    assert moved.exit_code == 0, moved.output
    checked = invoke("fmt", "--check", "--lang", "en")
    assert checked.exit_code == 0, checked.output
    # ... and the minute of that handover can still be made afterwards.
    minute = invoke(
        "transfer", REG, "--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01",
        "--minutes", "bien-ban.md",
    )  # fmt: skip
    assert minute.exit_code == 0, minute.output
    assert minute.stderr == "coordreg: đã ghi bien-ban.md\n"
    assert "BIÊN BẢN" in Path("bien-ban.md").read_text(encoding="utf-8")


@pytest.fixture
def git_repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    repo = GitRepo(tmp_path / "repo")
    monkeypatch.chdir(repo.folder)
    return repo


def test_log_says_layout_only(git_repo: GitRepo) -> None:
    data = sample()
    git_repo.commit({SAMPLE_FILE: dump(data)}, "Ban hành")
    git_repo.commit(
        {SAMPLE_FILE: "# Bản định dạng lại\n" + dump(data)},
        "Định dạng",
        date="2022-02-01T09:00:00+07:00",
    )
    vi = invoke("log", SAMPLE_FILE)
    assert vi.exit_code == 0, vi.output
    assert vi.stdout.splitlines()[1] == "    chỉ trình bày lại, không đổi nội dung"
    en = invoke("log", SAMPLE_FILE, "--lang", "en")
    assert en.stdout.splitlines()[1] == "    layout only, no change of content"


def test_diff_ignores_where_lines_break(git_repo: GitRepo) -> None:
    data = sample()
    text = dump(data)
    title = data["title"]
    assert f"title: {title}\n" in text
    words = title.split()
    folded = "title: >-\n  " + " ".join(words[:4]) + "\n  " + " ".join(words[4:]) + "\n"
    literal = "title: |-\n  " + " ".join(words[:4]) + "\n  " + " ".join(words[4:]) + "\n"
    old = git_repo.write("old.yaml", text.replace(f"title: {title}\n", folded))
    new = git_repo.write("new.yaml", text.replace(f"title: {title}\n", literal))
    result = invoke("diff", str(old), str(new), "--exit-code", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{old} → {new}: no changes\n"


def test_diff_of_a_revision_against_the_work_tree(git_repo: GitRepo) -> None:
    data = sample()
    git_repo.commit({SAMPLE_FILE: dump(data)}, "Ban hành")
    data["number"] = "02/QCPH-BCA-BTTTT"
    git_repo.write(SAMPLE_FILE, dump(data))
    by_path = invoke("diff", f"HEAD:{SAMPLE_FILE}", "--format", "json")
    assert by_path.exit_code == 0, by_path.output
    assert '"field": "number"' in by_path.stdout
    regulation_id = Path(SAMPLE_FILE).parent.name
    by_id = invoke("diff", f"HEAD:{regulation_id}", "--format", "json")
    assert by_id.exit_code == 0, by_id.output
    assert json.loads(by_id.stdout)["changes"] == json.loads(by_path.stdout)["changes"]


def test_plan_without_standing_offices_names_the_parties(repo: Path) -> None:
    text = HA_TINH.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if "standing_office:" not in line]
    HA_TINH.write_text("\n".join(lines) + "\n", encoding="utf-8")
    plan = invoke("plan", "ha-tinh-antt-2023", "--year", "2025")
    assert plan.exit_code == 0, plan.output
    assert "2. — là" not in plan.stdout
    assert (
        "2. Ủy ban nhân dân tỉnh Hà Tĩnh, Công an tỉnh Hà Tĩnh, Sở Thông tin và Truyền thông "
        "tỉnh Hà Tĩnh và Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh là cơ quan thường trực"
    ) in plan.stdout


def test_a_duty_text_without_full_stop_gets_one_in_the_plan(repo: Path) -> None:
    ending = "nhập khẩu sử dụng trong hệ thống thông tin quan trọng"
    edit(REG_FILE, f"{ending}.\n", f"{ending}\n")
    plan = invoke("plan", REG, "--year", "2025")
    assert plan.exit_code == 0, plan.output
    assert f"{ending}. Thời hạn: 6 tháng" in plan.stdout
    english = invoke("plan", REG, "--year", "2025", "--lang", "en")
    assert f"{ending}. Lead: " in english.stdout or f"{ending}. Due: " in english.stdout
