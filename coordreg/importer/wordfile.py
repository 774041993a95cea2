"""A Word document's paragraphs and tables as lines, for `coordreg import`, whatever the file holds.

The file is checked before python-docx opens it (`coordreg.files.ooxml`): sizes
from the zip's directory, then each XML part for a DTD, its depth and its syntax.
python-docx then gives the body; its tables are walked here rather than through
`row.cells`, which builds a list as long as a cell's `gridSpan` (a cell spanning
a billion columns filled the memory) and follows a vertical merge up the table by
recursion (ten thousand merged rows were a RecursionError, and took time in their
square). Here each row's cells are read once, a merge is followed through the row
above (kept by grid column), and nothing grows with a span's width. What
python-docx may still refuse (a part missing, an attribute it cannot read) is the
one-line `import_not_docx`, never a traceback.

A row of three cells or more (a list of duties) is one line with its cells; a row
of two (the heading of an administrative document) gives its cells' lines one by
one. A cell continuing a vertical merge repeats the text of the cell it continues:
the lead named once down a merged column is the lead of each row's duty.
"""

from __future__ import annotations

import bisect
import io
import itertools
import zipfile
import zlib
from collections.abc import Iterator
from typing import Any

from coordreg.errors import RefusedError
from coordreg.files.ooxml import check_package
from coordreg.importer.lines import Line, line_parts

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def lines_of_docx(raw: bytes, shown: str) -> list[Line]:
    """The paragraphs of a Word document in reading order, tables included."""
    from docx.exceptions import PythonDocxError
    from docx.opc.exceptions import OpcError

    check_package(raw, shown, "import_not_docx")
    try:
        return _lines(_open(raw))
    except (OpcError, PythonDocxError, zipfile.BadZipFile, KeyError, ValueError) as error:
        detail = " ".join(str(error).split())[:200]
        raise RefusedError("import_not_docx", path=shown, detail=detail) from None
    except (zlib.error, EOFError, NotImplementedError) as error:
        detail = f"{type(error).__name__}: {error}"[:200]
        raise RefusedError("import_not_docx", path=shown, detail=detail) from None


def _open(raw: bytes) -> Any:
    """python-docx's document; its own errors, and lxml's, become `ValueError`s."""
    import docx
    from lxml import etree  # type: ignore[import-untyped]

    try:
        return docx.Document(io.BytesIO(raw))
    except etree.LxmlError as error:
        raise ValueError(str(error)) from None


def _lines(document: Any) -> list[Line]:
    from docx.text.paragraph import Paragraph

    body = getattr(document.element, "body", None)  # None when the root is not w:document
    if body is None:
        return []
    found: list[Line] = []
    counter = itertools.count(1)
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            number = next(counter)
            found.extend(Line(number, part) for part in line_parts(Paragraph(child, document).text))
        elif child.tag == f"{_W}tbl":
            found.extend(_table_lines(child, document, counter))
    return found


def _table_lines(table: Any, document: Any, counter: Iterator[int]) -> Iterator[Line]:
    from docx.text.paragraph import Paragraph

    for row in _rows(table):
        cells = [
            [
                (next(counter), part)
                for p in cell.iterchildren(f"{_W}p")
                for part in line_parts(Paragraph(p, document).text)
            ]
            for cell in row
        ]
        if len(cells) >= 3:
            texts = tuple(" ".join(text for _n, text in cell) for cell in cells)
            numbers = [n for cell in cells for n, _text in cell]
            if numbers:
                yield Line(numbers[0], " | ".join(texts), texts)
        else:
            yield from (Line(n, text) for cell in cells for n, text in cell)


def _rows(table: Any) -> Iterator[list[Any]]:
    """Each row's cells (`w:tc`), each once, a cell continuing a vertical merge
    replaced by the cell where the merge starts (found in the row above, by column)."""
    starts: list[int] = []  # the row above: where each cell starts, in the grid
    origins: list[Any] = []  # and the cell holding its text
    for row in table.iterchildren(f"{_W}tr"):
        column = _number(row, f"{_W}trPr/{_W}gridBefore", 0)
        row_starts: list[int] = []
        row_origins: list[Any] = []
        cells: list[Any] = []
        seen: set[int] = set()
        for cell in row.iterchildren(f"{_W}tc"):
            origin = cell
            if _continues_merge(cell):
                at = bisect.bisect_right(starts, column) - 1
                if at >= 0 and starts[at] == column:
                    origin = origins[at]
            row_starts.append(column)
            row_origins.append(origin)
            if id(origin) not in seen:
                seen.add(id(origin))
                cells.append(origin)
            column += max(_number(cell, f"{_W}tcPr/{_W}gridSpan", 1), 1)
        starts, origins = row_starts, row_origins
        yield cells


def _continues_merge(cell: Any) -> bool:
    """`<w:vMerge/>` or `<w:vMerge w:val="continue"/>`: the cell above holds the text."""
    merge = cell.find(f"{_W}tcPr/{_W}vMerge")
    return merge is not None and merge.get(f"{_W}val", "continue") == "continue"


def _number(element: Any, path: str, default: int) -> int:
    """The number in `path`'s `w:val`; `default` when it is absent or not a small number."""
    found = element.find(path)
    value = found.get(f"{_W}val") if found is not None else None
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 9:
        return default
    return int(value)
