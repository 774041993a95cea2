"""`coordreg new` points editors to the schema, and its comments to what the user has (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from coordreg.cli import app

PARTIES = ["--party", "a:Sở A", "--party", "b:Sở B"]


def test_new_writes_the_schema_line_and_the_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["new", "qc-moi", *PARTIES])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "regulations" / "qc-moi" / "regulation.yaml").read_text(encoding="utf-8")
    assert text.splitlines()[0] == (
        "# yaml-language-server: $schema=../../.schemas/regulation.schema.json"
    )
    schema = json.loads((tmp_path / ".schemas" / "regulation.schema.json").read_text("utf-8"))
    assert schema["title"] == "coordreg regulation (regulation.yaml)"
    assert (tmp_path / ".schemas" / "evaluation.schema.json").is_file()
    # The comments send the user to what they have: the editor, `coordreg explain`.
    assert "docs/format.md" not in text
    assert "`coordreg explain CR301`" in text
    # A second regulation reuses the schema already there.
    (tmp_path / ".schemas" / "regulation.schema.json").write_text("{}", encoding="utf-8")
    assert CliRunner().invoke(app, ["new", "qc-hai", *PARTIES]).exit_code == 0
    assert (tmp_path / ".schemas" / "regulation.schema.json").read_text("utf-8") == "{}"
