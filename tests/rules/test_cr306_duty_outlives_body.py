"""CR306 duty-outlives-body: no duty is led or supported by a body after it has ended."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def ending(
    *duties: str,
    unit: str = "",
    party_until: str = "short_name: BTTTT",
    party_successor: str = "symbol: BTTTT",
    until: str = "place: Hà Nội",
) -> str:
    """A regulation whose unit btttt-cattt (line 14) or party btttt (line 8) may end.

    `duties` are the lead, supporters and schedule of the duties, from line 22 on;
    bca-vp leads one more, so that every party leads a duty (CR701).
    """
    rows = "\n".join(
        f"                  - {{id: d{n}, text: Nhiệm vụ {n}, {duty}}}"
        for n, duty in enumerate((*duties, "lead: bca-vp, schedule: continuous"), 1)
    )
    return regulation(
        f"""
        {until}
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {{id: bca-vp, name: Văn phòng Bộ Công an}}
              - {{id: bca-a05, name: Cục An ninh mạng}}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            {party_until}
            {party_successor}
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}}
              - {{id: btttt-cattt, name: Cục An toàn thông tin{unit}}}
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Bảo đảm an toàn thông tin
                duties:
"""
        + rows
    )


ENDED_2025 = ", until: 2025-02-28, succeeded_by: bca-a05"
CONTINUOUS = "lead: btttt-cattt, schedule: continuous"


def test_a_unit_that_ended_in_2025_still_leads_a_continuous_duty(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(ending(CONTINUOUS, unit=ENDED_2025))
    assert triples(found) == [(22, 46, "CR306")]
    assert found[0].severity is Severity.ERROR
    assert messages(found) == [
        "lead 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; "
        "transfer its duties with `coordreg transfer --from btttt-cattt --to bca-a05`"
    ]
    assert messages(found, "vi") == [
        "cơ quan chủ trì 'btttt-cattt' chỉ hoạt động đến hết ngày 2025-02-28 nhưng nhiệm vụ "
        "vẫn phải thực hiện sau ngày đó: từ ngày 2025-03-01 phần việc này không có cơ quan "
        "đảm nhận; hãy bàn giao nhiệm vụ bằng "
        "`coordreg transfer --from btttt-cattt --to bca-a05`"
    ]


def test_the_regulation_ends_before_the_unit(check: Check) -> None:
    assert check(ending(CONTINUOUS, unit=ENDED_2025, until="until: 2024-12-31")) == []
    # On the unit's last day too: nothing is left to hand over.
    assert check(ending(CONTINUOUS, unit=ENDED_2025, until="until: 2025-02-28")) == []


def test_the_regulation_ends_after_the_unit(check: Check) -> None:
    text = ending(CONTINUOUS, unit=ENDED_2025, until="until: 2025-03-01")
    assert check(text) == [(22, 46, "CR306")]


def test_an_ended_supporter_without_a_successor(check_findings: CheckFindings) -> None:
    found = check_findings(
        ending(
            "lead: bca-a05, support: [btttt-vp, btttt-cattt], schedule: on_request",
            "lead: btttt-vp, schedule: continuous",
            unit=", until: 2025-02-28",
        )
    )
    assert triples(found) == [(22, 75, "CR306")]
    assert messages(found) == [
        "supporter 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner"
    ]
    assert messages(found, "vi") == [
        "cơ quan phối hợp 'btttt-cattt' chỉ hoạt động đến hết ngày 2025-02-28 nhưng nhiệm vụ "
        "vẫn phải thực hiện sau ngày đó: từ ngày 2025-03-01 phần việc này không có cơ quan "
        "đảm nhận"
    ]


def test_one_off_duties_before_and_after_the_end(check: Check) -> None:
    text = ending(
        "lead: btttt-cattt, schedule: {once: 2025-02-28}",
        "lead: btttt-cattt, schedule: {once: 2025-03-01}",
        "lead: bca-a05, support: [btttt-cattt], schedule: {once: 2024-06-30}",
        "lead: btttt-vp, schedule: continuous",
        unit=ENDED_2025,
    )
    assert check(text) == [(23, 46, "CR306")]


def test_recurring_duties_with_a_date_after_the_end(check: Check) -> None:
    text = ending(
        "lead: btttt-cattt, schedule: {yearly: 12-15}",
        "lead: btttt-cattt, schedule: {quarterly: 03-25}",
        "lead: btttt-cattt, schedule: {monthly: 10}",
        "lead: btttt-cattt, schedule: {half_yearly: 06-30}",
        "lead: btttt-vp, schedule: continuous",
        unit=", until: 2025-12-20",
        until="until: 2026-12-31",
    )
    assert check(text) == [
        (22, 46, "CR306"),
        (23, 46, "CR306"),
        (24, 46, "CR306"),
        (25, 46, "CR306"),
    ]
    # After 20 December 2025 the quarterly duty falls due on 25 December, the
    # half-yearly one on the 30th, the others in 2026.
    assert check(text.replace("until: 2026-12-31", "until: 2025-12-25")) == [(23, 46, "CR306")]
    assert check(text.replace("until: 2026-12-31", "until: 2025-12-24")) == []


def test_a_party_that_ended_and_one_of_its_units(check_findings: CheckFindings) -> None:
    found = check_findings(
        ending(
            "lead: btttt, support: [bca-a05], schedule: continuous",
            "lead: bca-a05, support: [btttt-cattt], schedule: {quarterly: 03-25}",
            "lead: bca-a05, support: [btttt-vp], schedule: continuous",
            party_until="until: 2025-02-28",
            party_successor="succeeded_by: bca",
            unit=", until: 2025-06-30, succeeded_by: bca-a05",
        )
    )
    # The unit's own date is later: its party's counts. btttt-vp has no
    # successor of its own and ends with its party: bca takes over.
    assert triples(found) == [(22, 46, "CR306"), (23, 65, "CR306"), (24, 65, "CR306")]
    assert messages(found) == [
        "lead 'btttt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; "
        "transfer its duties with `coordreg transfer --from btttt --to bca`",
        "supporter 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; the unit ends with its party "
        "'btttt': transfer its duties with `coordreg transfer --from btttt-cattt --to bca-a05`",
        "supporter 'btttt-vp' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; the unit ends with its party "
        "'btttt': transfer its duties with `coordreg transfer --from btttt-vp --to bca`",
    ]
    assert messages(found, "vi")[1] == (
        "cơ quan phối hợp 'btttt-cattt' chỉ hoạt động đến hết ngày 2025-02-28 nhưng nhiệm vụ "
        "vẫn phải thực hiện sau ngày đó: từ ngày 2025-03-01 phần việc này không có cơ quan "
        "đảm nhận; đơn vị chấm dứt hoạt động cùng với bên 'btttt': hãy bàn giao nhiệm vụ bằng "
        "`coordreg transfer --from btttt-cattt --to bca-a05`"
    )


def test_a_unit_of_an_ended_party_without_successors(check_findings: CheckFindings) -> None:
    found = check_findings(
        ending(
            "lead: btttt-cattt, schedule: continuous",
            "lead: bca-a05, schedule: continuous",
            party_until="until: 2025-02-28",
        )
    )
    assert triples(found) == [(22, 46, "CR306")]
    assert messages(found) == [
        "lead 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; "
        "the unit ends with its party 'btttt'"
    ]
    assert messages(found, "vi") == [
        "cơ quan chủ trì 'btttt-cattt' chỉ hoạt động đến hết ngày 2025-02-28 nhưng nhiệm vụ "
        "vẫn phải thực hiện sau ngày đó: từ ngày 2025-03-01 phần việc này không có cơ quan "
        "đảm nhận; đơn vị chấm dứt hoạt động cùng với bên 'btttt'"
    ]


def test_a_unit_that_ends_before_its_party_keeps_its_own_date(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        ending(
            CONTINUOUS,
            "lead: btttt-vp, schedule: continuous",
            party_until="until: 2025-12-31",
            party_successor="succeeded_by: bca",
            unit=", until: 2025-02-28",
        )
    )
    # btttt-vp leads on after its party ends too, so hands over to bca.
    assert triples(found) == [(22, 46, "CR306"), (23, 46, "CR306")]
    assert messages(found)[0] == (
        "lead 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner"
    )


def test_the_hint_names_the_first_successor_still_there(check_findings: CheckFindings) -> None:
    # btttt-cattt -> btttt-vp (gone on the same day) -> bca-a05.
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
                  - {id: btttt-vp, name: Văn phòng, until: 2025-02-28, succeeded_by: bca-a05}
                  - {id: btttt-cattt, name: Cục ATTT, until: 2025-02-28, succeeded_by: btttt-vp}
                  - {id: btttt-tt, name: Trung tâm}
            chapters:
              - number: I
                title: NỘI DUNG PHỐI HỢP
                articles:
                  - number: 1
                    title: Bảo đảm an toàn thông tin
                    duties:
                      - {id: d1, text: Giám sát, lead: btttt-cattt, schedule: continuous}
                      - {id: d2, text: Tổng hợp, lead: bca-vp, support: [btttt-tt], schedule: continuous}
                      - {id: d3, text: Báo cáo, lead: btttt-tt, schedule: continuous}
            """
        )
    )
    # CR309 warns that btttt-vp cannot take over from btttt-cattt.
    assert triples(found) == [(11, 76, "CR309"), (20, 44, "CR306")]
    assert messages(found)[1].endswith(
        "transfer its duties with `coordreg transfer --from btttt-cattt --to bca-a05`"
    )


