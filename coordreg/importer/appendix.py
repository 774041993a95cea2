"""Duties from the appendix table many regulations carry ("Danh mục nội dung công việc").

When the text has such a table, it is the regulation's own list of duties, so
it is taken instead of duties guessed from wording. Columns are found by their
headings, in any order: STT, Điều, Nội dung công việc, Cơ quan chủ trì, Cơ quan
phối hợp, Thời gian (thực hiện / hoàn thành), Sản phẩm. Rows whose lead names no
known body add a unit (see `Bodies.unit`); rows that cannot be read at all stay
in `unplaced`.
"""

from __future__ import annotations

import re

from coordreg.importer.bodies import Bodies, Body
from coordreg.importer.duties import DutyDraft
from coordreg.importer.lines import Line
from coordreg.importer.parse import Article, Draft
from coordreg.importer.schedule import schedule_of

_COLUMNS = {
    "article": re.compile(r"^(?:điều|article)$", re.IGNORECASE),
    "text": re.compile(r"nội\s+dung|^(?:task|duty)", re.IGNORECASE),
    "lead": re.compile(r"chủ\s+trì|^lead", re.IGNORECASE),
    "support": re.compile(r"phối\s+hợp|^support", re.IGNORECASE),
    "when": re.compile(r"thời\s+(?:gian|hạn)|^(?:when|deadline|schedule)", re.IGNORECASE),
    "deliverable": re.compile(r"sản\s+phẩm|^(?:deliverable|output)", re.IGNORECASE),
}
# What an empty cell shows.
_EMPTY = {"—", "–", "-", "x", "…"}
_DAY_MONTH = re.compile(r"\b(\d{1,2})/(\d{1,2})\b")


def _columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        for name, pattern in _COLUMNS.items():
            if name not in found and pattern.search(cell):
                found[name] = index
                break
    return found if {"text", "lead"} <= found.keys() else None


def _refined(schedule: object, when: str) -> object:
    """A periodic schedule with the first day the cell gives: "Hằng quý (20/03, ...)"."""
    match = _DAY_MONTH.search(when)
    if not isinstance(schedule, dict) or match is None:
        return schedule
    ((kind, _value),) = schedule.items()
    day, month = int(match.group(1)), int(match.group(2))
    limits = {"quarterly": 3, "half_yearly": 6, "yearly": 12}
    if kind in limits and 1 <= month <= limits[kind] and 1 <= day <= 31:
        return {kind: f"{month:02d}-{day:02d}"}
    return schedule


def appendix_duties(draft: Draft, bodies: Bodies) -> tuple[list[DutyDraft], list[Line]] | None:
    """The duties of the appendix table, and its rows that could not be read; None without one."""
    articles = {a.number: a for chapter in draft.chapters for a in chapter.articles}
    columns: dict[str, int] | None = None
    duties: list[DutyDraft] = []
    left: list[Line] = []
    counters: dict[int, int] = {}
    for row in draft.table_rows:
        heading = _columns(row.cells)
        if heading is not None:
            columns = heading
            continue
        if columns is None:
            left.append(row)
            continue

        def cell(name: str, where: dict[str, int], cells: tuple[str, ...] = row.cells) -> str:
            index = where.get(name)
            value = cells[index].strip() if index is not None and index < len(cells) else ""
            return "" if value in _EMPTY else value

        number = cell("article", columns)
        article = articles.get(int(number)) if number.isdigit() else None
        if not number and "article" not in columns:
            article = _home(draft)
        text, lead_name = cell("text", columns), cell("lead", columns)
        lead = _body(bodies, lead_name, row.number)
        if article is None or not text or lead is None:
            left.append(row)
            continue
        support: list[Body] = []
        for name in re.split(r";\s*", cell("support", columns)):
            body = _body(bodies, name, row.number) if name.strip() else None
            if body is not None and body is not lead and body not in support:
                support.append(body)
        when = cell("when", columns)
        schedule, said = schedule_of(when.lower() if when else text)
        schedule = _refined(schedule, when)
        counters[article.number] = counters.get(article.number, 0) + 1
        ident = f"d{article.number}-{counters[article.number]}"
        review = (
            f"dòng {row.number} của văn bản nguồn (phụ lục): kiểm tra cơ quan chủ trì, "
            f"phối hợp và thời hạn; {said}"
        )
        duty = DutyDraft(ident, text, lead, support, schedule, row.number, article, review)
        duty.deliverable = cell("deliverable", columns) or None
        duties.append(duty)
    if columns is None:
        return None
    return duties, left


def _home(draft: Draft) -> Article | None:
    """Where duties of a table without an "Điều" column go: the article on the content
    of the coordination, else the first article of the second chapter, else the last."""
    every = [article for chapter in draft.chapters for article in chapter.articles]
    for article in every:
        if "nội dung phối hợp" in article.title.lower():
            return article
    if len(draft.chapters) > 1 and draft.chapters[1].articles:
        return draft.chapters[1].articles[0]
    return every[-1] if every else None


def _body(bodies: Bodies, name: str, line: int) -> Body | None:
    named = bodies.resolve(name)
    if isinstance(named, Body):
        return named
    if named is None and name.strip():
        return bodies.unit(name, line, None)
    return None
