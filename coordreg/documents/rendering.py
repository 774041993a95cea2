"""A document in the format asked for: Markdown or HTML text, Word or PDF bytes, or JSON.

The annual plan, the five-year review and the regulation's own text each start
from their template context (`coordreg.documents.context`) and their Markdown
template, the one source of their words: Markdown, HTML and Word are made from it
(`coordreg.documents.markup`, `coordreg.documents.docx`). The JSON form is the
data itself, for other programs; the regulation's text has none. The PDF is the
HTML laid out for print (`coordreg.documents.pdf`).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coordreg.documents.context import (
    DocumentContext,
    plan_context,
    review_context,
)
from coordreg.documents.marks import Marks, apply_marks
from coordreg.documents.markup.text import render_text
from coordreg.documents.output import json_text
from coordreg.documents.pdf import html_to_pdf
from coordreg.documents.plan import AnnualPlan, plan_json
from coordreg.documents.regulation_text import regulation_context
from coordreg.documents.review import Review, review_json
from coordreg.model import Regulation

# Word output is imported where it is asked for: python-docx takes longer to load
# than a Markdown plan takes to render.


def plan_document(
    plan: AnnualPlan,
    output_format: str = "md",
    lang: str = "vi",
    templates: Path | None = None,
    marks: Marks | None = None,
) -> str | bytes:
    """The annual plan (Kế hoạch): md, html, docx or pdf (bytes), or json.

    `templates` is a folder of the office's own templates, run sandboxed, used in
    place of the bundled ones for every format (its reference.docx for Word's look). `marks`: the document's own marks
    of secrecy and urgency, else its regulation's (`coordreg.documents.marks`).
    """
    if output_format == "json":
        return json_text(plan_json(plan))
    context = plan_context(plan, lang)
    apply_marks(context, marks)
    if output_format == "docx":
        from coordreg.documents.docx import render_docx

        return render_docx("plan", context, templates=templates)
    return _text_or_pdf("plan", context, output_format, templates)


def review_document(
    review: Review,
    output_format: str = "md",
    lang: str = "vi",
    templates: Path | None = None,
    marks: Marks | None = None,
) -> str | bytes:
    """The five-year review report (Báo cáo sơ kết): md, html, docx or pdf (bytes), or json."""
    if output_format == "json":
        return json_text(review_json(review))
    context = review_context(review, lang)
    apply_marks(context, marks)
    if output_format == "docx":
        from coordreg.documents.docx import render_docx

        return render_docx("review", context, templates=templates)
    return _text_or_pdf("review", context, output_format, templates)


def regulation_document(
    regulation: Regulation,
    output_format: str = "md",
    lang: str = "vi",
    templates: Path | None = None,
    at: date | None = None,
    marks: Marks | None = None,
) -> str | bytes:
    """The regulation's own text (văn bản quy chế) in force on `at` (default: today), its
    duties in an appendix: md, html, docx or pdf."""
    context = regulation_context(regulation, lang, at)
    apply_marks(context, marks)
    if output_format == "docx":
        from coordreg.documents.docx import render_docx

        return render_docx("regulation", context, templates=templates)
    return _text_or_pdf("regulation", context, output_format, templates)


def _text_or_pdf(
    template: str, context: DocumentContext, output_format: str, templates: Path | None
) -> str | bytes:
    """md or html text from the template; pdf: the html one laid out on A4 pages."""
    if output_format == "pdf":
        return html_to_pdf(render_text(template, context, "html", templates))
    return render_text(template, context, output_format, templates)
