"""CR304 party-not-in-rotation: every party takes its turn hosting the evaluation."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def test_party_missing_from_rotation(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("evaluation:\n  rotation: [bca]\n  first_year: 2022\n"))
    assert triples(found) == [(2, 13, "CR304")]
    assert messages(found) == [
        "party 'btttt' never hosts the yearly evaluation: it is not in the rotation"
    ]
    assert messages(found, "vi") == [
        "bên 'btttt' không có trong thứ tự luân phiên chủ trì đánh giá hằng năm"
    ]
    assert found[0].severity is Severity.WARNING


@pytest.mark.parametrize("rotation", ["[bca, btttt]", "[btttt, bca]", "[bca, btttt, bca]"])
def test_every_party_in_rotation(check: Check, rotation: str) -> None:
    text = regulation(f"evaluation:\n  rotation: {rotation}\n  first_year: 2022\n")
    assert check(text) == []
