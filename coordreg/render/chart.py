"""The completion-per-year chart of the review, as a small self-contained SVG.

Drawn by hand rather than with a plotting library: it is a handful of bars,
and the SVG must embed in an HTML page and a Word document with no fonts or
scripts of its own beyond a generic serif.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from xml.sax.saxutils import escape

WIDTH = 560
BAR_AREA_HEIGHT = 180
TOP = 30
BOTTOM = 40
LEFT = 44
RIGHT = 12


def completion_svg(title: str, bars: Sequence[tuple[str, float | None, str]]) -> str:
    """An SVG bar chart: one bar per (label, rate in 0..1 or None, caption above the bar).

    A bar with no rate (no record that year) is drawn as an empty outline so the
    gap is visible rather than missing.
    """
    height = TOP + BAR_AREA_HEIGHT + BOTTOM
    count = max(len(bars), 1)
    slot = (WIDTH - LEFT - RIGHT) / count
    bar_width = min(60.0, slot * 0.6)
    base = TOP + BAR_AREA_HEIGHT
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" '
        f'viewBox="0 0 {WIDTH} {height}" role="img" aria-label="{escape(title)}" '
        'font-family="Times New Roman, Liberation Serif, Tinos, serif" font-size="13">',
        f"<title>{escape(title)}</title>",
    ]
    for tick in (0, 25, 50, 75, 100):
        y = base - BAR_AREA_HEIGHT * tick / 100
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" stroke="#d0d0d0" stroke-width="1"/>'
        )
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick}%</text>')
    for index, (label, rate, caption) in enumerate(bars):
        x = LEFT + slot * index + (slot - bar_width) / 2
        centre = x + bar_width / 2
        if rate is None:
            parts.append(
                f'<rect x="{x:.1f}" y="{TOP}" width="{bar_width:.1f}" height="{BAR_AREA_HEIGHT}" '
                'fill="none" stroke="#999999" stroke-dasharray="4 3"/>'
            )
        else:
            bar_height = BAR_AREA_HEIGHT * max(0.0, min(rate, 1.0))
            parts.append(
                f'<rect x="{x:.1f}" y="{base - bar_height:.1f}" width="{bar_width:.1f}" '
                f'height="{bar_height:.1f}" fill="#1f4e79"/>'
            )
        caption_y = (
            TOP - 8 if rate is None else base - BAR_AREA_HEIGHT * max(0.0, min(rate, 1.0)) - 6
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{caption_y:.1f}" text-anchor="middle">{escape(caption)}</text>'
        )
        parts.append(
            f'<text x="{centre:.1f}" y="{base + 20}" text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#000000" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


# 5x7 dot glyphs for the figures of the PNG (years, rates); other captions are left out.
# Each glyph is seven rows, each row a base-32 digit whose five bits are the dots.
CODES = (
    "ehjlphe4c4444eeh1248vu11e11u26aiv22vgu11he68guhhev124888ehhehheehhf12c"
    "pq248bj000064800000cc000v000"
)
GLYPHS = {char: CODES[7 * i : 7 * i + 7] for i, char in enumerate("0123456789%,.-")}
SCALE, DOT = 2, 3  # pixels per SVG unit; pixels per glyph dot


class _Canvas:
    def __init__(self, width: int, height: int) -> None:
        self.width, self.height = width * SCALE, height * SCALE
        self.pixels = bytearray(b"\xff" * (self.width * self.height * 3))

    def box(self, x0: float, y0: float, x1: float, y1: float, rgb: bytes) -> None:
        """Fill a rectangle given in SVG units."""
        left, right = (max(0, min(self.width, round(v * SCALE))) for v in (x0, x1))
        top, bottom = (max(0, min(self.height, round(v * SCALE))) for v in (y0, y1))
        for y in range(top, bottom):
            start = (y * self.width + left) * 3
            self.pixels[start : start + (right - left) * 3] = rgb * (right - left)

    def text(self, x: float, baseline: float, text: str, anchor: str) -> None:
        """Dot-matrix figures centred on (or ending at) x; other text is not drawn."""
        if not text or any(char not in GLYPHS for char in text):
            return
        dot = DOT / SCALE
        left = x - (len(text) * 6 - 1) * dot / (2 if anchor == "middle" else 1)
        for index, char in enumerate(text):
            for row, digit in enumerate(GLYPHS[char]):
                for column in range(5):
                    if int(digit, 32) >> (4 - column) & 1:
                        x0, y0 = left + (index * 6 + column) * dot, baseline - (7 - row) * dot
                        self.box(x0, y0, x0 + dot, y0 + dot, b"\x00\x00\x00")

    def png(self) -> bytes:
        row = self.width * 3
        raw = b"".join(b"\x00" + self.pixels[y * row : (y + 1) * row] for y in range(self.height))

        def chunk(kind: bytes, data: bytes) -> bytes:
            crc = zlib.crc32(kind + data)
            return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

        header = struct.pack(">IIBBBBB", self.width, self.height, 8, 2, 0, 0, 0)
        body = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9))
        return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


def completion_png(bars: Sequence[tuple[str, float | None, str]]) -> bytes:
    """The bars of `completion_svg`, same geometry, as a PNG: the fallback picture
    Word stores beside an SVG for readers that cannot draw SVG."""
    area, base = BAR_AREA_HEIGHT, TOP + BAR_AREA_HEIGHT
    canvas = _Canvas(WIDTH, base + BOTTOM)
    right = WIDTH - RIGHT
    for tick in (0, 25, 50, 75, 100):
        y = base - area * tick / 100
        canvas.box(LEFT, y - 0.5, right, y + 0.5, b"\xd0\xd0\xd0")
        canvas.text(LEFT - 6, y + 4, f"{tick}%", "end")
    slot = (WIDTH - LEFT - RIGHT) / max(len(bars), 1)
    width = min(60.0, slot * 0.6)
    for index, (label, rate, caption) in enumerate(bars):
        x = LEFT + slot * index + (slot - width) / 2
        if rate is None:  # no record: an empty grey outline
            for x0, y0, x1, y1 in ((0, 0, 1, area), (width - 1, 0, width, area), (0, 0, width, 1)):
                canvas.box(x + x0, TOP + y0, x + x1, TOP + y1, b"\x99\x99\x99")
        else:
            height = area * max(0.0, min(rate, 1.0))
            canvas.box(x, base - height, x + width, base, b"\x1f\x4e\x79")
            canvas.text(x + width / 2, base - height - 6, caption, "middle")
        canvas.text(x + width / 2, base + 20, label, "middle")
    canvas.box(LEFT, base - 0.5, right, base + 0.5, b"\x00\x00\x00")
    return canvas.png()
