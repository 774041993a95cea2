"""Writing YAML text by hand: the one place that decides how a value is spelt.

coordreg writes new YAML as text rather than through a dumper, so that the files
read like the bundled regulations: keys in the documented order, comments that
explain, long text folded. Four writers share these pieces: the skeleton of
`coordreg new` (`edit/scaffold.py`), the evaluation-record skeleton
(`edit/evaluate.py`), the values `coordreg transfer` writes into an existing
file (`edit/transfer.py`) and the importer (`importer/emit.py`).

The promise every function here keeps: what it writes reads back, through
coordreg's loader, as the string it was given, for any text UTF-8 can encode;
and a comment it writes never changes what the file holds. Nothing is trimmed
or normalised here (the loader gives every string in NFC, so text in another
form comes back as its NFC form, with a CR801 warning, as from any file).
`tests/test_yamlwriter.py` holds it to that.

The spelling is also part of coordreg's output: the bundled skeletons, the
import goldens and transfer's in-place edits depend on it byte for byte, so a
change here shows in those tests first.
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from collections.abc import Mapping, Sequence

from coordreg.loader.scalars import resolve_plain

# The width text is folded at. `coordreg fmt` keeps a block scalar's lines as
# they are and wraps plain text only past its own, wider `WIDTH` (100), so a
# file written at this width is already in fmt's layout.
FOLD_WIDTH = 88
# Characters a plain scalar may not start with (YAML's indicators).
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
# Inside [...] or {...} these end a plain scalar, or libyaml refuses them there
# (it reads "?" and ":" as indicators anywhere in "[a?b]" or "[a:b]").
_FLOW_SPECIAL = ",[]{}:?"
# A double-quoted scalar escapes what JSON escapes (", \ and the C0 controls, in
# JSON's spelling) and also what JSON leaves as itself but YAML cannot hold
# there: DEL and the C1 controls (which the reader refuses; NEL it reads as a
# space), U+FFFE and U+FFFF (refused), and the line and paragraph separators,
# which editors and the loader's line count take for line breaks.
_NOT_IN_QUOTES = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]')
# A comment holds anything but a line break or a character the reader refuses.
_NOT_IN_COMMENT = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]")


def _printable(text: str) -> bool:
    return all(char.isprintable() for char in text)


def _escape(char: str) -> str:
    """One character as a YAML escape: JSON's spelling where JSON has one."""
    code = ord(char)
    if code < 0x20 or char in '"\\':
        return json.dumps(char)[1:-1]
    return f"\\x{code:02X}" if code <= 0xFF else f"\\u{code:04X}"


def double_quoted(text: str) -> str:
    """`text` in double quotes, escaped so that it reads back as itself."""
    return '"' + _NOT_IN_QUOTES.sub(lambda match: _escape(match.group()), text) + '"'


def single_quoted(text: str) -> str:
    """`text` in single quotes ('' for '), or double quotes where single ones cannot
    hold it: they have no escapes, so a line break or a control character would change."""
    if not _printable(text):
        return double_quoted(text)
    return "'" + text.replace("'", "''") + "'"


def _plain_reads_back(text: str, flow: bool) -> bool:
    """Whether `text` written bare reads back as the same string.

    Cautious rather than exact: text that might be plain but starts with an
    indicator, or holds anything not printable, is quoted anyway.
    """
    return (
        text == text.strip()
        and text != ""
        and text[0] not in _INDICATORS
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not (flow and any(char in _FLOW_SPECIAL for char in text))
        and _printable(text)
        and isinstance(resolve_plain(text), str)  # not "2022", "true", "~", "1e3"
    )


def scalar(text: str, *, flow: bool = False) -> str:
    """`text` as a YAML scalar on one line: plain when it reads back as the same
    string, else double-quoted. `flow` for an item inside [...] or {...}."""
    return text if _plain_reads_back(text, flow) else double_quoted(text)


def key(text: str) -> str:
    """`text` as a mapping key, the part before `: `.

    The same spelling as a value. YAML reads a key written so only up to 1,024
    characters (a longer one needs the explicit `? key` form): far more than
    the ids and field names coordreg writes as keys take.
    """
    return scalar(text)


