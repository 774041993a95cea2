"""`coordreg review`: each year with its own duties, each duty-year to the party that held it.

The figures below are worked out by hand from tests/time/evaluations/ and the
history of tests/time/history.yaml, not taken from coordreg's output.

Who held each duty, on its reference day (the last due date of the year, or for
a continuous duty the last day of the year it was in force):

    year   d1 (continuous)    d2 (15/12)       d3 (quarterly)     d4 (30/9/2026)  d5 (continuous)
    2022-  btttt-cattt:BTTTT  btttt-vp:BTTTT   btttt-cattt:BTTTT  -               bca-vp:BCA
    2024
    2025   bca-a05:BCA        bkhcn-vp:BKHCN   bca-a05:BCA        -               bca-vp:BCA
    2026   bca-a05:BCA        bkhcn-vp:BKHCN   bca-a05:BCA        bca-vp:BCA      bca-vp:BCA (to 30/6)

The records (done / in progress / not done / not applicable):

    2022   d1 done  d2 done         d3 not done  d5 done
    2023   d1 done  d2 in progress  d3 not done  d5 not applicable
    2024   d1 in progress  d2 done  d3 done      d5 done
    2025   d1 done  d2 done         d3 not done  d5 in progress
    2026   d1 done  d2 not done     d3 done      d4 done  d5 done

By party over 2022-2026:

    BCA    d5 x3 (done, n/a, done) + 2025 d1 done, d3 not done, d5 in progress
           + 2026 d1, d3, d4, d5 done: 10 duty-years, 7 done, 1 in progress,
           1 not done, 1 not applicable: 7 of 9 = 77.78%
    BTTTT  d1, d2, d3 in 2022-2024: 9 duty-years; done 2 + 1 + 2 = 5,
           in progress 0 + 1 + 1 = 2, not done 1 + 1 + 0 = 2: 5 of 9 = 55.56%
    BKHCN  d2 in 2025 (done) and 2026 (not done): 2 duty-years, 1 of 2 = 50%

(Attributed to the holders as the file stores them, BTTTT would have none, BCA 16
and BKHCN 5.)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dated_folders import folder, run

Figures = tuple[str, int, int, int, int, int, float | None]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reviews")
    folder(root)
    return root


def review(root: Path, end: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        run(root, "review", "qc-history", "--end-year", str(end), "-f", "json")
    )
    return data


def by_party(data: dict[str, Any]) -> list[Figures]:
    return [
        (
            p["party"],
            p["due"],
            p["done"],
            p["in_progress"],
            p["not_done"],
            p["not_applicable"],
            p["rate"],
        )
        for p in data["parties"]
    ]


def test_the_five_year_review_attributes_each_duty_year_to_its_holder_then(root: Path) -> None:
    data = review(root, 2026)
    assert by_party(data) == [
        ("bca", 10, 7, 1, 1, 1, 0.7778),
        ("btttt", 9, 5, 2, 2, 0, 0.5556),
        ("bkhcn", 2, 1, 0, 1, 0, 0.5),
    ]
    # 21 duty-years: 4 a year, and 5 in 2026 (d4 added, d5 for its half year).
    assert (data["total"]["due"], data["total"]["done"], data["total"]["rate"]) == (21, 13, 0.65)
    assert [(y["year"], y["host"], y["due"], y["done"], y["rate"]) for y in data["years"]] == [
        (2022, "bca", 4, 3, 0.75),
        (2023, "btttt", 4, 1, 0.3333),  # 1 done of 3 that applied
        (2024, "bca", 4, 3, 0.75),
        (2025, "bkhcn", 4, 2, 0.5),
        (2026, "bca", 5, 4, 0.8),
    ]
    assert data["shortcomings"] == [
        {"kind": "not_done_repeatedly", "duty": "d3", "article": 3, "years": [2022, 2023, 2025]}
    ]


def test_the_interim_review_of_2022_2024_knows_nothing_of_2025(root: Path) -> None:
    data = review(root, 2024)
    # BCA: d5 done, not applicable, done: 2 of 2. BTTTT: d1, d2, d3 over three years.
    assert by_party(data) == [
        ("bca", 3, 2, 0, 0, 1, 1.0),
        ("btttt", 9, 5, 2, 2, 0, 0.5556),
    ]
    assert data["amendments"] == []


def test_the_acts_of_the_period_each_with_what_it_changed(root: Path) -> None:
    data = review(root, 2026)
    none = {
        "articles_amended": 0,
        "articles_added": 0,
        "articles_repealed": 0,
        "duties_added": 0,
        "duties_repealed": 0,
        "duties_reassigned": 0,
        "duties_amended": 0,
        "other": 0,
    }
    assert data["amendments"] == [
        {
            "id": "bb-2025",
            "kind": "handover",
            "number": None,
            "title": "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng",
            "signed": "2025-02-28",
            "effective": "2025-03-01",
            # d1 and d3 to A05.
            "changes": none | {"duties_reassigned": 2},
        },
        {
            "id": "nd-55-2025",
            "kind": "reorganisation",
            "number": "55/2025/NĐ-CP",
            "title": "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa "
            "học và Công nghệ",
            "signed": "2025-03-02",
            "effective": "2025-03-01",
            # d2's lead and d5's supporter to the new ministry's office; the rotation.
            "changes": none | {"duties_reassigned": 2, "other": 1},
        },
        {
            "id": "sd-2026",
            "kind": "amendment",
            "number": "02/QĐ-BCA-BKHCN",
            "title": "Sửa đổi, bổ sung một số điều của Quy chế phối hợp",
            "signed": "2026-06-15",
            "effective": "2026-07-01",
            # Article 2 rewritten, d4 added, d5 repealed.
            "changes": none | {"articles_amended": 1, "duties_added": 1, "duties_repealed": 1},
        },
    ]


def test_the_report_in_words(root: Path) -> None:
    text = run(root, "review", "qc-history", "--end-year", "2026")
    # Headed and signed by the parties in force at the end of 2026.
    assert text.startswith(
        "| **BỘ CÔNG AN**<br>**BỘ KHOA HỌC VÀ CÔNG NGHỆ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
    )
    assert "| Số: ……/BC-BCA-BKHCN |" in text
    assert "| **BỘ CÔNG AN** |**BỘ KHOA HỌC VÀ CÔNG NGHỆ** |\n" in text
    # The regulation as it stands at the end of the period: 2 chapters, 3 articles, 4 duties.
    assert (
        "có hiệu lực từ ngày 24/11/2021, gồm 2 chương, 3 điều, quy định 4 nhiệm vụ phối hợp cụ "
        "thể. Hằng năm Bộ Công an và Bộ Khoa học và Công nghệ luân phiên chủ trì"
    ) in text
    assert (
        "### Sửa đổi, bổ sung trong kỳ\n\n"
        "- Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng (ký ngày "
        "28/02/2025, có hiệu lực từ ngày 01/3/2025): giao lại 2 nhiệm vụ.\n"
        "- Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công "
        "nghệ (số 55/2025/NĐ-CP, Chính phủ, ký ngày 02/3/2025, có hiệu lực từ ngày 01/3/2025): "
        "giao lại 2 nhiệm vụ, 1 thay đổi khác.\n"
        "- Sửa đổi, bổ sung một số điều của Quy chế phối hợp (số 02/QĐ-BCA-BKHCN, ký ngày "
        "15/6/2026, có hiệu lực từ ngày 01/7/2026): sửa đổi 1 điều, bổ sung 1 nhiệm vụ, bãi bỏ "
        "1 nhiệm vụ.\n"
    ) in text
    assert (
        "| Bộ Công an | 10 | 7 | 1 | 1 | 1 | 77,8% |\n"
        "| Bộ Thông tin và Truyền thông | 9 | 5 | 2 | 2 | 0 | 55,6% |\n"
        "| Bộ Khoa học và Công nghệ | 2 | 1 | 0 | 1 | 0 | 50,0% |\n"
    ) in text
    assert "| 2025 | Bộ Khoa học và Công nghệ | 16/01/2026 | 4 | 2 | 1 | 1 | 0 | 50,0% |\n" in text
    english = run(root, "review", "qc-history", "--end-year", "2026", "--lang", "en")
    assert (
        "- Sửa đổi, bổ sung một số điều của Quy chế phối hợp (No. 02/QĐ-BCA-BKHCN, signed on "
        "2026-06-15, in effect from 2026-07-01): articles amended: 1, duties added: 1, duties "
        "repealed: 1.\n"
    ) in english


def test_the_interim_report_has_no_amendments_section(root: Path) -> None:
    # No act had taken effect by the end of 2024: as for a file that records none.
    text = run(root, "review", "qc-history", "--end-year", "2024")
    assert "Sửa đổi, bổ sung" not in text
    assert text.startswith(
        "| **BỘ CÔNG AN**<br>**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
    )
