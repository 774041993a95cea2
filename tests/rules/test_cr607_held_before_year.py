"""CR607 held-before-year: an evaluation is not held before its year begins."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, evaluation, messages, triples


def test_held_before_the_year(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("year: 2023\nheld: 2022-12-20\n")})
    assert triples(found) == [(2, 7, "CR607")]
    assert messages(found) == ["held on 2022-12-20, before the year 2023 it evaluates"]
    assert messages(found, "vi") == ["tổ chức ngày 2022-12-20, trước năm 2023 được đánh giá"]


@pytest.mark.parametrize("held", ["2023-01-01", "2023-12-20", "2024-01-12"])
def test_held_in_or_after_the_year(check: Check, held: str) -> None:
    assert check(evaluations={"2023.yaml": evaluation(f"held: {held}\n")}) == []


def test_held_is_optional(check: Check) -> None:
    assert check(evaluations={"2023.yaml": evaluation(without=["held"])}) == []
