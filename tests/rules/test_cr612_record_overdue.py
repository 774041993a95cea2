"""CR612 record-overdue: a past year whose evaluation is due and has no record."""

from __future__ import annotations

import pytest
from builders import DEFAULT_EVALUATION, CheckFindings, messages, triples


def test_each_overdue_year_is_reported(
    check_findings: CheckFindings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-02-01")
    found = check_findings(evaluations={"2023.yaml": DEFAULT_EVALUATION})
    overdue = [f for f in found if f.code == "CR612"]
    assert [dict(f.args)["year"] for f in overdue] == [2022, 2024]
    assert messages(overdue)[1] == (
        "no evaluation record for 2024, due 2025-01-31: write it with "
        "`coordreg evaluate --year 2024`"
    )
    assert messages(overdue, "vi")[0] == (
        "chưa có bản đánh giá năm 2022, hạn 2023-01-31: hãy lập bằng "
        "`coordreg evaluate --year 2022`"
    )
    assert triples(overdue)[0][2] == "CR612"


def test_not_before_the_deadline(
    check_findings: CheckFindings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2024-01-31")  # 2024's record is not due yet
    found = check_findings(evaluations={"2023.yaml": DEFAULT_EVALUATION})
    assert [dict(f.args)["year"] for f in found if f.code == "CR612"] == [2022]


def test_a_folder_that_keeps_no_record_is_not_reminded(
    check_findings: CheckFindings, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2030-06-01")
    assert [f for f in check_findings() if f.code == "CR612"] == []
