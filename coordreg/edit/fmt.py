"""`coordreg fmt`: the canonical layout of regulation and evaluation files.

The layout (docs/fmt.md):

- keys in the order docs/format.md documents them; unknown keys keep their
  place after the known ones;
- two spaces per level, sequences indented under their key (`- ` two spaces in);
- text wrapped at `WIDTH` columns where its style allows: plain scalars are
  folded at single spaces to fit, quoted ones as ruamel.yaml folds them (at the
  first space past the width); block scalars (`|`, `>`) keep their lines. No
  scalar changes style, quotes are kept;
- flow collections (`[a, b]`, `{yearly: 12-15}`) stay flow when they fit on
  their line, block collections stay block;
- comments are kept: a comment line stays above the key or item it precedes,
  wherever the key moves, and is indented like it; an end-of-line comment stays
  on its entry's line; a comment indented under the end of a list or mapping
  stays at that end. Runs of blank lines become one;
- LF line ends, a final newline, UTF-8 without BOM. Text is never normalised
  (NFC is a property of the data, which fmt never changes).

Safety: a file is formatted only if the checker's loader reads it without an
error. The round trip goes through ruamel.yaml (its round-trip loader builds
only dicts, lists and scalars). The result is then read again by the checker's
loader and must hold exactly the same data (same types, same values) and the
same reading warnings, and every comment must still be there; otherwise the
file is left untouched and an internal error is reported (`FormatError`).
`format_file` also refuses a result that would format differently a second
time, so `fmt` is idempotent by construction.
"""

from __future__ import annotations

import bisect
import io
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import CommentMark, YAMLFutureWarning, YAMLWarning
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import BlockEntryToken, CommentToken, ScalarToken

from coordreg.errors import CatalogueError, CoordregError
from coordreg.files.discover import EVALUATIONS_DIR, REGULATION_FILE, discover
from coordreg.findings import Finding
from coordreg.loader.document import Document
from coordreg.loader.reading import ReadError, read_file
from coordreg.loader.yamlload import load_bytes, load_text
from coordreg.model import Evaluation, Regulation, Schedule

WIDTH = 100
# fmt holds a whole file in ruamel.yaml's round-trip structures, in pure Python:
# about 0.3 ms and 2 KB per value. Larger files are left as they are, with a
# message, rather than taking minutes and gigabytes (docs/reliability.md); the
# bundled regulations are 33 KB and 1,000 values.
MAX_BYTES = 1024 * 1024
MAX_VALUES = 50_000
MAPPING_INDENT = 2
SEQUENCE_INDENT = 4
SEQUENCE_DASH_OFFSET = 2

REGULATION = "regulation"
EVALUATION = "evaluation"


# --- The documented key order ------------------------------------------------------------


@dataclass(frozen=True)
class Shape:
    """The keys of a mapping in their documented order, and the shapes below it.

    `fields` gives the shape of the value under a key; `each` the shape of
    every item of a list, or of every value of a mapping keyed by ids.
    """

    keys: tuple[str, ...] = ()
    fields: dict[str, Shape] = field(default_factory=dict)
    each: Shape | None = None


def shape_of(annotation: Any) -> Shape | None:
    """The shape of a model field's type: its model's fields in order, through lists and dicts.

    The models declare their fields in the documented order, so a field added to
    a model takes its place in fmt's layout too. A schedule is written as a word
    or a one-key mapping, not as its model's fields: it has no shape.
    """
    origin = get_origin(annotation)
    arguments = get_args(annotation)
    if origin is Annotated:
        return shape_of(arguments[0])
    if origin is Union or origin is UnionType:
        shapes = [shape_of(argument) for argument in arguments if argument is not type(None)]
        return shapes[0] if len(shapes) == 1 else None
    if origin is list:
        each = shape_of(arguments[0])
        return Shape(each=each) if each is not None else None
    if origin is dict:
        each = shape_of(arguments[1])
        return Shape(each=each) if each is not None else None
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        if annotation is Schedule:
            return None
        fields = {
            name: shape
            for name, info in annotation.model_fields.items()
            if (shape := shape_of(info.annotation)) is not None
        }
        return Shape(tuple(annotation.model_fields), fields)
    return None


