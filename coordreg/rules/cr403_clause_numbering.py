"""Clauses are numbered 1, 2, 3 ... within each article.

Clauses (Khoản) restart from 1 in every article.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Nguyên tắc phối hợp
            clauses:
              - {number: 1, text: Tuân thủ quy định của pháp luật.}
              - {number: 3, text: Chủ động và kịp thời.}     # CR403: clause 3 should be numbered 2

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Nguyên tắc phối hợp
            clauses:
              - {number: 1, text: Tuân thủ quy định của pháp luật.}
              - {number: 2, text: Chủ động và kịp thời.}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext, numbering_slips

CODE = "CR403"
NAME = "clause-numbering"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for ci, ai, _chapter, article in context.regulation.articles():
        values: list[int | None] = [clause.number for clause in article.clauses]
        for ki, expected in numbering_slips(values):
            yield context.at(
                ("chapters", ci, "articles", ai, "clauses", ki, "number"),
                CODE,
                SEVERITY,
                found=article.clauses[ki].number,
                expected=expected,
            )
