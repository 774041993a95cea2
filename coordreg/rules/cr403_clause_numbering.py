"""Clauses are numbered 1, 2, 3 ... within each article.

Clauses (Khoản) restart from 1 in every article.

Failing example::

    - number: 5
      title: Trách nhiệm của Bộ Công an
      clauses:
        - {number: 1, text: ...}
        - {number: 3, text: ...}     # CR403: clause 3 should be numbered 2

Passing example::

      clauses:
        - {number: 1, text: ...}
        - {number: 2, text: ...}
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
