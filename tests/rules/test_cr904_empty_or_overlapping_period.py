"""CR904 empty-or-overlapping-period: no element is never in force, no two values overlap."""

from __future__ import annotations

from pathlib import Path

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity

HISTORY = Path(__file__).parents[1] / "time" / "history.yaml"

ACTS = """\
format: 2
acts:
  - {id: sd-2023, title: Sửa đổi lần thứ nhất, signed: 2023-03-01, effective: 2023-03-15}
  - {id: sd-2024, title: Sửa đổi lần thứ hai, signed: 2024-03-01, effective: 2024-03-15}
  - {id: sd-2025, title: Sửa đổi lần thứ ba, signed: 2025-02-20, effective: 2025-03-01}
"""


def amended(chapter: str, *, acts: str = ACTS) -> str:
    """The three acts (lines 1-5), chapter I (lines 6-11), then `chapter` from line 12 on."""
    return regulation(
        acts
        + """\
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - {number: 1, title: Phạm vi điều chỉnh}
      - {number: 2, title: Nguyên tắc phối hợp}
"""
        + chapter
    )


DUTIES = """\
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 3
        title: Trao đổi thông tin
        duties:
          - {id: d1, text: Trao đổi, lead: bca-a05, schedule: continuous}
          - {id: d2, text: Báo cáo, lead: btttt-cattt, schedule: continuous}
"""


def test_repealed_no_later_than_added(check_findings: CheckFindings) -> None:
    found = check_findings(
        amended(
            DUTIES
            + """\
          - id: d3
            text: Diễn tập
            lead: bca-vp
            schedule: {yearly: 10-15}
            added_by: sd-2024
            repealed_by: sd-2023
          - {id: d4, text: Họp, lead: btttt-vp, schedule: continuous, added_by: sd-2024,
             repealed_by: sd-2024}
          - {id: d5, text: Sơ kết, lead: btttt-vp, schedule: continuous, added_by: sd-2023,
             repealed_by: sd-2024}
"""
        )
    )
    # Line 25: repealed before it was added; line 27: on the same day, by the same act.
    assert triples(found) == [(25, 26, "CR904"), (27, 27, "CR904")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == [
        "repealed by 'sd-2023' from 2023-03-15, no later than it was added by 'sd-2024' "
        "from 2024-03-15: it is never in force",
        "repealed by 'sd-2024' from 2024-03-15, no later than it was added by 'sd-2024' "
        "from 2024-03-15: it is never in force",
    ]
    assert messages(found, "vi")[0] == (
        "bị bãi bỏ bởi 'sd-2023' từ ngày 2023-03-15, không muộn hơn ngày được bổ sung bởi "
        "'sd-2024' (2024-03-15): nội dung này không có ngày nào có hiệu lực"
    )


def test_a_duty_repealed_before_its_article_was_added(check: Check) -> None:
    text = amended(
        DUTIES
        + """\
      - number: 4
        title: Diễn tập
        added_by: sd-2025
        duties:
          - {id: d3, text: Diễn tập, lead: bca-vp, schedule: continuous, repealed_by: sd-2024}
          - {id: d4, text: Họp, lead: btttt-vp, schedule: continuous, repealed_by: sd-2025}
"""
    )
    assert check(text) == [(24, 87, "CR904"), (25, 84, "CR904")]


def test_earlier_values_outside_the_period_in_force(check_findings: CheckFindings) -> None:
    found = check_findings(
        amended(
            DUTIES
            + """\
      - number: 4
        title: Diễn tập
        added_by: sd-2024
        clauses:
          - number: 1
            text: Hằng năm tổ chức diễn tập.
            before: [{act: sd-2024, text: Tổ chức diễn tập.}]
          - number: 2
            text: Hai Bộ phối hợp.
            repealed_by: sd-2025
            before:
              - {act: sd-2025, text: Hai Bộ cùng phối hợp.}
              - {act: sd-2023, text: Các Bộ phối hợp.}
"""
        )
    )
    # The clause came with its article (sd-2024): nothing before it; nothing changes
    # a clause once repealed; and sd-2023 is before the article, too.
    assert triples(found) == [(26, 28, "CR904"), (31, 23, "CR904"), (32, 23, "CR904")]
    assert messages(found) == [
        "an earlier value under 'sd-2024' (in effect from 2024-03-15), but this was only "
        "added by 'sd-2024' from 2024-03-15: it had no value before",
        "an earlier value under 'sd-2025' (in effect from 2025-03-01), but this was "
        "repealed by 'sd-2025' from 2025-03-01: nothing changes after a repeal",
        "an earlier value under 'sd-2023' (in effect from 2023-03-15), but this was only "
        "added by 'sd-2024' from 2024-03-15: it had no value before",
    ]
    assert messages(found, "vi")[1] == (
        "giá trị trước đây theo 'sd-2025' (hiệu lực từ ngày 2025-03-01) nhưng nội dung này "
        "đã bị bãi bỏ bởi 'sd-2025' từ ngày 2025-03-01: sau khi bãi bỏ không còn gì để sửa đổi"
    )


def test_two_earlier_values_under_one_act(check_findings: CheckFindings) -> None:
    found = check_findings(
        amended(
            """\
  - number: II
    title: NỘI DUNG PHỐI HỢP
    before:
      - {act: sd-2023, title: NỘI DUNG}
      - {act: sd-2024, title: NỘI DUNG PHỐI HỢP CÔNG TÁC}
      - {act: sd-2023, number: III}
    articles:
      - number: 3
        title: Trao đổi thông tin
        duties:
          - {id: d1, text: Trao đổi, lead: bca-a05, schedule: continuous}
          - {id: d2, text: Báo cáo, lead: btttt-cattt, schedule: continuous}
"""
        )
    )
    assert triples(found) == [(17, 15, "CR904")]
    assert messages(found) == [
        "a second earlier value under the same act 'sd-2023': keep one entry per act"
    ]
    assert messages(found, "vi") == [
        "giá trị trước đây thứ hai theo cùng văn bản 'sd-2023': mỗi văn bản chỉ ghi một mục"
    ]


def test_a_body_that_starts_after_its_last_day(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """\
            format: 2
            parties:
              - id: bca
                name: Bộ Công an
                units:
                  - {id: bca-vp, name: Văn phòng Bộ Công an}
                  - {id: bca-a05, name: Cục An ninh mạng, since: 2025-03-01, until: 2025-02-28}
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                until: 2025-12-31
                units:
                  - {id: btttt-vp, name: Văn phòng Bộ, since: 2025-12-31}
                  - {id: btttt-cattt, name: Cục An toàn thông tin, since: 2026-01-01}
            """
        )
    )
    # A unit ends with its party: btttt-cattt would start the day after. The duties
    # the two bodies hold are not reported again (CR306, CR907); btttt-vp, in force
    # for one day, is.
    assert triples(found) == [
        (7, 54, "CR904"),
        (13, 63, "CR904"),
        (65, 23, "CR306"),
        (65, 23, "CR907"),
        (69, 19, "CR907"),
    ]
    assert messages(found)[:2] == [
        "'bca-a05' starts on 2025-03-01, after its last day 2025-02-28: it is never in force",
        "'btttt-cattt' starts on 2026-01-01, after its last day 2025-12-31: it is never in force",
    ]
    assert messages(found, "vi")[0] == (
        "'bca-a05' bắt đầu hoạt động từ ngày 2025-03-01, sau ngày cuối cùng 2025-02-28: "
        "cơ quan này không có ngày nào hoạt động"
    )


