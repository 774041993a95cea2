"""Reading YAML files into plain data that remembers where every value came from.

This is the only way YAML is read for checking: a file's bytes, or a text,
become a `Document` (plain dicts, lists and scalars, the position of each
value, and findings), and every failure is a finding, never an exception.

The steps, each in its own module of this package:

- `reading`: the bytes of a regular file within the size limit, decoded as UTF-8;
- `events`: libyaml's event stream (PyYAML's C parser), and its errors;
- `composing`: events into data and positions, within `limits`, into a `document`;
- `scalars`: what a plain scalar means (the YAML 1.2 core schema);
- `positions`: 0-based parser marks to the 1-based places findings show.

`sourcemap` reads the same events for another purpose: the character span of
every value, for commands that edit a file in place.

Strings are returned in Unicode NFC; where the file had another form, the
place is remembered so `check` can warn about it. Limits keep hostile files
from hanging or exhausting the machine: see `Limits` and docs/reliability.md.
"""

from __future__ import annotations

from pathlib import Path

from coordreg.findings import finding
from coordreg.loader.composing import compose
from coordreg.loader.document import Document
from coordreg.loader.events import YAMLError, syntax_finding
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.loader.reading import ReadError, decode, read_file, without_bom


def load_text(
    text: str, path: str, limits: Limits = DEFAULT_LIMITS, encoded: bytes | None = None
) -> Document:
    """Parse `text` (already decoded; `encoded`: its UTF-8 bytes, if at hand) into a `Document`."""
    doc = Document(path=path, text=text)
    try:
        compose(text, doc, limits, encoded)
    except YAMLError as error:
        doc.data = None
        doc.findings.append(syntax_finding(error, text, path, limits.max_depth))
    if doc.data is None and not doc.findings:
        doc.findings.append(finding(path, (1, 1), "CR009"))
    elif doc.data is not None and not isinstance(doc.data, dict):
        doc.findings.append(
            finding(path, (doc.root_position[0] + 1, doc.root_position[1] + 1), "CR010")
        )
    else:
        _newer_format(doc)
    return doc


def _newer_format(doc: Document) -> None:
    """A file of a newer format than this coordreg reads gets CR017 and nothing else.

    Its keys and values may mean what this coordreg cannot know, so every other
    finding about it (an unknown key, a duplicate key, a tag) would mislead: the one
    thing to say is to update coordreg.
    """
    written = doc.data.get("format") if isinstance(doc.data, dict) else None
    if isinstance(written, bool) or not isinstance(written, int | float):
        return
    # Imported here: the models (pydantic) are not needed to read a file, and a check
    # answered from the cache reads files without ever loading them.
    from coordreg.model.amendments import FORMAT_VERSION

    if written > FORMAT_VERSION:
        doc.findings = [
            finding(
                doc.path,
                doc.value_position(("format",)),
                "CR017",
                format=written,
                supported=FORMAT_VERSION,
            )
        ]


def load_file(path: Path, display: str | None = None, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Read and parse one file; every failure becomes a finding, never an exception."""
    shown = display if display is not None else str(path)
    try:
        raw = read_file(path, shown, limits)
    except ReadError as error:
        return Document(path=shown, findings=[error.finding])
    return load_bytes(raw, shown, limits)


def load_bytes(raw: bytes, path: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Decode and parse a file's bytes (read from disk or from a git revision)."""
    if len(raw) > limits.max_bytes:
        return Document(
            path=path,
            findings=[finding(path, (1, 1), "CR006", size=len(raw), limit=limits.max_bytes)],
        )
    text = decode(raw, path)
    if not isinstance(text, str):
        return Document(path=path, findings=[text])
    # The parser reads the bytes as they are, less the byte-order mark `decode` also
    # leaves out, so that offsets agree.
    return load_text(text, path, limits, without_bom(raw))
