"""Quick fixes for findings: edits that cannot change what the regulation means.

Two kinds, both computed from the finding and the text alone:

- "did you mean": a finding whose arguments carry a `suggestion` (an unknown id
  with a near miss, CR301, CR307, CR603, CR609; a misspelt key, CR103) is fixed by
  writing the suggestion in place of the value (or key) it points at;
- numbering: a chapter, article, clause or point numbered out of order (CR401 to
  CR404) is fixed by writing the number the finding expects, or by numbering the
  whole sequence again (all chapters, all articles, the clauses of the article,
  the points of the clause) from the start.

An edit replaces exactly the characters of one scalar, in its own quoting, so
comments and layout stay. Block scalars (`|`, `>`) and numbers written in
quotes are left alone: no edit is offered rather than one that might read back
differently. Edits are character offsets, independent of the editor, so other
commands can apply them too.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordreg.catalogue.labels import Labels
from coordreg.edit.yamlwriter import in_style, scalar
from coordreg.findings import Finding
from coordreg.lsp.analysis import Source
from coordreg.lsp.outline import Outline, Scalar
from coordreg.rules.base import VIETNAMESE_POINT_LETTERS, from_roman, roman


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


def _whole_sequence(code: str, target: Scalar, outline: Outline, lang: str) -> Fix | None:
    found = _sequence(code, target, outline)
    if found is None:
        return None
    title, items = found
    edits: list[Edit] = []
    for position, item in enumerate(items):
        value = _value_at(code, position)
        if value == item.value:
            continue
        edit = _renumber(code, item, value)
        if edit is None:
            return None  # one item cannot be written: renumbering only part would mislead
        edits.append(edit)
    return Fix(Labels(lang)(title), tuple(edits), False) if len(edits) > 1 else None


def fixes(item: Finding, source: Source, lang: str) -> list[Fix]:
    """The quick fixes for one finding of the document `source`."""
    if item.line <= 0:
        return []
    target = source.outline.starting_at(source.index.finding_offset(item.line, item.column))
    if target is None:
        return []
    args = dict(item.args)
    found: list[Fix] = []
    suggestion = args.get("suggestion")
    if isinstance(suggestion, str) and suggestion and suggestion != target.value:
        edit = _replace(target, suggestion)
        if edit is not None:
            title = Labels(lang)("editor.replace", value=suggestion)
            found.append(Fix(title, (edit,), True))
    if item.code in ("CR401", "CR402", "CR403", "CR404") and "expected" in args:
        expected = str(args["expected"])
        edit = _renumber(item.code, target, expected)
        if edit is not None:
            found.append(Fix(Labels(lang)("editor.replace", value=expected), (edit,), True))
        whole = _whole_sequence(item.code, target, source.outline, lang)
        if whole is not None:
            found.append(whole)
    return found
