"""The word-level redline (`coordreg.versions.redline`): runs of kept, deleted and inserted words.

Texts are compared after Unicode NFC normalisation, so a Vietnamese word typed
with combining marks (NFD) is the same word as the precomposed one, and the
segments carry the letters whole.
"""

from __future__ import annotations

import unicodedata

import pytest

from coordreg.versions.redline import Segment, redline, similarity, words


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def test_words_split_on_any_whitespace_and_are_nfc() -> None:
    assert words("  Bộ  Công\tan\n") == ["Bộ", "Công", "an"]
    assert words(nfd("phối hợp")) == ["phối", "hợp"]
    assert all(unicodedata.is_normalized("NFC", w) for w in words(nfd("Cục An toàn thông tin")))


def test_a_phrase_replaced_in_vietnamese() -> None:
    assert redline(
        "Cục An toàn thông tin phối hợp kiểm tra",
        "Cục An toàn thông tin chủ trì kiểm tra",
    ) == (
        ("equal", "Cục An toàn thông tin"),
        ("delete", "phối hợp"),
        ("insert", "chủ trì"),
        ("equal", "kiểm tra"),
    )


def test_only_a_diacritic_changed_is_a_changed_word() -> None:
    # "ba" (three) and "bà" (grandmother) are different words.
    assert redline("hai ba năm", "hai bà năm") == (
        ("equal", "hai"),
        ("delete", "ba"),
        ("insert", "bà"),
        ("equal", "năm"),
    )


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (nfd("Bộ Thông tin và Truyền thông"), "Bộ Thông tin và Truyền thông"),
        ("Bộ Thông tin và Truyền thông", nfd("Bộ Thông tin và Truyền thông")),
        ("Bộ Thông tin   và\nTruyền thông", "Bộ Thông tin và Truyền thông"),
    ],
)
def test_the_same_words_in_another_form_are_equal(old: str, new: str) -> None:
    assert redline(old, new) == (("equal", "Bộ Thông tin và Truyền thông"),)
    assert similarity(old, new) == 1.0


def test_segments_are_nfc_when_the_input_is_nfd() -> None:
    segments = redline(nfd("Tổng kết công tác phối hợp"), nfd("Sơ kết công tác chủ trì"))
    assert segments == (
        ("delete", "Tổng"),
        ("insert", "Sơ"),
        ("equal", "kết công tác"),
        ("delete", "phối hợp"),
        ("insert", "chủ trì"),
    )
    for _op, text in segments:
        assert unicodedata.is_normalized("NFC", text)


def test_words_added_at_the_end_and_removed_at_the_start() -> None:
    assert redline("Sơ kết, tổng kết", "Sơ kết, tổng kết thực hiện Quy chế") == (
        ("equal", "Sơ kết, tổng kết"),
        ("insert", "thực hiện Quy chế"),
    )
    assert redline("Các Bộ, ngành phối hợp", "phối hợp") == (
        ("delete", "Các Bộ, ngành"),
        ("equal", "phối hợp"),
    )


def test_empty_texts() -> None:
    assert redline("", "") == ()
    assert redline("", "Văn bản mới") == (("insert", "Văn bản mới"),)
    assert redline("Văn bản cũ", "") == (("delete", "Văn bản cũ"),)


def test_the_redline_rebuilds_both_texts() -> None:
    old = "Hằng năm, Bộ Công an chủ trì, phối hợp với Bộ Thông tin và Truyền thông tổng kết"
    new = "Hằng quý, Bộ Công an phối hợp với Bộ Khoa học và Công nghệ sơ kết, tổng kết"
    segments: tuple[Segment, ...] = redline(old, new)
    before = " ".join(text for op, text in segments if op != "insert")
    after = " ".join(text for op, text in segments if op != "delete")
    assert (before, after) == (old, new)


def test_similarity_from_nothing_shared_to_the_same_words() -> None:
    assert similarity("hai Bộ phối hợp", "hai Bộ phối hợp") == 1.0
    assert similarity("hai Bộ phối hợp", "đơn vị khen thưởng") == 0.0
    # two of four words kept in order: 2 * 2 / (4 + 4)
    assert similarity("a b c d", "a b e f") == pytest.approx(0.5)
    assert similarity(nfd("phối hợp chặt chẽ"), "phối hợp chặt chẽ") == 1.0


def test_similarity_is_symmetric_for_the_matching_threshold() -> None:
    pairs = [
        ("Tổng kết công tác phối hợp hằng năm.", "Sơ kết công tác phối hợp hằng quý."),
        ("Trao đổi thông tin", "Trao đổi, cung cấp thông tin kịp thời"),
    ]
    for old, new in pairs:
        assert similarity(old, new) == pytest.approx(similarity(new, old))
