"""Markdown injection: no value from a file makes markup in a Markdown document.

A line break inside a title or a deliverable used to start a new line of plan.md
and text.md, so a regulation could add headings, table rows, `javascript:` links
and remote images to the documents made from it. Each document (the plan, the
review, the regulation's text, the handover minute) is rendered twice from the
regulation of `hostile.py`: once with a plain value in every field, once with an
attack in every field. Both are parsed as a reader's tool would (markdown-it-py,
CommonMark with GFM tables and strikethrough), and:

- the two token streams are the same: same blocks (headings, paragraphs, lists and
  their items, quotes, tables and their rows and cells, code, rules) and, within
  each line, the same inline markup (the template's own bold and `<br>`). The
  attack made no block, link, image, HTML, code, emphasis or row of its own;
- the text a reader sees holds each attack as written, character for character
  (line breaks read as spaces).
"""

from __future__ import annotations

import html
import re
from itertools import groupby
from pathlib import Path

import pytest
from hostile import DOCUMENTS, document, write_hostile
from markdown_it import MarkdownIt
from markdown_it.token import Token

# Every way into Markdown markup a value could try, each on a line of its own and
# some inline: headings (ATX and setext), a table, lists, a quote, a thematic break,
# a code fence and an indented code block, HTML blocks and inline HTML, links,
# images, autolinks, entities, emphasis, code, strikethrough, a hard line break.
ATTACK = (
    "# Tiêu đề chèn\n"
    "\n| cột | cột |\n|---|---|\n| ô | ô |\n\n"
    "- mục chèn\n+ mục\n* mục\n1. một\n2) hai\n"
    "> trích dẫn\n"
    "[bấm vào đây](javascript:alert(1)) ![ảnh](https://evil.example/x.png) "
    "[tham chiếu]: https://evil.example/\n"
    "<img src=x onerror=alert(1)> <script>alert(1)</script> <https://evil.example/a>\n"
    "<div>khối HTML</div>\n"
    "*nghiêng* _nghiêng_ **đậm** __đậm__ `mã` ~~gạch~~ ~gạch~ &amp; &#60; &copy; \\\n"
    "văn bản\n===\nvăn bản\n---\n***\n"
    "```\nhàng rào\n```\n~~~\n"
    "    thụt lề bốn\n"
    "|\n"
)


def hostile(field: str) -> str:
    """An attack that starts like a heading and goes on through the rest."""
    return f"# {field.upper()}\n{ATTACK}"


def plain(field: str) -> str:
    return f"{field.upper()} trơn"


def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _shape(token: Token) -> tuple[object, ...]:
    """A token as structure: its type, tag and nesting, and for a line its inline markup
    (runs of text merged: escapes split the text into several tokens)."""
    if token.type != "inline":
        return (token.type, token.tag, token.nesting, token.level)
    children = [(child.type, child.tag) for child in token.children or []]
    inline = [key for key, _run in groupby(children)]
    return (token.type, tuple(inline))


def shape(markdown: str) -> list[tuple[object, ...]]:
    return [_shape(token) for token in _parser().parse(markdown)]


def seen(markdown: str) -> str:
    """The text a reader sees: the rendered HTML without its tags, spaces made single."""
    rendered = _parser().render(markdown)
    text = html.unescape(re.sub(r"<[^>]*>", " ", rendered))
    return " ".join(text.split())


def rendered(tmp_path: Path, name: str, value: str) -> str:
    root = tmp_path / f"{name}-{value}"
    file = write_hostile(root, hostile if value == "hostile" else plain)
    markdown = document(file, name, "md")
    assert isinstance(markdown, str)
    return markdown


