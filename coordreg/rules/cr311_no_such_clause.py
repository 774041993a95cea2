"""A duty points to a clause or point its article does not have.

A duty may say which clause of its article it comes from (`clause: 2`), and which
point of that clause (`point: a`): plans and reviews then cite it as the text
does, "điểm a khoản 2 Điều 6" (English "Article 6(2)(a)"), instead of the whole
article. The clause and point must be ones the article has; a point needs its
clause.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            clauses:
              - number: 1
                text: Hai Bên trao đổi thông tin về tình hình an ninh mạng.
            duties:
              - id: trao-doi-thong-tin
                clause: 2                # CR311: Article 1 has no clause 2
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            clauses:
              - number: 1
                text: Hai Bên trao đổi thông tin về tình hình an ninh mạng.
            duties:
              - id: trao-doi-thong-tin
                clause: 1
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR311"
NAME = "no-such-clause"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    for path, article, duty in context.regulation.duties():
        if duty.clause is None:
            if duty.point is not None:
                yield context.at((*path, "point"), CODE, SEVERITY, variant="point_alone")
            continue
        clauses = {clause.number: clause for clause in article.clauses}
        clause = clauses.get(duty.clause)
        cited = {"article": article.number, "clause": duty.clause}
        if clause is None:
            yield context.at((*path, "clause"), CODE, SEVERITY, **cited)
        elif duty.point is not None and duty.point not in {p.label for p in clause.points}:
            yield context.at(
                (*path, "point"), CODE, SEVERITY, variant="point", point=duty.point, **cited
            )
