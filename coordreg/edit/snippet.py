"""New YAML written into a file in `coordreg fmt`'s layout, so that fmt finds nothing to change.

`coordreg transfer` adds keys and list items to a regulation (an act, the earlier
values of a duty, a body's end). Written by hand they would drift from fmt's
layout the first time a title is longer than a line; instead each piece is laid
out by fmt itself, as if it stood at the column where it goes: fmt's layout
only depends on columns relative to the piece (a long plain text folds where the
line would pass `WIDTH`, a flow list turns block when it does not fit), so a
piece laid out at column 0 with the width reduced by its column, then indented,
is what fmt would write in place.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from coordreg.edit.yamlwriter import flow_sequence, key, scalar

# A value as transfer writes it: text, a date, a list of ids (written [a, b]),
# a mapping, or a list of mappings (written as a block list of block mappings).
Value = str | date | Sequence[str] | Mapping[str, "Value"] | Sequence[Mapping[str, "Value"]]


def _lines(name: str, value: Value, indent: int) -> list[str]:
    """`name: value` as plain block YAML at `indent`, before fmt lays it out."""
    pad = " " * indent
    if isinstance(value, date):
        return [f"{pad}{key(name)}: {value.isoformat()}"]
    if isinstance(value, str):
        return [f"{pad}{key(name)}: {scalar(value)}"]
    if isinstance(value, Mapping):
        return [f"{pad}{key(name)}:", *_mapping(value, indent + 2)]
    if value and all(isinstance(item, Mapping) for item in value):
        lines = [f"{pad}{key(name)}:"]
        for item in value:
            assert isinstance(item, Mapping)
            lines += _item(item, indent + 2)
        return lines
    return [f"{pad}{key(name)}: {flow_sequence([str(item) for item in value])}"]


def _mapping(mapping: Mapping[str, Value], indent: int) -> list[str]:
    return [line for name, value in mapping.items() for line in _lines(name, value, indent)]


def _item(mapping: Mapping[str, Value], dash: int) -> list[str]:
    """`- key: value ...` with its dash at column `dash`."""
    lines = _mapping(mapping, dash + 2)
    return [" " * dash + "- " + lines[0][dash + 2 :], *lines[1:]]


def _laid_out(text: str, shift: int) -> list[str]:
    """`text` (a YAML mapping) in fmt's layout, for a piece that stands `shift` columns in."""
    from coordreg.edit.fmt import WIDTH, format_text

    return format_text(text, width=WIDTH - shift).splitlines()


def entry(name: str, value: Value, column: int, newline: str) -> str:
    """`name: value` for a mapping whose keys are at `column`, ending with `newline`.

    The first line is not indented (it goes where the key starts); the others are.
    """
    lines = _laid_out("\n".join(_lines(name, value, 0)) + "\n", column)
    indented = [lines[0], *(" " * column + line if line else line for line in lines[1:])]
    return newline.join(indented) + newline


def items(values: Sequence[Mapping[str, Value]], dash: int, newline: str) -> str:
    """List items (`- key: value ...`) with their dash at `dash`, every line indented."""
    text = "\n".join(["x:", *(line for value in values for line in _item(value, 2))]) + "\n"
    lines = _laid_out(text, dash - 2)[1:]  # laid out with their dash at column 2
    return "".join(" " * dash + line[2:] + newline if line else newline for line in lines)
