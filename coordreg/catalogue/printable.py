"""Text from outside (file names, git's words) as it can be printed on one line.

A file name is bytes, and Python holds each byte of one that is not UTF-8 as a
lone surrogate (`os.fsdecode`), which no encoding can write: under a strict
output encoding (PYTHONIOENCODING=utf-8, or most locales) printing it is a
UnicodeEncodeError, and under a lenient one the raw byte reaches the terminal.
A name may also hold a line break or ESC. `shown` gives the text to print.
"""

from __future__ import annotations

import re

# C0 and C1 control characters and DEL: in a message they would end its line or,
# as ESC, drive the terminal.
_CONTROL_RE = re.compile("[\x00-\x1f\x7f-\x9f]")
_NAMED_CONTROLS = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    character = match.group()
    return _NAMED_CONTROLS.get(character, f"\\x{ord(character):02x}")


def shown(value: str) -> str:
    """`value` as it can be printed on one line: a name's odd bytes and controls escaped.

    Python holds a byte of a file name that is not UTF-8 (or of git's output read
    as a name) as a lone surrogate, which no encoding can write: under a strict
    output encoding (PYTHONIOENCODING=utf-8, or most locales) printing it is a
    UnicodeEncodeError, and under a lenient one the raw byte reaches the terminal;
    it is shown `\\xff`. A line break in a name is shown `\\n`, so that a
    one-line message stays one line, and ESC `\\x1b`, so that it drives nothing.
    """
    try:
        text = value.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate that stands for no byte (from JSON, say)
        text = value.encode("utf-8", "backslashreplace").decode("utf-8")
    return _CONTROL_RE.sub(_escaped, text)
