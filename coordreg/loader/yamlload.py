"""Reading YAML files into plain data that remembers where every value came from.

This is the only module that parses YAML for checking. It streams the events of
ruamel.yaml's C parser (libyaml) and builds dicts, lists and scalars itself:
nothing is ever constructed from a tag, so loading is safe by design, and
skipping ruamel's node graph and constructors is what makes it fast (about
two-thirds of the time PyYAML's CSafeLoader takes on the same files).

Scalars resolve by the YAML 1.2 core schema: `yes`, `on` and `12:30` stay
strings, and dates stay strings for the models to parse. Strings are returned
in Unicode NFC; where the file had another form, the place is remembered so
`check` can warn about it. Positions are 0-based inside, 1-based outside.

Limits keep hostile files from hanging or exhausting the machine: see
`Limits` and docs/reliability.md.
"""

from __future__ import annotations

import errno
import functools
import os
import re
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from ruamel.yaml.reader import ReaderError

from coordreg.findings import Finding, Severity, finding

try:  # the C parser ships as ruamel.yaml.clib; the pure-Python one is the fallback
    from _ruamel_yaml import CParser as _CParser
except ImportError:  # pragma: no cover - exercised only where clib is missing
    _CParser = None


@dataclass(frozen=True)
class Limits:
    """What one file may cost to read; docs/reliability.md lists every limit."""

    # CR006: checked before anything is read (a file that grows meanwhile is
    # still read no further than this).
    max_bytes: int = 10 * 1024 * 1024
    # CR005: nesting of mappings and lists.
    max_depth: int = 100
    # Values, each alias counted as the values it stands for: a regulation has a
    # few thousand, an alias-expansion bomb billions (CR004, at an alias), a
    # generated dump millions (CR015, at a value written out).
    max_values: int = 1_000_000
    # CR014: findings listed for one file, per stage (reading; schema and rules).
    # A file of 2,000,000 duplicate keys would otherwise cost minutes and
    # gigabytes to report; the rest are counted, and the file still fails.
    max_findings: int = 1000


DEFAULT_LIMITS = Limits()

Position = tuple[int, int]
_CORE = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_CORE + name for name in ("str", "int", "float", "bool", "null")}
_INT_RE = re.compile(r"[-+]?[0-9]+\Z")
# Digits only: Python's int() would also take signs, "_" and spaces, which YAML does not.
_OCTAL_RE = re.compile(r"0o[0-7]+\Z")
_HEX_RE = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_SPECIAL = {
    "null": None, "Null": None, "NULL": None, "~": None, "": None,
    "true": True, "True": True, "TRUE": True,
    "false": False, "False": False, "FALSE": False,
    ".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"),
    "+.inf": float("inf"), "+.Inf": float("inf"), "+.INF": float("inf"),
    "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
    ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan"),
}  # fmt: skip
# Python refuses to convert longer digit strings (and to print longer numbers);
# such a "number" stays text. Hex and octal digits convert without that limit,
# so their value is held to the same size: 13,000 bits is about 3,900 digits.
_MAX_INT_DIGITS = 4000
_MAX_INT_BITS = 13_000


def resolve_plain(value: str) -> Any:
    """The YAML 1.2 core-schema value of a plain (unquoted) scalar."""
    if value in _SPECIAL:
        return _SPECIAL[value]
    first = value[0]
    if not (first.isdigit() or first in "+-.0"):
        return value
    if _INT_RE.match(value):
        return int(value) if len(value) <= _MAX_INT_DIGITS else value
    if _OCTAL_RE.match(value) or _HEX_RE.match(value):
        number = int(value[2:], 8 if value[1] == "o" else 16)
        return number if number.bit_length() <= _MAX_INT_BITS else value
    if _FLOAT_RE.match(value):
        return float(value)
    return value


