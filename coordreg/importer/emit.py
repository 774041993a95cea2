"""Writing the imported regulation as YAML text that reads like a hand-made file.

Block style throughout, long text folded at `yamlwriter.FOLD_WIDTH` (a layout
`coordreg fmt` keeps), text of several paragraphs as a literal block, lists of
ids and schedules in flow style on one line. What the text did not say (a date, a title) is written as an
empty value with a comment, so that `coordreg check` points at the very line to
fill in. A key starting with "#" is a comment: its text is written as comment
lines where the key stands (the source's own words for what was read into the
field after it).
"""

from __future__ import annotations

from typing import Any

from coordreg.edit.yamlwriter import comment, flow_mapping, flow_sequence, key, text_value

MISSING = "  # không thấy trong văn bản nguồn: điền vào"
# Top-level keys set apart by a blank line, as in the bundled regulations.
_SPACED = {"parties", "evaluation", "chapters", "unplaced"}
# A list of ids goes on one line up to this width.
_FLOW_WIDTH = 60


def _flow(value: Any) -> str | None:
    """A short list of words (ids, without spaces), or a one-key schedule map, on one line."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        line = flow_sequence(value)
        return line if len(line) <= _FLOW_WIDTH and all(" " not in v for v in value) else None
    if isinstance(value, dict) and len(value) == 1:
        ((name, inner),) = value.items()
        if isinstance(inner, str | int):
            return flow_mapping({name: inner})
        listed = _flow(inner) if isinstance(inner, list) else None
        if listed is not None:  # a joint lead: {jointly: [bnn, btlbp]}
            return f"{{{name}: {listed}}}"
    return None


def _mapping(data: dict[str, Any], indent: int, first: str, top: bool = False) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    written = 0
    for name, value in data.items():
        lead = first if written == 0 else pad
        if top and name.lstrip("#") in _SPACED and lines and lines[-1] != "":
            lines.append("")
        if name.startswith("#"):
            lines.extend(f"{lead}{comment(part)}" for part in str(value).split("\n"))
            written += 1
            continue
        written += 1
        head = f"{lead}{key(name)}:"
        if value is None:
            lines.append(f"{head}{MISSING}")
        elif isinstance(value, int):
            lines.append(f"{head} {value}")
        elif isinstance(value, str):
            lines.extend(text_value(f"{head} ", value, indent))
        elif (flow := _flow(value)) is not None:
            lines.append(f"{head} {flow}")
        elif isinstance(value, dict):
            lines.append(head)
            inner = " " * (indent + 2)
            lines.extend(_mapping(value, indent + 2, inner))
        else:
            lines.append(head)
            lines.extend(_sequence(value, indent + 2, spaced=top and name == "chapters"))
    return lines


def _sequence(items: list[Any], indent: int, spaced: bool = False) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for position, item in enumerate(items):
        if spaced and position:
            lines.append("")
        if isinstance(item, dict):
            lines.extend(_mapping(item, indent + 2, f"{pad}- "))
        else:
            lines.extend(text_value(f"{pad}- ", str(item), indent + 2))
    return lines


def regulation_yaml(data: dict[str, Any], comments: list[str]) -> str:
    """The regulation file: `comments` first, then `data` in block style."""
    head = [comment(line) for line in comments]
    return "\n".join([*head, *_mapping(data, 0, "", top=True)]) + "\n"
