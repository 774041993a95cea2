"""`coordreg import` reads a heading's parent lines into `parent` and a signature block's
"TM." / "KT." / "Q." / "TL." / "TUQ." line into the signatory's `authority`.

Through the command line on the import fixtures (tests/import_texts/), on a small text
written here, and back: the bundled Hà Tĩnh regulation as `coordreg text` writes it,
imported again, gives its parents back; a regulation imported and printed again keeps
its heading and its signature blocks (re-opened with python-docx).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from ruamel.yaml import YAML
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
TEXTS = ROOT / "tests" / "import_texts"

QUANG_BINH = """\
UBND TỈNH QUẢNG BÌNH
SỞ TƯ PHÁP
CÔNG AN TỈNH QUẢNG BÌNH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 01/QCPH-STP-CAT
Quảng Bình, ngày 05 tháng 3 năm 2025

QUY CHẾ
Phối hợp giữa Sở Tư pháp tỉnh Quảng Bình và Công an tỉnh Quảng Bình

Căn cứ Luật Phổ biến, giáo dục pháp luật ngày 20 tháng 6 năm 2012;

Sở Tư pháp tỉnh Quảng Bình và Công an tỉnh Quảng Bình thống nhất ban hành Quy chế phối hợp.

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa Sở Tư pháp tỉnh Quảng Bình và Công an tỉnh Quảng Bình.

Chương II
NỘI DUNG PHỐI HỢP

Điều 2. Nội dung phối hợp
1. Sở Tư pháp chủ trì, phối hợp với Công an tỉnh tổ chức tuyên truyền pháp luật hằng năm.

Điều 3. Hiệu lực thi hành
Quy chế này có hiệu lực kể từ ngày ký./.

Q. GIÁM ĐỐC
Nguyễn Văn A

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Đại tá Trần Văn B
"""


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def parties_of(source: Path, tmp_path: Path) -> list[dict[str, Any]]:
    """The parties `coordreg import --dry-run` prints for `source`."""
    result = invoke("import", str(source), "--dry-run", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    parties: list[dict[str, Any]] = YAML(typ="safe").load(result.stdout)["parties"]
    return parties


def heading_and_signing(parties: list[dict[str, Any]]) -> list[tuple[object, ...]]:
    return [
        (
            p["name"],
            p.get("parent"),
            p["signatory"]["title"],
            p["signatory"].get("authority"),
            p["signatory"].get("on_behalf_of"),
        )
        for p in parties
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "tchq-tccs-2007-khong-dieu.txt",  # "BỘ TÀI CHÍNH - BỘ CÔNG AN" over two Tổng cục
            [
                ("Tổng cục Hải quan", "Bộ Tài chính", "Phó Tổng cục trưởng", "KT.",
                 "Tổng cục trưởng Tổng cục Hải quan"),
                ("Tổng cục Cảnh sát", "Bộ Công an", "Phó Tổng cục trưởng", "KT.",
                 "Tổng cục trưởng Tổng cục Cảnh sát"),
            ],
        ),
        (
            "ha-tinh-4-ben.txt",  # four bodies, four symbols: no parent
            [
                ("Ủy ban nhân dân tỉnh Hà Tĩnh", None, "Chủ tịch", "TM.", "Ủy ban nhân dân"),
                ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh", None, "Chủ tịch", "TM.",
                 "Ban Thường trực"),
                ("Công an tỉnh Hà Tĩnh", None, "Giám đốc", None, None),
                ("Sở Tư pháp tỉnh Hà Tĩnh", None, "Giám đốc Sở Tư pháp", None, None),
            ],
        ),
        (
            "ttlt-bca-vks-tand-2018.txt",  # "| KT. BỘ TRƯỞNG | KT. VIỆN TRƯỞNG | KT. CHÁNH ÁN |"
            [
                ("Bộ Công an", None, "Thứ trưởng", "KT.", "Bộ trưởng"),
                ("Viện kiểm sát nhân dân tối cao", None, "Phó Viện trưởng", "KT.", "Viện trưởng"),
                ("Tòa án nhân dân tối cao", None, "Phó Chánh án", "KT.", "Chánh án"),
            ],
        ),
    ],
)  # fmt: skip
def test_parents_and_authorities_of_the_fixtures(
    text: str, expected: list[tuple[object, ...]], tmp_path: Path
) -> None:
    assert heading_and_signing(parties_of(TEXTS / text, tmp_path)) == expected


def test_a_department_under_its_province_and_an_acting_head(tmp_path: Path) -> None:
    """ "UBND TỈNH QUẢNG BÌNH" over "SỞ TƯ PHÁP": the Sở's parent, and its place; "CÔNG
    AN TỈNH" after it stands alone (another kind of body). "Q. GIÁM ĐỐC" is one line."""
    source = tmp_path / "quang-binh.txt"
    source.write_text(QUANG_BINH, encoding="utf-8")
    assert heading_and_signing(parties_of(source, tmp_path)) == [
        ("Sở Tư pháp tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Bình", "Giám đốc", "Q.",
         "Giám đốc"),
        ("Công an tỉnh Quảng Bình", None, "Phó Giám đốc", "KT.", "Giám đốc"),
    ]  # fmt: skip

    # Written, checked, and printed again: the heading and the blocks as the source had them.
    folder = tmp_path / "regulations"
    assert invoke("import", str(source), "-o", str(folder)).exit_code == 0
    printed = invoke("text", str(folder / "stp-cat-2025"), "-o", str(tmp_path / "qb.docx"))
    assert printed.exit_code == 0, printed.stderr
    document = docx.Document(str(tmp_path / "qb.docx"))
    heading = [p.text for p in document.tables[0].cell(0, 0).paragraphs if p.text]
    assert heading == ["ỦY BAN NHÂN DÂN\nTỈNH QUẢNG BÌNH", "SỞ TƯ PHÁP", "CÔNG AN TỈNH QUẢNG BÌNH"]
    blocks = next(t for t in document.tables if "Q. GIÁM ĐỐC" in t.rows[0].cells[0].text)
    assert [c.text for c in blocks.rows[0].cells] == ["Q. GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]
    assert [c.text for c in blocks.rows[-1].cells] == ["Nguyễn Văn A", "Đại tá Trần Văn B"]


def test_the_bundled_ha_tinh_regulation_round_trips_with_its_parents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    for suffix in ("md", "docx"):
        rendered = tmp_path / f"ha-tinh.{suffix}"
        assert invoke("text", "ha-tinh-antt-2023", "-o", str(rendered)).exit_code == 0
        parties = parties_of(rendered, tmp_path)
        assert [(p["name"], p.get("parent")) for p in parties] == [
            ("Ủy ban nhân dân tỉnh Hà Tĩnh", None),
            ("Công an tỉnh Hà Tĩnh", "Bộ Công an"),
            ("Sở Thông tin và Truyền thông tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
            ("Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        ], suffix
        first = parties[0]["signatory"]
        assert (first["title"], first["authority"], first["on_behalf_of"]) == (
            "Chủ tịch",
            "TM.",
            "Ủy ban nhân dân",
        ), suffix