class _AbortError(Exception):
    """Loading cannot go on; the finding says why."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code)
        self.finding = found


_BAD_KEY = object()


@dataclass
class Document:
    """One YAML file as plain data, with the source position of every value."""

    path: str
    text: str = ""
    data: Any = None
    findings: list[Finding] = field(default_factory=list)
    # id(container) -> {key: (key line, key col, value line, value col)} for
    # mappings, [(line, col), ...] for sequences. Kept beside the data, not in
    # wrapper types, so the data stays plain dicts and lists for pydantic.
    marks: dict[int, Any] = field(default_factory=dict)
    root_position: Position = (0, 0)
    # Scalars, mappings and lists written in the file (an alias not expanded):
    # what a tool that keeps the file's own structure (fmt) has to hold.
    nodes: int = 0

    @property
    def ok(self) -> bool:
        return isinstance(self.data, dict) and not any(
            f.severity is Severity.ERROR for f in self.findings
        )

    def _walk(self, path: tuple[Any, ...]) -> Iterator[tuple[Position, Position]]:
        """(key position, value position) of each step of `path` that exists."""
        node = self.data
        for step in path:
            marks = self.marks.get(id(node))
            if isinstance(node, dict) and marks is not None and step in node:
                kl, kc, vl, vc = marks[step]
                yield (kl, kc), (vl, vc)
                node = node[step]
            elif isinstance(node, list) and marks is not None and isinstance(step, int):
                if not 0 <= step < len(node):
                    return
                yield marks[step], marks[step]
                node = node[step]
            else:
                return

    def value_position(self, path: tuple[Any, ...]) -> Position:
        """1-based (line, column) of the value at `path`, or of its nearest ancestor."""
        line, column = self.root_position
        for _key, value in self._walk(path):
            line, column = value
        return _inside(self.text, line, column)

    def key_position(self, path: tuple[Any, ...]) -> Position:
        """1-based position of the key that holds the value at `path`."""
        line, column = self.root_position
        for key, _value in self._walk(path):
            line, column = key
        return _inside(self.text, line, column)


# The characters libyaml counts as line breaks (its IS_BREAK); positions and the
# source lines reporters show must split lines the same way.
_LINE_BREAK_RE = re.compile("\r\n|\r|\n|\x85|\u2028|\u2029")


@functools.lru_cache(maxsize=8)
def split_lines(text: str) -> tuple[str, ...]:
    """The lines of `text` as libyaml numbers them (str.splitlines also splits on \\f, \\v ...).

    Kept for the last few texts: a reporter asks once per finding, and a file of
    1,000 findings in 10 MiB must not be split 1,000 times.
    """
    return tuple(_LINE_BREAK_RE.split(text))


def _position_in_text(text: str, index: int) -> Position:
    """0-based (line, column) of the character at `index`."""
    index = max(0, min(index, len(text)))
    line = 0
    line_start = 0
    for match in _LINE_BREAK_RE.finditer(text, 0, index):
        line += 1
        line_start = match.end()
    return line, index - line_start


def _decode(raw: bytes, doc: Document) -> str | None:
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            doc.findings.append(finding(doc.path, (1, 1), "CR002", encoding=name))
            return None
    if len(raw) >= 4 and ((raw[1] == 0 and raw[3] == 0) or (raw[0] == 0 and raw[2] == 0)):
        doc.findings.append(finding(doc.path, (1, 1), "CR002", encoding="UTF-16"))
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # so that error offsets below count from the first character
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = raw[: error.start]
        line = prefix.count(b"\n")
        column = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace"))
        doc.findings.append(
            finding(doc.path, (line + 1, column + 1), "CR002", encoding="not UTF-8")
        )
        return None


def _events(text: str) -> Iterator[Any]:
    if _CParser is not None:
        parser = _CParser(text)
        get = parser.get_event
        while (event := get()) is not None:
            yield event
    else:  # pragma: no cover
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


@functools.lru_cache(maxsize=2)
def _last_line(text: str) -> tuple[int, int]:
    """The 0-based number of the last line of `text`, and its length."""
    lines = split_lines(text)
    return len(lines) - 1, len(lines[-1])


def _inside(text: str, line: int, column: int) -> Position:
    """The 1-based place of a parser's 0-based mark, kept inside the text.

    At the end of a text without a final line break, libyaml puts its marks (a
    syntax error, an empty value) on a line after the last one: they go to the
    end of the last line instead.
    """
    if text and text[-1] not in "\r\n\x85\u2028\u2029":
        last, length = _last_line(text)
        if line > last:
            return last + 1, length + 1
    return line + 1, column + 1


def _kind_of_key(value: object) -> str:
    """How a key that is not text is read, as a catalogue term."""
    if value is None:
        return "a_nothing"
    return "boolean" if isinstance(value, bool) else "a_number"


def load_text(text: str, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Parse `text` (already decoded) into a `Document`."""
    doc = Document(path=path, text=text)
    try:
        _compose(text, doc, limits)
    except _AbortError as abort:
        doc.data = None
        doc.findings.append(abort.finding)
    except MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        position = _inside(text, mark.line, mark.column) if mark is not None else (1, 1)
        problem = error.problem or error.context or "invalid YAML"
        doc.data = None
        doc.findings.append(finding(path, position, "CR001", problem=problem))
    except ReaderError as error:
        index = error.position
        if _CParser is not None:
            # libyaml reports a byte offset into the UTF-8 text, not a character index.
            index = len(text.encode("utf-8")[:index].decode("utf-8", "replace"))
        line, column = _position_in_text(text, index)
        doc.data = None
        doc.findings.append(
            finding(path, (line + 1, column + 1), "CR001", problem=_reader_problem(error))
        )
    except YAMLError as error:  # pragma: no cover - every known parser error is marked
        doc.data = None
        doc.findings.append(finding(path, (1, 1), "CR001", problem=str(error)))
    if doc.data is None and not doc.findings:
        doc.findings.append(finding(path, (1, 1), "CR009"))
    elif doc.data is not None and not isinstance(doc.data, dict):
        doc.findings.append(
            finding(path, (doc.root_position[0] + 1, doc.root_position[1] + 1), "CR010")
        )
    return doc


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_CORE) :] if tag.startswith(_CORE) else tag


