"""The layout of a round-trip tree: flow or block for each collection, comments put back.

Runs after the keys are reordered and before ruamel.yaml writes the tree: it
turns the flow collections that do not fit their line into block ones and hands
each comment of the `Placement` to ruamel.yaml at the entry it now belongs to,
indented for where that entry is written.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import FoldedScalarString, LiteralScalarString
from ruamel.yaml.tokens import CommentToken

from coordreg.edit.fmt.emitter import (
    MAPPING_INDENT,
    SEQUENCE_DASH_OFFSET,
    PostComment,
    round_trip_yaml,
)
from coordreg.edit.fmt.placement import Notes, Placement, collapse
from coordreg.edit.fmt.tree import is_block, own_items


class _Layout:
    """Decides flow or block for each flow collection and puts the comments back."""

    def __init__(self, placement: Placement, width: int) -> None:
        self.placement = placement
        self.width = width
        self.measure = round_trip_yaml(10**9)
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
        if not is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        is_map = isinstance(node, CommentedMap)
        for key, value in own_items(node):
            if (
                isinstance(value, CommentedMap | CommentedSeq)
                and value.fa.flow_style()
                and len(value) > 0
            ):
                start = column if is_map else column + SEQUENCE_DASH_OFFSET
                if start + self.one_line(key, value, is_map) > self.width:
                    value.fa.set_block_style()
            if is_block(value):
                self.flows(value, self.child_column(node, column), seen)

    @staticmethod
    def child_column(node: Any, column: int) -> int:
        """Where the entries of a block collection under an entry of `node` start."""
        return column + (MAPPING_INDENT if isinstance(node, CommentedMap) else 2)

    def first_before(self, node: Any) -> list[str]:
        """Take the comment lines above the first entry of `node`, a block collection item."""
        items = own_items(node)
        if not items:  # pragma: no cover - an empty collection is written flow
            return []
        key, value = items[0]
        notes = self.placement.notes.get((id(node), key))
        lines: list[str] = []
        if notes is not None:
            lines, notes.before = notes.before, []
        if isinstance(node, CommentedSeq) and is_block(value):
            lines += self.first_before(value)
        return lines

    def ends(self, node: Any, column: int, seen: set[int]) -> None:
        """Move the comments at the end of each block collection below its last line."""
        if not is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        for _key, value in own_items(node):
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
            key, value = own_items(node)[-1]
            if not is_block(value):
                return id(node), key
            node = value

    def attach(self, node: Any, column: int, seen: set[int]) -> None:
        """Give ruamel.yaml the comments of `node`'s entries, indented for `column`."""
        if not is_block(node) or id(node) in seen:
            return
        seen.add(id(node))
        is_map = isinstance(node, CommentedMap)
        for key, value in own_items(node):
            notes = self.placement.notes.get((id(node), key), Notes())
            before = list(notes.before)
            if not is_map and is_block(value):
                before += self.first_before(value)
                if notes.eol is not None or notes.more:
                    # "- # comment" over a block collection trips ruamel.yaml's emitter:
                    # the comment goes to the end of the item's first line instead, or
                    # above the item when that line opens a block scalar.
                    first_key, first_value = own_items(value)[0]
                    moved = [notes.eol.text] if notes.eol is not None else []
                    if isinstance(first_value, LiteralScalarString | FoldedScalarString):
                        before += moved + notes.more
                    else:
                        first = self.placement.at(value, first_key)
                        if first.eol is None and notes.eol is not None:
                            first.eol, moved = notes.eol, []
                        first.more[:0] = moved + notes.more
                    notes = Notes()
            before = collapse(before)
            more = [" " * column + line for line in notes.more]
            if more and is_block(value):  # a flow collection turned block: above its entries
                first = self.placement.at(value, own_items(value)[0][0])
                first.before[:0] = notes.more
                more = []
            after = collapse(more + self.after.get((id(node), key), []))
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
                post = PostComment(
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


def lay_out(
    root: Any, placement: Placement, width: int, restyle: Callable[[Any], None] | None = None
) -> None:
    """Ready `root` for ruamel.yaml to write: flow or block chosen, every comment attached.

    `restyle` gives the collections with a fixed style that style (`styles`); it runs
    again on what turned block for want of room, whose collections it had not seen
    as block the first time.
    """
    layout = _Layout(placement, width)
    if isinstance(root, CommentedMap) and root.fa.flow_style():
        root.fa.set_block_style()  # the top level is always block
    if restyle is not None:
        restyle(root)
        layout.flows(root, 0, set())
        restyle(root)
    layout.flows(root, 0, set())
    layout.ends(root, 0, set())
    layout.attach(root, 0, set())
    root.ca.comment = [
        None,
        [
            CommentToken(line + "\n" if line else "\n", CommentMark(0))
            for line in collapse(placement.header)
        ],
    ]
