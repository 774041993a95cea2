"""Points are lettered in Vietnamese alphabetical order.

Points (Điểm) use the Vietnamese alphabet, which has no f, j, w or z and has
đ after d: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y.
Write the letter alone (`a`, not `a)`).

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Nội dung phối hợp
            clauses:
              - number: 1
                text: "Hai Bộ phối hợp trong các lĩnh vực sau:"
                points:
                  - {label: a, text: Bảo vệ bí mật nhà nước;}
                  - {label: b, text: Quản lý thuê bao di động;}
                  - {label: c, text: Chuyển đổi số;}
                  - {label: d, text: An ninh mạng;}
                  - {label: e, text: An toàn thông tin.}    # CR404: point 'e' should be 'đ'

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Nội dung phối hợp
            clauses:
              - number: 1
                text: "Hai Bộ phối hợp trong các lĩnh vực sau:"
                points:
                  - {label: a, text: Bảo vệ bí mật nhà nước;}
                  - {label: b, text: Quản lý thuê bao di động;}
                  - {label: c, text: Chuyển đổi số;}
                  - {label: d, text: An ninh mạng;}
                  - {label: đ, text: An toàn thông tin.}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import VIETNAMESE_POINT_LETTERS, RegulationContext, numbering_slips

CODE = "CR404"
NAME = "point-labels"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

# Positions from 1, so the labels run like numbers for `numbering_slips`.
_POSITION = {letter: index + 1 for index, letter in enumerate(VIETNAMESE_POINT_LETTERS)}


def _letter(position: int) -> str:
    letters = VIETNAMESE_POINT_LETTERS
    return (
        letters[position - 1]
        if position <= len(letters)
        else f"{letters[-1]}+{position - len(letters)}"
    )


def check(context: RegulationContext) -> Iterator[Finding]:
    for ci, ai, _chapter, article in context.regulation.articles():
        for ki, clause in enumerate(article.clauses):
            values = [_POSITION.get(point.label) for point in clause.points]
            for pi, expected in numbering_slips(values):
                yield context.at(
                    ("chapters", ci, "articles", ai, "clauses", ki, "points", pi, "label"),
                    CODE,
                    SEVERITY,
                    found=clause.points[pi].label,
                    expected=_letter(expected),
                )
