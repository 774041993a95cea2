"""The completion-per-year chart of the review, as a small self-contained SVG.

Drawn by hand rather than with a plotting library: it is a handful of bars,
and the SVG must embed in an HTML page and a Word document with no fonts or
scripts of its own beyond a generic serif.
"""

from __future__ import annotations

import itertools
import math
import struct
import zlib
from collections.abc import Sequence
from xml.sax.saxutils import escape

from coordreg.render import strokes

WIDTH = 560
BAR_AREA_HEIGHT = 180
TOP = 30
BOTTOM = 40
LEFT = 44
RIGHT = 12
STUB = 10  # the height of a missing year's dashed stub
SMALL = 11  # the font size of a missing year's caption


def completion_svg(title: str, bars: Sequence[tuple[str, float | None, str]]) -> str:
    """An SVG bar chart: one bar per (label, rate in 0..1 or None, caption above the bar).

    A year with no rate (no record) is a short dashed stub captioned "chưa có biên
    bản": the gap is visible, and nothing in it reads as a full bar.
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
        if rate is None:  # no record: a short dashed stub, never a bar that reads as 100%
            parts.append(
                f'<rect x="{x:.1f}" y="{base - STUB:.1f}" width="{bar_width:.1f}" height="{STUB}" '
                'fill="none" stroke="#777777" stroke-dasharray="4 3"/>'
            )
            parts.append(
                f'<text x="{centre:.1f}" y="{base - STUB - 6:.1f}" text-anchor="middle" '
                f'font-size="{SMALL}" font-style="italic">{escape(caption)}</text>'
            )
        else:
            bar_height = BAR_AREA_HEIGHT * max(0.0, min(rate, 1.0))
            parts.append(
                f'<rect x="{x:.1f}" y="{base - bar_height:.1f}" width="{bar_width:.1f}" '
                f'height="{bar_height:.1f}" fill="#1f4e79"/>'
            )
            parts.append(
                f'<text x="{centre:.1f}" y="{base - bar_height - 6:.1f}" text-anchor="middle">'
                f"{escape(caption)}</text>"
            )
        parts.append(
            f'<text x="{centre:.1f}" y="{base + 20}" text-anchor="middle">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{LEFT}" y1="{base}" x2="{WIDTH - RIGHT}" y2="{base}" stroke="#000000" stroke-width="1"/>'
    )
    parts.append("</svg>")
    return "\n".join(parts)


SCALE = 2  # pixels per SVG unit
CAP = 0.68  # the height of a figure, in ems


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

    def dashed(self, x0: float, y0: float, x1: float, y1: float, rgb: bytes) -> None:
        """The outline of a rectangle in dashes of 4 units, 3 apart (SVG units)."""
        for along in range(int(x0), int(x1), 7):
            end = min(along + 4, x1)
            self.box(along, y0, end, y0 + 1, rgb)
            self.box(along, y1 - 1, end, y1, rgb)
        for down in range(int(y0), int(y1), 7):
            end = min(down + 4, y1)
            self.box(x0, down, x0 + 1, end, rgb)
            self.box(x1 - 1, down, x1, end, rgb)

    def _ink(self, x: int, y: int, coverage: float) -> None:
        """Darken one pixel towards black by `coverage` (0..1): anti-aliased strokes."""
        at = (y * self.width + x) * 3
        for channel in range(3):
            value = self.pixels[at + channel]
            self.pixels[at + channel] = min(value, round(value * (1 - coverage)))

    def stroke(self, line: Sequence[tuple[float, float]], thickness: float) -> None:
        """A polyline in SVG units, `thickness` wide, with soft edges."""
        half = thickness * SCALE / 2
        points = [(px * SCALE, py * SCALE) for px, py in line]
        if len(points) == 1:
            points = points * 2
        for (ax, ay), (bx, by) in itertools.pairwise(points):
            left, right = int(min(ax, bx) - half - 1), int(max(ax, bx) + half + 2)
            top, bottom = int(min(ay, by) - half - 1), int(max(ay, by) + half + 2)
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            for y in range(max(0, top), min(self.height, bottom)):
                for x in range(max(0, left), min(self.width, right)):
                    cx, cy = x + 0.5 - ax, y + 0.5 - ay
                    t = max(0.0, min(1.0, (cx * dx + cy * dy) / length)) if length else 0.0
                    distance = math.hypot(cx - t * dx, cy - t * dy)
                    coverage = half + 0.5 - distance
                    if coverage > 0:
                        self._ink(x, y, min(1.0, coverage))

    def text(self, x: float, baseline: float, text: str, anchor: str, size: float = 13) -> None:
        """Text in the chart's stroke font, centred on (or ending at) x; at `size` SVG units."""
        if not text or not strokes.can_draw(text):
            return
        unit = size * CAP / 8
        advance = strokes.width(text) * unit
        left = x - advance / (2 if anchor == "middle" else 1)
        for line in strokes.strokes(text, left, baseline - 8 * unit, unit):
            self.stroke(line, size * 0.085)

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
    """The bars of `completion_svg`, same geometry and captions, as a PNG: the fallback
    picture Word stores beside an SVG for readers that cannot draw SVG."""
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
        if rate is None:  # no record: a short dashed stub and its caption
            canvas.dashed(x, base - STUB, x + width, base, b"\x77\x77\x77")
            canvas.text(x + width / 2, base - STUB - 6, caption, "middle", SMALL)
        else:
            height = area * max(0.0, min(rate, 1.0))
            canvas.box(x, base - height, x + width, base, b"\x1f\x4e\x79")
            canvas.text(x + width / 2, base - height - 6, caption, "middle")
        canvas.text(x + width / 2, base + 20, label, "middle")
    canvas.box(LEFT, base - 0.5, right, base + 0.5, b"\x00\x00\x00")
    return canvas.png()
