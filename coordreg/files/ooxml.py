"""Office documents (.docx, .xlsx) checked before any of their XML is parsed.

A Word document or an Excel workbook is a zip archive of XML parts. Handed to
python-docx (or openpyxl) as it is, a hostile one costs what it likes: 4 GB of XML
packed into 4 MB fills the memory, 200 MB of XML parses for minutes, an element
nested 200,000 deep or a DTD whose entities expand without end stops the XML
parser with a traceback. `check_package` refuses such a file before any reader
sees it, each case with its one-line message (exit 1):

- from the zip's central directory, before anything is unpacked: the number of
  parts, each part's unpacked size and the total (`PackageLimits`), the ratio of
  unpacked to packed size (a zip bomb), encryption, and a compression method other
  than the two Office uses; a size the directory understates cannot pass either,
  as Python's zipfile unpacks no more than the size declared and checks the CRC;
- then each XML part, streamed through lxml without building it (entities not
  resolved, no network, no huge-tree mode): a DTD (`<!DOCTYPE>`, which Office never
  writes and which is where entities are declared), nesting deeper than the limit,
  and XML that is not well formed (a truncated part), with its line.

The limits are far above any real document: a regulation of a hundred pages is a
few hundred kilobytes of XML, nested about fifteen deep.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

from coordreg.errors import RefusedError

# The compression methods Office writes: stored and deflated.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
# The parts that are XML: every name ending so (document.xml, sheet1.xml, *.rels).
_XML_SUFFIXES = (".xml", ".rels")
# lxml's message ends with the position, which the refusal gives as its line.
_POSITION = re.compile(r",? line \d+, column \d+\s*$")
# The part that gives every other part's content type.
_CONTENT_TYPES = "[Content_Types].xml"
# How much of a part is unpacked and parsed at a time.
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class PackageLimits:
    """What one Office document may hold; docs/reliability.md lists each limit."""

    parts: int = 1000  # zip members: a long Word document has about twenty
    part_bytes: int = 32 * 1024 * 1024  # one part, unpacked: XML is parsed whole
    total_bytes: int = 128 * 1024 * 1024  # all parts, unpacked (images included)
    # Unpacked over packed size, for parts over `ratio_from` bytes: Word's XML
    # packs ten to thirty times; a zip bomb a thousand.
    ratio: int = 200
    ratio_from: int = 1024 * 1024
    depth: int = 100  # XML elements inside one another; lxml itself stops at 256


DEFAULT_PACKAGE_LIMITS = PackageLimits()

# For the content types only, once the part has passed `_check_xml`.
_SAFE_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
)


def check_package(
    raw: bytes,
    shown: str,
    not_a_package: str,
    limits: PackageLimits = DEFAULT_PACKAGE_LIMITS,
) -> None:
    """Refuse `raw`, the bytes of the Office document `shown`, unless it is safe to read.

    `not_a_package` is the caller's message id for bytes that are not a zip archive
    at all (the one message that names what the caller expected, a Word document
    or a workbook); every other refusal is an `ooxml_*` message naming the part.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise RefusedError(not_a_package, path=shown, detail=_one_line(error)) from None
    with archive:
        members = archive.infolist()
        _check_directory(members, shown, limits)
        types = next((m for m in members if m.filename == _CONTENT_TYPES), None)
        xml_names: set[str] = set()
        if types is not None:
            _check_xml(archive, types, shown, limits)
            xml_names = _xml_by_type(archive.read(types), members)
        for member in members:
            if member is not types and (
                member.filename in xml_names or member.filename.lower().endswith(_XML_SUFFIXES)
            ):
                _check_xml(archive, member, shown, limits)


def _xml_by_type(types: bytes, members: list[zipfile.ZipInfo]) -> set[str]:
    """The parts [Content_Types].xml says are XML, whatever their names end in.

    A reader parses a part by its content type, not its name: `word/x.bin`
    declared `...document.main+xml` is parsed as the document. (The file has
    been checked already, and is small.)
    """
    root = etree.fromstring(types, _SAFE_PARSER)
    by_extension: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for element in root:
        tag = etree.QName(element).localname
        if tag == "Default":
            by_extension[element.get("Extension", "").lower()] = element.get("ContentType", "")
        elif tag == "Override":
            by_name[element.get("PartName", "").lstrip("/")] = element.get("ContentType", "")
    found: set[str] = set()
    for member in members:
        name = member.filename
        extension = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
        kind = by_name.get(name, by_extension.get(extension, ""))
        if kind.endswith("xml"):
            found.add(name)
    return found


