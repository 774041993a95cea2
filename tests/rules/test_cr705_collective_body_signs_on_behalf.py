"""CR705 collective-body-signs-on-behalf: an Ủy ban nhân dân's signatory without `TM.`."""

from __future__ import annotations

from builders import CheckFindings, messages, regulation

from coordreg.findings import Severity

PARTIES = """
    parties:
      - id: ubnd
        name: Ủy ban nhân dân tỉnh Hà Tĩnh
        signatory: {{name: Nguyễn Văn A, title: Chủ tịch{extra}}}
      - id: cat
        name: Công an tỉnh Hà Tĩnh
        signatory: {{name: Trần Văn B, title: Giám đốc Công an tỉnh}}
    evaluation: {{rotation: [ubnd, cat], first_year: 2023}}
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - {{id: d1, text: Trao đổi thông tin., lead: ubnd, schedule: continuous}}
              - {{id: d2, text: Giám sát., lead: cat, schedule: continuous}}
"""


def test_a_peoples_committee_signatory_without_tm_is_reported(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(regulation(PARTIES.format(extra="")))
    assert [f.code for f in found] == ["CR705"]
    assert messages(found) == [
        "the signatory of 'ubnd' (a collective body) signs on its behalf: add 'authority: TM.'"
    ]
    assert messages(found, "vi") == [
        "người ký của bên 'ubnd' (cơ quan tập thể) cần ký thay mặt: thêm 'authority: TM.'"
    ]
    assert found[0].severity is Severity.WARNING


def test_with_tm_it_is_fine(check_findings: CheckFindings) -> None:
    text = PARTIES.format(extra=", authority: TM., on_behalf_of: Ủy ban nhân dân")
    assert check_findings(regulation(text)) == []
