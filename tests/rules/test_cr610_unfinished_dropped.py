"""CR610 unfinished-dropped: a duty left unfinished one year has a result the next year."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from builders import Check, CheckFindings, evaluation, messages, triples, write_folder

from coordreg.check.checker import check_paths
from coordreg.findings import Severity


def record_2022(status: str, extra: str = "") -> str:
    """The record of 2022 (hosted by bca), with ke-hoach-trien-khai left at `status`.

    The one-off ke-hoach-trien-khai falls due in 2022 only, so the record of
    2023 need not mention it unless 2022 left it unfinished. `extra` holds more
    result lines, indented by two spaces.
    """
    text = textwrap.dedent(
        f"""\
        year: 2022
        host: bca
        held: 2023-01-10
        results:
          trao-doi-thong-tin: {{status: done}}
          bao-cao-quy: {{status: done}}
          tong-ket-nam: {{status: done}}
          ke-hoach-trien-khai: {{status: {status}, note: Còn dở dang.}}
        """
    )
    return evaluation(text + extra)


def record_2023(extra: str = "") -> str:
    """The record of 2023, a comment first so that the results key is on line 2."""
    text = textwrap.dedent(
        """\
        # Kết quả năm 2023.
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: done}
          tong-ket-nam: {status: done}
        """
    )
    return evaluation(text + extra)


RECORD_2023 = record_2023()


@pytest.mark.parametrize(
    ("status", "english", "vietnamese"),
    [
        (
            "in_progress",
            "duty 'ke-hoach-trien-khai' was left in progress in 2022 but has no result in 2023",
            "nhiệm vụ 'ke-hoach-trien-khai' còn đang thực hiện năm 2022 nhưng chưa có kết quả "
            "năm 2023",
        ),
        (
            "not_done",
            "duty 'ke-hoach-trien-khai' was left not done in 2022 but has no result in 2023",
            "nhiệm vụ 'ke-hoach-trien-khai' còn chưa thực hiện năm 2022 nhưng chưa có kết quả "
            "năm 2023",
        ),
    ],
)
def test_unfinished_duty_missing_the_next_year(
    check_findings: CheckFindings, status: str, english: str, vietnamese: str
) -> None:
    found = check_findings(evaluations={"2022.yaml": record_2022(status), "2023.yaml": RECORD_2023})
    # The results key of 2023's record, not its first entry.
    assert triples(found) == [(2, 1, "CR610")]
    assert Path(found[0].file).name == "2023.yaml"
    assert messages(found) == [english]
    assert messages(found, "vi") == [vietnamese]
    assert found[0].severity is Severity.WARNING


def test_the_finding_is_at_the_results_key_wherever_it_is(check_findings: CheckFindings) -> None:
    # The default record of 2023: regulation, year, host, held, then results on line 5.
    found = check_findings(
        evaluations={"2022.yaml": record_2022("in_progress"), "2023.yaml": evaluation()}
    )
    assert triples(found) == [(5, 1, "CR610")]


@pytest.mark.parametrize("status", ["done", "in_progress", "not_done", "not_applicable"])
def test_a_result_the_next_year_is_enough(check: Check, status: str) -> None:
    # Whatever became of it -- finished, still going, abandoned -- it is recorded.
    later = record_2023(f"  ke-hoach-trien-khai: {{status: {status}, note: Tiếp tục.}}\n")
    assert check(evaluations={"2022.yaml": record_2022("in_progress"), "2023.yaml": later}) == []


@pytest.mark.parametrize("status", ["done", "not_applicable"])
def test_a_duty_finished_or_not_applicable_need_not_come_back(check: Check, status: str) -> None:
    assert check(evaluations={"2022.yaml": record_2022(status), "2023.yaml": RECORD_2023}) == []


def test_no_record_the_year_before(check: Check) -> None:
    assert check(evaluations={"2023.yaml": RECORD_2023}) == []


def test_only_the_year_just_before_counts(check: Check) -> None:
    # 2022 then 2024, with no record of 2023: 2024 is not compared with 2022.
    record_2024 = evaluation("year: 2024\nhost: bca\nheld: 2025-01-10\n")
    assert (
        check(evaluations={"2022.yaml": record_2022("in_progress"), "2024.yaml": record_2024}) == []
    )


def test_a_duty_no_longer_in_the_regulation_is_not_reported(check: Check) -> None:
    # 2022 left 'da-bo' in progress, but the regulation has no such duty (any more):
    # CR603 says so on 2022's record, and 2023 is not asked for a result.
    previous = record_2022("done", "  da-bo: {status: in_progress, note: Còn dở dang.}\n")
    found = check(evaluations={"2022.yaml": previous, "2023.yaml": RECORD_2023})
    assert found == [(9, 3, "CR603")]


def test_a_record_checked_alone_is_not_compared(tmp_path: Path) -> None:
    # Both records are on disk, but only 2023 is checked: the previous year is not read.
    folder = write_folder(
        tmp_path,
        evaluations={"2022.yaml": record_2022("in_progress"), "2023.yaml": RECORD_2023},
    )
    assert check_paths([folder / "evaluations" / "2023.yaml"]).findings == []
    assert [f.code for f in check_paths([folder]).findings] == ["CR610"]
