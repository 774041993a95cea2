"""Writing zip archives byte by byte, so that a test can build any hostile Office file.

Python's zipfile writes only honest archives; these helpers write what a hostile
one holds: a part whose directory entry lies about its size, a method Office
never uses, the encryption flag, and gigabytes of XML packed into megabytes
without ever making them (deflate blocks ended by a full flush are independent,
so one block packed once stands for any number of its copies).
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass, replace
from pathlib import Path

import docx

# Every header says 1 January 2025, midnight (the DOS date and time).
_DATE, _TIME = ((2025 - 1980) << 9) | (1 << 5) | 1, 0


@dataclass(frozen=True)
class Part:
    """One member of an archive, as the directory describes it and as it is stored."""

    name: str
    packed: bytes
    size: int  # the unpacked size the directory declares
    crc: int
    method: int = zipfile.ZIP_DEFLATED
    flags: int = 0


def part(name: str, data: bytes, method: int = zipfile.ZIP_DEFLATED) -> Part:
    """An honest part holding `data`."""
    if method == zipfile.ZIP_STORED:
        packed = data
    else:
        packer = zlib.compressobj(9, zlib.DEFLATED, -15)
        packed = packer.compress(data) + packer.flush()
    return Part(name, packed, len(data), zlib.crc32(data), method)


def repeated(name: str, head: bytes, block: bytes, times: int, tail: bytes) -> Part:
    """An honest part holding `head + block * times + tail`, packed without being made."""
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    start = packer.compress(head) + packer.flush(zlib.Z_FULL_FLUSH)
    copy = packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH)
    assert packer.compress(block) + packer.flush(zlib.Z_FULL_FLUSH) == copy
    end = packer.compress(tail) + packer.flush()
    crc = zlib.crc32(head)
    for _ in range(times):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(tail, crc)
    packed = start + copy * times + end
    return Part(name, packed, len(head) + len(block) * times + len(tail), crc)


def lying(honest: Part, size: int) -> Part:
    """`honest`, its directory entry declaring `size` bytes instead."""
    return replace(honest, size=size)


def write_zip(path: Path, parts: list[Part]) -> Path:
    """The archive of `parts`, in order, written to `path`."""
    body = io.BytesIO()
    directory = io.BytesIO()
    for member in parts:
        name = member.name.encode("utf-8")
        offset = body.tell()
        common = (member.flags, member.method, _TIME, _DATE, member.crc, len(member.packed))
        body.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, *common, member.size, len(name), 0))
        body.write(name + member.packed)
        directory.write(
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                *(0x02014B50, 20, 20, *common, member.size, len(name)),
                *(0, 0, 0, 0, 0, offset),
            )
        )
        directory.write(name)
    start, listing = body.tell(), directory.getvalue()
    count = len(parts)
    end = struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, count, count, len(listing), start, 0)
    path.write_bytes(body.getvalue() + listing + end)
    return path


def word_parts() -> list[Part]:
    """The parts of a real, empty Word document (python-docx's own template)."""
    saved = io.BytesIO()
    docx.Document().save(saved)
    with zipfile.ZipFile(saved) as archive:
        return [part(info.filename, archive.read(info)) for info in archive.infolist()]


def word_document(path: Path, document: Part) -> Path:
    """A Word document whose `word/document.xml` is `document`, written to `path`."""
    parts = [document if p.name == "word/document.xml" else p for p in word_parts()]
    return write_zip(path, parts)


W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
# A body paragraph in Word's XML.
PARAGRAPH = b"<w:p><w:r><w:t>\xc4\x90i\xe1\xbb\x81u 1. Ph\xe1\xba\xa1m vi</w:t></w:r></w:p>"


def document_xml(body: bytes, prolog: bytes = b"") -> bytes:
    """A `word/document.xml` whose body is `body`, after `prolog` (a DOCTYPE, say)."""
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        + prolog
        + b"<w:document "
        + W
        + b"><w:body>"
        + body
        + b"</w:body></w:document>"
    )
