"""A document as Markdown or HTML text, from its one source, its Markdown template.

The template (bundled, or an office's own, `--templates`) renders in the sandbox
(in a child process for an office's); the Markdown output is that text without the
fence lines of its parts; the HTML output is the same text read into blocks, laid
out by the HTML writer and set in the page `base.html.j2` (its CSS and print rules).
"""

from __future__ import annotations

from pathlib import Path

from markupsafe import Markup

from coordreg.documents.context import DocumentContext
from coordreg.documents.markup.blocks import Block
from coordreg.documents.markup.html import html_body
from coordreg.documents.markup.page import check_page
from coordreg.documents.markup.parse import markdown_text, parse
from coordreg.render.templating import render


def document_source(template: str, context: DocumentContext, user_dir: Path | None) -> str:
    """What `<template>.md.j2` renders: Markdown with the fence lines of its parts."""
    # The context itself, not its mapping: an office's template renders in a child
    # process, which receives the context (pickled) and makes the mapping there.
    return render(f"{template}.md.j2", context, user_dir)


def document_blocks(
    template: str, context: DocumentContext, user_dir: Path | None
) -> tuple[Block, ...]:
    """The document's blocks, for a writer."""
    return parse(document_source(template, context, user_dir))


def render_text(
    template: str, context: DocumentContext, output_format: str, user_dir: Path | None
) -> str:
    """Markdown (`md`) or the HTML page (`html`)."""
    source = document_source(template, context, user_dir)
    if output_format == "md":
        return markdown_text(source)
    page = {
        "lang": context.lang,
        "kind": context.kind,
        "title": context.title,
        "document": Markup(html_body(template, context, parse(source))),
    }
    html = render("base.html.j2", page, user_dir)
    # An office's page came from anywhere: it may load, run or link to nothing.
    check_page(html, str(user_dir / "base.html.j2") if user_dir is not None else "base.html.j2")
    return html
