"""Regulation folders for the tests of documents about dates, and running the CLI in them.

`history.yaml` is a small regulation with its history: on 1 March 2025 the
information-security duties passed from Cục An toàn thông tin (BTTTT) to A05 (BCA)
and the Ministry of Information and Communications merged into the Ministry of
Science and Technology; on 1 July 2026 an amendment rewrote Article 2, added d4 and
repealed d5. `before.yaml` is the same regulation before any of it. The records in
`evaluations/` are those of 2022 to 2026.

`folder(root, source, years)` writes `<root>/regulations/qc-history/` with one of
the two files and the records of `years`; `run(root, *args)` runs coordreg there
as a secretariat would, and gives its standard output.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from io import BytesIO
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph
from typer.testing import CliRunner

from coordreg.cli import app

HERE = Path(__file__).resolve().parent
HISTORY = HERE / "history.yaml"
BEFORE = HERE / "before.yaml"
RECORDS = HERE / "evaluations"
REG = "qc-history"
ALL_YEARS = (2022, 2023, 2024, 2025, 2026)

CATTT = "Cục An toàn thông tin"
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
VP_BCA = "Văn phòng Bộ Công an"
VP_BTTTT = "Văn phòng Bộ Thông tin và Truyền thông"
VP_BKHCN = "Văn phòng Bộ Khoa học và Công nghệ"

runner = CliRunner()


def folder(root: Path, source: Path = HISTORY, years: Iterable[int] = ALL_YEARS) -> Path:
    """`<root>/regulations/qc-history/` holding `source` and the records of `years`."""
    target = root / "regulations" / REG
    (target / "evaluations").mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target / "regulation.yaml")
    for year in years:
        shutil.copyfile(RECORDS / f"{year}.yaml", target / "evaluations" / f"{year}.yaml")
    return target


@contextmanager
def working_in(root: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(root)
    try:
        yield
    finally:
        os.chdir(before)


def run(root: Path, *args: str) -> str:
    """coordreg's standard output in `root`; the command must succeed."""
    with working_in(root):
        result = runner.invoke(app, list(args))
    assert result.exit_code == 0, result.stderr
    return result.stdout


def run_bytes(root: Path, *args: str, output: str) -> bytes:
    """What coordreg writes to `output` (a file in `root`) when run with `-o output`."""
    run(root, *args, "-o", output)
    return (root / output).read_bytes()


def docx_text(data: bytes) -> list[str]:
    """A Word document re-opened and read in order: each paragraph as "style: text", each
    table row as its cells joined by " | ", each section's orientation."""
    document = docx.Document(BytesIO(data))
    lines: list[str] = []
    for child in document.element.body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            paragraph = Paragraph(child, document)
            lines.append(f"{paragraph.style.name if paragraph.style else ''}: {paragraph.text}")
        elif tag == "tbl":
            table = Table(child, document)
            lines += [" | ".join(cell.text for cell in row.cells) for row in table.rows]
    lines += [str(section.orientation) for section in document.sections]
    return lines
