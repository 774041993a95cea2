"""Writing the imported regulation as YAML text that reads like a hand-made file.

Block style throughout, long text folded at the width `coordreg fmt` uses, text
of several paragraphs as a literal block, lists of ids and schedules in flow
style on one line. What the text did not say (a date, a title) is written as an
empty value with a comment, so that `coordreg check` points at the very line to
fill in.
"""

from __future__ import annotations

from typing import Any

from coordreg.edit.scaffold import field, scalar

MISSING = "  # không thấy trong văn bản nguồn: điền vào"
# Top-level keys set apart by a blank line, as in the bundled regulations.
_SPACED = {"parties", "evaluation", "chapters", "unplaced"}


def _text(key: str, text: str, indent: int, first: str) -> list[str]:
    """`key: text`, folded (`>-`) when too long, literal (`|-`) when it has several lines."""
    pad = " " * indent
    head = f"{first}{key}: " if key else first
    printable = all(ch.isprintable() for ch in text.replace("\n", ""))
    if "\n" in text and printable and all(line == line.strip() for line in text.split("\n")):
        return [f"{head}|-", *(f"{pad}  {line}" if line else "" for line in text.split("\n"))]
    return field(key, text, indent, head=head)


def _flow(value: Any) -> str | None:
    """A short list of plain words, or a one-key schedule map, on one line."""
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        items = [scalar(v) for v in value]
        line = "[" + ", ".join(items) + "]"
        return line if len(line) <= 60 and all(" " not in v for v in value) else None
    if isinstance(value, dict) and len(value) == 1:
        ((key, inner),) = value.items()
        if isinstance(inner, str | int):
            return f"{{{key}: {scalar(str(inner)) if isinstance(inner, str) else inner}}}"
    return None


def _mapping(data: dict[str, Any], indent: int, first: str, top: bool = False) -> list[str]:
    pad = " " * indent
    lines: list[str] = []
    for index, (key, value) in enumerate(data.items()):
        lead = first if index == 0 else pad
        if top and key in _SPACED and lines:
            lines.append("")
        if value is None:
            lines.append(f"{lead}{key}:{MISSING}")
        elif isinstance(value, int):
            lines.append(f"{lead}{key}: {value}")
        elif isinstance(value, str):
            lines.extend(_text(key, value, indent, lead))
        elif (flow := _flow(value)) is not None:
            lines.append(f"{lead}{key}: {flow}")
        elif isinstance(value, dict):
            lines.append(f"{lead}{key}:")
            inner = " " * (indent + 2)
            lines.extend(_mapping(value, indent + 2, inner))
        else:
            lines.append(f"{lead}{key}:")
            lines.extend(_sequence(value, indent + 2, spaced=top and key == "chapters"))
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
            lines.extend(_text("", str(item), indent + 2, f"{pad}- "))
    return lines


def regulation_yaml(data: dict[str, Any], comments: list[str]) -> str:
    """The regulation file: `comments` first, then `data` in block style."""
    head = [f"# {line}".rstrip() for line in comments]
    return "\n".join([*head, *_mapping(data, 0, "", top=True)]) + "\n"
