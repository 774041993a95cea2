"""The provinces and centrally-run cities of Viet Nam, as their names are spelled.

A heading writes names in capitals ("CÔNG AN TỈNH QUẢNG NAM"); the file keeps
them in ordinary case ("Công an tỉnh Quảng Nam"), and a place name is the part
that ordinary lower-casing gets wrong. Both lists are here, because a
regulation signed in 2021 names the provinces of 2021:

- `BEFORE_2025`: the 63 provinces and centrally-run cities before the 2025
  reorganisation (58 provinces, 5 cities).
- `SINCE_2025`: the 34 of Nghị quyết 202/2025/QH15 (in force 12/6/2025; the new
  provinces working from 1/7/2025): 28 provinces and 6 cities. Huế has been a
  centrally-run city since 1/1/2025 (Nghị quyết 175/2024/QH15, on the basis of
  the province of Thừa Thiên Huế).

Where the lists come from (stored copies of public pages, read when this list was
made): the 23 merged and 11 unchanged units in
https://znews.vn/hinh-anh-trang-nhat-bao-dang-dia-phuong-ngay-17-sau-sap-nhap-post1565161.html,
the 29 provinces that no longer exist in https://nguongmo.com/85oa, the count of
Nghị quyết 202/2025/QH15 in
https://www.vietnamplus.vn/thong-tin-chi-tiet-ve-34-tinh-thanh-pho-tren-ca-nuoc-tu-ngay-17-post1047526.amp
and the city of Huế in https://amp.cand.com.vn/su-kien-binh-luan-thoi-su/cong-bo-nghi-quyet-cua-quoc-hoi-ve-thanh-lap-tp-hue-truc-thuoc-trung-uong--i754939.

Spelling is the official one, tone marks placed as in the government's
documents ("Hòa", "Khánh Hòa", "Thanh Hóa"); the older placement ("Hoà") is
accepted on reading, and a text that writes a name its own way is followed
(`names.restore_case` prefers the text's spelling).
"""

from __future__ import annotations

import unicodedata

# The 63 provinces and cities before the 2025 reorganisation, north to south.
BEFORE_2025: tuple[str, ...] = (
    # North: mountains and midlands, the Red River delta
    "Hà Giang",
    "Cao Bằng",
    "Bắc Kạn",
    "Tuyên Quang",
    "Lào Cai",
    "Điện Biên",
    "Lai Châu",
    "Sơn La",
    "Yên Bái",
    "Hòa Bình",
    "Thái Nguyên",
    "Lạng Sơn",
    "Quảng Ninh",
    "Bắc Giang",
    "Phú Thọ",
    "Vĩnh Phúc",
    "Bắc Ninh",
    "Hải Dương",
    "Hưng Yên",
    "Thái Bình",
    "Hà Nam",
    "Nam Định",
    "Ninh Bình",
    "Hà Nội",
    "Hải Phòng",
    # North and South Central Coast
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Bình",
    "Quảng Trị",
    "Thừa Thiên Huế",
    "Đà Nẵng",
    "Quảng Nam",
    "Quảng Ngãi",
    "Bình Định",
    "Phú Yên",
    "Khánh Hòa",
    "Ninh Thuận",
    "Bình Thuận",
    # Central Highlands
    "Kon Tum",
    "Gia Lai",
    "Đắk Lắk",
    "Đắk Nông",
    "Lâm Đồng",
    # South East
    "Bình Phước",
    "Tây Ninh",
    "Bình Dương",
    "Đồng Nai",
    "Bà Rịa - Vũng Tàu",
    "Hồ Chí Minh",
    # Mekong Delta
    "Long An",
    "Tiền Giang",
    "Bến Tre",
    "Trà Vinh",
    "Vĩnh Long",
    "Đồng Tháp",
    "An Giang",
    "Kiên Giang",
    "Cần Thơ",
    "Hậu Giang",
    "Sóc Trăng",
    "Bạc Liêu",
    "Cà Mau",
)

# The 34 since 2025: 11 unchanged, then the 23 formed by merging (the name kept
# is that of one of the merged units; what was merged in is in the comment).
SINCE_2025: tuple[str, ...] = (
    "Hà Nội",
    "Huế",
    "Lai Châu",
    "Điện Biên",
    "Sơn La",
    "Lạng Sơn",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Cao Bằng",
    "Tuyên Quang",  # + Hà Giang
    "Lào Cai",  # + Yên Bái
    "Thái Nguyên",  # + Bắc Kạn
    "Phú Thọ",  # + Vĩnh Phúc, Hòa Bình
    "Bắc Ninh",  # + Bắc Giang
    "Hưng Yên",  # + Thái Bình
    "Hải Phòng",  # + Hải Dương
    "Ninh Bình",  # + Hà Nam, Nam Định
    "Quảng Trị",  # + Quảng Bình
    "Đà Nẵng",  # + Quảng Nam
    "Quảng Ngãi",  # + Kon Tum
    "Gia Lai",  # + Bình Định
    "Khánh Hòa",  # + Ninh Thuận
    "Lâm Đồng",  # + Đắk Nông, Bình Thuận
    "Đắk Lắk",  # + Phú Yên
    "Hồ Chí Minh",  # + Bình Dương, Bà Rịa - Vũng Tàu
    "Đồng Nai",  # + Bình Phước
    "Tây Ninh",  # + Long An
    "Cần Thơ",  # + Sóc Trăng, Hậu Giang
    "Vĩnh Long",  # + Bến Tre, Trà Vinh
    "Đồng Tháp",  # + Tiền Giang
    "Cà Mau",  # + Bạc Liêu
    "An Giang",  # + Kiên Giang
)

# Older tone placement ("oà" for "òa") and spellings seen in real texts.
_VARIANTS = {
    "hoà bình": "Hòa Bình",
    "thanh hoá": "Thanh Hóa",
    "khánh hoà": "Khánh Hòa",
    "đăk lăk": "Đắk Lắk",
    "đắc lắc": "Đắk Lắk",
    "đăk nông": "Đắk Nông",
    "bắc cạn": "Bắc Kạn",
    "bà rịa-vũng tàu": "Bà Rịa - Vũng Tàu",
    "bà rịa – vũng tàu": "Bà Rịa - Vũng Tàu",
    "thừa thiên-huế": "Thừa Thiên Huế",
    "thừa thiên - huế": "Thừa Thiên Huế",
}


def _key(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).lower().split())


PLACES: dict[str, str] = {
    **{_key(name): name for name in (*BEFORE_2025, *SINCE_2025)},
    **_VARIANTS,
}
# The longest place name, in words: how far ahead `place_at` needs to look.
LONGEST = max(len(key.split()) for key in PLACES)


def place_at(words: list[str], start: int) -> tuple[str, int] | None:
    """The place name that starts at `words[start]`, as spelled, and how many words it takes.

    The longest name wins ("Thừa Thiên Huế", not "Huế"). Words are compared
    without regard to case.
    """
    for size in range(min(LONGEST, len(words) - start), 0, -1):
        found = PLACES.get(_key(" ".join(words[start : start + size])))
        if found is not None:
            return found, size
    return None
