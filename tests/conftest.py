"""Fixtures that write a regulation folder in the test's tmp_path and check it."""

from __future__ import annotations

import itertools
from collections.abc import Mapping
from pathlib import Path

import pytest
from builders import (
    DEFAULT_REGULATION,
    FOLDER,
    Check,
    CheckFindings,
    Triple,
    check_folder,
    triples,
)

from coordreg.findings import Finding


@pytest.fixture
def check_findings(tmp_path: Path) -> CheckFindings:
    """Write `regulations/<folder>/...` under a fresh folder of tmp_path, return the findings."""
    runs = itertools.count(1)

    def run(
        regulation_text: str | None = DEFAULT_REGULATION,
        evaluations: Mapping[str, str | bytes] | None = None,
        folder: str = FOLDER,
    ) -> list[Finding]:
        root = tmp_path / f"run{next(runs)}"
        return check_folder(root, regulation_text, evaluations, folder).findings

    return run


@pytest.fixture
def check(check_findings: CheckFindings) -> Check:
    """Like `check_findings`, but the (line, column, code) of each finding."""

    def run(
        regulation_text: str | None = DEFAULT_REGULATION,
        evaluations: Mapping[str, str | bytes] | None = None,
        folder: str = FOLDER,
    ) -> list[Triple]:
        return triples(check_findings(regulation_text, evaluations, folder))

    return run
