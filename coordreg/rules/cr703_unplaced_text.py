"""Text kept under `unplaced` has not been put in its place yet.

When `coordreg import` meets text it cannot place in the structure (a line
between two articles that belongs to neither, a paragraph before the first
chapter that is not part of the heading), it keeps the text with its line in
the source rather than dropping it. The secretariat moves it where it belongs,
or deletes it, and the finding goes away.

Failing example::

    unplaced:
      - line: 12
        text: "(Kèm theo Quyết định số 15/QĐ-BCA)"   # CR703

Passing example, once the text is placed or deleted (or no ``unplaced`` list at all)::

    unplaced: []
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR703"
NAME = "unplaced-text"
SEVERITY = Severity.WARNING
SCOPE = "regulation"
# Enough of the text to recognise it in a one-line message.
SHOWN = 60


def check(context: RegulationContext) -> Iterator[Finding]:
    for index, item in enumerate(context.regulation.unplaced):
        text = item.text if len(item.text) <= SHOWN else _shortened(item.text)
        yield context.at(("unplaced", index, "text"), CODE, SEVERITY, line=item.line, text=text)


def _shortened(text: str) -> str:
    """The first words of `text` that fit in SHOWN characters, cut at a space."""
    return text[:SHOWN].rsplit(" ", 1)[0].rstrip(",;:") + "…"
