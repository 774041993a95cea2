"""`coordreg text REG --at DATE`: the text in force on a day (văn bản hợp nhất).

Before any act took effect, the text as signed; after, the text as the acts left
it, with a line under the title naming them. The heading and the signatures stay
those of the regulation as signed: Bộ Công an and Bộ Thông tin và Truyền thông.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from dated_folders import A05, CATTT, VP_BCA, VP_BKHCN, VP_BTTTT, docx_text, folder, run, run_bytes
from typer.testing import CliRunner

import coordreg
from coordreg.cli import app

HEADING = (
    "| **BỘ CÔNG AN**<br>**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"
    "<br>**Độc lập - Tự do - Hạnh phúc** |\n"
    "|:---:|:---:|\n"
    "| Số: 01/QCPH-BCA-BTTTT | *Hà Nội, ngày 24 tháng 11 năm 2021* |\n"
    "\n"
    "# QUY CHẾ\n"
    "\n"
    "**Phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông**\n"
    "\n"
)
SIGNATURES = "| **BỘ CÔNG AN** |**BỘ THÔNG TIN VÀ TRUYỀN THÔNG** |\n"
HANDOVER = (
    "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng (ký ngày 28/02/2025, "
    "có hiệu lực từ ngày 01/3/2025)"
)
DECREE = (
    "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ "
    "(số 55/2025/NĐ-CP, Chính phủ, ký ngày 02/3/2025, có hiệu lực từ ngày 01/3/2025)"
)
AMENDMENT = (
    "Sửa đổi, bổ sung một số điều của Quy chế phối hợp (số 02/QĐ-BCA-BKHCN, ký ngày 15/6/2026, "
    "có hiệu lực từ ngày 01/7/2026)"
)
OLD_ARTICLE_2 = "### Điều 2. Nguyên tắc phối hợp\n\nPhối hợp thường xuyên, kịp thời.\n"
NEW_ARTICLE_2 = (
    "### Điều 2. Nguyên tắc phối hợp và trách nhiệm\n\n"
    "Phối hợp thường xuyên, kịp thời, hiệu quả, đúng quy định.\n"
)
APPENDIX_HEAD = (
    "| STT | Điều | Nội dung công việc | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian thực hiện "
    "| Sản phẩm |\n|---:|---:|---|---|---|---|---|\n"
)


@pytest.fixture(scope="module")
def root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("texts")
    folder(root, years=())
    return root


def text_at(root: Path, day: str, *args: str) -> str:
    return run(root, "text", "qc-history", "--at", day, *args)


def test_before_the_handover_the_text_as_signed(root: Path) -> None:
    text = text_at(root, "2024-06-01")
    assert text.startswith(HEADING + "## Chương I\n")  # no line naming acts
    assert OLD_ARTICLE_2 in text
    assert SIGNATURES in text
    assert text.endswith(
        APPENDIX_HEAD
        + f"| 1 | 3 | Giám sát an toàn thông tin mạng. | {CATTT} (Bộ Thông tin và Truyền thông) | {A05} (Bộ Công an) | Thường xuyên | — |\n"
        f"| 2 | 3 | Tổng kết công tác phối hợp. | {VP_BTTTT} | {VP_BCA} | Hằng năm (15/12) | — |\n"
        f"| 3 | 3 | Đánh giá tình hình an ninh mạng hằng quý. | {CATTT} (Bộ Thông tin và Truyền thông) | — "
        "| Hằng quý (25/3, 25/6, 25/9, 25/12) | — |\n"
        f"| 4 | 3 | Trao đổi thông tin về thuê bao di động. | {VP_BCA} | {VP_BTTTT} "
        "| Thường xuyên | — |\n"
    )


def test_after_the_handover_the_new_holders_and_the_acts_named(root: Path) -> None:
    text = text_at(root, "2025-06-01")
    assert text.startswith(
        HEADING + "*Văn bản hợp nhất đến ngày 01/6/2025: Quy chế số 01/QCPH-BCA-BTTTT ký ngày "
        f"24/11/2021 được sửa đổi, bổ sung bởi: {HANDOVER}; {DECREE}.*\n\n## Chương I\n"
    )
    assert OLD_ARTICLE_2 in text  # the amendment of 2026 is not yet in force
    assert SIGNATURES in text  # signed by the parties that signed it
    assert text.endswith(
        APPENDIX_HEAD
        + f"| 1 | 3 | Giám sát an toàn thông tin mạng. | {A05} (Bộ Công an) | — | Thường xuyên | — |\n"
        f"| 2 | 3 | Tổng kết công tác phối hợp. | {VP_BKHCN} | {VP_BCA} | Hằng năm (15/12) | — |\n"
        f"| 3 | 3 | Đánh giá tình hình an ninh mạng hằng quý. | {A05} (Bộ Công an) | — "
        "| Hằng quý (25/3, 25/6, 25/9, 25/12) | — |\n"
        f"| 4 | 3 | Trao đổi thông tin về thuê bao di động. | {VP_BCA} | {VP_BKHCN} "
        "| Thường xuyên | — |\n"
    )


def test_after_the_amendment_the_new_article_and_duties(root: Path) -> None:
    text = text_at(root, "2026-08-01")
    assert text.startswith(
        HEADING + "*Văn bản hợp nhất đến ngày 01/8/2026: Quy chế số 01/QCPH-BCA-BTTTT ký ngày "
        f"24/11/2021 được sửa đổi, bổ sung bởi: {HANDOVER}; {DECREE}; {AMENDMENT}.*\n\n"
    )
    assert NEW_ARTICLE_2 in text
    assert SIGNATURES in text
    # d4 added, d5 repealed.
    assert text.endswith(
        f"| 3 | 3 | Đánh giá tình hình an ninh mạng hằng quý. | {A05} (Bộ Công an) | — "
        "| Hằng quý (25/3, 25/6, 25/9, 25/12) | — |\n"
        f"| 4 | 3 | Rà soát, sửa đổi quy trình phối hợp. | {VP_BCA} | — | 30/9/2026 | — |\n"
    )
    english = text_at(root, "2026-08-01", "--lang", "en")
    assert (
        "*Consolidated text as at 2026-08-01: the Regulation No. 01/QCPH-BCA-BTTTT signed on "
        "2021-11-24, as amended by: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông "
        "tin mạng (signed on 2025-02-28, in effect from 2025-03-01); "
    ) in english


def test_without_at_the_text_in_force_today(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COORDREG_TODAY", "2025-06-01")
    assert run(root, "text", "qc-history") == text_at(root, "2025-06-01")
    monkeypatch.setenv("COORDREG_TODAY", "2024-06-01")
    assert run(root, "text", "qc-history") == text_at(root, "2024-06-01")


def test_a_malformed_day_is_refused(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    result = CliRunner().invoke(app, ["text", "qc-history", "--at", "1/3/2025", "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: --at takes a date written YYYY-MM-DD, from 1900 to 2200, not '1/3/2025'\n"
    )


def test_the_library_takes_the_day_too(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(root)
    regulation = coordreg.load_regulation("qc-history")
    text = coordreg.render_document(regulation, "md", at=date(2026, 8, 1))
    assert text == text_at(root, "2026-08-01")
    plan = coordreg.plan("qc-history", 2024)
    with pytest.raises(ValueError, match="`at` chooses the day of a regulation's text"):
        coordreg.render_document(plan, "md", at=date(2024, 1, 1))


def test_word_and_html_name_the_acts_too(root: Path) -> None:
    lines = docx_text(run_bytes(root, "text", "qc-history", "--at", "2025-06-01", output="q.docx"))
    assert lines[4:6] == [
        "CR Rule: ",
        "CR Subtitle: Văn bản hợp nhất đến ngày 01/6/2025: Quy chế số 01/QCPH-BCA-BTTTT ký ngày "
        f"24/11/2021 được sửa đổi, bổ sung bởi: {HANDOVER}; {DECREE}.",
    ]
    html = text_at(root, "2025-06-01", "-f", "html")
    assert (
        '<p class="consolidated" style="text-align: center; text-indent: 0; font-style: italic">'
        "Văn bản hợp nhất đến ngày 01/6/2025: "
    ) in html


# --- Repealed parts keep their numbers ---------------------------------------------------

REPEALED_PARTS = """\
  - number: III
    title: TỔ CHỨC THỰC HIỆN
    articles:
      - number: 4
        title: Chế độ báo cáo
        text: Định kỳ hằng quý, hai Bộ trao đổi báo cáo.
        repealed_by: sd-2026
      - number: 5
        title: Hiệu lực thi hành
        clauses:
          - number: 1
            text: Quy chế có hiệu lực từ ngày ký.
          - number: 2
            text: Các đơn vị báo cáo định kỳ.
            repealed_by: sd-2026
          - number: 3
            text: "Trách nhiệm thi hành:"
            points:
              - label: a
                text: Văn phòng hai Bộ theo dõi.
              - label: b
                text: Các cục báo cáo.
                repealed_by: sd-2026
  - number: IV
    title: ĐIỀU KHOẢN CHUYỂN TIẾP
    repealed_by: sd-2026
    articles:
      - number: 6
        title: Chuyển tiếp
        text: Các nhiệm vụ đang thực hiện được tiếp tục.
