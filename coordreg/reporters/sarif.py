"""`--format sarif`: SARIF 2.1.0, the format code scanning services read (GitHub's among them).

One run, whose tool lists every finding code of the registry as a rule (its
name, the first line of its documentation, the whole documentation as help, and
a link to its section of docs/rules.md), so a rule keeps its id and its index
from run to run. Each finding is a result at its file (a URI relative to the
repository root, under the base id `SRCROOT`), line and column (counted in
characters: `columnKind` says so), or at the file alone when it is about the whole
file.

Each result carries a partial fingerprint that follows the finding rather than
its line number: a hash of its code, its file and the text of the line it is
on, with spaces collapsed, and a count among identical ones. A line inserted
above, or the file reformatted around it, leaves it unchanged, so a code
scanning service sees the same alert instead of one closed and one opened.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from coordreg.findings import CheckResult, Finding
from coordreg.reporters.source_lines import source_line
from coordreg.rules import CODES, CodeDoc
from coordreg.version import REPOSITORY_URL, __version__, rule_doc_url

SCHEMA_URI = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
ROOT_BASE_ID = "SRCROOT"
# The name of the fingerprint; the number changes whenever what is hashed does,
# so that a service never compares fingerprints made two ways.
FINGERPRINT = "coordreg/v1"
_LANGUAGES = {"vi": "vi-VN", "en": "en-US"}


def repository_root(start: Path) -> Path:
    """The folder of the git repository that holds `start` (its nearest `.git`), else `start`.

    Found by looking, not by running git: a report needs no git, and outside a
    repository the working folder is the root.
    """
    for folder in (start, *start.parents):
        if (folder / ".git").exists():
            return folder
    return start


def _prose(doc: str) -> str:
    """The documentation before its examples: what the rule checks, in sentences."""
    return doc.split("Failing example::")[0].split("Passing example::")[0].strip()


def _rule(doc: CodeDoc) -> dict[str, Any]:
    return {
        "id": doc.code,
        "name": doc.name,
        "shortDescription": {"text": doc.summary},
        "fullDescription": {"text": _prose(doc.doc)},
        # The examples are indented blocks, which Markdown shows as code once
        # reStructuredText's "::" is a plain colon.
        "help": {"text": doc.doc, "markdown": doc.doc.replace("example::", "example:")},
        "helpUri": rule_doc_url(doc.code),
        "defaultConfiguration": {"level": doc.severity.value},
        "properties": {"problem.severity": doc.severity.value},
    }


def _artifact(file: str, root: Path) -> dict[str, str]:
    """Where `file` (as findings name it: relative to the working folder, or absolute) is."""
    path = (Path.cwd() / file).absolute()
    try:
        relative = path.relative_to(root)
    except ValueError:
        return {"uri": path.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": ROOT_BASE_ID}


def _line_text(item: Finding, result: CheckResult) -> str:
    """The offending line with its spaces collapsed; "" for a finding about the whole file."""
    return " ".join((source_line(result, item) or "").split())


def fingerprints(result: CheckResult, root: Path) -> list[str]:
    """The partial fingerprint of each finding of `result`, in order.

    The file counts by its place in the repository, not by the working folder
    the check ran in. Two findings of one code on identical lines of one file
    are told apart by their count, first to last.
    """
    seen: Counter[str] = Counter()
    prints = []
    for item in result.findings:
        where = _artifact(item.file, root)["uri"]
        digest = hashlib.sha256(
            "\0".join((item.code, where, _line_text(item, result))).encode()
        ).hexdigest()[:32]
        seen[digest] += 1
        prints.append(f"{digest}:{seen[digest]}")
    return prints


def _result(
    item: Finding, index: dict[str, int], root: Path, lang: str, fingerprint: str
) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": _artifact(item.file, root)}
    if item.line:
        location["region"] = {"startLine": item.line, "startColumn": max(item.column, 1)}
    return {
        "ruleId": item.code,
        "ruleIndex": index[item.code],
        "level": item.severity.value,
        "message": {"text": item.message(lang)},
        "locations": [{"physicalLocation": location}],
        "partialFingerprints": {FINGERPRINT: fingerprint},
    }


def sarif_log(result: CheckResult, lang: str, root: Path | None = None) -> dict[str, Any]:
    """`result` as a SARIF 2.1.0 log (a JSON object), with URIs relative to `root`."""
    base = repository_root(Path.cwd()) if root is None else root
    docs = list(CODES.values())
    index = {doc.code: number for number, doc in enumerate(docs)}
    results = [
        _result(item, index, base, lang, fingerprint)
        for item, fingerprint in zip(result.findings, fingerprints(result, base), strict=True)
    ]
    run = {
        "tool": {
            "driver": {
                "name": "coordreg",
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": REPOSITORY_URL,
                "rules": [_rule(doc) for doc in docs],
            }
        },
        "originalUriBaseIds": {ROOT_BASE_ID: {"uri": base.absolute().as_uri().rstrip("/") + "/"}},
        "language": _LANGUAGES.get(lang, "en-US"),
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def report_sarif(result: CheckResult, out: TextIO, lang: str) -> None:
    json.dump(sarif_log(result, lang), out, ensure_ascii=False, indent=2)
    out.write("\n")
