"""CR907 duty-before-body: no duty is led or supported by a body before it exists."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def joining(*duties: str, a05: str = ", since: 2025-03-01", bkhcn: str = "symbol: BKHCN") -> str:
    """A regulation in force from 2022-01-10, amended on 2024-07-01 (sd-2024) and with a
    handover on 2025-03-01 (bb-2025), whose unit bca-a05 joins on 1 March 2025 and whose
    party bkhcn may start later (line 17); `duties`, one flow mapping a line, from line 30.

    Two more duties follow, so that every party leads one (CR701).
    """
    rows = "\n".join(
        f"          - {{id: d{n}, text: Nhiệm vụ {n}, {duty}}}"
        for n, duty in enumerate(
            (
                *duties,
                "lead: bca-vp, schedule: continuous",
                "lead: bkhcn-vp, schedule: {once: 2026-06-30}",
            ),
            1,
        )
    )
    return regulation(
        f"""\
format: 2
acts:
  - {{id: sd-2024, title: Sửa đổi, signed: 2024-06-20, effective: 2024-07-01}}
  - {{id: bb-2025, kind: handover, title: Bàn giao, signed: 2025-02-28, effective: 2025-03-01}}
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {{id: bca-vp, name: Văn phòng Bộ Công an}}
      - {{id: bca-a05, name: Cục An ninh mạng{a05}}}
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - {{id: btttt-cattt, name: Cục An toàn thông tin}}
  - id: bkhcn
    name: Bộ Khoa học và Công nghệ
    {bkhcn}
    units:
      - {{id: bkhcn-vp, name: Văn phòng Bộ Khoa học và Công nghệ}}
evaluation:
  rotation: [bca, btttt, bkhcn]
  first_year: 2022
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Bảo đảm an toàn thông tin
        duties:
"""
        + rows
        + "\n"
    )


def test_a_unit_that_joins_later_leads_from_the_start(check_findings: CheckFindings) -> None:
    found = check_findings(
        joining("lead: bca-a05, schedule: continuous", "lead: btttt-cattt, schedule: continuous")
    )
    assert triples(found) == [(30, 46, "CR907")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == [
        "lead 'bca-a05' only exists from 2025-03-01 but this duty falls due before that "
        "(from 2022-01-10): until 2025-03-01 its part in the duty has no owner; give the "
        "earlier holder in a 'before' entry"
    ]
    assert messages(found, "vi") == [
        "cơ quan chủ trì 'bca-a05' chỉ hoạt động từ ngày 2025-03-01 nhưng nhiệm vụ đã phải "
        "thực hiện trước ngày đó (từ ngày 2022-01-10): trước ngày 2025-03-01 phần việc này "
        "không có cơ quan đảm nhận; hãy ghi cơ quan đảm nhận trước đó trong mục 'before'"
    ]


def test_handed_over_on_the_day_the_unit_joins(check: Check) -> None:
    text = joining(
        "lead: bca-a05, support: [bkhcn-vp], schedule: continuous, before: "
        "[{act: bb-2025, lead: btttt-cattt}]",
        "lead: btttt-cattt, schedule: continuous",
    )
    assert check(text) == []


def test_handed_over_before_the_unit_joins(check_findings: CheckFindings) -> None:
    # The amendment of 1 July 2024 names bca-a05, eight months before it joins.
    found = check_findings(
        joining(
            "lead: bca-a05, schedule: continuous, before: [{act: sd-2024, lead: btttt-cattt}]",
            "lead: btttt-cattt, schedule: continuous",
        )
    )
    assert triples(found) == [(30, 46, "CR907")]
    assert "(from 2024-07-01)" in messages(found)[0]


def test_an_earlier_holder_that_had_not_joined_yet(check: Check) -> None:
    # Before the amendment the duty was bca-a05's: the finding is at that earlier value.
    text = joining(
        "lead: btttt-cattt, schedule: continuous, before: [{act: sd-2024, lead: bca-a05}]"
    )
    assert check(text) == [(30, 111, "CR907")]


def test_dates_before_and_after_the_start(check: Check) -> None:
    text = joining(
        "lead: bca-a05, schedule: {once: 2025-06-30}",
        "lead: bca-a05, schedule: {once: 2024-06-30}",
        "lead: btttt-cattt, support: [bca-a05], schedule: {yearly: 12-15}",
        "lead: btttt-cattt, schedule: continuous",
        a05=", since: 2022-03-01",
    )
    # The 2025 one-off and the yearly duty after the start (the first is 2022-12-15) are
    # fine; the 2024 one-off, before it, is not.
    assert check(text) == []
    assert check(text.replace("since: 2022-03-01", "since: 2024-07-01")) == [
        (31, 46, "CR907"),
        (32, 69, "CR907"),
    ]


def test_a_duty_added_when_the_unit_joins(check: Check) -> None:
    text = joining(
        "lead: bca-a05, schedule: continuous, added_by: bb-2025",
        "lead: btttt-cattt, schedule: continuous",
    )
    assert check(text) == []


def test_a_unit_starts_with_its_party(check_findings: CheckFindings) -> None:
    found = check_findings(
        joining(
            "lead: bkhcn-vp, schedule: continuous",
            "lead: btttt-cattt, support: [bca-a05, bkhcn], schedule: {quarterly: 03-25}",
            a05="",
            bkhcn="since: 2025-03-01",
        )
    )
    assert triples(found) == [(30, 46, "CR907"), (31, 78, "CR907")]
    assert messages(found)[0] == (
        "lead 'bkhcn-vp' only exists from 2025-03-01 but this duty falls due before that "
        "(from 2022-01-10): until 2025-03-01 its part in the duty has no owner; give the "
        "earlier holder in a 'before' entry; the unit starts with its party 'bkhcn'"
    )
    assert messages(found, "vi")[0].endswith("; đơn vị bắt đầu hoạt động cùng với bên 'bkhcn'")


def test_once_per_duty_and_body(check: Check) -> None:
    # bca-a05 supports before and after the amendment: two stretches, one finding.
    text = joining(
        "lead: btttt-cattt, support: [bca-a05], schedule: continuous, "
        "before: [{act: sd-2024, support: [bca-vp, bca-a05]}]"
    )
    assert check(text) == [(30, 143, "CR907")]


def test_bodies_without_a_start(check: Check) -> None:
    text = joining(
        "lead: bca-a05, schedule: continuous", "lead: btttt-cattt, schedule: continuous", a05=""
    )
    assert check(text) == []
