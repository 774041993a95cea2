"""`coordreg evaluate --xlsx` and `--from-xlsx`: the units' checklists out and back in.

The regulation is tests/time/history.yaml (a handover and a merger on 1 March
2025, an amendment on 1 July 2026), with its records of 2022 to 2025. A unit
fills its sheet with openpyxl, as Excel would save it (openpyxl, like a paste,
goes past the sheet's protection and data validation).
"""

from __future__ import annotations

import json
import sys
import unicodedata
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

sys.path.insert(0, str(Path(__file__).parent / "time"))
from dated_folders import A05, CATTT, RECORDS, VP_BCA, VP_BKHCN, folder, run, runner, working_in

from coordreg.cli import app

REG = "qc-history"
RECORD = Path("regulations") / REG / "evaluations" / "2026.yaml"
HEADER = (
    "STT",
    "Nội dung công việc",
    "Điều",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời hạn",
    "Chuyển tiếp từ năm trước",
    "Tình trạng",
    "Kết quả, ghi chú",
    "Số văn bản",
    "Ngày văn bản",
    "Ngày hoàn thành",
)


def invoke(root: Path, *args: str) -> tuple[int, str, str]:
    with working_in(root):
        result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def skeleton(root: Path, year: int = 2026, *options: str) -> Path:
    run(root, "evaluate", REG, "--year", str(year), "--xlsx", "-o", f"phieu-{year}.xlsx", *options)
    return root / f"phieu-{year}.xlsx"


def fill(source: Path, target: Path, cells: dict[str, dict[str, Any]]) -> Path:
    """What a unit sends back: the skeleton with `cells` ({sheet: {cell: value}}) typed in."""
    book = openpyxl.load_workbook(source)
    for sheet, values in cells.items():
        for cell, value in values.items():
            book[sheet][cell] = value
    book.save(target)
    return target


def values(sheet: Worksheet) -> list[tuple[object, ...]]:
    return [tuple(row) for row in sheet.iter_rows(values_only=True)]


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder(tmp_path, years=(2022, 2023, 2024, 2025))
    return tmp_path


def test_the_checklist_has_a_sheet_per_party_with_the_duties_it_holds(root: Path) -> None:
    assert run(root, "evaluate", REG, "--year", "2026", "--xlsx", "-o", "p.xlsx") == (
        "wrote p.xlsx: 2 sheets, 7 duty rows for 2026\n"
    )
    book = openpyxl.load_workbook(root / "p.xlsx")
    assert book.sheetnames == ["BCA", "BKHCN", "coordreg"]
    bca = values(book["BCA"])
    assert bca[0] == HEADER
    assert [row[1] for row in bca[1:]] == [
        "Giám sát an toàn thông tin mạng.",
        "Tổng kết công tác phối hợp.",
        "Đánh giá tình hình an ninh mạng hằng quý.",
        "Rà soát, sửa đổi quy trình phối hợp.",  # d4, added from 1 July 2026
        "Trao đổi thông tin về thuê bao di động.",  # d5, in force until 30 June 2026
    ]
    assert bca[3] == (
        *(3, "Đánh giá tình hình an ninh mạng hằng quý.", 3, A05, "—"),
        *("Hằng quý (25/3, 25/6, 25/9, 25/12)", "Có (Chưa thực hiện)"),
        *(None,) * 5,
    )
    assert values(book["BKHCN"])[1] == (
        *(1, "Tổng kết công tác phối hợp.", 3, VP_BKHCN, VP_BCA, "15/12/2026", None),
        *(None,) * 5,
    )
    assert values(book["coordreg"]) == [
        ("regulation", REG, None, None),
        ("year", 2026, None, None),
        ("coordreg", "0.1.0", None, None),
        ("format", 1, None, None),
        (None, None, None, None),
        ("sheet", "row", "duty", "fingerprint"),
        ("BCA", 2, "d1", "20bd61e5febafb8a"),
        ("BCA", 3, "d2", "a6b46bf44800b48b"),
        ("BCA", 4, "d3", "7d2b942cca3e1def"),
        ("BCA", 5, "d4", "af079baeb71d0414"),
        ("BCA", 6, "d5", "6b4da7c4349aefd0"),
        ("BKHCN", 2, "d2", "a6b46bf44800b48b"),
        ("BKHCN", 3, "d5", "6b4da7c4349aefd0"),
    ]


