"""Printing `coordreg log`: one entry per commit, newest first (text or JSON)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from coordreg.catalogue.labels import Labels
from coordreg.versions.change import summarise
from coordreg.versions.history import LogEntry

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
    return None if entry.changes else "layout_only"


def report_text(entries: Sequence[LogEntry], out: TextIO, lang: str) -> None:
    labels = Labels(lang)
    for entry in entries:
        commit = entry.commit
        out.write(f"{commit.id[:10]}  {commit.date[:10]}  {commit.author}  {commit.subject}\n")
        event = _event(entry)
        if event is not None:
            vietnamese, english = _EVENTS[event]
            out.write(f"    {vietnamese if lang == 'vi' else english}\n")
            continue
        counts = summarise(entry.changes)
        out.write(
            "    " + ", ".join(f"{n} {labels('kind.' + kind)}" for kind, n in counts.items()) + "\n"
        )
        for change in entry.changes:
            target = f"{labels('target.' + change.target_type)} {change.target_id}"
            out.write(f"      {labels('kind.' + change.kind)}: {target}\n")


def report_json(entries: Sequence[LogEntry], out: TextIO, lang: str) -> None:
    json.dump(
        [
            {
                "commit": entry.commit.id,
                "date": entry.commit.date,
                "author": entry.commit.author,
                "subject": entry.commit.subject,
                "event": _event(entry),
                "summary": summarise(entry.changes),
                "changes": [change.to_json() for change in entry.changes],
            }
            for entry in entries
        ],
        out,
        ensure_ascii=False,
        indent=2,
    )
    out.write("\n")


LOG_REPORTERS = {"text": report_text, "json": report_json}
