"""CR701 party-leads-no-duty: every party leads a duty, itself or through a unit."""

from __future__ import annotations

import pytest
from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def duties(*leads: str) -> str:
    lines = [
        "chapters:",
        "  - number: I",
        "    title: NỘI DUNG PHỐI HỢP",
        "    articles:",
        "      - number: 1",
        "        title: Nội dung phối hợp",
        "        duties:",
    ]
    for index, lead in enumerate(leads):
        lines.append(
            f"          - {{id: d{index}, text: Việc, lead: {lead}, schedule: continuous}}"
        )
    return regulation("\n".join(lines) + "\n")


def test_party_that_leads_nothing(check_findings: CheckFindings) -> None:
    # The default parties follow the test's 9 lines and 6 default keys: btttt's id is on line 29.
    found = check_findings(duties("bca-vp", "bca"))
    assert triples(found) == [(29, 9, "CR701")]
    assert messages(found) == ["party 'btttt' leads no duty, neither itself nor through its units"]
    assert messages(found, "vi") == [
        "bên 'btttt' không chủ trì nhiệm vụ nào, kể cả qua các đơn vị của mình"
    ]
    assert found[0].severity is Severity.WARNING


def test_supporting_is_not_leading(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            parties:
              - {id: bca, name: Bộ Công an}
              - {id: btttt, name: Bộ Thông tin và Truyền thông}
              - {id: bqp, name: Bộ Quốc phòng}
            evaluation:
              rotation: [bca, btttt, bqp]
              first_year: 2022
            chapters:
              - number: I
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - number: 1
                    title: Nội dung phối hợp
                    duties:
                      - {id: d1, text: Việc, lead: bca, support: [bqp], schedule: continuous}
                      - {id: d2, text: Việc, lead: btttt, support: [bqp], schedule: continuous}
            """
        )
    )
    assert triples(found) == [(4, 10, "CR701")]
    assert messages(found) == ["party 'bqp' leads no duty, neither itself nor through its units"]


@pytest.mark.parametrize(
    "leads", [("bca", "btttt"), ("bca-a05", "btttt-cattt"), ("bca-vp", "btttt")]
)
def test_every_party_leads(check: Check, leads: tuple[str, str]) -> None:
    assert check(duties(*leads)) == []
    assert check(DEFAULT_REGULATION) == []


def test_a_party_that_led_a_duty_before_a_handover(check: Check) -> None:
    # btttt led d2 until 1 March 2025, then handed it over to bca-a05.
    text = regulation(
        """\
        format: 2
        acts:
          - {id: bb-2025, kind: handover, title: Bàn giao, effective: 2025-03-01}
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Nội dung phối hợp
                duties:
                  - {id: d1, text: Việc, lead: bca-vp, schedule: continuous}
                  - {id: d2, text: Việc, lead: bca-a05, schedule: continuous,
                     before: [{act: bb-2025, lead: btttt-cattt}]}
        """
    )
    assert check(text) == []
    # Led by bca before the handover too: btttt leads nothing at any time.
    assert check(text.replace("lead: btttt-cattt", "lead: bca-vp")) == [(33, 9, "CR701")]


def test_a_party_in_force_on_no_day_is_cr904s(check: Check) -> None:
    text = regulation(
        """\
        format: 2
        parties:
          - {id: bca, name: Bộ Công an, units: [{id: bca-vp, name: Văn phòng}]}
          - {id: btttt, name: Bộ TT&TT, units: [{id: btttt-vp, name: Văn phòng}]}
          - {id: bkhcn, name: Bộ KH&CN, since: 2025-03-01, until: 2025-02-28}
        evaluation:
          rotation: [bca, btttt, bkhcn]
          first_year: 2022
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Nội dung phối hợp
                duties:
                  - {id: d1, text: Việc, lead: bca-vp, schedule: continuous}
                  - {id: d2, text: Việc, lead: btttt-vp, schedule: continuous}
        """
    )
    assert check(text) == [(5, 40, "CR904")]
