"""What a scalar means: the YAML 1.2 core schema, as the loader resolves it.

`yes`, `on` and `12:30` stay strings, and dates stay strings for the models to
parse. Nothing is ever constructed from a tag: a scalar is text, a number, a
boolean or null, so loading is safe by design.
"""

from __future__ import annotations

import re
from typing import Any

CORE_TAG = "tag:yaml.org,2002:"
# The tags a scalar may carry and still be read: `!!str` keeps the text as
# written, the others resolve it as if it were plain.
SCALAR_TAGS = {CORE_TAG + name for name in ("str", "int", "float", "bool", "null")}
# The tags a mapping or a sequence may carry ("!" is the non-specific tag).
CONTAINER_TAGS = (CORE_TAG + "map", CORE_TAG + "seq", "!")

_INT_RE = re.compile(r"[-+]?[0-9]+\Z")
# Digits only: Python's int() would also take signs, "_" and spaces, which YAML does not.
_OCTAL_RE = re.compile(r"0o[0-7]+\Z")
_HEX_RE = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT_RE = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_SPECIAL = {
    "null": None, "Null": None, "NULL": None, "~": None, "": None,
    "true": True, "True": True, "TRUE": True,
    "false": False, "False": False, "FALSE": False,
    ".inf": float("inf"), ".Inf": float("inf"), ".INF": float("inf"),
    "+.inf": float("inf"), "+.Inf": float("inf"), "+.INF": float("inf"),
    "-.inf": float("-inf"), "-.Inf": float("-inf"), "-.INF": float("-inf"),
    ".nan": float("nan"), ".NaN": float("nan"), ".NAN": float("nan"),
}  # fmt: skip
# The plain scalars that start with a letter and are not text: a plain scalar that
# starts with a letter is never a number, so it is either one of these or itself.
PLAIN_WORDS = {word: value for word, value in _SPECIAL.items() if word[:1].isalpha()}
# Python refuses to convert longer digit strings (and to print longer numbers);
# such a "number" stays text. Hex and octal digits convert without that limit,
# so their value is held to the same size: 13,000 bits is about 3,900 digits.
_MAX_INT_DIGITS = 4000
_MAX_INT_BITS = 13_000


def resolve_plain(value: str) -> Any:
    """The YAML 1.2 core-schema value of a plain (unquoted) scalar."""
    if value in _SPECIAL:
        return _SPECIAL[value]
    first = value[0]
    if not (first.isdigit() or first in "+-.0"):
        return value
    if _INT_RE.match(value):
        return int(value) if len(value) <= _MAX_INT_DIGITS else value
    if _OCTAL_RE.match(value) or _HEX_RE.match(value):
        number = int(value[2:], 8 if value[1] == "o" else 16)
        return number if number.bit_length() <= _MAX_INT_BITS else value
    if _FLOAT_RE.match(value):
        return float(value)
    return value


def short_tag(tag: str) -> str:
    """A tag as a user writes it: `!!int` rather than `tag:yaml.org,2002:int`."""
    return "!!" + tag[len(CORE_TAG) :] if tag.startswith(CORE_TAG) else tag
