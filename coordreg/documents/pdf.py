"""A document as PDF: its print HTML laid out on A4 pages by WeasyPrint.

Electronic documents are exchanged and digitally signed as PDF. The PDF is made
from the same HTML as `-o x.html` (bundled or office templates), whose print style
sheet already says what Nghị định 30/2020 asks: A4, margins 20 mm top and bottom,
30 mm left, 15 mm right, Times New Roman (or a metric twin: Liberation Serif,
Tinos), page numbers at the top from page 2, the plan's appendix in landscape.
WeasyPrint embeds the fonts it uses (subsets), so the file reads the same anywhere.

The HTML may come from an office's templates, which are hostile input: it must
not make the renderer read a local file or the network (an `<img src=
"file:///etc/passwd">` would otherwise be embedded in the PDF). Every URL is
refused; the bundled documents have none (the review's chart is inline SVG).

WeasyPrint does not know `text-wrap: balance`, which the style sheet asks of the
names in the heading, the title and the signature titles, so that a name breaks
into even lines ("BỘ THÔNG TIN VÀ / TRUYỀN THÔNG", not "BỘ THÔNG TIN VÀ TRUYỀN /
THÔNG"). `_balance` does it: after a first layout, each such element laid out in
uneven lines is narrowed to its text's width shared evenly among its lines, and
the document laid out again.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from coordreg.errors import UsageError

# The rules that ask for balanced lines: their selectors, comments left out.
_BALANCED_RULE = re.compile(r"([^{}]+)\{[^{}]*text-wrap:\s*balance[^{}]*\}")
_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)
# Lines are uneven when the shortest is under this share of the longest.
_UNEVEN = 0.8
# The room left over the even share, so that a word that would just fit is not
# pushed onto a line of its own; widened if the lines still grow in number.
_SLACK = (1.08, 1.2, 1.35)


def _no_fetching() -> Any:
    """A WeasyPrint URL fetcher that allows no protocol at all."""
    from weasyprint.urls import URLFetcher

    return URLFetcher(allowed_protocols=(), allow_redirects=False)


def html_to_pdf(html: str) -> bytes:
    """The PDF of a print HTML document, as bytes."""
    try:
        import weasyprint
    except OSError as error:  # Pango missing: WeasyPrint loads it when imported.
        raise UsageError("pdf_unavailable", reason=str(error).splitlines()[0]) from None
    # WeasyPrint logs each CSS property it does not know (text-wrap) and each URL
    # refused: not the reader's business, and not an error of the document.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    document = weasyprint.HTML(string=html, base_url=None, url_fetcher=_no_fetching())
    pdf: bytes = _balance(document, _selectors(html)).write_pdf()
    return pdf


def _selectors(html: str) -> str:
    """The selectors of the document's rules that ask for `text-wrap: balance`."""
    style = _COMMENT.sub("", " ".join(_STYLE.findall(html)))
    return ",".join(found.strip() for found in _BALANCED_RULE.findall(style))


def _balance(document: Any, selectors: str) -> Any:
    """The document laid out with the elements `selectors` names in even lines.

    An element whose lines grow in number even with the widest slack is given back
    its own width: uneven lines are better than an extra one.
    """
    import cssselect2

    rendered = document.render()
    if not selectors:
        return rendered
    try:
        matcher = cssselect2.compile_selector_list(selectors)
    except cssselect2.SelectorError:
        return rendered
    wanted = {id(w.etree_element) for w in document.wrapper_element.query_all(*matcher)}
    # Each element to narrow: the element, its number of lines, the even share of its
    # text's width, and its own style attribute.
    narrowed: dict[int, tuple[Any, int, float, str | None]] = {}
    for element, lines, widths in _laid_out(rendered, wanted):
        if len(lines) > 1 and min(widths) < _UNEVEN * max(widths):
            even = sum(widths) / len(lines)
            narrowed[id(element)] = (element, len(lines), even, element.get("style"))
    for slack in _SLACK:
        if not narrowed:
            return rendered
        for element, _count, even, own in narrowed.values():
            narrowed_style = f"max-width:{even * slack:.1f}px;margin-left:auto;margin-right:auto;"
            element.set("style", narrowed_style + (own or ""))
        rendered = document.render()
        grown = {
            id(element)
            for element, lines, _ in _laid_out(rendered, set(narrowed))
            if len(lines) > narrowed[id(element)][1]
        }
        narrowed = {key: value for key, value in narrowed.items() if key in grown}
    if not narrowed:
        return rendered
    for element, _count, _even, own in narrowed.values():
        if own is None:
            del element.attrib["style"]
        else:
            element.set("style", own)
    return document.render()


def _laid_out(rendered: Any, wanted: set[int]) -> list[tuple[Any, list[Any], list[float]]]:
    """Each wanted element's first block box: its element, its lines and their widths."""
    found: list[tuple[Any, list[Any], list[float]]] = []
    seen: set[int] = set()

    def lines_of(box: Any) -> list[Any]:
        if type(box).__name__ == "LineBox":
            return [box]
        return [line for child in getattr(box, "children", ()) for line in lines_of(child)]

    def walk(box: Any) -> None:
        element = getattr(box, "element", None)
        key = id(element)
        if key in wanted and key not in seen and type(box).__name__ == "BlockBox":
            seen.add(key)
            lines = lines_of(box)
            widths = [sum(child.margin_width() for child in line.children) for line in lines]
            found.append((element, lines, widths))
            return
        for child in getattr(box, "children", ()):
            walk(child)

    for page in rendered.pages:
        walk(page._page_box)
    return found
