"""The bundled BCA-BTTTT regulation through 2025, and an amendment of 2026 on top of it.

`regulations/bca-btttt-2021/` records the reorganisation of 1 March 2025 as it
happened: Decree 02/2025 and the handover minute moved information security from
Cục An toàn thông tin to Cục A05 (Bộ Công an); Decree 43/2025 moved press,
broadcasting and grassroots information to the Ministry of Culture, Sports and
Tourism; Decree 55/2025 merged the rest of the Ministry of Information and
Communications into the Ministry of Science and Technology. It was written with
`coordreg transfer --act`, one run per body (README, "The bundled regulations").
`tests/bundled-2024/` is the file as it was committed before any of it.

The past stays put: every document about 2022-2024 is byte for byte the same
from either folder. Then an amendment effective 1 July 2026 (an article retitled,
a duty added) is written into a copy, and every document about a day before it
stays as it was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from bundled import BEFORE_2025, ROOT
from dated_folders import docx_text, run, run_bytes

REG = "bca-btttt-2021"

# Documents about 2022-2024 and their days, as a secretariat makes them.
ABOUT_2024 = {
    "plan-2022.md": ("plan", REG, "--year", "2022"),
    "plan-2024.md": ("plan", REG, "--year", "2024"),
    "plan-2024.en.md": ("plan", REG, "--year", "2024", "--lang", "en"),
    "plan-2024.html": ("plan", REG, "--year", "2024", "-f", "html"),
    "plan-2024.json": ("plan", REG, "--year", "2024", "-f", "json"),
    "review-2022-2024.md": ("review", REG, "--end-year", "2024"),
    "review-2022-2024.json": ("review", REG, "--end-year", "2024", "-f", "json"),
    "text-2024-12-31.md": ("text", REG, "--at", "2024-12-31"),
    "text-2025-02-28.md": ("text", REG, "--at", "2025-02-28"),
    "text-2025-02-28.en.html": ("text", REG, "--at", "2025-02-28", "--lang", "en", "-f", "html"),
    "diff-2025-02-28.json": ("diff", REG, "--at", "2022-01-01", "--at", "2025-02-28", "-f", "json"),
    "agenda-2024.json": ("agenda", "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"),
}


def bundled(root: Path, *, before_2025: bool = False) -> Path:
    """`<root>/regulations/`: the bundled regulations, as they are or as they were."""
    source = BEFORE_2025 if before_2025 else ROOT
    shutil.copytree(source / "regulations" / REG, root / "regulations" / REG)
    return root


@pytest.fixture(scope="module")
def roots(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    earlier = bundled(tmp_path_factory.mktemp("before-2025"), before_2025=True)
    later = bundled(tmp_path_factory.mktemp("bundled"))
    return earlier, later


@pytest.mark.parametrize("name", ABOUT_2024)
def test_a_document_about_2022_2024_is_the_same_after_the_2025_reorganisation(
    roots: tuple[Path, Path], name: str
) -> None:
    earlier, later = roots
    assert run(later, *ABOUT_2024[name]) == run(earlier, *ABOUT_2024[name])


def test_the_2024_plan_in_word_reads_the_same(roots: tuple[Path, Path]) -> None:
    earlier, later = roots
    args = ("plan", REG, "--year", "2024")
    assert docx_text(run_bytes(later, *args, output="p.docx")) == docx_text(
        run_bytes(earlier, *args, output="p.docx")
    )


def test_each_year_is_counted_for_the_bodies_that_held_its_duties(
    roots: tuple[Path, Path],
) -> None:
    _earlier, later = roots
    review = json.loads(run(later, "review", REG, "--end-year", "2025", "-f", "json"))
    due = {party["party"]: party["due"] for party in review["parties"]}
    # 2022-2024: 53 duty-years of Bộ Công an and 50 of Bộ TT&TT, as before 2025.
    # 2025, attributed to who held each duty on 31 December (33 duties, by article):
    # - Bộ Công an 21: the 14 of Article 6, the 4 of Article 7 Cục An toàn thông tin
    #   led (canh-bao-su-co-attt, chia-se-ket-qua-giam-sat, dien-tap-attt,
    #   tap-huan-attt), theo-doi-don-doc-bca and giao-ban-van-phong (Article 8),
    #   bao-cao-ket-qua-nam-bca (Article 9);
    # - Bộ Khoa học và Công nghệ 8: lay-y-kien-vbqppl, chuan-hoa-thue-bao,
    #   cung-cap-thong-tin-thue-bao, dang-tai-thong-tin-phoi-hop, kiem-soat-buu-gui
    #   (Article 7), theo-doi-don-doc-btttt, tong-hop-ket-qua-6-thang (Article 8),
    #   bao-cao-ket-qua-nam-btttt (Article 9);
    # - Bộ Văn hóa, Thể thao và Du lịch 4 (Article 7): xu-ly-bao-chi-vi-pham,
    #   dinh-huong-thong-tin-bao-chi, tuyen-truyen-thong-tin-co-so,
    #   ngan-chan-thong-tin-mang-xa-hoi.
    record = (later / "regulations" / REG / "evaluations" / "2025.yaml").read_text("utf-8")
    assert record.count("    status:") == 33
    assert due == {"bca": 53 + 21, "btttt": 50, "bkhcn": 8, "bvhttdl": 4}
    years = {year["year"]: year["due"] for year in review["years"]}
    assert years == {2022: 35, 2023: 34, 2024: 34, 2025: 33}


def test_the_review_lists_the_acts_of_2025(roots: tuple[Path, Path]) -> None:
    _earlier, later = roots
    review = json.loads(run(later, "review", REG, "--end-year", "2025", "-f", "json"))
    listed = [(act["id"], act["effective"]) for act in review["amendments"]]
    assert listed == [
        ("nd-02-2025", "2025-03-01"),
        ("bb-attt-2025", "2025-03-01"),
        ("nd-43-2025", "2025-03-01"),
        ("nd-55-2025", "2025-03-01"),
    ]


def test_the_2025_record_is_hosted_by_the_successor_of_the_merged_ministry(
    tmp_path: Path,
) -> None:
    root = bundled(tmp_path)
    (root / "regulations" / REG / "evaluations" / "2025.yaml").unlink()
    run(root, "evaluate", REG, "--year", "2025")
    written = (root / "regulations" / REG / "evaluations" / "2025.yaml").read_text("utf-8")
    assert "\nhost: bkhcn\n" in written
    # The plan of 2025, made in January, names the host whose turn it was then.
    plan = json.loads(run(root, "plan", REG, "--year", "2025", "-f", "json"))
    assert plan["host"]["id"] == "btttt"


# --- An amendment of 2026 on top of the reorganisation --------------------------------

AMENDMENT = """\
  - id: sd-2026
    kind: amendment
    number: 02/QCPH-BCA-BKHCN-BVHTTDL
    title: Sửa đổi, bổ sung một số điều của Quy chế phối hợp
    signed: 2026-06-15
    effective: 2026-07-01
