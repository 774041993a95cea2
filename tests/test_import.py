"""`coordreg import`: a regulation folder from a regulation's text (Word, or text from the web).

The texts are written for these tests, in the forms offices receive: a web copy
with table pipes, Markdown emphasis and broken lines; a four-party provincial
text with decomposed letters, no-break spaces and CRLF; a Word document with the
two-column heading table, built here with python-docx.
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from bundled import regulation_2024
from typer.testing import CliRunner

from coordreg.check.checker import check_paths
from coordreg.cli import app
from coordreg.importer import import_text
from coordreg.loader.yamlload import load_text

HERE = Path(__file__).parent
TEXTS = HERE / "import_texts"
runner = CliRunner()


def data_of(text: str) -> dict[str, Any]:
    doc = load_text(text, "imported.yaml")
    assert doc.ok, doc.findings
    assert isinstance(doc.data, dict)
    return doc.data


def duties_of(data: dict[str, Any]) -> list[tuple[str, str, list[str], object]]:
    return [
        (duty["id"], duty["lead"], duty.get("support", []), duty["schedule"])
        for chapter in data["chapters"]
        for article in chapter["articles"]
        for duty in article.get("duties", [])
    ]


def codes(imported: Any) -> list[str]:
    return [finding.code for finding in imported.check.findings]


def test_web_copy_of_a_two_party_regulation() -> None:
    imported = import_text(TEXTS / "bca-bgddt-web.txt")
    data = data_of(imported.text)
    assert data["id"] == "bca-bgddt-2026"
    assert (data["number"], data["signed"], data["effective"], data["place"]) == (
        "01/QCPH-BCA-BGDĐT",
        "2026-01-10",
        "2026-01-20",  # "sau 10 ngày kể từ ngày ký"
        "Hà Nội",
    )
    assert data["title"] == (
        "Quy chế phối hợp giữa Bộ Công an và Bộ Giáo dục và Đào tạo trong công tác bảo đảm "
        "an ninh, trật tự trường học"
    )
    # A basis broken over two lines by the web page is one basis again.
    assert data["legal_bases"][1] == (
        "Căn cứ Nghị định số 02/2025/NĐ-CP ngày 18 tháng 02 năm 2025 của Chính phủ quy định "
        "chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Công an;"
    )
    assert len(data["legal_bases"]) == 3
    assert data["enacting"].startswith("Bộ Công an và Bộ Giáo dục và Đào tạo (sau đây gọi chung")
    parties = [(p["id"], p["name"], p["symbol"], p.get("signatory")) for p in data["parties"]]
    assert parties == [
        (
            "bca",
            "Bộ Công an",
            "BCA",
            {"name": "Đại tướng Lương Tam Quang", "title": "Bộ trưởng Bộ Công an"},
        ),
        (
            "bgddt",
            "Bộ Giáo dục và Đào tạo",
            "BGDĐT",
            {"name": "Nguyễn Kim Sơn", "title": "Bộ trưởng Bộ Giáo dục và Đào tạo"},
        ),
    ]
    assert data["parties"][0]["units"] == [
        {"id": "bca-ccsqlhcvttxh", "name": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    ]
    assert data["evaluation"] == {
        "rotation": ["bca", "bgddt"],
        "first_year": 2027,
        "review_every": 5,
    }
    assert duties_of(data) == [
        ("d3-1", "bca", ["bgddt"], {"yearly": "12-31"}),
        ("d3-2", "bgddt", ["bca"], {"once": "2026-06-30"}),
        ("d4-1", "bca", [], "continuous"),
        ("d4-2", "bca-ccsqlhcvttxh", ["bgddt"], "continuous"),
        ("d5-1", "bgddt", [], "continuous"),
        ("d5-2", "bgddt", [], {"half_yearly": "06-30"}),
    ]
    first = data["chapters"][1]["articles"][0]["duties"][0]
    assert first["review"] == (
        "dòng 37 của văn bản nguồn: kiểm tra cơ quan chủ trì, phối hợp và thời hạn; "
        "văn bản ghi 'hằng năm' không nêu ngày: tạm lấy ngày 31/12"
    )
    points = data["chapters"][1]["articles"][0]["clauses"][2]["points"]
    assert [p["label"] for p in points] == ["a", "b", "c", "d", "đ", "e"]
    assert data["unplaced"] == [
        {"line": 78, "text": "Nơi nhận:"},
        {"line": 79, "text": "- Như Điều 6;"},
        {"line": 80, "text": "- Lưu: VT."},
    ]
    summary = imported.summary
    assert (summary.chapters, summary.articles, summary.clauses, summary.points) == (3, 6, 9, 6)
    assert (summary.parties, summary.units, summary.duties, summary.to_review) == (2, 1, 6, 9)
    # Clean but for the marks left for a person: six duties to review, three passages.
    assert codes(imported) == ["CR702"] * 6 + ["CR703"] * 3


def test_four_party_provincial_text_with_web_noise() -> None:
    raw = (TEXTS / "ha-tinh-4-ben.txt").read_bytes()
    assert (
        b"\r\n" in raw
        and "\u00a0" in raw.decode()
        and not unicodedata.is_normalized("NFC", raw.decode())
    )
    imported = import_text(TEXTS / "ha-tinh-4-ben.txt")
    data = data_of(imported.text)
    assert [(p["id"], p["name"]) for p in data["parties"]] == [
        ("ubnd", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        ("mttq", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"),
        ("cat", "Công an tỉnh Hà Tĩnh"),
        ("stp", "Sở Tư pháp tỉnh Hà Tĩnh"),
    ]
    assert [p["signatory"]["title"] for p in data["parties"]] == [
        "Chủ tịch",
        "Chủ tịch",
        "Giám đốc",
        "Giám đốc Sở Tư pháp",
    ]
    assert data["title"] == (
        "Quy chế phối hợp trong công tác tuyên truyền, phổ biến pháp luật về an ninh, trật tự "
        "trên địa bàn tỉnh Hà Tĩnh"
    )
    assert data["effective"] == data["signed"] == "2025-03-05"
    # "CHƯƠNG 1" in the text; the format numbers chapters in Roman numerals.
    assert [c["number"] for c in data["chapters"]] == ["I", "II", "III"]
    assert data["chapters"][1]["title"] == "NỘI DUNG VÀ TRÁCH NHIỆM PHỐI HỢP"
    clause = data["chapters"][1]["articles"][0]["clauses"][0]
    assert [p["label"] for p in clause["points"]] == ["a", "b", "c", "d", "đ", "e", "g", "h"]
    assert clause["points"][-1]["text"] == (
        "Các văn bản quy phạm pháp luật mới ban hành về an ninh, trật tự."
    )
    assert data["chapters"][0]["articles"][1]["clauses"][0]["text"] == (
        "Bảo đảm sự lãnh đạo của Tỉnh ủy, sự quản lý thống nhất của Ủy ban nhân dân tỉnh."
    )
    assert duties_of(data) == [
        ("d3-2", "cat", ["stp", "mttq"], {"quarterly": "03-31"}),
        ("d4-1", "stp", [], {"yearly": "12-15"}),
        ("d4-2", "stp", ["cat"], "on_request"),
        ("d5", "mttq", [], {"monthly": 25}),
    ]
    assert "unplaced" not in data
    assert unicodedata.is_normalized("NFC", imported.text)
    # The provincial People's Committee leads nothing in this text: check says so. The
    # signing authority is read from the blocks ("TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"), so
    # CR705 (a People's Committee signed without TM.) no longer fires.
    assert [
        (p["signatory"].get("authority"), p["signatory"].get("on_behalf_of"))
        for p in data["parties"]
    ] == [("TM.", "Ủy ban nhân dân"), ("TM.", "Ban Thường trực"), (None, None), (None, None)]
    assert codes(imported) == ["CR701"] + ["CR702"] * 4


def _docx(path: Path, paragraphs: list[str]) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "BỘ CÔNG AN\nBỘ THÔNG TIN VÀ TRUYỀN THÔNG"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 05/QCPH-BCA-BTTTT"
    table.cell(1, 1).text = "Hà Nội, ngày 24 tháng 11 năm 2021"
    for text in paragraphs:
        document.add_paragraph(text)
    document.save(str(path))


DOCX_BODY = [
    "QUY CHẾ",
    "Phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông",
    "Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;",
    "Bộ Công an và Bộ Thông tin và Truyền thông (sau đây gọi chung là hai Bộ) thống nhất ban hành Quy chế phối hợp.",
    "Chương I",
    "QUY ĐỊNH CHUNG",
    "Điều 1. Phạm vi điều chỉnh",
    "Quy chế này quy định việc phối hợp giữa hai Bộ.",
    "Chương II",
    "NỘI DUNG PHỐI HỢP",
    "Điều 2. Nội dung phối hợp",
    "1. Bộ Công an chủ trì, phối hợp với Bộ Thông tin và Truyền thông trao đổi thông tin về an ninh mạng thường xuyên.",
    "2. Các nội dung khác:",
    *[f"{label}) Nội dung {label};" for label in "abcdđeghikl"],
    "Điều 3. Trách nhiệm của Bộ Thông tin và Truyền thông",
    "1. Cục An toàn thông tin chủ trì giám sát an toàn thông tin, báo cáo Bộ Công an hằng quý.",
    "2. Cung cấp thông tin khi có yêu cầu.",
    "Điều 4. Hiệu lực thi hành",
    "Quy chế này có hiệu lực kể từ ngày 01 tháng 12 năm 2021.",
]


def test_word_document_with_the_two_column_heading(tmp_path: Path) -> None:
    source = tmp_path / "quy-che.docx"
    _docx(source, DOCX_BODY)
    imported = import_text(source)
    data = data_of(imported.text)
    assert (data["id"], data["number"], data["signed"], data["effective"]) == (
        "bca-btttt-2021",
        "05/QCPH-BCA-BTTTT",
        "2021-11-24",
        "2021-12-01",
    )
    assert [p["name"] for p in data["parties"]] == ["Bộ Công an", "Bộ Thông tin và Truyền thông"]
    assert data["title"] == "Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông"
    assert data["legal_bases"] == ["Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;"]
    points = data["chapters"][1]["articles"][0]["clauses"][1]["points"]
    assert [p["label"] for p in points] == list("abcdđeghikl")
    assert duties_of(data) == [
        ("d2-1", "bca", ["btttt"], "continuous"),
        ("d3-1", "btttt-cattt", [], {"quarterly": "03-31"}),
        ("d3-2", "btttt", [], "on_request"),
    ]
    # In a Word document a line is a paragraph, those of the heading table included.
    assert data["chapters"][1]["articles"][0]["duties"][0]["review"].startswith("dòng 18 ")
    assert codes(imported) == ["CR702"] * 3


def test_irregular_numbering_is_imported_as_written_then_flagged_by_check(tmp_path: Path) -> None:
    text = (TEXTS / "bca-bgddt-web.txt").read_text(encoding="utf-8")
    text = text.replace("Điều 4. Trách nhiệm", "Điều 7. Trách nhiệm").replace(
        "c) Bảo đảm trật", "g) Bảo đảm trật"
    )
    source = tmp_path / "irregular.txt"
    source.write_text(text, encoding="utf-8")
    imported = import_text(source)
    found = [(f.code, f.args) for f in imported.check.findings if f.code.startswith("CR4")]
    # One slip, one finding: Điều 7 is reported, not Điều 5 after it.
    assert [code for code, _args in found] == ["CR404", "CR402"]
    data = data_of(imported.text)
    assert [a["number"] for a in data["chapters"][1]["articles"]] == [3, 7, 5]


def _structure(data: dict[str, Any]) -> list[Any]:
    return [
        (
            chapter["number"],
            chapter["title"],
            [
                (
                    article["number"],
                    article["title"],
                    article.get("text"),
                    [
                        (
                            c["number"],
                            c["text"],
                            [(p["label"], p["text"]) for p in c.get("points", [])],
                        )
                        for c in article.get("clauses", [])
                    ],
                    [d["text"] for d in article.get("duties", [])],
                )
                for article in chapter["articles"]
            ],
        )
        for chapter in data["chapters"]
    ]


@pytest.mark.parametrize("regulation", ["bca-btttt-2021", "ha-tinh-antt-2023"])
@pytest.mark.parametrize("suffix", ["md", "docx"])
def test_round_trip_through_coordreg_text(tmp_path: Path, regulation: str, suffix: str) -> None:
    rendered = tmp_path / f"{regulation}.{suffix}"
    # The files as they stood in 2024, without history: their text is the whole file.
    folder = regulation_2024(regulation)
    result = runner.invoke(app, ["text", str(folder), "-o", str(rendered)])
    assert result.exit_code == 0, result.output
    original = data_of((folder / "regulation.yaml").read_text(encoding="utf-8"))
    imported = import_text(rendered, regulation)
    back = data_of(imported.text)
    assert _structure(back) == _structure(original)
    for key in ("number", "title", "signed", "place"):
        assert back[key] == original[key], key
    assert [p["name"] for p in back["parties"]] == [p["name"] for p in original["parties"]]
    assert imported.check.errors == 0


def test_cli_writes_the_folder_and_check_accepts_it(tmp_path: Path) -> None:
    out = tmp_path / "regulations"
    result = runner.invoke(
        app, ["import", str(TEXTS / "bca-bgddt-web.txt"), "-o", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    written = out / "bca-bgddt-2026" / "regulation.yaml"
    assert written.is_file()
    assert "read " in result.output and "6 duties" in result.output
    assert (
        "9 items to review: 6 duties marked `review`, 3 passages kept under `unplaced`"
        in result.output
    )
    assert "  not placed, line 78: Nơi nhận:" in result.output
    checked = check_paths([out])
    assert (checked.errors, checked.warnings) == (0, 9)
    # Never over an existing folder.
    again = runner.invoke(
        app, ["import", str(TEXTS / "bca-bgddt-web.txt"), "-o", str(out), "--lang", "en"]
    )
    assert again.exit_code == 1
    assert "exists already; coordreg import never overwrites" in again.output


def test_cli_dry_run_prints_and_writes_nothing(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["import", str(TEXTS / "ha-tinh-4-ben.txt"), "--dry-run", "-o", str(tmp_path / "r")]
    )
    assert result.exit_code == 0
    assert "id: ubnd-mttq-cat-stp-2025\n" in result.stdout
    assert not (tmp_path / "r").exists()


@pytest.mark.parametrize(
    ("name", "content", "args", "exit_code", "message"),
    [
        ("missing.txt", None, [], 2, "does not exist"),
        ("quy-che.pdf", b"%PDF-1.4", [], 2, "coordreg reads .docx, .txt, .md files"),
        ("fake.docx", b"not a zip", [], 1, "is not a Word document (.docx)"),
        ("empty.txt", b"", [], 1, "found no article"),
        ("news.txt", "Tin tức: hai Bộ ký kết quy chế.".encode(), [], 1, "found no article"),
        ("ok.txt", None, ["--id", "../x"], 2, "is not a valid regulation id"),
    ],
)
def test_cli_refusals(
    tmp_path: Path, name: str, content: bytes | None, args: list[str], exit_code: int, message: str
) -> None:
    source = tmp_path / name
    if name == "ok.txt":
        source.write_bytes((TEXTS / "bca-bgddt-web.txt").read_bytes())
    elif content is not None:
        source.write_bytes(content)
    result = runner.invoke(
        app, ["import", str(source), "-o", str(tmp_path / "out"), "--lang", "en", *args]
    )
    assert result.exit_code == exit_code, result.output
    assert message in result.output
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda file: os.mkfifo(file), "not a regular file (a pipe)"),
        (lambda file: file.symlink_to("/dev/zero"), "not a regular file (a device)"),
        (lambda file: file.symlink_to(file), "Too many levels of symbolic links"),
        (lambda file: file.mkdir(), "is a folder"),
    ],
    ids=["fifo", "dev-zero", "link-loop", "folder"],
)
def test_a_source_that_is_not_a_regular_file_is_refused_unread(
    tmp_path: Path, make: Callable[[Path], object], message: str
) -> None:
    # A FIFO would block the reader for ever, /dev/zero would fill the memory.
    source = tmp_path / "quy-che.txt"
    make(source)
    result = runner.invoke(
        app, ["import", str(source), "-o", str(tmp_path / "out"), "--lang", "en"]
    )
    assert result.exit_code in (1, 2), result.output
    assert message in result.stderr, result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "out").exists()


def test_a_source_over_the_limit_is_refused_unread(tmp_path: Path) -> None:
    source = tmp_path / "quy-che.txt"
    with source.open("wb") as sparse:
        sparse.truncate(64 * 1024**3)  # 64 GiB that take no room on disk
    result = runner.invoke(
        app, ["import", str(source), "-o", str(tmp_path / "out"), "--lang", "en"]
    )
    assert result.exit_code == 1, result.output
    assert result.stderr == (
        f"coordreg: {source} is 68719476736 bytes, over the limit of 20971520 bytes "
        "for a regulation's text\n"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig"])
def test_other_encodings_read_the_same(tmp_path: Path, encoding: str) -> None:
    text = (TEXTS / "bca-bgddt-web.txt").read_text(encoding="utf-8")
    source = tmp_path / "quy-che.txt"
    source.write_bytes(text.encode(encoding))
    expected = data_of(import_text(TEXTS / "bca-bgddt-web.txt").text)
    assert data_of(import_text(source).text) == expected
