"""CR703 unplaced-text: text kept by `coordreg import` that is not placed yet."""

from __future__ import annotations

from builders import CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def test_each_unplaced_item_is_reported_at_its_text(check_findings: CheckFindings) -> None:
    long_text = "Nơi nhận: " + "các cơ quan, đơn vị thuộc hai Bộ; " * 4
    found = check_findings(
        regulation(
            f"""
            unplaced:
              - line: 12
                text: (Kèm theo Quyết định số 15/QĐ-BCA)
              - {{line: 90, text: "{long_text.strip()}"}}
            """
        )
    )
    assert triples(found) == [(3, 11, "CR703"), (4, 22, "CR703")]
    assert messages(found) == [
        "text from line 12 of the imported source is not placed yet: "
        "(Kèm theo Quyết định số 15/QĐ-BCA)",
        "text from line 90 of the imported source is not placed yet: "
        "Nơi nhận: các cơ quan, đơn vị thuộc hai Bộ; các cơ quan…",
    ]
    assert found[0].severity is Severity.WARNING


def test_an_empty_list_is_fine(check_findings: CheckFindings) -> None:
    assert check_findings(regulation("unplaced: []\n")) == []
