"""The command line's own sentences: settings, what a command wrote, its summaries.

Kept apart from `errors.py` (the one-line errors) so that every line a command
prints under `--lang vi` is Vietnamese: "wrote ...", "plan 2024: 15 tasks", a
setting that is not understood.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

CLI_MESSAGES: dict[str, Text] = {
    "bad_lang_setting": Text(
        vi="ngôn ngữ '{value}' ({where}) không dùng được: chỉ có vi hoặc en",
        en="language '{value}' ({where}) is not one coordreg speaks: vi or en",
    ),
    "bad_settings": Text(
        vi="không đọc được {path}: {reason}",
        en="cannot read {path}: {reason}",
    ),
    "wrote": Text(vi="đã ghi {path}", en="wrote {path}"),
    "templates_exported": Text(
        vi="đã ghi {count} tệp mẫu vào {folder}: sửa lời văn trong các tệp .md.j2, "
        "giao diện Word trong reference.docx, rồi dùng --templates {folder}",
        en="wrote {count} template files into {folder}: change the wording in the .md.j2 "
        "files, Word's look in reference.docx, then use --templates {folder}",
    ),
    "templates_retired": Text(
        vi="cảnh báo: {folder} có {names}, mẫu HTML riêng của văn bản mà coordreg không còn "
        "đọc: lời văn nay ở tệp .md.j2 (chung cho Markdown, HTML và Word), trang HTML ở "
        "base.html.j2; xem coordreg templates export",
        en="warning: {folder} holds {names}, a document's own HTML template, which coordreg "
        "no longer reads: the wording is now in the .md.j2 file (one for Markdown, HTML and "
        "Word), the HTML page in base.html.j2; see coordreg templates export",
    ),
    "plan_summary": Text(
        vi="kế hoạch năm {year}: {tasks} nhiệm vụ ({carried} chuyển từ năm trước{missing}); "
        "chủ trì: {host}",
        en="plan {year}: {tasks} tasks ({carried} carried over{missing}); host: {host}",
    ),
    "plan_previous_missing": Text(
        vi="; chưa có bản đánh giá năm {year}", en="; no record for {year} yet"
    ),
    "evaluate_written": Text(
        vi="đã ghi {path}: {duties} nhiệm vụ cần đánh giá ({carried} chuyển từ năm trước)",
        en="wrote {path}: {duties} duties to evaluate ({carried} carried over)",
    ),
    "driver_new_file": Text(vi="tệp mới: {path}", en="new file: {path}"),
    "driver_deleted_file": Text(vi="tệp đã xóa: {path}", en="deleted file: {path}"),
    "driver_line_diff": Text(
        vi="một phiên bản không đọc được; so sánh theo dòng",
        en="a version does not parse; showing the line diff",
    ),
    "evaluate_future_year": Text(
        vi="lưu ý: năm {year} chưa bắt đầu (hôm nay là {today}); bản đánh giá này được lập trước",
        en="note: {year} has not begun (today is {today}); this record is written ahead of time",
    ),
    "git_setup_attributes": Text(
        vi="đã ghi {path}: regulation.yaml diff=coordreg",
        en="wrote {path}: regulation.yaml diff=coordreg",
    ),
    "git_setup_command": Text(
        vi="đã đặt diff.coordreg.command = {command} (trong .git/config)",
        en="set diff.coordreg.command = {command} (in .git/config)",
    ),
}
