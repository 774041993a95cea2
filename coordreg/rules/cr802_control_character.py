"""A text holds a control character, which a terminal or a viewer would act on.

YAML's escapes in double quotes put any character in a text: `"\\e"` is ESC,
`"\\x9b"` a C1 control, `"\\u202e"` the right-to-left override. None has a place in a
regulation, and each does harm where the text is shown: ESC starts the sequences
that set a terminal's title, clear its screen or write its clipboard (when `diff`,
`plan` or `check` print the text), CR makes what follows hide what was printed, and
the bidirectional controls make a text read in another order than it is written (in
a terminal, a browser, Word). coordreg never prints one as it is (each is shown as
its escape, `\\x1b`, in every output), and this rule asks for it to be removed.

Checked: every text of a regulation or an evaluation record, for the C0 controls
but tab and line feed (so CR, ESC, BEL...), DEL, the C1 controls (U+0080 to
U+009F) and the bidirectional formatting characters (U+061C, U+200E, U+200F,
U+202A to U+202E, U+2066 to U+2069). A text written over several lines keeps its
line feeds; a tab is text.

Failing example::

    place: "Hà Nội\\e]0;Cửa sổ\\a"      # CR802

Passing example::

    place: Hà Nội
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from coordreg.catalogue.controls import code_point, first_control
from coordreg.findings import Finding, Severity, finding
from coordreg.rules.base import EvaluationContext, Path_, RegulationContext, all_texts

CODE = "CR802"
NAME = "control-character"
SEVERITY = Severity.ERROR
# Regulations and evaluation records alike: both hold texts that documents print.
SCOPE = "any"


def check(context: RegulationContext | EvaluationContext) -> Iterator[Finding]:
    doc = context.doc
    if first_control(all_texts(doc.data)) is None:
        return
    for path, text in _texts(doc.data, ()):
        char = first_control(text)
        if char is not None:
            position = doc.value_position(path)
            yield finding(doc.path, position, CODE, SEVERITY, character=code_point(char))


def _texts(value: Any, path: Path_) -> Iterator[tuple[Path_, str]]:
    """Every text in the file's data, with its path, in file order."""
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _texts(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _texts(item, (*path, index))
