"""`--format json`: `{"files": N, "diagnostics": [...]}`, for tools and editors."""

from __future__ import annotations

import json
from typing import TextIO

from coordreg.catalogue.controls import escape_json
from coordreg.findings import CheckResult


def report_json(result: CheckResult, out: TextIO, lang: str) -> None:
    diagnostics = [
        {
            "file": item.file,
            "line": item.line,
            "column": item.column,
            "severity": item.severity.value,
            "code": item.code,
            "message": item.message(lang),
        }
        for item in result.findings
    ]
    data = {"files": len(result.files), "diagnostics": diagnostics}
    out.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")
