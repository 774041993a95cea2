"""Where each comment belongs: above, at the end of, or after an entry, so keys can move.

A comment line goes with the key or item below it, unless it is indented under
the end of a list or mapping, then it stays at that end. An end-of-line comment
stays with the entry whose line it ends. The tree's own comments (ruamel.yaml's)
are then dropped: the `Placement` holds them all.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString

from coordreg.edit.fmt.comments import BLANK, Comment, Source
from coordreg.edit.fmt.tree import is_block, own_items


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
class Notes:
    """The comments of one entry: lines above it, the comment ending its line, and more."""

    before: list[str] = field(default_factory=list)
    eol: Comment | None = None
    # The end-of-line comments on the next lines of a flow collection.
    more: list[str] = field(default_factory=list)


class Placement:
    """The comments of a file attached to what they belong to, so that keys can move."""

    def __init__(self) -> None:
        self.header: list[str] = []
        self.notes: dict[tuple[int, Any], Notes] = {}
        # Comments at the end of a block container, by id(container).
        self.ends: dict[int, list[str]] = {}
        # Comments on the header line of block scalars, as ruamel.yaml keeps them.
        self.block_headers: dict[tuple[int, Any], list[str]] = {}

    def at(self, container: Any, key: Any) -> Notes:
        return self.notes.setdefault((id(container), key), Notes())


def _entries(root: Any, source: Source) -> tuple[list[_Entry], dict[int, int]]:
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
        if not is_block(node) or id(node) in seen:
            return  # flow collections hold no entries; an alias is walked once
        seen.add(id(node))
        chain = (*chain, node)
        for key, value in own_items(node):
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


def collapse(lines: list[str]) -> list[str]:
    """Runs of blank lines become one."""
    kept: list[str] = []
    for line in lines:
        if line == BLANK and kept and kept[-1] == BLANK:
            continue
        kept.append(line)
    return kept


def _end_runs(
    lines: list[Comment], chain: tuple[Any, ...], columns: dict[int, int]
) -> list[tuple[Any, list[Comment]]]:
    """Comment lines after the last entry of nested collections, by the collection they end.

    A comment ends the innermost collection of `chain` (root first) whose
    entries are not indented deeper than it. Collections end inner first, so
    once a comment ends an outer one, the comments below it end that one too.
    """
    runs: list[tuple[Any, list[Comment]]] = []
    pending: list[Comment] = []
    depth = len(chain) - 1
    for comment in lines:
        if comment.text == BLANK:
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


def place_comments(root: Any, source: Source) -> Placement:
    """Attach each comment and blank line of `source` to the entry of `root` it belongs to."""
    entries, columns = _entries(root, source)
    starts = [entry.line for entry in entries]
    placement = Placement()
    header: list[Comment] = []
    groups: dict[int, list[Comment]] = {}
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
                if comment.text == BLANK:
                    continue
                if comment.column <= following.column:
                    break
                split = number + 1
        else:
            split = len(lines)
        trailing, leading = lines[:split], lines[split:]
        if all(c.text == BLANK for c in trailing):
            # Blank lines only: they go with the next entry, or nowhere at the end.
            trailing, leading = [], (trailing + leading if following is not None else [])
        open_chain = following.chain if following is not None else ()
        moved: list[Comment] = []
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


def strip_comments(node: Any, placement: Placement, seen: set[int] | None = None) -> None:
    """Forget the comments ruamel.yaml attached: `placement` holds them now.

    Only the comment on the header line of a block scalar (`text: >-  # ...`)
    stays with ruamel.yaml, which writes it back there.
    """
    seen = set() if seen is None else seen
    if not isinstance(node, CommentedMap | CommentedSeq) or id(node) in seen:
        return
    seen.add(id(node))
    for key, value in own_items(node):
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
    for _key, value in own_items(node):
        strip_comments(value, placement, seen)
