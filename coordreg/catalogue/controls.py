"""Control characters: which characters of a file's text never reach a terminal or a
document as they are, and how they are shown instead.

A regulation is a file anyone can edit, and YAML's escapes put any character in a
value (`"\\e]0;title\\a"`, `"\\x9b"`, `"\\u202e"`). A terminal acts on some of them
instead of showing them: ESC starts the sequences that set the window title, clear
the screen or write the clipboard (OSC 52); a C1 control (U+0080 to U+009F) is one
of those sequences in a single character on some terminals; CR goes back to the
start of the line, so what follows hides what was printed; the bidirectional
controls (U+202E RIGHT-TO-LEFT OVERRIDE and its kin) make a text read in another
order than it is stored, in a terminal, a browser or Word ("Trojan Source").

Each such character is shown as the escape a programmer writes for it: `\\x1b`,
`\\r`, `\\u202e`. It is visible, says exactly which character was there, is plain
ASCII (so any output encoding can carry it) and is never acted on. A backslash
already in the text is left as it is: ordinary text (a path, a "và/hoặc") must not
change, and the escapes are there to be seen, not to be read back.

Tab and line feed are text, not commands: `visible` keeps them (a text of several
lines stays so). `one_line` shows line breaks too, for a line that must stay one
line (a finding, a log entry). Vietnamese letters, combining marks, punctuation and
every other printable character are never touched.

This module sits in the catalogue, the lowest layer, because every layer prints
text from files: the messages of findings and errors (next door), the reporters,
the documents, the command line.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import PurePath
from typing import Any

# C0 controls but tab and line feed, DEL, the C1 controls.
_C0_C1 = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# The bidirectional formatting characters: ALM, LRM, RLM, the embeddings and
# overrides (LRE, RLE, PDF, LRO, RLO) and the isolates (LRI, RLI, FSI, PDI).
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Lone surrogates: no encoding can write them (a value decoded with
# `surrogateescape`, a commit message that is not UTF-8).
_SURROGATES = "\ud800-\udfff"
_CONTROL_SET = f"{_C0_C1}{_BIDI}{_SURROGATES}"

CONTROLS = re.compile(f"[{_CONTROL_SET}]")
# The same without the surrogates: what a template's output may not hold raw. A lone
# surrogate there is refused as no character at all (render.isolation), not shown.
ACTING = re.compile(f"[{_C0_C1}{_BIDI}]")
# The same, with line breaks: what one line of output may not hold raw.
_BREAKING = re.compile(f"[{_CONTROL_SET}\n\u2028\u2029]")
# An SGR sequence (colour, bold): the only sequence coordreg itself writes, through
# rich, when standard output is a terminal.
_STYLE_OR_CONTROL = re.compile(f"(\x1b\\[[0-9;:]*m)|[{_CONTROL_SET}]")

_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def escape(char: str) -> str:
    """`\\x1b`, `\\r`, `\\u202e`: how one control character is shown."""
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def _escaped(match: re.Match[str]) -> str:
    return escape(match.group())


def visible(text: str) -> str:
    """`text` with every control character shown as its escape; tab and line feed kept."""
    return CONTROLS.sub(_escaped, text)


def acting_visible(text: str) -> str:
    """`text` with the characters a terminal or viewer acts on shown as escapes; lone
    surrogates left, for a check that refuses them (a template's output)."""
    return ACTING.sub(_escaped, text)


def bytes_shown(text: str) -> str:
    """`text` with the lone surrogates Python holds a name's non-UTF-8 bytes as
    (`os.fsdecode`) shown `\\xff`: no encoding can write them."""
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte (from JSON, say)
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def one_line(text: str) -> str:
    """`text` as one line: control characters and line breaks shown as escapes, and
    the bytes of a name that is not UTF-8 as `\\xNN`."""
    return _BREAKING.sub(_escaped, bytes_shown(text))


def one_line_values(values: Mapping[str, Any]) -> dict[str, Any]:
    """The arguments of a one-line message: texts and paths through `one_line`;
    numbers and the rest as they are (a format such as `{size:,}` needs the number)."""
    return {
        name: one_line(str(value)) if isinstance(value, str | PurePath) else value
        for name, value in values.items()
    }


def code_point(char: str) -> str:
    """U+001B: a character as a finding names it."""
    return f"U+{ord(char):04X}"


def first_control(text: str) -> str | None:
    """The first control character in `text` (tab and line feed are not), or None."""
    found = CONTROLS.search(text)
    return found.group() if found else None


def _json_escaped(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def escape_json(dumped: str) -> str:
    """JSON text with every control character as a `\\uXXXX` escape.

    `json.dumps(..., ensure_ascii=False)` escapes C0 controls but writes DEL, the C1
    controls, the bidirectional controls and lone surrogates as they are. Outside
    strings JSON holds only its own punctuation and spaces, so every one found is
    inside a string, where `\\uXXXX` stands for the same character: the data read
    back is exactly the data written.
    """
    return CONTROLS.sub(_json_escaped, dumped)


def terminal_safe(text: str, keep_styles: bool) -> str:
    """What may be written to a terminal: control characters shown as escapes, except
    (with `keep_styles`) the colour and bold sequences coordreg's reports are styled with."""
    if not keep_styles:
        return visible(text)

    def shown(match: re.Match[str]) -> str:
        style = match.group(1)
        return style if style is not None else escape(match.group())

    return _STYLE_OR_CONTROL.sub(shown, text)
