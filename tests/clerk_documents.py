"""The documents of the bundled regulations, rendered once, for the records clerk's tests.

Word documents are written to disk and re-opened with python-docx; HTML is kept
as text for an HTML parser. The handover minute is written by `coordreg transfer
--minutes` in a copy of the bundled regulations.
"""

from __future__ import annotations

import struct
import zlib
from functools import cache
from pathlib import Path

import docx
from bundled import copy_regulations_before_2025, regulation_2024
from docx.document import Document
from typer.testing import CliRunner

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.cli import app
from coordreg.documents.context import plan_context, review_context
from coordreg.documents.docx import render_docx
from coordreg.documents.markup.text import render_text
from coordreg.documents.plan import build_plan
from coordreg.documents.regulation_text import regulation_context
from coordreg.documents.review import build_review

ROOT = Path(__file__).resolve().parents[1]
BCA, HA_TINH = "bca-btttt-2021", "ha-tinh-antt-2023"
MOVE = ("--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01")


@cache
def dossier(reg_id: str) -> Dossier:
    return load_dossier(regulation_2024(reg_id) / "regulation.yaml")


def reopen(folder: Path, name: str, data: bytes) -> Document:
    path = folder / name
    path.write_bytes(data)
    return docx.Document(str(path))


def plan_docx(folder: Path, reg_id: str, lang: str = "vi") -> Document:
    context = plan_context(build_plan(dossier(reg_id), 2025), lang)
    return reopen(folder, f"plan-{reg_id}-{lang}.docx", render_docx("plan", context))


def review_docx(folder: Path, reg_id: str) -> Document:
    context = review_context(build_review(dossier(reg_id), end_year=2026), "vi")
    return reopen(folder, f"review-{reg_id}.docx", render_docx("review", context))


def text_docx(folder: Path, reg_id: str) -> Document:
    context = regulation_context(dossier(reg_id).regulation, "vi")
    return reopen(folder, f"text-{reg_id}.docx", render_docx("regulation", context))


def plan_html(reg_id: str, lang: str = "vi") -> str:
    return render_text("plan", plan_context(build_plan(dossier(reg_id), 2025), lang), "html", None)


def review_html(reg_id: str) -> str:
    context = review_context(build_review(dossier(reg_id), end_year=2026), "vi")
    return render_text("review", context, "html", None)


def minute(folder: Path, name: str, *args: str) -> Path:
    """`coordreg transfer ... --minutes name` in a copy of the bundled regulations."""
    work = folder / "work"
    if not work.exists():
        copy_regulations_before_2025(work)
    out = folder / name
    result = CliRunner().invoke(
        app, ["transfer", str(work / "regulations" / BCA), *MOVE, *args, "--minutes", str(out)]
    )
    assert result.exit_code == 0, result.stderr
    return out


def texts(doc: Document) -> list[str]:
    return [paragraph.text for paragraph in doc.paragraphs]


def png_pixels(data: bytes) -> tuple[int, int, bytes]:
    """Width, height and RGB bytes of a PNG as coordreg writes it (8-bit RGB, filter 0)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    at, idat, width, height = 8, b"", 0, 0
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind, body = data[at + 4 : at + 8], data[at + 8 : at + 8 + length]
        if kind == b"IHDR":
            width, height = struct.unpack(">II", body[:8])
        elif kind == b"IDAT":
            idat += body
        at += 12 + length
    raw = zlib.decompress(idat)
    row = width * 3 + 1
    assert all(raw[y * row] == 0 for y in range(height))
    return width, height, b"".join(raw[y * row + 1 : (y + 1) * row] for y in range(height))
