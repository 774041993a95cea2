"""`coordreg import` on texts as they come: the targets, fixture by fixture.

tests/import_texts/ holds texts of the shapes offices receive (real openings from
public pages, the rest reconstructed: README.md there), and expected.yaml what a
careful reader takes from each, written by hand. The targets: nothing of a
source is lost, every heading field and every article and clause is right on
every text, and on whole texts at least 80 % of the duties a careful reader
finds are found. A regression that drops any of them fails here.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from import_accounting import lost_words
from import_scoring import DUTY_TARGET, TEXTS, FixtureScore, expectations, score

from coordreg.importer import import_text
from coordreg.importer.names import fold

NAMES = sorted(expectations())
WHOLE = [name for name in NAMES if expectations()[name].get("full")]


@cache
def scored(name: str) -> FixtureScore:
    return score(name, expectations()[name])


def test_the_folder_holds_twelve_texts_or_more_each_expected_and_sourced() -> None:
    on_disk = sorted(path.name for path in TEXTS.glob("*.txt"))
    assert on_disk == NAMES
    assert len(NAMES) >= 12
    readme = (TEXTS / "README.md").read_text(encoding="utf-8")
    assert all(f"`{name}`" in readme for name in NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_nothing_of_the_source_is_lost(name: str) -> None:
    # The words of the source, less the words placed and those kept unplaced: none.
    assert scored(name).lost == {}


@pytest.mark.parametrize("name", NAMES)
def test_every_heading_field_is_right(name: str) -> None:
    wrong = [(c.field, c.found, c.wanted) for c in scored(name).heading if not c.right]
    assert wrong == []


@pytest.mark.parametrize("name", NAMES)
def test_every_chapter_article_clause_and_point_is_found(name: str) -> None:
    wrong = [(c.field, c.found, c.wanted) for c in scored(name).structure if not c.right]
    assert wrong == []


@pytest.mark.parametrize("name", WHOLE)
def test_most_duties_a_careful_reader_finds_are_found(name: str) -> None:
    result = scored(name)
    assert result.duty_share >= DUTY_TARGET, result.missed
    # And nothing is taken for a duty that a careful reader would not count.
    assert result.extra == []


def test_the_duty_scores_of_the_whole_texts() -> None:
    found = {name: (scored(name).duties_found, scored(name).duties_expected) for name in WHOLE}
    assert found == {
        "bca-bgddt-web.txt": (6, 6),
        "bnn-btlbp-2011-ocr.txt": (8, 8),
        # "Cục Thú y và Cục Bảo vệ thực vật thông báo ...": units never named before,
        # with no "chủ trì" or "có trách nhiệm" to tell where their names end.
        "bnn-btlbp-2014-web.txt": (16, 17),
        "dak-lak-ubnd-mttq-2017.txt": (10, 10),
        "dong-nai-qd-35-2014-web.txt": (10, 10),
        "ha-tinh-4-ben.txt": (4, 4),
        "nqlt-cp-mttq-2023.txt": (7, 7),
        "quang-tri-qd-30-2017.txt": (11, 11),
        # "cơ quan Hải quan chuyển hồ sơ ...": the party is named by its branch.
        "tchq-tccs-2007-khong-dieu.txt": (7, 8),
        "ttlt-bca-vks-tand-2018.txt": (7, 7),
        "ttlt-bvhttdl-bca-2016.txt": (8, 8),
    }


@pytest.mark.parametrize("name", NAMES)
def test_check_finds_only_the_texts_own_errors(name: str) -> None:
    assert scored(name).check_errors == expectations()[name].get("check_errors", 0)


@pytest.mark.parametrize("name", NAMES)
def test_every_duty_keeps_its_review_note_and_the_line_it_came_from(name: str) -> None:
    result = scored(name)
    source = (TEXTS / name).read_text(encoding="utf-8-sig").splitlines()
    for chapter in result.data["chapters"]:
        for article in chapter["articles"]:
            for duty in article.get("duties", []):
                note = re.match(r"dòng (\d+) của văn bản nguồn: ", duty["review"])
                assert note is not None, duty
                line = fold(source[int(note.group(1)) - 1])
                first = " ".join(fold(duty["text"]).split()[:3])
                assert first in line, (duty["id"], line)


def test_a_text_without_article_is_imported_with_its_heading_and_a_chapter_to_fill() -> None:
    result = scored("ttlt-6-ben-2025-cut.txt")
    assert result.data["chapters"] == [
        {
            "number": "I",
            "title": "(Văn bản nguồn không có điều nào)",
            "review": (
                "văn bản nguồn không có điều nào (bị cắt trước Điều 1, hoặc chỉ có phần đầu và "
                "căn cứ): chương này chỉ giữ chỗ; thêm các chương, điều từ văn bản đã ký rồi xóa "
                "chương này"
            ),
            "articles": [],
        }
    ]
    # Warnings only: the chapter to fill in (CR704), and parties that lead nothing yet.
    assert result.check_errors == 0
    assert sorted(set(result.check_codes)) == ["CR701", "CR703", "CR704"]


def test_a_joint_duty_is_led_jointly_and_says_it_is_joint() -> None:
    # Issue 16: "hai Bên" is written as a joint lead, no longer as the first party
    # leading with the others supporting; "Mỗi Bên" as an each-party lead.
    data = scored("bnn-btlbp-2014-web.txt").data
    meetings = data["chapters"][2]["articles"][1]["duties"][0]
    assert meetings == {
        "id": "d9-1",
        "text": (
            "Định kỳ 6 tháng một lần, hai Bên tổ chức giao ban để đánh giá kết quả phối hợp và "
            "thống nhất nội dung phối hợp thời gian tiếp theo; luân phiên chủ trì tổ chức"
        ),
        "lead": {"jointly": ["bnn", "btlbp"]},
        "schedule": {"half_yearly": "06-30"},
        "review": (
            "dòng 106 của văn bản nguồn: kiểm tra cơ quan chủ trì, phối hợp và thời hạn; văn bản "
            "ghi '6 tháng' không nêu ngày: tạm lấy ngày cuối mỗi 6 tháng; nhiệm vụ chung ('hai "
            "Bên'): ghi đồng chủ trì (jointly)"
        ),
    }
    patrols = [
        duty
        for chapter in data["chapters"]
        for article in chapter["articles"]
        for duty in article.get("duties", [])
        if duty["text"].startswith("Mỗi Bên chỉ đạo lực lượng")
    ]
    assert [duty["lead"] for duty in patrols] == [{"each": ["bnn", "btlbp"]}]


def test_the_decision_is_kept_apart_and_gives_the_regulation_its_number_and_dates() -> None:
    data = scored("quang-tri-qd-30-2017.txt").data
    assert (data["id"], data["number"], str(data["signed"]), str(data["effective"])) == (
        "30-2017-qd-ubnd",
        "30/2017/QĐ-UBND",
        "2017-11-15",
        "2017-11-25",  # "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 11 năm 2017."
    )
    decision = data["decision"]
    assert decision["reference"] == (
        "(Ban hành kèm theo Quyết định số 30/2017/QĐ-UBND ngày 15 tháng 11 năm 2017 của Ủy ban "
        "nhân dân tỉnh Quảng Trị)"
    )
    assert decision["authority"] == "Ủy ban nhân dân tỉnh"
    assert [article["number"] for article in decision["articles"]] == [1, 2]
    assert decision["articles"][1]["text"].splitlines()[1].startswith("Chánh Văn phòng")
    assert decision["signatory"] == {"name": "Nguyễn Đức Chính", "title": "Chủ tịch"}
    # The decision's articles are none of the regulation's.
    assert data["chapters"][0]["articles"][0]["title"] == "Phạm vi điều chỉnh"


def test_articles_read_from_numbered_lines_are_marked_for_review() -> None:
    data = scored("tchq-tccs-2007-khong-dieu.txt").data
    assert [c["number"] for c in data["chapters"]] == ["I", "II", "III"]
    assert [a["title"] for a in data["chapters"][0]["articles"]] == [
        "Mục đích phối hợp:",
        "Nội dung phối hợp:",
    ]
    assert data["chapters"][0]["review"].startswith("văn bản nguồn không có tiêu đề 'Điều'")
    assert "review" not in data["chapters"][1]


def test_the_accounting_sees_a_line_that_is_lost() -> None:
    # The check of the first test is not empty by construction: drop a legal basis
    # from the written file, and its words are reported lost.
    path = TEXTS / "bnn-btlbp-2014-web.txt"
    text = import_text(path).text
    dropped = re.sub(r"  - >-\n      Căn cứ Thông tư số 44.*?Biên phòng;\n", "", text, flags=re.S)
    assert dropped != text
    # Words the rest of the file also has ("ngày", "số", "Bộ Tư lệnh", and "Bộ đội Biên
    # phòng" of the signing authority "KT. Tư lệnh Bộ đội Biên phòng") are not counted twice.
    assert dict(sorted(lost_words(path, dropped).items())) == {
        **{"2012": 2, "28": 1, "44": 1, "5": 1, "bqp": 1, "chức": 1, "công": 1},
        **{"căn": 1, "của": 2, "cứ": 1, "hạn": 1, "hệ": 1, "mối": 1, "năng": 1},
        **{"quan": 1, "quy": 1, "quyền": 1, "quốc": 1, "thông": 1, "tt": 1, "tác": 1, "định": 1},
    }
