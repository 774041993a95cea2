"""CR613 party-results: results by party only for an each-party duty, one per lead."""

from __future__ import annotations

from builders import Check, CheckFindings, evaluation, messages, regulation, triples

EACH = regulation().replace(
    "lead: bca-vp\n            support: [btttt-vp]",
    "lead: {each: [bca-vp, btttt-vp]}",
)


def record(entry: str) -> str:
    return evaluation(
        f"""
        results:
          trao-doi-thong-tin: {{status: done}}
          bao-cao-quy: {{status: done}}
          tong-ket-nam:
            {entry}
        """
    )


def test_each_party_with_its_own_result(check: Check) -> None:
    both = "by_party: {bca-vp: {status: done}, btttt-vp: {status: not_done, note: Chưa họp.}}"
    assert check(EACH, {"2023.yaml": record(both)}) == []
    assert check(EACH, {"2023.yaml": record("{status: done}")}) == []


def test_a_party_that_does_not_lead_it(check_findings: CheckFindings) -> None:
    entry = "by_party: {bca-vp: {status: done}, btttt-vp: {status: done}, bca: {status: done}}"
    found = check_findings(EACH, {"2023.yaml": record(entry)})
    assert triples(found) == [(5, 66, "CR613")]
    assert messages(found) == [
        "'bca' is not one of the bodies that carry out duty 'tong-ket-nam' (bca-vp, btttt-vp)"
    ]
    assert messages(found, "vi") == [
        "'bca' không phải một trong các cơ quan thực hiện nhiệm vụ 'tong-ket-nam' "
        "(bca-vp, btttt-vp)"
    ]


def test_a_lead_left_without_a_result(check_findings: CheckFindings) -> None:
    found = check_findings(EACH, {"2023.yaml": record("by_party: {bca-vp: {status: done}}")})
    assert triples(found) == [(5, 5, "CR613")]
    assert messages(found) == [
        "no result of 'btttt-vp' for duty 'tong-ket-nam': each party has one (bca-vp, btttt-vp)"
    ]


def test_results_by_party_for_a_duty_with_one_lead(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(), {"2023.yaml": record("by_party: {bca-vp: {status: done}}")}
    )
    assert triples(found) == [(5, 5, "CR613")]
    assert messages(found, "vi") == [
        "nhiệm vụ 'tong-ket-nam' không do mỗi Bên tự thực hiện (`lead: {each: [...]}`) nên chỉ "
        "có một kết quả: ghi 'status' thay cho 'by_party'"
    ]
