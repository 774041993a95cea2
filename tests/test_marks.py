"""Marks of secrecy (độ mật) and urgency (độ khẩn): declared by a regulation or given to
one document, printed below the number and symbol (Nghị định 30, Phụ lục I, ô 10a-10b)
in Markdown, HTML, Word and PDF. Each document is re-opened as its reader would."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from pypdf import PdfReader
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def mark(root: Path, *lines: str) -> None:
    """Give the bundled BCA-BTTTT regulation the top-level keys `lines`."""
    file = root / "regulations" / REG / "regulation.yaml"
    text = file.read_text(encoding="utf-8")
    file.write_text(text.replace("\nparties:", "\n" + "\n".join(lines) + "\nparties:", 1))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "regulations", tmp_path / "regulations")
    monkeypatch.chdir(tmp_path)
    return tmp_path


class NumberCell(HTMLParser):
    """The text of the heading's number cell and of each mark in it."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.in_mark = False
        self.number = ""
        self.marks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = (dict(attrs).get("class") or "").split()
        if tag == "td" and "number" in classes:
            self.depth = 1
        elif self.depth and tag == "div" and "mark" in classes:
            self.in_mark = True
            self.marks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div":
            self.in_mark = False
        if tag == "td":
            self.depth = 0

    def handle_data(self, data: str) -> None:
        if self.in_mark:
            self.marks[-1] += data.strip()
        elif self.depth:
            self.number += data.strip()


def test_a_regulations_marks_in_every_format(repo: Path) -> None:
    mark(repo, "secrecy: mat", "urgency: hoa-toc")
    assert invoke("check", "regulations").exit_code == 0

    md = invoke("plan", REG, "--year", "2025")
    assert md.exit_code == 0, md.stderr
    assert md.stdout.splitlines()[2] == (
        "| Số: ……/KH-BCA-BTTTT<br>**MẬT**<br>**HỎA TỐC** | *Hà Nội, ngày …… tháng …… năm 2025* |"
    )

    assert invoke("plan", REG, "--year", "2025", "-o", "kh.html").exit_code == 0
    cell = NumberCell()
    cell.feed((repo / "kh.html").read_text(encoding="utf-8"))
    assert (cell.number, cell.marks) == ("Số: ……/KH-BCA-BTTTT", ["MẬT", "HỎA TỐC"])

    assert invoke("plan", REG, "--year", "2025", "-o", "kh.docx").exit_code == 0
    heading = docx.Document(str(repo / "kh.docx")).tables[0]
    paragraphs = heading.cell(1, 0).paragraphs
    assert [p.text.strip() for p in paragraphs] == ["Số: ……/KH-BCA-BTTTT", "MẬT", "HỎA TỐC"]
    for paragraph in paragraphs[1:]:
        (run,) = paragraph.runs
        assert run.bold is True
        border = run._r.rPr.find(qn("w:bdr"))  # boxed, as the stamp is
        assert border is not None and border.get(qn("w:val")) == "single"

    assert invoke("plan", REG, "--year", "2025", "-o", "kh.pdf").exit_code == 0
    lines = PdfReader(repo / "kh.pdf").pages[0].extract_text().splitlines()
    number = next(i for i, line in enumerate(lines) if line.startswith("Số: ……/KH-BCA-BTTTT"))
    assert lines[number + 1 : number + 3] == ["MẬT", "HỎA TỐC"]


def test_a_document_given_its_own_marks_and_the_other_documents(repo: Path) -> None:
    mark(repo, "secrecy: mat")
    own = invoke("review", REG, "--end-year", "2026", "--secrecy", "tuyet-mat", "--urgency", "khan")
    assert own.exit_code == 0, own.stderr
    assert "Số: ……/BC-BCA-BKHCN-BVHTTDL<br>**TUYỆT MẬT**<br>**KHẨN**" in own.stdout

    text = invoke("text", REG, "--at", "2025-01-01", "--lang", "en")
    assert text.exit_code == 0, text.stderr
    assert "<br>**CONFIDENTIAL** |" in text.stdout.splitlines()[2]

    minute = invoke(
        "transfer",
        REG,
        *("--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01"),
        *("--write", "--minutes", "bb.md"),
    )
    assert minute.exit_code == 0, minute.stderr
    assert "<br>**MẬT** |" in (repo / "bb.md").read_text(encoding="utf-8")


def test_a_document_without_marks_has_none(repo: Path) -> None:
    md = invoke("plan", REG, "--year", "2025")
    assert md.stdout.splitlines()[2] == (
        "| Số: ……/KH-BCA-BTTTT | *Hà Nội, ngày …… tháng …… năm 2025* |"
    )
    refused = invoke("plan", REG, "--year", "2025", "--urgency", "khẩn")
    assert refused.exit_code == 2
    assert "'khẩn' is not one of 'khan', 'thuong-khan', 'hoa-toc'" in refused.stderr


def test_a_mark_that_is_not_one_of_the_levels(repo: Path) -> None:
    mark(repo, "secrecy: Mật", "urgency: khẩn")
    result = invoke("check", f"regulations/{REG}", "--lang", "en")
    assert result.exit_code == 1
    assert "CR104  'secrecy' must be one of 'mat', 'toi-mat', 'tuyet-mat', not 'Mật'" in (
        result.stdout
    )
    assert "CR104  'urgency' must be one of 'khan', 'thuong-khan', 'hoa-toc', not 'khẩn'" in (
        result.stdout
    )
