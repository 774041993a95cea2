"""Reading a regulation's text, from Word or from text copied off a web page, as lines.

The file is read within limits and decoded here; a text file's lines are cleaned
by `coordreg.importer.lines`, a Word file's paragraphs and tables are walked by
`coordreg.importer.wordfile`.
"""

from __future__ import annotations

from pathlib import Path

from coordreg.errors import RefusedError, UsageError
from coordreg.files import probe
from coordreg.importer.lines import Line, lines_of_text
from coordreg.loader.limits import Limits
from coordreg.loader.reading import ReadError, read_file

# What `coordreg import` reads: Word documents, plain text and Markdown.
SUFFIXES = (".docx", ".txt", ".md")
# A regulation runs to tens of pages; anything far bigger is not one.
MAX_BYTES = 20 * 1024 * 1024


def _decode(raw: bytes, shown: str) -> str:
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Old Vietnamese files saved by Windows: Windows-1258 decodes any byte, so it
    # is tried only once UTF-8 has failed, and only when it gives Vietnamese letters.
    text = raw.decode("cp1258", errors="replace")
    if "\ufffd" in text:
        raise RefusedError("import_not_text", path=shown)
    return text


def read_source(path: Path, shown: str | None = None) -> list[Line]:
    """The lines of `path`, a .docx, .txt or .md file; a clear refusal for anything else."""
    shown = shown or str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError("import_suffix", path=shown, suffixes=", ".join(SUFFIXES))
    if probe.is_dir(path):  # a folder on the way that cannot be searched: `unreadable`
        raise UsageError("import_is_folder", path=shown)
    try:
        path.stat()
    except FileNotFoundError:  # a dangling link too; a loop of links is unreadable, below
        raise UsageError("import_missing", path=shown) from None
    except OSError:
        pass
    # Read as the loader reads a regulation: regular files only (a FIFO or a link
    # to /dev/zero named quy-che.txt would never end), the size checked first and
    # never more than the limit read.
    try:
        raw = read_file(path, shown, Limits(max_bytes=MAX_BYTES))
    except ReadError as error:
        args = dict(error.finding.args)
        if error.finding.code == "CR006":
            raise RefusedError("import_too_large", path=shown, **args) from None
        if error.finding.code == "CR018":  # a link out of the repository: never opened
            raise UsageError("link_outside", path=shown, root=args["root"]) from None
        raise RefusedError("import_unreadable", path=shown, **args) from None
    if suffix == ".docx":
        # Here, not above: python-docx takes longer to load than a text file to read.
        from coordreg.importer.wordfile import lines_of_docx

        return lines_of_docx(raw, shown)
    return lines_of_text(_decode(raw, shown))
