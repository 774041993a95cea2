"""The edits that write a handover into the file's history: the act, earlier holders, the end.

A transfer effective on a day D adds to the regulation, in place:

- `format: 2` as the first key, if the file has no `format` yet;
- the act under `acts` (the key is created after the preamble, before `parties`);
- for each duty that changed hands, a `before` entry `{act: ID, lead: old}` or
  `{act: ID, support: [old, ...]}`, only the fields that changed, added to the
  entry the duty already has under that act if any;
- the old body's `until` and `succeeded_by`, when it ends.

New keys go where fmt's documented order puts them (the order the models
declare their fields), written in fmt's layout (`coordreg.edit.snippet`), so a
file in fmt's layout stays in it. In a flow mapping or list (`{...}`, `[...]`),
they are added inside it, written flow.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from coordreg.edit import snippet
from coordreg.edit.snippet import Value
from coordreg.edit.textedit import (
    BREAKS,
    Edit,
    Path_,
    SourceLayout,
    column,
    line_end,
    line_start,
    replace_scalar,
)
from coordreg.edit.yamlwriter import flow_sequence, key, scalar
from coordreg.model import Duty, Party, Regulation, Unit
from coordreg.model.amendments import FORMAT_VERSION, Act, EarlierDuty

REGULATION_KEYS = tuple(Regulation.model_fields)
PARTY_KEYS = tuple(Party.model_fields)
UNIT_KEYS = tuple(Unit.model_fields)
DUTY_KEYS = tuple(Duty.model_fields)
EARLIER_DUTY_KEYS = tuple(EarlierDuty.model_fields)
ACT_KEYS = tuple(Act.model_fields)


def act_value(act: Act) -> dict[str, Value]:
    """An act as its entry under `acts` writes it: the fields it has, in the documented order."""
    data: dict[str, Value] = {}
    for name in ACT_KEYS:
        value = getattr(act, name)
        if value is not None:
            data[name] = value
    return data


def flow(value: Value | int) -> str:
    """`value` written inside a flow collection."""
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return scalar(value, flow=True)
    if isinstance(value, Mapping):
        return "{" + ", ".join(f"{key(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if value and all(isinstance(item, Mapping) for item in value):
        return "[" + ", ".join(flow(item) for item in value) + "]"
    return flow_sequence([str(item) for item in value])


def _rank(order: Sequence[str], name: object) -> int:
    return order.index(name) if isinstance(name, str) and name in order else len(order)


def _after_comments(text: str, at: int) -> int:
    """Past the spaces, line breaks and comments from `at` on: where the next token starts."""
    while at < len(text):
        if text[at] in " \t" + BREAKS:
            at += 1
        elif text[at] == "#":
            at = line_end(text, at)
        else:
            break
    return at


def _flow_insert(layout: SourceLayout, path: Path_, piece: str) -> Edit:
    """Add `piece` (an entry written flow) at the end of the flow collection at `path`."""
    text = layout.text
    span = layout[path]
    close = span.end - 1  # the "}" or "]"
    children = layout.children(path)
    if not children:
        return Edit(close, close, piece)
    last = layout.content_end((*path, children[-1]))
    trailing = _after_comments(text, last)
    if text.startswith(",", trailing):  # "{a: 1, }": after the comma already there
        return Edit(close, close, " " + piece)
    return Edit(close, close, ", " + piece)


def _line_after(layout: SourceLayout, path: Path_) -> int:
    """Where a line inserted after the value at `path` starts."""
    text = layout.text
    end = layout.content_end(path)
    if end > 0 and text[end - 1] in BREAKS:  # a block scalar that keeps its line breaks
        return end
    end = line_end(text, end)
    if text.startswith("\r\n", end):
        return end + 2
    return end + 1 if end < len(text) else end


def insert_key(
    layout: SourceLayout, mapping: Path_, name: str, value: Value | int, order: Sequence[str]
) -> Edit:
    """Add `name: value` to the mapping at `mapping`, after the keys the order puts before it."""
    text, newline = layout.text, layout.newline
    span = layout[mapping]
    if span.flow:
        return _flow_insert(layout, mapping, f"{key(name)}: {flow(value)}")
    keys = layout.children(mapping)
    earlier = [k for k in keys if _rank(order, k) < _rank(order, name)]
    if earlier:
        at = _line_after(layout, (*mapping, earlier[-1]))
        indent = layout.key_column((*mapping, earlier[-1]))
    else:  # the first key: above the first one there is (only at the top of a file)
        first = layout[(*mapping, keys[0])]
        assert first.key_start is not None
        at = line_start(text, first.key_start)
        indent = column(text, first.key_start)
    if isinstance(value, int):  # the file format's number
        body = f"{key(name)}: {value}{newline}"
    else:
        body = snippet.entry(name, value, indent, newline)
    lines = " " * indent + body
    if at == len(text) and text and text[-1] not in BREAKS:
        lines = newline + lines  # the file did not end its last line
    elif not mapping and earlier and text.startswith(newline, at):
        lines = newline + lines  # a top-level key before a blank line: set off the same way
    return Edit(at, at, lines)


def add_item(
    layout: SourceLayout,
    mapping: Path_,
    name: str,
    item: Mapping[str, Value],
    order: Sequence[str],
) -> list[Edit]:
    """Append `item` to the list under `name` in the mapping, creating the list if needed."""
    text, newline = layout.text, layout.newline
    path = (*mapping, name)
    span = layout.get(path)
    if span is None:
        return [insert_key(layout, mapping, name, [item], order)]
    items = layout.children(path)
    if span.flow and not items and not layout[mapping].flow:
        # "key: []" in a block mapping: the list is written anew, block.
        assert span.key_start is not None
        indent = column(text, span.key_start)
        written = snippet.entry(name, [item], indent, newline).removesuffix(newline)
        return [Edit(span.key_start, span.end, written)]
    if span.flow or span.kind != "sequence":
        return [_flow_insert(layout, path, flow(item))]
    first = layout[(*path, items[0])]
    dash = text.rindex("-", 0, first.start)
    at = _line_after(layout, (*path, items[-1]))
    lines = snippet.items([item], column(text, dash), newline)
    if at == len(text) and text and text[-1] not in BREAKS:
        lines = newline + lines
    return [Edit(at, at, lines)]


def record_format(layout: SourceLayout) -> list[Edit]:
    """`format: 2` first in the file, or in place of an older number."""
    existing = layout.get(("format",))
    if existing is None:
        return [insert_key(layout, (), "format", FORMAT_VERSION, REGULATION_KEYS)]
    if layout.text[existing.start : existing.end] == str(FORMAT_VERSION):
        return []
    return [Edit(existing.start, existing.end, str(FORMAT_VERSION))]


def record_act(layout: SourceLayout, act: Act) -> list[Edit]:
    """The act's entry, at the end of `acts`."""
    return add_item(layout, (), "acts", act_value(act), REGULATION_KEYS)


