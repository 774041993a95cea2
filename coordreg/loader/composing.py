"""Composing: the parser's events into plain data, with the position of every value.

Dicts, lists and scalars are built here from the event stream, within the
limits (`Limits`): nesting depth (CR005), values written out (CR015) and
through aliases (CR004), findings listed (CR014). Along the way the file's
slips become findings: unknown tags (CR007), keys that are not text (CR008,
CR016), duplicate keys (CR003), undefined aliases (CR013), a second document
(CR011), text not in Unicode NFC (CR801, and the value is normalised).

This loop runs once per event of every file checked: it keeps what it reads
per event in local variables, and calls no function of its own per event.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from coordreg.findings import Finding, Severity, finding
from coordreg.loader.document import Document
from coordreg.loader.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    event_source,
)
from coordreg.loader.limits import Limits
from coordreg.loader.positions import Position
from coordreg.loader.scalars import (
    CONTAINER_TAGS,
    PLAIN_WORDS,
    SCALAR_TAGS,
    resolve_plain,
    short_tag,
)


class _AbortError(Exception):
    """Loading cannot go on; the finding says why."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code)
        self.finding = found


# The key of a mapping entry whose key was refused (CR008, CR016): its value is
# read, counted and dropped.
_BAD_KEY = object()

# A mapping or sequence still open around the innermost one, saved while that
# one is read, in this order: the container; whether it is a mapping; the key
# waiting for its value, with the key's position (mappings only); its entry in
# `Document.marks`; where it starts; the values in it so far, itself included
# (each alias counted as the values it stands for); its anchor. The innermost
# container's own state is held in local variables of the same names, so that
# reading it per event costs no indexing and opening one allocates no object.
_Enclosing = tuple[Any, bool, tuple[Any, Position] | None, Any, Position, int, str | None]


class _Findings:
    """The findings of one file, listed up to the limit and counted beyond it (CR014)."""

    def __init__(self, doc: Document, limit: int) -> None:
        self.doc = doc
        self.limit = limit
        self.left_out = 0
        self.first_left_out: Position = (0, 0)
        self.error_left_out = False

    def add(
        self, position: Position, code: str, severity: Severity = Severity.ERROR, **args: Any
    ) -> None:
        """Record a finding at the 0-based `position`."""
        if len(self.doc.findings) < self.limit:
            place = (position[0] + 1, position[1] + 1)
            self.doc.findings.append(finding(self.doc.path, place, code, severity, **args))
            return
        if not self.left_out:
            self.first_left_out = position
        self.left_out += 1
        self.error_left_out = self.error_left_out or severity is Severity.ERROR

    def close(self) -> None:
        """Add the CR014 that says how many were left out, if any were."""
        if self.left_out:
            line, column = self.first_left_out
            self.doc.findings.append(
                finding(
                    self.doc.path,
                    (line + 1, column + 1),
                    "CR014",
                    Severity.ERROR if self.error_left_out else Severity.WARNING,
                    limit=self.limit,
                    count=self.left_out,
                )
            )


def compose(text: str, doc: Document, limits: Limits, encoded: bytes | None = None) -> None:
    """Fill `doc` (data, marks, findings) from `text`; a syntax error raises `YAMLError`.

    `encoded`: `text` in UTF-8, when the caller has it (the file's bytes), which
    the parser then reads rather than encoding `text` again.

    Past a limit, `doc.data` is None and the limit's finding is the last one.
    """
    found = _Findings(doc, limits.max_findings)
    aborted: Finding | None = None
    try:
        _compose_events(text if encoded is None else encoded, doc, limits, found)
    except _AbortError as abort:
        aborted = abort.finding
    finally:
        found.close()
    if aborted is not None:
        doc.data = None
        doc.findings.append(aborted)


def _kind_of_key(value: object) -> str:
    """How a key that is not text is read, as a catalogue term."""
    if value is None:
        return "a_nothing"
    return "boolean" if isinstance(value, bool) else "a_number"


