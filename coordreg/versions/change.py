"""What comparing two versions reports: one `Change` per difference.

The change kinds and target types are a contract (JSON output, tests, users'
scripts): see `ChangeKind` and `TargetType`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Literal

from coordreg.versions.pairing import MAX_COMPARED_WORDS
from coordreg.versions.redline import Segment, redline, words

ChangeKind = Literal[
    "added",
    "removed",
    "renumbered",
    "moved",
    "amended",
    "reassigned",
    "rescheduled",
    "renamed",
    "metadata",
]
TargetType = Literal[
    "regulation", "act", "party", "unit", "chapter", "article", "clause", "point", "duty"
]


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    target_type: TargetType
    target_id: str
    old: Any = None
    new: Any = None
    field: str | None = None
    # Where the change sits, for grouping: the chapter and article numbers,
    # taken from the new version when the thing exists there.
    chapter: str | None = None
    article: int | None = None
    redline: tuple[Segment, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "target": {"type": self.target_type, "id": self.target_id},
            "old": self.old,
            "new": self.new,
        }
        if self.field is not None:
            data["field"] = self.field
        if self.chapter is not None:
            data["chapter"] = self.chapter
        if self.article is not None:
            data["article"] = self.article
        if self.redline is not None:
            data["redline"] = [{"op": op, "text": text} for op, text in self.redline]
        return data


def summarise(changes: Iterable[Change]) -> dict[str, int]:
    """How many changes of each kind, for one-line summaries (`coordreg log`)."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts


@dataclass(frozen=True)
class Place:
    """The chapter and article a change is grouped under."""

    chapter: str | None
    article: int | None


class ChangeList:
    """The changes found so far, in the order the comparison finds them.

    Values become JSON-ready here (dates as ISO text, models as dicts), and an
    amended text gets its redline, so every part of a comparison records
    changes the same way.
    """

    def __init__(self) -> None:
        self.changes: list[Change] = []

    def add(
        self,
        kind: ChangeKind,
        target: TargetType,
        ident: str,
        old: Any = None,
        new: Any = None,
        *,
        field: str | None = None,
        place: Place | None = None,
        text_redline: bool = False,
    ) -> None:
        self.changes.append(
            Change(
                kind,
                target,
                ident,
                _json_value(old),
                _json_value(new),
                field,
                place.chapter if place else None,
                place.article if place else None,
                _redline(old or "", new or "") if text_redline else None,
            )
        )

    def text_field(
        self,
        target: TargetType,
        ident: str,
        field: str,
        old: str | None,
        new: str | None,
        place: Place,
    ) -> None:
        """An `amended` change, with its redline, when a text field differs in its words."""
        if not same_text(old, new):
            self.add(
                "amended", target, ident, old, new, field=field, place=place, text_redline=True
            )


def same_text(old: object, new: object) -> bool:
    """Whether two values say the same: texts that differ only in where their lines
    break (a `|-` block against a `>-` block, a rewrapped paragraph) are no change."""
    if isinstance(old, str | None) and isinstance(new, str | None):
        return (old or "").split() == (new or "").split()
    return old == new


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value


def _redline(old: str, new: str) -> tuple[Segment, ...]:
    """The word redline of two texts; for a text too long to compare, the whole of each."""
    before, after = words(old), words(new)
    if max(len(before), len(after)) <= MAX_COMPARED_WORDS:
        return redline(old, new)
    whole: tuple[Segment, ...] = (("delete", " ".join(before)), ("insert", " ".join(after)))
    return tuple(segment for segment in whole if segment[1])
