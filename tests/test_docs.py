"""The documentation stays true to the code: its examples check clean, its tables are current."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from coordreg.check.checker import check_paths
from coordreg.rules import CODES, rules_markdown
from coordreg.versions.revisions import parse_regulation

ROOT = Path(__file__).resolve().parents[1]


def _example(kind: str) -> str:
    text = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- example: {kind} -->\n```yaml\n(.*?)```", text, re.S)
    assert match is not None, f"docs/format.md has no {kind} example"
    return match.group(1)


def test_the_complete_example_in_format_md_checks_clean(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-06-01")  # the record of 2025 is not due (CR612)
    folder = tmp_path / "regulations" / "vi-du-2024"
    (folder / "evaluations").mkdir(parents=True)
    (folder / "regulation.yaml").write_text(_example("regulation"), encoding="utf-8")
    (folder / "evaluations" / "2024.yaml").write_text(_example("evaluation"), encoding="utf-8")

    result = check_paths([tmp_path / "regulations"])

    assert len(result.files) == 2
    assert result.findings == []


def test_the_example_of_format_2_is_the_history_of_the_timeline_tests(tmp_path: Path) -> None:
    folder = tmp_path / "regulations" / "qc-history"
    folder.mkdir(parents=True)
    (folder / "regulation.yaml").write_text(_example("history"), encoding="utf-8")

    result = check_paths([folder])

    # Decree 55/2025/NĐ-CP took effect the day before it was signed: a warning.
    assert [f.code for f in result.findings] == ["CR902"]
    history = ROOT / "tests" / "time" / "history.yaml"
    documented = parse_regulation(_example("history").encode(), "format.md")
    assert documented == parse_regulation(history.read_bytes(), str(history))


def test_rules_md_is_generated_from_the_registry() -> None:
    written = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert written == rules_markdown(), "run: coordreg rules --markdown > docs/rules.md"


def test_readme_counts_the_codes_there_are() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{len(CODES)} codes in all" in readme
