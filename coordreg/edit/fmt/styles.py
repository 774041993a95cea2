"""The collections fmt writes in one style whatever style the file had them in.

Most collections keep their style (a flow list stays flow while it fits, a block
list stays block). A few read best one way, and `transfer` writes them that way:
a body's `succeeded_by`, one id or a short list, on its key's line; the `acts`
and each element's earlier values (`before`), records of several fields, one
field a line. `restyle` sets those styles before `layout` decides the rest (a
flow list too long for its line still turns block there).

A block list with comments among its items stays block: written flow, its
comments would have nowhere to go.
"""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coordreg.edit.fmt.placement import Placement
from coordreg.edit.fmt.shape import Shape
from coordreg.edit.fmt.tree import is_block, own_items


def _has_comments(node: CommentedSeq, placement: Placement) -> bool:
    """Whether a comment or a blank line belongs to an item of `node` or to its end."""
    if placement.ends.get(id(node)):
        return True
    for index, _item in own_items(node):
        notes = placement.notes.get((id(node), index))
        if notes is not None and (notes.before or notes.eol is not None or notes.more):
            return True
    return False


def _block(node: CommentedSeq) -> None:
    node.fa.set_block_style()
    for item in node:
        if isinstance(item, CommentedMap) and len(item) > 0:
            item.fa.set_block_style()


def restyle(node: Any, shape: Shape | None, placement: Placement, seen: set[int]) -> None:
    """Give the collections `shape` fixes their style, in `node` and below it."""
    if shape is None or not isinstance(node, CommentedMap | CommentedSeq) or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, CommentedSeq):
        for item in node:
            restyle(item, shape.each, placement, seen)
        return
    for key, value in own_items(node):
        style = shape.styles.get(key) if isinstance(key, str) else None
        if isinstance(value, CommentedSeq) and len(value) > 0 and is_block(node):
            if style == "flow" and is_block(value) and not _has_comments(value, placement):
                if not any(isinstance(item, CommentedMap | CommentedSeq) for item in value):
                    value.fa.set_flow_style()
            elif style == "block":
                _block(value)
        restyle(value, shape.fields.get(key) if isinstance(key, str) else None, placement, seen)
