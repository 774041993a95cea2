"""Where a rendered document goes: standard output, or a checked, atomically written file."""

from __future__ import annotations

import errno
import os
import sys
from pathlib import Path

from coordreg.errors import UsageError
from coordreg.files.atomic import cannot_write, write_atomic

SUFFIXES: dict[str, tuple[str, ...]] = {
    "md": (".md", ".markdown"),
    "html": (".html", ".htm"),
    "docx": (".docx",),
    "json": (".json",),
}


def format_for(output: Path | None, requested: str | None) -> str:
    """The output format: as requested, else from the file's suffix, else Markdown."""
    if requested is not None:
        return requested
    if output is not None:
        for name, suffixes in SUFFIXES.items():
            if output.suffix.lower() in suffixes:
                return name
    return "md"


def check_output(output: Path | None, output_format: str) -> None:
    """Refuse an output path that could clobber data or cannot be written.

    The suffix must match the format: `-o regulation.yaml` by mistake must not
    replace a regulation with a rendered document.
    """
    if output is None:
        if output_format == "docx":
            raise UsageError("docx_needs_output")
        return
    if output.suffix.lower() not in SUFFIXES[output_format]:
        raise UsageError(
            "output_suffix",
            path=str(output),
            format=output_format,
            suffixes=", ".join(SUFFIXES[output_format]),
        )
    if output.is_dir():
        raise UsageError("output_is_dir", path=str(output))
    if not output.parent.is_dir():
        raise UsageError("output_parent_missing", path=str(output.parent))
    # Refused before the work rather than after it. (os.access says yes to root
    # on a read-only location; emit then gives the same one-line message.)
    if not os.access(output.parent, os.W_OK | os.X_OK):
        raise UsageError("cannot_write", path=str(output), reason=os.strerror(errno.EACCES))


def emit(content: str | bytes, output: Path | None) -> None:
    """Write `content` to `output` atomically, or to standard output.

    A file that cannot be written (a read-only folder, a full disk) is a
    `UsageError`, and the file is left as it was.
    """
    if output is not None:
        try:
            write_atomic(output, content)
        except OSError as error:
            raise cannot_write(output, error) from None
    elif isinstance(content, bytes):
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content)
