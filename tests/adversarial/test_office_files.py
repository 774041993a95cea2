"""Broken and hostile Word files given to `coordreg import`: one line and exit 1, at once.

Each test builds its .docx in tmp_path, byte by byte where zipfile would refuse
to (`zips`), and runs the real command line. Before `coordreg.files.ooxml`, a
truncated part, a DTD or a 200,000-deep document.xml was an lxml traceback, 4 GB
of XML packed into 4 MB a MemoryError, and 200 MB of XML minutes of parsing.
Every case asserts the exact message, that nothing is written, and that the
answer cost little processor time (the refusal comes before anything is unpacked
or parsed, not after).
"""

from __future__ import annotations

import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from typer.testing import CliRunner, Result
from zips import (
    PARAGRAPH,
    Part,
    document_xml,
    lying,
    part,
    repeated,
    word_document,
    word_parts,
    write_zip,
)

from coordreg.cli import app
from coordreg.errors import RefusedError
from coordreg.files.ooxml import PackageLimits, check_package

runner = CliRunner()
DOCUMENT = "word/document.xml"
# Processor time one refusal may take, building the file aside: far less than
# unpacking or parsing what the file claims to hold would.
CPU_SECONDS = 3.0


def imported(source: Path, lang: str = "en") -> Result:
    """`coordreg import SOURCE -o out --lang LANG` in the source's folder; nothing written."""
    out = source.parent / "out"
    start = time.process_time()
    result = runner.invoke(app, ["import", str(source), "-o", str(out), "--lang", lang])
    assert time.process_time() - start < CPU_SECONDS
    assert not out.exists()
    return result


def refused(result: Result, message: str) -> None:
    """Exit 1, nothing on standard output, exactly this one line on standard error."""
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.stdout == ""
    assert result.stderr == f"coordreg: {message}\n"


@pytest.fixture
def good(tmp_path: Path) -> Path:
    """A real Word document holding one article."""
    return word_document(tmp_path / "good.docx", part(DOCUMENT, document_xml(PARAGRAPH)))


def test_the_honest_document_these_tests_start_from_imports(good: Path) -> None:
    result = runner.invoke(app, ["import", str(good), "--dry-run", "--lang", "en"])

    assert result.exit_code == 0, result.output
    assert "Phạm vi" in result.stdout


# --- A file cut short -------------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, -1, -22])
def test_a_truncated_docx_is_not_a_word_document(good: Path, keep: float) -> None:
    raw = good.read_bytes()
    cut = good.with_name("cut.docx")
    cut.write_bytes(raw[: int(len(raw) * keep)] if keep > 0 else raw[: int(keep)])

    refused(imported(cut), f"{cut} is not a Word document (.docx): File is not a zip file")


def test_a_truncated_document_xml_is_not_well_formed(tmp_path: Path) -> None:
    xml = document_xml(PARAGRAPH * 3)
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, xml[: len(xml) - 40]))

    refused(
        imported(source),
        f"{source}: part {DOCUMENT}, line 2: not well-formed XML (a truncated file?): "
        "Premature end of data in tag t line 2",
    )


# --- What the XML declares --------------------------------------------------------------------

LAUGHS = b"".join(
    b'<!ENTITY l%d "%s">' % (n, (b"&l%d;" % (n - 1)) * 10 if n else b"lol") for n in range(10)
)
DTDS = {
    "billion-laughs": b"<!DOCTYPE w:document [" + LAUGHS + b"]>",
    "external-file": b'<!DOCTYPE w:document [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
    "external-url": b'<!DOCTYPE w:document SYSTEM "http://127.0.0.1:9/evil.dtd">',
    "parameter-entity": b'<!DOCTYPE w:document [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;]>',
}