def _model_shape(model: type[BaseModel]) -> Shape:
    shape = shape_of(model)
    assert shape is not None
    return shape


SHAPES = {REGULATION: _model_shape(Regulation), EVALUATION: _model_shape(Evaluation)}


# --- Errors and results ------------------------------------------------------------------


class FormatError(CatalogueError):
    """fmt cannot lay out (an internal error) or write a file: it is left untouched."""


class UnreadableError(CoordregError):
    """The checker's loader reports errors: fmt does not touch the file."""

    def __init__(self, document: Document) -> None:
        super().__init__(document.path)
        self.document = document


@dataclass
class FileResult:
    """What fmt did, or would do, to one file."""

    path: Path
    shown: str
    kind: str
    changed: bool = False
    # The formatted text, when it differs from the file.
    text: str | None = None
    # The reading errors (and warnings) of a file fmt refused to touch.
    findings: list[Finding] = field(default_factory=list)
    source: str = ""
    error: FormatError | None = None

    @property
    def refused(self) -> bool:
        return bool(self.findings) or self.error is not None


@dataclass
class FormatResult:
    files: list[FileResult] = field(default_factory=list)

    @property
    def changed(self) -> list[FileResult]:
        return [f for f in self.files if f.changed]

    @property
    def unchanged(self) -> list[FileResult]:
        return [f for f in self.files if not f.changed and not f.refused]

    @property
    def unreadable(self) -> list[FileResult]:
        return [f for f in self.files if f.findings]

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.error is not None]


# --- Comments in the source --------------------------------------------------------------

# The line breaks of YAML 1.1, which ruamel.yaml's reader (like libyaml) counts.
_BREAK_RE = re.compile("\n|\x85|\u2028|\u2029")
_BLOCK_HEADER_RE = re.compile(r"[|>][0-9+-]*")
_BLANK = ""


@dataclass(frozen=True)
class _Comment:
    """A comment (from its '#', trailing spaces removed), or a blank line (text "")."""

    line: int
    column: int
    text: str
    # For an end-of-line comment: the spaces between the content and the '#'.
    gap: int = 0


@dataclass
class _Source:
    text: str
    full: list[_Comment]  # comment lines and blank lines, in order
    eol: list[_Comment]  # end-of-line comments, in order
    line_starts: list[int]
    dashes: list[int]  # offsets of the '-' of block sequence entries, in order

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line] + column

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset) - 1
        return line, offset - self.line_starts[line]


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in _BREAK_RE.finditer(text))]


def _tokens(text: str) -> Iterator[Any]:
    # The pure scanner yields tokens with exact character marks; it builds nothing.
    yield from YAML(typ="safe", pure=True).scan(text)


def _scan(text: str, *, block_header_comments: bool) -> _Source:
    """Find the comments and blank lines of `text`: what no token covers.

    Outside tokens a YAML text holds only white space and comments. A block
    scalar's token also covers the blank lines after it (which are not content
    unless it keeps them, `|+`) and the rest of its header line: a comment
    there stays with the scalar in ruamel.yaml, so it is only reported when
    `block_header_comments` (for counting the comments of a file).
    """
    size = len(text)
    covered = bytearray(size + 1)
    dashes: list[int] = []
    for token in _tokens(text):
        start, end = token.start_mark.index, token.end_mark.index
        if isinstance(token, BlockEntryToken):
            dashes.append(start)
        if isinstance(token, ScalarToken) and token.style in ("|", ">"):
            header = _BLOCK_HEADER_RE.match(text, start)
            header_end = header.end() if header else start + 1
            if "+" not in text[start:header_end]:
                # Up to the end of the last line that holds content.
                last = end
                while last > header_end and text[last - 1] in " \t\n\x85\u2028\u2029":
                    last -= 1
                line_end = _BREAK_RE.search(text, last)
                end = line_end.end() if line_end else size
            if block_header_comments:
                covered[start:header_end] = b"\x01" * (header_end - start)
                line_end = _BREAK_RE.search(text, header_end)
                start = line_end.end() if line_end else size
                end = max(end, start)
        if end > start:
            covered[start:end] = b"\x01" * (end - start)
    starts = _line_starts(text)
    full: list[_Comment] = []
    eol: list[_Comment] = []
    for number, begin in enumerate(starts):
        finish = starts[number + 1] - 1 if number + 1 < len(starts) else size
        line = text[begin:finish]
        hash_at = -1
        search = 0
        while (found := line.find("#", search)) >= 0:
            if not covered[begin + found]:
                hash_at = found
                break
            search = found + 1
        if hash_at >= 0:
            comment = line[hash_at:].rstrip()
            before = line[:hash_at]
            if before.strip():
                content_end = len(before.rstrip())
                eol.append(_Comment(number, hash_at, comment, hash_at - content_end))
            else:
                full.append(_Comment(number, hash_at, comment))
        elif not line.strip() and not any(covered[begin : finish + 1]):
            full.append(_Comment(number, -1, _BLANK))
    dashes.sort()
    return _Source(text, full, eol, starts, dashes)


