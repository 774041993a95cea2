"""The Markdown documents: golden files, and their structure checked on its own.

Golden files
------------
`tests/golden/<name>.md` holds the exact text of a rendered document. Each
golden test renders the document from the example regulations (read only) and
compares it with its golden file, byte for byte.

When a change to the templates or the wording is intended, regenerate them::

    COORDREG_UPDATE_GOLDEN=1 pytest tests/test_documents_md.py

With `COORDREG_UPDATE_GOLDEN=1` the tests rewrite the golden files instead of
comparing; read the diff (`git diff tests/golden/`) before committing it. A
missing golden file fails the test with a hint to run the switch.

The reviews list the acts the regulation records (`acts`), never git commits:
the bundled regulations record none, so their reports have no amendments
section, wherever the repository stands.

The structure tests below do not depend on the golden text: the sections of
the plan and of the review, the appendix table (one row per task, names and
not ids in its cells, `|` escaped inside a cell).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from pathlib import Path

import pytest
from builders import regulation, write_folder
from bundled import regulation_2024
from golden_files import assert_golden

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.documents.acts import CHANGE_KEYS, Amendment
from coordreg.documents.context import plan_context, review_context
from coordreg.documents.markup.text import render_text
from coordreg.documents.plan import AnnualPlan, build_plan
from coordreg.documents.review import build_review
from coordreg.model import Act, results_in

ROOT = Path(__file__).resolve().parents[1]
TODAY = date(2026, 11, 24)

APPENDIX_HEADER = (
    "| STT | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành "
    "| Sản phẩm |"
)
# A cell boundary: a `|` not escaped by a backslash.
CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


def example(reg_id: str) -> Dossier:
    return load_dossier(regulation_2024(reg_id) / "regulation.yaml")


def plan_md(plan: AnnualPlan, lang: str = "vi") -> str:
    return render_text("plan", plan_context(plan, lang), "md", None)


def review_md(reg_id: str, end_year: int, lang: str = "vi") -> str:
    review = build_review(example(reg_id), end_year, TODAY)
    return render_text("review", review_context(review, lang), "md", None)


def cells(row: str) -> list[str]:
    """The cells of a Markdown table row, stripped, escapes kept."""
    parts = CELL_SEPARATOR.split(row)
    assert parts[0] == "" and parts[-1] == "", row
    return [part.strip() for part in parts[1:-1]]


def appendix_rows(text: str) -> list[list[str]]:
    """The rows of the appendix table, below its header and alignment lines."""
    lines = text.splitlines()
    start = lines.index(APPENDIX_HEADER)
    assert lines[start + 1] == "|---:|---|---|---|---|---|"
    rows: list[list[str]] = []
    for line in lines[start + 2 :]:
        if not line.startswith("|"):
            break
        rows.append(cells(line))
    return rows


def headings(text: str, level: str = "## ") -> list[str]:
    return [line[len(level) :] for line in text.splitlines() if line.startswith(level)]


@pytest.fixture(scope="module")
def bca() -> Dossier:
    return example("bca-btttt-2021")


@pytest.fixture(scope="module")
def plan_2025(bca: Dossier) -> AnnualPlan:
    return build_plan(bca, 2025)


# --- Golden files ----------------------------------------------------------------------------


def test_golden_plan_vi(plan_2025: AnnualPlan) -> None:
    assert_golden("plan-bca-btttt-2021-2025.vi.md", plan_md(plan_2025, "vi"))


def test_golden_plan_en(plan_2025: AnnualPlan) -> None:
    assert_golden("plan-bca-btttt-2021-2025.en.md", plan_md(plan_2025, "en"))


def test_golden_review_bca_btttt() -> None:
    assert_golden("review-bca-btttt-2021-2026.vi.md", review_md("bca-btttt-2021", 2026))


def test_golden_review_ha_tinh() -> None:
    assert_golden("review-ha-tinh-antt-2023-2026.vi.md", review_md("ha-tinh-antt-2023", 2026))


# --- The plan's structure --------------------------------------------------------------------


def test_plan_sections_in_order(plan_2025: AnnualPlan) -> None:
    text = plan_md(plan_2025)
    assert text.splitlines()[4:6] == ["# KẾ HOẠCH", ""]
    assert headings(text) == [
        "I. MỤC ĐÍCH, YÊU CẦU",
        "II. NỘI DUNG",
        "III. TỔ CHỨC THỰC HIỆN",
        "Phụ lục",
    ]
    assert headings(text, "### ") == [
        "1. Mục đích",
        "2. Yêu cầu",
        "1. Trách nhiệm của Bộ Công an (Điều 6)",
        "2. Trách nhiệm của Bộ Thông tin và Truyền thông (Điều 7)",
        "3. Cơ quan thường trực (Điều 8)",
        "4. Đánh giá, sơ kết việc thực hiện Quy chế (Điều 9)",
    ]


def test_plan_heading_follows_decree_30(plan_2025: AnnualPlan) -> None:
    lines = plan_md(plan_2025).splitlines()
    assert lines[0] == (
        "| **BỘ CÔNG AN**<br>**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** "
        "| **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>**Độc lập - Tự do - Hạnh phúc** |"
    )
    assert lines[2] == "| Số: ……/KH-BCA-BTTTT | *Hà Nội, ngày …… tháng …… năm 2025* |"


def test_plan_section_iii_names_the_host_offices_and_deadline(plan_2025: AnnualPlan) -> None:
    text = plan_md(plan_2025)
    assert (
        "1. Bộ Thông tin và Truyền thông chủ trì tổ chức đánh giá kết quả thực hiện Quy chế "
        "năm 2025 và thống nhất kế hoạch phối hợp năm 2026.\n"
        "2. Văn phòng Bộ Công an và Văn phòng Bộ Thông tin và Truyền thông là cơ quan thường "
        "trực, có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả thực hiện Kế hoạch.\n"
        "3. Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về cơ quan "
        "thường trực trước ngày 15/12/2025.\n"
    ) in text


def test_plan_basis_and_intro_are_separate_paragraphs(plan_2025: AnnualPlan) -> None:
    # In Markdown a single line break joins two lines into one paragraph:
    # "...ký ngày 24/11/2021; Hai bên thống nhất ..." would read as one sentence.
    text = plan_md(plan_2025)
    assert "ký ngày 24/11/2021;\n\nHai bên thống nhất ban hành Kế hoạch phối hợp năm 2025" in text


def test_appendix_has_one_row_per_task(plan_2025: AnnualPlan) -> None:
    rows = appendix_rows(plan_md(plan_2025))
    assert len(rows) == len(plan_2025.items) == 33
    assert [row[0] for row in rows] == [str(n) for n in range(1, 34)]
    assert all(len(row) == 6 for row in rows)
    assert "tập trung thực hiện 33 nhiệm vụ sau" in plan_md(plan_2025)


def test_appendix_cells_hold_names_not_ids(bca: Dossier, plan_2025: AnnualPlan) -> None:
    rows = appendix_rows(plan_md(plan_2025))
    ids = set(bca.regulation.bodies())
    for row in rows:
        assert not ids & set(row), row
    assert rows[8] == [
        "9",
        "Cục Kỹ thuật nghiệp vụ chủ trì, phối hợp với Cục Viễn thông, Cục An toàn thông tin "
        "kiểm tra an ninh đối với thiết bị, phần mềm viễn thông, công nghệ thông tin nhập khẩu "
        "sử dụng trong hệ thống thông tin quan trọng.",
        "Cục Kỹ thuật nghiệp vụ (BCA)",
        # Several bodies in a cell: "; " between them, as names hold commas and "và";
        # each unit with its party, as the plan has two.
        "Cục Viễn thông (BTTTT); Cục An toàn thông tin (BTTTT)",
        "6 tháng (30/6, 31/12) (chuyển tiếp từ năm 2024)",
        "Báo cáo kết quả kiểm tra",
    ]
    # A carried-over one-off has no date this year: "during the year".
    assert rows[13][2:] == [
        "Cục Công nghệ thông tin (BCA)",
        "Trung tâm Thông tin (BTTTT)",
        "Trong năm 2025 (chuyển tiếp từ năm 2024)",
        "Biên bản nghiệm thu kết nối",
    ]
    # A duty without a deliverable shows a dash.
    assert rows[9][1].startswith("Cục Cảnh sát quản lý hành chính")
    assert rows[9][5] == "—"


def test_a_pipe_inside_a_cell_is_escaped(tmp_path: Path) -> None:
    chapters = """\
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Trao đổi thông tin
        duties:
          - id: ong-dan
            text: "Rà soát luồng dữ liệu A | B giữa hai hệ thống."
            lead: bca-a05
            support: [btttt-cattt]
            schedule: {yearly: 12-15}
            deliverable: "Báo cáo | phụ lục kỹ thuật"
