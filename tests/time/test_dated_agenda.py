"""`coordreg agenda` over past windows: what was due then, and by whom."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from dated_folders import A05, CATTT, VP_BCA, VP_BKHCN, VP_BTTTT, folder, run


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("agenda")
    folder(root, years=())
    return root


def test_an_agenda_over_2024_shows_the_holders_of_2024(root: Path) -> None:
    assert run(root, "agenda", "--from", "2024-01-01", "--to", "2024-12-31") == (
        "LỊCH CÔNG VIỆC TỪ 01/01/2024 ĐẾN 31/12/2024\n"
        "Số việc: 6; số quy chế: 1.\n"
        "\n"
        "Thứ Tư, 31/01/2024\n"
        "  - [qc-history] Đánh giá kết quả thực hiện Quy chế năm 2023\n"
        "    Chủ trì: Bộ Thông tin và Truyền thông\n"
        "\n"
        "Thứ Hai, 25/3/2024\n"
        "  - [qc-history, Điều 3] Đánh giá tình hình an ninh mạng hằng quý.\n"
        f"    Chủ trì: {CATTT}\n"
        "    Định kỳ: Hằng quý (25/3, 25/6, 25/9, 25/12)\n"
        "\n"
        "Thứ Ba, 25/6/2024\n"
        "  - [qc-history, Điều 3] Đánh giá tình hình an ninh mạng hằng quý.\n"
        f"    Chủ trì: {CATTT}\n"
        "    Định kỳ: Hằng quý (25/3, 25/6, 25/9, 25/12)\n"
        "\n"
        "Thứ Tư, 25/9/2024\n"
        "  - [qc-history, Điều 3] Đánh giá tình hình an ninh mạng hằng quý.\n"
        f"    Chủ trì: {CATTT}\n"
        "    Định kỳ: Hằng quý (25/3, 25/6, 25/9, 25/12)\n"
        "\n"
        "Chủ nhật, 15/12/2024 (ngày nghỉ cuối tuần; chuyển sang Thứ Hai, 16/12/2024)\n"
        "  - [qc-history, Điều 3] Tổng kết công tác phối hợp.\n"
        f"    Chủ trì: {VP_BTTTT}\n"
        f"    Phối hợp: {VP_BCA}\n"
        "    Định kỳ: Hằng năm (15/12)\n"
        "\n"
        "Thứ Tư, 25/12/2024\n"
        "  - [qc-history, Điều 3] Đánh giá tình hình an ninh mạng hằng quý.\n"
        f"    Chủ trì: {CATTT}\n"
        "    Định kỳ: Hằng quý (25/3, 25/6, 25/9, 25/12)\n"
    )


def test_a_window_across_the_handover_changes_holders_on_the_day(root: Path) -> None:
    events = json.loads(
        run(root, "agenda", "--from", "2024-12-01", "--to", "2026-02-01", "-f", "json")
    )
    assert [
        (e["date"], e["kind"], e["duty"], e["lead_name"] or e["host_name"]) for e in events
    ] == [
        ("2024-12-15", "duty", "d2", VP_BTTTT),
        ("2024-12-25", "duty", "d3", CATTT),
        ("2025-01-31", "evaluation", None, "Bộ Công an"),
        ("2025-03-25", "duty", "d3", A05),
        ("2025-06-25", "duty", "d3", A05),
        ("2025-09-25", "duty", "d3", A05),
        ("2025-12-15", "duty", "d2", VP_BKHCN),
        ("2025-12-25", "duty", "d3", A05),
        # Bộ TT&TT's turn for 2025, taken by the ministry it merged into.
        ("2026-01-31", "evaluation", None, "Bộ Khoa học và Công nghệ"),
    ]


def test_the_review_belongs_to_the_parties_in_force_on_its_day(root: Path) -> None:
    text = run(root, "agenda", "--from", "2026-12-31", "--to", "2026-12-31")
    assert text.endswith(
        "Thứ Năm, 31/12/2026\n"
        "  - [qc-history] Sơ kết 5 năm thực hiện Quy chế (giai đoạn 2022 - 2026)\n"
        "    Các bên: Bộ Công an; Bộ Khoa học và Công nghệ\n"
    )
    # The ended ministry has nothing due after its end.
    gone = run(root, "agenda", "--party", "btttt", "--from", "2025-03-01", "--to", "2026-12-31")
    assert gone.splitlines()[2] == "Số việc: 0; số quy chế: 1."


def test_a_party_sees_what_its_units_held_then(root: Path) -> None:
    # 2024: Cục An toàn thông tin (Bộ TT&TT) led d3; A05 (Bộ Công an) only from 2025.
    events = json.loads(
        run(
            root,
            "agenda",
            "--party",
            "bca",
            "--from",
            "2024-01-01",
            "--to",
            "2025-06-30",
            "-f",
            "json",
        )
    )
    assert [(e["date"], e["duty"] or e["kind"]) for e in events] == [
        ("2024-12-15", "d2"),  # Văn phòng Bộ Công an supports
        ("2025-01-31", "evaluation"),  # Bộ Công an hosts 2024's
        ("2025-03-25", "d3"),
        ("2025-06-25", "d3"),
    ]
