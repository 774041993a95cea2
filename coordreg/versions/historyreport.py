"""Printing `coordreg log`: one entry per commit, newest first (text or JSON).

A commit's author and subject, and the ids of what changed, come from the
repository: shown on one line each, control characters as escapes and a name
that is not UTF-8 as `\\xNN` (`catalogue.controls.one_line`), `\\uXXXX` escapes in
JSON. A commit that moved or renamed the file says where from ("moved from PATH";
`moved_from` in JSON, present only then).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from coordreg.catalogue.controls import escape_json, one_line
from coordreg.catalogue.labels import Labels
from coordreg.catalogue.printable import shown
from coordreg.catalogue.text import Text, pick
from coordreg.versions.change import summarise
from coordreg.versions.history import LogEntry

_MOVED = Text(vi="chuyển từ {path}", en="moved from {path}")
_EVENTS = {
    "created": ("tạo mới", "created"),
    "deleted": ("xóa tệp", "deleted"),
    "unreadable": ("một phiên bản không đọc được", "a version does not parse"),
    # A commit that touched the file without changing what it says (fmt, comments).
    "layout_only": (
        "chỉ trình bày lại, không đổi nội dung",
        "layout only, no change of content",
    ),
}


def _event(entry: LogEntry) -> str | None:
    for name in ("created", "deleted", "unreadable"):
        if getattr(entry, name):
            return name
    # A move says so itself ("moved from ..."): with nothing else changed, it is no
    # more a layout-only commit than one that amends.
    return None if entry.changes or entry.moved_from else "layout_only"


def report_text(entries: Sequence[LogEntry], out: TextIO, lang: str) -> None:
    labels = Labels(lang)
    for entry in entries:
        commit = entry.commit
        author, subject = one_line(commit.author), one_line(commit.subject)
        out.write(f"{commit.id[:10]}  {commit.date[:10]}  {author}  {subject}\n")
        if entry.moved_from is not None:
            out.write(f"    {pick(_MOVED, lang).format(path=one_line(entry.moved_from))}\n")
        event = _event(entry)
        if event is not None:
            vietnamese, english = _EVENTS[event]
            out.write(f"    {vietnamese if lang == 'vi' else english}\n")
            continue
        counts = summarise(entry.changes)
        if entry.moved_from is not None and not counts:
            continue  # moved, nothing else changed
        out.write(
            "    " + ", ".join(f"{n} {labels('kind.' + kind)}" for kind, n in counts.items()) + "\n"
        )
        for change in entry.changes:
            target = f"{labels('target.' + change.target_type)} {one_line(change.target_id)}"
            out.write(f"      {labels('kind.' + change.kind)}: {target}\n")


def report_json(entries: Sequence[LogEntry], out: TextIO, lang: str) -> None:
    data = [_json_entry(entry) for entry in entries]
    out.write(escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def _json_entry(entry: LogEntry) -> dict[str, object]:
    data: dict[str, object] = {
        "commit": entry.commit.id,
        "date": entry.commit.date,
        "author": entry.commit.author,
        "subject": entry.commit.subject,
        "event": _event(entry),
        "summary": summarise(entry.changes),
        "changes": [change.to_json() for change in entry.changes],
    }
    if entry.moved_from is not None:
        data["moved_from"] = shown(entry.moved_from)
    return data


LOG_REPORTERS = {"text": report_text, "json": report_json}
