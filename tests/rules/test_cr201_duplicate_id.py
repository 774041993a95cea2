"""CR201 duplicate-id: party, unit, duty, chapter and article ids are used once."""

from __future__ import annotations

from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples


def test_units_share_the_namespace_of_parties_and_compare_without_case(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        regulation(
            """
            parties:
              - id: bca
                name: Bộ Công an
                units:
                  - id: bca-vp
                    name: Văn phòng Bộ Công an
                  - id: bca-a05
                    name: Cục An ninh mạng
                standing_office: bca-vp
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                units:
                  - id: btttt-vp
                    name: Văn phòng Bộ Thông tin và Truyền thông
                  - id: btttt-cattt
                    name: Cục An toàn thông tin
                  - id: BCA-VP
                    name: Văn phòng (trùng mã)
                  - id: Bca
                    name: Bộ Công an (trùng mã)
                standing_office: btttt-vp
            """
        )
    )
    assert triples(found) == [(17, 13, "CR201"), (19, 13, "CR201")]
    assert messages(found) == [
        "unit id 'BCA-VP' is already used at line 5",
        "unit id 'Bca' is already used at line 2",
    ]
    assert messages(found, "vi") == [
        "mã đơn vị 'BCA-VP' đã được dùng ở dòng 5",
        "mã đơn vị 'Bca' đã được dùng ở dòng 2",
    ]


def test_party_id_repeated_in_another_case(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            parties:
              - id: bca
                name: Bộ Công an
                units:
                  - {id: bca-vp, name: Văn phòng Bộ Công an}
                  - {id: bca-a05, name: Cục An ninh mạng}
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                units:
                  - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
                  - {id: btttt-cattt, name: Cục An toàn thông tin}
              - id: BCA
                name: Bộ Công an
            """
        )
    )
    # 'BCA' is also a party outside the rotation (CR304) that leads nothing (CR701).
    assert [f for f in triples(found) if f[2] == "CR201"] == [(12, 9, "CR201")]
    assert [f.message() for f in found if f.code == "CR201"] == [
        "party id 'BCA' is already used at line 2"
    ]


def test_duty_ids_have_their_own_namespace(check_findings: CheckFindings) -> None:
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
                      - id: bca
                        text: Việc Bộ Công an chủ trì
                        lead: bca
                        schedule: continuous
                      - id: so-ket
                        text: Sơ kết
                        lead: btttt
                        schedule: {yearly: 12-15}
                  - number: 2
                    title: Sơ kết
                    duties:
                      - id: SO-KET
                        text: Sơ kết giữa kỳ
                        lead: btttt-vp
                        schedule: {yearly: 06-30}
            """
        )
    )
    # The duty 'bca' does not clash with the party 'bca'; 'SO-KET' clashes with 'so-ket'.
    assert triples(found) == [(19, 17, "CR201")]
    assert messages(found) == ["duty id 'SO-KET' is already used at line 12"]


def test_chapter_and_article_ids(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - id: chuong-1
                number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - id: dieu-1
                    number: 1
                    title: Phạm vi điều chỉnh
                    duties:
                      - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}
                      - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}
              - id: Chuong-1
                number: II
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - id: DIEU-1
                    number: 2
                    title: Nội dung phối hợp
            """
        )
    )
    assert triples(found) == [(12, 9, "CR201"), (16, 13, "CR201")]
    assert messages(found) == [
        "chapter id 'Chuong-1' is already used at line 2",
        "article id 'DIEU-1' is already used at line 6",
    ]


def test_same_id_for_a_chapter_an_article_and_a_duty_is_fine(check: Check) -> None:
    text = regulation(
        """
        chapters:
          - id: chung
            number: I
            title: QUY ĐỊNH CHUNG
            articles:
              - id: chung
                number: 1
                title: Phạm vi điều chỉnh
                duties:
                  - {id: chung, text: Trao đổi thông tin, lead: bca, schedule: continuous}
                  - {id: btttt, text: Báo cáo, lead: btttt, schedule: continuous}
        """
    )
    assert check(text) == []


def test_default_regulation_has_unique_ids(check: Check) -> None:
    assert [f for f in check(DEFAULT_REGULATION) if f[2] == "CR201"] == []
