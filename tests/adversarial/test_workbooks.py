"""Hostile workbooks given to `coordreg evaluate --from-xlsx`: refused or read safely.

Each workbook starts as a real checklist (`evaluate --xlsx` on the regulation of
tests/time) and is then changed part by part, byte by byte where zipfile would
refuse to (`zips`). A refusal is one line and exit 1, within a little processor
time, with the record untouched; content a checklist should not hold (macros,
external links, formulas) is read as plain cells: never run, followed or
evaluated.
"""

from __future__ import annotations

import re
import sys
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import Result
from zips import Part, part, repeated, write_zip

sys.path.insert(0, str(Path(__file__).parents[1] / "time"))
from dated_folders import folder, run, runner, working_in

from coordreg.cli import app

REG = "qc-history"
SHEET = "xl/worksheets/sheet1.xml"  # the BCA sheet
CPU_SECONDS = 3.0


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder(tmp_path, years=(2022, 2023, 2024, 2025))
    run(tmp_path, "evaluate", REG, "--year", "2026", "--xlsx", "-o", "phieu.xlsx")
    return tmp_path


def merged(root: Path, name: str) -> Result:
    """`evaluate --year 2026 --from-xlsx NAME --write`: the record must not appear unless clean."""
    start = time.process_time()
    with working_in(root):
        result = runner.invoke(app, ["evaluate", REG, "--year", "2026", "--from-xlsx", name])
    assert time.process_time() - start < CPU_SECONDS
    assert not (root / "regulations" / REG / "evaluations" / "2026.yaml").exists()
    return result


def parts_of(path: Path) -> list[Part]:
    with zipfile.ZipFile(path) as archive:
        return [part(info.filename, archive.read(info)) for info in archive.infolist()]


def rewritten(root: Path, name: str, change: dict[str, bytes], add: tuple[Part, ...] = ()) -> str:
    """The checklist with some parts replaced and others added, written as `name`."""
    parts = [
        part(p.name, change[p.name]) if p.name in change else p
        for p in parts_of(root / "phieu.xlsx")
    ]
    write_zip(root / name, [*parts, *add])
    return name


def sheet_xml(root: Path) -> str:
    with zipfile.ZipFile(root / "phieu.xlsx") as archive:
        return archive.read(SHEET).decode("utf-8")


def with_cell(xml: str, ref: str, cell: str) -> str:
    """The sheet's XML with the cell `ref` replaced by `cell`."""
    pattern = re.compile(rf'<c r="{ref}"[^>]*?(/>|>.*?</c>)')
    assert pattern.search(xml), ref
    return pattern.sub(cell, xml, count=1)


def refused(result: Result, message: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.stdout == ""
    assert result.stderr == f"coordreg: {message}\n"


def test_a_zip_bomb_is_refused_from_the_directory(root: Path) -> None:
    head, tail = sheet_xml(root).encode().split(b"</sheetData>")
    bomb = repeated(SHEET, head, b" " * 1024 * 1024, 4000, b"</sheetData>" + tail)
    name = "bomb.xlsx"
    write_zip(root / name, [bomb if p.name == SHEET else p for p in parts_of(root / "phieu.xlsx")])
    size = zipfile.ZipFile(root / name).getinfo(SHEET).file_size
    refused(
        merged(root, name),
        f"bomb.xlsx: part {SHEET} unpacks to {size} bytes, over the limit of 33554432 bytes",
    )


def test_a_sheet_of_a_million_rows_is_refused_at_the_row_limit(root: Path) -> None:
    far = '<row r="1048576"><c r="H1048576" t="inlineStr"><is><t>x</t></is></c></row>'
    xml = sheet_xml(root).replace("</sheetData>", far + "</sheetData>")
    name = rewritten(root, "huge.xlsx", {SHEET: xml.encode()})
    refused(
        merged(root, name),
        "huge.xlsx: sheet 'BCA' has more than 5000 rows, too many for a checklist",
    )


@pytest.mark.parametrize("keep", [0.3, 0.9])
def test_a_truncated_workbook_is_not_a_workbook(root: Path, keep: float) -> None:
    data = (root / "phieu.xlsx").read_bytes()
    (root / "cut.xlsx").write_bytes(data[: int(len(data) * keep)])
    result = merged(root, "cut.xlsx")
    assert result.exit_code == 1
    assert result.stderr.startswith("coordreg: cut.xlsx is not an Excel workbook (.xlsx): ")


def test_a_damaged_part_is_named(root: Path) -> None:
    name = rewritten(root, "bad.xlsx", {SHEET: sheet_xml(root)[:-200].encode()})
    result = merged(root, name)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"coordreg: bad.xlsx: part {SHEET}, line 1: not well-formed XML"
    )


def test_not_a_checklist(root: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    book.active["H2"] = "Hoàn thành"  # type: ignore[index]
    book.save(root / "other.xlsx")
    result = merged(root, "other.xlsx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "other.xlsx: error CR621: this is not a coordreg checklist of regulation 'qc-history': "
        "it has no hidden 'coordreg' sheet"
    )


FILLED = '<c r="H2" t="inlineStr"><is><t>Hoàn thành</t></is></c>'


def test_macros_are_ignored_with_a_warning(root: Path) -> None:
    xml = with_cell(sheet_xml(root), "H2", FILLED)
    macro = part("xl/vbaProject.bin", b'\xd0\xcf\x11\xe0 Sub AutoOpen(): Shell "calc": End Sub')
    name = rewritten(root, "phieu.xlsm", {SHEET: xml.encode()}, (macro,))
    result = merged(root, name)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "phieu.xlsm: warning CR620: the workbook holds macros (vbaProject); coordreg ignores it, "
        "never runs or follows it"
    )
    assert result.stdout.splitlines()[0] == "+ d1: done (new)"


def test_external_links_are_ignored_with_a_warning(root: Path) -> None:
    link = part(
        "xl/externalLinks/externalLink1.xml",
        b'<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b'<externalBook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId1"/>'
        b"</externalLink>",
    )
    linked = '<c r="H2" t="str"><f>[1]Sheet1!A1</f><v>Hoàn thành</v></c>'
    xml = with_cell(sheet_xml(root), "H2", linked)
    name = rewritten(root, "linked.xlsx", {SHEET: xml.encode()}, (link,))
    result = merged(root, name)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[0] == (
        "linked.xlsx: warning CR620: the workbook holds links to external files; coordreg "
        "ignores it, never runs or follows it"
    )
    assert result.stdout.splitlines()[0] == "+ d1: done (new)"  # the value Excel saved


def test_formulas_are_read_as_their_saved_values_never_evaluated(root: Path) -> None:
    xml = sheet_xml(root)
    # A status computed by a formula, saved with its value; a note whose formula would
    # call out to the network, saved without a value: an empty cell.
    xml = with_cell(xml, "H2", '<c r="H2" t="str"><f>"Hoàn "&amp;"thành"</f><v>Hoàn thành</v></c>')
    xml = with_cell(xml, "I2", '<c r="I2"><f>WEBSERVICE("http://127.0.0.1:9/")</f></c>')
    xml = with_cell(xml, "H3", '<c r="H3" t="str"><f>1/0</f><v>#DIV/0!</v></c>')
    name = rewritten(root, "formula.xlsx", {SHEET: xml.encode()})
    result = merged(root, name)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == "+ d1: done (new)"
    assert result.stderr.splitlines()[0] == (
        "formula.xlsx!BCA!H3: error CR623: status '#DIV/0!' is not one of the list: "
        "Hoàn thành, Đang thực hiện, Chưa thực hiện, Không áp dụng"
    )
