"""Names in capitals put back in ordinary case, and the lists of provinces behind them."""

from __future__ import annotations

import pytest

from coordreg.importer.names import expand, modern_tones, restore_case
from coordreg.importer.places import BEFORE_2025, PLACES, SINCE_2025, place_at
from coordreg.importer.spelling import covered, proper_name, similarity


def test_the_lists_hold_the_63_provinces_before_2025_and_the_34_since() -> None:
    assert (len(BEFORE_2025), len(set(BEFORE_2025))) == (63, 63)
    assert (len(SINCE_2025), len(set(SINCE_2025))) == (34, 34)
    # Every unit since 2025 kept the name of one it was formed from, but Huế, the city
    # made of the province of Thừa Thiên Huế.
    assert set(SINCE_2025) - set(BEFORE_2025) == {"Huế"}
    assert "Thừa Thiên Huế" in BEFORE_2025


def test_a_place_is_found_whole_and_spelled_as_the_government_spells_it() -> None:
    words = ["tỉnh", "thừa", "thiên", "huế"]
    assert place_at(words, 1) == ("Thừa Thiên Huế", 3)
    assert place_at(["khánh", "hoà"], 0) == ("Khánh Hòa", 2)
    assert PLACES["bà rịa - vũng tàu"] == "Bà Rịa - Vũng Tàu"


@pytest.mark.parametrize(
    ("upper", "written"),
    [
        # The examples, which lower-casing got wrong.
        ("CÔNG AN TỈNH QUẢNG NAM", "Công an tỉnh Quảng Nam"),
        ("BỘ Y TẾ", "Bộ Y tế"),
        ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "Ủy ban nhân dân tỉnh Đắk Lắk"),
        ("SỞ TƯ PHÁP TỈNH HÀ TĨNH", "Sở Tư pháp tỉnh Hà Tĩnh"),
        ("CỤC AN TOÀN THÔNG TIN", "Cục An toàn thông tin"),
        ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", "Bộ Tư lệnh Bộ đội Biên phòng"),
        ("VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO", "Viện kiểm sát nhân dân tối cao"),
        (
            "ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM",
            "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        ),
        ("BỘ VĂN HOÁ, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch"),
        ("BỘ CÔNG THƯƠNG", "Bộ Công Thương"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        (
            "CỤC AN NINH MẠNG VÀ PHÒNG, CHỐNG TỘI PHẠM SỬ DỤNG CÔNG NGHỆ CAO",
            "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        ),
        (
            "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI",
            "Cục Cảnh sát quản lý hành chính về trật tự xã hội",
        ),
        (
            "ỦY BAN NHÂN DÂN HUYỆN CAN LỘC, TỈNH HÀ TĨNH",
            "Ủy ban nhân dân huyện Can Lộc, tỉnh Hà Tĩnh",
        ),
        ("BAN TUYÊN GIÁO TỈNH ỦY QUẢNG NAM", "Ban Tuyên giáo Tỉnh ủy Quảng Nam"),
        ("CÔNG AN THÀNH PHỐ HỒ CHÍ MINH", "Công an thành phố Hồ Chí Minh"),
        ("UỶ BAN NHÂN DÂN TỈNH KHÁNH HOÀ", "Ủy ban nhân dân tỉnh Khánh Hòa"),
        (
            "ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ",
            "Ủy ban nhân dân các huyện, thị xã, thành phố",
        ),
    ],
)
def test_a_body_written_in_capitals_gets_its_capitals_back(upper: str, written: str) -> None:
    assert restore_case(upper) == written


def test_in_a_title_only_places_of_the_list_are_places() -> None:
    # "TỈNH GIAI ĐOẠN 2017-2021": "giai đoạn" is no province.
    assert restore_case("TRÊN ĐỊA BÀN TỈNH QUẢNG TRỊ GIAI ĐOẠN 2017-2021", name=False) == (
        "trên địa bàn tỉnh Quảng Trị giai đoạn 2017-2021"
    )
    assert restore_case("PHÒNG, CHỐNG TỘI PHẠM", name=False) == "phòng, chống tội phạm"


def test_abbreviations_are_written_out_and_old_tone_marks_moved() -> None:
    assert expand("UBND - UBMTTQ TỈNH HÀ GIANG") == (
        "ỦY BAN NHÂN DÂN - ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH HÀ GIANG"
    )
    assert expand("BỘ NÔNG NGHIỆP VÀ PTNT") == "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN"
    assert modern_tones("Văn hoá, Khánh Hoà, thuỷ sản, quý") == "Văn hóa, Khánh Hòa, thủy sản, quý"


def test_letters_lost_by_ocr_do_not_hide_a_name() -> None:
    assert (
        similarity(
            "B NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Bộ Nông nghiệp và Phát triển nông thôn"
        )
        == 1.0
    )
    assert covered("bộ đội biên phòng", "Bộ Tư lệnh Bộ đội Biên phòng") == 1.0
    assert covered("tỉnh đắk lắk", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh") == 1 / 3


def test_the_texts_own_spelling_of_a_name_comes_first() -> None:
    texts = ["Căn cứ Nghị định của Chính phủ quy định cơ cấu tổ chức của Bộ Công an;"]
    assert proper_name("BỘ CÔNG AN", texts) == "Bộ Công an"
    assert proper_name("BỘ QUỐC PHÒNG", texts) is None