def test_the_holders_are_those_of_the_year(root: Path) -> None:
    """2024, before the handover: Cục An toàn thông tin (BTTTT) leads d1, on BTTTT's sheet."""
    book = openpyxl.load_workbook(skeleton(root, 2024))
    assert book.sheetnames == ["BCA", "BTTTT", "coordreg"]
    assert values(book["BTTTT"])[1][:5] == (1, "Giám sát an toàn thông tin mạng.", 3, CATTT, A05)


def test_one_party_or_one_unit(root: Path) -> None:
    book = openpyxl.load_workbook(skeleton(root, 2026, "--party", "bkhcn"))
    assert book.sheetnames == ["BKHCN", "coordreg"]
    book = openpyxl.load_workbook(skeleton(root, 2026, "--unit", "bca-a05"))
    assert book.sheetnames == [A05[:31], "coordreg"]
    assert [row[1] for row in values(book[A05[:31]])[1:]] == [
        "Giám sát an toàn thông tin mạng.",
        "Đánh giá tình hình an ninh mạng hằng quý.",
    ]
    code, _out, err = invoke(
        root, "evaluate", REG, "--year", "2026", "--xlsx", "-o", "x.xlsx", "--party", "btttt"
    )
    assert (code, err) == (2, "coordreg: the regulation has no party 'btttt' in 2026\n")


def test_the_sheet_is_a_form_to_print_and_fill_in(root: Path) -> None:
    book = openpyxl.load_workbook(skeleton(root))
    sheet = book["BCA"]
    assert sheet.freeze_panes == "A2"
    assert sheet.protection.sheet is True
    assert [sheet.cell(2, column).protection.locked for column in range(1, 13)] == [True] * 7 + [
        False
    ] * 5
    assert {(c.font.name, c.font.size) for row in sheet["A1:L6"] for c in row} == {
        ("Times New Roman", 13)
    }
    assert all(sheet.cell(1, column).font.bold for column in range(1, 13))
    assert sheet["B2"].alignment.wrap_text is True
    assert sheet.column_dimensions["B"].width == 46
    assert sheet["K2"].number_format == sheet["L2"].number_format == "dd/mm/yyyy"
    assert (sheet.page_setup.orientation, sheet.page_setup.paperSize) == ("landscape", 9)
    assert sheet.sheet_properties.pageSetUpPr is not None
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert sheet.print_title_rows == "$1:$1"
    first = sheet.firstHeader
    assert first is not None and first.center.text is not None
    assert first.center.text.startswith(
        "PHIẾU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN QUY CHẾ NĂM 2026: Bộ Công an"
    )
    assert first.center.size == 14
    rules = {str(v.sqref): (v.type, v.formula1) for v in sheet.data_validations.dataValidation}
    assert rules == {
        "H2:H6": ("list", '"Hoàn thành,Đang thực hiện,Chưa thực hiện,Không áp dụng"'),
        "K2:K6": ("date", "1"),
        "L2:L6": ("date", "DATE(2026,1,1)"),
    }
    assert book["coordreg"].sheet_state == "hidden"


# What the two parties send back, mistakes and all.
BCA_WITH_MISTAKES: dict[str, Any] = {
    "H2": "Xong",  # not one of the statuses
    "H3": "Chưa thực hiện",  # d2: BKHCN says done
    "H4": "Hoàn thành",
    "L4": "31/12/2025",  # completed the year before
    "H5": "Hoàn thành",
    "K5": "tháng 5",  # not a date
    "B6": "Trao đổi thông tin về thuê bao.",  # the locked text edited
    "H6": "Hoàn thành",
    "I8": "Một dòng thêm vào cuối.",  # a row below the duties
}
BKHCN_WITH_MISTAKES: dict[str, Any] = {
    "H2": "Hoàn thành",
    "I3": "Đã trao đổi 4 lần.",  # a note, but no status
}