def comments_of(text: str) -> Counter[str]:
    """Every comment of `text` (from its '#', trailing spaces removed), counted."""
    source = _scan(text, block_header_comments=True)
    return Counter(c.text for c in [*source.full, *source.eol] if c.text != _BLANK)


# --- Where each comment belongs ----------------------------------------------------------


def _is_block(node: Any) -> bool:
    """A block collection: written one entry a line (an empty one is always `[]` or `{}`)."""
    return (
        isinstance(node, CommentedMap | CommentedSeq) and len(node) > 0 and not node.fa.flow_style()
    )


def _own_items(node: Any) -> list[tuple[Any, Any]]:
    if isinstance(node, CommentedMap):
        return list(node.non_merged_items())
    return list(enumerate(node))


@dataclass
class _Entry:
    """A key of a block mapping or an item of a block sequence, where it starts."""

    container: Any
    key: Any
    line: int
    column: int
    # The block containers from the root to `container`, inclusive.
    chain: tuple[Any, ...]


@dataclass
class _Notes:
    before: list[str] = field(default_factory=list)
    eol: _Comment | None = None
    # The end-of-line comments on the next lines of a flow collection.
    more: list[str] = field(default_factory=list)


class _Placement:
    """The comments of a file attached to what they belong to, so that keys can move."""

    def __init__(self) -> None:
        self.header: list[str] = []
        self.notes: dict[tuple[int, Any], _Notes] = {}
        # Comments at the end of a block container, by id(container).
        self.ends: dict[int, list[str]] = {}
        # Comments on the header line of block scalars, as ruamel.yaml keeps them.
        self.block_headers: dict[tuple[int, Any], list[str]] = {}

    def at(self, container: Any, key: Any) -> _Notes:
        return self.notes.setdefault((id(container), key), _Notes())


def _entries(root: Any, source: _Source) -> tuple[list[_Entry], dict[int, int]]:
    """The entries of the block collections in document order, and each container's column.

    An item starts at its '-': the first one after where the entry before it
    starts (an item's own position may be an anchor met earlier, for an alias).
    """
    entries: list[_Entry] = []
    columns: dict[int, int] = {}
    seen: set[int] = set()
    last = -1

    def walk(node: Any, chain: tuple[Any, ...]) -> None:
        nonlocal last
        if not _is_block(node) or id(node) in seen:
            return  # flow collections hold no entries; an alias is walked once
        seen.add(id(node))
        chain = (*chain, node)
        for key, value in _own_items(node):
            if isinstance(node, CommentedMap):
                line, column = node.lc.key(key)
                last = max(last, source.offset(line, column))
            else:
                dash = bisect.bisect_right(source.dashes, last)
                if dash < len(source.dashes):
                    last = source.dashes[dash]
                line, column = source.position(last)
            columns.setdefault(id(node), column)
            entries.append(_Entry(node, key, line, column, chain))
            walk(value, chain)

    walk(root, ())
    return entries, columns


def _collapse(lines: list[str]) -> list[str]:
    """Runs of blank lines become one."""
    kept: list[str] = []
    for line in lines:
        if line == _BLANK and kept and kept[-1] == _BLANK:
            continue
        kept.append(line)
    return kept


