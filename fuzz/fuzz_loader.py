"""Coverage-guided fuzzing of the loader, and of the checks behind it, with atheris.

atheris is not a dependency of coordreg; install it in the development environment:

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/seed_corpus.py fuzz/corpus
    .venv/bin/python fuzz/fuzz_loader.py fuzz/corpus -max_total_time=300

Each input is read by `coordreg.loader.yamlload.load_bytes` as a regulation file. When it
reads as a mapping it is checked as a regulation and as an evaluation record (the
schema and every rule, as `coordreg check` runs them) and mapped for in-place edits
(`source_map`, which `coordreg transfer` uses). Findings are the expected outcome;
any exception, or a finding with an unknown code or a place outside the file, is a
crash, and libFuzzer saves the input as `crash-<sha1>`. With COORDREG_FUZZ_FMT=1 every
input that reads is also formatted (`coordreg fmt`), which must either refuse it
(FormatError: fmt has checked that it would not keep the data) or give a text that
formats to itself; this is about ten times slower.

tests/adversarial/test_properties.py::test_the_loader_never_crashes runs the same
checks on a few hundred inputs in `make test`.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import sys
from pathlib import Path
from typing import Any

from coordreg.check.file_checks import check_evaluation, check_regulation
from coordreg.edit.fmt import REGULATION, FormatError, format_text
from coordreg.findings import Finding
from coordreg.loader.limits import Limits
from coordreg.loader.positions import split_lines
from coordreg.loader.sourcemap import AliasesError, source_map
from coordreg.loader.yamlload import load_bytes
from coordreg.rules import CODES

REGULATION_FILE = Path("regulations/fuzz/regulation.yaml")
RECORD_FILE = Path("regulations/fuzz/evaluations/2023.yaml")
# libFuzzer's inputs stay small (-max_len, 4096 bytes by default); so does the limit.
LIMITS = Limits(max_bytes=1 << 20)
WITH_FMT = os.environ.get("COORDREG_FUZZ_FMT") == "1"


def _assert_sound(findings: list[Finding], text: str) -> None:
    last = len(split_lines(text)) if text else None
    for item in findings:
        if item.code not in CODES:
            raise AssertionError(f"unknown code: {item}")
        if item.line < 1 or item.column < 1 or (last is not None and item.line > last):
            raise AssertionError(f"a place outside the file: {item}")
        if not (item.message("en") and item.message("vi")):
            raise AssertionError(f"no message: {item}")


def _check_fmt(text: str) -> None:
    """fmt lays the text out once and for all, or refuses it (FormatError)."""
    try:
        formatted = format_text(text, REGULATION)
    except FormatError:
        return
    if format_text(formatted, REGULATION) != formatted:
        raise AssertionError("fmt is not idempotent")


def check_input(raw: bytes) -> None:
    """Read, check, map and (optionally) format one input; raise on anything but findings."""
    doc = load_bytes(raw, str(REGULATION_FILE), LIMITS)
    findings = list(doc.findings)
    if doc.ok:
        regulation, found = check_regulation(doc, REGULATION_FILE)
        findings += found
        _evaluation, found = check_evaluation(doc, RECORD_FILE, regulation)
        findings += found
        with contextlib.suppress(AliasesError):
            source_map(doc.text)
        if WITH_FMT:
            _check_fmt(doc.text)
    _assert_sound(findings, doc.text)


def main() -> None:
    atheris: Any = importlib.import_module("atheris")  # not a dependency: no stubs needed
    atheris.instrument_all()
    atheris.Setup(sys.argv, check_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
