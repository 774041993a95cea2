"""The decision that issues a regulation, kept apart from the regulation it issues.

Provincial regulations are usually issued by a decision: "Quyết định ban hành
Quy chế phối hợp ...", whose own articles say that the regulation is issued
with it, when it takes effect and who carries it out; the regulation follows,
under "(Ban hành kèm theo Quyết định số ... ngày ... của ...)". The regulation
takes its number, place and dates from the decision; the decision's title,
issuer, articles and signatory are kept under the file's `decision` key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

from coordreg.importer.effect import reference_of
from coordreg.importer.heading import Heading
from coordreg.importer.lines import Line
from coordreg.importer.names import restore_case
from coordreg.importer.parse import Article, Draft
from coordreg.importer.signatures import decision_signatory

_KIND_AFTER_ISSUE = re.compile(r"\b(ban hành) (quy chế|quy định)\b")


@dataclass
class Issued:
    """What the regulation takes from its decision, and the decision's own data."""

    number: str | None
    signed: date | None
    place: str | None
    legal_bases: list[str]
    data: dict[str, Any]
    # The lines of the decision's closing used for its signatory.
    used: set[int]


def article_data(article: Article) -> dict[str, Any]:
    """A decision's article: its title when it has one, and its text with its clauses."""
    title = article.title
    paragraphs: list[str] = []
    # "Điều 1. Ban hành kèm theo Quyết định này ...": a sentence, not a title.
    if len(title.split()) > 10 or title.endswith("."):
        paragraphs.append(title)
        title = ""
    if article.text:
        paragraphs.append(article.text)
    for clause in article.clauses:
        paragraphs.append(f"{clause.number}. {clause.text}")
        paragraphs.extend(f"{point.label}) {point.text}" for point in clause.points)
    data: dict[str, Any] = {"number": article.number}
    if title:
        data["title"] = title
    data["text"] = "\n".join(paragraphs) or None
    return data


def decision_title(raw: str, recased: Callable[[str], str]) -> str:
    """ "QUYẾT ĐỊNH / BAN HÀNH QUY CHẾ ..." as a title: "Quyết định ban hành Quy chế ..."."""
    words = " ".join(raw.split())
    text = recased(words) if words.isupper() else words
    return _KIND_AFTER_ISSUE.sub(lambda m: f"{m.group(1)} {m.group(2).capitalize()}", text)


def issued(
    draft: Draft,
    issuer: str | None,
    recased: Callable[[str], str],
    titled: Callable[[str], str],
) -> Issued | None:
    """The decision behind a regulation: from the decision's own text when the text has
    it, else from the "(Ban hành kèm theo ...)" line alone; None for a text with neither."""
    decision = draft.decision
    reference = draft.heading.reference or (decision.heading.reference if decision else None)
    if decision is None and reference is None:
        return None
    number, signed = reference_of(reference)
    head = decision.heading if decision is not None else Heading()
    data: dict[str, Any] = {}
    if head.title:
        data["title"] = decision_title(head.title, recased)
    elif number:
        data["title"] = f"Quyết định số {number}"
    if issuer:
        data["issuer"] = issuer
    if head.authority:
        data["authority"] = restore_case(head.authority)
    if reference:
        data["reference"] = reference
    used: set[int] = set()
    if decision is not None:
        if decision.articles:
            data["articles"] = [article_data(article) for article in decision.articles]
        signed_by = decision_signatory(decision.closing, titled)
        if signed_by is not None:
            (title, name), lines, used = signed_by
            data["#signature"] = block_comment(lines)
            data["signatory"] = {"name": name, "title": title}
    return Issued(
        head.number or number,
        head.signed or signed,
        head.place,
        list(head.legal_bases),
        data,
        used,
    )


def block_comment(lines: list[Line]) -> str:
    """The lines of a signature block as written, for the comment beside its signatory."""
    numbers = f"dòng {lines[0].number}" + (f"-{lines[-1].number}" if len(lines) > 1 else "")
    return f"khối chữ ký trong văn bản nguồn ({numbers}): " + " | ".join(
        line.text for line in lines
    )
