"""The handover minute (biên bản bàn giao) in Word: who hands over to whom, the duties.

It closes with its own two signature blocks, the giver's and the receiver's,
not with the parties' closing.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document

from coordreg.documents.context import MinutesContext
from coordreg.documents.docx.blocks import (
    Sayer,
    end_mark,
    grid,
    keep_last_lines,
    para,
    signature_blocks,
)

# Column widths (mm) of the table of duties; portrait: 165 mm of text width. Wide
# enough that no header breaks inside a word ("STT", "Điều"); the regulation's
# column only when the duties come from more than one regulation.
MINUTES_MM = (12, 13, 68, 22, 27, 23)
MINUTES_MANY_MM = (11, 20, 12, 55, 20, 25, 22)
KEYS = ("no", "article", "task", "role", "schedule", "output")


def write(doc: Document, c: MinutesContext) -> None:
    """Time and place, who is present for each side, the table of duties, the closing
    sentence and the two signature blocks, kept with the last lines."""
    t, say = c.t, Sayer(doc, c.t)
    source, target, effective = c.source_name, c.target_name, c.effective
    for basis in c.bases:
        para(doc, basis)
    say("minutes.opening", blank=c.blank, year=c.year, place=c.place)
    for key, body in (
        ("minutes.giver", c.source_label),
        ("minutes.receiver", c.target_label),
    ):
        say(key, "Heading 2", body=body)
        for number in (1, 2):
            say("minutes.representative", number=number, blank=c.blank)
    count = len(c.handovers)
    if effective is not None:
        say("minutes.effective", count=count, date=c.date(effective))
    else:
        say("minutes.effective_open", count=count)
    many = c.many_regulations
    keys = (KEYS[0], "regulation", *KEYS[1:]) if many else KEYS
    rows: list[Sequence[object]] = []
    for number, h in enumerate(c.handovers, 1):
        duty = h.duty
        cells: list[object] = [number, h.article.number, duty.text, c.role(h), c.schedule(h)]
        cells.append(duty.deliverable or t("none"))
        if many:
            cells.insert(1, h.regulation.number or h.regulation.id)
        rows.append(cells)
    widths = MINUTES_MANY_MM if many else MINUTES_MM
    grid(
        doc, [t(f"col.{key}") for key in keys], rows, widths, ("cl" if many else "c") + "c" + "llll"
    )
    if effective is not None:
        say("minutes.from_then", date=c.date(effective), target=target, source=source)
    else:
        say("minutes.from_signing", target=target, source=source)
    say("minutes.copies")
    say("minutes.closing", blank=c.blank)
    end_mark(doc)
    keep_last_lines(doc, 3)
    signature_blocks(doc, c.signatures, per_row=2)
