"""The handover minute (biên bản bàn giao) in Word: who hands over to whom, the duties.

It closes with its own two signature blocks, the giver's and the receiver's,
not with the parties' closing.
"""

from __future__ import annotations

from collections.abc import Sequence

from docx.document import Document
from docx.shared import Mm

from coordreg.documents.context import MinutesContext
from coordreg.documents.docx.blocks import Sayer, fill, grid, para, table
from coordreg.documents.docx.page import TEXT_MM

# Column widths (mm) of the table of duties; portrait: 165 mm of text width.
MINUTES_MM = (9, 22, 11, 54, 17, 28, 24)


def write(doc: Document, c: MinutesContext) -> None:
    """Who hands over to whom, the table of duties, and the two signature blocks."""
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
        say("minutes.representative", blank=c.blank)
    count = len(c.handovers)
    if effective is not None:
        say("minutes.effective", count=count, date=c.date(effective))
    else:
        say("minutes.effective_open", count=count)
    head = [
        t(f"col.{key}")
        for key in ("no", "regulation", "article", "task", "role", "schedule", "output")
    ]
    rows: list[Sequence[object]] = [
        (
            number,
            h.regulation.number or h.regulation.id,
            h.article.number,
            h.duty.text,
            c.role(h),
            c.schedule(h),
            h.duty.deliverable or t("none"),
        )
        for number, h in enumerate(c.handovers, 1)
    ]
    grid(doc, head, rows, MINUTES_MM, "cl" + "c" + "llll")
    if effective is not None:
        say("minutes.from_then", date=c.date(effective), target=target, source=source)
    else:
        say("minutes.from_signing", target=target, source=source)
    say("minutes.copies")
    doc.paragraphs[-1].paragraph_format.keep_with_next = True
    signing = table(doc, [TEXT_MM / 2] * 2, 3, grid=False)
    signing.rows[1].height = Mm(25)  # room to sign and seal
    for column, signature in enumerate(c.signatures):
        fill(
            signing.cell(0, column),
            [(signature.title, "CR Signature"), (signature.body, "CR Signature")],
        )
        fill(signing.cell(2, column), [(signature.name, "CR Signature")])