def _end_runs(
    lines: list[_Comment], chain: tuple[Any, ...], columns: dict[int, int]
) -> list[tuple[Any, list[_Comment]]]:
    """Comment lines after the last entry of nested collections, by the collection they end.

    A comment ends the innermost collection of `chain` (root first) whose
    entries are not indented deeper than it. Collections end inner first, so
    once a comment ends an outer one, the comments below it end that one too.
    """
    runs: list[tuple[Any, list[_Comment]]] = []
    pending: list[_Comment] = []
    depth = len(chain) - 1
    for comment in lines:
        if comment.text == _BLANK:
            pending.append(comment)
            continue
        while depth > 0 and columns[id(chain[depth])] > comment.column:
            depth -= 1
        if not runs or runs[-1][0] is not chain[depth]:
            runs.append((chain[depth], []))
        runs[-1][1].extend([*pending, comment])
        pending = []
    if runs:
        runs[-1][1].extend(pending)
    return runs


def _place_comments(root: Any, source: _Source) -> _Placement:
    entries, columns = _entries(root, source)
    starts = [entry.line for entry in entries]
    placement = _Placement()
    header: list[_Comment] = []
    groups: dict[int, list[_Comment]] = {}
    for comment in source.full:
        groups.setdefault(bisect.bisect_right(starts, comment.line), []).append(comment)
    for index, lines in sorted(groups.items()):
        previous = entries[index - 1] if index > 0 else None
        following = entries[index] if index < len(entries) else None
        if previous is None:
            header.extend(lines)
            continue
        split = 0
        if following is not None:
            # Comments indented deeper than the next entry end what came before it.
            for number, comment in enumerate(lines):
                if comment.text == _BLANK:
                    continue
                if comment.column <= following.column:
                    break
                split = number + 1
        else:
            split = len(lines)
        trailing, leading = lines[:split], lines[split:]
        if all(c.text == _BLANK for c in trailing):
            # Blank lines only: they go with the next entry, or nowhere at the end.
            trailing, leading = [], (trailing + leading if following is not None else [])
        open_chain = following.chain if following is not None else ()
        moved: list[_Comment] = []
        for target, run in _end_runs(trailing, previous.chain, columns):
            if moved or any(container is target for container in open_chain):
                moved.extend(run)  # that collection goes on: above the next entry
            else:
                placement.ends.setdefault(id(target), []).extend(c.text for c in run)
        leading = moved + leading
        if leading:
            assert following is not None
            placement.at(following.container, following.key).before.extend(c.text for c in leading)

    for comment in source.eol:
        index = bisect.bisect_right(starts, comment.line) - 1
        if index < 0:
            header.append(comment)
            continue
        entry = entries[index]
        notes = placement.at(entry.container, entry.key)
        if notes.eol is None:
            notes.eol = comment
        else:  # more lines of a flow collection with comments
            notes.more.append(comment.text)
    placement.header = [c.text for c in sorted(header, key=lambda c: c.line)]
    return placement


def _strip_comments(node: Any, placement: _Placement, seen: set[int] | None = None) -> None:
    """Forget the comments ruamel.yaml attached: `placement` holds them now.

    Only the comment on the header line of a block scalar (`text: >-  # ...`)
    stays with ruamel.yaml, which writes it back there.
    """
    seen = set() if seen is None else seen
    if not isinstance(node, CommentedMap | CommentedSeq) or id(node) in seen:
        return
    seen.add(id(node))
    for key, value in _own_items(node):
        kept = node.ca.items.get(key)
        if (
            isinstance(node, CommentedMap)
            and isinstance(value, LiteralScalarString | FoldedScalarString)
            and kept is not None
            and len(kept) > 3
            and isinstance(kept[3], list)
            and kept[3]
            and isinstance(kept[3][0], str)
        ):
            placement.block_headers[(id(node), key)] = kept[3]
    node.ca.comment = None
    node.ca.items.clear()
    node.ca.end = []
    for _key, value in _own_items(node):
        _strip_comments(value, placement, seen)


