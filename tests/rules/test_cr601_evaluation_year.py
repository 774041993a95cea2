"""CR601 evaluation-year: a record's year is one of the regulation's evaluation years."""

from __future__ import annotations

from pathlib import Path

from builders import (
    DEFAULT_REGULATION,
    Check,
    CheckFindings,
    evaluation,
    messages,
    regulation,
    triples,
)


def test_year_before_first_year(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2021.yaml": evaluation("year: 2021\n")})
    assert triples(found) == [(1, 7, "CR601")]
    assert Path(found[0].file).name == "2021.yaml"
    assert messages(found) == [
        "year 2021 is outside the regulation's evaluation years (2022 to open-ended)"
    ]
    assert messages(found, "vi") == [
        "năm 2021 nằm ngoài các năm đánh giá của quy chế (2022 đến không thời hạn)"
    ]


def test_year_after_until(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation("until: 2024-12-31\n"),
        {"2025.yaml": evaluation("year: 2025\nhost: btttt\nheld: 2026-01-10\n")},
    )
    assert triples(found) == [(1, 7, "CR601")]
    assert messages(found) == [
        "year 2025 is outside the regulation's evaluation years (2022 to 2024)"
    ]


def test_first_and_last_years(check: Check) -> None:
    first = evaluation(
        """
        year: 2022
        host: bca
        held: 2022-12-28
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: done}
          tong-ket-nam: {status: done}
          ke-hoach-trien-khai: {status: done}
        """
    )
    last = evaluation("year: 2024\nhost: bca\nheld: 2024-12-20\n")
    records = {"2022.yaml": first, "2024.yaml": last}
    assert check(regulation("until: 2024-12-31\n"), records) == []
    assert check(DEFAULT_REGULATION, records) == []