def _check_directory(members: list[zipfile.ZipInfo], shown: str, limits: PackageLimits) -> None:
    """Sizes, ratios, encryption and methods, as the central directory declares them."""
    if len(members) > limits.parts:
        raise RefusedError(
            "ooxml_too_many_parts", path=shown, count=len(members), limit=limits.parts
        )
    total = 0
    for member in members:
        part = member.filename
        if member.flag_bits & 0x1:
            raise RefusedError("ooxml_encrypted", path=shown, part=part)
        if member.compress_type not in _METHODS:
            raise RefusedError(
                "ooxml_compression", path=shown, part=part, method=member.compress_type
            )
        size = member.file_size
        if size > limits.part_bytes:
            raise RefusedError(
                "ooxml_part_too_large", path=shown, part=part, size=size, limit=limits.part_bytes
            )
        packed = max(member.compress_size, 1)
        if size > limits.ratio_from and size > packed * limits.ratio:
            raise RefusedError(
                "ooxml_ratio",
                path=shown,
                part=part,
                packed=member.compress_size,
                size=size,
                ratio=size // packed,
                limit=limits.ratio,
            )
        total += size
        if total > limits.total_bytes:
            raise RefusedError("ooxml_too_large", path=shown, size=total, limit=limits.total_bytes)


def _check_xml(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, shown: str, limits: PackageLimits
) -> None:
    """Stream one XML part through lxml: no DTD, not too deep, well formed."""
    part = member.filename
    parser = etree.XMLPullParser(
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        huge_tree=False,
        load_dtd=False,
    )
    depth = 0
    first = True

    def follow() -> None:
        """Walk the events parsed so far, dropping each element once it ends."""
        nonlocal depth, first
        for event, element in parser.read_events():
            if event == "end":
                depth -= 1
                # Keep no more than the open elements: a part of millions of small
                # elements is checked in the memory of a few.
                element.clear()
                while element.getprevious() is not None:
                    del element.getparent()[0]
                continue
            if first:
                first = False
                info = element.getroottree().docinfo
                if info.doctype or info.internalDTD is not None:
                    raise RefusedError("ooxml_dtd", path=shown, part=part)
            depth += 1
            if depth > limits.depth:
                line = element.sourceline or 0
                raise RefusedError(
                    "ooxml_too_deep", path=shown, part=part, limit=limits.depth, line=line
                )

    etree.clear_error_log()  # lxml keeps one log a thread: only this part's errors in it
    try:
        with archive.open(member) as stream:
            for chunk in _chunks(stream, limits.part_bytes, shown, part):
                parser.feed(chunk)
                follow()
            parser.close()
            follow()
    except etree.XMLSyntaxError as error:
        # What was parsed before the error may already be too deep (lxml's own
        # depth limit is an error like any other): that is the answer then.
        follow()
        line, detail = _first_fatal(error)
        raise RefusedError(
            "ooxml_bad_xml", path=shown, part=part, line=line, detail=_one_line(detail)
        ) from None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as error:
        raise RefusedError(
            "ooxml_damaged", path=shown, part=part, detail=_one_line(error)
        ) from None


def _first_fatal(error: etree.XMLSyntaxError) -> tuple[int, str]:
    """The line and words of the error that stopped the parser.

    (The pull parser's own exception can be a vague "no element found" at line 0
    when the real error, an undefined entity say, is in its log.)
    """
    for entry in error.error_log.filter_from_fatals():
        return entry.line, entry.message
    return error.lineno or 0, _POSITION.sub("", error.msg or str(error))


def _chunks(stream: IO[bytes], limit: int, shown: str, part: str) -> Iterator[bytes]:
    """The unpacked bytes of a part, a chunk at a time, never more than `limit` in all."""
    read = 0
    while chunk := stream.read(_CHUNK):
        read += len(chunk)
        if read > limit:
            raise RefusedError(
                "ooxml_part_too_large", path=shown, part=part, size=read, limit=limit
            )
        yield chunk


def _one_line(error: object) -> str:
    """An error's text on one line, and not too long to read."""
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:199] + "…"
