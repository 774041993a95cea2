"""CR608 record-without-regulation: a record sits beside a regulation.yaml."""

from __future__ import annotations

from pathlib import Path

from builders import DEFAULT_EVALUATION, Check, CheckFindings, messages, triples

from coordreg.check.checker import check_paths


def test_record_without_regulation(check_findings: CheckFindings) -> None:
    found = check_findings(None, {"2023.yaml": DEFAULT_EVALUATION})
    # The whole file is concerned, and the rules that need the regulation are skipped.
    assert triples(found) == [(0, 0, "CR608")]
    assert Path(found[0].file).name == "2023.yaml"
    assert messages(found) == ["no regulation.yaml beside this record's folder"]
    assert messages(found, "vi") == ["không tìm thấy regulation.yaml cho bản đánh giá này"]


def test_record_checked_alone(tmp_path: Path) -> None:
    records = tmp_path / "regulations" / "qc-test" / "evaluations"
    records.mkdir(parents=True)
    (records / "2023.yaml").write_text(DEFAULT_EVALUATION, encoding="utf-8")
    found = check_paths([records / "2023.yaml"]).findings
    assert [(f.line, f.column, f.code) for f in found] == [(0, 0, "CR608")]


def test_unreadable_record_gets_its_own_finding_only(check: Check) -> None:
    assert check(None, {"2023.yaml": "year: [2023\n"}) == [(2, 1, "CR001")]


def test_record_beside_its_regulation(check: Check) -> None:
    assert check(evaluations={"2023.yaml": DEFAULT_EVALUATION}) == []