@pytest.mark.parametrize("prolog", list(DTDS.values()), ids=list(DTDS.keys()))
def test_a_dtd_is_refused_before_any_entity_is_read(tmp_path: Path, prolog: bytes) -> None:
    body = b"<w:p><w:r><w:t>&l9;&e;</w:t></w:r></w:p>"
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, document_xml(body, prolog)))

    result = imported(source)

    refused(
        result,
        f"{source}: part {DOCUMENT} declares a DTD (<!DOCTYPE>), which Office documents never "
        "do; it is not read (its entities could expand without end)",
    )
    assert "root:" not in result.output


def test_a_document_nested_200000_deep_is_refused_at_the_depth_limit(tmp_path: Path) -> None:
    # Stored, not packed: so it is the depth that answers, not the ratio.
    deep = document_xml(b"<w:p>" * 200_000 + b"</w:p>" * 200_000)
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, deep, zipfile.ZIP_STORED))

    refused(
        imported(source),
        f"{source}: part {DOCUMENT}, line 2: XML elements nested more than 100 deep",
    )


def test_xml_under_another_name_is_checked_by_its_content_type(tmp_path: Path) -> None:
    # A reader parses a part by the type [Content_Types].xml gives it, not by its name.
    parts = word_parts()
    types = next(p for p in parts if p.name == "[Content_Types].xml")
    xml = zipfile.ZipFile(write_zip(tmp_path / "t.zip", [types])).read(types.name)
    xml = xml.replace(
        b"</Types>", b'<Override PartName="/word/x.bin" ContentType="a/b+xml"/></Types>'
    )
    deep = b"<a>" * 1000 + b"</a>" * 1000
    parts = [part(types.name, xml), *parts[1:], part("word/x.bin", deep, zipfile.ZIP_STORED)]
    source = write_zip(tmp_path / "q.docx", parts)

    refused(
        imported(source),
        f"{source}: part word/x.bin, line 1: XML elements nested more than 100 deep",
    )


# --- What the archive holds -------------------------------------------------------------------


def xml_of(size_mib: int) -> Part:
    """A valid document.xml of about `size_mib` MiB of paragraphs, packed without being made."""
    block = PARAGRAPH * (1024 * 1024 // len(PARAGRAPH))
    head, tail = document_xml(b"").split(b"</w:body>")
    return repeated(DOCUMENT, head, block, size_mib, b"</w:body>" + tail)


def test_4_gb_of_xml_in_4_mb_is_refused_from_the_directory(tmp_path: Path) -> None:
    # One paragraph of 4 GB of spaces: deflate packs it a thousand times.
    head, tail = document_xml(b"<w:p><w:r><w:t>").split(b"</w:body>")
    spaces = b" " * 1024 * 1024
    bomb = repeated(DOCUMENT, head, spaces, 4000, b"</w:t></w:r></w:p></w:body>" + tail)
    source = word_document(tmp_path / "q.docx", bomb)
    size = zipfile.ZipFile(source).getinfo(DOCUMENT).file_size
    assert source.stat().st_size < 5 * 1024 * 1024 < 4_000_000_000 < size

    refused(
        imported(source),
        f"{source}: part {DOCUMENT} unpacks to {size} bytes, over the limit of 33554432 bytes",
    )


def test_200_mb_of_xml_is_refused_from_the_directory(tmp_path: Path) -> None:
    source = word_document(tmp_path / "q.docx", xml_of(200))
    size = zipfile.ZipFile(source).getinfo(DOCUMENT).file_size

    refused(
        imported(source, "vi"),
        f"{source}: thành phần {DOCUMENT} giải nén ra {size} byte, vượt giới hạn 33554432 byte",
    )


def test_a_part_packed_like_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    head, tail = document_xml(b"").split(b"</w:body>")
    spaces = repeated(DOCUMENT, head, b" " * 1024 * 1024, 2, b"</w:body>" + tail)
    source = word_document(tmp_path / "q.docx", spaces)
    info = zipfile.ZipFile(source).getinfo(DOCUMENT)
    ratio = info.file_size // info.compress_size

    refused(
        imported(source),
        f"{source}: part {DOCUMENT} is packed {ratio} times ({info.compress_size} bytes unpacking "
        f"to {info.file_size}), over the limit of 200 times a real document packs; a zip bomb?",
    )


def test_a_directory_that_understates_a_size_does_not_let_more_through(tmp_path: Path) -> None:
    # It says 2,000 bytes; it holds 2 MiB. No more than 2,000 bytes are unpacked.
    honest = xml_of(2)
    source = word_document(tmp_path / "q.docx", lying(honest, 2000))

    refused(
        imported(source),
        f"{source}: part {DOCUMENT} is damaged: Bad CRC-32 for file '{DOCUMENT}'",
    )


Change = Callable[[Part], Part]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda p: Part(p.name, p.packed, p.size, p.crc, p.method, flags=1), "is encrypted; "
         "save the document without a password"),
        (lambda p: Part(p.name, p.packed, p.size, p.crc, method=14), "is packed with method "
         "14, which Office does not use"),
    ],
    ids=["encrypted", "lzma"],
)  # fmt: skip
def test_encryption_and_strange_methods_are_refused(
    tmp_path: Path, change: Change, message: str
) -> None:
    source = word_document(tmp_path / "q.docx", change(part(DOCUMENT, document_xml(PARAGRAPH))))

    refused(imported(source), f"{source}: part {DOCUMENT} {message}")


