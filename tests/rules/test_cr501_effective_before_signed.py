"""CR501 effective-before-signed: a regulation takes effect on or after it is signed."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples


def test_effective_before_signed(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("signed: 2022-01-10\neffective: 2022-01-09\n"))
    assert triples(found) == [(2, 12, "CR501")]
    assert messages(found) == ["effective date 2022-01-09 is before the signing date 2022-01-10"]
    assert messages(found, "vi") == ["ngày có hiệu lực 2022-01-09 trước ngày ký 2022-01-10"]


@pytest.mark.parametrize("effective", ["2022-01-10", "2022-01-20"])
def test_effective_on_or_after_signing(check: Check, effective: str) -> None:
    assert check(regulation(f"signed: 2022-01-10\neffective: {effective}\n")) == []
