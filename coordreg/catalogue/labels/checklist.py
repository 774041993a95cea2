"""The words of the checklist workbook (`coordreg evaluate --xlsx`).

The workbook goes to the units, who work in Vietnamese; its words are chosen
here like every document's, and the review's citation of evidence sits here too.
The status words are also what `--from-xlsx` reads back (with the record's own
English keys).
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "checklist.title": Text(
        vi="PHIẾU ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN QUY CHẾ NĂM {year}: {body}",
        en="CHECKLIST OF THE REGULATION'S IMPLEMENTATION IN {year}: {body}",
    ),
    "checklist.page": Text(vi="Trang &P/&N", en="Page &P of &N"),
    "checklist.col.number": Text(vi="STT", en="No."),
    "checklist.col.text": Text(vi="Nội dung công việc", en="Duty"),
    "checklist.col.article": Text(vi="Điều", en="Article"),
    "checklist.col.lead": Text(vi="Cơ quan chủ trì", en="Lead"),
    "checklist.col.support": Text(vi="Cơ quan phối hợp", en="Supporting"),
    "checklist.col.due": Text(vi="Thời hạn", en="Due"),
    "checklist.col.carried": Text(vi="Chuyển tiếp từ năm trước", en="Carried over"),
    "checklist.col.status": Text(vi="Tình trạng", en="Status"),
    "checklist.col.note": Text(vi="Kết quả, ghi chú", en="Result, note"),
    "checklist.col.evidence_number": Text(vi="Số văn bản", en="Document number"),
    "checklist.col.evidence_date": Text(vi="Ngày văn bản", en="Document date"),
    "checklist.col.completed": Text(vi="Ngày hoàn thành", en="Completed on"),
    "checklist.carried": Text(vi="Có ({status})", en="Yes ({status})"),
    "checklist.status.done": Text(vi="Hoàn thành", en="Done"),
    "checklist.status.in_progress": Text(vi="Đang thực hiện", en="In progress"),
    "checklist.status.not_done": Text(vi="Chưa thực hiện", en="Not done"),
    "checklist.status.not_applicable": Text(vi="Không áp dụng", en="Not applicable"),
    "checklist.status_error_title": Text(vi="Tình trạng", en="Status"),
    "checklist.status_error": Text(
        vi="Chọn một tình trạng trong danh sách.", en="Choose a status from the list."
    ),
    "checklist.date_error": Text(
        vi="Nhập ngày trong năm {year}, dạng ngày/tháng/năm.",
        en="Enter a date in {year}, day/month/year.",
    ),
    # The review's citation of a result's evidence, after the result note.
    "review.evidence": Text(vi="(văn bản{number}{day})", en="(document{number}{day})"),
    "review.evidence_number": Text(vi=" số {number}", en=" {number}"),
    "review.evidence_day": Text(vi=" ngày {date}", en=" of {date}"),
}
