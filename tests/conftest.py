"""The Hypothesis profile of this run, and fixtures that write a regulation folder and check it."""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections.abc import Iterator, Mapping
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
from hypothesis import settings
from hypothesis_profiles import PROFILE, bound_shrinking

from coordreg.findings import Finding

# `gate` unless COORDREG_FUZZ=long: the same examples on every run (tests/hypothesis_profiles.py).
settings.load_profile(PROFILE)
bound_shrinking()

# Data, not tests: the vendored YAML test suite is read by test_yaml_test_suite.py.
collect_ignore = ["yaml-test-suite"]


@pytest.fixture(scope="session")
def _cache_home() -> Iterator[Path]:
    """A folder for this run's cache, outside the temporary folder tests take snapshots of."""
    folder = Path(tempfile.mkdtemp(prefix="coordreg-test-cache-"))
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _cache_of_this_run(_cache_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`coordreg check` caches results under $XDG_CACHE_HOME: this run's own, never the user's.

    One folder for the whole run (per worker), so the tests also check each
    other's cached results: a stale or wrong entry would change some test's output.
    """
    monkeypatch.setenv("XDG_CACHE_HOME", str(_cache_home))


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
