"""The YAML parser: the one place that picks it and reads its errors.

ruamel.yaml's C parser (libyaml, shipped as ruamel.yaml.clib) streams events;
the pure-Python parser is the fallback where clib is missing. Both the
composer and the source map read these events, never ruamel's node graph or
constructors: skipping those is what makes loading fast.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from coordreg.findings import Finding, finding
from coordreg.loader.positions import inside, position_in_text
from coordreg.loader.syntax_hints import syntax_hint

try:  # the C parser ships as ruamel.yaml.clib; the pure-Python one is the fallback
    from _ruamel_yaml import CParser as _CParser
except ImportError:  # pragma: no cover - exercised only where clib is missing
    _CParser = None


def events(text: str) -> Iterator[Any]:
    """The parser's events for `text`; a syntax error raises a `YAMLError`."""
    if _CParser is not None:
        parser = _CParser(text)
        get = parser.get_event
        while (event := get()) is not None:
            yield event
    else:  # pragma: no cover
        from ruamel.yaml import YAML

        yield from YAML(typ="safe", pure=True).parse(text)


def syntax_finding(error: YAMLError, text: str, path: str) -> Finding:
    """The CR001 for a parser's error, at the place in `text` it names."""
    if isinstance(error, MarkedYAMLError):
        mark = error.problem_mark or error.context_mark
        position = inside(text, mark.line, mark.column) if mark is not None else (1, 1)
        problem = error.problem or error.context or "invalid YAML"
        return finding(path, position, "CR001", problem=problem, **syntax_hint(error, text))
    if isinstance(error, ReaderError):
        index = error.position
        if _CParser is not None:
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
