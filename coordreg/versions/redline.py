"""Word-level comparison of two texts, as a lawyer's redline.

Texts are compared word by word after Unicode NFC normalisation, so the same
Vietnamese word typed precomposed or decomposed is the same word.
"""

from __future__ import annotations

import difflib
import unicodedata
from typing import Literal

Op = Literal["equal", "delete", "insert"]
Segment = tuple[Op, str]


def words(text: str) -> list[str]:
    return unicodedata.normalize("NFC", text).split()


def redline(old: str, new: str) -> tuple[Segment, ...]:
    """Runs of kept, deleted and inserted words that turn `old` into `new`."""
    before, after = words(old), words(new)
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    segments: list[Segment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            segments.append(("equal", " ".join(before[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            segments.append(("delete", " ".join(before[i1:i2])))
        if tag in ("insert", "replace"):
            segments.append(("insert", " ".join(after[j1:j2])))
    return tuple(segments)


def similarity(old: str, new: str) -> float:
    """How alike two texts are, word by word, from 0 (nothing shared) to 1 (same words)."""
    matcher = difflib.SequenceMatcher(a=words(old), b=words(new), autojunk=False)
    if matcher.real_quick_ratio() < 0.3 or matcher.quick_ratio() < 0.3:
        return matcher.quick_ratio()
    return matcher.ratio()
