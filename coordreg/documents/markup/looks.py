"""How each document's tables look: layout of data, not wording, for the HTML and Word writers.

The Markdown template says what a table holds; it cannot say how wide a column is
or which rows to mark. Each document's tables, in the order its Markdown has them,
get a `TableLook` here: the HTML classes, the column widths for a page (per cent)
and for Word (mm; portrait 165 mm, landscape 252 mm of text), the alignment of
each column, and the class of each row taken from the document's data (a task
carried over from last year, a year without a record). A table an office adds, or
one whose number of columns does not match, is laid out plainly from the Markdown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from coordreg.documents.context import DocumentContext, MinutesContext, PlanContext, ReviewContext


@dataclass(frozen=True)
class TableLook:
    classes: str  # after "data"
    percent: tuple[float, ...]
    mm: tuple[float, ...]
    align: str  # one letter a column: l, c, r
    rows: Callable[[DocumentContext], Sequence[str]] | None = None  # each body row's class

    def fits(self, columns: int) -> bool:
        return len(self.percent) == len(self.mm) == len(self.align) == columns

    def row_classes(self, c: DocumentContext, count: int) -> list[str]:
        """Each body row's class ("" for none), when the data has as many rows."""
        found = list(self.rows(c)) if self.rows is not None else []
        return found if len(found) == count else [""] * count


def _carried(c: DocumentContext) -> list[str]:
    assert isinstance(c, PlanContext)
    return ["carried-over" if item.carried_over else "" for item in c.plan.items]


def _unrecorded(c: DocumentContext) -> list[str]:
    assert isinstance(c, ReviewContext)
    return ["" if y.record else "no-record" for y in c.review.years]


_GROUPS = TableLook(
    "figures", (34, 11, 11, 11, 11, 11, 11), (47, 19, 19, 20, 20, 22, 18), "lrrrrrr"
)
_TABLES: dict[str, tuple[TableLook, ...]] = {
    "plan": (
        TableLook(
            "tasks-table",
            (5, 37, 15, 17, 12, 14),
            (13, 100, 38, 40, 31, 30),
            "clllll",
            _carried,
        ),
    ),
    "review": (
        TableLook(
            "figures by-year",
            (8, 20, 12, 10, 10, 10, 10, 10, 10),
            (12, 25, 24, 17, 16, 18, 18, 18, 17),
            "clcrrrrrr",
            _unrecorded,
        ),
        TableLook(f"{_GROUPS.classes} by-party", _GROUPS.percent, _GROUPS.mm, _GROUPS.align),
        TableLook(f"{_GROUPS.classes} by-article", _GROUPS.percent, _GROUPS.mm, _GROUPS.align),
    ),
    "regulation": (
        TableLook(
            "tasks-table duties-table",
            (5, 6, 33, 15, 16, 12, 13),
            (12, 14, 90, 38, 40, 30, 28),
            "ccllll" + "l",
        ),
    ),
}
# The minute's table has a column naming each duty's regulation when there are several.
_MINUTES = TableLook("handover-table", (7, 8, 38, 13, 17, 14), (12, 13, 68, 22, 27, 23), "ccllll")
_MINUTES_MANY = TableLook(
    "handover-table", (7, 12, 8, 38, 13, 17, 14), (11, 20, 12, 55, 20, 25, 22), "clcllll"
)


def table_look(document: str, c: DocumentContext, index: int, columns: int) -> TableLook | None:
    """The look of the document's `index`-th table (from 0), if it has one and it fits."""
    if document == "minutes":
        many = isinstance(c, MinutesContext) and c.many_regulations
        looks: tuple[TableLook, ...] = (_MINUTES_MANY if many else _MINUTES,)
    else:
        looks = _TABLES.get(document, ())
    look = looks[index] if index < len(looks) else None
    return look if look is not None and look.fits(columns) else None
