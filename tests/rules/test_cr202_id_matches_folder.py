"""CR202 id-matches-folder: a regulation's id is the name of its folder."""

from __future__ import annotations

from pathlib import Path

from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples

from coordreg.checker import check_paths


def test_id_differs_from_folder(check_findings: CheckFindings) -> None:
    found = check_findings(DEFAULT_REGULATION, folder="qc-khac")
    assert triples(found) == [(1, 5, "CR202")]
    assert messages(found) == ["id 'qc-test' does not match its folder 'qc-khac'"]
    assert messages(found, "vi") == ["mã 'qc-test' không khớp với tên thư mục 'qc-khac'"]


def test_case_matters(check: Check) -> None:
    assert check(regulation("id: QC-Test\n")) == [(1, 5, "CR202")]


def test_id_matches_folder(check: Check) -> None:
    assert check(regulation("id: bca-btttt-2021\n"), folder="bca-btttt-2021") == []


def test_only_files_named_regulation_yaml(tmp_path: Path) -> None:
    folder = tmp_path / "ban-nhap"
    folder.mkdir()
    draft = folder / "draft.yaml"
    draft.write_text(DEFAULT_REGULATION, encoding="utf-8")
    assert check_paths([draft]).findings == []
    named = folder / "regulation.yaml"
    named.write_text(DEFAULT_REGULATION, encoding="utf-8")
    assert [(f.line, f.column, f.code) for f in check_paths([named]).findings] == [(1, 5, "CR202")]
