"""CR302 lead-also-supports: a duty's lead is not one of its supporters."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples


def duty(lead: str, support: str) -> str:
    return regulation(
        f"""
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Sơ kết
                duties:
                  - id: bao-cao-so-ket
                    text: Báo cáo sơ kết
                    lead: {lead}
                    support: {support}
                    schedule: continuous
                  - id: tong-hop
                    text: Tổng hợp
                    lead: btttt-vp
                    schedule: continuous
        """
    )


def test_lead_in_its_own_supporters(check_findings: CheckFindings) -> None:
    found = check_findings(duty("bca-vp", "[btttt-vp, bca-vp]"))
    assert triples(found) == [(11, 33, "CR302")]
    assert messages(found) == ["'bca-vp' leads this duty and cannot also support it"]
    assert messages(found, "vi") == [
        "'bca-vp' chủ trì nhiệm vụ này nên không thể đồng thời là cơ quan phối hợp"
    ]


def test_each_repetition_is_reported(check: Check) -> None:
    # The second 'bca-vp' is also a duplicate supporter (CR305).
    assert check(duty("bca-vp", "[bca-vp, bca-vp]")) == [
        (11, 23, "CR302"),
        (11, 31, "CR302"),
        (11, 31, "CR305"),
    ]


def test_a_party_may_lead_with_its_own_unit_supporting(check: Check) -> None:
    assert check(duty("bca", "[bca-vp, btttt-vp]")) == []


def test_lead_not_among_supporters(check: Check) -> None:
    assert check(duty("bca-vp", "[btttt-vp]")) == []