def test_every_mistake_is_a_finding_at_its_cell_and_nothing_is_written(root: Path) -> None:
    source = skeleton(root)
    fill(source, root / "bca.xlsx", {"BCA": BCA_WITH_MISTAKES})
    fill(source, root / "bkhcn.xlsx", {"BKHCN": BKHCN_WITH_MISTAKES})
    args = (
        "evaluate",
        REG,
        "--year",
        "2026",
        "--from-xlsx",
        "bca.xlsx",
        "--from-xlsx",
        "bkhcn.xlsx",
    )

    code, out, err = invoke(root, *args, "--write")

    assert code == 1
    assert err.splitlines() == [
        "bca.xlsx!BCA!H2: error CR623: status 'Xong' is not one of the list: "
        "Hoàn thành, Đang thực hiện, Chưa thực hiện, Không áp dụng",
        "bca.xlsx!BCA!L4: error CR625: completion date 2025-12-31 is outside the year 2026 evaluated",
        "bca.xlsx!BCA!K5: error CR624: 'tháng 5' is not a date (write day/month/year, for example "
        "15/3/2026)",
        "bca.xlsx!BCA!B6: error CR626: the text of duty 'd5' was edited in the checklist (the column "
        "is locked); this row's result is not taken",
        "bca.xlsx!BCA!A8: warning CR629: the row holds values but it is not a duty row of the "
        "checklist; it is ignored",
        "bkhcn.xlsx!BKHCN!H3: warning CR629: the row holds values but no status is chosen; it is "
        "ignored",
        "bkhcn.xlsx!BKHCN!H2: error CR628: duty 'd2': the status is 'done' here but 'not_done' at "
        "bca.xlsx!BCA!H3",
        "the record would have 6 warnings (coordreg check lists them)",
        "coordreg: 5 errors in the checklists; nothing was written to the record",
    ]
    assert out.splitlines()[-1] == "1 new, 0 added to, 0 differing, 0 unchanged"
    assert not (root / RECORD).exists()


def test_the_findings_in_vietnamese(root: Path) -> None:
    fill(
        skeleton(root),
        root / "bca.xlsx",
        {"BCA": {"H2": "xong rồi", "H3": "Hoàn thành", "L3": "2027-01-05"}},
    )
    code, _out, err = invoke(
        root, "evaluate", REG, "--year", "2026", "--from-xlsx", "bca.xlsx", "--lang", "vi"
    )
    assert code == 1
    assert err.splitlines()[:2] == [
        "bca.xlsx!BCA!H2: lỗi CR623: tình trạng 'xong rồi' không có trong danh sách: "
        "Hoàn thành, Đang thực hiện, Chưa thực hiện, Không áp dụng",
        "bca.xlsx!BCA!L3: lỗi CR625: ngày hoàn thành 2027-01-05 nằm ngoài năm 2026 được đánh giá",
    ]


BCA_FILLED: dict[str, Any] = {
    "H2": "Hoàn thành",
    "I2": unicodedata.normalize("NFD", "Giám sát liên tục, không gián đoạn."),
    "J2": "125/BC-A05",
    "K2": "20/12/2026",
    "L2": "15/12/2026",
    "H3": "chưa thực hiện",  # any case
    "H4": "DONE",  # the record's own word
    "H5": unicodedata.normalize("NFD", "Hoàn thành"),  # another Unicode form
    "L5": "2026-09-30",
    "H6": "Hoàn thành",
}
BKHCN_FILLED: dict[str, Any] = {
    "H2": "Chưa thực hiện",
    "I2": "Chưa tổ chức được hội nghị tổng kết.",
    "H3": "Hoàn thành",  # d5 again: agrees with BCA
}


