"""CR308 successor-cycle: following `succeeded_by` from body to body comes to an end."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def successors(bca: str = "symbol: BCA", btttt: str = "symbol: BTTTT", **units: str) -> str:
    """Parties whose units may name successors (`bca_a05=", succeeded_by: ..."`).

    bca's own line is line 3, btttt's line 14, after its units: a party's
    `succeeded_by` may come after those of its units.
    """
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
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông{tail["btttt-vp"]}}}
              - {{id: btttt-cattt, name: Cục An toàn thông tin{tail["btttt-cattt"]}}}
              - {{id: btttt-tt, name: Trung tâm Thông tin{tail["btttt-tt"]}}}
            {btttt}
        """
    )


UNITS = ("bca-vp", "bca-a05", "btttt-vp", "btttt-cattt", "btttt-tt")


def test_a_cycle_of_two(check_findings: CheckFindings) -> None:
    found = check_findings(
        successors(
            btttt_cattt=", succeeded_by: bca-a05",
            bca_a05=", succeeded_by: btttt-cattt",
        )
    )
    assert triples(found) == [(7, 61, "CR308")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == ["successors run in a cycle: bca-a05 → btttt-cattt → bca-a05"]
    assert messages(found, "vi") == [
        "các cơ quan kế thừa tạo thành vòng lặp: bca-a05 → btttt-cattt → bca-a05"
    ]


def test_a_cycle_of_three_is_reported_at_the_first_in_the_file(
    check_findings: CheckFindings,
) -> None:
    # btttt's own succeeded_by (line 14) comes after its unit's (line 13).
    found = check_findings(
        successors(
            btttt="succeeded_by: bca",
            btttt_tt=", succeeded_by: btttt",
        )
    )
    assert found == []
    found = check_findings(
        successors(
            bca="succeeded_by: btttt-tt",
            btttt="succeeded_by: bca",
            btttt_tt=", succeeded_by: btttt",
        )
    )
    assert triples(found) == [(3, 19, "CR308")]
    assert messages(found) == ["successors run in a cycle: bca → btttt-tt → btttt → bca"]
    found = check_findings(
        successors(
            btttt="succeeded_by: btttt-vp",
            btttt_vp=", succeeded_by: btttt-tt",
            btttt_tt=", succeeded_by: btttt",
        )
    )
    assert triples(found) == [(11, 84, "CR308")]
    assert messages(found) == ["successors run in a cycle: btttt-vp → btttt-tt → btttt → btttt-vp"]


def test_each_cycle_once_without_the_bodies_that_lead_into_it(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        successors(
            bca_vp=", succeeded_by: btttt-cattt",
            bca_a05=", succeeded_by: btttt-cattt",
            btttt_cattt=", succeeded_by: bca-a05",
            btttt_vp=", succeeded_by: btttt-tt",
            btttt_tt=", succeeded_by: btttt-vp",
        )
    )
    assert triples(found) == [(7, 61, "CR308"), (11, 84, "CR308")]
    assert messages(found) == [
        "successors run in a cycle: bca-a05 → btttt-cattt → bca-a05",
        "successors run in a cycle: btttt-vp → btttt-tt → btttt-vp",
    ]


def test_a_chain_that_ends(check: Check) -> None:
    text = successors(
        btttt="succeeded_by: bca",
        btttt_tt=", succeeded_by: btttt-cattt",
        btttt_cattt=", succeeded_by: bca-a05",
    )
    assert check(text) == []


def test_a_body_that_names_itself_is_not_a_cycle(check: Check) -> None:
    assert check(successors(btttt_tt=", succeeded_by: btttt-tt")) == [(13, 65, "CR307")]
