"""The one-line errors of rendering a template (`coordreg.render`), in Vietnamese and English.

Part of `coordreg.catalogue.errors.ERRORS`, where they are looked up.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

TEMPLATE_ERRORS: dict[str, Text] = {
    "template_missing": Text(vi="không có mẫu {name}", en="no template named {name}"),
    "template_not_utf8": Text(
        vi="mẫu {name} không phải văn bản UTF-8 (tại byte {byte})",
        en="template {name} is not UTF-8 text (at byte {byte})",
    ),
    "templates_not_a_folder": Text(
        vi="--templates {path}: không có thư mục này", en="--templates {path}: no such folder"
    ),
    "template_error": Text(
        vi="mẫu {name}, dòng {line}: {detail}", en="template {name}, line {line}: {detail}"
    ),
    "template_outside": Text(
        vi="mẫu {name} trong {folder} dẫn ra ngoài thư mục đó (tới {target}); "
        "mẫu chỉ được đọc từ bên trong thư mục của nó",
        en="template {name} in {folder} leads outside that folder (to {target}); "
        "templates are read only from inside their folder",
    ),
    "template_file_too_large": Text(
        vi="mẫu {name} dài {size} byte, vượt giới hạn {limit} byte",
        en="template {name} is {size} bytes, over the limit of {limit} bytes",
    ),
    "template_not_a_file": Text(
        vi="mẫu {name} trong {folder} không phải tệp thông thường (mà là ống dẫn, thiết bị, "
        "socket hay thư mục); mẫu không được đọc, và không dùng mẫu có sẵn thay cho nó",
        en="template {name} in {folder} is not a regular file (a pipe, a device, a socket or "
        "a folder); it is not read, and the bundled template is not used in its place",
    ),
    "template_dangling_link": Text(
        vi="mẫu {name} trong {folder} là liên kết tới {target}, nơi không tồn tại; "
        "không dùng mẫu có sẵn thay cho nó",
        en="template {name} in {folder} is a link to {target}, which does not exist; "
        "the bundled template is not used in its place",
    ),
    "template_unreadable": Text(
        vi="không đọc được mẫu {name} trong {folder}: {reason}",
        en="cannot read template {name} in {folder}: {reason}",
    ),
    "template_timeout": Text(
        vi="mẫu {name}, dòng {line}: kết xuất dùng quá {seconds} giây thời gian xử lý, "
        "mức giới hạn; có vòng lặp hay macro nào không dừng?",
        en="template {name}, line {line}: rendering used more than {seconds} s of processor "
        "time, the limit; is there a loop or a macro that never ends?",
    ),
    "template_cpu_killed": Text(
        vi="mẫu {name}: kết xuất dùng quá {seconds} giây thời gian xử lý, mức giới hạn, và bị "
        "dừng giữa một thao tác; có bộ lọc hay vòng lặp nào không dừng?",
        en="template {name}: rendering used more than {seconds} s of processor time, the "
        "limit, and was stopped inside one operation; is there a filter or a loop that never "
        "ends?",
    ),
    "template_wall_clock": Text(
        vi="mẫu {name}: kết xuất không xong trong {seconds} giây tính theo đồng hồ nên bị dừng",
        en="template {name}: rendering did not finish within {seconds} s by the clock, and was "
        "stopped",
    ),
    "template_memory": Text(
        vi="mẫu {name}, dòng {line}: kết xuất cần quá {limit} MiB bộ nhớ, mức giới hạn",
        en="template {name}, line {line}: rendering needed more than {limit} MiB of memory, "
        "the limit",
    ),
    "template_not_a_character": Text(
        vi="mẫu {name}: văn bản kết xuất có U+{code} ở ký tự thứ {position}, không phải một ký "
        "tự (nửa cặp thay thế UTF-16) nên không ghi ra được",
        en="template {name}: the rendered text holds U+{code} at character {position}, which "
        "is not a character (half a UTF-16 surrogate pair) and cannot be written out",
    ),
    "template_reply_too_large": Text(
        vi="mẫu {name}: văn bản kết xuất dài quá {limit} byte, mức giới hạn",
        en="template {name}: the rendered text is over {limit} bytes, the limit",
    ),
    "template_process_failed": Text(
        vi="mẫu {name}: tiến trình kết xuất mẫu dừng mà không trả lời (mã thoát {status})",
        en="template {name}: the process rendering it stopped without an answer "
        "(exit status {status})",
    ),
    "template_process_error": Text(
        vi="mẫu {name}: tiến trình kết xuất mẫu báo lỗi: {detail}",
        en="template {name}: the process rendering it failed: {detail}",
    ),
    "template_too_large": Text(
        vi="mẫu {name}, dòng {line}: văn bản sẽ dài quá {limit} ký tự, "
        "giới hạn cho một văn bản và cho mỗi giá trị trong đó",
        en="template {name}, line {line}: the text would be longer than {limit} characters, "
        "the limit for a document and for any value in it",
    ),
    "template_too_many_items": Text(
        vi="mẫu {name}, dòng {line}: một danh sách sẽ có quá {limit} phần tử, mức giới hạn",
        en="template {name}, line {line}: a list would hold more than {limit} items, the limit",
    ),
    "template_steps": Text(
        vi="mẫu {name}, dòng {line}: quá {limit} bước lặp và lời gọi, mức giới hạn; "
        "có vòng lặp nào không dừng?",
        en="template {name}, line {line}: more than {limit} loop steps and calls, the limit; "
        "is there a loop that never ends?",
    ),
    "template_depth": Text(
        vi="mẫu {name}, dòng {line}: macro, lời gọi hay include lồng nhau quá sâu; "
        "có cái nào tự gọi lại chính nó mãi không?",
        en="template {name}, line {line}: macros, calls or includes nested too deeply; "
        "does one of them call itself without end?",
    ),
    "template_number_too_large": Text(
        vi="mẫu {name}, dòng {line}: một số sẽ có hơn {limit} chữ số",
        en="template {name}, line {line}: a number would have more than {limit} digits",
    ),
    # An office's reference.docx (Word's styles, page set-up and letterhead), checked
    # before python-docx opens it (coordreg/documents/docx/reference.py).
    "reference_not_docx": Text(
        vi="{path} không phải tài liệu Word (.docx): {detail}",
        en="{path} is not a Word document (.docx): {detail}",
    ),
    "reference_macros": Text(
        vi="{path} chứa macro ({part}); tài liệu mẫu Word không được chứa macro: hãy lưu "
        "thành .docx thường",
        en="{path} holds macros ({part}); a Word reference document may hold none: save it "
        "as a plain .docx",
    ),
    "reference_external": Text(
        vi="{path}: thành phần {part} trỏ ra ngoài tài liệu (tới {target}); tài liệu mẫu "
        "Word không được tải gì từ bên ngoài",
        en="{path}: part {part} points outside the document (to {target}); a Word reference "
        "document may load nothing from outside",
    ),
    "reference_unreadable": Text(
        vi="{path}: python-docx không đọc được tài liệu mẫu Word này: {detail}",
        en="{path}: python-docx cannot read this Word reference document: {detail}",
    ),
    "template_page_active": Text(
        vi="trang HTML {name} tải hoặc chạy nội dung từ bên ngoài ({what}); trang của văn "
        "bản không được tải, chạy hay liên kết gì ra ngoài (chỉ liên kết #... và ảnh "
        "data:image/...)",
        en="the HTML page {name} loads or runs something from outside ({what}); a "
        "document's page may load, run or link to nothing outside it (only #... links and "
        "data:image/... images)",
    ),
    "templates_export_not_folder": Text(
        vi="{path} là tệp, không phải thư mục", en="{path} is a file, not a folder"
    ),
    "templates_export_exists": Text(
        vi="{path} đã có; không ghi đè tệp nào (thêm --force để ghi đè các tệp mẫu)",
        en="{path} already exists; no file was overwritten (add --force to overwrite the "
        "template files)",
    ),
}
