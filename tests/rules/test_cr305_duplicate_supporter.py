"""CR305 duplicate-supporter: a supporter is listed once."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def duty(support: str) -> str:
    return regulation(
        f"""
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Giám sát
                duties:
                  - id: canh-bao-su-co
                    text: Cảnh báo sự cố an toàn thông tin
                    lead: bca-a05
                    support: {support}
                    schedule: continuous
                  - id: tong-hop
                    text: Tổng hợp
                    lead: btttt-vp
                    schedule: continuous
        """
    )


def test_supporter_listed_twice(check_findings: CheckFindings) -> None:
    found = check_findings(duty("[btttt-cattt, btttt-vp, btttt-cattt]"))
    assert triples(found) == [(11, 46, "CR305")]
    assert messages(found) == ["'btttt-cattt' is listed more than once among the supporters"]
    assert messages(found, "vi") == [
        "'btttt-cattt' được liệt kê nhiều lần trong các cơ quan phối hợp"
    ]
    assert found[0].severity is Severity.WARNING


def test_supporters_listed_once(check: Check) -> None:
    assert check(duty("[btttt-cattt, btttt-vp]")) == []
