"""Commands run from any subfolder of a repository find its `regulations/` (issue 16).

The repository is a copy of the bundled `regulations/` in tmp_path; the working
folder is set deep inside it, as a user who opened a terminal in a regulation's
folder has it. git's rule: walk up to the folder holding `coordreg.toml` or
`regulations/`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.files.root import coordreg_root, regulations_folder

ROOT = Path(__file__).resolve().parents[1]
REG = "ha-tinh-antt-2023"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)  # as in 2024: checks clean (tests/bundled.py)
    monkeypatch.setenv("COORDREG_TODAY", "2025-12-01")
    monkeypatch.delenv("COORDREG_LANG", raising=False)
    return tmp_path


def test_root_is_found_from_a_subfolder(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    deep = repo / "regulations" / REG / "evaluations"
    monkeypatch.chdir(deep)
    assert coordreg_root() == repo
    assert regulations_folder() == Path("../../../regulations")
    monkeypatch.chdir(repo)
    assert regulations_folder() == Path("regulations")


def test_coordreg_toml_marks_the_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "coordreg.toml").write_text('lang = "en"\n', encoding="utf-8")
    (tmp_path / "notes" / "2025").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "notes" / "2025")
    assert coordreg_root() == tmp_path
    assert regulations_folder() == Path("../../regulations")


def test_check_agenda_and_plan_from_a_regulation_folder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "regulations" / REG)
    checked = invoke("check", "--lang", "en")
    assert checked.exit_code == 0, checked.output
    assert checked.stdout == "✔ 7 files checked: no problems.\n"
    agenda = invoke("agenda", "--lang", "en")
    assert agenda.exit_code == 0, agenda.output
    assert "Events: 27; regulations: 2." in agenda.stdout
    plan = invoke("plan", REG, "--year", "2025")
    assert plan.exit_code == 0, plan.output
    assert "# KẾ HOẠCH" in plan.stdout
    fmt = invoke("fmt", "--check", "--lang", "en")
    assert fmt.exit_code == 0, fmt.output


def test_new_writes_into_the_repository_from_a_subfolder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo / "regulations" / REG / "evaluations")
    result = invoke("new", "qc-moi", "--party", "a:Sở A", "--party", "b:Sở B")
    assert result.exit_code == 0, result.output
    assert (repo / "regulations" / "qc-moi" / "regulation.yaml").is_file()


def test_outside_any_repository_the_folder_is_still_reported_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("check", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: no such file or folder: regulations\n"


def test_the_readme_quick_start_from_a_subfolder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """README's "Set-up without make": each of its quick-start commands, as written there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("mkdir qc && cd qc && git init")
    block = readme[start : readme.index("```", start)].splitlines()
    commands = [line.split("  #")[0].strip() for line in block if line.startswith("coordreg ")]
    assert commands[0] == (
        'coordreg new bca-btttt-2026 --party "bca:Bộ Công an" '
        '--party "btttt:Bộ Thông tin và Truyền thông"'
    )
    assert commands[1:] == ["coordreg check", "coordreg check --strict"]
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2026-12-06")
    created = invoke(
        "new", "bca-btttt-2026", "--party", "bca:Bộ Công an",
        "--party", "btttt:Bộ Thông tin và Truyền thông",
    )  # fmt: skip
    assert created.exit_code == 0, created.output
    monkeypatch.chdir(tmp_path / "regulations" / "bca-btttt-2026")
    checked = invoke("check")
    assert checked.exit_code == 0, checked.output
    assert checked.stdout.startswith("../../regulations/bca-btttt-2026/regulation.yaml\n")
    strict = invoke("check", "--strict")
    assert strict.exit_code == 1
    assert "CR706" in strict.stdout
