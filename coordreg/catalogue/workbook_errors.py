"""The one-line errors of the checklist workbooks (`coordreg evaluate --xlsx`, `--from-xlsx`).

Part of `coordreg.catalogue.errors.ERRORS`, where they are looked up.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

WORKBOOK_ERRORS: dict[str, Text] = {
    "checklist_no_party": Text(
        vi="quy chế không có bên '{body}' vào năm {year}",
        en="the regulation has no party '{body}' in {year}",
    ),
    "checklist_no_unit": Text(
        vi="quy chế không có đơn vị '{body}' vào năm {year}",
        en="the regulation has no unit '{body}' in {year}",
    ),
    "checklist_party_and_unit": Text(
        vi="chỉ dùng một trong --party và --unit", en="give --party or --unit, not both"
    ),
    "checklist_needs_output": Text(
        vi="--xlsx cần tệp ghi ra: -o phieu.xlsx", en="--xlsx needs a file to write: -o phieu.xlsx"
    ),
    "checklist_out_and_in": Text(
        vi="không dùng --xlsx cùng với --from-xlsx: lập phiếu và nhận phiếu là hai lệnh riêng",
        en="--xlsx and --from-xlsx do not go together: making and merging checklists are two runs",
    ),
    "checklist_write_without_from": Text(
        vi="--write và --replace chỉ dùng với --from-xlsx",
        en="--write and --replace go with --from-xlsx only",
    ),
    "xlsx_not_a_workbook": Text(
        vi="{path} không phải bảng tính Excel (.xlsx): {detail}",
        en="{path} is not an Excel workbook (.xlsx): {detail}",
    ),
    "xlsx_unreadable": Text(
        vi="không đọc được bảng tính {path}: {detail}",
        en="cannot read the workbook {path}: {detail}",
    ),
    "xlsx_too_many_rows": Text(
        vi="{path}: trang '{sheet}' có hơn {limit} dòng, quá nhiều cho một phiếu đánh giá",
        en="{path}: sheet '{sheet}' has more than {limit} rows, too many for a checklist",
    ),
    "xlsx_findings": Text(
        vi="có {errors} lỗi trong phiếu đánh giá; chưa ghi gì vào bản đánh giá",
        en="{errors} errors in the checklists; nothing was written to the record",
    ),
    "xlsx_needs_replace": Text(
        vi="{count} kết quả khác với bản đánh giá đã có ({duties}); thêm --replace để thay",
        en="{count} results differ from the record ({duties}); add --replace to replace them",
    ),
    "xlsx_record_invalid": Text(
        vi="{path} có kết quả không hợp lệ ({duties}): hãy sửa theo coordreg check rồi ghép lại",
        en="{path} holds invalid results ({duties}): fix them as coordreg check says, then merge",
    ),
    "xlsx_record_by_party": Text(
        vi="{path} ghi kết quả theo từng Bên cho {duties}; phiếu đánh giá chưa ghép được kết "
        "quả theo từng Bên: hãy cập nhật trực tiếp trong tệp",
        en="{path} gives results by party for {duties}, which checklists cannot merge yet: "
        "update them in the record by hand",
    ),
    "xlsx_same_file": Text(vi="tệp {path} được nêu hai lần", en="{path} is given twice"),
}
