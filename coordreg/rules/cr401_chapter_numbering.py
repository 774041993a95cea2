"""Chapters are numbered I, II, III ... in order.

Chapters (Chương) take Roman numerals, starting from I. Some documents write
"Chương 1"; in the file, write the Roman numeral.

Failing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
      - number: "2"              # CR401: chapter '2' should be numbered 'II'
        title: NỘI DUNG PHỐI HỢP

Passing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
      - number: II
        title: NỘI DUNG PHỐI HỢP
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext, from_roman, roman

CODE = "CR401"
NAME = "chapter-numbering"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    previous = 0
    for ci, chapter in enumerate(context.regulation.chapters):
        expected = previous + 1
        value = from_roman(chapter.number)
        if value != expected:
            yield context.at(
                ("chapters", ci, "number"),
                CODE,
                SEVERITY,
                found=chapter.number,
                expected=roman(expected),
            )
        # Count on from what was written, so one slip gives one finding, not a cascade.
        previous = value if value is not None else expected
