"""CR609 unknown-host: the host of an evaluation is a party of the regulation."""

from __future__ import annotations

import pytest
from builders import DEFAULT_EVALUATION, Check, CheckFindings, evaluation, messages, triples


@pytest.mark.parametrize(
    ("host", "suggestion"),
    [
        ("bo-cong-an", ""),
        ("BCA", " (did you mean 'bca'?)"),
        ("btttt-vp", " (did you mean 'btttt'?)"),
    ],
)
def test_host_not_a_party(check_findings: CheckFindings, host: str, suggestion: str) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation(f"host: {host}\n")})
    assert triples(found) == [(1, 7, "CR609")]
    assert messages(found) == [f"host '{host}' is not a party of the regulation{suggestion}"]


def test_message_in_vietnamese(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("host: bo-cong-an\n")})
    assert messages(found, "vi") == ["bên chủ trì 'bo-cong-an' không phải là một bên của quy chế"]


def test_host_is_a_party(check: Check) -> None:
    assert check(evaluations={"2023.yaml": DEFAULT_EVALUATION}) == []
