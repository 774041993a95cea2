"""CR307 unknown-successor: `succeeded_by` names another declared party or unit."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def successors(btttt: str = "symbol: BTTTT", cattt: str = "", tt: str = "") -> str:
    """Parties whose party btttt (line 9), unit btttt-cattt (12) and unit btttt-tt (13) may
    name a successor; btttt-tt holds no duty, so it may end without CR306."""
    return regulation(
        f"""
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {{id: bca-vp, name: Văn phòng Bộ Công an}}
              - {{id: bca-a05, name: Cục An ninh mạng}}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            {btttt}
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}}
              - {{id: btttt-cattt, name: Cục An toàn thông tin{cattt}}}
              - {{id: btttt-tt, name: Trung tâm Thông tin{tt}}}
        """
    )


def test_unknown_successors(check_findings: CheckFindings) -> None:
    found = check_findings(
        successors(
            btttt="succeeded_by: BCA",
            tt=", until: 2025-02-28, succeeded_by: bca-a5",
        )
    )
    assert triples(found) == [(9, 19, "CR307"), (13, 84, "CR307")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == [
        "successor 'BCA' is not a declared party or unit (did you mean 'bca'?)",
        "successor 'bca-a5' is not a declared party or unit (did you mean 'bca-a05'?)",
    ]
    assert messages(found, "vi") == [
        "cơ quan kế thừa 'BCA' không phải là bên hay đơn vị đã khai báo (có phải là 'bca'?)",
        "cơ quan kế thừa 'bca-a5' không phải là bên hay đơn vị đã khai báo (có phải là 'bca-a05'?)",
    ]


def test_an_unknown_successor_far_from_every_id(check_findings: CheckFindings) -> None:
    found = check_findings(successors(tt=", until: 2025-02-28, succeeded_by: so-khcn"))
    assert triples(found) == [(13, 84, "CR307")]
    assert messages(found) == ["successor 'so-khcn' is not a declared party or unit"]


def test_a_body_that_names_itself(check_findings: CheckFindings) -> None:
    found = check_findings(
        successors(
            btttt="succeeded_by: btttt",
            tt=", until: 2025-02-28, succeeded_by: btttt-tt",
        )
    )
    assert triples(found) == [(9, 19, "CR307"), (13, 84, "CR307")]
    assert messages(found) == [
        "successor 'btttt' is not another party or unit: a body cannot succeed itself",
        "successor 'btttt-tt' is not another party or unit: a body cannot succeed itself",
    ]
    assert messages(found, "vi")[0] == (
        "cơ quan kế thừa 'btttt' không phải là một bên hay đơn vị khác: "
        "một cơ quan không thể tự kế thừa chính mình"
    )


def test_the_suggestion_is_never_the_body_itself(check_findings: CheckFindings) -> None:
    # 'btttt-tt' is the nearest id to 'btttt-t', but a body cannot succeed itself.
    found = check_findings(successors(tt=", until: 2025-02-28, succeeded_by: btttt-t"))
    assert messages(found) == [
        "successor 'btttt-t' is not a declared party or unit (did you mean 'btttt'?)"
    ]


def test_declared_successors(check: Check) -> None:
    text = successors(
        btttt="succeeded_by: bca",
        cattt=", succeeded_by: bca-a05",
        tt=", until: 2025-02-28, succeeded_by: btttt-vp",
    )
    assert check(text) == []
