"""Formatting shared by every document format: dates, rates, names, schedules; and
text from a file made inert in Markdown (`md_text`) or in any document (`shown`).

Registered as Jinja filters by `coordreg.render.templating` and called directly by the Word
writer, so a date or a rate reads the same in Markdown, HTML and Word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from markupsafe import Markup

from coordreg.catalogue.controls import ACTING, acting_visible, visible
from coordreg.catalogue.labels import Labels
from coordreg.model import Regulation, Schedule

# Nghị định 30: in the place-and-date line, leave room for the day and month to be
# written in when the document is signed.
BLANK = "\u2026\u2026"


def _day_and_month(day: date) -> tuple[str, str]:
    """The day and the month as Nghị định 30 writes them: a leading zero only for days
    1-9 and for months 1 and 2 (01/3/2025, 28/02/2025, 15/12/2026). The one rule every
    Vietnamese date of every document and message follows."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"{day.day:02d}", month


def legal_date(day: date, lang: str = "vi") -> str:
    """15/12/2026, 01/3/2025, 28/02/2025 in Vietnamese; ISO 2026-12-15 in English."""
    if lang != "vi":
        return day.isoformat()
    day_text, month = _day_and_month(day)
    return f"{day_text}/{month}/{day.year}"


def day_month(day: date, lang: str = "vi") -> str:
    """A day of any year: 25/3, 30/6, 31/12, 28/02 in Vietnamese; 25 Mar in English."""
    if lang != "vi":
        return day.strftime("%d %b")
    return "/".join(_day_and_month(day))


def date_words(day: date) -> dict[str, str]:
    """The parts of "ngày 05 tháng 3 năm 2025" (a place-and-date line), by the same rule
    as `legal_date`; `date` is the whole day in ISO, for a template that wants it."""
    day_text, month = _day_and_month(day)
    return {"day": day_text, "month": month, "year": str(day.year), "date": day.isoformat()}


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
        return labels("once", date=legal_date(dates[0], lang)) if dates else labels("none")
    if schedule.kind == "monthly":
        return labels("monthly", day=schedule.day)
    if schedule.kind == "yearly":
        return labels("once", date=legal_date(dates[0], lang)) if dates else labels("none")
    return labels(schedule.kind, dates=", ".join(day_month(day, lang) for day in dates))


# A text that ends in one of these already closes its sentence.
_SENTENCE_ENDS = (".", "!", "?", "…", ";", ":")


def sentence(text: object) -> str:
    """`text` closed with a full stop when it has none, so that the words printed after it
    ("Chủ trì: ...") do not run into it: "... cơ quan nhà nước. Chủ trì: Sở ..."."""
    words = str(text).rstrip()
    return words if not words or words.endswith(_SENTENCE_ENDS) else words + "."


# What means something to Markdown anywhere in a line: emphasis and strikethrough
# (* _ ~), code (`), links and images ([ ]), HTML and autolinks (< >), table cells
# (|), and the backslash that escapes all of them.
_MD_INLINE = re.compile(r"[\\`*_\[\]<>|~]")
# `&` only where it would start an entity (&amp; &#38;): "R&D" stays as written.
_MD_ENTITY = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# What else makes the start of a line a block (CommonMark): a heading, a list item
# (- + and 1. or 1)), a thematic break or a setext underline (--- or ===), and the
# fence of a document's part (`::: appendix`, `coordreg.documents.markup.parse`).
_MD_NUMBERED = re.compile(r"(\d+)([.)])(?=\s|$)")
_MD_BLOCK_START = re.compile(r"[#+-]|=+$|:{3}")


def md_text(text: object) -> str:
    """Text from a file as Markdown that shows it as written, and nothing else.

    On one line (a line break would start a new block: a heading, a table row, a
    list); every character that Markdown reads as markup escaped with a backslash,
    so no value makes emphasis, code, a link, an image or HTML; its start escaped
    where it would make a block ("1\\. Text" prints "1. Text", never an ordered
    list); control characters shown as escapes (`catalogue.controls`). The same
    for a table cell (`md_cell`), a paragraph (`md_paragraph`), a heading, a list
    item or a place inside a sentence: the escapes are those of CommonMark, which
    every renderer shows as the character itself.
    """
    line = " ".join(visible(str(text)).split())
    line = _MD_ENTITY.sub("\\\\&", _MD_INLINE.sub(r"\\\g<0>", line))
    numbered = _MD_NUMBERED.match(line)
    if numbered is not None:
        return f"{numbered.group(1)}\\{numbered.group(2)}{line[numbered.end() :]}"
    if _MD_BLOCK_START.match(line):
        return "\\" + line
    return line