def _reader_problem(error: ReaderError) -> str:
    character = error.character
    if isinstance(character, str):
        character = ord(character)
    return f"character #x{character:04X} is not allowed in YAML ({error.reason})"


class ReadError(Exception):
    """A file that cannot be read, or is over the size limit; `finding` says which."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code)
        self.finding = found


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return os.strerror(errno.EISDIR)
    kinds = {stat.S_ISFIFO: "a pipe", stat.S_ISCHR: "a device", stat.S_ISBLK: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a socket")
    return f"not a regular file ({kind})"


def read_file(path: Path, shown: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the regular file at `path`; `ReadError` (CR012, CR006) otherwise.

    Only regular files are read: a pipe or a device (a FIFO named
    regulation.yaml, a link to /dev/zero) would block or never end. The size is
    checked before reading, and no more than the limit is ever read, even from
    a file that grows meanwhile or reports no size (/proc).
    """

    def unreadable(detail: str) -> ReadError:
        return ReadError(finding(shown, (0, 0), "CR012", detail=detail))

    def too_large(size: int) -> ReadError:
        return ReadError(finding(shown, (1, 1), "CR006", size=size, limit=limits.max_bytes))

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise unreadable(_not_regular(info.st_mode))
        if info.st_size > limits.max_bytes:
            raise too_large(info.st_size)
        # O_NONBLOCK: should the path have become a pipe since, opening it does not wait.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise unreadable(_not_regular(info.st_mode))
            raw = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise unreadable(error.strerror or str(error)) from None
    if len(raw) > limits.max_bytes:
        raise too_large(max(len(raw), info.st_size))
    return raw


