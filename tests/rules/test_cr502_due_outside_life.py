"""CR502 due-outside-life: a one-off duty falls due while the regulation is in force."""

from __future__ import annotations

from builders import Check, CheckFindings, messages, regulation, triples


def one_off(effective: str, until: str, first: str, second: str) -> str:
    return regulation(
        f"""
        effective: {effective}
        {until}
        chapters:
          - number: I
            title: TỔ CHỨC THỰC HIỆN
            articles:
              - number: 1
                title: Triển khai
                duties:
                  - id: ke-hoach
                    text: Ban hành kế hoạch triển khai
                    lead: bca-vp
                    schedule: {{once: {first}}}
                  - id: tong-ket
                    text: Tổng kết
                    lead: btttt-vp
                    schedule: {{once: {second}}}
        """
    )


def test_due_before_effective_and_after_until(check_findings: CheckFindings) -> None:
    found = check_findings(one_off("2022-01-10", "until: 2022-12-31", "2022-01-09", "2023-01-01"))
    assert triples(found) == [(13, 30, "CR502"), (17, 30, "CR502")]
    assert messages(found) == [
        "one-off due date 2022-01-09 is outside the regulation's life (2022-01-10 to 2022-12-31)",
        "one-off due date 2023-01-01 is outside the regulation's life (2022-01-10 to 2022-12-31)",
    ]
    assert messages(found, "vi")[0] == (
        "hạn hoàn thành 2022-01-09 nằm ngoài thời gian hiệu lực của quy chế "
        "(2022-01-10 đến 2022-12-31)"
    )


def test_open_ended_regulation(check_findings: CheckFindings) -> None:
    found = check_findings(one_off("2022-07-01", "place: Hà Nội", "2022-06-30", "2030-12-31"))
    assert triples(found) == [(13, 30, "CR502")]
    assert messages(found) == [
        "one-off due date 2022-06-30 is outside the regulation's life (2022-07-01 to open-ended)"
    ]
    assert messages(found, "vi") == [
        "hạn hoàn thành 2022-06-30 nằm ngoài thời gian hiệu lực của quy chế "
        "(2022-07-01 đến không thời hạn)"
    ]


def test_due_on_the_first_and_last_day(check: Check) -> None:
    text = one_off("2022-01-10", "until: 2022-12-31", "2022-01-10", "2022-12-31")
    assert check(text) == []
