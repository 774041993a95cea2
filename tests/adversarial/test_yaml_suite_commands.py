"""The whole YAML test suite through `check`, `fmt --check` and `diff`, with exact answers.

tests/test_yaml_test_suite.py holds the suite to the loader and to `check`
as a library; here each case is `regulations/suite/regulation.yaml` and the
three commands run in-process. None of the cases is a regulation, so every
command refuses every case, and exactly how follows from its class:

- the file cannot be read as a coordreg file (invalid YAML: CR001, CR002,
  CR003, CR013; or valid YAML a coordreg file may not use: a tag, a second
  document, a list at the top, an empty file): `check`, `fmt --check` and
  `diff` each exit 1 and list exactly the loader's findings, no more;
- the file reads as a mapping: `check` and `diff` exit 1 with the same
  findings, all of them reading warnings or schema findings (no rule runs on
  a file the schema refuses), at least one of them a schema error; `fmt
  --check` lists no finding and either says the file is formatted (exit 0),
  that it would reformat it (exit 1), or, for the cases in FMT_REFUSED only,
  that it leaves the file alone (exit 1).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from harness import Answer, assert_outcome, refused, run, said, write_workspace
from test_yaml_test_suite import (
    ACCEPTED_INVALID_CASES,
    CASES,
    ERROR_CASES,
    INVALID_YAML_CODES,
    REJECTED_VALID_CASES,
)

from coordreg.findings import Finding
from coordreg.loader.yamlload import load_file
from coordreg.rules.reading_codes import READING_CODES
from coordreg.rules.schema_codes import SCHEMA_CODES

FOLDER = "regulations/suite"
FILE = f"{FOLDER}/regulation.yaml"

# Cases that read as a mapping but that fmt leaves alone, and why: ruamel.yaml
# (fmt's round trip) reads them differently from libyaml (the checker's loader).
FMT_REFUSED = {
    "DC7X": "fmt_cannot_lay_out",  # tabs after values: ruamel.yaml's scanner stops
    "DK95-05": "fmt_cannot_lay_out",  # a tab before a value
    "J3BT": "fmt_cannot_lay_out",  # a tab inside a block scalar's line
    "NB6Z": "fmt_cannot_lay_out",  # a tab in a multi-line plain scalar
    "UV7Q": "fmt_cannot_lay_out",  # a tab in a multi-line plain scalar
    "P94K": "fmt_cannot_lay_out",  # comments between a key and its value
    "S98Z": "fmt_cannot_lay_out",  # block scalar more indented after its first line
    "X4QW": "fmt_cannot_lay_out",  # a comment right after a block scalar indicator
    "WZ62": "fmt_cannot_lay_out",  # a tag with no value (`!!str,`) in a flow mapping
    # A trailing line of spaces in a block scalar: the two parsers read different
    # text, so fmt's check that the data is unchanged refuses the result.
    "L24T-00": "fmt_would_change_data",
    "L24T-01": "fmt_would_change_data",
}


def _place(finding: Finding) -> str:
    return (
        f"{finding.code}@{finding.line}:{finding.column}" if finding.line else f"{finding.code}@-"
    )


def _commands() -> dict[str, list[str]]:
    return {
        "check": ["check", "--lang", "en", FOLDER],
        "fmt": ["fmt", "--check", "--lang", "en", FOLDER],
        "diff": ["diff", "--lang", "en", FILE, "good.yaml"],
    }


def _fmt_answer_is_exact(case: str, answer: Answer) -> None:
    assert answer.codes == (), answer.output
    if case in FMT_REFUSED:
        assert answer.exit == 1 and said(answer, FMT_REFUSED[case], {}), answer.output
    elif answer.exit == 1:
        assert said(answer, "fmt_would_reformat", {"path": FILE}), answer.output
    else:
        assert answer.exit == 0, answer.output
        assert said(answer, "fmt_summary_check", {"changed": "0 files"}), answer.output


@pytest.mark.parametrize("case", sorted(CASES))
def test_every_suite_case_through_check_fmt_and_diff(
    case: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_workspace(tmp_path, None, FOLDER)
    shutil.copyfile(CASES[case] / "in.yaml", tmp_path / FILE)
    monkeypatch.chdir(tmp_path)
    doc = load_file(Path(FILE), FILE)
    reading = tuple(sorted({_place(f) for f in doc.findings}))
    codes = {f.code for f in doc.findings}
    libyaml_rejects = case in REJECTED_VALID_CASES or (
        case in ERROR_CASES and case not in ACCEPTED_INVALID_CASES
    )
    if libyaml_rejects:
        assert codes & INVALID_YAML_CODES, reading
    answers = {command: run(args) for command, args in _commands().items()}

    if not doc.ok:
        assert case not in FMT_REFUSED
        for command in ("check", "fmt", "diff"):
            assert_outcome(answers[command], refused(*reading))
        return

    assert not libyaml_rejects, f"{case}: invalid YAML read without an error"
    check = answers["check"]
    assert check.exit == 1
    listed = {code.split("@")[0] for code in check.codes}
    assert listed <= set(READING_CODES) | set(SCHEMA_CODES), check.codes
    assert listed & set(SCHEMA_CODES), check.codes
    assert set(reading) <= set(check.codes)
    assert_outcome(answers["diff"], refused(*check.codes))
    _fmt_answer_is_exact(case, answers["fmt"])


def test_fmt_refuses_only_cases_that_read_as_mappings() -> None:
    for case in FMT_REFUSED:
        assert load_file(CASES[case] / "in.yaml").ok, case
