"""CR906 earlier-value-changes-nothing: a `before` entry says what was different."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity

ACTS = """\
format: 2
acts:
  - {id: bb-2025, kind: handover, title: Biên bản bàn giao, signed: 2025-02-28,
     effective: 2025-03-01}
"""


def test_entries_that_name_only_their_act(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            ACTS
            + """\
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {id: bca-vp, name: Văn phòng Bộ Công an}
      - {id: bca-a05, name: Cục An ninh mạng}
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - {id: btttt-vp, name: Văn phòng Bộ, before: [{act: bb-2025}]}
      - {id: btttt-cattt, name: Cục An toàn thông tin}
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
  before:
    - act: bb-2025
"""
        )
    )
    assert triples(found) == [(14, 59, "CR906"), (20, 12, "CR906")]
    assert found[0].severity is Severity.WARNING
    assert messages(found)[0] == (
        "the earlier value under 'bb-2025' gives no field: give what was different before "
        "the act, or remove the entry"
    )
    assert messages(found, "vi")[0] == (
        "giá trị trước đây theo 'bb-2025' không ghi nội dung nào: hãy ghi nội dung trước khi "
        "văn bản có hiệu lực, hoặc xóa mục này"
    )


def test_a_null_says_there_was_none(check: Check) -> None:
    text = regulation(
        ACTS
        + """\
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Trao đổi thông tin
        duties:
          - id: d1
            text: Trao đổi thông tin về tình hình an ninh mạng.
            lead: bca-a05
            schedule: continuous
            deliverable: Báo cáo quý.
            before: [{act: bb-2025, deliverable: null}]
          - {id: d2, text: Báo cáo, lead: btttt-vp, schedule: continuous}
"""
    )
    assert check(text) == []
