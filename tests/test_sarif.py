"""`coordreg check --format sarif`: a SARIF 2.1.0 log that code scanning services accept.

Every log is validated against the published SARIF 2.1.0 schema, vendored in
tests/schemas/ (its source and licence are in tests/schemas/README.md), with
`jsonschema`. The checks run in a real git repository in tmp_path, so that the
URIs are relative to its root whatever the working folder.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from builders import regulation, write_folder
from gitrepo import GitRepo
from typer.testing import CliRunner

from coordreg.cli import app
from coordreg.rules import CODES

# Messages are asserted in English here; the Vietnamese default: test_cli_language.py.
pytestmark = pytest.mark.usefixtures("english_messages")

SCHEMA = json.loads(
    (Path(__file__).parent / "schemas" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8")
)
# lead 'bca-a5' at column 19: CR301 with a suggestion.
TYPO = regulation().replace("lead: bca-a05\n", "lead: bca-a5\n", 1)
TYPO_LINE = TYPO.splitlines().index("            lead: bca-a5") + 1
DOCS = "https://example.org/your-mirror/coordreg/blob/main/docs/rules.md"


def sarif(cwd: Path, *args: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, dict[str, Any]]:
    """Run `coordreg check --format sarif ARGS` in `cwd`; the exit code and the log,
    validated against the SARIF 2.1.0 schema."""
    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, ["check", "--format", "sarif", *args])
    log = json.loads(result.stdout)
    jsonschema.Draft4Validator(SCHEMA).validate(log)
    return result.exit_code, log


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository holding regulations/qc-test with one error (CR301)."""
    GitRepo(tmp_path / "kho")
    write_folder(tmp_path / "kho", TYPO)
    return tmp_path / "kho"


def test_a_finding_becomes_a_result_at_its_place_relative_to_the_repository_root(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Run from inside regulations/: the URI is still relative to the repository root.
    status, log = sarif(repo / "regulations", "qc-test", monkeypatch=monkeypatch)

    assert status == 1
    (run,) = log["runs"]
    assert log["version"] == "2.1.0"
    assert run["originalUriBaseIds"] == {"SRCROOT": {"uri": repo.as_uri() + "/"}}
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["language"] == "en-US"
    (result,) = run["results"]
    fingerprint = result.pop("partialFingerprints")
    assert result == {
        "ruleId": "CR301",
        "ruleIndex": list(CODES).index("CR301"),
        "level": "error",
        "message": {
            "text": "lead 'bca-a5' is not a declared party or unit (did you mean 'bca-a05'?)"
        },
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {
                        "uri": "regulations/qc-test/regulation.yaml",
                        "uriBaseId": "SRCROOT",
                    },
                    "region": {"startLine": TYPO_LINE, "startColumn": 19},
                }
            }
        ],
    }
    assert list(fingerprint) == ["coordreg/v1"]


def test_the_driver_lists_every_code_of_the_registry_with_its_documentation(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _status, log = sarif(repo, monkeypatch=monkeypatch)

    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("coordreg", "0.1.0")
    assert driver["informationUri"] == "https://example.org/your-mirror/coordreg"
    assert [rule["id"] for rule in driver["rules"]] == list(CODES)
    cr301 = driver["rules"][list(CODES).index("CR301")]
    assert cr301["name"] == "unknown-reference"
    assert cr301["shortDescription"] == {"text": "Every reference names a declared party or unit."}
    assert cr301["fullDescription"]["text"].endswith("declares the unit `bca-a05`.")
    assert cr301["help"]["text"] == CODES["CR301"].doc
    assert "Failing example:\n" in cr301["help"]["markdown"]
    assert cr301["helpUri"] == f"{DOCS}#cr301"
    assert cr301["defaultConfiguration"] == {"level": "error"}
    cr305 = driver["rules"][list(CODES).index("CR305")]
    assert cr305["defaultConfiguration"] == {"level": "warning"}


def test_messages_come_in_the_language_asked_for(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _status, log = sarif(repo, "--lang", "vi", monkeypatch=monkeypatch)

    (run,) = log["runs"]
    assert run["language"] == "vi-VN"
    assert run["results"][0]["message"]["text"] == (
        "cơ quan chủ trì 'bca-a5' không phải là bên hay đơn vị đã khai báo (có phải là 'bca-a05'?)"
    )


def _fingerprints(log: dict[str, Any]) -> list[tuple[str, int, str]]:
    return [
        (
            result["ruleId"],
            result["locations"][0]["physicalLocation"]["region"]["startLine"],
            result["partialFingerprints"]["coordreg/v1"],
        )
        for result in log["runs"][0]["results"]
    ]


def test_fingerprints_follow_the_finding_not_its_line_number(
    repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = repo / "regulations" / "qc-test" / "regulation.yaml"
    _status, before = sarif(repo, monkeypatch=monkeypatch)
    # Unrelated edits: two comment lines at the top, a changed title, the line re-indented.
    edited = "# Bản dự thảo\n# lần 2\n" + TYPO.replace(
        "title: Quy chế phối hợp giữa", "title: Quy chế phối hợp mới giữa"
    ).replace("            lead: bca-a5\n", "            lead:   bca-a5\n")
    file.write_text(edited, encoding="utf-8")
    _status, after = sarif(repo, monkeypatch=monkeypatch)
    # The same mistake on a second duty: the same line text, told apart by its count.
    twice = edited.replace("lead: btttt-cattt\n", "lead:   bca-a5\n", 1)
    file.write_text(twice, encoding="utf-8")
    _status, both = sarif(repo, monkeypatch=monkeypatch)

    ((code, line, first),) = _fingerprints(before)
    assert _fingerprints(after) == [(code, line + 2, first)]
    assert [(c, f) for c, _line, f in _fingerprints(both)] == [
        ("CR301", first),
        ("CR301", first.replace(":1", ":2")),
    ]


def test_a_finding_about_the_whole_file_has_no_region(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A record whose folder has no regulation.yaml: CR608, about the whole file.
    folder = write_folder(
        tmp_path, None, {"2023.yaml": "regulation: qc-test\nyear: 2023\nhost: bca\n"}
    )

    status, log = sarif(tmp_path, str(folder), monkeypatch=monkeypatch)

    assert status == 1
    (result,) = log["runs"][0]["results"]
    assert result["ruleId"] == "CR608"
    assert result["locations"] == [
        {
            "physicalLocation": {
                "artifactLocation": {
                    "uri": "regulations/qc-test/evaluations/2023.yaml",
                    "uriBaseId": "SRCROOT",
                }
            }
        }
    ]


def test_a_path_with_spaces_and_vietnamese_letters_is_a_valid_uri(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    GitRepo(tmp_path)
    folder = tmp_path / "hồ sơ" / "qc-test"
    folder.mkdir(parents=True)
    (folder / "regulation.yaml").write_text(TYPO, encoding="utf-8")

    _status, log = sarif(tmp_path, "hồ sơ", monkeypatch=monkeypatch)

    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "h%E1%BB%93%20s%C6%A1/qc-test/regulation.yaml"


def test_a_clean_check_is_a_log_without_results(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_folder(tmp_path)

    status, log = sarif(tmp_path, "regulations", monkeypatch=monkeypatch)

    assert status == 0
    assert log["runs"][0]["results"] == []
    # Outside any git repository, the working folder is the root.
    assert log["runs"][0]["originalUriBaseIds"]["SRCROOT"]["uri"] == tmp_path.as_uri() + "/"
