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
"""

from __future__ import annotations

import logging
from typing import Any

from coordreg.errors import UsageError


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
    pdf: bytes = document.write_pdf()
    return pdf
