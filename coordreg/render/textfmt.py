"""Formatting shared by every document format: dates, rates, names, schedules.

Registered as Jinja filters by `coordreg.render.templating` and called directly by the Word
writer, so a date or a rate reads the same in Markdown, HTML and Word.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from coordreg.catalogue.labels import Labels
from coordreg.model import Regulation, Schedule

# Nghị định 30: in the place-and-date line, leave room for the day and month to be
# written in when the document is signed.
BLANK = "\u2026\u2026"


def short_date(day: date, lang: str = "vi") -> str:
    """15/12/2026 in Vietnamese documents; ISO 2026-12-15 in English ones."""
    return f"{day.day:02d}/{day.month:02d}/{day.year}" if lang == "vi" else day.isoformat()


def day_month(day: date, lang: str = "vi") -> str:
    return f"{day.day:02d}/{day.month:02d}" if lang == "vi" else day.strftime("%d %b")


def percent(rate: float | None, lang: str = "vi") -> str:
    """91,2% (Vietnamese decimal comma) or 91.2%; a dash when there is no rate."""
    if rate is None:
        return "—"
    text = f"{rate * 100:.1f}%"
    return text.replace(".", ",") if lang == "vi" else text


def upper(text: str) -> str:
    """Capitals for headings; str.upper() maps đ to Đ and keeps the tone marks."""
    return text.upper()


def issuer_code(regulation: Regulation) -> str:
    """BCA-BTTTT: the issuing bodies' abbreviations, as in a document symbol."""
    return "-".join(party.symbol or party.id.upper() for party in regulation.parties)


def list_names(names: Iterable[str], labels: Labels) -> str:
    """Names for a table cell, one per line's worth: "; " between them, because
    names themselves hold commas and "và" (Cục Phát thanh, truyền hình và ...)."""
    return "; ".join(names) or labels("none")


def join_names(names: Iterable[str], labels: Labels) -> str:
    items = list(names)
    if len(items) <= 1:
        return "".join(items) or labels("none")
    return ", ".join(items[:-1]) + labels("and") + items[-1]


def parties_phrase(regulation: Regulation, labels: Labels) -> str:
    return labels("two_parties" if len(regulation.parties) == 2 else "all_parties")


def when(schedule: Schedule, due: Iterable[date], labels: Labels) -> str:
    """What the "deadline" column says: a date, a list of dates, or ongoing."""
    dates = list(due)
    lang = labels.lang
    if schedule.kind in ("continuous", "on_request"):
        return labels(schedule.kind)
    if schedule.kind == "once":
        return labels("once", date=short_date(dates[0], lang)) if dates else labels("none")
    if schedule.kind == "monthly":
        return labels("monthly", day=schedule.day)
    if schedule.kind == "yearly":
        return labels("once", date=short_date(dates[0], lang)) if dates else labels("none")
    return labels(schedule.kind, dates=", ".join(day_month(day, lang) for day in dates))


# A text that ends in one of these already closes its sentence.
_SENTENCE_ENDS = (".", "!", "?", "…", ";", ":")


def sentence(text: object) -> str:
    """`text` closed with a full stop when it has none, so that the words printed after it
    ("Chủ trì: ...") do not run into it: "... cơ quan nhà nước. Chủ trì: Sở ..."."""
    words = str(text).rstrip()
    return words if not words or words.endswith(_SENTENCE_ENDS) else words + "."


def md_cell(text: object) -> str:
    """Text made safe for one cell of a Markdown table."""
    return " ".join(str(text).split()).replace("|", "\\|")
