"""The sentences of the findings about a returned checklist workbook (CR620-CR629).

`coordreg evaluate --from-xlsx` reads the units' workbooks and checks every cell
again (Excel's data validation is advisory); each finding is placed at a cell,
`phieu.xlsx!Sheet!H12`. Part of `coordreg.catalogue.findings.MESSAGES`.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

WORKBOOK_MESSAGES: dict[str, Text] = {
    "CR620": Text(
        vi="bảng tính chứa {what}; coordreg bỏ qua, không chạy và không theo",
        en="the workbook holds {what}; coordreg ignores it, never runs or follows it",
    ),
    "CR621": Text(
        vi="đây không phải phiếu đánh giá coordreg của quy chế '{regulation}': {reason}",
        en="this is not a coordreg checklist of regulation '{regulation}': {reason}",
    ),
    "CR622": Text(
        vi="phiếu đánh giá này lập cho năm {found}, không phải năm {year}",
        en="this checklist was made for {found}, not {year}",
    ),
    "CR623": Text(
        vi="tình trạng '{value}' không có trong danh sách: {choices}",
        en="status '{value}' is not one of the list: {choices}",
    ),
    "CR624": Text(
        vi="'{value}' không phải là ngày (ghi dạng ngày/tháng/năm, ví dụ 15/3/{year})",
        en="'{value}' is not a date (write day/month/year, for example 15/3/{year})",
    ),
    "CR625": Text(
        vi="ngày hoàn thành {day} nằm ngoài năm {year} được đánh giá",
        en="completion date {day} is outside the year {year} evaluated",
    ),
    "CR626": Text(
        vi="nội dung nhiệm vụ '{duty}' đã bị sửa trong phiếu (cột này bị khóa); kết quả của dòng "
        "này không được nhận",
        en="the text of duty '{duty}' was edited in the checklist (the column is locked); "
        "this row's result is not taken",
    ),
    "CR627": Text(
        vi="nhiệm vụ '{duty}' không thuộc năm {year} (không đến hạn, không chuyển tiếp)",
        en="duty '{duty}' does not belong to {year} (not due, not carried over)",
    ),
    "CR628": Text(
        vi="nhiệm vụ '{duty}': {field} ở đây là '{mine}' nhưng ở {other} là '{theirs}'",
        en="duty '{duty}': {field} is '{mine}' here but '{theirs}' at {other}",
    ),
    "CR629": Text(
        vi="dòng có nội dung nhưng {reason}; dòng này bị bỏ qua",
        en="the row holds values but {reason}; it is ignored",
    ),
}

# The words that fill `{reason}`, `{what}` and `{field}` above.
WORKBOOK_WORDS: dict[str, Text] = {
    "xlsx_no_metadata": Text(
        vi="không có trang ẩn 'coordreg'", en="it has no hidden 'coordreg' sheet"
    ),
    "xlsx_other_regulation": Text(
        vi="phiếu ghi quy chế '{found}'", en="it names regulation '{found}'"
    ),
    "xlsx_macros": Text(vi="macro (vbaProject)", en="macros (vbaProject)"),
    "xlsx_external_links": Text(vi="liên kết tới tệp bên ngoài", en="links to external files"),
    "xlsx_no_status": Text(vi="chưa chọn tình trạng", en="no status is chosen"),
    "xlsx_unknown_row": Text(
        vi="không phải dòng nhiệm vụ của phiếu", en="it is not a duty row of the checklist"
    ),
    "xlsx_status": Text(vi="tình trạng", en="the status"),
    "xlsx_note": Text(vi="kết quả", en="the result note"),
    "xlsx_evidence_number": Text(vi="số văn bản", en="the document number"),
    "xlsx_evidence_date": Text(vi="ngày văn bản", en="the document date"),
    "xlsx_completed": Text(vi="ngày hoàn thành", en="the completion date"),
}
