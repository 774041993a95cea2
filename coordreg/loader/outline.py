"""Every scalar of a text with its place and its path, and the ids the text declares.

The editor asks about places ("what is under the cursor?", "where is `bca`
declared?"), and a file being typed is often not valid: a half-written key, a
schema error. So this reads the parser's events (`coordreg.loader.events`), not the
model, and keeps what it read up to the first syntax error: hover, go-to and
completion keep working in the part of the file above a typo.

A scalar's path is the one findings and rules use: ("parties", 0, "units", 1, "id").
A mapping's key is a scalar too, with the path of the value it names and
`is_key` set, since a record's `results` names duties by its keys.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from coordreg.loader.events import (
    AliasEvent,
    DocumentEndEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    YAMLError,
    events,
)
from coordreg.loader.scalars import resolve_plain

Path_ = tuple[Any, ...]


@dataclass(frozen=True, slots=True)
class Scalar:
    """One scalar as written: [start, end) as character offsets, its path and quoting.

    `style` is '' (plain), "'", '"', '|' or '>'; `flow` says it sits inside [...] or {...}.
    """

    start: int
    end: int
    path: Path_
    value: str
    is_key: bool = False
    style: str = ""
    flow: bool = False


@dataclass(frozen=True, slots=True)
class Declaration:
    """Where an id is declared: its kind, the `id` scalar, and the path of what it names."""

    kind: str  # party | unit | duty | act
    scalar: Scalar
    owner: Path_


@dataclass(slots=True)
class _Open:
    """A mapping or sequence whose end has not been read yet."""

    path: Path_
    is_mapping: bool
    flow: bool
    key: Any = None
    expects_key: bool = True
    index: int = 0

    def child(self) -> Path_:
        return (*self.path, self.key if self.is_mapping else self.index)

    def done(self) -> None:
        """One value of this container is complete."""
        if self.is_mapping:
            self.expects_key = True
        else:
            self.index += 1


@dataclass
class Outline:
    """The scalars of a text in order, and the ids it declares (the first of each)."""

    scalars: list[Scalar]
    declarations: dict[str, Declaration] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._starts = [scalar.start for scalar in self.scalars]
        self._by_path = {s.path: s for s in self.scalars if not s.is_key}
        for scalar in self.scalars:
            kind = _declared_kind(scalar)
            if kind is not None and scalar.value not in self.declarations:
                self.declarations[scalar.value] = Declaration(kind, scalar, scalar.path[:-1])

    def at(self, offset: int) -> Scalar | None:
        """The scalar under `offset` (a cursor just after its last character counts)."""
        index = bisect.bisect_right(self._starts, offset) - 1
        if index >= 0 and offset <= self.scalars[index].end:
            return self.scalars[index]
        return None

    def starting_at(self, offset: int) -> Scalar | None:
        """The scalar that starts at `offset`, where a finding points."""
        index = bisect.bisect_left(self._starts, offset)
        if index < len(self.scalars) and self.scalars[index].start == offset:
            return self.scalars[index]
        return None

    def value(self, path: Path_) -> Scalar | None:
        """The scalar value at `path`."""
        return self._by_path.get(path)

    def text(self, path: Path_) -> str | None:
        scalar = self._by_path.get(path)
        return scalar.value if scalar is not None else None

    def items(self, path: Path_, field: str) -> list[Scalar]:
        """The scalar `field` of each item of the list at `path`, in order (`(path, i, field)`)."""
        found = [
            s
            for s in self.scalars
            if len(s.path) == len(path) + 2
            and s.path[: len(path)] == path
            and isinstance(s.path[len(path)], int)
            and s.path[-1] == field
            and not s.is_key
        ]
        return sorted(found, key=lambda s: s.start)


def _declared_kind(scalar: Scalar) -> str | None:
    """What an `id` value declares, by where it is written."""
    path = scalar.path
    if scalar.is_key or not path or path[-1] != "id" or not scalar.value:
        return None
    shape = tuple(step if isinstance(step, str) else 0 for step in path)
    return {
        ("parties", 0, "id"): "party",
        ("parties", 0, "units", 0, "id"): "unit",
        ("chapters", 0, "articles", 0, "duties", 0, "id"): "duty",
        ("acts", 0, "id"): "act",
    }.get(shape)


def outline(text: str) -> Outline:
    """The outline of `text`, as far as it parses."""
    scalars: list[Scalar] = []
    stack: list[_Open] = []
    try:
        for event in events(text):
            kind = type(event)
            top = stack[-1] if stack else None
            if kind is ScalarEvent:
                if top is None:
                    continue
                start, end = event.start_mark.index, event.end_mark.index
                style = event.style or ""
                if top.is_mapping and top.expects_key:
                    key = resolve_plain(event.value) if event.implicit[0] else event.value
                    top.key, top.expects_key = key, False
                    scalars.append(
                        Scalar(start, end, top.child(), event.value, True, style, top.flow)
                    )
                    continue
                scalars.append(Scalar(start, end, top.child(), event.value, False, style, top.flow))
                top.done()
            elif kind is MappingStartEvent or kind is SequenceStartEvent:
                path: Path_ = ()
                if top is not None:
                    if top.is_mapping and top.expects_key:  # a complex key: nothing to name
                        top.key, top.expects_key = None, False
                    path = top.child()
                flow = bool(event.flow_style) or (top is not None and top.flow)
                stack.append(_Open(path, kind is MappingStartEvent, flow))
            elif kind is MappingEndEvent or kind is SequenceEndEvent:
                stack.pop()
                if stack:
                    stack[-1].done()
            elif kind is DocumentEndEvent:
                break  # only the first document is read (CR011)
            elif kind is AliasEvent and top is not None:
                if top.is_mapping and top.expects_key:
                    top.key, top.expects_key = None, False
                else:
                    top.done()
    except YAMLError:
        pass  # keep what was read before the error
    return Outline(scalars)