def in_style(text: str, style: str) -> str:
    """`text` in the quoting `style` (`'`, `"` or plain: '') of the scalar it replaces,
    so that an edit keeps the file's look; plain only where plain reads back."""
    if style == "'":
        return single_quoted(text)
    if style == '"':
        return double_quoted(text)
    return scalar(text)


def flow_sequence(items: Sequence[str]) -> str:
    """`[a, b, c]`."""
    return "[" + ", ".join(scalar(item, flow=True) for item in items) + "]"


def flow_mapping(mapping: Mapping[str, str | int]) -> str:
    """`{key: value}`; numbers are written as numbers."""
    pairs = (
        f"{scalar(name, flow=True)}: "
        + (scalar(value, flow=True) if isinstance(value, str) else str(value))
        for name, value in mapping.items()
    )
    return "{" + ", ".join(pairs) + "}"


def _foldable(text: str) -> bool:
    """Whether `>-` folding gives `text` back: its lines are rejoined with one space,
    so the text must be printable and single-spaced, without spaces at its ends.
    It must also be NFC: text that is not stays on one line, as the skeletons and
    the import goldens have always had it."""
    return _printable(text) and text == unicodedata.normalize("NFC", " ".join(text.split()))


def _literal(text: str) -> bool:
    """Whether `|-` gives `text` back: several lines, none with spaces at its ends
    (the block's indentation would swallow them), none ending the text (`-` drops it)."""
    lines = text.split("\n")
    return (
        len(lines) > 1
        and lines[-1] != ""
        and _printable(text.replace("\n", ""))
        and all(line == line.strip() for line in lines)
    )


def text_value(head: str, text: str, indent: int) -> list[str]:
    """`text` written after `head` (`key: `, `- ` or `- key: `, already indented):
    on that line when it fits in `FOLD_WIDTH`; text of several lines as a literal
    block (`|-`); else folded (`>-`) where folding gives it back, else on that
    line however long. `indent` is the column of the key, or of the list item
    after its `- `; a block's lines are indented one step (2) past it.
    """
    pad = " " * (indent + 2)
    if _literal(text):
        return [f"{head}|-", *(f"{pad}{line}" if line else "" for line in text.split("\n"))]
    line = f"{head}{scalar(text)}"
    if len(line) <= FOLD_WIDTH or not _foldable(text):
        return [line]
    # Folding joins the lines with one space: never break at a hyphen, which would add one.
    body = textwrap.wrap(
        text, FOLD_WIDTH - indent - 2, break_long_words=False, break_on_hyphens=False
    )
    return [f"{head}>-", *(f"{pad}{part}" for part in body)]


def field(name: str, text: str, indent: int) -> list[str]:
    """`name: text` at `indent`: on one line when it fits, else as a block (`text_value`)."""
    return text_value(f"{' ' * indent}{key(name)}: ", text, indent)


def visible(text: str) -> str:
    """`text` as a comment may hold it: line breaks and characters YAML refuses
    are shown by their escapes (`\\n`, `\\x7F`), so the comment stays one line."""
    return _NOT_IN_COMMENT.sub(lambda match: _escape(match.group()), text)


def comment(text: str) -> str:
    """`# text`, one comment line (no trailing space when `text` is empty)."""
    return f"# {visible(text)}".rstrip()


def one_line(text: str, width: int) -> str:
    """`text` on one line for a comment: spaces collapsed, and cut to `width`
    characters with "…" when longer."""
    flat = visible(" ".join(text.split()))
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def comment_block(text: str, indent: int) -> list[str]:
    """A comment, wrapped to `FOLD_WIDTH`; a blank line in `text` starts a new
    paragraph, written as a line holding only `#`. `text` may be indented as a
    triple-quoted string in the code is."""
    pad = " " * indent
    lines: list[str] = []
    for paragraph in textwrap.dedent(text).strip().split("\n\n"):
        if lines:
            lines.append(f"{pad}#")
        wrapped = textwrap.wrap(
            visible(" ".join(paragraph.split())),
            FOLD_WIDTH - indent - 2,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(f"{pad}# {part}" for part in wrapped)
    return lines
