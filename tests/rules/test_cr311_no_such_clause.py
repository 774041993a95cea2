"""CR311 no-such-clause: a duty's `clause` and `point` are ones its article has."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples


def duty(place: str) -> str:
    return regulation(
        f"""
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                clauses:
                  - number: 1
                    text: Nguyên tắc.
                  - number: 2
                    text: Hai Bên
                    points:
                      - {{label: a, text: trao đổi thông tin;}}
                      - {{label: b, text: phối hợp kiểm tra.}}
                duties:
                  - id: trao-doi
                    {place}
                    text: Hai Bên trao đổi thông tin.
                    lead: bca-vp
                    schedule: continuous
                  - id: tong-hop
                    text: Tổng hợp
                    lead: btttt-vp
                    schedule: continuous
        """
    )


def test_a_clause_the_article_lacks(check_findings: CheckFindings) -> None:
    found = check_findings(duty("clause: 3"))
    assert triples(found) == [(17, 21, "CR311")]
    assert messages(found) == [
        "Article 1 has no clause 3: correct the duty's 'clause' or add the clause to the article"
    ]
    assert messages(found, "vi") == [
        "Điều 1 không có khoản 3: hãy sửa 'clause' của nhiệm vụ hoặc thêm khoản đó vào Điều"
    ]


def test_a_point_the_clause_lacks(check_findings: CheckFindings) -> None:
    found = check_findings(duty("clause: 2\n                    point: c"))
    assert triples(found) == [(18, 20, "CR311")]
    assert messages(found) == [
        "clause 2 of Article 1 has no point c: correct the duty's 'point' or add the point to "
        "the clause"
    ]
    assert messages(found, "vi") == [
        "khoản 2 Điều 1 không có điểm c: hãy sửa 'point' của nhiệm vụ hoặc thêm điểm đó vào khoản"
    ]


def test_a_point_without_its_clause(check: Check) -> None:
    assert check(duty("point: a")) == [(17, 20, "CR311")]


def test_a_clause_and_point_the_article_has(check: Check) -> None:
    assert check(duty("clause: 2\n                    point: a")) == []
    assert check(duty("clause: 1")) == []