def test_no_hint_when_every_successor_has_ended(check_findings: CheckFindings) -> None:
    found = check_findings(
        ending(
            CONTINUOUS,
            "lead: btttt-vp, schedule: continuous",
            party_until="until: 2025-02-28",
            unit=", until: 2025-03-31, succeeded_by: btttt-vp",
        )
    )
    # btttt-cattt ends with its party, and so does its successor btttt-vp (CR309).
    assert triples(found) == [(14, 89, "CR309"), (22, 46, "CR306"), (23, 46, "CR306")]
    assert messages(found)[1] == (
        "lead 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; "
        "the unit ends with its party 'btttt'"
    )


def test_bodies_without_an_end_and_unknown_ones(check: Check) -> None:
    # An unknown lead is CR301's; a successor without an end date changes nothing.
    text = ending(
        "lead: btttt-cat, schedule: continuous",
        CONTINUOUS,
        unit=", succeeded_by: bca-a05",
    )
    assert check(text) == [(22, 46, "CR301")]


# --- Through time: the duty as in force on each stretch of the regulation's life -------------


def split(*duties: str, handover: str = "2025-03-01") -> str:
    """The Ministry of Information and Communications ends on 2025-02-28 and its functions
    are split between bca and bkhcn by an act (bb-2025) effective on `handover`; `duties`,
    one flow mapping a line, from line 33 on."""
    rows = "\n".join(f"          - {{{duty}}}" for duty in duties)
    return regulation(
        f"""\
format: 2
acts:
  - {{id: bb-2025, kind: handover, title: Bàn giao, signed: 2025-02-28, effective: {handover}}}
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {{id: bca-vp, name: Văn phòng Bộ Công an}}
      - {{id: bca-a05, name: Cục An ninh mạng}}
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    until: 2025-02-28
    succeeded_by: [bkhcn, bca]
    units:
      - {{id: btttt-vp, name: Văn phòng Bộ}}
      - {{id: btttt-cattt, name: Cục An toàn thông tin}}
  - id: bkhcn
    name: Bộ Khoa học và Công nghệ
    since: 2025-03-01
    units:
      - {{id: bkhcn-vp, name: Văn phòng Bộ Khoa học và Công nghệ}}
evaluation:
  rotation: [bca, bkhcn]
  first_year: 2022
  before: [{{act: bb-2025, rotation: [bca, btttt]}}]
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


HANDED_TO_A05 = (
    "id: d1, text: Giám sát, lead: bca-a05, schedule: continuous, "
    "before: [{act: bb-2025, lead: btttt-cattt}]"
)
HANDED_TO_BKHCN = (
    "id: d2, text: Tổng kết, lead: bkhcn-vp, support: [bca-vp], schedule: {yearly: 12-15}, "
    "before: [{act: bb-2025, lead: btttt-vp}]"
)


def test_every_duty_handed_over_on_the_day_after_the_end(check: Check) -> None:
    assert check(split(HANDED_TO_A05, HANDED_TO_BKHCN)) == []


def test_a_duty_left_behind_in_a_split(check_findings: CheckFindings) -> None:
    found = check_findings(
        split(
            HANDED_TO_A05,
            HANDED_TO_BKHCN,
            "id: d3, text: Báo cáo, lead: bca-vp, support: [btttt-cattt], schedule: continuous",
        )
    )
    # The unit ends with its party; the first successor of the party takes its place.
    assert triples(found) == [(35, 61, "CR306")]
    assert messages(found) == [
        "supporter 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that: "
        "from 2025-03-01 its part in the duty has no owner; the unit ends with its party "
        "'btttt': transfer its duties with `coordreg transfer --from btttt-cattt --to bkhcn`"
    ]


def test_a_handover_that_takes_effect_after_a_gap(check_findings: CheckFindings) -> None:
    # The old holders are named until 14 March, a fortnight after they ended: the
    # continuous duty falls due then, the yearly one (15 December) does not.
    found = check_findings(split(HANDED_TO_A05, HANDED_TO_BKHCN, handover="2025-03-15"))
    assert triples(found) == [(33, 105, "CR306")]
    assert messages(found)[0].startswith(
        "lead 'btttt-cattt' ends on 2025-02-28 but this duty still falls due after that"
    )


def test_a_duty_repealed_when_the_body_ends(check: Check) -> None:
    repealed = (
        "id: d3, text: Báo cáo, lead: btttt-cattt, schedule: continuous, repealed_by: bb-2025"
    )
    assert check(split(HANDED_TO_A05, HANDED_TO_BKHCN, repealed)) == []
    later = split(HANDED_TO_A05, HANDED_TO_BKHCN, repealed, handover="2025-04-01")
    # The later handover leaves the continuous duties with their old holders in March.
    assert check(later) == [(33, 105, "CR306"), (35, 43, "CR306")]


def test_an_earlier_schedule_that_ended_in_time(check: Check) -> None:
    # Until the handover the report fell due once, before the unit ended; from it, every
    # year, with the new holder.
    text = split(
        HANDED_TO_A05,
        HANDED_TO_BKHCN,
        "id: d3, text: Báo cáo, lead: bca-vp, schedule: {yearly: 06-30}, "
        "before: [{act: bb-2025, lead: btttt-cattt, schedule: {once: 2024-06-30}}]",
    )
    assert check(text) == []
