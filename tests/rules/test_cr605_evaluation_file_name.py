"""CR605 evaluation-file-name: a record is named after its year."""

from __future__ import annotations

import pytest
from builders import DEFAULT_EVALUATION, Check, CheckFindings, messages, triples


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("2023-review.yaml", "2023.yaml"),
        ("2022.yaml", "2023.yaml"),
        ("danh-gia-2023.yml", "2023.yml"),
        ("nam2023.yaml", "2023.yaml"),
    ],
)
def test_misnamed_record(check_findings: CheckFindings, name: str, expected: str) -> None:
    found = check_findings(evaluations={name: DEFAULT_EVALUATION})
    assert triples(found) == [(2, 7, "CR605")]
    assert messages(found) == [f"the record for 2023 should be named '{expected}'"]
    assert messages(found, "vi") == [f"bản đánh giá năm 2023 phải có tên tệp '{expected}'"]


@pytest.mark.parametrize("name", ["2023.yaml", "2023.yml"])
def test_record_named_after_its_year(check: Check, name: str) -> None:
    assert check(evaluations={name: DEFAULT_EVALUATION}) == []
