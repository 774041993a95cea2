"""`make look`: every document of both bundled regulations as PDF and PNG pages, to look at.

A records clerk reads a document on paper or as a PDF, not as the bytes tests
compare, so this renders each document the way it is read and leaves the pages
in OUT (default `out/look`):

- `<reg>/docx/<doc>.docx` and `libreoffice/<doc>.pdf`: the Word file, as LibreOffice
  prints it (`soffice --headless --convert-to pdf`);
- `weasyprint/<doc>.pdf`: coordreg's own PDF (`-o x.pdf`, the print HTML laid out by
  WeasyPrint);
- `chromium/<doc>.pdf`: the HTML printed by Chromium (`--print-to-pdf`), when it is
  installed;
- `png/<engine>/<doc>-<page>.png`: every page of each PDF (`pdftoppm`, 60 dpi).

The documents: the plan of a year with a record behind it, the five-year review,
the regulation's text and a handover minute (made on a copy of the regulations:
the transfer rewrites the files). The tools are Debian packages (README, "Looking
at the documents"); a missing one is named and the run stops with status 2, except
Chromium, which is optional.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
COORDREG = Path(sys.executable).with_name("coordreg")
CHROMIUM = ("chromium", "chromium-browser", "google-chrome")
DPI = "60"


@dataclass(frozen=True)
class Document:
    """One document of one regulation: the coordreg arguments that make it, before `-o`."""

    regulation: str
    name: str
    args: tuple[str, ...]


DOCUMENTS = (
    Document("bca-btttt-2021", "ke-hoach-2025", ("plan", "bca-btttt-2021", "--year", "2025")),
    Document(
        "bca-btttt-2021", "so-ket-den-2026", ("review", "bca-btttt-2021", "--end-year", "2026")
    ),
    Document("bca-btttt-2021", "quy-che", ("text", "bca-btttt-2021", "--at", "2025-01-01")),
    Document(
        "bca-btttt-2021",
        "bien-ban-ban-giao",
        (
            "transfer",
            "bca-btttt-2021",
            "--from",
            "btttt-cattt",
            "--to",
            "bca-a05",
            "--effective",
            "2025-03-01",
            "--write",
        ),
    ),
    Document("ha-tinh-antt-2023", "ke-hoach-2026", ("plan", "ha-tinh-antt-2023", "--year", "2026")),
    Document(
        "ha-tinh-antt-2023",
        "so-ket-den-2026",
        ("review", "ha-tinh-antt-2023", "--end-year", "2026"),
    ),
    Document("ha-tinh-antt-2023", "quy-che", ("text", "ha-tinh-antt-2023", "--at", "2025-01-01")),
    Document(
        "ha-tinh-antt-2023",
        "bien-ban-ban-giao",
        (
            "transfer",
            "ha-tinh-antt-2023",
            "--from",
            "stttt-pbcvt",
            "--to",
            "stttt-ttcntt",
            "--effective",
            "2026-01-01",
            "--write",
        ),
    ),
)


def run(*command: str | Path, cwd: Path | None = None) -> None:
    result = subprocess.run(
        [str(part) for part in command], cwd=cwd, capture_output=True, text=True
    )
    if result.returncode != 0:
        sys.exit(f"make look: {' '.join(map(str, command))} failed:\n{result.stderr}")


def make(document: Document, target: Path) -> None:
    """The document as `target` (its suffix chooses the format), made in a fresh copy
    of the bundled regulations, since a transfer rewrites them."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        shutil.copytree(ROOT / "regulations", Path(work) / "regulations")
        out = "--minutes" if document.args[0] == "transfer" else "-o"
        run(COORDREG, *document.args, out, target.resolve(), cwd=Path(work))


def pages(pdf: Path, folder: Path) -> int:
    """Every page of `pdf` as PNG in `folder`: how many there are."""
    folder.mkdir(parents=True, exist_ok=True)
    run("pdftoppm", "-r", DPI, "-png", pdf, folder / pdf.stem)
    return len(list(folder.glob(f"{pdf.stem}-*.png")))


def main(out: Path) -> None:
    missing = [tool for tool in ("soffice", "pdftoppm") if shutil.which(tool) is None]
    if missing:
        print(f"make look needs {', '.join(missing)}: see README, 'Looking at the documents'")
        sys.exit(2)
    chromium = next((found for name in CHROMIUM if (found := shutil.which(name))), None)
    shutil.rmtree(out, ignore_errors=True)
    profile = Path(tempfile.mkdtemp(prefix="coordreg-look-"))
    for document in DOCUMENTS:
        folder = out / document.regulation
        engines: dict[str, Path] = {}
        word = folder / "docx" / f"{document.name}.docx"
        make(document, word)
        # A profile of its own: another LibreOffice running would otherwise take the job.
        run(
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}/lo",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            folder / "libreoffice",
            word,
        )
        engines["libreoffice"] = folder / "libreoffice" / f"{document.name}.pdf"
        engines["weasyprint"] = folder / "weasyprint" / f"{document.name}.pdf"
        make(document, engines["weasyprint"])
        if chromium is not None:
            html = folder / "html" / f"{document.name}.html"
            make(document, html)
            engines["chromium"] = folder / "chromium" / f"{document.name}.pdf"
            engines["chromium"].parent.mkdir(parents=True, exist_ok=True)
            run(
                chromium,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                f"--user-data-dir={profile}/chromium",
                "--no-pdf-header-footer",
                f"--print-to-pdf={engines['chromium']}",
                html.resolve().as_uri(),
            )
        counts = ", ".join(
            f"{engine} {pages(pdf, folder / 'png' / engine)}" for engine, pdf in engines.items()
        )
        print(f"{document.regulation}/{document.name}: pages: {counts}")
    shutil.rmtree(profile, ignore_errors=True)
    if chromium is None:
        print("make look: Chromium not found; the HTML was laid out by WeasyPrint only")
    print(f"make look: the pages are in {out}/<regulation>/png/")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "out" / "look")
