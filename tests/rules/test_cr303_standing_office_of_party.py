"""CR303 standing-office-of-party: a party's standing office is one of its units."""

from __future__ import annotations

from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples


def parties(bca_office: str, btttt_office: str) -> str:
    return regulation(
        f"""
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {{id: bca-vp, name: Văn phòng Bộ Công an}}
              - {{id: bca-a05, name: Cục An ninh mạng}}
            standing_office: {bca_office}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}}
              - {{id: btttt-cattt, name: Cục An toàn thông tin}}
            standing_office: {btttt_office}
        """
    )


def test_office_of_another_party_or_the_party_itself(check_findings: CheckFindings) -> None:
    found = check_findings(parties("btttt-vp", "btttt"))
    assert triples(found) == [(7, 22, "CR303"), (13, 22, "CR303")]
    assert messages(found) == [
        "standing office 'btttt-vp' is not a unit of party 'bca'",
        "standing office 'btttt' is not a unit of party 'btttt'",
    ]
    assert messages(found, "vi")[0] == (
        "cơ quan thường trực 'btttt-vp' không phải đơn vị thuộc bên 'bca'"
    )


def test_undeclared_office_is_cr301_only(check: Check) -> None:
    assert check(parties("bca-van-phong", "btttt-vp")) == [(7, 22, "CR301")]


def test_office_among_own_units(check: Check) -> None:
    assert check(parties("bca-a05", "btttt-vp")) == []
    assert check(DEFAULT_REGULATION) == []
