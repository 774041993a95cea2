"""CR301 unknown-reference: leads, supporters, standing offices and rotation entries exist."""

from __future__ import annotations

from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples


def test_unknown_lead_and_supporters(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - number: 1
                    title: Trao đổi thông tin
                    duties:
                      - id: trao-doi-thong-tin
                        text: Trao đổi thông tin
                        lead: bca-a5
                        support: [btttt-catt, btttt-vp, ubnd]
                        schedule: continuous
                      - id: bao-cao
                        text: Báo cáo
                        lead: btttt-cattt
                        schedule: continuous
                      - id: tong-hop
                        text: Tổng hợp
                        lead: bca-vp
                        schedule: continuous
            """
        )
    )
    assert triples(found) == [(10, 19, "CR301"), (11, 23, "CR301"), (11, 45, "CR301")]
    assert messages(found) == [
        "lead 'bca-a5' is not a declared party or unit (did you mean 'bca-a05'?)",
        "supporter 'btttt-catt' is not a declared party or unit (did you mean 'btttt-cattt'?)",
        "supporter 'ubnd' is not a declared party or unit",
    ]
    assert messages(found, "vi")[0] == (
        "cơ quan chủ trì 'bca-a5' không phải là bên hay đơn vị đã khai báo (có phải là 'bca-a05'?)"
    )


def test_references_are_case_sensitive_but_suggest_the_case(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - number: 1
                    title: Trao đổi thông tin
                    duties:
                      - {id: d1, text: Trao đổi, lead: BCA-VP, schedule: continuous}
                      - {id: d2, text: Báo cáo, lead: bca-vp, schedule: continuous}
                      - {id: d3, text: Tổng hợp, lead: btttt, schedule: continuous}
            """
        )
    )
    assert triples(found) == [(8, 44, "CR301")]
    assert messages(found) == [
        "lead 'BCA-VP' is not a declared party or unit (did you mean 'bca-vp'?)"
    ]


def test_unknown_standing_office_and_rotation_entry(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            parties:
              - id: bca
                name: Bộ Công an
                units:
                  - {id: bca-vp, name: Văn phòng Bộ Công an}
                  - {id: bca-a05, name: Cục An ninh mạng}
                standing_office: bca-v
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                units:
                  - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
                  - {id: btttt-cattt, name: Cục An toàn thông tin}
                standing_office: btttt-vp
            evaluation:
              rotation: [bca, btttt-vp]
              first_year: 2022
            """
        )
    )
    # A unit is not a party: the rotation names a unit, so btttt never hosts (CR304).
    assert triples(found) == [(7, 22, "CR301"), (15, 13, "CR304"), (15, 19, "CR301")]
    assert messages(found) == [
        "standing office 'bca-v' is not a declared party or unit (did you mean 'bca-vp'?)",
        "party 'btttt' never hosts the yearly evaluation: it is not in the rotation",
        "rotation entry 'btttt-vp' is not a declared party (did you mean 'btttt'?)",
    ]
    assert messages(found, "vi")[2] == (
        "bên trong thứ tự luân phiên 'btttt-vp' không phải là bên đã khai báo (có phải là 'btttt'?)"
    )


def test_known_references(check: Check) -> None:
    text = regulation(
        """
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                duties:
                  - {id: d1, text: Trao đổi, lead: bca, support: [btttt], schedule: continuous}
                  - {id: d2, text: Báo cáo, lead: btttt-vp, support: [bca-a05], schedule: continuous}
        """
    )
    assert check(text) == []
    assert [f for f in check(DEFAULT_REGULATION) if f[2] == "CR301"] == []


def test_references_in_earlier_values(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """\
            format: 2
            acts:
              - {id: bb-2025, kind: handover, title: Bàn giao, effective: 2025-03-01}
            parties:
              - id: bca
                name: Bộ Công an
                units:
                  - {id: bca-vp, name: Văn phòng Bộ Công an}
                  - {id: bca-a05, name: Cục An ninh mạng}
                standing_office: bca-vp
                before: [{act: bb-2025, standing_office: bca-v}]
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                units:
                  - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
                  - {id: btttt-cattt, name: Cục An toàn thông tin}
            evaluation:
              rotation: [bca, btttt]
              first_year: 2022
              before: [{act: bb-2025, rotation: [btttt, bkhcn]}]
            chapters:
              - number: I
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - number: 1
                    title: Trao đổi thông tin
                    duties:
                      - id: d1
                        text: Giám sát an toàn thông tin mạng.
                        lead: bca-a05
                        schedule: continuous
                        before: [{act: bb-2025, lead: btttt-catt, support: [bca-a05, bca-a5]}]
                      - {id: d2, text: Báo cáo, lead: btttt-vp, schedule: continuous}
            """
        )
    )
    assert triples(found) == [
        (11, 46, "CR301"),
        (20, 45, "CR301"),
        (32, 43, "CR301"),
        (32, 74, "CR301"),
    ]
    assert messages(found) == [
        "standing office 'bca-v' is not a declared party or unit (did you mean 'bca-vp'?)",
        "rotation entry 'bkhcn' is not a declared party",
        "lead 'btttt-catt' is not a declared party or unit (did you mean 'btttt-cattt'?)",
        "supporter 'bca-a5' is not a declared party or unit (did you mean 'bca-a05'?)",
    ]
