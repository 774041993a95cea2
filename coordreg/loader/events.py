"""The YAML parser: the one place that picks it and reads its errors.

libyaml streams events, through PyYAML's C extension (`yaml.CSafeLoader`); PyYAML's
pure-Python parser is the fallback where the extension is missing. The composer,
the source map and the outline read these events, never a library's node graph
or constructors: skipping those is what makes loading fast.

Why PyYAML's libyaml and not ruamel.yaml.clib's: the one inside ruamel.yaml.clib
is libyaml 0.1.7 (2016). It refuses a plain URL inside a flow collection
(`links: [https://vbpl.vn/...]`, `{url: http://...}`), which YAML allows and
ruamel.yaml's own round trip (`fmt`) reads, and it takes `!!str,` as a tag.
PyYAML bundles libyaml 0.2, which reads these as the YAML test suite says
(cases JR7V, UDM2, U99R, WZ62), and its events take about a quarter less time to
make, the larger part of reading a file. ruamel.yaml stays for
what only it does: the round trip that keeps comments (`fmt`, `transfer`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import yaml
from yaml.error import MarkedYAMLError, YAMLError
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)
from yaml.reader import ReaderError

from coordreg.findings import Finding, finding
from coordreg.loader.positions import inside, position_in_text
from coordreg.loader.syntax_hints import syntax_hint

__all__ = [
    "AliasEvent",
    "DocumentEndEvent",
    "DocumentStartEvent",
    "MappingEndEvent",
    "MappingStartEvent",
    "MarkedYAMLError",
    "ScalarEvent",
    "SequenceEndEvent",
    "SequenceStartEvent",
    "YAMLError",
    "event_source",
    "events",
    "syntax_finding",
]

# libyaml through PyYAML's C extension; without it, PyYAML's own parser.
_WITH_LIBYAML = yaml.__with_libyaml__


def event_source(text: str | bytes) -> Any:
    """A function that returns the parser's next event for `text`, or None after the last.

    `text` may be its UTF-8 bytes (without a byte-order mark): the positions are the same.

    The composer calls it in its own loop (a generator between them would cost
    a resumption per event); a syntax error raises a `YAMLError`.
    """
    if _WITH_LIBYAML:
        # The C loader is libyaml's parser; its constructor part is never called.
        return yaml.CSafeLoader(text).get_event
    return yaml.SafeLoader(text).get_event  # pragma: no cover - where libyaml is missing


def events(text: str) -> Iterator[Any]:
    """The parser's events for `text`; a syntax error raises a `YAMLError`."""
    get = event_source(text)
    while (event := get()) is not None:
        yield event


# libyaml's own nesting limit: it stops there while reading ahead (a run of `[`
# is scanned before the first event), so a deeper file can end at libyaml's
# limit before the composer sees `Limits.max_depth` passed.
LIBYAML_MAX_DEPTH = 1000


def syntax_finding(error: YAMLError, text: str, path: str, max_depth: int) -> Finding:
    """The CR001 for a parser's error, at the place in `text` it names (CR005 for
    nesting past libyaml's limit, which is past `max_depth` too, or just as deep)."""
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        position = inside(text, mark.line, mark.column) if mark is not None else (1, 1)
        if error.problem == "exceeded maximum nesting depth":
            return finding(path, position, "CR005", limit=min(max_depth, LIBYAML_MAX_DEPTH))
        problem = error.problem or error.context or "invalid YAML"
        return finding(path, position, "CR001", problem=problem, **syntax_hint(error, text))
    if isinstance(error, ReaderError):
        index = error.position
        if _WITH_LIBYAML:
            # libyaml reports a byte offset into the UTF-8 text, not a character index.
            index = len(text.encode("utf-8")[:index].decode("utf-8", "replace"))
        line, column = position_in_text(text, index)
        character = error.character
        code = ord(character) if isinstance(character, str) else character
        return finding(
            path,
            (line + 1, column + 1),
            "CR001",
            problem=_reader_problem(error),
            variant="character",
            character=f"#x{code:04X}",
        )
    return finding(path, (1, 1), "CR001", problem=str(error))  # pragma: no cover - all are marked


def _reader_problem(error: ReaderError) -> str:
    character = error.character
    if isinstance(character, str):
        character = ord(character)
    return f"character #x{character:04X} is not allowed in YAML ({error.reason})"
