"""The Word (.docx) form of the plan, the review, the regulation's text and the handover minute.

Built with python-docx from the document's context (`coordreg.documents.context`),
the one the Markdown and HTML templates receive, so the three forms say the same
thing under the same outline. `page` sets up the page and the named styles,
`blocks` makes the paragraphs, tables, heading and closing; one module per document
writes what comes under the heading.
"""

from __future__ import annotations

from io import BytesIO

from coordreg.documents.context import DocumentContext, MinutesContext, PlanContext, ReviewContext
from coordreg.documents.docx import minutes, plan, regulation, review
from coordreg.documents.docx.blocks import heading
from coordreg.documents.docx.page import held_to, new_document
from coordreg.documents.regulation_text import RegulationContext
from coordreg.render import templating

# Each document and the context it is written from.
CONTEXTS: dict[str, type[DocumentContext]] = {
    "plan": PlanContext,
    "review": ReviewContext,
    "minutes": MinutesContext,
    "regulation": RegulationContext,
}


def render_docx(document: str, context: DocumentContext, limit: int | None = None) -> bytes:
    """The plan, the review, the regulation's text or the handover minute, as .docx bytes.

    At most `limit` characters of text (default: the output limit the Markdown and
    HTML forms are rendered with, `render.templating.LIMITS`, read at each call);
    past it, `RefusedError`.
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
    with held_to(templating.LIMITS.output if limit is None else limit):
        doc = new_document(context)
        heading(doc, context)
        if isinstance(context, PlanContext):
            plan.write(doc, context)
        elif isinstance(context, ReviewContext):
            review.write(doc, context)
        elif isinstance(context, RegulationContext):
            regulation.write(doc, context)
        elif isinstance(context, MinutesContext):
            minutes.write(doc, context)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
