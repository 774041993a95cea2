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


@pytest.fixture(autouse=True)
def _no_language_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tester's own COORDREG_LANG does not change what the tests see: Vietnamese by default."""
    monkeypatch.delenv("COORDREG_LANG", raising=False)


@pytest.fixture
def english_messages(monkeypatch: pytest.MonkeyPatch) -> None:
    """COORDREG_LANG=en: for tests written against the English messages, which every
    command printed by default before Vietnamese became the default (issue 16)."""
    monkeypatch.setenv("COORDREG_LANG", "en")


# Before CR612 (a record overdue) no rule read today's date. The tests below expect
# exactly the findings they are about, so they run on a day no record is overdue:
# those built from tests/builders.py (records of 2022 on, the first due on 31 January
# 2023) on 15 January 2023; those on the bundled regulations (records up to 2024) on
# 1 December 2025. CR612's own tests set their day.
_BUILT_DAY, _BUNDLED_DAY = "2023-01-15", "2025-12-01"
_TEST_DAYS = {
    "test_schema.py": _BUILT_DAY,
    "test_lsp_diagnostics.py": _BUILT_DAY,
    "test_api.py": _BUNDLED_DAY,
    "test_cli_transfer.py": _BUNDLED_DAY,
    "test_examples.py": _BUNDLED_DAY,
    "test_transfer_history.py": _BUNDLED_DAY,
    "test_transfer_minutes.py": _BUNDLED_DAY,
    "test_library_limits.py": _BUILT_DAY,
    "test_properties.py": _BUILT_DAY,
    "test_bad_input.py": _BUILT_DAY,
    "test_kill.py": _BUILT_DAY,
    "test_unreadable_folders.py": _BUILT_DAY,
}
# Written against the English messages that check, fmt, new and evaluate printed by
# default before Vietnamese became every command's default (issue 16).
_ENGLISH_FILES = {
    "test_bad_input.py",
    "test_kill.py",
    "test_library_limits.py",
    "test_check_fix.py",
    "test_checklist.py",
    # Main's adversarial suites, written while check, evaluate, new, schema, rules and
    # explain still spoke English by default.
    "test_long_names.py",
    "test_names_not_utf8.py",
    "test_terminal_escapes.py",
    "test_unreadable_folders.py",
    "test_repository_links.py",
    "test_output_streams.py",
    "test_workbooks.py",
    "test_concurrent_writes.py",
}


@pytest.fixture(autouse=True)
def _a_day_no_record_is_overdue(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, _no_language_setting: None
) -> None:
    # After `_no_language_setting` (named, so that it runs first: autouse fixtures of one
    # scope run in the order of their names), or COORDREG_LANG=en below would be undone.
    path = request.node.path
    day = _BUILT_DAY if path.parent.name == "rules" else _TEST_DAYS.get(path.name)
    if day is not None:
        monkeypatch.setenv("COORDREG_TODAY", day)
    if path.name in _ENGLISH_FILES:
        monkeypatch.setenv("COORDREG_LANG", "en")
