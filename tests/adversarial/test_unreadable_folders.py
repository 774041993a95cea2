"""Folders that cannot be read or searched, as a real user who is not root (issue 14, 12 and 17).

Permission bits do not stop root, so every command runs here as the
unprivileged user of processes.py (`setpriv` when the tests run as root), on a
workspace that user owns, with one folder's permissions taken away:

- `evaluations/` that cannot be read: `check` said "no problems" and `review`
  "no record for 2024", `plan` dropped last year's unfinished duties and
  `evaluate` crashed. What the folder holds is unknown, which is not "none":
  CR012 on the folder wherever records are needed (`text` and `agenda`, which
  read no record, go on);
- a folder on the way that cannot be searched: on Python 3.11 `Path.is_file()`
  raises there, and 13 commands printed a traceback. Each now answers with a
  finding or one line.

The cases of test_bad_input.py that root cannot run (a regulation without read
permission) run here too, as that user.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from builders import evaluation
from harness import FILE, FOLDER, GOOD_BYTES, Outcome, assert_outcome, refused, says
from processes import coordreg, hand_over, shared_folder, unprivileged

RECORD_2022 = evaluation("regulation: qc-test\nyear: 2022\nhost: bca\nheld: 2023-01-15\n")
RECORDS = f"{FOLDER}/evaluations"
IMPORT_TEXT = Path(__file__).parent.parent / "import_texts" / "bca-bgddt-web.txt"


@pytest.fixture
def workspace() -> Iterator[Path]:
    """The good regulation with its 2022 record and a source text, owned by the tester."""
    with shared_folder() as root:
        (root / RECORDS).mkdir(parents=True)
        (root / FILE).write_bytes(GOOD_BYTES)
        (root / RECORDS / "2022.yaml").write_text(RECORD_2022, encoding="utf-8")
        (root / "good.yaml").write_bytes(GOOD_BYTES)
        shutil.copy(IMPORT_TEXT, root / "quy-che.txt")
        hand_over(root, unprivileged())
        yield root


@dataclass(frozen=True)
class Run:
    args: tuple[str, ...]
    expected: Outcome
    # A sentence that must not be printed: what the command said before the fix.
    never: str = ""


UNREADABLE_RECORDS = {
    "check": Run(("check", "--lang", "en", "regulations"), refused("CR012@-"), never="no problems"),
    "fmt": Run(("fmt", "--check", "--lang", "en", "regulations"), refused("CR012@-")),
    "review": Run(
        ("review", "qc-test", "--end-year", "2026", "--no-history", "--lang", "en"),
        refused("CR012@-"),
        never="no record",
    ),
    "plan": Run(("plan", "qc-test", "--year", "2023", "--lang", "en"), refused("CR012@-")),
    "evaluate": Run(
        ("evaluate", "qc-test", "--year", "2023", "--lang", "en"),
        says(2, "unreadable", reason="Permission denied"),
    ),
    "text": Run(("text", "qc-test", "--lang", "en"), Outcome(0)),
    "agenda": Run(
        ("agenda", "regulations", "--from", "2023-01-01", "--to", "2023-12-31", "--lang", "en"),
        Outcome(0),
    ),
}


@pytest.mark.parametrize("mode", [0o000, 0o300, 0o600], ids=["000", "300", "600"])
@pytest.mark.parametrize("name", list(UNREADABLE_RECORDS))
def test_an_unreadable_evaluations_folder_is_never_taken_for_no_records(
    workspace: Path, name: str, mode: int
) -> None:
    """0o000 and 0o300: the folder cannot be listed; 0o600: listed, its files not opened."""
    run = UNREADABLE_RECORDS[name]
    (workspace / RECORDS).chmod(mode)
    answer = coordreg(run.args, workspace, as_tester=True)
    expected = run.expected
    if name == "evaluate" and mode == 0o300:
        # This year's record can be looked for (absent), the folder not listed.
        expected = refused("CR012@-")
    assert_outcome(answer, expected)
    if run.never:
        assert run.never not in answer.output, answer.output


def test_check_names_the_folder_it_could_not_read(workspace: Path) -> None:
    (workspace / RECORDS).chmod(0)
    answer = coordreg(("check", "--lang", "en", "regulations"), workspace, as_tester=True)
    assert answer.stdout.splitlines()[:2] == [
        RECORDS,
        "  -        error    CR012  cannot read the file: Permission denied",
    ]
    assert answer.stdout.endswith("✖ 1 error, 0 warnings in 1 of 2 files.\n")


def test_review_in_vietnamese_says_why_not_that_there_is_no_record(workspace: Path) -> None:
    (workspace / RECORDS).chmod(0)
    answer = coordreg(
        ("review", "qc-test", "--end-year", "2026", "--no-history", "--lang", "vi"),
        workspace,
        as_tester=True,
    )
    assert answer.exit == 1
    assert "CR012  không đọc được tệp: Permission denied" in answer.stderr


# --- A folder on the way that cannot be searched -------------------------------------------

BLOCKED = "regulations/qc-test"
ON_THE_WAY = {
    "check": Run(("check", "--lang", "en", "regulations"), refused("CR012@-")),
    "fmt": Run(("fmt", "--lang", "en", "regulations"), refused("CR012@-")),
    "plan": Run(
        ("plan", "qc-test", "--year", "2023", "--lang", "en"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "review": Run(
        ("review", "qc-test", "--end-year", "2026", "--no-history", "--lang", "en"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "evaluate": Run(
        ("evaluate", "qc-test", "--year", "2023", "--lang", "en"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "text": Run(
        ("text", "qc-test", "--lang", "en"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "transfer": Run(
        ("transfer", "qc-test", "--from", "bca-a05", "--to", "bca-vp", "--lang", "en"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "agenda": Run(
        ("agenda", "regulations", "--lang", "en"),
        says(1, "agenda_skipped", path=BLOCKED),
    ),
    "diff": Run(
        ("diff", "--lang", "en", FILE, "good.yaml"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    # A regulation named by its folder or its id (diff, since the merge of main).
    "diff by folder": Run(
        ("diff", "--lang", "en", BLOCKED, "good.yaml"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "diff by id": Run(
        ("diff", "--lang", "en", "qc-test", "good.yaml"),
        says(2, "unreadable", path=FILE, reason="Permission denied"),
    ),
    "new": Run(
        ("new", "qc-new", "--root", f"{BLOCKED}/more", "--party", "bca:Bộ Công an"),
        Outcome(2),
    ),
    "import": Run(
        ("import", "quy-che.txt", "--id", "qc-import", "-o", f"{BLOCKED}/more"),
        Outcome(2),
    ),
    "import (its source)": Run(
        ("import", f"{BLOCKED}/quy-che.txt", "--id", "qc-import", "--lang", "en"),
        says(2, "unreadable", path=f"{BLOCKED}/quy-che.txt", reason="Permission denied"),
    ),
    "plan -o": Run(
        ("plan", "good.yaml", "--year", "2023", "--lang", "en", "-o", f"{BLOCKED}/plan.md"),
        says(2, "unreadable", path=f"{BLOCKED}/plan.md", reason="Permission denied"),
    ),
    "schema --out-dir": Run(
        ("schema", "--out-dir", f"{BLOCKED}/schemas"),
        says(2, "unreadable", path=f"{BLOCKED}/schemas", reason="Permission denied"),
    ),
}


@pytest.mark.parametrize("name", list(ON_THE_WAY))
def test_a_folder_that_cannot_be_searched_is_a_message_not_a_traceback(
    workspace: Path, name: str
) -> None:
    run = ON_THE_WAY[name]
    before = (workspace / "good.yaml").read_bytes()
    (workspace / BLOCKED).chmod(0)
    answer = coordreg(run.args, workspace, as_tester=True)
    assert_outcome(answer, run.expected)
    assert answer.output.strip(), "a message is printed"
    assert (workspace / "good.yaml").read_bytes() == before
