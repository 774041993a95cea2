"""The one-line errors (`UsageError`, by message id), in Vietnamese and English.

A command that cannot go on raises an error holding a message id and arguments;
the CLI prints `render_error(msgid, args, lang)` as its single "coordreg: ..." line.
"""

from __future__ import annotations

from typing import Any

from coordreg.catalogue.check_errors import CHECK_ERRORS
from coordreg.catalogue.cli_messages import CLI_MESSAGES
from coordreg.catalogue.controls import one_line_values
from coordreg.catalogue.edge_errors import EDGE_ERRORS
from coordreg.catalogue.office_errors import OFFICE_ERRORS
from coordreg.catalogue.template_errors import TEMPLATE_ERRORS
from coordreg.catalogue.text import Text, pick
from coordreg.catalogue.transfer_errors import TRANSFER_ERRORS
from coordreg.catalogue.workbook_errors import WORKBOOK_ERRORS

ERRORS: dict[str, Text] = {
    "path_missing": Text(
        vi="không có tệp hay thư mục: {path}", en="no such file or folder: {path}"
    ),
    "no_regulations": Text(
        vi="không tìm thấy regulation.yaml hay bản đánh giá nào trong {path}",
        en="no regulation.yaml or evaluation record found under {path}",
    ),
    "regulation_not_found": Text(
        vi="không có quy chế '{ref}': hãy nêu mã trong {root}/, một thư mục hoặc tệp regulation.yaml",
        en="no regulation '{ref}': give an id under {root}/, a folder or a regulation.yaml",
    ),
    "year_outside": Text(
        vi="năm {year} nằm ngoài thời gian đánh giá của quy chế {regulation} ({first} đến {last})",
        en="{year} is outside the years of regulation {regulation} ({first} to {last})",
    ),
    "record_exists": Text(
        vi="{path} đã có; coordreg không ghi đè bản đánh giá",
        en="{path} exists already; coordreg never overwrites an evaluation record",
    ),
    "pdf_unavailable": Text(
        vi="không tạo được PDF: thiếu thư viện Pango của hệ thống ({reason}); xem docs/documents.md",
        en="cannot make a PDF: the system's Pango library is missing ({reason}); see docs/documents.md",
    ),
    "docx_needs_output": Text(
        vi="xuất Word cần tên tệp: thêm -o TỆP.docx",
        en="Word output needs a file: add -o FILE.docx",
    ),
    "pdf_needs_output": Text(
        vi="xuất PDF cần tên tệp: thêm -o TỆP.pdf",
        en="PDF output needs a file: add -o FILE.pdf",
    ),
    "output_suffix": Text(
        vi="{path} không có đuôi {suffixes} như định dạng {format} yêu cầu",
        en="{path} does not end in {suffixes}, as {format} output should",
    ),
    "output_is_dir": Text(
        vi="{path} là thư mục, không phải tệp", en="{path} is a folder, not a file"
    ),
    "output_parent_missing": Text(vi="không có thư mục: {path}", en="no such folder: {path}"),
    "cannot_write": Text(vi="không ghi được {path}: {reason}", en="cannot write {path}: {reason}"),
    "out_dir_not_folder": Text(
        vi="--out-dir {path} là tệp, không phải thư mục",
        en="--out-dir {path} is a file, not a folder",
    ),
    "records_outside": Text(
        vi="{path} dẫn ra ngoài thư mục quy chế {folder} (liên kết tượng trưng?); coordreg chỉ "
        "ghi bản đánh giá trong thư mục đó",
        en="{path} leads outside the regulation's folder {folder} (a symbolic link?); coordreg "
        "writes evaluation records only inside it",
    ),
    "bad_revision": Text(
        vi="'{revision}' không phải phiên bản hợp lệ (không bắt đầu bằng '-', không có dấu cách, ':' hay '..')",
        en="'{revision}' is not a revision coordreg accepts (no leading '-', spaces, ':' or '..')",
    ),
    "unknown_revision": Text(
        vi="không có phiên bản '{revision}'", en="unknown revision '{revision}'"
    ),
    "not_in_revision": Text(
        vi="{path} không có trong phiên bản {revision}", en="{path} does not exist in {revision}"
    ),
    "path_outside_repository": Text(
        vi="{path} nằm ngoài kho git {root}", en="{path} is outside the repository {root}"
    ),
    "not_a_repository": Text(
        vi="{path} không nằm trong kho git nào", en="{path} is not inside a git repository"
    ),
    "no_commits": Text(
        vi="kho git {path} chưa có commit nào", en="the repository {path} has no commits yet"
    ),
    "git_missing": Text(vi="không tìm thấy git", en="git is not installed or not on PATH"),
    "git_failed": Text(vi="git báo lỗi: {detail}", en="git failed: {detail}"),
    "unreadable": Text(vi="không đọc được {path}: {reason}", en="cannot read {path}: {reason}"),
    "no_such_article": Text(
        vi="{path} không có Điều {number}", en="{path} has no article {number}"
    ),
    "article_or_duty": Text(
        vi="chỉ dùng một trong --article hoặc --duty", en="give --article or --duty, not both"
    ),
    "bad_date": Text(
        vi="'{value}' không phải ngày dạng YYYY-MM-DD",
        en="'{value}' is not a date written YYYY-MM-DD",
    ),
    "diff_one_version": Text(
        vi="chỉ có một phiên bản: hãy nêu hai ngày --at để so sánh quy chế ở hai thời điểm",
        en="one version: give two --at days to compare it on two days",
    ),
    "diff_too_many_days": Text(
        vi="chỉ so sánh được ở nhiều nhất hai ngày --at", en="give --at at most twice"
    ),
    "unknown_code": Text(
        vi="không có mã {code}; xem `coordreg rules`",
        en="unknown code {code}; `coordreg rules` lists them",
    ),
    # `coordreg import`
    "import_suffix": Text(
        vi="không nhập được {path}: coordreg đọc các tệp {suffixes}",
        en="cannot import {path}: coordreg reads {suffixes} files",
    ),
    "import_missing": Text(vi="không có tệp {path}", en="{path} does not exist"),
    "import_is_folder": Text(
        vi="{path} là thư mục; hãy chỉ tệp .docx, .txt hoặc .md của quy chế",
        en="{path} is a folder; give the regulation's .docx, .txt or .md file",
    ),
    "import_unreadable": Text(
        vi="không đọc được {path}: {detail}", en="cannot read {path}: {detail}"
    ),
    "import_too_large": Text(
        vi="{path} có {size} byte, vượt giới hạn {limit} byte cho văn bản một quy chế",
        en="{path} is {size} bytes, over the limit of {limit} bytes for a regulation's text",
    ),
    "import_not_text": Text(
        vi="{path} không phải văn bản UTF-8, UTF-16 hay Windows-1258",
        en="{path} is not text in UTF-8, UTF-16 or Windows-1258",
    ),
    "import_not_docx": Text(
        vi="{path} không phải tài liệu Word (.docx): {detail}",
        en="{path} is not a Word document (.docx): {detail}",
    ),
    "import_no_articles": Text(
        vi="không thấy điều nào ('Điều 1. ...') và không thấy phần đầu của một văn bản quy chế "
        "trong {path}: đây có phải văn bản quy chế không?",
        en="found no article ('Điều 1. ...') and no heading of a regulation in {path}: "
        "is it the text of a regulation?",
    ),
    "import_exists": Text(
        vi="{path} đã có; coordreg import không ghi đè (chọn --id khác)",
        en="{path} exists already; coordreg import never overwrites (choose another --id)",
    ),
    "import_found": Text(
        vi="đã đọc {path}: {chapters} chương, {articles} điều, {clauses} khoản, {points} điểm; "
        "{parties} bên, {units} đơn vị; {duties} nhiệm vụ",
        en="read {path}: {chapters} chapters, {articles} articles, {clauses} clauses, "
        "{points} points; {parties} parties, {units} units; {duties} duties",
    ),
    "import_to_review": Text(
        vi="{count} mục cần rà soát: {duties} nhiệm vụ có dòng `review`, {unplaced} đoạn giữ "
        "trong `unplaced`",
        en="{count} items to review: {duties} duties marked `review`, {unplaced} passages "
        "kept under `unplaced`",
    ),
    "import_unplaced_line": Text(
        vi="  chưa xếp, dòng {line}: {text}", en="  not placed, line {line}: {text}"
    ),
    "import_chapters_to_review": Text(
        vi="  {count} chương có dòng `review`: văn bản nguồn không có điều nào, hoặc các điều "
        "được đọc từ các dòng đánh số",
        en="  {count} chapter(s) marked `review`: the source has no article, or its articles "
        "were read from numbered lines",
    ),
    "import_note": Text(vi="  lưu ý: {note}", en="  note: {note}"),
    "import_check_errors": Text(
        vi="{errors} lỗi do chính văn bản không đúng quy cách: sửa trực tiếp trong tệp",
        en="{errors} errors where the text itself is irregular: correct them in the file",
    ),
    "import_written": Text(
        vi="đã ghi {path}; `coordreg check {folder}` liệt kê những gì còn phải rà soát",
        en="wrote {path}; `coordreg check {folder}` lists what is left to review",
    ),
    # `coordreg new`
    "new_bad_id": Text(
        vi="'{value}' không phải mã quy chế hợp lệ: chỉ dùng chữ cái không dấu, chữ số, '-', '_' "
        "và '.', bắt đầu bằng chữ cái hoặc chữ số",
        en="'{value}' is not a valid regulation id: use ASCII letters, digits, '-', '_' and '.', "
        "starting with a letter or digit",
    ),
    "new_bad_party_spec": Text(
        vi="--party '{spec}' không có dạng MÃ:TÊN, ví dụ --party 'bca:Bộ Công an'",
        en="--party '{spec}' is not ID:NAME, such as --party 'bca:Bộ Công an'",
    ),
    "new_bad_party_id": Text(
        vi="mã bên '{id}' (trong --party '{spec}') không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, "
        "'-', '_' và '.', bắt đầu bằng chữ cái hoặc chữ số",
        en="party id '{id}' (in --party '{spec}') is not valid: use ASCII letters, digits, '-', '_' "
        "and '.', starting with a letter or digit",
    ),
    "new_too_few_parties": Text(
        vi="quy chế phối hợp có ít nhất hai bên: thêm --party MÃ:TÊN cho mỗi bên (mới có {count})",
        en="a regulation has at least two parties: give --party ID:NAME for each ({count} given)",
    ),
    "new_duplicate_party": Text(
        vi="mã bên '{id}' được nêu hai lần", en="party id '{id}' is given twice"
    ),
    "new_office_id_clash": Text(
        vi="mã bên '{id}' trùng với mã cơ quan thường trực của bên '{party}' ({id}); hãy chọn mã khác",
        en="party id '{id}' is also the id of the standing office of '{party}' ({id}); "
        "choose another id",
    ),
    "new_empty_title": Text(vi="--title không được để trống", en="--title must not be empty"),
    "new_bad_title": Text(
        vi="--title phải là văn bản in được, không có ký tự điều khiển",
        en="--title must be printable text, without control characters",
    ),
    "new_exists": Text(
        vi="{path} đã có; coordreg new không ghi đè",
        en="{path} exists already; coordreg new never overwrites",
    ),
    "new_cannot_write": Text(
        vi="không ghi được {path}: {reason}", en="cannot write {path}: {reason}"
    ),
    "new_written": Text(
        vi="đã tạo {path}: thay các chỗ [...] bằng nội dung thống nhất, bổ sung các nhiệm vụ, "
        "rồi chạy `coordreg check {folder}`",
        en="wrote {path}: replace the [...] placeholders, add the duties, then run "
        "`coordreg check {folder}`",
    ),
    # `coordreg agenda`
    "agenda_bad_date": Text(
        vi="{option} cần một ngày dạng YYYY-MM-DD, từ năm 1900 đến 2200, không phải '{value}'",
        en="{option} takes a date written YYYY-MM-DD, from 1900 to 2200, not '{value}'",
    ),
    "agenda_bad_window": Text(
        vi="--from {start} sau --to {end}", en="--from {start} is after --to {end}"
    ),
    "agenda_unknown_party": Text(
        vi="không có bên hay đơn vị '{party}' trong các quy chế đã đọc",
        en="no party or unit '{party}' in the regulations read",
    ),
    "agenda_duplicate_regulation": Text(
        vi="mã quy chế '{id}' xuất hiện hai lần: {first} và {second}",
        en="regulation id '{id}' is found twice, in {first} and {second}",
    ),
    "agenda_skipped": Text(
        vi="bỏ qua {path} vì có lỗi ({errors}): lịch công việc không gồm quy chế này cho đến khi "
        "`coordreg check {path}` không còn lỗi",
        en="skipped {path}, which has errors ({errors}): its events are left out until "
        "`coordreg check {path}` passes",
    ),
    # `coordreg fmt`
    "fmt_would_reformat": Text(vi="cần định dạng lại {path}", en="would reformat {path}"),
    "fmt_reformatted": Text(vi="đã định dạng lại {path}", en="reformatted {path}"),
    "fmt_too_large": Text(
        vi="{path} quá lớn để định dạng lại ({size} byte, {values} giá trị; fmt chỉ nhận tệp tối "
        "đa {max_bytes} byte và {max_values} giá trị); tệp được giữ nguyên",
        en="{path} is too large to lay out ({size} bytes, {values} values; fmt takes files of up "
        "to {max_bytes} bytes and {max_values} values); the file is left as it is",
    ),
    "fmt_summary_check": Text(
        vi="{changed} cần định dạng lại, {unchanged} đã đúng định dạng",
        en="{changed} would be reformatted, {unchanged} already formatted",
    ),
    "fmt_summary_write": Text(
        vi="đã định dạng lại {changed}, {unchanged} đã đúng định dạng",
        en="{changed} reformatted, {unchanged} already formatted",
    ),
    "fmt_summary_untouched": Text(
        vi="{count} được giữ nguyên (lỗi ở trên)", en="{count} left untouched (errors above)"
    ),
    "fmt_would_change_data": Text(
        vi="lỗi nội bộ FMT001: định dạng lại {path} sẽ làm thay đổi dữ liệu; tệp được giữ nguyên "
        "(hãy báo lỗi này, kèm theo tệp)",
        en="internal error FMT001: formatting {path} would change its data; the file is left as it "
        "is (please report this, with the file)",
    ),
    "fmt_would_lose_comment": Text(
        vi="lỗi nội bộ FMT002: định dạng lại {path} sẽ làm mất một chú thích; tệp được giữ nguyên "
        "(ruamel.yaml không giữ được chú thích đặt sau '- |' hay '- >' trong danh sách: hãy "
        "chuyển chú thích đó xuống một dòng riêng)",
        en="internal error FMT002: formatting {path} would lose a comment; the file is left as it "
        "is (a comment after '- |' or '- >' in a list is one ruamel.yaml cannot keep: put it on "
        "a line of its own)",
    ),
    "fmt_cannot_lay_out": Text(
        vi="lỗi nội bộ FMT003: ruamel.yaml không trình bày lại được {path} ({detail}); tệp được "
        "giữ nguyên",
        en="internal error FMT003: ruamel.yaml cannot lay out {path} ({detail}); the file is left "
        "as it is",
    ),
    "fmt_own_layout_unreadable": Text(
        vi="lỗi nội bộ FMT005: bản trình bày lại {path} của fmt không đọc lại được ({detail}, "
        "vị trí trong bản của fmt, không phải trong tệp); tệp được giữ nguyên (hãy báo lỗi này, "
        "kèm theo tệp)",
        en="internal error FMT005: fmt's own layout of {path} does not read back ({detail}, at a "
        "place in fmt's layout, not in the file); the file is left as it is (please report this, "
        "with the file)",
    ),
    "fmt_not_stable": Text(
        vi="lỗi nội bộ FMT004: định dạng lại {path} lần thứ hai vẫn thay đổi; tệp được giữ nguyên "
        "(hãy báo lỗi này, kèm theo tệp)",
        en="internal error FMT004: the layout of {path} would change again on a second run; the "
        "file is left as it is (please report this, with the file)",
    ),
    "fmt_cannot_write": Text(
        vi="không ghi được {path}: {reason}; tệp được giữ nguyên",
        en="cannot write {path}: {reason}; the file is left as it was",
    ),
    # A Word document held to the length the Markdown and HTML forms are held to.
    "docx_too_large": Text(
        vi="văn bản Word sẽ dài quá {limit} ký tự, giới hạn cho một văn bản như với "
        "dạng Markdown và HTML",
        en="the Word document would be longer than {limit} characters, the limit of a "
        "document as for the Markdown and HTML forms",
    ),
    # Standard output (coordreg.streams).
    "output_failed": Text(
        vi="không ghi được ra đầu ra chuẩn: {reason}",
        en="cannot write to standard output: {reason}",
    ),
    "output_encoding": Text(
        vi="bảng mã {encoding} của đầu ra không viết được mọi ký tự của văn bản ({count} ký tự "
        "được in thành '?'); hãy đặt PYTHONIOENCODING=utf-8 để xem đủ, còn tài liệu ghi ra tệp "
        "bằng -o luôn ở dạng UTF-8",
        en="the output's encoding, {encoding}, cannot write every character of the text "
        "({count} printed as '?'); set PYTHONIOENCODING=utf-8 to see them all (a document "
        "written with -o is always UTF-8)",
    ),
    "fmt_cut_short": Text(
        vi="{path} có vẻ bị cắt cụt: dòng cuối không có ký tự xuống dòng (có thể một chương trình "
        "khác đang ghi tệp); tệp được giữ nguyên. Nếu tệp đã đầy đủ, hãy thêm ký tự xuống dòng ở "
        "cuối rồi chạy lại fmt",
        en="{path} looks cut short: its last line has no line end (another program may still be "
        "writing it); the file is left as it is. If it is complete, end its last line and run "
        "fmt again",
    ),
    # Writing files (coordreg.files)
    "link_outside": Text(
        vi="{path} là (hoặc nằm sau) một liên kết tượng trưng dẫn ra ngoài kho {root}; coordreg "
        "không đọc, không ghi qua liên kết đó",
        en="{path} is (or lies behind) a symbolic link that leads outside the repository {root}; "
        "coordreg neither reads nor writes through it",
    ),
    "file_changed": Text(
        vi="{path} đã bị thay đổi sau khi coordreg đọc (một chương trình hay một lệnh coordreg khác "
        "đã ghi vào); chưa ghi gì, hãy chạy lại lệnh",
        en="{path} changed after coordreg read it (another program or coordreg command wrote "
        "it); nothing was written: run the command again",
    ),
    "file_busy": Text(
        vi="{path} đang được một lệnh coordreg khác ghi (đã chờ {seconds} giây); chưa ghi gì, hãy "
        "chạy lại lệnh",
        en="{path} is being written by another coordreg command (waited {seconds} s); nothing "
        "was written: run the command again",
    ),
    "file_hard_links": Text(
        vi="{path} có {count} liên kết cứng; thay tệp sẽ tách chúng ra nên coordreg giữ nguyên tệp "
        "(hãy chép thành một tệp riêng trước)",
        en="{path} has {count} hard links; replacing it would split them, so coordreg leaves it "
        "as it is (copy it to a file of its own first)",
    ),
    "file_owner": Text(
        vi="{path} thuộc người dùng {uid}, nhóm {gid}, mà coordreg không giữ được cho tệp mới; tệp "
        "được giữ nguyên (hãy chạy lệnh với tư cách chủ tệp)",
        en="{path} belongs to user {uid}, group {gid}, which coordreg cannot keep for the new "
        "file; the file is left as it is (run the command as its owner)",
    ),
    "file_attributes": Text(
        vi="không chép được thuộc tính mở rộng {name} của {path} sang tệp mới ({reason}); tệp được "
        "giữ nguyên",
        en="cannot copy the extended attribute {name} of {path} to the new file ({reason}); the "
        "file is left as it is",
    ),
    "interrupted": Text(vi="đã dừng", en="interrupted"),
}

# The messages of rendering a template, of reading an Office file, of a transfer, of the
# checklist workbooks, of check --fix, of what a command is given (paths, option
# values, git's refusals) and the CLI's own lines live beside this module, one room
# each; all are looked up here.
for _room in (
    TEMPLATE_ERRORS,
    OFFICE_ERRORS,
    TRANSFER_ERRORS,
    WORKBOOK_ERRORS,
    CHECK_ERRORS,
    EDGE_ERRORS,
    CLI_MESSAGES,
):
    if ERRORS.keys() & _room.keys():
        raise ValueError(f"error messages defined twice: {sorted(ERRORS.keys() & _room.keys())}")
    ERRORS.update(_room)


def render_error(msgid: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of a `UsageError` in `lang`: one line, whatever its arguments hold
    (a path, a name from a file: control characters and line breaks shown as escapes)."""
    values = one_line_values(args)
    return pick(ERRORS[msgid], lang).format(**values)
