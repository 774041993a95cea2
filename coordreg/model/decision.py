"""The decision that issued a regulation, kept beside it (`decision` in regulation.yaml).

Many regulations, provincial ones above all, are not signed as such: a body
issues them with a decision ("Quyết định ... ban hành kèm theo Quy chế ..."),
whose own short articles say that the regulation is issued, when it takes
effect and who carries it out. The regulation's `number`, `signed` and `place`
are then the decision's; the decision's own words are kept here, apart from the
regulation's chapters, so that nothing of the signed text is lost and nothing
of it is mistaken for the regulation's articles.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

from coordreg.model.common import Signatory, StrictModel, Text


class DecisionArticle(StrictModel):
    """One article of the decision: "Điều 2. Quyết định này có hiệu lực ..."."""

    number: Annotated[int, Field(ge=1)]
    title: Text | None = None
    text: Text


class Decision(StrictModel):
    title: Text
    # The body that decides ("Ủy ban nhân dân tỉnh Quảng Trị"), and the line under
    # the title naming the authority it decides under ("Ủy ban nhân dân tỉnh",
    # "Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang").
    issuer: Text | None = None
    authority: Text | None = None
    # The line under the regulation's title: "(Ban hành kèm theo Quyết định số ...)".
    reference: Text | None = None
    articles: list[DecisionArticle] = []
    signatory: Signatory | None = None