# The fields each document prints: each must show its attack whole.
SHOWN = {
    "plan": (
        "title", "number", "place", "party-a", "party-b", "unit-a", "unit-b", "duty-1",
        "duty-2", "duty-3", "deliverable-1", "deliverable-2", "deliverable-3",
        "note-2023-2", "note-2023-3", "article-title", "symbol-a", "symbol-b",
    ),
    "review": (
        "title", "number", "place", "party-a", "party-b", "duty-2", "duty-3", "article-title",
        "note-2022-1", "note-2023-1", "note-2022-2", "note-2023-2", "note-2023-3",
        "act-title", "act-number", "act-issuer", "symbol-a",
    ),
    "text": (
        "title", "number", "place", "legal-basis", "enacting", "act-title", "act-number",
        "chapter-number", "chapter-title", "article-title", "article-text", "clause-text",
        "point-label", "point-text", "duty-1", "duty-2", "duty-3", "deliverable-1",
        "unit-a", "party-b", "signer-a", "signer-b", "signer-title-a", "signer-title-b",
    ),
    "minute": (
        "title", "number", "place", "party-a", "unit-a", "unit-b", "duty-1", "duty-2",
        "deliverable-1", "deliverable-2",
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", DOCUMENTS)
def test_no_value_makes_markup(tmp_path: Path, name: str) -> None:
    safe, attacked = rendered(tmp_path, name, "plain"), rendered(tmp_path, name, "hostile")
    expected, got = shape(safe), shape(attacked)
    assert len(got) == len(expected), "the attack added or removed blocks"
    for index, (want, have) in enumerate(zip(expected, got, strict=True)):
        assert have == want, f"token {index}: {have} where the plain values give {want}"
    for kind in ("link_open", "image", "html_inline", "html_block", "code_inline", "em_open"):
        count = sum(
            1
            for token in _parser().parse(attacked)
            for child in [token, *(token.children or [])]
            if child.type == kind
        )
        plain_count = sum(
            1
            for token in _parser().parse(safe)
            for child in [token, *(token.children or [])]
            if child.type == kind
        )
        assert count == plain_count, kind


@pytest.mark.parametrize("name", DOCUMENTS)
def test_every_value_is_shown_as_written(tmp_path: Path, name: str) -> None:
    text = seen(rendered(tmp_path, name, "hostile")).upper()
    for field in SHOWN[name]:
        written = " ".join(hostile(field).split()).upper()
        assert written in text, f"{field} is not shown whole in the {name}"


def test_a_value_cannot_start_a_block_wherever_a_template_puts_it(tmp_path: Path) -> None:
    """The plan's list items, the text's paragraphs and headings: each attack's own
    heading stays text, escaped at the start of the value."""
    plan = rendered(tmp_path, "plan", "hostile")
    assert "\n- \\# DUTY-1 # Tiêu đề chèn \\| cột \\| cột \\| \\|---\\|---\\|" in plan
    text = rendered(tmp_path, "text", "hostile")
    assert "\n\\# LEGAL-BASIS # Tiêu đề chèn \\| cột" in text
    assert "\n1\\. # CLAUSE-TEXT # Tiêu đề chèn" in text


def test_the_diff_table_holds_each_attack_in_its_cells(tmp_path: Path) -> None:
    """`diff --format md` (the lawyers' comparison table) between the plain and the
    attacked regulation: one table, one row a change, the attack's text in the cells,
    and no link, image, HTML or heading of its own."""
    import io

    from coordreg.versions.diff import compare
    from coordreg.versions.diffreport import report_markdown
    from coordreg.versions.revisions import parse_regulation

    files = {
        value: write_hostile(tmp_path / value, fn) for value, fn in (("a", plain), ("b", hostile))
    }
    old, new = (parse_regulation(files[key].read_bytes(), key) for key in "ab")
    changes = compare(old, new)
    out = io.StringIO()
    report_markdown("a.yaml", "b.yaml", changes, out, "en")
    tokens = _parser().parse(out.getvalue())
    kinds = [child.type for token in tokens for child in [token, *(token.children or [])]]
    assert kinds.count("table_open") == kinds.count("heading_open") == 1  # the title's own
    assert kinds.count("tr_open") == len(changes) + 1  # the header and one row a change
    for kind in ("link_open", "image", "html_inline", "html_block", "code_inline", "em_open"):
        assert kind not in kinds, kind
    assert "Tiêu đề chèn" in seen(out.getvalue())


def fenced(field: str) -> str:
    """A value that starts like the fence of a document's part (`::: appendix`)."""
    return f"::: appendix {field.upper()} ::: heading"


@pytest.mark.parametrize("name", DOCUMENTS)
def test_a_value_starting_like_a_part_fence_stays_text(tmp_path: Path, name: str) -> None:
    """A value opening a line (a paragraph of the regulation's text, a plan's task) that
    starts with `:::` used to open a part of the document: the Markdown output dropped
    the line as a fence, and the HTML and Word writers laid the rest out as that part."""
    file = write_hostile(tmp_path, fenced)
    markdown = document(file, name, "md")
    page = document(file, name, "html")
    assert isinstance(markdown, str) and isinstance(page, str)
    text = seen(markdown).upper()
    shown_page = " ".join(html.unescape(re.sub(r"<[^>]*>", " ", page)).split()).upper()
    for field in SHOWN[name]:
        written = fenced(field).upper()
        assert written in text, f"{field} is not shown whole in the {name}'s Markdown"
        assert written in shown_page, f"{field} is not shown whole in the {name}'s HTML"
