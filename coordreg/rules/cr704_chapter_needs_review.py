"""A chapter still carries a `review` note: its articles are missing or were guessed.

`coordreg import` writes a regulation even from a text that has no article (a
text cut before its first "Điều", or a draft of only the heading and the legal
bases): the format wants at least one chapter, so one chapter holds the place,
with no article and a `review` note saying so. A text whose articles had lost
their "Điều" headings is read too, and its first chapter says how the articles
were found. Once a person has added the articles, or checked them, they delete
the `review` line.

Failing example::

    chapters:
      - number: I
        title: (Văn bản nguồn không có điều nào)
        articles: []
        review: "văn bản nguồn không có điều nào: thêm các chương, điều"   # CR704

Passing example, the articles added and the `review` line deleted::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
        articles:
          - number: 1
            title: Phạm vi điều chỉnh
            text: Quy chế này quy định việc phối hợp giữa hai Bộ.
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR704"
NAME = "chapter-needs-review"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for index, chapter in enumerate(context.regulation.chapters):
        if chapter.review is not None:
            yield context.at(
                ("chapters", index, "review"),
                CODE,
                SEVERITY,
                chapter=chapter.number,
                note=chapter.review,
            )
