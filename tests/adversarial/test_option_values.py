"""Years and days given on the command line (issue 14, point 14).

`--year 99999999999999999999999999` and `--year 1000000` were tracebacks,
`--year 0` silently meant this year, `--effective 0001-01-01` a traceback, and
`evaluate --year 9999` wrote a record that `check` then rejected; `log --since
garbage` an empty history (git reads a word it does not know as "now"), and
`diff --at 2024-W01-1` a week date no other day option took. Every year
and day option is now checked where it enters (`coordreg.cli.values`): a year
from 1900 to 2200, the years the file format allows; a day written exactly
YYYY-MM-DD in those years. Nothing is read or written before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from harness import FOLDER, Outcome, assert_outcome, ok, run, says, write_workspace

import coordreg
from coordreg.errors import RefusedError

YEARS = ["99999999999999999999999999", "1000000", "9999", "2201", "1899", "0", "-1"]
# Four days outside the years, then six that are not days written YYYY-MM-DD.
DAYS = [
    "0001-01-01",
    "9999-12-31",
    "1899-12-31",
    "2201-01-01",
    "2024-02-30",
    "2024-W01-1",  # a week date: date.fromisoformat takes it
    "20240101",
    "2024-1-1",
    "2024-01-01T00:00",
    "",
]


def bad_year(option: str, value: str) -> Outcome:
    return says(2, "bad_year", option=option, value=value)


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    expected: Outcome


CASES = [
    *(
        Case(f"plan --year {v}", ("plan", FOLDER, "--year", v), bad_year("--year", v))
        for v in YEARS
    ),
    *(
        Case(
            f"review --end-year {v}", ("review", FOLDER, "--end-year", v), bad_year("--end-year", v)
        )
        for v in YEARS
    ),
    *(
        Case(f"evaluate --year {v}", ("evaluate", FOLDER, "--year", v), bad_year("--year", v))
        for v in YEARS
    ),
    *(
        Case(
            f"transfer --effective {v!r}",
            ("transfer", FOLDER, "--from", "bca", "--to", "btttt", "--effective", v),
            says(2, "date_outside" if v in DAYS[:4] else "bad_date", value=v),
        )
        for v in DAYS
    ),
    *(
        Case(
            f"agenda --from {v!r}",
            ("agenda", "--from", v),
            says(2, "agenda_bad_date", option="--from", value=v),
        )
        for v in DAYS
    ),
    *(
        Case(
            f"agenda --to {v!r}",
            ("agenda", "--to", v),
            says(2, "agenda_bad_date", option="--to", value=v),
        )
        for v in DAYS[:4]
    ),
    *(
        Case(
            f"text --at {v!r}",
            ("text", FOLDER, "--at", v),
            says(2, "agenda_bad_date", option="--at", value=v),
        )
        for v in DAYS[:4]
    ),
    *(
        Case(
            f"diff --at {v!r}",
            ("diff", FOLDER, "--at", v, "--at", "2024-01-01"),
            says(2, "date_outside" if v in DAYS[:4] else "bad_date", value=v),
        )
        for v in DAYS[:6]
    ),
    *(
        Case(
            f"log --since {v!r}",
            ("log", FOLDER, f"--since={v}"),
            says(2, "agenda_bad_date", option="--since", value=v),
        )
        for v in [*DAYS, "garbage", "2 weeks ago"]
    ),
    # The edges of the range pass the check; the command then answers for its regulation.
    Case(
        "plan --year 1900", ("plan", FOLDER, "--year", "1900"), says(1, "year_outside", year="1900")
    ),
    Case("plan --year 2200", ("plan", FOLDER, "--year", "2200"), ok()),
    Case(
        "review --end-year 1900", ("review", FOLDER, "--end-year", "1900"), says(1, "year_outside")
    ),
    Case(
        "agenda --from 1900-01-01", ("agenda", "--from", "1900-01-01", "--to", "1900-12-31"), ok()
    ),
    Case("agenda --to 2200-12-31", ("agenda", "--from", "2200-10-01", "--to", "2200-12-31"), ok()),
    Case("text --at 2200-12-31", ("text", FOLDER, "--at", "2200-12-31"), ok()),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_option_values(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2024-05-01")
    folder = write_workspace(tmp_path)
    before = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*"))
    command, *rest = case.args
    assert_outcome(run((command, "--lang", "en", *rest)), case.expected)
    if case.expected.exit == 2:
        assert sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*")) == before
    assert not (folder / "evaluations").exists()


def test_the_message_is_in_the_language_asked_for_wherever_lang_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_workspace(tmp_path)
    vietnamese = "coordreg: --year cần một năm từ 1900 đến 2200, không phải '0'\n"
    assert run(("plan", FOLDER, "--year", "0", "--lang", "vi")).stderr == vietnamese
    assert run(("plan", "--lang", "vi", FOLDER, "--year", "0")).stderr == vietnamese
    english = "coordreg: --year takes a year from 1900 to 2200, not '0'\n"
    assert run(("plan", FOLDER, "--year", "0", "--lang", "en")).stderr == english


def test_evaluate_writes_only_a_record_check_accepts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """9999 is refused before anything is written; 2200, the last year allowed, checks clean."""
    monkeypatch.chdir(tmp_path)
    folder = write_workspace(tmp_path)
    assert_outcome(
        run(("evaluate", FOLDER, "--year", "9999", "--lang", "en")), bad_year("--year", "9999")
    )
    assert not (folder / "evaluations").exists()
    written = run(("evaluate", FOLDER, "--year", "2200"))
    assert written.exit == 0, written.output
    record = folder / "evaluations" / "2200.yaml"
    # The skeleton's statuses are left blank for the secretariat: filled in, it checks clean.
    record.write_text(record.read_text(encoding="utf-8").replace('status: ""', "status: done"))
    assert_outcome(run(("check", FOLDER)), ok())


def test_the_library_takes_year_0_as_a_year_not_as_this_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    write_workspace(tmp_path)
    with pytest.raises(RefusedError) as refused:
        coordreg.plan(FOLDER, 0)
    assert refused.value.msgid == "year_outside"
    assert refused.value.args_["year"] == 0