# --- Key order and flow collections ------------------------------------------------------


def _reorder(node: Any, shape: Shape | None, seen: set[int] | None = None) -> None:
    seen = set() if seen is None else seen
    if shape is None or not isinstance(node, CommentedMap | CommentedSeq) or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, CommentedSeq):
        for item in node:
            _reorder(item, shape.each, seen)
        return
    if shape.keys:
        present = list(node.keys())
        known = [key for key in shape.keys if key in node]
        order = known + [key for key in present if not (isinstance(key, str) and key in known)]
        if order != present:
            for key in order:
                node.move_to_end(key)
    for key, value in _own_items(node):
        if shape.keys:
            _reorder(value, shape.fields.get(key) if isinstance(key, str) else None, seen)
        else:
            _reorder(value, shape.each, seen)


# --- Writing ----------------------------------------------------------------------------


class _PostComment(CommentToken):
    """What follows an entry: its end-of-line comment, then comment lines below it.

    The end-of-line comment keeps its column when the line still fits the
    width, else it follows the content after the spaces it had (at most two).
    """

    __slots__ = ("gap", "wanted")

    def __init__(self, value: str, column: int, gap: int) -> None:
        super().__init__(value, CommentMark(column))
        self.wanted = column
        self.gap = gap


class _Emitter(RoundTripEmitter):
    """ruamel.yaml's emitter, with plain text folded without trailing spaces.

    ruamel.yaml folds a long plain scalar after writing the space, and at any
    run of spaces (which changes the text: "a  b" folded reads "a b"); here a
    plain scalar is folded only at a single space, which the line break
    replaces. Folded block scalars (`>`) keep their lines as they are.
    """

    def write_plain(self, text: Any, split: Any = True) -> None:
        if not isinstance(text, str) or any(c in text for c in "\n\r\x85\u2028\u2029"):
            super().write_plain(text, False)  # pragma: no cover - plain text has no breaks
            return
        if self.root_context:  # pragma: no cover - a file's top level is a mapping
            if self.requested_indent is not None:
                self.write_line_break()
                if self.requested_indent != 0:
                    self.write_indent()
            else:
                self.open_ended = True
        if not text:
            return
        if not self.whitespace:
            self._write(" ")
        self.whitespace = False
        self.indention = False
        words = text.split(" ")
        self._write(words[0])
        spaces = 0
        for word in words[1:]:
            spaces += 1
            if not word:
                continue
            indent = self.indent or 0
            if (
                split
                and spaces == 1
                and self.column + 1 + len(word) > self.best_width
                and self.column > indent
            ):
                self.write_indent()
                self.whitespace = False
                self.indention = False
                self._write(word)
            else:
                self._write(" " * spaces + word)
            spaces = 0

    def write_folded(self, text: Any, comment: Any) -> None:
        # A folded scalar keeps its lines: ruamel.yaml would fold a long line at a space,
        # which changes the text when the line is more indented (its breaks are kept).
        width, self.best_width = self.best_width, 2**31
        try:
            super().write_folded(text, comment)
        finally:
            self.best_width = width

    def _write(self, data: str) -> None:
        self.column += len(data)
        self.stream.write(data.encode(self.encoding) if self.encoding else data)

    def write_comment(self, comment: Any, pre: bool = False) -> None:
        if pre or not isinstance(comment, _PostComment):
            super().write_comment(comment, pre)
            return
        value = comment.value[:-1]
        if value.startswith("\n"):
            if self.column == 0:  # after a block scalar, the line has ended
                value = value[1:]
        else:
            first = value.split("\n", 1)[0]
            column = comment.wanted
            if column < self.column + 1 or column + len(first) > self.best_width:
                column = self.column + max(1, min(comment.gap, 2))
            value = " " * (column - self.column) + value
        self.stream.write(value.encode(self.encoding) if self.encoding else value)
        self.write_line_break()


