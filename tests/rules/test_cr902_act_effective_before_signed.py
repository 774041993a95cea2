"""CR902 act-effective-before-signed: an act that takes effect before it is signed is a warning."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def acts(*dates: tuple[str | None, str]) -> str:
    """A regulation of format 2 whose acts have these (signed, effective) dates: act N's
    `effective` is on line 4 * N + 2, column 16."""
    rows = "".join(
        f"  - id: act-{n}\n"
        f"    title: Văn bản số {n}\n"
        + (f"    signed: {signed}\n" if signed else "    issuer: Hai Bộ\n")
        + f"    effective: {effective}\n"
        for n, (signed, effective) in enumerate(dates, 1)
    )
    return regulation("format: 2\nacts:\n" + rows)


def test_the_real_case_of_decree_55(check_findings: CheckFindings) -> None:
    # Nghị định 55/2025/NĐ-CP: signed 2 March 2025, in effect from 1 March 2025.
    found = check_findings(acts(("2025-03-02", "2025-03-01")))
    assert triples(found) == [(6, 16, "CR902")]
    assert found[0].severity is Severity.WARNING
    assert messages(found) == [
        "act 'act-1' takes effect on 2025-03-01, before it was signed on 2025-03-02: "
        "check both dates"
    ]
    assert messages(found, "vi") == [
        "văn bản 'act-1' có hiệu lực từ ngày 2025-03-01, trước ngày ký 2025-03-02: "
        "hãy kiểm tra lại hai ngày này"
    ]


def test_each_act_is_checked(check: Check) -> None:
    text = acts(
        ("2025-02-28", "2025-03-01"),
        ("2025-06-30", "2025-06-30"),
        ("2026-07-01", "2026-06-30"),
        (None, "2026-09-01"),
    )
    # Signed the day before, signed the same day, no signing date: fine.
    assert check(text) == [(14, 16, "CR902")]