"""

KEPT = """\
## Chương III

## TỔ CHỨC THỰC HIỆN

### Điều 4. Chế độ báo cáo

Định kỳ hằng quý, hai Bộ trao đổi báo cáo.

### Điều 5. Hiệu lực thi hành

1\\. Quy chế có hiệu lực từ ngày ký.

2\\. Các đơn vị báo cáo định kỳ.

3\\. Trách nhiệm thi hành:

a) Văn phòng hai Bộ theo dõi.

b) Các cục báo cáo.

## Chương IV

## ĐIỀU KHOẢN CHUYỂN TIẾP

### Điều 6. Chuyển tiếp

Các nhiệm vụ đang thực hiện được tiếp tục./.

**Nơi nhận:**
"""

STUBS = """\
## Chương III

## TỔ CHỨC THỰC HIỆN

### Điều 4. (được bãi bỏ)

### Điều 5. Hiệu lực thi hành

1\\. Quy chế có hiệu lực từ ngày ký.

2\\. (được bãi bỏ)

3\\. Trách nhiệm thi hành:

a) Văn phòng hai Bộ theo dõi.

b) (được bãi bỏ)

## Chương IV

## (được bãi bỏ)

**Nơi nhận:**
"""


@pytest.fixture(scope="module")
def with_repeals(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repeals")
    target = folder(root, years=())
    with (target / "regulation.yaml").open("a", encoding="utf-8") as file:
        file.write(REPEALED_PARTS)
    return root


def test_repealed_parts_are_stubs_that_keep_their_numbers(with_repeals: Path) -> None:
    assert KEPT in text_at(with_repeals, "2026-06-30")
    assert STUBS in text_at(with_repeals, "2026-07-01")
    english = text_at(with_repeals, "2026-07-01", "--lang", "en")
    assert "### Article 4. (repealed)\n\n### Article 5. Hiệu lực thi hành\n" in english


def test_repealed_parts_in_word_and_html(with_repeals: Path) -> None:
    lines = docx_text(
        run_bytes(with_repeals, "text", "qc-history", "--at", "2026-07-01", output="q.docx")
    )
    start = lines.index("CR Chapter: Chương III")
    assert lines[start : start + 11] == [
        "CR Chapter: Chương III",
        "CR Chapter Title: TỔ CHỨC THỰC HIỆN",
        "CR Article: Điều 4. (được bãi bỏ)",
        "CR Article: Điều 5. Hiệu lực thi hành",
        "Normal: 1. Quy chế có hiệu lực từ ngày ký.",
        "Normal: 2. (được bãi bỏ)",
        "Normal: 3. Trách nhiệm thi hành:",
        "Normal: a) Văn phòng hai Bộ theo dõi.",
        "Normal: b) (được bãi bỏ)",
        "CR Chapter: Chương IV",
        "CR Chapter Title: (được bãi bỏ)",
    ]
    html = text_at(with_repeals, "2026-07-01", "-f", "html")
    assert '<h3 class="article">Điều 4. (được bãi bỏ)</h3>\n<div class="last-section">' in html
    assert '<p class="clause">2. (được bãi bỏ)</p>' in html
    assert '<p class="point">b) (được bãi bỏ)</p>' in html