"""
NEW_DUTY = """\
          - id: bao-ve-du-lieu-ca-nhan
            text: >-
              Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì,
              phối hợp với Cục Viễn thông kiểm tra việc bảo vệ dữ liệu cá nhân của thuê
              bao viễn thông.
            lead: bca-a05
            support: [bkhcn-cvt]
            schedule: {yearly: 11-30}
            added_by: sd-2026
"""


def amend(root: Path) -> None:
    """Record the 2026 amendment by hand, as a secretariat edits the file."""
    file = root / "regulations" / REG / "regulation.yaml"
    text = file.read_text("utf-8")
    text = text.replace("\nparties:\n", AMENDMENT + "\nparties:\n", 1)
    text = text.replace(
        "        title: Trách nhiệm của Bộ Công an\n",
        "        title: Trách nhiệm của Bộ Công an trong công tác phối hợp\n"
        "        before:\n"
        "          - act: sd-2026\n"
        "            title: Trách nhiệm của Bộ Công an\n",
        1,
    )
    text = text.replace("        duties:\n", "        duties:\n" + NEW_DUTY, 1)
    file.write_text(text, "utf-8")


BEFORE_JULY_2026 = {
    "plan-2025.md": ("plan", REG, "--year", "2025"),
    "plan-2025.json": ("plan", REG, "--year", "2025", "-f", "json"),
    "review-2022-2025.md": ("review", REG, "--end-year", "2025"),
    "text-2026-06-30.md": ("text", REG, "--at", "2026-06-30"),
    "agenda-2026-h1.json": ("agenda", "--from", "2026-01-01", "--to", "2026-06-30", "-f", "json"),
}


@pytest.mark.parametrize("name", BEFORE_JULY_2026)
def test_an_amendment_of_july_2026_leaves_the_documents_before_it_as_they_were(
    tmp_path: Path, name: str
) -> None:
    earlier, later = bundled(tmp_path / "a"), bundled(tmp_path / "b")
    amend(later)
    checked = json.loads(run(later, "check", "regulations", "--format", "json"))
    assert [d["code"] for d in checked["diagnostics"]] == ["CR902", "CR304"]
    assert run(later, *BEFORE_JULY_2026[name]) == run(earlier, *BEFORE_JULY_2026[name])


def test_the_amendment_shows_from_its_day(tmp_path: Path) -> None:
    earlier, later = bundled(tmp_path / "a"), bundled(tmp_path / "b")
    amend(later)
    after = run(later, "text", REG, "--at", "2026-07-01")
    assert "Trách nhiệm của Bộ Công an trong công tác phối hợp" in after
    assert "bảo vệ dữ liệu cá nhân" in after
    plan_2026 = json.loads(run(later, "plan", REG, "--year", "2026", "-f", "json"))
    before_2026 = json.loads(run(earlier, "plan", REG, "--year", "2026", "-f", "json"))
    assert len(plan_2026["items"]) == len(before_2026["items"]) + 1
