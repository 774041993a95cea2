"""Articles are numbered 1, 2, 3 ... continuously across chapters.

Articles (Điều) do not restart in each chapter: Chapter II continues where
Chapter I stopped.

Failing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
        articles:
          - {number: 1, title: Phạm vi điều chỉnh}
          - {number: 2, title: Đối tượng áp dụng}
      - number: II
        title: NỘI DUNG PHỐI HỢP
        articles:
          - {number: 1, title: Nội dung phối hợp}    # CR402: should be numbered 3

Passing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
        articles:
          - {number: 1, title: Phạm vi điều chỉnh}
          - {number: 2, title: Đối tượng áp dụng}
      - number: II
        title: NỘI DUNG PHỐI HỢP
        articles:
          - {number: 3, title: Nội dung phối hợp}
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext, numbering_slips

CODE = "CR402"
NAME = "article-numbering"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    articles = list(context.regulation.articles())
    values: list[int | None] = [article.number for _ci, _ai, _chapter, article in articles]
    for index, expected in numbering_slips(values):
        ci, ai, _chapter, article = articles[index]
        yield context.at(
            ("chapters", ci, "articles", ai, "number"),
            CODE,
            SEVERITY,
            found=article.number,
            expected=expected,
        )