# --- The limits of the guard, through its library call -----------------------------------------


def test_the_number_of_parts_and_the_total_size_are_limited(tmp_path: Path) -> None:
    parts = [
        *word_parts(),
        *(part(f"word/media/image{n}.png", b"\x89PNG" * 1000) for n in range(5)),
    ]
    raw = write_zip(tmp_path / "q.docx", parts).read_bytes()

    with pytest.raises(RefusedError) as many:
        check_package(raw, "q.docx", "import_not_docx", PackageLimits(parts=10))
    with pytest.raises(RefusedError) as large:
        check_package(raw, "q.docx", "import_not_docx", PackageLimits(total_bytes=500_000))

    assert many.value.message() == (
        "q.docx holds 22 parts, over the limit of 10 for an Office document"
    )
    assert large.value.message().startswith("q.docx unpacks to more than ")
    assert large.value.message().endswith(
        " bytes, over the limit of 500000 bytes for a whole document"
    )
    check_package(raw, "q.docx", "import_not_docx")


def test_python_docx_still_reads_what_the_guard_passes(tmp_path: Path) -> None:
    saved = tmp_path / "real.docx"
    document = docx.Document()
    document.add_paragraph("Điều 1. Phạm vi điều chỉnh")
    document.add_table(rows=2, cols=3)
    document.save(str(saved))

    check_package(saved.read_bytes(), str(saved), "import_not_docx")


# --- What python-docx itself trips on ---------------------------------------------------------


def cell(text: str, properties: bytes = b"") -> bytes:
    """A table cell (`w:tc`) holding one paragraph, with `properties` in its `w:tcPr`."""
    run = b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"
    return b"<w:tc><w:tcPr>" + properties + b"</w:tcPr>" + run + b"</w:tc>"


def table(*rows: bytes) -> bytes:
    return b"<w:tbl>" + b"".join(b"<w:tr>" + row + b"</w:tr>" for row in rows) + b"</w:tbl>"


CONTINUE = b"<w:vMerge/>"
ARTICLE = b"<w:p><w:r><w:t>\xc4\x90i\xe1\xbb\x81u 1. Ph\xe1\xba\xa1m vi</w:t></w:r></w:p>"


def dry_run(tmp_path: Path, body: bytes) -> Result:
    """`coordreg import --dry-run` of a Word document whose body is `body`."""
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, document_xml(body)))
    start = time.process_time()
    result = runner.invoke(app, ["import", str(source), "--dry-run", "--lang", "en"])
    assert time.process_time() - start < CPU_SECONDS
    return result


