"""CR304 party-not-in-rotation: every party takes its turn hosting the evaluation."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def test_party_missing_from_rotation(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("evaluation:\n  rotation: [bca]\n  first_year: 2022\n"))
    assert triples(found) == [(2, 13, "CR304")]
    assert messages(found) == [
        "party 'btttt' never hosts the yearly evaluation: it is not in the rotation"
    ]
    assert messages(found, "vi") == [
        "bên 'btttt' không có trong thứ tự luân phiên chủ trì đánh giá hằng năm"
    ]
    assert found[0].severity is Severity.WARNING


@pytest.mark.parametrize("rotation", ["[bca, btttt]", "[btttt, bca]", "[bca, btttt, bca]"])
def test_every_party_in_rotation(check: Check, rotation: str) -> None:
    text = regulation(f"evaluation:\n  rotation: {rotation}\n  first_year: 2022\n")
    assert check(text) == []


def test_a_party_that_took_its_turns_before_an_act(check: Check) -> None:
    # btttt hosted in turn until the merger of 2025: it was in the rotation then.
    text = regulation(
        """\
        format: 2
        acts:
          - {id: nd-55-2025, kind: reorganisation, title: Nghị định, effective: 2025-03-01}
        evaluation:
          rotation: [bca]
          first_year: 2022
          before: [{act: nd-55-2025, rotation: [bca, btttt]}]
        """
    )
    assert check(text) == []
    assert check(text.replace("[bca, btttt]", "[bca]")) == [(5, 13, "CR304")]


def test_the_first_successor_of_an_ended_party_takes_its_turns(
    check_findings: CheckFindings,
) -> None:
    # btttt merged into bkhcn, which hosts in its place; bvhttdl, which took over part
    # of its functions, has no turn (the bundled regulation's 2025 history).
    text = regulation(
        """\
        parties:
          - id: bca
            name: Bộ Công an
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            until: 2025-02-28
            succeeded_by: [bkhcn, bvhttdl]
          - id: bkhcn
            name: Bộ Khoa học và Công nghệ
            since: 2025-03-01
          - id: bvhttdl
            name: Bộ Văn hóa, Thể thao và Du lịch
            since: 2025-03-01
        """
    )
    found = [finding for finding in check_findings(text) if finding.code == "CR304"]
    assert messages(found) == [
        "party 'bvhttdl' never hosts the yearly evaluation: it is not in the rotation"
    ]
