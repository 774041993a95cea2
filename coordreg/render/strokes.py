"""A small stroke font for the chart's PNG: figures, "%", and the words of a missing year.

Word before 2016 and LibreOffice show the PNG that stands in for the chart's SVG.
No font file is at hand to rasterise text, so the few characters the chart prints
are drawn as strokes (polylines on a grid of 4 units wide, 8 high from the top of
a capital to the baseline), anti-aliased: figures that read like type rather than
dot-matrix, and "chưa có biên bản" / "no record" with their diacritics.
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]
Stroke = tuple[Point, ...]

_BOWL: Stroke = ((3.5, 5), (2.5, 3.6), (1.2, 3.7), (0.2, 5.2), (0.2, 6.6), (1.2, 8), (2.5, 8))
_O: Stroke = ((2, 3.6), (3.4, 4.2), (3.8, 5.8), (3.4, 7.4), (2, 8), (0.6, 7.4), (0.2, 5.8))
_ARCH: Stroke = ((0.3, 5), (1.4, 3.7), (2.8, 3.7), (3.5, 4.8), (3.5, 8))
_U: Stroke = ((0.3, 3.7), (0.3, 6.8), (1, 7.9), (2.4, 8), (3.5, 6.8))

# Each character: its advance (units) and strokes.
GLYPHS: dict[str, tuple[float, tuple[Stroke, ...]]] = {
    "0": (5, (((2, 0), (3.5, 1), (4, 4), (3.5, 7), (2, 8), (0.5, 7), (0, 4), (0.5, 1), (2, 0)),)),
    "1": (5, (((1, 1.5), (2.5, 0), (2.5, 8)),)),
    "2": (5, (((0.3, 1.5), (1, 0.3), (2, 0), (3.2, 0.4), (3.8, 1.6), (3.5, 3), (0, 8), (4, 8)),)),
    "3": (
        5,
        (
            ((0.3, 0.8), (1.5, 0), (3, 0.2), (3.8, 1.5), (3.2, 3.2), (1.5, 3.8)),
            ((1.5, 3.8), (3.3, 4.5), (4, 6), (3.4, 7.5), (2, 8), (0.6, 7.7), (0, 6.8)),
        ),
    ),
    "4": (5, (((3, 8), (3, 0), (0, 5.5), (4, 5.5)),)),
    "5": (
        5,
        (
            (
                (3.8, 0),
                (0.5, 0),
                (0.2, 3.6),
                (1.5, 3.1),
                (3, 3.3),
                (3.9, 4.8),
                (3.8, 6.6),
                (2.8, 7.8),
                (1.3, 8),
                (0, 7.2),
            ),
        ),
    ),
    "6": (
        5,
        (
            (
                (3.5, 0.6),
                (2.3, 0),
                (1, 0.5),
                (0.2, 2.5),
                (0, 5),
                (0.4, 7),
                (1.8, 8),
                (3.2, 7.6),
                (4, 6),
                (3.6, 4.3),
                (2.2, 3.5),
                (0.8, 4),
                (0.1, 5),
            ),
        ),
    ),
    "7": (5, (((0, 0), (4, 0), (1.5, 8)),)),
    "8": (
        5,
        (
            ((2, 0), (3.4, 0.5), (3.6, 2.2), (2, 3.8), (0.4, 2.2), (0.6, 0.5), (2, 0)),
            ((2, 3.8), (3.7, 5), (4, 6.6), (3, 7.8), (1, 7.8), (0, 6.6), (0.3, 5), (2, 3.8)),
        ),
    ),
    "9": (
        5,
        (
            (
                (0.5, 7.4),
                (1.7, 8),
                (3, 7.5),
                (3.8, 5.5),
                (4, 3),
                (3.6, 1),
                (2.2, 0),
                (0.8, 0.4),
                (0, 2),
                (0.4, 3.7),
                (1.8, 4.5),
                (3.2, 4),
                (3.9, 3),
            ),
        ),
    ),
    "%": (
        5.5,
        (
            ((0.2, 8), (4.2, 0)),
            ((1, 0), (1.7, 0.6), (1.7, 1.8), (1, 2.4), (0.3, 1.8), (0.3, 0.6), (1, 0)),
            ((3.4, 5.6), (4.1, 6.2), (4.1, 7.4), (3.4, 8), (2.7, 7.4), (2.7, 6.2), (3.4, 5.6)),
        ),
    ),
    ",": (2, (((1.1, 7.4), (1.1, 8.2), (0.5, 9.3)),)),
    ".": (2, (((0.9, 7.7), (1.1, 8)),)),
    "-": (4, (((0.5, 5), (3.3, 5)),)),
    " ": (2.5, ()),
    "a": (4.6, ((*_BOWL, (3.5, 6.8)), ((3.5, 3.7), (3.5, 8)))),
    "b": (4.6, (((0.3, 0), (0.3, 8)), (*tuple((4 - x, y) for x, y in _BOWL), (0.3, 6.8)))),
    "c": (4.4, (((3.5, 4.5), *_BOWL[1:], (3.5, 7.2)),)),
    "d": (4.6, ((*_BOWL, (3.5, 6.8)), ((3.5, 0), (3.5, 8)))),
    "e": (4.6, (((0.2, 6), (3.6, 6), (3.4, 4.5), *_BOWL[1:], (3.5, 7.3)),)),
    "h": (4.6, (((0.3, 0), (0.3, 8)), _ARCH)),
    "i": (2.2, (((1, 3.8), (1, 8)), ((1, 1.9), (1, 2.4)))),
    "n": (4.6, (((0.3, 3.7), (0.3, 8)), _ARCH)),
    "o": (4.6, ((*_O, _O[0]),)),
    "r": (3.4, (((0.3, 3.7), (0.3, 8)), ((0.3, 5.2), (1.3, 3.8), (2.6, 3.6)))),
    "u": (4.6, (_U, ((3.5, 3.7), (3.5, 8)))),
}
# Vietnamese letters: a base letter and a mark above it (or a horn beside it).
_MARKS: dict[str, tuple[str, Stroke]] = {
    "ó": ("o", ((1.6, 2.8), (2.6, 1.3))),
    "ê": ("e", ((0.9, 2.9), (2, 1.6), (3.1, 2.9))),
    "ả": ("a", ((1.3, 1.6), (2.1, 1.3), (2.6, 1.8), (2, 2.4), (2, 3))),
    "ư": ("u", ((3.5, 3.7), (4.3, 3.3), (4.5, 2.6))),
}
for _char, (_base, _mark) in _MARKS.items():
    _advance, _strokes = GLYPHS[_base]
    GLYPHS[_char] = (_advance + (0.5 if _char == "ư" else 0), (*_strokes, _mark))


def can_draw(text: str) -> bool:
    return all(char in GLYPHS for char in text)


def width(text: str) -> float:
    """The advance of `text`, in units."""
    return sum(GLYPHS[char][0] for char in text)


def strokes(text: str, left: float, top: float, unit: float) -> list[Sequence[Point]]:
    """The strokes of `text` with its top-left at (left, top), `unit` per grid unit."""
    placed: list[Sequence[Point]] = []
    x = left
    for char in text:
        advance, lines = GLYPHS[char]
        placed += [[(x + px * unit, top + py * unit) for px, py in line] for line in lines]
        x += advance * unit
    return placed
