"""CR202 id-matches-folder: a regulation's id is the name of its folder."""

from __future__ import annotations

from pathlib import Path

from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples
from pytest import MonkeyPatch

from coordreg.check.checker import check_paths


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


def test_a_linked_file_is_named_by_the_folder_of_its_link(tmp_path: Path) -> None:
    # The file lives elsewhere; commands find it as regulations/qc-test/regulation.yaml.
    kept = tmp_path / "kho" / "regulation.yaml"
    kept.parent.mkdir()
    kept.write_text(DEFAULT_REGULATION, encoding="utf-8")
    link = tmp_path / "regulations" / "qc-test" / "regulation.yaml"
    link.parent.mkdir(parents=True)
    link.symlink_to(kept)
    assert check_paths([tmp_path / "regulations"]).findings == []
    assert [(f.line, f.column, f.code) for f in check_paths([kept]).findings] == [(1, 5, "CR202")]


def test_the_folder_of_a_path_through_dot_dot(tmp_path: Path, monkeypatch: MonkeyPatch) -> None:
    folder = tmp_path / "qc-test"
    folder.mkdir()
    (folder / "regulation.yaml").write_text(DEFAULT_REGULATION, encoding="utf-8")
    (tmp_path / "other").mkdir()
    monkeypatch.chdir(tmp_path / "other")
    assert check_paths([Path("../qc-test/regulation.yaml")]).findings == []
    monkeypatch.chdir(folder)
    assert check_paths([Path("regulation.yaml")]).findings == []
