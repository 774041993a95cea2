"""Places in a YAML text, counted the way libyaml counts them.

The parser gives 0-based (line, column) marks; findings and reporters show
1-based ones. Lines must split where libyaml splits them, or a finding's
column and the source line a reporter prints would disagree.
"""

from __future__ import annotations

import functools
import re

Position = tuple[int, int]

# The characters libyaml counts as line breaks (its IS_BREAK); positions and the
# source lines reporters show must split lines the same way.
_LINE_BREAK_RE = re.compile("\r\n|\r|\n|\x85|\u2028|\u2029")
_OTHER_BREAKS = ("\r", "\x85", "\u2028", "\u2029")


@functools.lru_cache(maxsize=8)
def split_lines(text: str) -> tuple[str, ...]:
    """The lines of `text` as libyaml numbers them (str.splitlines also splits on \\f, \\v ...).

    Kept for the last few texts: a reporter asks once per finding, and a file of
    1,000 findings in 10 MiB must not be split 1,000 times.
    """
    if not any(other in text for other in _OTHER_BREAKS):
        return tuple(text.split("\n"))  # the common case, several times faster
    return tuple(_LINE_BREAK_RE.split(text))


def leading_lines(text: str, count: int) -> list[str]:
    """The first `count` lines of `text` as `split_lines` numbers them (all of them, if
    it has fewer): a finding near the top needs no split of the whole file."""
    if not any(other in text for other in _OTHER_BREAKS):
        return text.split("\n", count)[:count]
    return _LINE_BREAK_RE.split(text, count)[:count]


def line_starts(text: str) -> list[int]:
    """The character offset at which each of libyaml's lines of `text` starts."""
    starts = [0]
    for line in split_lines(text)[:-1]:
        start = starts[-1] + len(line)
        # The break itself: \r\n is two characters, every other break one.
        start += 2 if text.startswith("\r\n", start) else 1
        starts.append(start)
    return starts


def offset_of(starts: list[int], length: int, line: int, column: int) -> int:
    """The character offset of a finding's 1-based (line, column); 0 for line 0.

    `starts` are the text's `line_starts`, `length` its length: a place past the
    end is the end.
    """
    if line <= 0:
        return 0
    start = starts[min(line, len(starts)) - 1]
    return min(start + max(column, 1) - 1, length)


def position_in_text(text: str, index: int) -> Position:
    """0-based (line, column) of the character at `index`."""
    index = max(0, min(index, len(text)))
    line = 0
    line_start = 0
    for match in _LINE_BREAK_RE.finditer(text, 0, index):
        line += 1
        line_start = match.end()
    return line, index - line_start


@functools.lru_cache(maxsize=2)
def _last_line(text: str) -> tuple[int, int]:
    """The 0-based number of the last line of `text`, and its length."""
    lines = split_lines(text)
    return len(lines) - 1, len(lines[-1])


def inside(text: str, line: int, column: int) -> Position:
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
