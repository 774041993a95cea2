"""Names that are not UTF-8 outside git: every command that prints a path (issue 14, point 10).

A file name is bytes; Python holds a byte that is not UTF-8 as a lone surrogate,
which a strict output encoding (PYTHONIOENCODING=utf-8, or any UTF-8 locale)
cannot write: `check`, `agenda` and `schema --out-dir` died with a
UnicodeEncodeError on such a name, and the "wrote ..." lines of `-o`,
`evaluate` and `transfer` would have too; under a lenient encoding the raw byte
reached the terminal. A path is now shown `\\xNN` wherever it is printed
(`catalogue.printable.shown`): the label of a file in findings and reports, the
folder a CR202 finding names, and every "wrote" line. Real processes, as the
encoding of a test runner's captured output is not the terminal's.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from harness import GOOD_BYTES

LATIN = os.fsdecode(b"qc-\xff")  # a folder written on a Latin-1 system
OUT = os.fsdecode(b"out-\xfe")
PARENT = os.fsdecode(b"kho-\xe9")  # a folder above the regulations, not UTF-8 either


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    exit: int
    said: tuple[str, ...]  # lines or parts of lines, on stdout or stderr, as printed


CASES = [
    Case(
        "check of a folder named in Latin-1",
        ("check", "--lang", "en", f"regulations/{LATIN}"),
        1,
        (
            "regulations/qc-\\xff/regulation.yaml",
            "CR202  id 'qc-test' does not match its folder 'qc-\\xff'",
        ),
    ),
    Case(
        "check of everything",
        ("check", "--lang", "en"),
        1,
        ("regulations/qc-\\xff/regulation.yaml",),
    ),
    Case(
        "agenda skips it and says so",
        ("agenda", "--lang", "en", "--from", "2024-01-01"),
        1,  # exit 1: a regulation was left out
        ("Skipped for errors (see coordreg check): regulations/qc-\\xff/regulation.yaml",),
    ),
    Case(
        "fmt --check names it",
        ("fmt", "--check", "--lang", "en", f"regulations/{LATIN}"),
        1,
        ("reformat regulations/qc-\\xff/regulation.yaml",),
    ),
    Case(
        "schema --out-dir",
        ("schema", "--out-dir", OUT),
        0,
        ("wrote out-\\xfe/regulation.schema.json",),
    ),
    Case(
        "plan -o",
        ("plan", "--lang", "en", "regulations/qc-test", "--year", "2024", "-o", f"{OUT}.md"),
        0,
        ("coordreg: wrote out-\\xfe.md",),
    ),
    Case(
        "evaluate under a folder named in Latin-1",
        ("evaluate", "--lang", "en", "{cwd}/regulations/qc-test", "--year", "2023"),
        0,
        ("kho-\\xe9/regulations/qc-test/evaluations/2023.yaml",),
    ),
    Case(
        "transfer under a folder named in Latin-1",
        (
            "transfer",
            "--lang",
            "en",
            "{cwd}/regulations/qc-test",
            "--from",
            "bca-a05",
            "--to",
            "btttt-cattt",
        ),
        0,
        ("kho-\\xe9/regulations/qc-test/regulation.yaml",),
    ),
]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8:surrogateescape"])
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_name_that_is_not_utf8_is_printed_escaped(
    case: Case, encoding: str, tmp_path: Path
) -> None:
    cwd = tmp_path / PARENT
    for folder in (LATIN, "qc-test"):
        (cwd / "regulations" / folder).mkdir(parents=True)
        (cwd / "regulations" / folder / "regulation.yaml").write_bytes(GOOD_BYTES)
    # Laid out otherwise than fmt would, so that fmt --check names the file.
    latin = cwd / "regulations" / LATIN / "regulation.yaml"
    latin.write_bytes(GOOD_BYTES.replace(b"id: qc-test", b"id:   qc-test"))
    args = [arg.replace("{cwd}", str(cwd)) for arg in case.args]
    completed = subprocess.run(
        [sys.executable, "-m", "coordreg", *args],
        cwd=cwd,
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "COORDREG_TODAY": "2024-05-01", "PYTHONIOENCODING": encoding},
    )
    output = completed.stdout + completed.stderr
    assert b"Traceback" not in output, output.decode("utf-8", "replace")
    assert completed.returncode == case.exit, output.decode("utf-8", "replace")
    # Not a byte of a name that is not UTF-8 reaches the terminal, and all is UTF-8.
    text = output.decode("utf-8")
    for part in case.said:
        assert part in text, text
