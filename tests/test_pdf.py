"""`-o x.pdf`: every document as PDF, from its print HTML (WeasyPrint), re-opened with pypdf.

A4 is 595.28 x 841.89 points; Nghị định 30/2020 sets the margins at 30 mm left and
15 mm right (85.04 and 42.52 points), so text starts at 30 mm and ends by 195 mm.
"""

from __future__ import annotations

import io
import shutil
import struct
import zlib
from pathlib import Path
from typing import cast

import pytest
from pypdf import PageObject, PdfReader
from pypdf.generic import ArrayObject, DictionaryObject
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.documents.pdf import html_to_pdf

ROOT = Path(__file__).resolve().parents[1]
MM = 72 / 25.4
A4 = (round(210 * MM, 1), round(297 * MM, 1))
A4_LANDSCAPE = (A4[1], A4[0])

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "regulations", tmp_path / "regulations")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def sizes(reader: PdfReader) -> list[tuple[float, float]]:
    return [
        (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1))
        for page in reader.pages
    ]


def text_of(reader: PdfReader) -> str:
    """The words of every page, lines joined: a PDF breaks lines where the layout does."""
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def text_x_extent(reader: PdfReader, page: int) -> tuple[float, float]:
    """Where the text of a page starts: the leftmost and rightmost start of a run, in points."""
    starts: list[float] = []

    def visit(text: str, cm: list[float], tm: list[float], _font: object, _size: object) -> None:
        if text.strip():  # The text matrix in page space (WeasyPrint draws in CSS px).
            starts.append(tm[4] * cm[0] + tm[5] * cm[2] + cm[4])

    reader.pages[page].extract_text(visitor_text=visit)
    return min(starts), max(starts)


def resources(page: PageObject) -> DictionaryObject:
    return cast(DictionaryObject, page["/Resources"].get_object())


def fonts(reader: PdfReader) -> list[DictionaryObject]:
    """Every font dictionary of every page."""
    found: list[DictionaryObject] = []
    for page in reader.pages:
        table = cast(DictionaryObject, resources(page)["/Font"].get_object())
        found.extend(cast(DictionaryObject, font.get_object()) for font in table.values())
    return found


def embedded_fonts(reader: PdfReader) -> set[str]:
    """The fonts whose program is in the file (FontFile2: TrueType, FontFile3: CFF)."""
    found: set[str] = set()
    for font in fonts(reader):
        descriptor = font.get("/FontDescriptor")
        if descriptor is None and "/DescendantFonts" in font:
            descendants = cast(ArrayObject, font["/DescendantFonts"].get_object())
            descendant = cast(DictionaryObject, descendants[0].get_object())
            descriptor = descendant.get("/FontDescriptor")
        keys = cast(DictionaryObject, descriptor.get_object()).keys() if descriptor else ()
        if {"/FontFile", "/FontFile2", "/FontFile3"} & set(keys):
            found.add(str(font["/BaseFont"]))
    return found


def used_fonts(reader: PdfReader) -> set[str]:
    return {str(font["/BaseFont"]) for font in fonts(reader)}


def test_the_plan_as_pdf_a4_with_the_appendix_in_landscape(repo: Path) -> None:
    result = invoke("plan", "bca-btttt-2021", "--year", "2025", "-o", "ke-hoach.pdf")
    assert result.exit_code == 0, result.stderr
    reader = PdfReader(repo / "ke-hoach.pdf")
    pages = sizes(reader)
    # The plan's body in portrait, its appendix (the table of tasks) in landscape.
    first_landscape = pages.index(A4_LANDSCAPE)
    assert set(pages[:first_landscape]) == {A4}
    assert set(pages[first_landscape:]) == {A4_LANDSCAPE}
    words = text_of(reader)
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in words
    assert "Độc lập - Tự do - Hạnh phúc" in words
    assert "KẾ HOẠCH" in words
    assert "Thời hạn: 6 tháng (30/6, 31/12)" in words
    # Each issuing body's name whole (the heading's lines are chosen by coordreg, as in
    # Word), never a word alone on a line of its own ("BỘ THÔNG TIN VÀ TRUYỀN / THÔNG").
    lines = reader.pages[0].extract_text().splitlines()
    assert lines[:2] == ["BỘ CÔNG AN", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG"]
    # Every font is embedded, so the file reads the same on a machine without it.
    assert embedded_fonts(reader) and embedded_fonts(reader) == used_fonts(reader)
    # Nghị định 30 margins: a page's text starts 30 mm from the left edge; in the
    # appendix, the table's rule is there and its text a cell's padding (5 pt) further.
    left, _right = text_x_extent(reader, 1)
    assert left == pytest.approx(30 * MM, abs=0.5)
    left, _right = text_x_extent(reader, first_landscape)
    assert 30 * MM < left < 33 * MM


def test_the_review_the_text_and_the_minute_as_pdf(repo: Path) -> None:
    review = invoke("review", "bca-btttt-2021", "--end-year", "2026", "-o", "so-ket.pdf")
    assert review.exit_code == 0, review.stderr
    reader = PdfReader(repo / "so-ket.pdf")
    assert set(sizes(reader)) == {A4}
    assert "BÁO CÁO" in text_of(reader) and embedded_fonts(reader)

    text = invoke("text", "ha-tinh-antt-2023", "--at", "2025-01-01", "-o", "quy-che.pdf")
    assert text.exit_code == 0, text.stderr
    words = text_of(PdfReader(repo / "quy-che.pdf"))
    assert "QUY CHẾ" in words and "Điều 1." in words

    minute = invoke(
        "transfer",
        "bca-btttt-2021",
        *("--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01"),
        *("--write", "--minutes", "bien-ban.pdf"),
    )
    assert minute.exit_code == 0, minute.stderr
    reader = PdfReader(repo / "bien-ban.pdf")
    assert A4 in sizes(reader)
    assert "BIÊN BẢN" in text_of(reader)


def test_a_pdf_needs_a_file(repo: Path) -> None:
    result = invoke("plan", "bca-btttt-2021", "--year", "2025", "-f", "pdf")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: xuất PDF cần tên tệp: thêm -o TỆP.pdf\n"


def one_pixel_png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x00")
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def test_a_pdf_reads_no_file_and_no_url_the_html_names(tmp_path: Path) -> None:
    """An office's template is hostile input: what it points at is not embedded."""
    secret = tmp_path / "secret.css"
    secret.write_text("body::after { content: 'BI MAT' }", encoding="utf-8")
    picture = tmp_path / "x.png"
    picture.write_bytes(one_pixel_png())
    html = (
        "<!DOCTYPE html><html><head>"
        f'<link rel="stylesheet" href="{secret.as_uri()}">'
        "<style>@page { size: A4; }</style></head>"
        "<body><p>Nội dung</p>"
        f'<img src="{picture.as_uri()}">'
        '<img src="http://127.0.0.1:9/x.png"></body></html>'
    )
    reader = PdfReader(io.BytesIO(html_to_pdf(html)))
    assert text_of(reader) == "Nội dung"
    assert not resources(reader.pages[0]).get("/XObject")
