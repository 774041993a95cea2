"""An office's reference.docx: Word's look (styles, page set-up, letterhead) from the office.

As pandoc's `--reference-doc`: when an office's `--templates` folder holds
`reference.docx`, the Word output starts from it; its body is dropped, its styles,
sections (page size, margins, headers and footers: the letterhead) and settings
are kept, and the styles coordreg names that it lacks are added.

The file came from anywhere, so it is hostile input, refused with a one-line
message before python-docx opens it:

- read as a template is (`render.template_loader.read_folder_file`): not through a
  link leading out of the folder, not a FIFO or a device, at most `MAX_BYTES`;
- not a zip archive, a zip bomb, too many or too large parts, XML with a DTD or
  nested too deep (`files.ooxml.check_package`);
- macros (a `vbaProject` part, ActiveX, a macro-enabled content type; a part a
  relationship says is one of them or an embedded OLE object, whatever its name), and any
  relationship whose target is outside the package (`TargetMode="External"`: a
  linked image, font or attached template Word would fetch when the document is
  opened); a hyperlink (a web address in the letterhead) is kept, as Word fetches
  nothing for it.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no type information

from coordreg.errors import RefusedError
from coordreg.files.ooxml import check_package
from coordreg.render.template_loader import read_folder_file

NAME = "reference.docx"
MAX_BYTES = 20 * 1024 * 1024  # a letterhead with its logo is well under 1 MB
_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
# Parts that hold code: VBA macros, ActiveX controls.
_ACTIVE = ("vbaproject", "vbadata", "activex")
# The same by what a relationship says its part is, whatever the part's name
# (`word/logo.bin`); an embedded OLE object too: a program behind an icon in the
# letterhead, run by a double click in every document made from it.
_ACTIVE_TYPES = ("/vbaproject", "/vbaprojectsignature", "/wordvbadata", "/activexcontrol",
                 "/activexcontrolbinary", "/oleobject")  # fmt: skip
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)


def reference_document(folder: Path | None) -> Document | None:
    """The office's reference.docx, checked and opened, or None without one."""
    if folder is None:
        return None
    raw = read_folder_file(folder, NAME, MAX_BYTES)
    if raw is None:
        return None
    shown = str(folder / NAME)
    check_reference(raw, shown)
    try:
        doc = docx.Document(io.BytesIO(raw))
        # What coordreg reads of it, read now: a part python-docx opens but cannot use
        # (styles.xml whose root is not w:styles) is refused here, not mid-document.
        _ = [(style.name, style.type) for style in doc.styles]
        _ = [(section.page_width, section.header.is_linked_to_previous) for section in doc.sections]
        _ = doc.part.numbering_part.element, doc.element.body, doc.core_properties.title
        return doc
    except Exception as error:  # python-docx's own errors are many: one line each
        detail = " ".join(str(error).split())[:200] or type(error).__name__
        raise RefusedError("reference_unreadable", path=shown, detail=detail) from None


def check_reference(raw: bytes, shown: str) -> None:
    """Refuse a reference document that is not a safe, plain Word document."""
    check_package(raw, shown, "reference_not_docx")
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        for member in archive.infolist():
            name = member.filename
            if any(word in name.lower() for word in _ACTIVE):
                raise RefusedError("reference_macros", path=shown, part=name)
            if name == "[Content_Types].xml" and b"macroEnabled" in archive.read(member):
                raise RefusedError("reference_macros", path=shown, part=name)
            if name.endswith(".rels"):
                # Parsed safely: check_package has refused DTDs and deep nesting.
                root = etree.fromstring(archive.read(member), _PARSER)
                for relation in root.iter(_RELS):
                    if relation.get("Type", "").lower().endswith(_ACTIVE_TYPES):
                        target = relation.get("Target", "")[:200]
                        raise RefusedError("reference_macros", path=shown, part=f"{name}: {target}")
                    external = relation.get("TargetMode", "").lower() == "external"
                    if external and not relation.get("Type", "").endswith("/hyperlink"):
                        target = relation.get("Target", "")[:200]
                        raise RefusedError(
                            "reference_external", path=shown, part=name, target=target
                        )
