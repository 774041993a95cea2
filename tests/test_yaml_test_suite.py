"""The official YAML conformance cases (yaml-test-suite) as real, external odd input.

Every case must come out of the loader, and out of `check`, as data or as
findings with a code and a position inside the file: never an exception. Cases
the suite marks as errors must be reported as invalid YAML, except the ones the
C parser (libyaml) is known to accept, listed below; valid cases must not be
reported as syntax errors, except the ones libyaml is known to reject.

The suite is vendored in `tests/yaml-test-suite/` (its README says from which
commit), so every clone runs all of it.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from coordreg.check.checker import check_paths
from coordreg.findings import Finding, Severity
from coordreg.loader.document import Document
from coordreg.loader.yamlload import load_file
from coordreg.rules import CODES
from coordreg.rules.reading_codes import READING_CODES

SUITE = Path(__file__).resolve().parent / "yaml-test-suite"

# The codes that say a file is not valid YAML (rather than valid YAML that a
# coordreg file may not use, such as a tag, a second document or a list at the top).
INVALID_YAML_CODES = {"CR001", "CR002", "CR003", "CR013"}

# Cases the suite marks as errors that the loader does not report as invalid
# YAML. "libyaml accepts" is a known gap of the C parser (the loader then reads
# whatever libyaml produced); the finding in brackets is what coordreg reports
# instead, if anything.
ACCEPTED_INVALID_CASES = {
    "9C9N",  # Wrong indented flow sequence: libyaml accepts [none]
    "9HCY",  # Need document footer before directives: libyaml accepts [CR007, CR011, CR010]
    "9JBA",  # Invalid comment after end of flow sequence: libyaml accepts [CR010]
    "CVW2",  # Invalid comment after comma: libyaml accepts [CR010]
    "DK95-01",  # Tabs that look like indentation: libyaml accepts [none]
    "EB22",  # Missing document-end marker before directive: libyaml accepts [CR011, CR010]
    "G5U8",  # Plain dashes in flow sequence: libyaml accepts [CR010]
    "MUS6-00",  # Directive variants (%YAML 1.1#...): libyaml accepts [CR009]
    "MUS6-01",  # Directive variants (two %YAML directives): libyaml accepts [CR011]
    "QB6E",  # Wrong indented multiline quoted scalar: libyaml accepts [none]
    # Tag shorthand used in documents but only defined in the first: the error is
    # in the second document, and the loader stops reading at its start [CR007, CR011].
    "QLJ7",
    "RHX7",  # YAML directive without document end marker: libyaml accepts [CR011]
    "S98Z",  # Block scalar with more spaces than first content line: libyaml accepts [none]
    "SU5Z",  # Comment without whitespace after double-quoted scalar: libyaml accepts [none]
    "X4QW",  # Comment without whitespace after block scalar indicator: libyaml accepts [none]
    "Y79Y-003",  # Tabs in various contexts (`- [\t\n foo`): libyaml accepts [CR010]
    "YJV2",  # Dash in flow sequence (`[-]`): libyaml accepts [CR010]
}

# Valid cases that libyaml rejects (CR001): YAML 1.2 details libyaml never
# implemented (empty keys, tabs as separation, `:` next to flow values, bare
# documents after `...`, reserved directives). Each with libyaml's problem.
REJECTED_VALID_CASES = {
    "2JQS",  # Block Mapping with Missing Keys: did not find expected key
    "2LFX",  # Spec Example 6.13. Reserved Directives [1.3]: found unknown directive name
    "2SXE",  # Anchors With Colon in Name: mapping values are not allowed in this context
    "4ABK",  # Flow Mapping Separate Values: found unexpected ':'
    "4MUZ-00",  # Flow mapping colon on line after key: did not find expected ',' or '}'
    "4MUZ-01",  # Flow mapping colon on line after key: did not find expected ',' or '}'
    "4MUZ-02",  # Flow mapping colon on line after key: did not find expected ',' or '}'
    "58MP",  # Flow mapping edge cases: did not find expected node content
    "5MUD",  # Colon and adjacent value on next line: did not find expected ',' or '}'
    "5T43",  # Colon at the beginning of adjacent flow scalar: did not find expected node content
    "6BCT",  # Spec Example 6.3. Separation Spaces: found character that cannot start any token
    "6CA3",  # Tab indented top flow: found character that cannot start any token
    "6LVF",  # Spec Example 6.13. Reserved Directives: found unknown directive name
    "6M2F",  # Aliases in Explicit Block Mapping: did not find expected key
    "7Z25",  # Bare document after document end marker: did not find expected <document start>
    "8XYN",  # Anchor with unicode character: did not find expected alphabetic or numeric character
    "96NN-00",  # Leading tab content in literals: found a tab character where an indentation space is expected
    "96NN-01",  # Leading tab content in literals: found a tab character where an indentation space is expected
    "9SA2",  # Multiline double quoted flow mapping key: did not find expected ',' or '}'
    "A2M4",  # Spec Example 6.2. Indentation Indicators: found character that cannot start any token
    "BEC7",  # Spec Example 6.14. "YAML" directive: found incompatible YAML document
    "CFD4",  # Empty implicit key in single pair flow sequences: did not find expected node content
    "DBG4",  # Spec Example 7.10. Plain Characters: did not find expected node content
    "DK3J",  # Zero indented block scalar with line that looks like a comment: did not find expected <document start>
    "DK95-00",  # Tabs that look like indentation: found character that cannot start any token
    "DK95-03",  # Tabs that look like indentation: found character that cannot start any token
    "DK95-04",  # Tabs that look like indentation: found a tab character that violates indentation
    "FP8R",  # Zero indented block scalar: did not find expected <document start>
    "FRK4",  # Spec Example 7.3. Completely Empty Flow Nodes: found unexpected ':'
    "HM87-00",  # Scalars in flow start with syntax char: did not find expected node content
    "HWV9",  # Document-end marker: did not find expected node content
    "K3WX",  # Colon and adjacent value after comment on next line: did not find expected ',' or '}'
    "M2N8-00",  # Question mark edge cases: did not find expected key
    "M7A3",  # Spec Example 9.3. Bare Documents: did not find expected <document start>
    "MUS6-05",  # Directive variants: found unknown directive name
    "MUS6-06",  # Directive variants: found unknown directive name
    "NHX8",  # Empty Lines at End of Document: did not find expected key
    "NJ66",  # Multiline plain flow mapping key: did not find expected ',' or '}'
    "NKF9",  # Empty keys in block and flow mapping: did not find expected key
    "Q5MG",  # Tab at beginning of line followed by a flow mapping: found character that cannot start any token
    "QT73",  # Comment and document-end marker: did not find expected node content
    "R4YG",  # Spec Example 8.2. Block Indentation Indicator: found a tab character where an indentation space is expected
    "S3PD",  # Spec Example 8.18. Implicit Block Mapping Entries: did not find expected key
    "SM9W-01",  # Single character streams: did not find expected key
    "UKK6-00",  # Syntax character edge cases: did not find expected key
    "UT92",  # Spec Example 9.4. Explicit Documents: did not find expected ',' or '}'
    "VJP3-01",  # Flow collections over many lines: did not find expected ',' or '}'
    "W4TN",  # Spec Example 9.5. Directives Documents: could not find expected directive name
    "W5VH",  # Allowed characters in alias: did not find expected alphabetic or numeric character
    "Y79Y-001",  # Tabs in various contexts: found a tab character where an indentation space is expected
    "Y79Y-010",  # Tabs in various contexts: found character that cannot start any token
}

_CASE_NAME = re.compile(r"[0-9A-Z]{4}\Z")
_SUBCASE_NAME = re.compile(r"[0-9]{2,3}\Z")


def _discover() -> dict[str, Path]:
    """Case id ("229Q", or "SM9W-00" for a numbered subcase) -> the case's folder."""
    cases: dict[str, Path] = {}
    for folder in sorted(SUITE.iterdir()):
        if not folder.is_dir() or not _CASE_NAME.match(folder.name):
            continue  # README.md and License (and a full checkout's `name/`, `tags/` indexes)
        if (folder / "in.yaml").is_file():
            cases[folder.name] = folder
        for sub in sorted(folder.iterdir()):
            if sub.is_dir() and _SUBCASE_NAME.match(sub.name) and (sub / "in.yaml").is_file():
                cases[f"{folder.name}-{sub.name}"] = sub
    return cases


