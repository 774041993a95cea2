"""CR504 until-before-effective: the end date is not before the effective date."""

from __future__ import annotations

from builders import Check, CheckFindings, regulation


def test_until_before_effective(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("effective: 2022-01-10\nuntil: 2022-01-09\n"))
    # The default one-off duty of 2022-06-30 then falls after the end too (CR502).
    mine = [f for f in found if f.code == "CR504"]
    assert [(f.line, f.column, f.code) for f in mine] == [(2, 8, "CR504")]
    assert [f.message() for f in mine] == [
        "end date 2022-01-09 is before the effective date 2022-01-10"
    ]
    assert [f.message("vi") for f in mine] == [
        "ngày hết hiệu lực 2022-01-09 trước ngày có hiệu lực 2022-01-10"
    ]


def test_until_on_effective_day(check: Check) -> None:
    found = check(regulation("effective: 2022-01-10\nuntil: 2022-01-10\n"))
    assert [f for f in found if f[2] == "CR504"] == []


def test_until_after_effective(check: Check) -> None:
    assert check(regulation("effective: 2022-01-10\nuntil: 2026-12-31\n")) == []
