"""Edits that cannot change what a file means: the editor's quick fixes and `check --fix`.

Both are computed from a finding and the text alone:

- "did you mean": a finding whose arguments carry a `suggestion` (an unknown id
  with a near miss, CR301, CR307, CR603, CR609, CR901; a misspelt key, CR103) is
  fixed by writing the suggestion in place of the value (or key) it points at;
- numbering: a chapter, article, clause or point numbered out of order (CR401 to
  CR404) is fixed by writing the number the finding expects, or by numbering the
  whole sequence again (all chapters, all articles, the clauses of the article,
  the points of the clause) from the start;
- text not in Unicode NFC (CR801) is written in NFC.

An edit replaces exactly the characters of one scalar, in its own quoting, so
comments and layout stay. Block scalars (`|`, `>`) and numbers written in
quotes are left alone: no edit is offered rather than one that might read back
differently. Edits are character offsets, independent of the editor, so the
language server (`lsp/quickfix.py`) offers them as code actions and `check
--fix` (`edit/autofix.py`) applies the subset that is safe without a person's
choice: the whole sequence renumbered, a suggestion when it is the only
candidate that fits (not a misspelt key), and NFC.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from coordreg.catalogue.labels import Labels
from coordreg.edit.yamlwriter import in_style, scalar
from coordreg.findings import Finding
from coordreg.loader.outline import Outline, Scalar
from coordreg.rules.base import VIETNAMESE_POINT_LETTERS, from_roman, roman

NUMBERING = ("CR401", "CR402", "CR403", "CR404")
# The codes whose suggestion names an id the file declares: `--fix` writes it when
# it is the only candidate. CR103's suggestion is a key: the choice stays the user's.
ID_SUGGESTIONS = ("CR301", "CR307", "CR603", "CR609", "CR901")
NOT_NFC = "CR801"
# A value of the wrong type (CR102) at a chapter's number: "Chương 1", written 1.
WRONG_TYPE = "CR102"
SAFE_CODES = frozenset((*NUMBERING, *ID_SUGGESTIONS, NOT_NFC, WRONG_TYPE))


@dataclass(frozen=True)
class Edit:
    """Replace the characters [start, end) with `text`."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Fix:
    title: str
    edits: tuple[Edit, ...]
    preferred: bool


@dataclass(frozen=True)
class Change:
    """One scalar `check --fix` rewrites, and what it reads back as afterwards.

    `value` is the new value (or key) as the loader reads it: an article's
    number as an int, everything else as text; None when the data stays the same
    (text written in NFC, which the loader already reads in NFC).
    """

    code: str
    scalar: Scalar
    edit: Edit
    value: str | int | None


def _written(value: str, target: Scalar) -> str | None:
    """`value` spelt to stand where `target` is, in its quoting; None for a block scalar."""
    if target.style in ("|", ">"):
        return None
    if target.style in ("'", '"'):
        return in_style(value, target.style)
    return scalar(value, flow=target.flow)


def _replace(target: Scalar, value: str) -> Edit | None:
    written = _written(value, target)
    return Edit(target.start, target.end, written) if written is not None else None


# How each numbering code's values are written, and which are valid.
def _valid(code: str, value: str) -> bool:
    if code == "CR401":
        return from_roman(value) is not None
    if code == "CR404":
        return value in VIETNAMESE_POINT_LETTERS
    return value.isdigit()


def _renumber(code: str, target: Scalar, value: str) -> Edit | None:
    """The edit that writes `value` as the number (or letter) `target` holds."""
    if not _valid(code, value):
        return None
    if code in ("CR402", "CR403"):  # a number written in quotes is not a number: leave it
        return Edit(target.start, target.end, value) if target.style == "" else None
    return _replace(target, value)


def _sequence(code: str, target: Scalar, outline: Outline) -> tuple[str, list[Scalar]] | None:
    """The numbered sequence `target` belongs to, as (title key, its numbers in order)."""
    path = target.path
    if code == "CR401":
        return "editor.renumber.chapters", outline.items(("chapters",), "number")
    if code == "CR402":
        numbers = [
            s
            for s in outline.scalars
            if not s.is_key
            and len(s.path) == 5
            and s.path[0] == "chapters"
            and s.path[2] == "articles"
            and s.path[4] == "number"
        ]
        return "editor.renumber.articles", numbers
    if code == "CR403" and len(path) >= 3:
        return "editor.renumber.clauses", outline.items((*path[:-3], "clauses"), "number")
    if code == "CR404" and len(path) >= 3:
        return "editor.renumber.points", outline.items((*path[:-3], "points"), "label")
    return None


def _value_at(code: str, position: int) -> str:
    """The value the item at `position` (from 0) of a sequence should have."""
    if code == "CR401":
        return roman(position + 1)
    if code == "CR404":
        letters = VIETNAMESE_POINT_LETTERS
        return letters[position] if position < len(letters) else ""
    return str(position + 1)


def _renumbered(code: str, items: list[Scalar]) -> list[tuple[Scalar, Edit, str]] | None:
    """(item, edit, new value) for each item of a sequence numbered again from the start.

    None when one item cannot be written: renumbering only part would mislead.
    """
    found: list[tuple[Scalar, Edit, str]] = []
    for position, item in enumerate(items):
        value = _value_at(code, position)
        if value == item.value:
            continue
        edit = _renumber(code, item, value)
        if edit is None:
            return None
        found.append((item, edit, value))
    return found


