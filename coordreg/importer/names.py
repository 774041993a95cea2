"""Names written in capitals, in the case a Vietnamese document writes them.

A heading gives its bodies in capitals ("BỘ NÔNG NGHIỆP VÀ PTNT", "CÔNG AN TỈNH
QUẢNG NAM"), often shortened, sometimes damaged by OCR ("B NÔNG NGHIỆP"). The
file keeps names as the text writes them, so the importer first looks for the
name in the text itself; when the text never writes it in ordinary case, the
name is put in ordinary case by the rule of Nghị định 30/2020/NĐ-CP (Phụ lục II):
capitals on the first letter of the words that say what kind of body it is and
of each field it works in ("Bộ Nông nghiệp và Phát triển nông thôn", "Cục An toàn
thông tin"), on proper nouns ("Việt Nam", "Biên phòng") and on place names, taken
from the list of provinces (`places`). Names whose usage departs from the rule
("Bộ Công Thương", "Viện kiểm sát nhân dân") are listed as they are written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from coordreg.importer.places import place_at

# Abbreviations of headings and symbols, expanded before a name is matched or cased.
ABBREVIATIONS: dict[str, str] = {
    "UBND": "ỦY BAN NHÂN DÂN",
    "HĐND": "HỘI ĐỒNG NHÂN DÂN",
    "UBMTTQVN": "ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "UBMTTQ": "ỦY BAN MẶT TRẬN TỔ QUỐC",
    "MTTQVN": "MẶT TRẬN TỔ QUỐC VIỆT NAM",
    "MTTQ": "MẶT TRẬN TỔ QUỐC",
    "NN&PTNT": "NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
    "PTNT": "PHÁT TRIỂN NÔNG THÔN",
    "TT&TT": "THÔNG TIN VÀ TRUYỀN THÔNG",
    "TTTT": "THÔNG TIN VÀ TRUYỀN THÔNG",
    "BTL": "BỘ TƯ LỆNH",
    "BCH": "BỘ CHỈ HUY",
    "BĐBP": "BỘ ĐỘI BIÊN PHÒNG",
    "CHQS": "CHỈ HUY QUÂN SỰ",
    "VKSND": "VIỆN KIỂM SÁT NHÂN DÂN",
    "KSND": "KIỂM SÁT NHÂN DÂN",
    "TAND": "TÒA ÁN NHÂN DÂN",
    "LĐTB&XH": "LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI",
    "VH,TT&DL": "VĂN HÓA, THỂ THAO VÀ DU LỊCH",
    "KH&CN": "KHOA HỌC VÀ CÔNG NGHỆ",
    "KH&ĐT": "KẾ HOẠCH VÀ ĐẦU TƯ",
    "TN&MT": "TÀI NGUYÊN VÀ MÔI TRƯỜNG",
    "GD&ĐT": "GIÁO DỤC VÀ ĐÀO TẠO",
    "GTVT": "GIAO THÔNG VẬN TẢI",
    "VN": "VIỆT NAM",
    "TP": "THÀNH PHỐ",
}

# Names whose usual spelling is not what the general rule gives, as they are written.
_LEXICON = (
    "Bộ Công Thương",
    "Bộ Lao động - Thương binh và Xã hội",
    "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
    "Chính phủ",
    "Quốc hội",
    "Kiểm toán nhà nước",
    "Thông tấn xã Việt Nam",
    "Bảo hiểm xã hội Việt Nam",
    "Đài Tiếng nói Việt Nam",
    "Đài Truyền hình Việt Nam",
    "Tổng Liên đoàn Lao động Việt Nam",
    "Ngân hàng Nhà nước Việt Nam",
    "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "Hội Nông dân Việt Nam",
    "Hội Cựu chiến binh Việt Nam",
)
# Kinds of body whose own words stay in lower case: they open a name, and what
# follows them is a place or "tối cao", not a field.
_KINDS = (
    "Ủy ban nhân dân",
    "Hội đồng nhân dân",
    "Tòa án nhân dân",
    "Viện kiểm sát nhân dân",
    "Công an",
    "Thường trực",
    "Ban Thường trực",
    "Ban Thường vụ",
)
# Words that open a body's name: a capital on their first syllable, and on the
# first syllable of the field after them ("Sở Kế hoạch và Đầu tư").
_OPENERS = (
    "Bộ Tư lệnh",
    "Bộ Chỉ huy",
    "Bộ",
    "Sở",
    "Cục",
    "Tổng cục",
    "Chi cục",
    "Vụ",
    "Ban",
    "Viện",
    "Học viện",
    "Trung tâm",
    "Văn phòng",
    "Thanh tra",
    "Phòng",
    "Hội",
    "Đoàn",
    "Ủy ban",
    "Kho bạc",
    "Ngân hàng",
    "Trường",
    "Đài",
    "Báo",
    "Tạp chí",
    "Nhà xuất bản",
    "Bộ đội",
    "Tòa án",
)
# Openers that start a body's name even in the middle of another ("Đoàn Chủ tịch
# Ủy ban Trung ương ...", "Văn phòng Bộ Công an"); shorter ones ("phòng",
# "hội") are ordinary words there ("phòng, chống").
_NESTED = ("bộ", "sở", "cục", "ủy ban", "tổng cục", "văn phòng", "bộ tư lệnh", "bộ chỉ huy")
# Proper nouns that keep their capitals wherever they stand.
_PROPER = (
    "Việt Nam",
    "Nhà nước",
    "Chính phủ",
    "Quốc hội",
    "Trung ương",
    "Tổ quốc",
    "Mặt trận",
    "Biên phòng",
    "Hồ Chí Minh",
    "Đảng",
    "Tỉnh ủy",
    "Thành ủy",
    "Huyện ủy",
    "Quân ủy",
    "Bộ Chính trị",
    "Ban Bí thư",
)
# Party committees whose name ends with the place: "Tỉnh ủy Quảng Nam".
_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy")
# Words that say a place name follows: "tỉnh Quảng Nam", "thành phố Hà Nội".
_LOCALITIES = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
_PROVINCIAL = ("tỉnh", "thành phố")


_PUNCTUATION = ",.;:()"


def fold(text: str) -> str:
    """NFC, lower case, single spaces: how names are compared."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _phrases(names: Iterable[str]) -> dict[tuple[str, ...], tuple[str, ...]]:
    return {
        tuple(word.strip(_PUNCTUATION) for word in fold(name).split()): tuple(name.split())
        for name in names
    }


