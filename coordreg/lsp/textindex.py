"""Places in a text three ways: character offsets, findings' lines, and the editor's positions.

Findings count lines as libyaml does (it also breaks lines at U+0085, U+2028 and
U+2029) and columns in characters, from 1. The Language Server Protocol counts
lines broken only at \\n, \\r\\n and \\r, and columns, from 0, in the code units of the
encoding agreed at start-up: UTF-16 unless the editor offers UTF-8 or UTF-32.
Everything inside the server is a character offset into the text; this module is
the one place that converts, so a Vietnamese letter or an emoji never shifts a
range.
"""

from __future__ import annotations

import bisect
import re

from lsprotocol import types

from coordreg.loader.positions import line_starts, offset_of

_LSP_BREAK = re.compile("\r\n|\r|\n")


def _units(text: str, encoding: str) -> int:
    """How many code units of `encoding` the editor counts in `text`."""
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8", "surrogatepass"))
    return len(text) + sum(1 for char in text if ord(char) > 0xFFFF)


def _characters(line: str, units: int, encoding: str) -> int:
    """How many characters of `line` the first `units` code units cover (within the line)."""
    if encoding == types.PositionEncodingKind.Utf32:
        return min(units, len(line))
    counted = 0
    for index, char in enumerate(line):
        if counted >= units:
            return index
        counted += _units(char, encoding)
    return len(line)


class TextIndex:
    """One text's line starts, for converting between offsets and positions."""

    def __init__(self, text: str, encoding: str = types.PositionEncodingKind.Utf16) -> None:
        self.text = text
        self.encoding = encoding
        self._yaml_starts = line_starts(text)
        self._lsp_starts = [0, *(match.end() for match in _LSP_BREAK.finditer(text))]

    def finding_offset(self, line: int, column: int) -> int:
        """The offset of a finding's 1-based (line, column); the text's start for line 0."""
        return offset_of(self._yaml_starts, len(self.text), line, column)

    def line_end(self, offset: int) -> int:
        """The offset of the end of the editor's line that holds `offset` (before its break)."""
        number = bisect.bisect_right(self._lsp_starts, offset) - 1
        end = self._lsp_starts[number + 1] if number + 1 < len(self._lsp_starts) else len(self.text)
        while end > self._lsp_starts[number] and self.text[end - 1] in "\r\n":
            end -= 1
        return end

    def position(self, offset: int) -> types.Position:
        """The editor's position of `offset`."""
        offset = max(0, min(offset, len(self.text)))
        number = bisect.bisect_right(self._lsp_starts, offset) - 1
        start = self._lsp_starts[number]
        return types.Position(number, _units(self.text[start:offset], self.encoding))

    def range(self, start: int, end: int) -> types.Range:
        return types.Range(self.position(start), self.position(end))

    def offset(self, position: types.Position) -> int:
        """The offset of the editor's `position` (clamped to the text)."""
        if position.line >= len(self._lsp_starts):
            return len(self.text)
        start = self._lsp_starts[position.line]
        line = self.text[start : self.line_end(start)]
        return start + _characters(line, position.character, self.encoding)
