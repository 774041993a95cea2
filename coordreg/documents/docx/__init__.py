"""The Word (.docx) form of the plan, the review, the regulation's text and the handover minute.

Written from the document's Markdown template, its one source of words, read into
blocks (`coordreg.documents.markup`) and laid out by `writer`; `page` sets up the
page and the named styles, `blocks` makes the tables, heading and closing, `chart`
the review's chart. The context (`coordreg.documents.context`) gives what is layout
of data: the heading's bodies, the signature blocks, the chart.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from coordreg.documents.context import DocumentContext, MinutesContext, PlanContext, ReviewContext
from coordreg.documents.docx.page import held_to, new_document
from coordreg.documents.docx.reference import reference_document
from coordreg.documents.docx.writer import WordWriter
from coordreg.documents.markup.text import document_blocks
from coordreg.documents.regulation_text import RegulationContext
from coordreg.render import templating

# Each document and the context it is written from.
CONTEXTS: dict[str, type[DocumentContext]] = {
    "plan": PlanContext,
    "review": ReviewContext,
    "minutes": MinutesContext,
    "regulation": RegulationContext,
}


def render_docx(
    document: str,
    context: DocumentContext,
    limit: int | None = None,
    templates: Path | None = None,
) -> bytes:
    """The plan, the review, the regulation's text or the handover minute, as .docx bytes.

    `templates`: an office's folder, whose `<document>.md.j2` (if it has one) gives the
    words, as for Markdown and HTML, and whose `reference.docx` (if it has one) the
    look: styles, page set-up, letterhead (`reference.py`). At most `limit` characters of text (default: the
    output limit the Markdown and HTML forms are rendered with,
    `render.templating.LIMITS`, read at each call); past it, `RefusedError`.
    """
    expected = CONTEXTS.get(document)
    if expected is None:
        raise ValueError(
            f"unknown document {document!r}: expected 'plan', 'review', 'minutes' or 'regulation'"
        )
    if not isinstance(context, expected):
        raise TypeError(
            f"the {document} is written from a {expected.__name__}, not from a {type(context).__name__}"
        )
    blocks = document_blocks(document, context, templates)
    reference = reference_document(templates)
    with held_to(templating.LIMITS.output if limit is None else limit):
        doc = new_document(context, reference)
        WordWriter(doc, document, context).write(blocks)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
