"""CR503 first-year-before-effective: evaluations start once the regulation is in force."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples


def settings(effective: str, first_year: int) -> str:
    return regulation(
        f"""
        effective: {effective}
        evaluation:
          rotation: [bca, btttt]
          first_year: {first_year}
        """
    )


def test_first_year_before_effective(check_findings: CheckFindings) -> None:
    found = check_findings(settings("2022-01-10", 2021))
    assert triples(found) == [(4, 15, "CR503")]
    assert messages(found) == [
        "first evaluation year 2021 is before the regulation takes effect (2022-01-10)"
    ]
    assert messages(found, "vi") == [
        "năm đánh giá đầu tiên 2021 trước khi quy chế có hiệu lực (2022-01-10)"
    ]


@pytest.mark.parametrize(("effective", "first_year"), [("2022-01-10", 2022), ("2022-01-10", 2023)])
def test_first_year_in_force(check: Check, effective: str, first_year: int) -> None:
    assert check(settings(effective, first_year)) == []
