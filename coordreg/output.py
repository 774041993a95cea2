"""Where a rendered document goes: standard output, or a checked, atomically written file."""

from __future__ import annotations

import sys
from pathlib import Path

from coordreg.atomic import write_atomic
from coordreg.errors import UsageError

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


def emit(content: str | bytes, output: Path | None) -> None:
    """Write `content` to `output` atomically, or to standard output."""
    if output is not None:
        write_atomic(output, content)
    elif isinstance(content, bytes):
        sys.stdout.buffer.write(content)
    else:
        sys.stdout.write(content)
