"""Where a rendered document goes: its format, and standard output or a checked file.

Each kind of output (a document, the regulation's text, a handover minute, the
agenda) has its formats and, for each, the file suffixes that may hold it. The
format is the one asked for, else the one the `-o` file's suffix names, else the
kind's default; and the file must end in a suffix of that format, so that a slip
such as `-o regulation.yaml` cannot replace a regulation with a rendered document.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordreg.catalogue.controls import escape_json
from coordreg.errors import UsageError
from coordreg.files import probe
from coordreg.files.atomic import cannot_write, write_atomic
from coordreg.files.root import confine


@dataclass(frozen=True)
class OutputFormats:
    """The formats one kind of output takes, and the file suffixes of each."""

    suffixes: Mapping[str, tuple[str, ...]]
    default: str
    # Formats that cannot go to standard output (Word's zip archive).
    needs_file: frozenset[str] = frozenset()
    # The message for a file whose suffix does not fit the format; it is given the
    # path, the format and that format's suffixes.
    wrong_suffix: str = "output_suffix"

    def choose(self, output: Path | None, requested: str | None) -> str:
        """As requested, else from the file's suffix, else the default."""
        if requested is not None:
            return requested
        if output is not None:
            for name, suffixes in self.suffixes.items():
                if output.suffix.lower() in suffixes:
                    return name
        return self.default

    def check(self, output: Path | None, chosen: str) -> None:
        """Refuse an output path that could clobber data or cannot be written.

        Refused before the work rather than after it: a wrong suffix, a folder,
        a missing or read-only parent folder, a symbolic link that leads out of
        the repository (`link_outside`).
        """
        if output is None:
            if chosen in self.needs_file:
                raise UsageError(f"{chosen}_needs_output")
            return
        suffixes = self.suffixes[chosen]
        if output.suffix.lower() not in suffixes:
            raise UsageError(
                self.wrong_suffix, path=str(output), format=chosen, suffixes=", ".join(suffixes)
            )
        confine(output)
        if probe.is_dir(output):
            raise UsageError("output_is_dir", path=str(output))
        if not probe.is_dir(output.parent):
            raise UsageError("output_parent_missing", path=str(output.parent))
        # os.access says yes to root on a read-only location; `emit` then gives the
        # same one-line message.
        if not os.access(output.parent, os.W_OK | os.X_OK):
            raise UsageError("cannot_write", path=str(output), reason=os.strerror(errno.EACCES))


_MARKDOWN = (".md", ".markdown")
_HTML = (".html", ".htm")
_WORD = (".docx",)
_PDF = (".pdf",)

# The plan and the review: in words, or as JSON for other programs.
DOCUMENT = OutputFormats(
    {"md": _MARKDOWN, "html": _HTML, "docx": _WORD, "pdf": _PDF, "json": (".json",)},
    default="md",
    needs_file=frozenset({"docx", "pdf"}),
)
# The regulation's own text has no JSON form: `-o text.json` is a file Markdown cannot go to.
REGULATION_TEXT = OutputFormats(
    {"md": _MARKDOWN, "html": _HTML, "docx": _WORD, "pdf": _PDF},
    default="md",
    needs_file=frozenset({"docx", "pdf"}),
)
# The handover minute: `--minutes` names its file, whose suffix is the only way to
# choose its format.
MINUTE = OutputFormats(
    {"md": (".md",), "html": _HTML, "docx": _WORD, "pdf": _PDF},
    default="md",
    wrong_suffix="minutes_format",
)
AGENDA = OutputFormats(
    {"text": (".txt",), "json": (".json",), "ics": (".ics", ".ical", ".icalendar")},
    default="text",
)


def checked_format(formats: OutputFormats, output: Path | None, requested: str | None) -> str:
    """The format chosen for `output`, once the file is known to be fit for it."""
    chosen = formats.choose(output, requested)
    formats.check(output, chosen)
    return chosen


def json_text(data: Any) -> str:
    """A document's JSON form: indented, with Vietnamese letters kept as they are and
    every control character escaped (`\\u001b`), as the data itself holds it."""
    return escape_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n"


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
