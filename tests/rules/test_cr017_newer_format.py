"""CR017 newer-format: a file of a later format than this coordreg reads says so, alone."""

from __future__ import annotations

from pathlib import Path

from builders import (
    DEFAULT_REGULATION,
    Check,
    CheckFindings,
    check_folder,
    evaluation,
    messages,
    regulation,
    triples,
)
from typer.testing import CliRunner

from coordreg.cli import app
from coordreg.findings import Severity
from coordreg.loader.yamlload import load_text
from coordreg.model import FORMAT_VERSION

# A regulation of a format to come: keys this coordreg does not know, one it
# requires missing, a duplicate key and a tag; none of them is reported.
FUTURE = """\
id: qc-test
format: 3
title: Quy chế phối hợp
title: Quy chế phối hợp (bản hợp nhất)
timeline:
  - {from: 2025-03-01, holder: !!python/name:os.system bca-a05}
"""


def test_this_coordreg_reads_format_2() -> None:
    assert FORMAT_VERSION == 2


def test_a_newer_format_is_the_only_finding(check_findings: CheckFindings) -> None:
    found = check_findings(FUTURE)
    assert triples(found) == [(2, 9, "CR017")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == [
        "this file uses format 3; this coordreg reads up to format 2: update coordreg"
    ]
    assert messages(found, "vi") == [
        "tệp này dùng định dạng 3; bản coordreg này chỉ đọc được đến định dạng 2: "
        "hãy cập nhật coordreg"
    ]


def test_the_loader_decides_before_the_schema() -> None:
    doc = load_text(FUTURE, "regulation.yaml")
    assert not doc.ok
    assert [(f.line, f.column, f.code) for f in doc.findings] == [(2, 9, "CR017")]


def test_a_newer_evaluation_record(check: Check) -> None:
    record = "format: 4\n" + evaluation("results: {}\nsummary: Năm đầu tiên sau sáp nhập.\n")
    assert check(DEFAULT_REGULATION, {"2023.yaml": record}) == [(1, 9, "CR017")]


def test_format_1_and_2_are_read(check: Check) -> None:
    record = evaluation("format: 2\n")
    assert check(regulation("format: 2\n"), {"2023.yaml": record}) == []
    assert check(regulation("format: 1\n"), {"2023.yaml": evaluation("format: 1\n")}) == []


def test_values_that_are_not_a_newer_number_are_schema_findings(
    check_findings: CheckFindings,
) -> None:
    # Not a format at all: the format's own findings, with the rest of the file checked.
    zero = check_findings(regulation("format: 0\n"))
    assert triples(zero) == [(1, 9, "CR104")]
    assert messages(zero) == ["'format' must be at least 1, not 0"]
    quoted = check_findings(regulation('format: "3"\n'))
    assert triples(quoted) == [(1, 9, "CR102")]
    assert triples(check_findings(regulation("format: true\n"))) == [(1, 9, "CR102")]


def test_a_newer_format_fails_check(tmp_path: Path) -> None:
    folder = tmp_path / "regulations" / "qc-test"
    check_folder(tmp_path, FUTURE)
    result = CliRunner().invoke(app, ["check", "--lang", "en", str(folder)], env={"NO_COLOR": "1"})
    assert result.exit_code == 1
    assert "CR017  this file uses format 3; this coordreg reads up to format 2" in result.output
    assert "CR103" not in result.output and "CR003" not in result.output
