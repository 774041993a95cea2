"""Editing a YAML text in place: replace, insert or remove exactly the characters that change.

`coordreg transfer` rewrites a regulation the way a careful person would: only
the values that change are touched, so comments, key order, quoting, blank
lines and every other byte stay as they were. This module holds the pieces
that do not depend on what is edited: where each value is (`SourceLayout`, over
`coordreg.loader.sourcemap`), where lines start and end, and the edits.

Lines end the way the file ends them: LF, CRLF or a lone CR (all three are YAML
line breaks, and `check` reads all three), so a position is never looked for
with "\\n" alone, and what is inserted ends with the file's own line end.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from coordreg.loader.sourcemap import Span, source_map

Path_ = tuple[Any, ...]
# What libyaml counts as a line break (coordreg.loader.positions): a position is
# at the start of a line when the character before it is one of these.
BREAKS = "\r\n\x85\u2028\u2029"


def newline_of(text: str) -> str:
    """The file's own line end: that of its first line (LF for a text of one line)."""
    for index, char in enumerate(text):
        if char == "\n":
            return "\n"
        if char == "\r":
            return "\r\n" if text.startswith("\n", index + 1) else "\r"
    return "\n"


def line_start(text: str, at: int) -> int:
    """Where the line holding `at` starts."""
    start = at
    while start > 0 and text[start - 1] not in BREAKS:
        start -= 1
    return start


def line_end(text: str, at: int) -> int:
    """Where the line holding `at` ends: its line break, or the end of the text."""
    end = at
    while end < len(text) and text[end] not in BREAKS:
        end += 1
    return end


def next_line(text: str, at: int) -> int:
    """Where the line after the one holding `at` starts (the end of the text at the last line)."""
    end = line_end(text, at)
    if text.startswith("\r\n", end):
        return end + 2
    return min(end + 1, len(text))


def column(text: str, at: int) -> int:
    return at - line_start(text, at)


@dataclass(frozen=True)
class Edit:
    """Replace text[start:end] with `text` (an insertion when start == end)."""

    start: int
    end: int
    text: str


def apply_edits(text: str, edits: list[Edit]) -> str:
    """`text` with every edit made; edits at one place keep the order they were made in."""
    pieces: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        assert edit.start >= position, "overlapping edits"
        pieces += [text[position : edit.start], edit.text]
        position = edit.end
    pieces.append(text[position:])
    return "".join(pieces)


def trimmed(text: str, span: Span) -> Span:
    """`span`, ending where its text does: a block scalar's span runs past its line break."""
    if span.style not in ("|", ">"):
        return span
    end = span.end
    while end > span.start and text[end - 1] in " \t" + BREAKS:
        end -= 1
    return replace(span, end=end)


def _written_end(text: str, span: Span) -> int:
    """Where the scalar or flow collection at `span` ends. A block scalar that keeps its
    final line breaks (`|+`, `>+`) holds the blank lines after its text: it ends at the
    start of the line after them, and nothing may be inserted before that."""
    if span.style in ("|", ">"):
        header = text[span.start : line_end(text, span.start)].split("#")[0]
        if "+" in header:
            end = span.end
            while end > span.start and text[end - 1] in " \t":
                end -= 1
            return end
    return trimmed(text, span).end


