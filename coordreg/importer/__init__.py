"""`coordreg import`: a regulation folder from the text of an existing regulation.

The text comes from a Word document or from a web page copied into a .txt or
.md file (`source`). The parser finds its heading and preamble (`heading`) and
its structure (`parse`), and keeps a decision that issues the regulation apart
(`decision`); the parties come from the heading, the enacting sentence or the
title (`parties`, names cased by `names`, `places` and `spelling`), the duties from the
wording (`duties`, `schedule`) or from an appendix table (`appendix`), the
signatories from the closing (`signatures`); `build` makes the file's data and
`emit` writes it.

What the text does not settle is left for a person, never guessed silently:
every duty carries a `review` note (CR702), text that fits nowhere is kept
under `unplaced` with its line (CR703), and a missing date or title is an empty
value that `coordreg check` points at. The file is written atomically and never
over an existing folder. A text with a heading but no article (cut short, or a
draft of its heading and legal bases) is imported too, with one chapter holding
the place of the articles, marked for review (CR704).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coordreg import clock
from coordreg.check.checker import check_text
from coordreg.edit.new_folder import write_new_regulation
from coordreg.edit.new_input import check_regulation_id
from coordreg.errors import RefusedError
from coordreg.findings import CheckResult
from coordreg.importer.build import Summary, regulation_data
from coordreg.importer.emit import regulation_yaml
from coordreg.importer.parse import Draft, parse
from coordreg.importer.source import read_source
from coordreg.render.textfmt import legal_date

__all__ = ["Imported", "import_text", "write_import"]


@dataclass
class Imported:
    """The regulation file made from a text, what was found, and what `check` says of it."""

    regulation_id: str
    text: str
    summary: Summary
    check: CheckResult


def import_text(
    path: Path, regulation_id: str | None = None, *, today: date | None = None
) -> Imported:
    """Read `path` and make the regulation file; nothing is written."""
    if regulation_id is not None:
        check_regulation_id(regulation_id)
    lines = read_source(path)
    draft = parse(lines)
    if not any(chapter.articles for chapter in draft.chapters) and not _has_heading(draft):
        raise RefusedError("import_no_articles", path=str(path))
    made = today or clock.today()
    data, summary = regulation_data(draft, regulation_id, made)
    comments = [
        f"Nhập từ {path.name} bằng `coordreg import` ngày {legal_date(made)}.",
        "Đối chiếu với văn bản đã ký: mỗi nhiệm vụ có dòng `review` (xóa sau khi đã kiểm tra),",
        "phần `unplaced` giữ những đoạn chưa xếp được, kèm số dòng trong văn bản nguồn.",
    ]
    text = regulation_yaml(data, comments)
    return Imported(
        str(data["id"]), text, summary, check_text(text, Path(str(data["id"])) / "regulation.yaml")
    )


def _has_heading(draft: Draft) -> bool:
    """Whether the text has the heading of a regulation: a title, or a number with the
    bodies or the date that go with it. A news report or an empty file has neither."""
    heading = draft.decision.heading if draft.decision is not None else draft.heading
    if heading.kind is not None or draft.heading.kind is not None:
        return True
    return heading.number is not None and bool(heading.issuers or heading.signed)


def write_import(imported: Imported, root: Path) -> Path:
    """Write `<root>/<id>/regulation.yaml`; refused when the folder exists."""
    return write_new_regulation(root, imported.regulation_id, imported.text, "import_exists")
