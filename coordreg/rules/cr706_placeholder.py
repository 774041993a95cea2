"""No placeholder of `coordreg new` is left to fill.

`coordreg new` writes a skeleton whose texts the parties must still agree:
"[Nơi ký]", "[Nội dung do các bên thống nhất]", "[...]". Until each is replaced,
the regulation is not the one signed; `check` lists them, and `check --strict`
fails on them. "[...]", and words in square brackets that start with a letter
("[Nơi ký]", "[lĩnh vực phối hợp]": every one `new` writes has two words or
more), count as placeholders; a single token such as "[1]", "[a]" or "[A]" in a
text does not.

Failing example::

    place: "[Nơi ký]"    # CR706: the place where it was signed, still to write

Passing example::

    place: Hà Nội
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import Path_, RegulationContext, all_texts

CODE = "CR706"
NAME = "placeholder"
SEVERITY = Severity.WARNING
SCOPE = "regulation"

PLACEHOLDER_RE = re.compile(r"\[(?:\.\.\.|…|[^\W\d_][^\[\]\n]{0,120})\]")


def _texts(value: object, path: Path_) -> Iterator[tuple[Path_, str]]:
    """Every text in the file's data, with its path."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, str(key)))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))


def check(context: RegulationContext) -> Iterator[Finding]:
    # A placeholder holds no line feed: none in all the texts joined is none in any.
    if PLACEHOLDER_RE.search(all_texts(context.doc.data)) is None:
        return
    for path, text in _texts(context.doc.data, ()):
        for match in PLACEHOLDER_RE.finditer(text):
            inside = match.group()[1:-1]
            if inside in ("...", "…") or " " in inside.strip():
                yield context.at(path, CODE, SEVERITY, placeholder=match.group())
                break
