"""The marks of secrecy and urgency a document carries, put in its heading.

A document carries the marks it is given on the command line (`--secrecy`,
`--urgency`), else those its regulation declares (`coordreg.model.marks`). They
are printed in capitals below the number and symbol, secrecy first (Nghị định
30/2020/NĐ-CP, Phụ lục I, ô 10a and 10b); a document with none is unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from coordreg.documents.context import DocumentContext
from coordreg.model.marks import Secrecy, Urgency


@dataclass(frozen=True)
class Marks:
    """The marks one document is given, each overriding its regulation's."""

    secrecy: Secrecy | None = None
    urgency: Urgency | None = None


def apply_marks(context: DocumentContext, marks: Marks | None = None) -> None:
    """Put the document's marks, in its language, in the heading of `context`."""
    given = marks or Marks()
    secrecy = given.secrecy or context.regulation.secrecy
    urgency = given.urgency or context.regulation.urgency
    words = [context.t(f"secrecy.{secrecy}")] if secrecy else []
    words += [context.t(f"urgency.{urgency}")] if urgency else []
    if words:
        context.heading = replace(context.heading, marks=tuple(words))