def test_the_round_trip(root: Path) -> None:
    source = skeleton(root)
    fill(source, root / "bca.xlsx", {"BCA": BCA_FILLED})
    # Excel saves a date typed in a date cell as a date.
    book = openpyxl.load_workbook(root / "bca.xlsx")
    from datetime import datetime

    book["BCA"]["L2"] = datetime(2026, 12, 15)
    book.save(root / "bca.xlsx")
    fill(source, root / "bkhcn.xlsx", {"BKHCN": BKHCN_FILLED})
    args = (
        "evaluate",
        REG,
        "--year",
        "2026",
        "--from-xlsx",
        "bca.xlsx",
        "--from-xlsx",
        "bkhcn.xlsx",
    )

    dry = run(root, *args)
    assert dry.splitlines() == [
        '+ d1: done, "Giám sát liên tục, không gián đoạn.", 125/BC-A05 2026-12-20, ✓ 2026-12-15 (new)',
        '+ d2: not_done, "Chưa tổ chức được hội nghị tổng kết." (new)',
        "+ d3: done (new)",
        "+ d4: done, ✓ 2026-09-30 (new)",
        "+ d5: done (new)",
        "5 new, 0 added to, 0 differing, 0 unchanged",
        f"dry run: nothing written; --write writes {RECORD}",
    ]
    assert not (root / RECORD).exists()

    assert (
        run(root, *args, "--write").splitlines()[-1]
        == f"wrote {RECORD}: 5 results from 2 checklists"
    )
    text = (root / RECORD).read_text(encoding="utf-8")
    assert text == (
        "# Kết quả đánh giá năm 2026: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông\n"
        "# Ghép từ phiếu đánh giá: bca.xlsx, bkhcn.xlsx (coordreg evaluate --from-xlsx).\n"
        "regulation: qc-history\n"
        "year: 2026\n"
        "host: bca\n"
        "held:  # YYYY-MM-DD\n"
        "results:\n"
        "  # Điều 3\n"
        "  d1:  # Giám sát an toàn thông tin mạng.\n"
        "    status: done\n"
        "    note: Giám sát liên tục, không gián đoạn.\n"
        "    completed: 2026-12-15\n"
        "    evidence:\n"
        "      number: 125/BC-A05\n"
        "      date: 2026-12-20\n"
        "  d2:  # Tổng kết công tác phối hợp.\n"
        "    status: not_done\n"
        "    note: Chưa tổ chức được hội nghị tổng kết.\n"
        "  d3:  # Đánh giá tình hình an ninh mạng hằng quý.\n"
        "    status: done\n"
        "  d4:  # Rà soát, sửa đổi quy trình phối hợp.\n"
        "    status: done\n"
        "    completed: 2026-09-30\n"
        "  d5:  # Trao đổi thông tin về thuê bao di động.\n"
        "    status: done\n"
    )
    assert unicodedata.is_normalized("NFC", text)
    # The regulation's own warning (CR902, the decree signed after it took effect), no more.
    assert run(root, "check", f"regulations/{REG}").endswith(
        "✖ 0 errors, 1 warning in 1 of 6 files.\n"
    )

    # The statuses are those of tests/time/evaluations/2026.yaml: the same review figures.
    review = json.loads(run(root, "review", REG, "--end-year", "2026", "--format", "json"))
    expected_root = root / "expected"
    folder(expected_root)
    expected = json.loads(
        run(expected_root, "review", REG, "--end-year", "2026", "--format", "json")
    )
    assert review["years"][-1] == {**expected["years"][-1], "held": None}
    assert review["total"] == expected["total"]
    assert review["total"] == {
        "due": 21,
        "done": 13,
        "in_progress": 3,
        "not_done": 4,
        "not_applicable": 1,
        "not_evaluated": 0,
        "rate": 0.65,
    }
    assert review["evidence"] == [
        {
            "year": 2026,
            "duty": "d1",
            "status": "done",
            "completed": "2026-12-15",
            "number": "125/BC-A05",
            "date": "2026-12-20",
        },
        {
            "year": 2026,
            "duty": "d4",
            "status": "done",
            "completed": "2026-09-30",
            "number": None,
            "date": None,
        },
    ]