def test_a_cell_spanning_a_billion_columns_is_read_once(tmp_path: Path) -> None:
    # python-docx's row.cells repeats a cell once per column it spans: a billion times.
    span = b'<w:gridSpan w:val="1000000000"/>'
    body = ARTICLE + table(cell("Cục A", span) + cell("Trao đổi thông tin") + cell("Hằng năm"))

    result = dry_run(tmp_path, body)

    assert result.exit_code == 0, result.output
    assert "Trao đổi thông tin" in result.stdout


def merged_down(rows: int) -> bytes:
    """A document whose table has `rows` rows, its first column one cell merged down them all."""
    first = cell("Cục A", b'<w:vMerge w:val="restart"/>') + cell("Nhiệm vụ 0") + cell("Hằng năm")
    return ARTICLE + table(
        first,
        *(cell("", CONTINUE) + cell(f"Nhiệm vụ {n}") + cell("Hằng năm") for n in range(1, rows)),
    )


def import_time(tmp_path: Path, body: bytes) -> tuple[Result, float]:
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, document_xml(body)))
    start = time.process_time()
    result = runner.invoke(app, ["import", str(source), "--dry-run", "--lang", "en"])
    return result, time.process_time() - start


def test_ten_thousand_rows_merged_down_one_column_are_read_in_linear_time(tmp_path: Path) -> None:
    # python-docx follows a vertical merge up the table by recursion: RecursionError, and
    # each row's walk up the merge made the read quadratic. Ten times the rows must cost
    # less than fifteen times the time (here about four; quadratic, over thirty): a ratio measured in the same
    # run, so a busy machine slows both sides alike, unlike a fixed number of seconds.
    (tmp_path / "small").mkdir()
    (tmp_path / "large").mkdir()
    small, small_seconds = import_time(tmp_path / "small", merged_down(1_000))
    result, large_seconds = import_time(tmp_path / "large", merged_down(10_000))

    assert small.exit_code == 0, small.output
    assert result.exit_code == 0, result.output
    assert "Nhiệm vụ 9999" in result.stdout
    assert large_seconds < 15 * small_seconds


@pytest.mark.parametrize(
    "body",
    [
        table(cell("x", CONTINUE) + cell("y") + cell("z")),
        table(cell("a", b'<w:gridSpan w:val="2"/>') + cell("b"), cell("c") + cell("d", CONTINUE)),
        table(cell("a", b'<w:gridSpan w:val="many"/>') + cell("b") + cell("c")),
    ],
    ids=["merge-in-the-first-row", "merge-under-no-cell", "span-not-a-number"],
)
def test_merges_that_lead_nowhere_keep_the_cell_itself(tmp_path: Path, body: bytes) -> None:
    # python-docx raised ValueError ("no `tc` element at grid_offset=1"): a traceback.
    result = dry_run(tmp_path, ARTICLE + body)

    assert result.exit_code == 0, result.output


def test_a_comment_in_the_body_and_a_root_that_is_not_a_document(tmp_path: Path) -> None:
    commented = dry_run(tmp_path, b"<!-- a note -->" + ARTICLE)
    assert commented.exit_code == 0, commented.output

    source = word_document(tmp_path / "r.docx", part(DOCUMENT, b"<?xml version='1.0'?><x/>"))
    refused(
        imported(source),
        f"found no article ('Điều 1. ...') and no heading of a regulation in {source}: "
        "is it the text of a regulation?",
    )


def test_an_empty_archive_and_an_undefined_entity(tmp_path: Path) -> None:
    empty = write_zip(tmp_path / "empty.docx", [])
    refused(
        imported(empty),
        f'{empty} is not a Word document (.docx): "There is no item named '
        "'[Content_Types].xml' in the archive\"",
    )
    xml = document_xml(b"<w:p><w:r><w:t>&foo;</w:t></w:r></w:p>")
    source = word_document(tmp_path / "q.docx", part(DOCUMENT, xml))
    refused(
        imported(source),
        f"{source}: part {DOCUMENT}, line 2: not well-formed XML (a truncated file?): "
        "Entity 'foo' not defined",
    )