class _Resolver(VersionedResolver):
    """ruamel.yaml's resolver without timestamps and numbers: they stay text.

    So `signed: 2023-02-30` is laid out like any text (check reports the date),
    instead of failing in ruamel.yaml's date constructor; and a date or a number
    is written back exactly as it was, since text that looks like one is written
    plain. ruamel.yaml would rewrite numbers in its own way (`+5` as `5`,
    `3.141592653589793238` as `3.141592653589793116`), and some floats to another
    value (`4.234783572549837e+16`), which fmt then refused. The checker's loader
    still reads them as numbers: the data is compared as it reads it.
    """

    @property
    def versioned_resolver(self) -> Any:
        resolvers = super().versioned_resolver
        return {
            first: [(tag, regexp) for tag, regexp in pairs if not tag.endswith(_AS_TEXT)]
            for first, pairs in resolvers.items()
        }


_AS_TEXT = (":timestamp", ":int", ":float")


def _yaml(width: int) -> YAML:
    yaml = YAML(typ="rt", pure=True)
    yaml.Resolver = _Resolver
    yaml.preserve_quotes = True
    yaml.indent(mapping=MAPPING_INDENT, sequence=SEQUENCE_INDENT, offset=SEQUENCE_DASH_OFFSET)
    yaml.width = width
    yaml.Emitter = _Emitter
    yaml.brace_single_entry_mapping_in_flow_sequence = True
    return yaml


class _Layout:
    """Decides flow or block for each flow collection and puts the comments back."""

    def __init__(self, placement: _Placement, width: int) -> None:
        self.placement = placement
        self.width = width
        self.measure = _yaml(10**9)
        self.after: dict[tuple[int, Any], list[str]] = {}

    def one_line(self, key: Any, value: Any, in_mapping: bool) -> int:
        """The length of `key: value` (or of the item `value`) written on one line."""
        wrapper: Any
        if in_mapping:
            wrapper = CommentedMap()
            wrapper[key] = value
        else:
            wrapper = CommentedSeq([value])
        wrapper.fa.set_flow_style()
        stream = io.StringIO()
        self.measure.dump(wrapper, stream)
        return len(stream.getvalue().strip()) - 2

    def flows(self, node: Any, column: int, seen: set[int]) -> None:
        """Turn the flow collections that do not fit their line into block ones."""
        if not _is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        is_map = isinstance(node, CommentedMap)
        for key, value in _own_items(node):
            if (
                isinstance(value, CommentedMap | CommentedSeq)
                and value.fa.flow_style()
                and len(value) > 0
            ):
                start = column if is_map else column + SEQUENCE_DASH_OFFSET
                if start + self.one_line(key, value, is_map) > self.width:
                    value.fa.set_block_style()
            if _is_block(value):
                self.flows(value, self.child_column(node, column), seen)

    @staticmethod
    def child_column(node: Any, column: int) -> int:
        """Where the entries of a block collection under an entry of `node` start."""
        return column + (MAPPING_INDENT if isinstance(node, CommentedMap) else 2)

    def first_before(self, node: Any) -> list[str]:
        """Take the comment lines above the first entry of `node`, a block collection item."""
        items = _own_items(node)
        if not items:  # pragma: no cover - an empty collection is written flow
            return []
        key, value = items[0]
        notes = self.placement.notes.get((id(node), key))
        lines: list[str] = []
        if notes is not None:
            lines, notes.before = notes.before, []
        if isinstance(node, CommentedSeq) and _is_block(value):
            lines += self.first_before(value)
        return lines

    def ends(self, node: Any, column: int, seen: set[int]) -> None:
        """Move the comments at the end of each block collection below its last line."""
        if not _is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        for _key, value in _own_items(node):
            self.ends(value, self.child_column(node, column), seen)
        lines = self.placement.ends.get(id(node))
        if not lines:
            return
        indented = [" " * column + line if line else line for line in lines]
        self.after.setdefault(self.last_entry(node), []).extend(indented)

    @staticmethod
    def last_entry(node: Any) -> tuple[int, Any]:
        """The entry written last in block collection `node`: (id of its container, key)."""
        while True:
            key, value = _own_items(node)[-1]
            if not _is_block(value):
                return id(node), key
            node = value

    def attach(self, node: Any, column: int, seen: set[int]) -> None:
        """Give ruamel.yaml the comments of `node`'s entries, indented for `column`."""
        if not _is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        is_map = isinstance(node, CommentedMap)
        for key, value in _own_items(node):
            notes = self.placement.notes.get((id(node), key), _Notes())
            before = list(notes.before)
            if not is_map and _is_block(value):
                before += self.first_before(value)
                if notes.eol is not None or notes.more:
                    # "- # comment" over a block collection trips ruamel.yaml's emitter:
                    # the comment goes to the end of the item's first line instead, or
                    # above the item when that line opens a block scalar.
                    first_key, first_value = _own_items(value)[0]
                    moved = [notes.eol.text] if notes.eol is not None else []
                    if isinstance(first_value, LiteralScalarString | FoldedScalarString):
                        before += moved + notes.more
                    else:
                        first = self.placement.at(value, first_key)
                        if first.eol is None and notes.eol is not None:
                            first.eol, moved = notes.eol, []
                        first.more[:0] = moved + notes.more
                    notes = _Notes()
            before = _collapse(before)
            more = [" " * column + line for line in notes.more]
            if more and _is_block(value):  # a flow collection turned block: above its entries
                first = self.placement.at(value, _own_items(value)[0][0])
                first.before[:0] = notes.more
                more = []
            after = _collapse(more + self.after.get((id(node), key), []))
            pre = [
                CommentToken(line + "\n" if line else "\n", CommentMark(column if line else 0))
                for line in before
            ]
            post = None
            eol = notes.eol
            if eol is not None or after:
                value_text = (eol.text if eol is not None else "") + "".join(
                    "\n" + line for line in after
                )
                post = _PostComment(
                    value_text + "\n",
                    eol.column if eol is not None else 0,
                    eol.gap if eol is not None else 0,
                )
            header = self.placement.block_headers.get((id(node), key))
            if pre or post is not None or header is not None:
                if is_map:
                    node.ca.items[key] = [None, pre or None, post, header]
                else:
                    node.ca.items[key] = [post, pre or None]
            self.attach(value, self.child_column(node, column), seen)


