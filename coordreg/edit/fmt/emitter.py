"""ruamel.yaml set up for fmt: how a round-trip tree is read and written back.

Two spaces per level, list items two spaces in; quotes kept; dates and numbers
read as the text they are; plain text folded only at single spaces; end-of-line
comments in their column while the line fits.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.emitter import RoundTripEmitter
from ruamel.yaml.error import CommentMark
from ruamel.yaml.resolver import VersionedResolver
from ruamel.yaml.tokens import CommentToken

MAPPING_INDENT = 2
SEQUENCE_INDENT = 4
SEQUENCE_DASH_OFFSET = 2


class PostComment(CommentToken):
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
        self._write_comment(comment, pre)
        if not pre:
            # An end-of-line comment ends its line, so what comes next is no longer
            # "right after a `- `". ruamel.yaml does not reset `no_newline` after a
            # comment that ends a flow collection: the stale flag from the `- ` before
            # that collection then suppresses a line break further on, and a later
            # block mapping comes out as `- id: a name: b`, which is not YAML.
            self.no_newline = False

    def _write_comment(self, comment: Any, pre: bool) -> None:
        if pre or not isinstance(comment, PostComment):
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


def round_trip_yaml(width: int) -> YAML:
    """ruamel.yaml's round trip as fmt reads and writes a file, `width` columns wide."""
    yaml = YAML(typ="rt", pure=True)
    yaml.Resolver = _Resolver
    yaml.preserve_quotes = True
    yaml.indent(mapping=MAPPING_INDENT, sequence=SEQUENCE_INDENT, offset=SEQUENCE_DASH_OFFSET)
    yaml.width = width
    yaml.Emitter = _Emitter
    yaml.brace_single_entry_mapping_in_flow_sequence = True
    return yaml
