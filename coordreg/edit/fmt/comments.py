"""The comment scan: where a text's comments and blank lines are, outside every token.

fmt takes the comments off ruamel.yaml's round-trip tree and places them itself
(`placement`), from what this scan finds. It also counts the comments of a text
(fmt refuses a layout that loses one) and tidies the blank lines of the result.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.tokens import BlockEntryToken, ScalarToken

# The line breaks of YAML 1.1, which ruamel.yaml's reader (like libyaml) counts.
_BREAK_RE = re.compile("\n|\x85|\u2028|\u2029")
_BLOCK_HEADER_RE = re.compile(r"[|>][0-9+-]*")
# The text of a blank line among the comments: blank lines are placed like comment lines.
BLANK = ""


@dataclass(frozen=True)
class Comment:
    """A comment (from its '#', trailing spaces removed), or a blank line (text "")."""

    line: int
    column: int
    text: str
    # For an end-of-line comment: the spaces between the content and the '#'.
    gap: int = 0


@dataclass
class Source:
    """The comments and blank lines of a text, and where its lines and list entries start."""

    text: str
    full: list[Comment]  # comment lines and blank lines, in order
    eol: list[Comment]  # end-of-line comments, in order
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


def scan(text: str, *, block_header_comments: bool) -> Source:
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
    full: list[Comment] = []
    eol: list[Comment] = []
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
                eol.append(Comment(number, hash_at, comment, hash_at - content_end))
            else:
                full.append(Comment(number, hash_at, comment))
        elif not line.strip() and not any(covered[begin : finish + 1]):
            full.append(Comment(number, -1, BLANK))
    dashes.sort()
    return Source(text, full, eol, starts, dashes)


def comments_of(text: str) -> Counter[str]:
    """Every comment of `text` (from its '#', trailing spaces removed), counted."""
    source = scan(text, block_header_comments=True)
    return Counter(c.text for c in [*source.full, *source.eol] if c.text != BLANK)


def tidy_blank_lines(text: str) -> str:
    """No blank line at the start or the end, and never two in a row (outside scalars)."""
    blank = {c.line for c in scan(text, block_header_comments=True).full if c.text == BLANK}
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
