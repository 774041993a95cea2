"""CR310 lead-list: a plain list where `lead` belongs says how to write a joint lead."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples


def duty(lead: str) -> str:
    return regulation(
        f"""
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                duties:
                  - id: trao-doi
                    text: Hai Bên trao đổi thông tin.
                    lead: {lead}
                    schedule: continuous
                  - id: tong-hop
                    text: Tổng hợp
                    lead: btttt-vp
                    schedule: continuous
        """
    )


def test_a_plain_list_shows_both_ways_to_write_it(check_findings: CheckFindings) -> None:
    found = check_findings(duty("[bca-vp, btttt-vp]"))
    assert triples(found) == [(10, 19, "CR310")]
    assert messages(found) == [
        "'lead' is a list, which does not say whether the bodies lead together or each on its "
        "own: write `lead: {jointly: [bca-vp, btttt-vp]}` when they lead jointly (one duty, one "
        "result) or `lead: {each: [bca-vp, btttt-vp]}` when each carries it out (a result per "
        "party)"
    ]
    assert messages(found, "vi") == [
        "'lead' là một danh sách nên không rõ các cơ quan cùng chủ trì hay mỗi cơ quan tự thực "
        "hiện: viết `lead: {jointly: [bca-vp, btttt-vp]}` khi đồng chủ trì (một nhiệm vụ, một "
        "kết quả chung) hoặc `lead: {each: [bca-vp, btttt-vp]}` khi mỗi Bên tự thực hiện (mỗi "
        "Bên một kết quả)"
    ]


def test_a_block_list_is_found_at_its_first_item(check: Check) -> None:
    text = duty("[bca-vp, btttt-vp]").replace(
        "lead: [bca-vp, btttt-vp]",
        "lead:\n                      - bca-vp\n                      - btttt-vp",
    )
    assert check(text) == [(11, 23, "CR310")]


def test_jointly_and_each_are_read(check: Check) -> None:
    assert check(duty("{jointly: [bca-vp, btttt-vp]}")) == []
    assert check(duty("{each: [bca-vp, btttt-vp]}")) == []


def test_a_body_inside_a_joint_lead_is_checked_where_it_is(check_findings: CheckFindings) -> None:
    found = check_findings(duty("{jointly: [bca-vp, btttt-xx]}"))
    assert triples(found) == [(10, 38, "CR301")]
    assert "did you mean 'btttt'?" in messages(found)[0]


def test_a_joint_lead_names_two_bodies_once_each(check_findings: CheckFindings) -> None:
    found = check_findings(duty("{jointly: [bca-vp, bca-vp]}"))
    assert triples(found) == [(10, 29, "CR104")]
    assert messages(found) == ["'jointly' names 'bca-vp' twice; name each body once"]
    assert messages(found, "vi") == ["'jointly' nêu 'bca-vp' hai lần; mỗi cơ quan chỉ ghi một lần"]
    assert triples(check_findings(duty("{each: [bca-vp]}"))) == [(10, 26, "CR104")]