class SourceLayout:
    """Where every value of a text is, and what each mapping and list holds, by path."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.spans = source_map(text)
        self.newline = newline_of(text)
        children: dict[Path_, list[Any]] = {}
        ends: dict[Path_, int] = {}
        for path, span in self.spans.items():
            if path:
                children.setdefault(path[:-1], []).append(path[-1])
            if span.kind != "scalar" and not span.flow:
                continue  # a block collection's end mark is where the next token starts
            end = _written_end(text, span)
            for depth in range(len(path) + 1):
                prefix = path[:depth]
                if ends.get(prefix, -1) < end:
                    ends[prefix] = end
        self._children = {
            path: sorted(keys, key=lambda key: self.spans[(*path, key)].start)
            for path, keys in children.items()
        }
        self._ends = ends

    def __getitem__(self, path: Path_) -> Span:
        return self.spans[path]

    def get(self, path: Path_) -> Span | None:
        return self.spans.get(path)

    def children(self, path: Path_) -> list[Any]:
        """The keys of the mapping, or the indexes of the list, at `path`, in the order written."""
        return self._children.get(path, [])

    def content_end(self, path: Path_) -> int:
        """Where the last thing written in the value at `path` ends (not its comments)."""
        return self._ends.get(path, self.spans[path].start)

    def key_column(self, path: Path_) -> int:
        """The column of the key that holds the value at `path`."""
        key_start = self.spans[path].key_start
        assert key_start is not None
        return column(self.text, key_start)

    def after(self, path: Path_) -> int:
        """Where the line after the last one of the value at `path` starts."""
        return next_line(self.text, self.content_end(path))


def replace_scalar(text: str, span: Span, value: str) -> Edit:
    """The edit that writes `value` in place of the scalar at `span`, in the same style.

    A block scalar (`|-` or `>-` and an indented line) spans its header, its line
    and the line break after it: only the text of its line is replaced, so the
    header, the indentation and the line break stay.
    """
    from coordreg.edit.yamlwriter import in_style

    if span.style not in ("|", ">"):
        return Edit(span.start, span.end, in_style(value, span.style))
    start = next_line(text, span.start)  # past the header and its comment
    while start < span.end and text[start] in " \t" + BREAKS:
        start += 1
    return Edit(start, line_end(text, start), value)


def line_removal(text: str, item: Span) -> Edit:
    """The edit that removes the whole line (or lines) of `item`, with its line break."""
    return Edit(line_start(text, item.start), next_line(text, item.end), "")


def remove_item(layout: SourceLayout, sequence: Path_, index: int) -> list[Edit]:
    """The edits that delete one item of a list, with its separator; an emptied list becomes []."""
    text = layout.text
    whole = layout[sequence]
    count = len(layout.children(sequence))
    item = trimmed(text, layout[(*sequence, index)])
    if count == 1:
        if whole.flow:
            return [Edit(whole.start, whole.end, "[]")]
        # A block list: "[]" where its "- item" was, keeping comments around it,
        # unless the list sits at the key's own column, where only "key: []" is valid.
        assert whole.key_start is not None
        if column(text, whole.start) > column(text, whole.key_start):
            return [Edit(whole.start, item.end, "[]")]
        colon = text.index(":", whole.key_start)
        if not text[colon + 1 : line_start(text, item.start)].strip():  # on the next line
            return [Edit(colon + 1, item.end, " []")]  # its end-of-line comment stays
        # Comment lines in between stay: "key: []", and the item's line goes.
        return [Edit(colon + 1, colon + 1, " []"), line_removal(text, item)]
    if whole.flow:
        after = item.end
        while text[after] in " \t":
            after += 1
        if text[after] == ",":  # "a, b" -> remove "a, "
            after += 1
            while text[after] in " \t":
                after += 1
            return [Edit(item.start, after, "")]
        before = item.start  # the last item: remove ", b" when on one line
        while text[before - 1] in " \t":
            before -= 1
        if text[before - 1] == ",":
            return [Edit(before - 1, item.end, "")]
        # Across lines (perhaps after a comment): the item alone; "[a, b,\n]" is valid.
        return [Edit(item.start, item.end, "")]
    return [line_removal(text, item)]  # block list: the whole line "  - b"


def list_edits(
    layout: SourceLayout, sequence: Path_, changes: dict[int, str | None], final: list[str]
) -> list[Edit]:
    """The edits that replace items of a list (index -> new value) or remove them (-> None),
    leaving the list `final`.

    One removal keeps every other byte (`remove_item`); several at once rewrite a
    flow list whole, and remove the lines of a block list's items.
    """
    from coordreg.edit.yamlwriter import flow_sequence

    text = layout.text
    removed = [index for index, value in changes.items() if value is None]
    edits = [
        replace_scalar(text, layout[(*sequence, index)], value)
        for index, value in changes.items()
        if value is not None
    ]
    if len(removed) <= 1:
        return edits + [e for index in removed for e in remove_item(layout, sequence, index)]
    whole = layout[sequence]
    indexes = layout.children(sequence)
    if whole.flow:
        return [Edit(whole.start, whole.end, flow_sequence(final))]
    if len(removed) < len(indexes):
        return edits + [line_removal(text, layout[(*sequence, index)]) for index in removed]
    assert whole.key_start is not None  # every item goes: "key: []"
    colon = text.index(":", whole.key_start)
    return [Edit(colon + 1, layout.content_end(sequence), " []")]
