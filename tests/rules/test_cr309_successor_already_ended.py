"""CR309 successor-already-ended: a successor still exists when its predecessor ends."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def successors(bca: str = "symbol: BCA", btttt: str = "symbol: BTTTT", **units: str) -> str:
    """Parties that may end and name successors: bca (line 3), its units (6-7), btttt
    (line 10), its units (12-14). Only bca-vp holds a duty after 2022, so bodies may
    end in 2025 without CR306."""
    tail = {name: units.get(name.replace("-", "_"), "") for name in UNITS}
    return regulation(
        f"""
        parties:
          - id: bca
            {bca}
            name: Bộ Công an
            units:
              - {{id: bca-vp, name: Văn phòng Bộ Công an{tail["bca-vp"]}}}
              - {{id: bca-a05, name: Cục An ninh mạng{tail["bca-a05"]}}}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            {btttt}
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông{tail["btttt-vp"]}}}
              - {{id: btttt-tt, name: Trung tâm Thông tin{tail["btttt-tt"]}}}
              - {{id: btttt-bd, name: Báo điện tử{tail["btttt-bd"]}}}
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                duties:
                  - {{id: d1, text: Trao đổi thông tin, lead: bca-vp, schedule: continuous}}
                  - {{id: d2, text: Ban hành kế hoạch, lead: btttt-vp, schedule: {{once: 2022-06-30}}}}
        """
    )


UNITS = ("bca-vp", "bca-a05", "btttt-vp", "btttt-tt", "btttt-bd")


def test_a_successor_that_ended_before(check_findings: CheckFindings) -> None:
    found = check_findings(
        successors(
            btttt_tt=", until: 2025-02-28, succeeded_by: btttt-bd",
            btttt_bd=", until: 2024-12-31, succeeded_by: bca-a05",
        )
    )
    assert triples(found) == [(13, 84, "CR309")]
    assert found[0].severity is Severity.WARNING
    assert messages(found) == [
        "successor 'btttt-bd' itself ends on 2024-12-31, no later than 'btttt-tt' "
        "(2025-02-28): it cannot take over the duties"
    ]
    assert messages(found, "vi") == [
        "cơ quan kế thừa 'btttt-bd' cũng chỉ hoạt động đến hết ngày 2024-12-31, "
        "không muộn hơn 'btttt-tt' (2025-02-28), nên không thể tiếp nhận nhiệm vụ"
    ]


def test_a_successor_that_ends_on_the_same_day(check: Check) -> None:
    text = successors(
        btttt_tt=", until: 2025-02-28, succeeded_by: btttt-bd",
        btttt_bd=", until: 2025-02-28",
    )
    assert check(text) == [(13, 84, "CR309")]


def test_a_successor_that_ends_with_its_party(check_findings: CheckFindings) -> None:
    # bca-a05 has no end of its own, but bca ends on 2025-01-31.
    found = check_findings(
        successors(
            bca="until: 2025-01-31",
            btttt_tt=", until: 2025-02-28, succeeded_by: bca-a05",
        )
    )
    # bca-vp ends with bca too, and still leads a continuous duty (CR306).
    assert triples(found) == [(13, 84, "CR309"), (22, 54, "CR306")]
    assert messages(found)[0] == (
        "successor 'bca-a05' itself ends on 2025-01-31, no later than 'btttt-tt' "
        "(2025-02-28): it cannot take over the duties"
    )


def test_a_successor_that_ends_later_or_never(check: Check) -> None:
    text = successors(
        btttt_tt=", until: 2025-02-28, succeeded_by: btttt-bd",
        btttt_bd=", until: 2025-03-01, succeeded_by: bca-a05",
    )
    assert check(text) == []


def test_a_successor_named_before_the_end_date_is_known(check: Check) -> None:
    # No `until` yet: the successor is recorded, nothing has ended.
    text = successors(
        btttt="succeeded_by: bca",
        btttt_tt=", succeeded_by: btttt-bd",
        btttt_bd=", until: 2024-12-31",
    )
    assert check(text) == []


def test_a_cycle_is_left_to_cr308(check: Check) -> None:
    text = successors(
        btttt_tt=", until: 2025-02-28, succeeded_by: btttt-bd",
        btttt_bd=", until: 2024-12-31, succeeded_by: btttt-tt",
    )
    assert check(text) == [(13, 84, "CR308")]
