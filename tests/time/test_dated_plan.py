"""`coordreg plan --year Y` and `coordreg evaluate` use the regulation as in force in Y.

The plan is written as of 1 January of its year: its heading, signatures, standing
offices and host are those of that day. A duty that changes hands during the year
is one task per version, each saying the days it covers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from dated_folders import A05, CATTT, VP_BCA, VP_BKHCN, VP_BTTTT, folder, run

# (duty, lead, support, due, from, until) of each task.
Task = tuple[str, str, list[str], list[str], str | None, str | None]


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plans")
    folder(root)
    return root


def plan(root: Path, year: int) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        run(root, "plan", "qc-history", "--year", str(year), "-f", "json")
    )
    return data


def tasks(data: dict[str, Any]) -> list[Task]:
    return [
        (i["duty"], i["lead"], i["support"], i["due"], i.get("from"), i.get("until"))
        for i in data["items"]
    ]


def test_the_2024_plan_has_the_holders_of_2024(root: Path) -> None:
    data = plan(root, 2024)
    assert tasks(data) == [
        ("d1", "btttt-cattt", ["bca-a05"], [], None, None),
        ("d2", "btttt-vp", ["bca-vp"], ["2024-12-15"], None, None),
        (
            "d3",
            "btttt-cattt",
            [],
            ["2024-03-25", "2024-06-25", "2024-09-25", "2024-12-25"],
            None,
            None,
        ),
        ("d5", "bca-vp", ["btttt-vp"], [], None, None),
    ]
    assert data["host"] == {"id": "bca", "name": "Bộ Công an"}
    # The 2023 record left d2 in progress: carried over with its note.
    assert [(i["duty"], i["carried_over"], i["previous_note"]) for i in data["items"]][1] == (
        "d2",
        True,
        "Báo cáo tổng kết đang hoàn thiện.",
    )


def test_the_2025_plan_splits_the_duties_that_changed_hands_on_1_march(root: Path) -> None:
    data = plan(root, 2025)
    assert tasks(data) == [
        # Continuous: Cục An toàn thông tin until the handover, A05 from it.
        ("d1", "btttt-cattt", ["bca-a05"], [], None, "2025-02-28"),
        ("d1", "bca-a05", [], [], "2025-03-01", None),
        # Yearly on 15/12: only its version of December, which has the date.
        ("d2", "bkhcn-vp", ["bca-vp"], ["2025-12-15"], None, None),
        # Quarterly from 25/3: every date falls after the handover.
        ("d3", "bca-a05", [], ["2025-03-25", "2025-06-25", "2025-09-25", "2025-12-25"], None, None),
        # The supporting office merged into the new ministry's.
        ("d5", "bca-vp", ["btttt-vp"], [], None, "2025-02-28"),
        ("d5", "bca-vp", ["bkhcn-vp"], [], "2025-03-01", None),
    ]
    # d1 was in progress at the end of 2024: carried over once, on its first task.
    assert [i["carried_over"] for i in data["items"]] == [True, False, False, False, False, False]
    # Written as of 1 January 2025: it was Bộ TT&TT's turn, and it still existed.
    assert data["host"] == {"id": "btttt", "name": "Bộ Thông tin và Truyền thông"}


def test_the_2025_plan_in_words(root: Path) -> None:
    text = run(root, "plan", "qc-history", "--year", "2025")
    assert (
        f"- Giám sát an toàn thông tin mạng. Chủ trì: {CATTT} (Bộ Thông tin và Truyền thông). "
        "Thời hạn: Thường xuyên, "
        "đến 28/02/2025 (chuyển tiếp từ năm 2024).\n"
        f"- Giám sát an toàn thông tin mạng. Chủ trì: {A05} (Bộ Công an). "
        "Thời hạn: Thường xuyên, "
        "từ 01/3/2025.\n"
    ) in text
    assert (
        f"| 5 | Trao đổi thông tin về thuê bao di động. | {VP_BCA} | {VP_BTTTT} "
        "| Thường xuyên, đến 28/02/2025 | — |\n"
        f"| 6 | Trao đổi thông tin về thuê bao di động. | {VP_BCA} | {VP_BKHCN} "
        "| Thường xuyên, từ 01/3/2025 | — |\n"
    ) in text
    assert text.startswith(
        "| **BỘ CÔNG AN**<br>**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
    )
    assert (
        f"2. {VP_BCA} và {VP_BTTTT} là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, "
    ) in text
    english = run(root, "plan", "qc-history", "--year", "2025", "--lang", "en")
    assert "| Ongoing, until 2025-02-28 (carried over from 2024) |" in english
    assert "| Ongoing, from 2025-03-01 |" in english


def test_the_2026_plan_has_the_amended_duties_and_the_new_ministry(root: Path) -> None:
    data = plan(root, 2026)
    assert tasks(data) == [
        ("d1", "bca-a05", [], [], None, None),
        ("d2", "bkhcn-vp", ["bca-vp"], ["2026-12-15"], None, None),
        ("d3", "bca-a05", [], ["2026-03-25", "2026-06-25", "2026-09-25", "2026-12-25"], None, None),
        # Added by the amendment effective 1 July 2026: its one date says when.
        ("d4", "bca-vp", [], ["2026-09-30"], None, None),
        # Repealed by it: in force, and in the plan, until 30 June.
        ("d5", "bca-vp", ["bkhcn-vp"], [], None, "2026-06-30"),
    ]
    assert data["host"] == {"id": "bca", "name": "Bộ Công an"}
    text = run(root, "plan", "qc-history", "--year", "2026")
    assert text.startswith("| **BỘ CÔNG AN**<br>**BỘ KHOA HỌC VÀ CÔNG NGHỆ** |")
    assert "| Số: ……/KH-BCA-BKHCN |" in text
    assert f"2. {VP_BCA} và {VP_BKHCN} là cơ quan thường trực" in text
    assert "| **BỘ CÔNG AN** |**BỘ KHOA HỌC VÀ CÔNG NGHỆ** |\n" in text
    # The regulation's title still names the ministry that signed it; nothing else does.
    assert text.count("Bộ Thông tin và Truyền thông") == 2  # the title and the legal basis
    assert "- Lãnh đạo Bộ Công an và Bộ Khoa học và Công nghệ (để b/c);\n" in text
    # d5 was in progress at the end of 2025.
    assert (
        f"Chủ trì: {VP_BCA}. Thời hạn: Thường xuyên, đến 30/6/2026 (chuyển tiếp từ năm 2025).\n"
    ) in text


def test_a_turn_that_falls_to_an_ended_party_is_its_successors(tmp_path: Path) -> None:
    # history.yaml amends the rotation with the merger. Without that amendment the
    # rotation still names Bộ TT&TT, which ended on 28 February 2025: its turns
    # from then on are taken by its successor, Bộ KH&CN.
    target = folder(tmp_path, years=())
    text = (target / "regulation.yaml").read_text(encoding="utf-8")
    amended_rotation = (
        "  rotation: [bca, bkhcn]\n  first_year: 2022\n  before:\n"
        "    - act: nd-55-2025\n      rotation: [bca, btttt]\n"
    )
    assert amended_rotation in text
    text = text.replace(amended_rotation, "  rotation: [bca, btttt]\n  first_year: 2022\n")
    (target / "regulation.yaml").write_text(text, encoding="utf-8")
    hosts = {year: plan(tmp_path, year)["host"]["id"] for year in (2024, 2025, 2026, 2027)}
    # 1 January 2025 is before the end: Bộ TT&TT's own turn.
    assert hosts == {2024: "bca", 2025: "btttt", 2026: "bca", 2027: "bkhcn"}


def test_a_duty_repealed_by_the_plan_year_is_not_carried_over(tmp_path: Path) -> None:
    target = folder(tmp_path, years=(2022, 2023, 2024, 2025))
    # d5, repealed from 1 July 2026, was left unfinished in 2026; d2 too.
    (target / "evaluations" / "2026.yaml").write_text(
        "regulation: qc-history\nyear: 2026\nhost: bca\nheld: 2027-01-14\nresults:\n"
        "  d1: {status: done}\n  d2: {status: not_done}\n  d3: {status: done}\n"
        "  d4: {status: in_progress}\n  d5: {status: not_done}\n",
        encoding="utf-8",
    )
    data = plan(tmp_path, 2027)
    assert [(i["duty"], i["carried_over"], i["due"]) for i in data["items"]] == [
        ("d1", False, []),
        ("d2", True, ["2027-12-15"]),
        ("d3", False, ["2027-03-25", "2027-06-25", "2027-09-25", "2027-12-25"]),
        # A one-off duty of 2026, unfinished: carried over into 2027 without a date.
        ("d4", True, []),
    ]


def test_the_evaluation_skeleton_lists_a_split_duty_once(tmp_path: Path) -> None:
    folder(tmp_path, years=(2022, 2023, 2024))
    assert run(tmp_path, "evaluate", "qc-history", "--year", "2025", "--lang", "en") == (
        "wrote regulations/qc-history/evaluations/2025.yaml: 4 duties to evaluate "
        "(1 carried over)\n"
    )
    written = (tmp_path / "regulations" / "qc-history" / "evaluations" / "2025.yaml").read_text(
        encoding="utf-8"
    )
    assert written.splitlines()[3:] == [
        "regulation: qc-history",
        "year: 2025",
        # 2025 was BTTTT's turn; it merged into BKHCN on 1 March, which hosts the
        # evaluation held after the year (the plan of January 2025 still says BTTTT).
        "host: bkhcn",
        "held:  # YYYY-MM-DD",
        "results:",
        "  # Điều 3. Nội dung phối hợp",
        "  d1:  # Giám sát an toàn thông tin mạng. [chuyển tiếp từ 2024]",
        '    status: ""',
        "  d2:  # Tổng kết công tác phối hợp.",
        '    status: ""',
        "  d3:  # Đánh giá tình hình an ninh mạng hằng quý.",
        '    status: ""',
        "  d5:  # Trao đổi thông tin về thuê bao di động.",
        '    status: ""',
    ]
