"""What a YAML syntax error means for the person who made it, and where the mistake is.

The parser gives up where it notices the problem, which can be lines after the
mistake: a `[` never closed is noticed at the next key. Its marks say where the
unfinished construct began (the context mark), so the finding can name it: "the
'[' opened at 308:17 is not closed". Each known problem becomes a `variant` of
CR001 worded in the catalogue (`coordreg.catalogue.finding_variants`); the
parser's own English sentence is kept as the finding's `problem`, shown only as
a second line.
"""

from __future__ import annotations

import re
from typing import Any

from yaml.error import MarkedYAMLError

from coordreg.loader.positions import inside

_KEY_RE = re.compile(r"\s*(?:-\s+)?(?P<key>[^\s:#][^:#]*?)\s*:(?:\s|$)")


def _line(text: str, line: int) -> str:
    lines = text.splitlines()
    return lines[line] if 0 <= line < len(lines) else ""


def _key_on(text: str, line: int) -> str | None:
    """The key a line starts with (after a list item's dash), if it starts with one."""
    match = _KEY_RE.match(_line(text, line))
    return match.group("key") if match else None


def _place(text: str, line: int, column: int) -> str:
    row, col = inside(text, line, column)
    return f"{row}:{col}"


def syntax_hint(error: MarkedYAMLError, text: str) -> dict[str, Any]:
    """The CR001 arguments (`variant` and what its wording needs) that explain `error`;
    {} for a problem with no explanation in the catalogue."""
    problem = error.problem or ""
    context = error.context or ""
    mark, opened = error.problem_mark, error.context_mark
    if "tab character" in problem or "'\\t'" in problem:
        return {"variant": "tab"}
    if "mapping values are not allowed" in problem:
        return {"variant": "colon_in_value"}
    if mark is None or opened is None:
        return {}
    where = _place(text, opened.line, opened.column)
    if context.startswith(("while parsing a flow sequence", "while parsing a flow mapping")):
        opener = "[" if "sequence" in context else "{"
        return {"variant": "unclosed", "opener": opener, "opened": where}
    if context.startswith("while scanning a quoted scalar"):
        quote = _line(text, opened.line)[opened.column : opened.column + 1] or '"'
        return {"variant": "unclosed", "opener": quote, "opened": where}
    indented = mark.column == len(_line(text, mark.line)) - len(_line(text, mark.line).lstrip())
    key = _key_on(text, mark.line)
    if not indented or key is None:
        return {"variant": "after_value"} if "expected key" in problem else {}
    first = _key_on(text, opened.line)
    if context.startswith("while parsing a block mapping") and first is not None:
        return {"variant": "misaligned_key", "key": key, "first": first, "opened": where}
    if context.startswith("while parsing a block collection"):
        return {"variant": "misaligned_item", "key": key, "opened": where}
    return {}