def record_before(
    layout: SourceLayout,
    path: Path_,
    duty: Duty,
    act: str,
    changed: Mapping[str, Value],
) -> list[Edit]:
    """The duty's earlier values under `act`: a new entry, or fields added to the one there is."""
    for index, entry in enumerate(duty.before):
        if entry.act != act:
            continue
        known = entry.changed()  # an earlier value already recorded under the act stays
        return [
            insert_key(layout, (*path, "before", index), name, value, EARLIER_DUTY_KEYS)
            for name, value in changed.items()
            if name not in known
        ]
    return add_item(layout, path, "before", {"act": act, **changed}, DUTY_KEYS)


def end_body(
    layout: SourceLayout,
    path: Path_,
    order: Sequence[str],
    until: date,
    successors: list[str],
    written: str | list[str] | None,
) -> list[Edit]:
    """Set the body's `until` and `succeeded_by` (one id, or a list when several take over).

    `written` is the body's `succeeded_by` as the file has it: a list stays a list.
    """
    text, newline = layout.text, layout.newline
    edits: list[Edit] = []
    as_list = len(successors) > 1 or isinstance(written, list)
    successor: str | list[str] = successors if as_list else successors[0]
    for name, value in (("until", until.isoformat()), ("succeeded_by", successor)):
        span = layout.get((*path, name))
        if name == "succeeded_by" and isinstance(value, list) and value == written:
            continue  # the same list: left as written
        if span is None:
            edits.append(insert_key(layout, path, name, value, order))
        elif span.kind == "scalar" and isinstance(value, str):
            edits.append(replace_scalar(text, span, value))
        elif span.flow or layout[path].flow:
            edits.append(Edit(span.start, span.end, flow(value)))
        else:  # a block list: the key and its list written anew
            assert span.key_start is not None
            indent = column(text, span.key_start)
            written = snippet.entry(name, value, indent, newline).removesuffix(newline)
            edits.append(Edit(span.key_start, layout.content_end((*path, name)), written))
    return edits