def _layout(root: Any, placement: _Placement, width: int) -> None:
    layout = _Layout(placement, width)
    if isinstance(root, CommentedMap) and root.fa.flow_style():
        root.fa.set_block_style()  # the top level is always block
    layout.flows(root, 0, set())
    layout.ends(root, 0, set())
    layout.attach(root, 0, set())
    root.ca.comment = [
        None,
        [
            CommentToken(line + "\n" if line else "\n", CommentMark(0))
            for line in _collapse(placement.header)
        ],
    ]


# --- Formatting -------------------------------------------------------------------------


def _normalise_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _same(left: Any, right: Any) -> bool:
    """Equal data, types included (1, 1.0 and True are different values here)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(
            _same(a, b) for a, b in zip(left, right, strict=True)
        )
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


def _reading(doc: Document) -> Counter[str]:
    return Counter(f.code for f in doc.findings)


def _layout_text(text: str, kind: str, width: int) -> str:
    yaml = _yaml(width)
    source = _scan(text, block_header_comments=False)
    with warnings.catch_warnings():
        # ruamel.yaml warns on stderr about what the checker's loader has already
        # read (an anchor defined twice is valid YAML 1.2: the later one counts).
        warnings.simplefilter("ignore", YAMLWarning)
        warnings.simplefilter("ignore", YAMLFutureWarning)
        root = yaml.load(text)
    placement = _place_comments(root, source)
    _strip_comments(root, placement)
    _reorder(root, SHAPES[kind])
    _layout(root, placement, width)
    stream = io.StringIO()
    yaml.dump(root, stream)
    return _tidy_blank_lines(stream.getvalue())


def _tidy_blank_lines(text: str) -> str:
    """No blank line at the start or the end, and never two in a row (outside scalars)."""
    blank = {c.line for c in _scan(text, block_header_comments=True).full if c.text == _BLANK}
    starts = _line_starts(text)
    if text.endswith("\n"):
        starts.pop()  # no line after the final newline
    last = len(starts) - 1
    while last in blank:
        blank.discard(last)
        text = text[: starts[last]]
        last -= 1
    drop = [n for n in sorted(blank) if n == 0 or n - 1 in blank]
    for number in reversed(drop):
        end = starts[number + 1] if number + 1 < len(starts) else len(text)
        text = text[: starts[number]] + text[end:]
    return text if text.endswith("\n") else text + "\n"


def format_text(
    text: str, kind: str = REGULATION, *, path: str = "<text>", width: int = WIDTH
) -> str:
    """The canonical layout of `text`, a regulation or an evaluation record.

    Raises `UnreadableError` when the checker's loader reports errors, and
    `FormatError` when the layout would not keep the data or a comment.
    """
    if kind not in SHAPES:
        raise ValueError(f"unknown kind {kind!r}")
    if text.startswith("\ufeff"):
        text = text[1:]
    before = load_text(text, path)
    if not before.ok:
        raise UnreadableError(before)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES or before.nodes > MAX_VALUES:
        raise FormatError(
            "fmt_too_large",
            path=path,
            size=size,
            values=before.nodes,
            max_bytes=MAX_BYTES,
            max_values=MAX_VALUES,
        )
    normalised = _normalise_breaks(text)
    try:
        formatted = _layout_text(normalised, kind, width)
    except Exception as error:  # ruamel.yaml reads some files libyaml reads differently
        detail = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise FormatError("fmt_cannot_lay_out", path=path, detail=detail) from error
    after = load_text(formatted, path)
    if not after.ok or not _same(before.data, after.data) or _reading(before) != _reading(after):
        raise FormatError("fmt_would_change_data", path=path)
    if comments_of(normalised) != comments_of(formatted):
        raise FormatError("fmt_would_lose_comment", path=path)
    return formatted


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def kind_of(path: Path) -> str:
    """Evaluation records live in a regulation's `evaluations/` folder; the rest are regulations."""
    if path.name != REGULATION_FILE and path.parent.name == EVALUATIONS_DIR:
        return EVALUATION
    return REGULATION