def md_cell(text: object) -> str:
    """Text made safe for one cell of a Markdown table: `md_text`, pipes included."""
    return md_text(text)


def shown(value: Any) -> Any:
    """What a template prints, with control characters shown as escapes.

    The last step of every `{{ ... }}` of every template (Jinja's `finalize`), so
    that no document, Markdown or HTML, bundled or an office's own, carries a
    control character from a file; HTML escaping comes after. Markup stays markup:
    an escape holds no character HTML gives a meaning to.
    """
    if not isinstance(value, str) or ACTING.search(value) is None:
        return value
    # A lone surrogate is left: the render refuses it as no character at all.
    text = acting_visible(value)
    return Markup(text) if hasattr(value, "__html__") else text


# --- Lines of a heading: where a name or a symbol may break ---------------------------

# Rough widths in ems of Times New Roman bold: capitals, spaces, everything else.
_CAP_EM, _SPACE_EM, _OTHER_EM = 0.7, 0.25, 0.52
# Words a body's name breaks well before: "SỞ GIÁO DỤC / VÀ ĐÀO TẠO", "... / TỈNH HÀ TĨNH".
_BREAK_BEFORE = frozenset({"VÀ", "TỈNH", "THÀNH", "HUYỆN", "QUẬN", "CỤC", "VỀ", "TRONG"})


def width_em(text: str) -> float:
    """How wide `text` prints, in ems: an estimate on the safe (wide) side."""
    return sum(
        _SPACE_EM if char == " " else _CAP_EM if char.isupper() else _OTHER_EM for char in text
    )


def name_lines(name: str, room_em: float) -> list[str]:
    """A body's name in lines of at most `room_em`, broken only between words, best
    before "VÀ" or a place ("SỞ GIÁO DỤC / VÀ ĐÀO TẠO"), as balanced as can be: never
    "SỞ GIÁO DỤC VÀ ĐÀO / TẠO"."""
    words = name.split()
    if width_em(name) <= room_em or len(words) < 2:
        return [" ".join(words)]
    best: tuple[float, list[str]] | None = None
    for lines in _splits(words, 3):
        widths = [width_em(line) for line in lines]
        over = sum(max(0.0, w - room_em) for w in widths)
        starts = [line.split()[0] for line in lines[1:]]
        awkward = sum(start not in _BREAK_BEFORE for start in starts)
        score = over * 100 + len(lines) * 20 + awkward * 8 + (max(widths) - min(widths)) / 4
        if best is None or score < best[0]:
            best = (score, lines)
    assert best is not None
    return best[1]


def _splits(words: list[str], most: int) -> list[list[str]]:
    """Every way of cutting `words` into 2 to `most` lines, in order."""
    found: list[list[str]] = []
    for cut in range(1, len(words)):
        head, rest = " ".join(words[:cut]), words[cut:]
        found.append([head, " ".join(rest)])
        if most > 2:
            found += [[head, *tail] for tail in _splits(rest, most - 1)]
    return found


def symbol_lines(number: str, room_em: float) -> list[str]:
    """A document's number and symbol in lines of at most `room_em`, broken only after
    a "-": "Số: ……/KH-UBND-CAT-" / "STTTT-SGDĐT"."""
    pieces = [piece + "-" for piece in number.split("-")]
    pieces[-1] = pieces[-1][:-1]
    lines = [pieces[0]]
    for piece in pieces[1:]:
        if width_em(lines[-1] + piece) <= room_em:
            lines[-1] += piece
        else:
            lines.append(piece)
    return lines


def end_mark(text: str) -> str:
    """A document's last sentence with "./." after it (Nghị định 30): "... quyết định./."."""
    text = text.rstrip()
    if text.endswith("./."):
        return text
    return text + ("/." if text.endswith(".") else "./.")
