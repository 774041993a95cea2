"""Small facts about Vietnamese administrative text that every part of the importer uses."""

from __future__ import annotations

import re
import unicodedata

# The words that start the name of a body, in capitals in a heading: a line that
# starts with one begins a new issuing body; one that does not continues the
# previous (heading lines wrap: "ỦY BAN NHÂN DÂN" / "TỈNH HÀ TĨNH").
BODY_WORDS = (
    "BỘ",
    "ỦY BAN",
    "UỶ BAN",
    "SỞ",
    "BAN",
    "TỔNG CỤC",
    "CỤC",
    "VỤ",
    "VIỆN",
    "TÒA ÁN",
    "TOÀ ÁN",
    "HỘI",
    "ĐOÀN",
    "TRUNG ƯƠNG",
    "CÔNG AN",
    "BỘ CHỈ HUY",
    "BỘ TƯ LỆNH",
    "TỈNH ỦY",
    "TỈNH UỶ",
    "THÀNH ỦY",
    "THÀNH UỶ",
    "ĐẢNG ỦY",
    "ĐẢNG UỶ",
    "LIÊN ĐOÀN",
    "MẶT TRẬN",
    "CHÍNH PHỦ",
    "NGÂN HÀNG",
    "KIỂM TOÁN",
    "VĂN PHÒNG",
    "HỌC VIỆN",
    "ĐẠI HỌC",
    "TẬP ĐOÀN",
    "TỔNG CÔNG TY",
    "THANH TRA",
    "BẢO HIỂM",
    "ĐÀI",
    "THÔNG TẤN XÃ",
    "TRƯỜNG",
    "QUÂN KHU",
    "HĐND",
    "UBND",
    "UBMTTQ",
    "HỘI ĐỒNG",
    "THỦ TƯỚNG",
)
# Titles of the people who sign or decide: "BỘ TRƯỞNG BỘ CÔNG AN", "CHỦ TỊCH".
SIGNATORY_TITLE = re.compile(
    r"^(?:BỘ TRƯỞNG|THỨ TRƯỞNG|CHỦ TỊCH|PHÓ CHỦ TỊCH|GIÁM ĐỐC|PHÓ GIÁM ĐỐC|TRƯỞNG BAN|"
    r"PHÓ TRƯỞNG BAN|TỔNG CỤC TRƯỞNG|PHÓ TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|PHÓ CỤC TRƯỞNG|"
    r"VIỆN TRƯỞNG|PHÓ VIỆN TRƯỞNG|CHÁNH ÁN|PHÓ CHÁNH ÁN|TỔNG GIÁM ĐỐC|THỦ TƯỚNG|"
    r"PHÓ THỦ TƯỚNG|TƯ LỆNH|PHÓ TƯ LỆNH|CHỈ HUY TRƯỞNG|BÍ THƯ|TRƯỞNG|CHÁNH VĂN PHÒNG)\b"
)
# The line under a decision's title naming who decides: a title followed by the body.
AUTHORITY = re.compile(
    r"^(?:BỘ TRƯỞNG|CHỦ TỊCH|THỦ TƯỚNG|VIỆN TRƯỞNG|CHÁNH ÁN|TỔNG CỤC TRƯỞNG|CỤC TRƯỞNG|"
    r"GIÁM ĐỐC|TRƯỞNG BAN|TỔNG KIỂM TOÁN|THỐNG ĐỐC)\s+\S"
)
_SENTENCE_END = (".", ";", ":", "!", "?")


def is_capitals(text: str) -> bool:
    """Whether every letter of `text` is a capital, and it has a few."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def join(before: str, after: str) -> str:
    """Text continued on the next line: a sentence broken by a web page's layout goes
    on after a space; a new paragraph or a dash item starts on a line of its own."""
    if not before:
        return after
    if before.endswith(_SENTENCE_END) or after.startswith(("-", "–", "+", "•")):
        return f"{before}\n{after}"
    return f"{before} {after}"


def _base(letter: str) -> str:
    decomposed = unicodedata.normalize("NFD", letter.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("đ", "d")


def tolerant(phrase: str) -> re.Pattern[str]:
    """A pattern for `phrase` that OCR and careless typing cannot lose.

    Each letter matches the same letter with any tone or mark ("Xà" for "XÃ"),
    spaces may be missing ("XàHỘI"), a dash may be dropped or be any dash
    ("Độc lập  Tự do  Hạnh phúc"), in any case.
    """
    parts: list[str] = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s*")
        elif char == "-":
            parts.append(r"[-–—]?")
        else:
            parts.append(_letters(char))
    return re.compile("".join(parts))


def _letters(char: str) -> str:
    """Every NFC letter whose base letter is the base of `char`, as an alternation."""
    wanted = _base(char)
    found = _CLASSES.get(wanted)
    if found is None:
        return re.escape(char)
    return found


def _classes() -> dict[str, str]:
    groups: dict[str, set[str]] = {}
    for code in range(0x41, 0x1EFA):
        letter = chr(code)
        if not letter.isalpha():
            continue
        base = _base(letter)
        if len(base) == 1 and base.isascii():
            groups.setdefault(base, set()).add(letter)
    return {base: "[" + "".join(sorted(letters)) + "]" for base, letters in groups.items()}


_CLASSES = _classes()
