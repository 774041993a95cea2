"""A document's HTML page loads and runs nothing: checked after an office's page renders.

The body is coordreg's (`html.py`: every text escaped, no link, no image), but the
page around it is `base.html.j2`, which an office's `--templates` folder may hold
and which came from anywhere. A page that fetches (`<img src="http://...">`, a
stylesheet, `url(...)` in its CSS), runs code (`<script>`, `onload=`) or carries a
live link (`<a href="javascript:...">`) would do so in every document made with it,
in the browser of everyone who opens one: so such a page is refused (exit 1), as
the PDF writer refuses any URL. What stays allowed: in-page links (`#...`) and
images written into the page itself (`data:image/...`).
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from coordreg.catalogue.controls import one_line
from coordreg.errors import RefusedError

# Elements that fetch or run by being there.
_ACTIVE_TAGS = frozenset(
    ("script", "iframe", "frame", "frameset", "object", "embed", "applet", "link", "base",
     "form", "portal", "audio", "video", "source", "track", "noscript")
)  # fmt: skip
# Attributes whose value is a URL the browser may follow or fetch.
_URL_ATTRIBUTES = frozenset(
    ("src", "href", "srcset", "action", "formaction", "data", "poster", "background",
     "xlink:href", "ping", "cite", "longdesc", "manifest", "codebase", "lowsrc", "dynsrc")
)  # fmt: skip
_EMBEDDED_IMAGE = re.compile(r"\s*data:image/", re.IGNORECASE)
# CSS that fetches: an import, an image-set, a url() that is not an embedded image or
# a fragment. Read with CSS's escapes decoded (`\75 rl(` is `url(` to a browser).
_CSS_FETCH_WRITTEN = re.compile(
    r"@import|expression\s*\(|image-set\s*\(|url\s*\(\s*['\"]?\s*(?!data:image/|#)",
    re.IGNORECASE,
)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})\s?|(.))", re.DOTALL)


def _css_char(match: re.Match[str]) -> str:
    code = match.group(1)
    if code is None:
        return match.group(2)
    number = int(code, 16)
    return chr(number) if 0 < number <= 0x10FFFF else "\ufffd"


def _css_fetch(css: str) -> re.Match[str] | None:
    """Where CSS fetches, its escapes decoded first; None where it does not."""
    return _CSS_FETCH_WRITTEN.search(_CSS_ESCAPE.sub(_css_char, css))


_SHOWN = 120


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: str | None = None
        self._in_style = False

    def _refuse(self, what: str) -> None:
        if self.found is None:
            self.found = one_line(what)[:_SHOWN]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        shown = self.get_starttag_text() or f"<{tag}>"
        if tag in _ACTIVE_TAGS:
            self._refuse(shown)
        if tag == "meta" and any(k == "http-equiv" and (v or "").lower() == "refresh"
                                 for k, v in attrs):  # fmt: skip
            self._refuse(shown)
        if any(_active_attribute(key, value or "") for key, value in attrs):
            self._refuse(shown)
        self._in_style = tag == "style"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        self._in_style = False

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style and (match := _css_fetch(data)) is not None:
            self._refuse(match.string[match.start() : match.start() + _SHOWN])


def _active_attribute(key: str, value: str) -> bool:
    """An event handler, a URL that leaves the page, or CSS that fetches."""
    if key.startswith("on"):
        return True
    if key in _URL_ATTRIBUTES:
        return bool(value.strip()) and not _allowed_url(key, value)
    return key == "style" and _css_fetch(value) is not None


def _allowed_url(key: str, value: str) -> bool:
    if value.strip().startswith("#"):
        return True
    return key == "src" and _EMBEDDED_IMAGE.match(value) is not None


def check_page(page: str, shown: str) -> None:
    """Refuse (`RefusedError`, exit 1) a page that would fetch, run or link out."""
    parser = _Page()
    parser.feed(page)
    parser.close()
    if parser.found is not None:
        raise RefusedError("template_page_active", name=shown, what=parser.found)