_LEXICON_WORDS = _phrases(_LEXICON)
_KIND_WORDS = _phrases(_KINDS)
_OPENER_WORDS = _phrases(_OPENERS)
_PROPER_WORDS = _phrases(_PROPER)
_LOCALITY_WORDS = [tuple(word.split()) for word in _LOCALITIES]


def expand(upper: str) -> str:
    """A heading's name with its abbreviations written out: "UBND TỈNH" → "ỦY BAN NHÂN DÂN TỈNH"."""
    words = []
    for word in upper.split():
        bare = word.strip(_PUNCTUATION)
        full = ABBREVIATIONS.get(bare.upper())
        words.append(word.replace(bare, full) if full and bare else word)
    return " ".join(words)


def _match(
    bare: list[str], start: int, table: Mapping[tuple[str, ...], tuple[str, ...]]
) -> tuple[str, ...] | None:
    for size in range(min(6, len(bare) - start), 0, -1):
        found = table.get(tuple(bare[start : start + size]))
        if found is not None:
            return found
    return None


def _capital(word: str) -> str:
    return word[:1].upper() + word[1:]


def restore_case(upper: str, *, name: bool = True) -> str:
    """Text in capitals in ordinary case, by the rule for names of bodies and places.

    `name`: the text is a body's name, so whatever follows "huyện", "xã", ... is a
    place even when it is not a province; in other text only the provinces of the
    list are recognised as places ("trên địa bàn tỉnh Quảng Trị").
    """
    raw = modern_tones(upper).split()
    bare = [fold(word.strip(_PUNCTUATION)) for word in raw]
    lexicon = _LEXICON_WORDS.get(tuple(bare))
    if lexicon is not None and name:
        return " ".join(lexicon)
    out: list[str] = []
    index = 0
    field_next = False  # the next word opens a field: "Sở [K]ế hoạch và [Đ]ầu tư"
    while index < len(raw):
        if bare[index : index + 2] == ["phòng", "chống"]:  # "và phòng, chống tội phạm"
            out.extend(word.lower() for word in raw[index : index + 2])
            index, field_next = index + 2, False
            continue
        found = _match(bare, index, _LEXICON_WORDS) or _match(bare, index, _PROPER_WORDS)
        if found is not None:
            index = _copy(found, raw, index, out)
            field_next = False
            if " ".join(found) in _COMMITTEES:
                index = _place(raw, bare, index, out, name=name, provincial=True)
            continue
        locality = _locality(bare, index)
        if locality and index > 0:
            out.extend(word.lower() for word in raw[index : index + locality])
            index += locality
            if not raw[index - 1].endswith(","):
                provincial = " ".join(bare[index - locality : index]) in _PROVINCIAL
                index = _place(raw, bare, index, out, name=name, provincial=provincial)
            field_next = False
            continue
        found = _match(bare, index, _KIND_WORDS)
        if found is not None:
            index = _copy(found, raw, index, out)
            field_next = False
            continue
        found = _match(bare, index, _OPENER_WORDS)
        opens = name and (field_next or not out or fold(" ".join(found or ())) in _NESTED)
        if found is not None and opens:
            index = _copy(found, raw, index, out)
            field_next = True
            continue
        lowered = raw[index].lower()
        out.append(_capital(lowered) if field_next or (not out and name) else lowered)
        # In a name, each field after "và", "-" or a comma opens with a capital.
        field_next = name and (bare[index] in ("và", "-") or raw[index].endswith(","))
        index += 1
    return " ".join(out)