def test_a_unit_that_would_start_with_its_party_after_its_own_end(check: Check) -> None:
    text = regulation(
        """\
        format: 2
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {id: bca-vp, name: Văn phòng Bộ Công an}
              - {id: bca-a05, name: Cục An ninh mạng}
          - id: bkhcn
            name: Bộ Khoa học và Công nghệ
            since: 2025-03-01
            units:
              - {id: bkhcn-vp, name: Văn phòng Bộ}
              - {id: bkhcn-cu, name: Vụ cũ, until: 2024-12-31}
        evaluation:
          rotation: [bca, bkhcn]
          first_year: 2022
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                duties:
                  - {id: d1, text: Trao đổi, lead: bca-a05, schedule: continuous}
                  - {id: d2, text: Báo cáo, lead: bkhcn-vp, schedule: {once: 2025-06-30}}
        """
    )
    # Reported at the unit's own until: its start is its party's.
    assert check(text) == [(13, 44, "CR904")]


def test_acts_not_declared_are_cr901s(check: Check) -> None:
    text = amended(
        DUTIES
        + """\
          - {id: d3, text: Họp, lead: btttt-vp, schedule: continuous, added_by: sd-2026,
             repealed_by: sd-2023, before: [{act: sd-2022, text: Hội ý}]}
"""
    )
    assert check(text) == [(20, 81, "CR901"), (21, 51, "CR901")]


def test_two_acts_with_one_id_are_cr201s(check_findings: CheckFindings) -> None:
    acts = ACTS + "  - {id: SD-2023, title: Sửa đổi, signed: 2025-06-01, effective: 2025-06-15}\n"
    found = check_findings(amended(DUTIES, acts=acts))
    assert triples(found) == [(6, 10, "CR201")]
    assert messages(found) == ["act id 'SD-2023' is already used at line 3"]
    assert messages(found, "vi") == ["mã văn bản 'SD-2023' đã được dùng ở dòng 3"]


def test_a_consistent_history(check: Check) -> None:
    text = HISTORY.read_text(encoding="utf-8")
    assert [code for _line, _column, code in check(text, folder="qc-history")] == ["CR902"]


def test_the_units_of_a_party_never_in_force_go_with_its_finding(check: Check) -> None:
    text = regulation(
        """\
        format: 2
        parties:
          - {id: bca, name: Bộ Công an, units: [{id: bca-vp, name: Văn phòng}]}
          - {id: btttt, name: Bộ TT&TT, units: [{id: btttt-vp, name: Văn phòng}]}
          - id: bkhcn
            name: Bộ KH&CN
            since: 2025-03-01
            until: 2025-02-28
            units:
              - {id: bkhcn-vp, name: Văn phòng Bộ}
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
                  - {id: d2, text: Việc, lead: btttt-vp, support: [bkhcn-vp], schedule: continuous}
        """
    )
    # Its unit holds a duty from the start, but has no date of its own to point at.
    assert check(text) == [(7, 12, "CR904")]