"""
    folder = write_folder(tmp_path, regulation(chapters))
    plan = build_plan(load_dossier(folder / "regulation.yaml"), 2023)
    text = plan_md(plan)
    assert appendix_rows(text) == [
        [
            "1",
            "Rà soát luồng dữ liệu A \\| B giữa hai hệ thống.",
            "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (BCA)",
            "Cục An toàn thông tin (Bộ Thông tin và Truyền thông)",  # no short name
            "15/12/2023",
            "Báo cáo \\| phụ lục kỹ thuật",
        ]
    ]


def test_plan_without_last_years_record_says_so(bca: Dossier) -> None:
    text = plan_md(build_plan(bca, 2026))
    assert (
        "> Chưa có kết quả đánh giá năm 2025: các nhiệm vụ chưa hoàn thành năm 2025 "
        "sẽ được bổ sung khi có kết quả.\n"
    ) in text
    assert "Chưa có kết quả đánh giá" not in plan_md(build_plan(bca, 2025))


def small_plan_md(tmp_path: Path, text: str, year: int = 2023) -> str:
    folder = write_folder(tmp_path, text)
    return plan_md(build_plan(load_dossier(folder / "regulation.yaml"), year))


def test_a_task_names_its_lead_only_when_its_text_does_not(tmp_path: Path) -> None:
    # The default duties' texts do not name their lead; make one that does.
    text = regulation().replace(
        "text: Báo cáo kết quả giám sát an toàn thông tin.",
        "text: Cục An toàn thông tin chủ trì báo cáo kết quả giám sát an toàn thông tin.",
    )
    lines = small_plan_md(tmp_path, text).splitlines()
    assert (
        "- Trao đổi thông tin về tình hình an ninh mạng. Chủ trì: Cục An ninh mạng và phòng, "
        "chống tội phạm sử dụng công nghệ cao (BCA). Thời hạn: Thường xuyên."
    ) in lines
    assert (
        "- Cục An toàn thông tin chủ trì báo cáo kết quả giám sát an toàn thông tin. "
        "Thời hạn: Hằng quý (25/3, 25/6, 25/9, 25/12)."
    ) in lines
    assert (
        "- Tổng kết công tác phối hợp hằng năm. Chủ trì: Văn phòng Bộ Công an. "
        "Thời hạn: 15/12/2023."
    ) in lines


def test_every_task_of_the_example_names_its_lead_in_its_text(plan_2025: AnnualPlan) -> None:
    text = plan_md(plan_2025)
    assert "Chủ trì:" not in text
    assert (
        "- Cục Kỹ thuật nghiệp vụ chủ trì, phối hợp với Cục Viễn thông, Cục An toàn thông tin "
        "kiểm tra an ninh đối với thiết bị, phần mềm viễn thông, công nghệ thông tin nhập khẩu "
        "sử dụng trong hệ thống thông tin quan trọng. "
        "Thời hạn: 6 tháng (30/6, 31/12) (chuyển tiếp từ năm 2024).\n"
    ) in text
    assert "Due: Quarterly (25 Mar, 25 Jun, 25 Sep, 25 Dec).\n" in plan_md(plan_2025, "en")


def test_the_closing_signs_with_titles_and_leaves_the_names_blank(tmp_path: Path) -> None:
    # bca has a signatory (Bộ trưởng Bộ Công an, Đại tướng Tô Lâm); btttt has none,
    # so its block shows the party's name.
    text = small_plan_md(tmp_path, regulation())
    assert "\n| **BỘ TRƯỞNG BỘ CÔNG AN** |**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** |\n" in text
    assert "\n| <br><br><br> |<br><br><br> |\n" in text
    assert "Tô Lâm" not in text
    assert "ĐẠI DIỆN" not in text


@pytest.mark.parametrize(
    ("change", "number"),
    [
        # No symbol: the ids in capitals, not the short names.
        (("short_name: BCA", "short_name: Bộ CA"), "Số: ……/KH-BCA-BTTTT"),
        (("short_name: BCA", "short_name: BCA\n    symbol: C01"), "Số: ……/KH-C01-BTTTT"),
    ],
)
def test_the_issuer_code_is_the_parties_symbols_or_ids(
    tmp_path: Path, change: tuple[str, str], number: str
) -> None:
    text = regulation().replace(*change)
    assert text != regulation()
    line = small_plan_md(tmp_path, text).splitlines()[2]
    assert line == f"| {number} | *Hà Nội, ngày …… tháng …… năm 2023* |"


def test_the_issuer_code_of_ha_tinh_uses_the_symbols() -> None:
    # Short names "UBND tỉnh", "Công an tỉnh", "Sở TT&TT", "Sở GD&ĐT"; symbols below.
    lines = review_md("ha-tinh-antt-2023", 2026).splitlines()
    assert lines[2] == ("| Số: ……/BC-UBND-CAT-STTTT-SGDĐT | *Hà Tĩnh, ngày …… tháng …… năm 2026* |")


def test_plan_in_english_keeps_the_structure(plan_2025: AnnualPlan) -> None:
    text = plan_md(plan_2025, "en")
    assert headings(text) == [
        "I. PURPOSE AND REQUIREMENTS",
        "II. TASKS",
        "III. IMPLEMENTATION",
        "Appendix",
    ]
    rows = appendix_rows(
        text.replace(
            "| No. | Task | Lead body | Supporting bodies | Deadline | Output |", APPENDIX_HEADER
        )
    )
    assert len(rows) == 33
    assert rows[8][3] == "Cục Viễn thông (BTTTT); Cục An toàn thông tin (BTTTT)"
    assert rows[8][4] == "Half-yearly (30 Jun, 31 Dec) (carried over from 2024)"


# --- The review's structure ------------------------------------------------------------------


def test_review_sections_in_order() -> None:
    text = review_md("bca-btttt-2021", 2026)
    assert headings(text) == [
        "ĐẶC ĐIỂM TÌNH HÌNH",
        "I. KẾT QUẢ ĐẠT ĐƯỢC",
        "II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN",
        "III. BÀI HỌC KINH NGHIỆM",
        "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
    ]
    assert "# BÁO CÁO\n" in text
    assert (
        "**Sơ kết 5 năm thực hiện Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền "
        "thông trong công tác"
    ) in text


def test_review_tables_carry_the_figures() -> None:
    text = review_md("bca-btttt-2021", 2026)
    for row in (
        # Each row adds up: due = done + in progress + not done + not applicable.
        "| 2022 | Bộ Công an | 12/01/2023 | 35 | 31 | 2 | 1 | 1 | 91,2% |",
        "| 2023 | Bộ Thông tin và Truyền thông | 18/01/2024 | 34 | 30 | 3 | 1 | 0 | 88,2% |",
        "| 2024 | Bộ Công an | 16/01/2025 | 34 | 30 | 2 | 1 | 1 | 90,9% |",
        "| 2025 | Bộ Thông tin và Truyền thông | chưa có biên bản | 32 | — | — | — | — | — |",
        "| 2026 | Bộ Công an | chưa có biên bản | 33 | — | — | — | — | — |",
        # The party and article tables count duty-years, and say so.
        "| Bên | Lượt nhiệm vụ | Hoàn thành | Đang thực hiện | Chưa thực hiện | Không áp dụng "
        "| Tỷ lệ |",
        "| Bộ Công an | 53 | 47 | 4 | 2 | 0 | 88,7% |",
        "| Bộ Thông tin và Truyền thông | 50 | 44 | 3 | 1 | 2 | 91,7% |",
        "| Điều | Lượt nhiệm vụ | Hoàn thành | Đang thực hiện | Chưa thực hiện | Không áp dụng "
        "| Tỷ lệ |",
        "| 6. Trách nhiệm của Bộ Công an | 43 | 38 | 3 | 2 | 0 | 88,4% |",
        "| 7. Trách nhiệm của Bộ Thông tin và Truyền thông | 41 | 35 | 3 | 1 | 2 | 89,7% |",
    ):
        assert f"\n{row}\n" in text, row
    # The table by year keeps "Nhiệm vụ": there each duty counts once.
    assert (
        "\n| Năm | Bên chủ trì đánh giá | Ngày tổ chức | Nhiệm vụ | Hoàn thành | Đang thực hiện "
        "| Chưa thực hiện | Không áp dụng | Tỷ lệ |\n"
    ) in text
    assert (
        "Trong giai đoạn 2022 - 2026, 91/101 lượt nhiệm vụ được đánh giá đã hoàn thành "
        "(tỷ lệ 90,1%); 7 lượt đang thực hiện; 3 lượt chưa thực hiện; 2 lượt không áp dụng "
        "(không tính vào tỷ lệ)."
    ) in text
    assert (
        "\n> Chưa có kết quả đánh giá năm 2025, 2026; số liệu chưa có không được tính vào "
        "tỷ lệ chung.\n"
    ) in text


def test_an_interim_review_says_so() -> None:
    text = review_md("bca-btttt-2021", 2024)
    assert "**Sơ kết giữa kỳ thực hiện Quy chế phối hợp" in text
    assert "(giai đoạn 2022 - 2024)**" in text


def test_review_lists_no_not_applicable_duty_among_the_unfinished() -> None:
    text = review_md("bca-btttt-2021", 2026)
    section = text.split("### 3. Nhiệm vụ chưa hoàn thành và nguyên nhân")[1].split("## ")[0]
    assert "kiem-soat-buu-gui" not in section
    assert "xu-ly-bao-chi-vi-pham" not in section
    assert "Trong năm không phát sinh" not in section


def test_review_lists_the_duties_still_unfinished(bca: Dossier) -> None:
    # II.3: each duty whose latest result in the period is not done or in
    # progress, with that result's year, status and note. Duties unfinished in
    # 2022 or 2023 but done later (doi-soat-thue-bao-csdl-dan-cu,
    # quy-trinh-ung-cuu-su-co, tap-huan-attt, ...) are not listed.
    text = review_md("bca-btttt-2021", 2026)
    section = text.split("### 3. Nhiệm vụ chưa hoàn thành và nguyên nhân\n")[1].split("\n*[")[0]
    duties = {duty.id: duty for _path, _article, duty in bca.regulation.duties()}
    notes = bca.evaluations[2024].results
    wanted = [
        ("kiem-tra-an-ninh-thiet-bi", 6, "chưa thực hiện"),
        ("lien-thong-van-ban-dien-tu", 6, "đang thực hiện"),
        ("giao-ban-van-phong", 8, "đang thực hiện"),
    ]
    bullets = [line for line in section.splitlines() if line]
    assert sorted(bullets) == sorted(
        f"- {duties[d].text} (Điều {article}; năm 2024: {status}) *{results_in(notes[d])[0][1].note}*"
        for d, article, status in wanted
    )
    assert "ưu tiên hoàn thành 3 nhiệm vụ còn tồn đọng nêu tại mục II." in text
    english = review_md("bca-btttt-2021", 2026, "en")
    assert f"- {duties['giao-ban-van-phong'].text} (Article 8; 2024: in progress) " in english


def test_review_recipients_name_no_appendix_it_does_not_have() -> None:
    text = review_md("bca-btttt-2021", 2026)
    assert "Phụ lục" not in text
    assert "có tên tại Phụ lục" not in text


def test_review_amendments_section() -> None:
    # Issue 13: the section lists the acts the regulation records, not git commits.
    # A regulation that records no act in effect by the period's end has no section;
    # one that does, its acts of the period or a sentence saying there were none.
    review = build_review(example("bca-btttt-2021"), 2026, TODAY)
    assert "Sửa đổi, bổ sung trong kỳ" not in render_text(
        "review", review_context(review, "vi"), "md", None
    )
    none = dataclasses.replace(review, amendments=())
    text = render_text("review", review_context(none, "vi"), "md", None)
    assert "\n### Sửa đổi, bổ sung trong kỳ\n\nQuy chế không được sửa đổi, bổ sung trong kỳ.\n" in (
        text
    )
    act = Act(
        id="bb-2025",
        kind="handover",
        title="Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng",
        signed=date(2025, 2, 28),
        effective=date(2025, 3, 1),
    )
    changes = dict.fromkeys(CHANGE_KEYS, 0) | {"duties_reassigned": 2, "duties_amended": 1}
    one = dataclasses.replace(review, amendments=(Amendment(act, changes),))
    text = render_text("review", review_context(one, "vi"), "md", None)
    assert (
        "\n- Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng (ký ngày "
        "28/02/2025, có hiệu lực từ ngày 01/3/2025): giao lại 2 nhiệm vụ, sửa đổi 1 nhiệm vụ.\n"
    ) in text
