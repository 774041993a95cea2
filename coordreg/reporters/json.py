"""`--format json`: `{"files": N, "diagnostics": [...]}`, for tools and editors."""

from __future__ import annotations

import json
from typing import TextIO

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
    json.dump(
        {"files": len(result.files), "diagnostics": diagnostics}, out, ensure_ascii=False, indent=2
    )
    out.write("\n")
