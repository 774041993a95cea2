"""The documented key order: each mapping's keys in the order the models declare them.

`reorder` puts the keys of a round-trip tree in that order; unknown keys keep
their order after the known ones, and the entries of lists stay where they are
(their order is data).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import UnionType
from typing import Annotated, Any, Union, get_args, get_origin

from pydantic import BaseModel
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from coordreg.edit.fmt.tree import own_items
from coordreg.model import Evaluation, Regulation, Schedule

REGULATION = "regulation"
EVALUATION = "evaluation"
# The collections written one way whatever way the file had them (`styles`): a
# body's successors, one id or a few, on the line of their key ("flow", when it
# fits); the acts and an element's earlier values, records of several fields,
# one field a line ("block", the list and its entries).
FIXED_STYLES = {"succeeded_by": "flow", "acts": "block", "before": "block"}


@dataclass(frozen=True)
class Shape:
    """The keys of a mapping in their documented order, and the shapes below it.

    `fields` gives the shape of the value under a key; `each` the shape of
    every item of a list, or of every value of a mapping keyed by ids; `styles`
    the keys whose collection has one fixed style (`FIXED_STYLES`).
    """

    keys: tuple[str, ...] = ()
    fields: dict[str, Shape] = field(default_factory=dict)
    each: Shape | None = None
    styles: dict[str, str] = field(default_factory=dict)


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
        if len(shapes) == 1:
            return shapes[0]
        # One of several models (a result, or results by party; a lead written as a
        # mapping): the keys of each, in turn, since a mapping holds one model's keys.
        models = [shape for shape in shapes if shape is not None and shape.keys]
        if len(models) != len(shapes) - shapes.count(None) or not models:
            return None
        keys = tuple(dict.fromkeys(key for shape in models for key in shape.keys))
        fields = {name: sub for shape in models for name, sub in shape.fields.items()}
        styles = {name: style for shape in models for name, style in shape.styles.items()}
        return Shape(keys, fields, styles=styles)
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
        styles = {
            name: FIXED_STYLES[name] for name in annotation.model_fields if name in FIXED_STYLES
        }
        return Shape(tuple(annotation.model_fields), fields, styles=styles)
    return None


def _model_shape(model: type[BaseModel]) -> Shape:
    shape = shape_of(model)
    assert shape is not None
    return shape


SHAPES = {REGULATION: _model_shape(Regulation), EVALUATION: _model_shape(Evaluation)}


def reorder(node: Any, shape: Shape | None, seen: set[int] | None = None) -> None:
    seen = set() if seen is None else seen
    if shape is None or not isinstance(node, CommentedMap | CommentedSeq) or id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, CommentedSeq):
        for item in node:
            reorder(item, shape.each, seen)
        return
    if shape.keys:
        present = list(node.keys())
        known = [key for key in shape.keys if key in node]
        order = known + [key for key in present if not (isinstance(key, str) and key in known)]
        if order != present:
            for key in order:
                node.move_to_end(key)
    for key, value in own_items(node):
        if shape.keys:
            reorder(value, shape.fields.get(key) if isinstance(key, str) else None, seen)
        else:
            reorder(value, shape.each, seen)
