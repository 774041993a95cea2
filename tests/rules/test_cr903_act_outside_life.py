"""CR903 act-outside-life: an act that changes the regulation takes effect while it is in force."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def amended(effective: str, *, until: str = "place: Hà Nội", basis: str = "") -> str:
    """The default regulation (in force from 2022-01-10) with two acts: `sd` (effective on
    line 7, column 16), which changes the lead of `trao-doi-thong-tin`, and `nd`
    (effective on line 11), the basis of `sd` when `basis` says so."""
    return regulation(
        f"""\
format: 2
{until}
acts:
  - id: sd
    title: Quyết định sửa đổi, bổ sung Quy chế phối hợp
    signed: 2021-01-01
    effective: {effective}
    {basis or "note: Sửa đổi Điều 3."}
  - id: nd
    title: Nghị định quy định chức năng, nhiệm vụ
    effective: 2020-07-01
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Trao đổi thông tin
        duties:
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về tình hình an ninh mạng.
            lead: bca-a05
            support: [btttt-cattt]
            schedule: continuous
            before: [{{act: sd, lead: bca-vp}}]
          - id: bao-cao-quy
            text: Báo cáo kết quả giám sát an toàn thông tin.
            lead: btttt-cattt
            schedule: {{quarterly: 03-25}}
"""
    )


def test_an_act_before_the_regulation(check_findings: CheckFindings) -> None:
    # nd changes nothing, but is named by nothing either: it is checked too.
    found = check_findings(amended("2021-12-31"))
    assert triples(found) == [(7, 16, "CR903"), (11, 16, "CR903")]
    assert found[0].severity is Severity.ERROR
    assert messages(found)[0] == (
        "act 'sd' takes effect on 2021-12-31, outside the regulation's life "
        "(2022-01-10 to open-ended)"
    )
    assert messages(found, "vi")[0] == (
        "văn bản 'sd' có hiệu lực từ ngày 2021-12-31, nằm ngoài thời gian hiệu lực của quy chế "
        "(2022-01-10 đến không thời hạn)"
    )


def test_an_act_after_the_regulation_ends(check_findings: CheckFindings) -> None:
    found = check_findings(amended("2026-01-01", until="until: 2025-12-31", basis="basis: nd"))
    assert triples(found) == [(7, 16, "CR903")]
    assert messages(found) == [
        "act 'sd' takes effect on 2026-01-01, outside the regulation's life "
        "(2022-01-10 to 2025-12-31)"
    ]


def test_the_first_and_the_last_day_are_in_force(check: Check) -> None:
    assert check(amended("2022-01-10", basis="basis: nd")) == []
    assert check(amended("2025-12-31", until="until: 2025-12-31", basis="basis: nd")) == []


def test_an_older_act_that_is_only_the_basis_of_another(check: Check) -> None:
    # nd (2020) decided sd but changes nothing itself: its date is the decree's own.
    assert check(amended("2024-03-01", basis="basis: nd")) == []
