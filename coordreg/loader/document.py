"""A YAML file as plain data, with the source position of every value."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from coordreg.findings import Finding, Severity
from coordreg.loader.positions import Position, inside


@dataclass
class Document:
    """One YAML file as plain data, with the source position of every value.

    Positions are 0-based inside, 1-based outside (`value_position`,
    `key_position`, and every finding).
    """

    path: str
    text: str = ""
    data: Any = None
    findings: list[Finding] = field(default_factory=list)
    # id(container) -> {key: (key line, key col, value line, value col)} for
    # mappings, [(line, col), ...] for sequences. Kept beside the data, not in
    # wrapper types, so the data stays plain dicts and lists for pydantic.
    marks: dict[int, Any] = field(default_factory=dict)
    root_position: Position = (0, 0)
    # Scalars, mappings and lists written in the file (an alias not expanded):
    # what a tool that keeps the file's own structure (fmt) has to hold.
    nodes: int = 0

    @property
    def ok(self) -> bool:
        return isinstance(self.data, dict) and not any(
            f.severity is Severity.ERROR for f in self.findings
        )

    def _walk(self, path: tuple[Any, ...]) -> Iterator[tuple[Position, Position]]:
        """(key position, value position) of each step of `path` that exists."""
        node = self.data
        for step in path:
            marks = self.marks.get(id(node))
            if isinstance(node, dict) and marks is not None and step in node:
                kl, kc, vl, vc = marks[step]
                yield (kl, kc), (vl, vc)
                node = node[step]
            elif isinstance(node, list) and marks is not None and isinstance(step, int):
                if not 0 <= step < len(node):
                    return
                yield marks[step], marks[step]
                node = node[step]
            else:
                return

    def value_position(self, path: tuple[Any, ...]) -> Position:
        """1-based (line, column) of the value at `path`, or of its nearest ancestor."""
        line, column = self.root_position
        for _key, value in self._walk(path):
            line, column = value
        return inside(self.text, line, column)

    def key_position(self, path: tuple[Any, ...]) -> Position:
        """1-based position of the key that holds the value at `path`."""
        line, column = self.root_position
        for key, _value in self._walk(path):
            line, column = key
        return inside(self.text, line, column)
