"""`coordreg import` on the shapes texts come in: cut short, glued, broken over lines.

The fixtures of tests/import_texts/ are scored in test_import_texts.py; here the
behaviours the issue names are shown one by one, on the command line and on
small texts written out in the test.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from typer.testing import CliRunner

from coordreg.check.checker import check_paths
from coordreg.cli import app
from coordreg.importer import import_text
from coordreg.loader.yamlload import load_text

TEXTS = Path(__file__).parent / "import_texts"
runner = CliRunner()


def test_a_text_cut_before_its_first_article_is_written_and_checks_with_warnings_only(
    tmp_path: Path,
) -> None:
    out = tmp_path / "regulations"
    result = runner.invoke(
        app, ["import", str(TEXTS / "ttlt-6-ben-2025-cut.txt"), "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    assert (
        "  1 chapter(s) marked `review`: the source has no article, or its articles were read "
        "from numbered lines" in result.stderr
    )
    checked = check_paths([out])
    assert checked.errors == 0
    codes = sorted({finding.code for finding in checked.findings})
    assert codes == ["CR701", "CR703", "CR704"]


def test_a_news_report_is_still_refused(tmp_path: Path) -> None:
    source = tmp_path / "tin.txt"
    source.write_text("Hôm nay hai Bộ ký kết quy chế phối hợp.\n", encoding="utf-8")
    result = runner.invoke(app, ["import", str(source), "--dry-run", "--lang", "en"])
    assert result.exit_code == 1
    assert "found no article ('Điều 1. ...') and no heading of a regulation" in result.output


def _data(text: str, tmp_path: Path) -> dict[str, Any]:
    source = tmp_path / "quy-che.txt"
    source.write_text(text, encoding="utf-8")
    document = load_text(import_text(source).text, "imported.yaml")
    assert isinstance(document.data, dict)
    return document.data


GLUED = """\
BỘ CÔNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BỘ THÔNG TIN VÀ TRUYỀN THÔNG Độc lập - Tự do - Hạnh phúc
Số: 05/QCPH-BCA-BTTTT Hà Nội, ngày 24 tháng 11 năm 2021
QUY CHẾ
Phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
Chương I
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa hai Bộ.
"""


def test_the_national_title_glued_to_a_partys_name_is_cut_off(tmp_path: Path) -> None:
    data = _data(GLUED, tmp_path)
    assert [party["name"] for party in data["parties"]] == [
        "Bộ Công an",
        "Bộ Thông tin và Truyền thông",
    ]
    assert (data["number"], str(data["signed"]), data["place"]) == (
        "05/QCPH-BCA-BTTTT",
        "2021-11-24",
        "Hà Nội",
    )


def test_a_legal_basis_broken_in_the_middle_of_ban_hanh_kem_theo_stays_whole() -> None:
    # "... của" / "Bộ Chính trị ban hành kèm theo Quy chế Giám sát và phản" / "biện xã
    # hội ...": before, the continuation lines were read as the enacting sentence, then
    # lost when the real one came.
    document = load_text(import_text(TEXTS / "dak-lak-ubnd-mttq-2017.txt").text, "x.yaml")
    assert isinstance(document.data, dict)
    assert document.data["legal_bases"][2] == (
        "Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính "
        "trị ban hành kèm theo Quy chế Giám sát và phản biện xã hội của MTTQ Việt Nam và các "
        "đoàn thể chính trị - xã hội; Quy định về việc MTTQ Việt Nam, các đoàn thể chính trị - "
        "xã hội và nhân dân tham gia góp ý xây dựng Đảng, xây dựng Chính quyền;"
    )
    assert document.data["enacting"].startswith("Để tăng cường sự phối hợp công tác đối với")


def test_the_heading_as_written_is_kept_beside_the_names_read_from_it() -> None:
    text = import_text(TEXTS / "bnn-btlbp-2011-ocr.txt").text
    assert (
        "# phần đầu văn bản nguồn (dòng 10) ghi: B NÔNG NGHIỆP VÀ PTNT-BTL B ĐỘI BIÊN PHÒNG\n"
        "\n"
        "parties:\n"
        "  - id: bnn\n"
        "    name: Bộ Nông nghiệp và Phát triển nông thôn\n"
    ) in text