CASES = _discover()
ERROR_CASES = sorted(case for case, folder in CASES.items() if (folder / "error").exists())
VALID_CASES = sorted(case for case in CASES if case not in ERROR_CASES)


def _describe(found: list[Finding]) -> str:
    return "; ".join(f"{f.line}:{f.column} {f.code} {f.message()}" for f in found) or "none"


def _assert_positions(found: list[Finding], text: str, codes: set[str]) -> None:
    """Known codes, 1-based positions on a line of `text` (or just after the last)."""
    lines = text.splitlines()
    for item in found:
        assert item.code in codes, f"unknown code: {_describe([item])}"
        assert 1 <= item.line <= len(lines) + 1, f"line outside the file: {_describe([item])}"
        line = lines[item.line - 1] if item.line <= len(lines) else ""
        assert 1 <= item.column <= len(line) + 1, (
            f"column outside line {item.line} ({line!r}): {_describe([item])}"
        )


def _load(case: str) -> Document:
    doc = load_file(CASES[case] / "in.yaml")
    assert isinstance(doc, Document)
    return doc


def test_the_suite_is_all_there() -> None:
    # A broken discovery would otherwise pass by testing nothing.
    assert len(CASES) >= 350
    assert len(ERROR_CASES) >= 80
    assert ACCEPTED_INVALID_CASES.issubset(ERROR_CASES), "not error cases of the suite"
    assert REJECTED_VALID_CASES.issubset(VALID_CASES), "not valid cases of the suite"


