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
from coordreg.rules.base import RegulationContext, from_roman, numbering_slips, roman

CODE = "CR401"
NAME = "chapter-numbering"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    chapters = context.regulation.chapters
    values = [from_roman(chapter.number) for chapter in chapters]
    for ci, expected in numbering_slips(values):
        yield context.at(
            ("chapters", ci, "number"),
            CODE,
            SEVERITY,
            found=chapters[ci].number,
            expected=roman(expected),
        )
