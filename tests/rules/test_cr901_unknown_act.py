"""CR901 unknown-act: every act named by an element or by another act is declared."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

ACTS = """\
format: 2
acts:
  - id: bb-2025
    kind: handover
    title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
    signed: 2025-02-28
    effective: 2025-03-01
    basis: nd-02-2025
  - id: sd-2026
    title: Sửa đổi, bổ sung một số điều của Quy chế phối hợp
    signed: 2026-06-15
    effective: 2026-07-01
"""


def history(duties: str, *, acts: str = ACTS) -> str:
    """A regulation with two acts (lines 2-12) whose duties, from line 20 on, are `duties`."""
    return regulation(
        acts
        + """\
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Bảo đảm an toàn thông tin
        duties:
"""
        + duties
    )


def test_every_place_that_names_an_act(check_findings: CheckFindings) -> None:
    found = check_findings(
        history(
            """\
          - id: giam-sat
            text: Giám sát an toàn thông tin mạng.
            lead: bca-a05
            schedule: continuous
            before:
              - {act: bb-2025, lead: btttt-cattt}
              - {act: sd-2062, support: [bca-vp]}
          - id: tong-ket
            text: Tổng kết công tác phối hợp hằng năm.
            lead: btttt-vp
            support: [bca-vp]
            schedule: {yearly: 12-15}
            repealed_by: SD-2026
          - id: dien-tap
            text: Diễn tập ứng cứu sự cố.
            lead: bca-vp
            schedule: {once: 2026-10-15}
            added_by: qd-2026
"""
        )
    )
    # The basis first (line 8), then the elements in file order.
    assert triples(found) == [
        (8, 12, "CR901"),
        (26, 23, "CR901"),
        (32, 26, "CR901"),
        (37, 23, "CR901"),
    ]
    assert messages(found) == [
        "act 'nd-02-2025' named by 'basis' is not declared under 'acts'",
        "act 'sd-2062' named by 'act' is not declared under 'acts' (did you mean 'sd-2026'?)",
        "act 'SD-2026' named by 'repealed_by' is not declared under 'acts' "
        "(did you mean 'sd-2026'?)",
        "act 'qd-2026' named by 'added_by' is not declared under 'acts' (did you mean 'sd-2026'?)",
    ]
    assert messages(found, "vi")[1] == (
        "văn bản 'sd-2062' ghi ở 'act' chưa được khai báo trong 'acts' (có phải là 'sd-2026'?)"
    )


def test_earlier_values_of_bodies_and_of_the_evaluation(check: Check) -> None:
    text = regulation(
        ACTS.replace("    basis: nd-02-2025\n", "")
        + """\
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {id: bca-vp, name: Văn phòng Bộ Công an}
      - {id: bca-a05, name: Cục An ninh mạng}
    before:
      - {act: bb-2024, name: Bộ Công an (cũ)}
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-vp
        name: Văn phòng Bộ
        before: [{act: bb-2025, name: Văn phòng Bộ TT&TT}]
      - id: btttt-cattt
        name: Cục An toàn thông tin
        before: [{act: bb2025, name: Cục ATTT}]
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
  before:
    - {act: sd-2025, rotation: [btttt, bca]}
"""
    )
    assert check(text) == [(19, 15, "CR901"), (28, 24, "CR901"), (33, 13, "CR901")]


def test_declared_acts_are_fine(check: Check) -> None:
    text = history(
        """\
          - id: giam-sat
            text: Giám sát an toàn thông tin mạng.
            lead: bca-a05
            support: [btttt-vp]
            schedule: continuous
            before:
              - {act: bb-2025, lead: btttt-cattt, support: [bca-vp]}
          - id: dien-tap
            text: Diễn tập ứng cứu sự cố.
            lead: bca-vp
            schedule: {once: 2026-10-15}
            added_by: sd-2026
""",
        acts=ACTS.replace("nd-02-2025", "sd-2026"),
    )
    assert check(text) == []


def test_a_file_without_acts_names_none(check: Check) -> None:
    assert check(regulation()) == []
