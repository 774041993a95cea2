"""Points are lettered in Vietnamese alphabetical order.

Points (Điểm) use the Vietnamese alphabet, which has no f, j, w or z and has
đ after d: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y.
Write the letter alone (`a`, not `a)`).

Failing example::

    points:
      - {label: d, text: ...}
      - {label: e, text: ...}        # CR404: point 'e' should be 'đ'

Passing example::

    points:
      - {label: d, text: ...}
      - {label: đ, text: ...}
      - {label: e, text: ...}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import VIETNAMESE_POINT_LETTERS, RegulationContext

CODE = "CR404"
NAME = "point-labels"
SEVERITY = Severity.ERROR
SCOPE = "regulation"

_ORDER = {letter: index for index, letter in enumerate(VIETNAMESE_POINT_LETTERS)}


def check(context: RegulationContext) -> Iterator[Finding]:
    for ci, ai, _chapter, article in context.regulation.articles():
        for ki, clause in enumerate(article.clauses):
            previous = -1
            for pi, point in enumerate(clause.points):
                expected_index = previous + 1
                found_index = _ORDER.get(point.label)
                if found_index != expected_index:
                    expected = (
                        VIETNAMESE_POINT_LETTERS[expected_index]
                        if expected_index < len(VIETNAMESE_POINT_LETTERS)
                        else "?"
                    )
                    yield context.at(
                        ("chapters", ci, "articles", ai, "clauses", ki, "points", pi, "label"),
                        CODE,
                        SEVERITY,
                        found=point.label,
                        expected=expected,
                    )
                previous = found_index if found_index is not None else expected_index
