"""One language setting for every command (issue 16).

Vietnamese by default everywhere; `--lang en` for one command, `COORDREG_LANG`
for one person, `lang = "en"` in the repository's `coordreg.toml` for everyone;
the first given wins, in that order.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.rules import CODES

ROOT = Path(__file__).resolve().parents[1]
CLEAN_VI = "✔ Đã kiểm tra 7 tệp: không có vấn đề nào.\n"
CLEAN_EN = "✔ 7 files checked: no problems.\n"


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    # The bundled regulations as they stood in 2024: they check clean (the 2025 history
    # has two true warnings, tests/test_cli.py), which keeps these outputs one line.
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2025-12-01")  # no record overdue yet (CR612)
    return tmp_path


def test_vietnamese_is_the_default(repo: Path) -> None:
    assert invoke("check").stdout == CLEAN_VI
    assert invoke("fmt", "--check").stderr == (
        "coordreg: 0 tệp cần định dạng lại, 7 tệp đã đúng định dạng.\n"
    )


def test_lang_option_wins_over_everything(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "coordreg.toml").write_text('lang = "vi"\n', encoding="utf-8")
    monkeypatch.setenv("COORDREG_LANG", "vi")
    assert invoke("check", "--lang", "en").stdout == CLEAN_EN


def test_environment_wins_over_the_repository(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (repo / "coordreg.toml").write_text('lang = "en"\n', encoding="utf-8")
    assert invoke("check").stdout == CLEAN_EN
    monkeypatch.setenv("COORDREG_LANG", "vi")
    assert invoke("check").stdout == CLEAN_VI
    assert invoke("check", "--lang", "en").stdout == CLEAN_EN


def test_repository_setting_is_read_from_a_subfolder(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (repo / "coordreg.toml").write_text('# the office\'s settings\nlang = "en"\n', encoding="utf-8")
    monkeypatch.chdir(repo / "regulations" / "ha-tinh-antt-2023")
    assert invoke("check").stdout == CLEAN_EN


def test_an_unknown_language_is_an_error_not_ignored(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COORDREG_LANG", "fr")
    result = invoke("check")
    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: ngôn ngữ 'fr' (COORDREG_LANG) không dùng được: chỉ có vi hoặc en\n"
    )
    monkeypatch.delenv("COORDREG_LANG")
    (repo / "coordreg.toml").write_text("lang = \n", encoding="utf-8")
    result = invoke("check")
    assert result.exit_code == 2
    assert result.stderr == (
        f"coordreg: không đọc được {repo / 'coordreg.toml'}: Invalid value (at line 1, column 8)\n"
    )


def test_rules_in_both_languages(repo: Path) -> None:
    vi = invoke("rules").stdout.splitlines()
    en = invoke("rules", "--lang", "en").stdout.splitlines()
    assert len(vi) == len(en) == len(CODES)
    assert vi[0] == "CR001  lỗi       yaml-syntax                  Tệp không phải YAML hợp lệ."
    assert en[0] == "CR001  error     yaml-syntax                  The file is not valid YAML."


def test_every_code_has_a_vietnamese_summary(repo: Path) -> None:
    for line in invoke("rules").stdout.splitlines():
        assert line.rstrip().endswith("."), line


def test_explain_in_both_languages(repo: Path) -> None:
    vi = invoke("explain", "cr302").stdout
    assert vi.startswith(
        "CR302 lead-also-supports (lỗi)\n\n"
        "Cơ quan chủ trì một nhiệm vụ không đồng thời là cơ quan phối hợp.\n\n"
        "Ví dụ sai:\n    chapters:\n"
    )
    assert "\nVí dụ đúng:\n    chapters:\n" in vi
    assert "leads a duty" not in vi
    en = invoke("explain", "CR302", "--lang", "en").stdout
    assert en.startswith("CR302 lead-also-supports (error)\n\nA duty's lead is not also")
    unknown = invoke("explain", "CR999")
    assert unknown.exit_code == 2
    assert unknown.stderr == "coordreg: không có mã CR999; xem `coordreg rules`\n"