def load_file(path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and parse one file; every failure becomes a finding, never an exception."""
    shown = display if display is not None else str(path)
    try:
        raw = read_file(path, shown, limits)
    except ReadError as error:
        return Document(path=shown, findings=[error.finding])
    return load_bytes(raw, shown, limits)


def load_bytes(raw: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Decode and parse a file's bytes (read from disk or from a git revision)."""
    if len(raw) > limits.max_bytes:
        return Document(
            path=path,
            findings=[finding(path, (1, 1), "CR006", size=len(raw), limit=limits.max_bytes)],
        )
    doc = Document(path=path)
    text = _decode(raw, doc)
    if text is None:
        return doc
    return load_text(text, path, limits)


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


def _compose(text: str, doc: Document, limits: Limits) -> None:
    found = _Findings(doc, limits.max_findings)
    try:
        _compose_events(text, doc, limits, found)
    finally:
        found.close()


def _compose_events(text: str, doc: Document, limits: Limits, found: _Findings) -> None:
    path = doc.path
    note = found.add
    marks = doc.marks
    anchors: dict[str, tuple[Any, Position, int]] = {}
    # A frame: [container, is_mapping, pending key or None, positions, start, size, anchor]
    stack: list[list[Any]] = []
    expanded = 0  # values, each alias counted as the values it stands for
    aliased = 0  # of which through aliases
    documents = 0
    max_values = limits.max_values
    max_depth = limits.max_depth
    is_normalized = unicodedata.is_normalized

    def tag_value(tag: str, value: Any, raw: str, position: Position) -> Any:
        if tag in _SCALAR_TAGS:
            return raw if tag.endswith(":str") else resolve_plain(raw)
        if tag != "!":
            note(position, "CR007", tag=_short_tag(tag))
        return value

    for event in _events(text):
        kind = type(event)
        if kind is ScalarEvent:
            mark = event.start_mark
            position = (mark.line, mark.column)
            raw = event.value
            value: Any = resolve_plain(raw) if event.implicit[0] else raw
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
            if len(stack) >= max_depth:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR005", limit=max_depth)
                )
            if event.tag is not None and event.tag not in (_CORE + "map", _CORE + "seq", "!"):
                note(position, "CR007", tag=_short_tag(event.tag))
            container: Any = {} if kind is MappingStartEvent else []
            positions: Any = {} if kind is MappingStartEvent else []
            marks[id(container)] = positions
            stack.append(
                [container, kind is MappingStartEvent, None, positions, position, 1, event.anchor]
            )
            expanded += 1
            if expanded > max_values:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR015", limit=max_values)
                )
            continue
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            frame = stack.pop()
            value, position, size = frame[0], frame[4], frame[5]
            if frame[6] is not None:
                anchors[frame[6]] = (value, position, size)
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

        if kind is ScalarEvent:
            expanded += 1
            if expanded > max_values:
                raise _AbortError(
                    finding(path, (position[0] + 1, position[1] + 1), "CR015", limit=max_values)
                )
        if not stack:
            doc.data = value
            doc.root_position = position
            continue
        frame = stack[-1]
        frame[5] += size
        if frame[1]:
            pending = frame[2]
            if pending is None:
                if isinstance(value, dict | list):
                    note(position, "CR008")
                    frame[2] = (_BAD_KEY, position)
                elif not isinstance(value, str):
                    # Every key of both file kinds is a name: `2022:` or `~:` is a
                    # slip, told here at the key rather than by the schema.
                    written = raw if kind is ScalarEvent else f"*{event.anchor}"
                    note(position, "CR016", key=written, kind=_kind_of_key(value))
                    frame[2] = (_BAD_KEY, position)
                else:
                    frame[2] = (value, position)
                continue
            key, key_position = pending
            frame[2] = None
            if key is _BAD_KEY:
                continue
            mapping = frame[0]
            if key in mapping:
                note(key_position, "CR003", key=str(key), first_line=frame[3][key][0] + 1)
                continue
            mapping[key] = value
            frame[3][key] = (key_position[0], key_position[1], position[0], position[1])
        else:
            frame[0].append(value)
            frame[3].append(position)
    doc.nodes = expanded - aliased


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


def source_map(text: str) -> dict[tuple[Any, ...], Span]:
    """The span of every value in `text` (already known to load cleanly), by path.

    Used by commands that edit files in place (transfer): they replace exactly
    the characters of the values they change, so every other byte stays.
    """
    spans: dict[tuple[Any, ...], Span] = {}
    # A frame: [path, is_mapping, next index or pending key, start, flow, pending key start]
    stack: list[list[Any]] = []

    def place(value: Span) -> tuple[Any, ...] | None:
        if not stack:
            return ()
        frame = stack[-1]
        if frame[1]:
            if frame[2] is None:  # this is a key
                return None
            key, key_start = frame[2], frame[5]
            frame[2] = None
            path = (*frame[0], key)
            spans[path] = Span(
                value.start, value.end, value.kind, value.style, value.flow, key_start
            )
            return path
        path = (*frame[0], frame[2])
        frame[2] += 1
        spans[path] = value
        return path

    for event in _events(text):
        kind = type(event)
        if kind is AliasEvent or getattr(event, "anchor", None):
            raise AliasesError
        if kind is ScalarEvent:
            span = Span(event.start_mark.index, event.end_mark.index, "scalar", event.style or "")
            if stack and stack[-1][1] and stack[-1][2] is None:
                stack[-1][2] = resolve_plain(event.value) if event.implicit[0] else event.value
                stack[-1][5] = event.start_mark.index
                continue
            place(span)
        elif kind is MappingStartEvent or kind is SequenceStartEvent:
            is_mapping = kind is MappingStartEvent
            # The container's own path: its key in a mapping, its index in a sequence.
            path: tuple[Any, ...] = (*stack[-1][0], stack[-1][2]) if stack else ()
            stack.append(
                [
                    path,
                    is_mapping,
                    None if is_mapping else 0,
                    event.start_mark.index,
                    bool(event.flow_style),
                    None,
                ]
            )
        elif kind is MappingEndEvent or kind is SequenceEndEvent:
            frame = stack.pop()
            span = Span(
                frame[3], event.end_mark.index, "mapping" if frame[1] else "sequence", flow=frame[4]
            )
            if not stack:
                spans[()] = span
            else:
                place(span)
        elif kind is DocumentStartEvent and spans:
            break
    return spans
