"""The completion-per-year chart of the review, as a small self-contained SVG.

Drawn by hand rather than with a plotting library: it is a handful of bars,
and the SVG must embed in an HTML page and a Word document with no fonts or
scripts of its own beyond a generic serif.
"""

from __future__ import annotations

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
