"""Text from outside (file names, git's words) as it can be printed on one line.

A file name is bytes, and Python holds each byte of one that is not UTF-8 as a
lone surrogate (`os.fsdecode`), which no encoding can write: under a strict
output encoding (PYTHONIOENCODING=utf-8, or most locales) printing it is a
UnicodeEncodeError, and under a lenient one the raw byte reaches the terminal.
A name may also hold a line break or ESC. `shown` gives the text to print.
"""

from __future__ import annotations

from coordreg.catalogue.controls import one_line


def shown(value: str) -> str:
    """`value` as it can be printed on one line: a name's odd bytes and controls escaped
    (`catalogue.controls.one_line`, which every message goes through)."""
    return one_line(value)