def _compose_events(text: str | bytes, doc: Document, limits: Limits, found: _Findings) -> None:
    path = doc.path
    note = found.add
    marks = doc.marks
    anchors: dict[str, tuple[Any, Position, int]] = {}
    enclosing: list[_Enclosing] = []
    # The innermost open container (see `_Enclosing`); None before the root opens.
    container: Any = None
    is_mapping = False
    pending_key: tuple[Any, Position] | None = None
    container_marks: Any = None
    container_start: Position = (0, 0)
    container_size = 0
    container_anchor: str | None = None
    expanded = 0  # values, each alias counted as the values it stands for
    aliased = 0  # of which through aliases
    documents = 0
    max_values = limits.max_values
    max_depth = limits.max_depth
    is_normalized = unicodedata.is_normalized
    special = PLAIN_WORDS

    def tag_value(tag: str, value: Any, raw: str, position: Position) -> Any:
        if tag in SCALAR_TAGS:
            return raw if tag.endswith(":str") else resolve_plain(raw)
        if tag != "!":
            note(position, "CR007", tag=short_tag(tag))
        return value

    next_event = event_source(text)
    while (event := next_event()) is not None:
        kind = type(event)
        if kind is ScalarEvent:
            mark = event.start_mark
            position = (mark.line, mark.column)
            raw = event.value
            value: Any = raw
            if event.implicit[0]:  # plain: most are words, which only a few names change
                value = special.get(raw, raw) if raw[:1].isalpha() else resolve_plain(raw)
            if event.tag is not None:
                value = tag_value(event.tag, value, raw, position)
            if type(value) is str and not value.isascii() and not is_normalized("NFC", value):
                note(position, "CR801", Severity.WARNING)
                value = unicodedata.normalize("NFC", value)
            size = 1
            if event.anchor is not None:
                anchors[event.anchor] = (value, position, 1)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            mark = event.start_mark
            position = (mark.line, mark.column)
            if len(enclosing) >= max_depth:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR005", limit=max_depth)
                )
            if event.tag is not None and event.tag not in CONTAINER_TAGS:
                note(position, "CR007", tag=short_tag(event.tag))
            enclosing.append(
                (
                    container,
                    is_mapping,
                    pending_key,
                    container_marks,
                    container_start,
                    container_size,
                    container_anchor,
                )
            )
            is_mapping = kind is MappingStartEvent
            container = {} if is_mapping else []
            container_marks = {} if is_mapping else []
            marks[id(container)] = container_marks
            pending_key = None
            container_start = position
            container_size = 1
            container_anchor = event.anchor
            expanded += 1
            if expanded > max_values:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR015", limit=max_values)
                )
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            value, position, size = container, container_start, container_size
            if container_anchor is not None:
                anchors[container_anchor] = (value, position, size)
            (
                container,
                is_mapping,
                pending_key,
                container_marks,
                container_start,
                container_size,
                container_anchor,
            ) = enclosing.pop()
        elif kind is AliasEvent:
            mark = event.start_mark
            position = (mark.line, mark.column)
            target = anchors.get(event.anchor)
            if target is None:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR013", name=event.anchor)
                )
            value, _anchor_position, size = target
            expanded += size
            aliased += size
            if expanded > max_values:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR004", limit=max_values)
                )
        elif kind is DocumentStartEvent:
            documents += 1
            if documents > 1:
                mark = event.start_mark
                note((mark.line, mark.column), "CR011")
                break
            continue
        else:
            continue

        # `value` is complete (a scalar, an alias, a closed container): it is
        # the root, a key, or a value of the innermost open container.
        if kind is ScalarEvent:
            expanded += 1
            if expanded > max_values:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR015", limit=max_values)
                )
        if container is None:
            doc.data = value
            doc.root_position = position
            continue
        container_size += size
        if is_mapping:
            if pending_key is None:
                if isinstance(value, str):  # nearly every key: asked first
                    pending_key = (value, position)
                elif isinstance(value, dict | list):
                    note(position, "CR008")
                    pending_key = (_BAD_KEY, position)
                else:
                    # Every key of both file kinds is a name: `2022:` or `~:` is a
                    # slip, told here at the key rather than by the schema.
                    written = raw if kind is ScalarEvent else f"*{event.anchor}"
                    note(position, "CR016", key=written, kind=_kind_of_key(value))
                    pending_key = (_BAD_KEY, position)
                continue
            key, key_position = pending_key
            pending_key = None
            if key is _BAD_KEY:
                continue
            if key in container:
                note(key_position, "CR003", key=str(key), first_line=container_marks[key][0] + 1)
                continue
            container[key] = value
            container_marks[key] = (key_position[0], key_position[1], position[0], position[1])
        else:
            container.append(value)
            container_marks.append(position)
    doc.nodes = expanded - aliased
