"""The words of the rendered documents, in Vietnamese (default) and English.

Templates hold structure; every sentence they print comes from here through
`t(key, **values)`, so the Markdown, HTML and Word forms of a document say the
same thing and a translation is made in one place. The regulation's own text is
never translated. The words sit in one module per document; keys are global
(`plan.title`, `col.lead`), so a template may use another document's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from coordreg.catalogue.labels import (
    agenda,
    checklist,
    common,
    diff,
    editor,
    plan,
    regulation_text,
    review,
    transfer,
)
from coordreg.catalogue.text import LANGS, Text, pick


def _merged(*tables: Mapping[str, Text]) -> dict[str, Text]:
    """One table of every document's words; a key defined twice is an error, not an override."""
    merged: dict[str, Text] = {}
    for table in tables:
        if clash := merged.keys() & table.keys():
            raise ValueError(f"document labels defined twice: {sorted(clash)}")
        merged.update(table)
    return merged


LABELS = _merged(
    common.LABELS,
    plan.LABELS,
    review.LABELS,
    transfer.LABELS,
    regulation_text.LABELS,
    diff.LABELS,
    agenda.LABELS,
    editor.LABELS,
    checklist.LABELS,
)


class Labels:
    """`t(key, **values)` for one language: the callable templates receive."""

    def __init__(self, lang: str = "vi") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown document language {lang!r}")
        self.lang = lang

    def __call__(self, key: str, **values: Any) -> str:
        return pick(LABELS[key], self.lang).format(**values)
