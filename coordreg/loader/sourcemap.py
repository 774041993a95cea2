"""Where each value is written in a text, for commands that edit files in place.

`transfer` replaces exactly the characters of the values it changes, so every
other byte of the file (comments, layout, quoting) stays as the user wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from coordreg.loader.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    events,
)
from coordreg.loader.scalars import resolve_plain


@dataclass(frozen=True)
class Span:
    """Where a value is in the text: [start, end) as character indexes.

    For a scalar, `style` is its quoting ('', "'", '"', '|', '>'); for a
    mapping or sequence, `flow` says whether it is written {...} / [...].
    `key_start` is where the key that holds the value begins (mappings only).
    """

    start: int
    end: int
    kind: str
    style: str = ""
    flow: bool = False
    key_start: int | None = None


class AliasesError(Exception):
    """The text uses anchors or aliases, which make an edit in one place change others."""


@dataclass(slots=True)
class _Open:
    """A mapping or sequence whose end has not been read yet."""

    path: tuple[Any, ...]
    is_mapping: bool
    start: int  # character index
    flow: bool
    # A mapping's key that waits for its value, and where the key starts; None
    # while the next scalar is a key.
    key: Any = None
    key_start: int | None = None
    # A sequence's index of the next item.
    index: int = 0


def source_map(text: str) -> dict[tuple[Any, ...], Span]:
    """The span of every value in `text` (already known to load cleanly), by path.

    Used by commands that edit files in place (transfer): they replace exactly
    the characters of the values they change, so every other byte stays.
    """
    spans: dict[tuple[Any, ...], Span] = {}
    stack: list[_Open] = []

    def place(value: Span) -> None:
        """Record a complete value under its path in the innermost container."""
        if not stack:
            return
        top = stack[-1]
        if top.is_mapping:
            if top.key is None:  # the value is a key
                return
            key, key_start = top.key, top.key_start
            top.key = None
            spans[(*top.path, key)] = Span(
                value.start, value.end, value.kind, value.style, value.flow, key_start
            )
            return
        spans[(*top.path, top.index)] = value
        top.index += 1

    for event in events(text):
        kind = type(event)
        if kind is AliasEvent or getattr(event, "anchor", None):
            raise AliasesError
        if kind is ScalarEvent:
            span = Span(event.start_mark.index, event.end_mark.index, "scalar", event.style or "")
            if stack and stack[-1].is_mapping and stack[-1].key is None:
                top = stack[-1]
                top.key = resolve_plain(event.value) if event.implicit[0] else event.value
                top.key_start = event.start_mark.index
                continue
            place(span)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            # The container's own path: its key in a mapping, its index in a sequence.
            path: tuple[Any, ...] = ()
            if stack:
                top = stack[-1]
                path = (*top.path, top.key if top.is_mapping else top.index)
            stack.append(
                _Open(
                    path,
                    kind is MappingStartEvent,
                    event.start_mark.index,
                    bool(event.flow_style),
                )
            )
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            done = stack.pop()
            span = Span(
                done.start,
                event.end_mark.index,
                "mapping" if done.is_mapping else "sequence",
                flow=done.flow,
            )
            if not stack:
                spans[()] = span
            else:
                place(span)
        elif kind is DocumentStartEvent and spans:
            break
    return spans
