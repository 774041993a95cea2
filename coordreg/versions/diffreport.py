"""Printing a comparison: a coloured redline (text), a comparison table (md), or JSON.

Every text from the files compared, and the names of the files, is shown, never
replayed: its control characters are escapes in the text form
(`catalogue.controls.one_line`), Markdown escapes in the table (`textfmt.md_text`),
and `\\uXXXX` escapes in JSON.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import Any, TextIO

from rich.console import Console
from rich.markup import escape

from coordreg.catalogue.controls import escape_json, one_line
from coordreg.catalogue.labels import Labels
from coordreg.render.textfmt import legal_date, md_cell, md_text
from coordreg.versions.change import Change
from coordreg.versions.redline import Segment


def _value(value: Any, labels: Labels) -> str:
    """An old or new value as one line of text."""
    if value is None:
        return "—"
    if isinstance(value, dict) and set(value) == {"lead", "support"}:
        support = ", ".join(value["support"]) or "—"
        lead = value["lead"]
        if isinstance(lead, dict):  # {"jointly": [...]} or {"each": [...]}
            (mode, bodies), *_ = lead.items()
            lead = labels(f"leads.{mode}", names=", ".join(bodies))
        return f"{labels('diff.lead')}: {lead}; {labels('diff.support')}: {support}"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _side(name: str, day: date | None, labels: Labels) -> str:
    """A side of the comparison as the report names it: with its day when taken on one."""
    if day is None:
        return name
    return labels("diff.at", version=name, date=legal_date(day, labels.lang))


def _group(change: Change, labels: Labels) -> str:
    if change.target_type == "act":
        return labels("diff.acts")
    if change.target_type in ("party", "unit"):
        return labels("diff.bodies")
    if change.article is not None:
        return labels("diff.place", chapter=change.chapter, article=change.article)
    if change.chapter is not None:
        return labels("diff.chapter", chapter=change.chapter)
    return labels("diff.regulation")


def _describe(change: Change, labels: Labels) -> str:
    target = f"{labels('target.' + change.target_type)} {change.target_id}"
    return f"{target} ({change.field})" if change.field else target


def _render_redline(segments: Sequence[Segment], mark: Callable[[str, str], str]) -> str:
    return " ".join(mark(op, text) for op, text in segments if text)


def _shown(text: str) -> str:
    """Text from a file for rich's markup: one line, control characters as escapes."""
    return escape(one_line(text))


def report_text(
    old: str,
    new: str,
    changes: Sequence[Change],
    out: TextIO,
    lang: str,
    *,
    old_at: date | None = None,
    new_at: date | None = None,
) -> None:
    labels = Labels(lang)
    old, new = _side(old, old_at, labels), _side(new, new_at, labels)
    console = Console(file=out, highlight=False, soft_wrap=True, emoji=False)
    plain = console.color_system is None

    def mark(op: str, text: str) -> str:
        text = _shown(text)
        if op == "equal":
            return text
        if plain:  # wdiff's markers, readable without colour
            return f"[-{text}-]" if op == "delete" else f"{{+{text}+}}"
        return (
            f"[red strike]{text}[/red strike]"
            if op == "delete"
            else f"[green underline]{text}[/green underline]"
        )

    key = "diff.summary" if changes else "diff.none"
    console.print(f"[bold]{_shown(labels(key, old=old, new=new, count=len(changes)))}[/bold]")
    group = None
    for change in changes:
        heading = _group(change, labels)
        if heading != group:
            console.print(f"\n[bold underline]{_shown(heading)}[/bold underline]")
            group = heading
        kind = labels("kind." + change.kind)
        line = f"  [cyan]{kind:<14}[/cyan] {_shown(_describe(change, labels))}: "
        if change.redline is not None:
            line += _render_redline(change.redline, mark)
        else:
            line += f"{_shown(_value(change.old, labels))} → {_shown(_value(change.new, labels))}"
        console.print(line)


def report_markdown(
    old: str,
    new: str,
    changes: Sequence[Change],
    out: TextIO,
    lang: str,
    *,
    old_at: date | None = None,
    new_at: date | None = None,
) -> None:
    """The lawyers' comparison table (bảng so sánh)."""
    labels = Labels(lang)
    old, new = _side(old, old_at, labels), _side(new, new_at, labels)

    def mark(op: str, text: str) -> str:
        text = md_text(text)
        if op == "delete":
            return f"~~{text}~~"
        return f"**{text}**" if op == "insert" else text

    out.write(f"# {labels('diff.title')}\n\n")
    key = "diff.summary" if changes else "diff.none"
    out.write(md_text(labels(key, old=old, new=new, count=len(changes))) + "\n\n")
    if not changes:
        return
    out.write(
        f"| {labels('diff.col.article')} | {labels('diff.col.old')} | {labels('diff.col.new')} "
        f"| {labels('diff.col.change')} |\n|---|---|---|---|\n"
    )
    for change in changes:
        if change.redline is not None:
            before = _render_redline([s for s in change.redline if s[0] != "insert"], mark)
            after = _render_redline([s for s in change.redline if s[0] != "delete"], mark)
        else:
            before, after = md_text(_value(change.old, labels)), md_text(_value(change.new, labels))
        where = str(change.article) if change.article is not None else _group(change, labels)
        what = f"{labels('kind.' + change.kind)}: {_describe(change, labels)}"
        # `before` and `after` are cells already: escaped words, on one line, with ~~ and **.
        out.write(f"| {md_cell(where)} | {before} | {after} | {md_cell(what)} |\n")


def report_json(
    old: str,
    new: str,
    changes: Sequence[Change],
    out: TextIO,
    lang: str,
    *,
    old_at: date | None = None,
    new_at: date | None = None,
) -> None:
    """`{"old", "new", "changes"}`, and `old_at`/`new_at` (ISO days) for sides taken on a day."""
    data: dict[str, Any] = {"old": old, "new": new}
    for key, day in (("old_at", old_at), ("new_at", new_at)):
        if day is not None:
            data[key] = day.isoformat()
    data["changes"] = [change.to_json() for change in changes]
    out.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


DIFF_REPORTERS = {"text": report_text, "md": report_markdown, "json": report_json}
