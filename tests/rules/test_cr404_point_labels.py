"""CR404 point-labels: points are lettered in Vietnamese alphabetical order."""

from __future__ import annotations

import pytest
from builders import Check, CheckFindings, messages, regulation, triples

ORDER = " (Vietnamese order: a, b, c, d, đ, e, g, h, ...)"


def points(*labels: str) -> str:
    """One clause with points so labelled; point i is on line 11 + 2i, its label at column 24."""
    lines = [
        "chapters:",
        "  - number: I",
        "    title: NỘI DUNG PHỐI HỢP",
        "    articles:",
        "      - number: 1",
        "        title: Nội dung phối hợp",
        "        clauses:",
        "          - number: 1",
        "            text: Phối hợp gồm",
        "            points:",
    ]
    for label in labels:
        lines += [f"              - label: {label}", "                text: Nội dung"]
    lines += [
        "        duties:",
        "          - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}",
        "          - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}",
    ]
    return regulation("\n".join(lines) + "\n")


def test_d_is_followed_by_đ(check_findings: CheckFindings) -> None:
    found = check_findings(points("a", "b", "c", "d", "e"))
    assert triples(found) == [(19, 24, "CR404")]
    assert messages(found) == ["point 'e' should be 'đ'" + ORDER]
    assert messages(found, "vi") == [
        "điểm 'e' phải là 'đ' (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, ...)"
    ]


@pytest.mark.parametrize(
    ("labels", "expected"),
    [
        # f is not a Vietnamese letter: after e comes g.
        (("a", "b", "c", "d", "đ", "e", "f"), [(23, "f", "g")]),
        # Forgetting đ, then writing f: both points are wrong.
        (("a", "b", "c", "d", "e", "f"), [(19, "e", "đ"), (21, "f", "g")]),
        (("a", "j"), [(13, "j", "b")]),
        (("a", "c"), [(13, "c", "b")]),
        (("b",), [(11, "b", "a")]),
        (("a", "b", "b", "c"), [(15, "b", "c")]),
        (("a)", "b)"), [(11, "a)", "a"), (13, "b)", "b")]),
        (("A", "B"), [(11, "A", "a"), (13, "B", "b")]),
    ],
)
def test_misordered_points(
    check_findings: CheckFindings, labels: tuple[str, ...], expected: list[tuple[int, str, str]]
) -> None:
    found = check_findings(points(*labels))
    assert triples(found) == [(line, 24, "CR404") for line, _found, _expected in expected]
    assert messages(found) == [
        f"point '{wrong}' should be '{right}'" + ORDER for _line, wrong, right in expected
    ]


def test_vietnamese_alphabet(check: Check) -> None:
    letters = [
        "a",
        "b",
        "c",
        "d",
        "đ",
        "e",
        "g",
        "h",
        "i",
        "k",
        "l",
        "m",
        "n",
        "o",
        "p",
        "q",
        "r",
        "s",
        "t",
        "u",
        "v",
        "x",
        "y",
    ]
    assert check(points(*letters)) == []


def test_points_restart_in_each_clause(check: Check) -> None:
    text = regulation(
        """
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Nội dung phối hợp
                clauses:
                  - number: 1
                    text: Phối hợp gồm
                    points:
                      - {label: a, text: Trao đổi thông tin}
                      - {label: b, text: Kiểm tra}
                  - number: 2
                    text: Trách nhiệm gồm
                    points:
                      - {label: a, text: Chủ trì}
                duties:
                  - {id: d1, text: Trao đổi thông tin, lead: bca, schedule: continuous}
                  - {id: d2, text: Báo cáo, lead: btttt, schedule: continuous}
        """
    )
    assert check(text) == []
