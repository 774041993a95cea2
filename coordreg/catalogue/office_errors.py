"""The one-line errors of an Office document (.docx, .xlsx) refused before it is parsed.

Given by `coordreg.files.ooxml`; part of `coordreg.catalogue.errors.ERRORS`, where
they are looked up.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

OFFICE_ERRORS: dict[str, Text] = {
    "ooxml_too_many_parts": Text(
        vi="{path} gồm {count} thành phần, vượt giới hạn {limit} cho một tài liệu Office",
        en="{path} holds {count} parts, over the limit of {limit} for an Office document",
    ),
    "ooxml_part_too_large": Text(
        vi="{path}: thành phần {part} giải nén ra {size} byte, vượt giới hạn {limit} byte",
        en="{path}: part {part} unpacks to {size} bytes, over the limit of {limit} bytes",
    ),
    "ooxml_too_large": Text(
        vi="{path} giải nén ra hơn {size} byte, vượt giới hạn {limit} byte cho cả tài liệu",
        en="{path} unpacks to more than {size} bytes, over the limit of {limit} bytes "
        "for a whole document",
    ),
    "ooxml_ratio": Text(
        vi="{path}: thành phần {part} nén {ratio} lần ({packed} byte giải nén ra {size} byte), "
        "vượt giới hạn {limit} lần của tài liệu thật; có thể là bom nén",
        en="{path}: part {part} is packed {ratio} times ({packed} bytes unpacking to {size}), "
        "over the limit of {limit} times a real document packs; a zip bomb?",
    ),
    "ooxml_encrypted": Text(
        vi="{path}: thành phần {part} được mã hoá; hãy lưu tài liệu không đặt mật khẩu",
        en="{path}: part {part} is encrypted; save the document without a password",
    ),
    "ooxml_compression": Text(
        vi="{path}: thành phần {part} nén theo phương pháp {method}, không phải cách Office nén",
        en="{path}: part {part} is packed with method {method}, which Office does not use",
    ),
    "ooxml_damaged": Text(
        vi="{path}: thành phần {part} bị hỏng: {detail}",
        en="{path}: part {part} is damaged: {detail}",
    ),
    "ooxml_dtd": Text(
        vi="{path}: thành phần {part} khai báo DTD (<!DOCTYPE>), điều tài liệu Office không bao "
        "giờ có; không đọc (các thực thể trong đó có thể nở ra vô tận)",
        en="{path}: part {part} declares a DTD (<!DOCTYPE>), which Office documents never do; "
        "it is not read (its entities could expand without end)",
    ),
    "ooxml_too_deep": Text(
        vi="{path}: thành phần {part}, dòng {line}: các phần tử XML lồng nhau sâu quá {limit} mức",
        en="{path}: part {part}, line {line}: XML elements nested more than {limit} deep",
    ),
    "ooxml_bad_xml": Text(
        vi="{path}: thành phần {part}, dòng {line}: XML không hợp lệ (tệp bị cắt cụt?): {detail}",
        en="{path}: part {part}, line {line}: not well-formed XML (a truncated file?): {detail}",
    ),
}