def format_file(path: Path, kind: str | None = None, *, width: int = WIDTH) -> FileResult:
    """Format one file in memory; nothing is written."""
    shown = _display(path)
    chosen = kind if kind is not None else kind_of(path)
    result = FileResult(path=path, shown=shown, kind=chosen)
    try:
        raw = read_file(path, shown)
    except ReadError as error:
        result.findings = [error.finding]
        return result
    doc = load_bytes(raw, shown)
    result.source = doc.text
    if not doc.ok:
        result.findings = doc.findings
        return result
    try:
        formatted = format_text(doc.text, chosen, path=shown, width=width)
        if formatted != doc.text and format_text(formatted, chosen, path=shown, width=width) != (
            formatted
        ):
            raise FormatError("fmt_not_stable", path=shown)
    except UnreadableError as error:  # pragma: no cover - the same loader read it above
        result.findings = error.document.findings
        return result
    except FormatError as error:
        result.error = error
        return result
    new_bytes = formatted.encode("utf-8")
    if new_bytes != raw:
        result.changed = True
        result.text = formatted
    return result


def files_to_format(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """The regulation and evaluation files at `paths`, as `coordreg check` finds them."""
    found: list[tuple[Path, str]] = []
    for _folder, group in sorted(discover(paths).items()):
        if group.regulation is not None:
            found.append((group.regulation, REGULATION))
        found.extend((file, EVALUATION) for file in sorted(group.evaluations))
    return found


def format_paths(paths: Sequence[Path], *, write: bool = False, width: int = WIDTH) -> FormatResult:
    """Format every file at `paths`; with `write`, replace the files that change, atomically."""
    from coordreg.files.atomic import write_atomic

    result = FormatResult()
    for path, kind in files_to_format(paths):
        done = format_file(path, kind, width=width)
        if write and done.changed and done.text is not None:
            try:
                # Through a symbolic link, replace the file it points to, not the link.
                write_atomic(path.resolve(), done.text)
            except OSError as error:
                done.changed, done.text = False, None
                reason = error.strerror or str(error)
                done.error = FormatError("fmt_cannot_write", path=done.shown, reason=reason)
        result.files.append(done)
    return result
