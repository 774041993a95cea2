"""Walking ruamel.yaml's round-trip tree: which collections are block, and their own entries."""

from __future__ import annotations

from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq


def is_block(node: Any) -> bool:
    """A block collection: written one entry a line (an empty one is always `[]` or `{}`)."""
    return (
        isinstance(node, CommentedMap | CommentedSeq) and len(node) > 0 and not node.fa.flow_style()
    )


def own_items(node: Any) -> list[tuple[Any, Any]]:
    """A mapping's (key, value) pairs as written (merged `<<` keys left out), a list's (index, item)."""
    if isinstance(node, CommentedMap):
        return list(node.non_merged_items())
    return list(enumerate(node))
