"""Golden files: documents compared byte for byte with tests/golden/.

`COORDREG_UPDATE_GOLDEN=1 pytest ...` rewrites them instead of comparing; read
the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

GOLDEN = Path(__file__).resolve().parent / "golden"
UPDATE = os.environ.get("COORDREG_UPDATE_GOLDEN") == "1"


def golden(name: str) -> str:
    """The text of the golden file `name`."""
    return (GOLDEN / name).read_bytes().decode("utf-8")


def assert_golden(name: str, text: str) -> None:
    """`text` is the golden file `name` (with UPDATE, it becomes it)."""
    path = GOLDEN / name
    if UPDATE:
        GOLDEN.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        return
    if not path.exists():
        pytest.fail(f"no golden file {path}: run with COORDREG_UPDATE_GOLDEN=1 to create it")
    assert text == golden(name)