def test_the_review_cites_the_evidence(root: Path) -> None:
    fill(skeleton(root), root / "bca.xlsx", {"BCA": BCA_FILLED})
    run(root, "evaluate", REG, "--year", "2026", "--from-xlsx", "bca.xlsx", "--write")
    report = run(root, "review", REG, "--end-year", "2026", "--lang", "vi")
    assert (
        "- 2026: Giám sát liên tục, không gián đoạn. (văn bản số 125/BC-A05 ngày 20/12/2026) "
        "(Điều 3)\n" in report
    )
    english = run(root, "review", REG, "--end-year", "2026", "--lang", "en", "--format", "html")
    assert "(document 125/BC-A05 of 2026-12-20)" in english


def test_a_result_that_differs_from_the_record_needs_replace(root: Path) -> None:
    (root / RECORD).write_bytes((RECORDS / "2026.yaml").read_bytes())  # d2 not_done, d5 done
    fill(
        skeleton(root),
        root / "bkhcn.xlsx",
        {"BKHCN": {"H2": "Hoàn thành", "H3": "Hoàn thành", "J3": "7/BC-VP"}},
    )
    args = ("evaluate", REG, "--year", "2026", "--from-xlsx", "bkhcn.xlsx")

    assert run(root, *args).splitlines()[:3] == [
        "! d2: not_done → done (differs from the record: needs --replace)",
        "~ d5: done → done, 7/BC-VP (adds to the record)",
        "0 new, 1 added to, 1 differing, 0 unchanged",
    ]
    before = (root / RECORD).read_bytes()
    code, _out, err = invoke(root, *args, "--write")
    assert (code, err) == (
        1,
        "coordreg: 1 results differ from the record (d2); add --replace to replace them\n",
    )
    assert (root / RECORD).read_bytes() == before

    run(root, *args, "--write", "--replace")
    text = (root / RECORD).read_text(encoding="utf-8")
    assert "held: 2027-01-14\n" in text  # kept from the record
    assert "  d2:  # Tổng kết công tác phối hợp.\n    status: done\n" in text
    assert "    status: done\n    evidence:\n      number: 7/BC-VP\n" in text
    assert run(root, *args).splitlines()[:2] == [
        "= d2: done (unchanged)",
        "= d5: done, 7/BC-VP (unchanged)",
    ]


def test_the_skeleton_record_is_filled_in(root: Path) -> None:
    run(root, "evaluate", REG, "--year", "2026")  # statuses "" to fill in
    fill(skeleton(root), root / "bca.xlsx", {"BCA": {"H2": "Hoàn thành"}})
    assert run(
        root, "evaluate", REG, "--year", "2026", "--from-xlsx", "bca.xlsx", "--write"
    ).splitlines()[0] == ("+ d1: done (new)")
    text = (root / RECORD).read_text(encoding="utf-8")
    assert "  d1:  # Giám sát an toàn thông tin mạng.\n    status: done\n" in text
    assert "  # d2: chưa có kết quả (Tổng kết công tác phối hợp.)\n" in text


def test_last_years_checklist_sent_back_for_this_year(root: Path) -> None:
    (root / RECORD).write_bytes((RECORDS / "2026.yaml").read_bytes())
    fill(skeleton(root), root / "old.xlsx", {"BCA": {"H5": "Hoàn thành", "H2": "Hoàn thành"}})
    code, _out, err = invoke(root, "evaluate", REG, "--year", "2027", "--from-xlsx", "old.xlsx")
    assert code == 1
    assert err.splitlines()[:2] == [
        "old.xlsx!coordreg!B2: error CR622: this checklist was made for 2026, not 2027",
        "old.xlsx!BCA!B5: error CR627: duty 'd4' does not belong to 2027 (not due, not carried over)",
    ]


def test_options_that_do_not_go_together(root: Path) -> None:
    base = ("evaluate", REG, "--year", "2026")
    assert invoke(root, *base, "--xlsx")[::2] == (
        2,
        "coordreg: --xlsx needs a file to write: -o phieu.xlsx\n",
    )
    assert invoke(root, *base, "--write")[::2] == (
        2,
        "coordreg: --write and --replace go with --from-xlsx only\n",
    )
    code, _out, err = invoke(
        root, *base, "--xlsx", "-o", "a.xlsx", "--party", "bca", "--unit", "bca-vp"
    )
    assert (code, err) == (2, "coordreg: give --party or --unit, not both\n")
