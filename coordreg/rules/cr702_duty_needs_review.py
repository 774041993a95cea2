"""A duty still carries a `review` note: nobody has confirmed it yet.

`coordreg import` marks every duty it reads out of a regulation's text, because
who leads, who supports and when are guessed from wording. Once a person has
checked the duty against the signed text, they delete the `review` line.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: d1-1-a
                text: Trao đổi thông tin về tình hình an ninh mạng
                lead: bca
                schedule: continuous
                review: "dòng 41: kiểm tra cơ quan chủ trì, phối hợp và thời hạn"   # CR702

Passing example, the same duty once checked, without its ``review`` line::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: d1-1-a
                text: Trao đổi thông tin về tình hình an ninh mạng
                lead: bca
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR702"
NAME = "duty-needs-review"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for path, _article, duty in context.regulation.duties():
        if duty.review is not None:
            yield context.at((*path, "review"), CODE, SEVERITY, duty=duty.id, note=duty.review)