@pytest.mark.parametrize("case", sorted(CASES))
def test_load_gives_findings_not_exceptions(case: str) -> None:
    doc = _load(case)
    raw = (CASES[case] / "in.yaml").read_bytes()
    text = doc.text or raw.decode("utf-8-sig", "replace")
    _assert_positions(doc.findings, text, set(READING_CODES))
    if doc.data is None or not isinstance(doc.data, dict):
        assert any(f.severity is Severity.ERROR for f in doc.findings), (
            "no data and no error finding"
        )


@pytest.mark.parametrize("case", ERROR_CASES)
def test_invalid_yaml_is_reported(case: str) -> None:
    doc = _load(case)
    rejected = [
        f for f in doc.findings if f.code in INVALID_YAML_CODES and f.severity is Severity.ERROR
    ]
    if case in ACCEPTED_INVALID_CASES:
        assert not rejected, (
            f"{case} is now reported as invalid ({_describe(rejected)}): "
            "remove it from ACCEPTED_INVALID_CASES"
        )
    else:
        assert rejected, f"invalid YAML read without an error; findings: {_describe(doc.findings)}"


@pytest.mark.parametrize("case", VALID_CASES)
def test_valid_yaml_is_not_a_syntax_error(case: str) -> None:
    doc = _load(case)
    syntax = [f for f in doc.findings if f.code == "CR001"]
    if case in REJECTED_VALID_CASES:
        assert syntax, f"{case} is now read: remove it from REJECTED_VALID_CASES"
    else:
        assert not syntax, f"valid YAML reported as a syntax error: {_describe(syntax)}"


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_gives_findings_not_exceptions(case: str, tmp_path: Path) -> None:
    folder = tmp_path / "suite-case"
    folder.mkdir()
    target = folder / "regulation.yaml"
    shutil.copyfile(CASES[case] / "in.yaml", target)
    result = check_paths([folder])
    assert len(result.files) == 1
    for item in result.findings:
        assert isinstance(item, Finding)
        assert isinstance(item.message("en"), str)
        assert isinstance(item.message("vi"), str)
    (shown,) = result.files
    assert {f.file for f in result.findings} <= {shown}
    # check keeps only the lines findings point at; the whole text is the file's, as read.
    _assert_positions(result.findings, load_file(target).text, set(CODES))