_SHORT_FORMS = (
    ("Ủy ban nhân dân", "UBND"),
    ("Hội đồng nhân dân", "HĐND"),
    ("Mặt trận Tổ quốc Việt Nam", "MTTQ Việt Nam"),
    ("Mặt trận Tổ quốc", "MTTQ"),
)


def abbreviated(name: str) -> list[str]:
    """The shortened forms a text uses for a name: "UBND tỉnh" for "Ủy ban nhân dân
    tỉnh", "Ủy ban MTTQ Việt Nam tỉnh" for "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"."""
    forms: list[str] = []
    for full, short in _SHORT_FORMS:
        if full in name:
            forms.append(name.replace(full, short))
    return forms


# Tones on the first vowel of "oa", "oe", "uy" in an open syllable, as the
# government's documents write them: "hóa", "hòa", "thủy" (not "hoá", "hoà", "thuỷ").
_OLD_TONES = {
    "oá": "óa",
    "oà": "òa",
    "oả": "ỏa",
    "oã": "õa",
    "oạ": "ọa",
    "oé": "óe",
    "oè": "òe",
    "oẻ": "ỏe",
    "oẽ": "õe",
    "oẹ": "ọe",
    "uý": "úy",
    "uỳ": "ùy",
    "uỷ": "ủy",
    "uỹ": "ũy",
    "uỵ": "ụy",
}
_OLD_TONE = re.compile(r"(?<![qQ])(" + "|".join(_OLD_TONES) + r")(?!\w)", re.IGNORECASE)


def modern_tones(text: str) -> str:
    """`text` with tone marks placed as in the government's documents ("hóa", "Ủy")."""

    def moved(match: re.Match[str]) -> str:
        old = match.group(1)
        new = _OLD_TONES[old.lower()]
        return "".join(n.upper() if o.isupper() else n for o, n in zip(old, new, strict=True))

    return _OLD_TONE.sub(moved, text)


def _copy(found: tuple[str, ...], raw: list[str], index: int, out: list[str]) -> int:
    """Write a known phrase as it is spelled, keeping the source's punctuation after it."""
    out.extend(written + _trailing(raw[index + j]) for j, written in enumerate(found))
    return index + len(found)


def _locality(bare: list[str], index: int) -> int:
    """How many words of a locality ("tỉnh", "thị xã") start at `index`; 0 for none."""
    if bare[index : index + 2] == ["xã", "hội"]:  # "trật tự xã hội" names no commune
        return 0
    for locality in _LOCALITY_WORDS:
        if tuple(bare[index : index + len(locality)]) == locality:
            return len(locality)
    return 0


def _place(
    raw: list[str], bare: list[str], index: int, out: list[str], *, name: bool, provincial: bool
) -> int:
    """Write the place name at `index`: a province of the list as spelled; in a body's
    name, a district or commune with a capital on each word."""
    if index >= len(raw) or _locality(bare, index):
        return index
    spelled = place_at(bare, index)
    if spelled is not None:
        out.append(spelled[0] + _trailing(raw[index + spelled[1] - 1]))
        return index + spelled[1]
    if name and not provincial:
        while index < len(raw) and bare[index] not in ("và", "các", "với"):
            out.append(_capital(raw[index].lower()))
            index += 1
            if raw[index - 1].endswith(","):
                break
    return index


def _trailing(word: str) -> str:
    """The punctuation a word of the source carries after it ("HÓA," → ",")."""
    stripped = word.rstrip(_PUNCTUATION)
    return word[len(stripped) :]