def _whole_sequence(code: str, target: Scalar, outline: Outline, lang: str) -> Fix | None:
    found = _sequence(code, target, outline)
    if found is None:
        return None
    title, items = found
    renumbered = _renumbered(code, items)
    if renumbered is None or len(renumbered) <= 1:
        return None
    edits = tuple(edit for _item, edit, _value in renumbered)
    return Fix(Labels(lang)(title), edits, False)


def quick_fixes(item: Finding, outline: Outline, offset: int, lang: str) -> list[Fix]:
    """The quick fixes for one finding, which points at the character `offset` of its text."""
    if item.line <= 0:
        return []
    target = outline.starting_at(offset)
    if target is None:
        return []
    args = dict(item.args)
    found: list[Fix] = []
    suggestion = args.get("suggestion")
    if (
        isinstance(suggestion, str)
        and suggestion
        and suggestion != target.value
        and not _named_beside(target, suggestion, outline)
    ):
        edit = _replace(target, suggestion)
        if edit is not None:
            title = Labels(lang)("editor.replace", value=suggestion)
            found.append(Fix(title, (edit,), True))
    if item.code in NUMBERING and "expected" in args:
        expected = str(args["expected"])
        edit = _renumber(item.code, target, expected)
        if edit is not None:
            found.append(Fix(Labels(lang)("editor.replace", value=expected), (edit,), True))
        whole = _whole_sequence(item.code, target, outline, lang)
        if whole is not None:
            found.append(whole)
    return found


# --- check --fix --------------------------------------------------------------------------------


def _list_at(data: Any, path: tuple[Any, ...]) -> list[Any] | None:
    for step in path:
        in_mapping = isinstance(data, dict) and step in data
        in_list = isinstance(data, list) and isinstance(step, int) and 0 <= step < len(data)
        if not (in_mapping or in_list):
            return None
        data = data[step]
    return data if isinstance(data, list) else None


def _items_expected(code: str, target: Scalar, data: Any) -> int | None:
    """How many items the data says the sequence of `target` has (None: not a list)."""
    if code == "CR402":
        chapters = _list_at(data, ("chapters",)) or []
        counts = [_list_at(chapter, ("articles",)) for chapter in chapters]
        return sum(len(articles or []) for articles in counts)
    found = _list_at(data, ("chapters",) if code == "CR401" else target.path[:-2])
    return len(found) if found is not None else None


def _numbering_changes(
    code: str, target: Scalar, outline: Outline, data: Any, finding_code: str
) -> list[Change]:
    """The whole sequence of `target` numbered again from the start, or nothing.

    Every item must hold its number as a scalar, or the count would skip one.
    """
    found = _sequence(code, target, outline)
    if found is None:
        return []
    items = found[1]
    if len(items) != _items_expected(code, target, data):
        return []
    renumbered = _renumbered(code, items)
    if renumbered is None:
        return []
    typed: Callable[[str], str | int] = int if code in ("CR402", "CR403") else str
    return [Change(finding_code, item, edit, typed(value)) for item, edit, value in renumbered]


def _named_beside(target: Scalar, suggestion: str, outline: Outline) -> bool:
    """Whether the list `target` stands in already names `suggestion` elsewhere:
    `{jointly: [bca-vp, BCA-VP]}` corrected to name bca-vp twice would be refused
    (a body named twice), so no such fix is offered or made."""
    path = target.path
    if not path or not isinstance(path[-1], int):
        return False
    return any(
        not other.is_key
        and other.path[:-1] == path[:-1]
        and other.path != path
        and other.value == suggestion
        for other in outline.scalars
    )


def _is_chapter_number(target: Scalar) -> bool:
    path = target.path
    return (
        not target.is_key
        and len(path) == 3
        and path[0] == "chapters"
        and isinstance(path[1], int)
        and path[2] == "number"
        and target.style == ""
        and target.value.isdigit()
    )


def safe_changes(
    item: Finding, outline: Outline, offset: int, text: str, data: Any
) -> list[Change]:
    """The changes `check --fix` makes for one finding of `text` (whose data is `data`).

    `offset` is where the finding points. Nothing when the fix would need a
    choice: a suggestion that is not the only candidate, a block scalar.
    """
    if item.line <= 0 or item.code not in SAFE_CODES:
        return []
    target = outline.starting_at(offset)
    if target is None:
        return []
    args = dict(item.args)
    if item.code in ID_SUGGESTIONS:
        suggestion = args.get("suggestion")
        if not (isinstance(suggestion, str) and suggestion and args.get("sole") is True):
            return []
        if _named_beside(target, suggestion, outline):
            return []
        edit = _replace(target, suggestion)
        return [Change(item.code, target, edit, suggestion)] if edit is not None else []
    if item.code == NOT_NFC:
        written = text[target.start : target.end]
        normal = unicodedata.normalize("NFC", written)
        if normal == written:  # an escape (\u0301) spells the other form: left as it is
            return []
        return [Change(item.code, target, Edit(target.start, target.end, normal), None)]
    if item.code == WRONG_TYPE:  # a chapter numbered 1, 2 ...: as I, II ...
        if not _is_chapter_number(target):
            return []
        return _numbering_changes("CR401", target, outline, data, item.code)
    return _numbering_changes(item.code, target, outline, data, item.code)
