"""The catalogue: every sentence coordreg shows a user, in English and Vietnamese.

Findings store a code and arguments; the words are chosen here when a report is
printed. `TERMS` translates the words that arguments carry (kinds of things,
expected types), `REASONS` the details of an invalid value (CR104).
"""

from __future__ import annotations

from typing import Any

LANGS = ("en", "vi")

MESSAGES: dict[str, tuple[str, str]] = {
    # Reading the file
    "CR001": ("YAML syntax error: {problem}", "lỗi cú pháp YAML: {problem}"),
    "CR002": (
        "the file is not UTF-8 text ({encoding}); save it as UTF-8",
        "tệp không phải văn bản UTF-8 ({encoding}); hãy lưu lại với bảng mã UTF-8",
    ),
    "CR003": (
        "duplicate key '{key}' (first at line {first_line})",
        "khóa '{key}' bị lặp (đã có ở dòng {first_line})",
    ),
    "CR004": (
        "aliases expand to more than {limit} values",
        "các bí danh (alias) mở rộng ra hơn {limit} giá trị",
    ),
    "CR005": ("nesting is deeper than {limit} levels", "cấu trúc lồng sâu quá {limit} cấp"),
    "CR006": (
        "the file is {size} bytes, over the limit of {limit} bytes",
        "tệp dài {size} byte, vượt giới hạn {limit} byte",
    ),
    "CR007": (
        "tag '{tag}' is not allowed: coordreg files hold plain data",
        "không được dùng thẻ '{tag}': tệp coordreg chỉ chứa dữ liệu thuần",
    ),
    "CR008": (
        "a key must be a single value, not a list or a mapping",
        "khóa phải là một giá trị đơn, không phải danh sách hay ánh xạ",
    ),
    "CR009": ("the file is empty", "tệp rỗng"),
    "CR010": (
        "the top level must be a mapping of keys to values",
        "cấp ngoài cùng phải là ánh xạ khóa - giá trị",
    ),
    "CR011": (
        "the file holds more than one YAML document; only the first is read",
        "tệp chứa nhiều hơn một tài liệu YAML; chỉ tài liệu đầu tiên được đọc",
    ),
    "CR012": ("cannot read the file: {detail}", "không đọc được tệp: {detail}"),
    "CR013": (
        "alias '*{name}' refers to no anchor",
        "bí danh '*{name}' không trỏ tới neo (anchor) nào",
    ),
    "CR014": (
        "more than {limit} findings in this file: the other {count} are not listed",
        "tệp có hơn {limit} vấn đề: {count} vấn đề còn lại không được liệt kê",
    ),
    "CR015": ("the file holds more than {limit} values", "tệp chứa hơn {limit} giá trị"),
    "CR016": (
        "the key '{key}' is read as {kind}, not as a name; put it in quotes if a name is meant",
        "khóa '{key}' được đọc là {kind}, không phải một tên; đặt trong dấu nháy nếu đó là tên",
    ),
    # The schema
    "CR101": ("required key '{key}' is missing", "thiếu khóa bắt buộc '{key}'"),
    "CR102": (
        "'{key}' must be {type}, not {actual}",
        "'{key}' phải là {type}, không phải {actual}",
    ),
    "CR103": ("unknown key '{key}'", "khóa không hợp lệ '{key}'"),
    "CR104": ("'{key}' {reason}", "'{key}' {reason}"),
    # Identity
    "CR201": (
        "{kind} id '{id}' is already used at line {first_line}",
        "mã {kind} '{id}' đã được dùng ở dòng {first_line}",
    ),
    "CR202": (
        "id '{id}' does not match its folder '{folder}'",
        "mã '{id}' không khớp với tên thư mục '{folder}'",
    ),
    # References
    "CR301": (
        "{field} '{ref}' is not a declared {kind}",
        "{field} '{ref}' không phải là {kind} đã khai báo",
    ),
    "CR302": (
        "'{ref}' leads this duty and cannot also support it",
        "'{ref}' chủ trì nhiệm vụ này nên không thể đồng thời là cơ quan phối hợp",
    ),
    "CR303": (
        "standing office '{ref}' is not a unit of party '{party}'",
        "cơ quan thường trực '{ref}' không phải đơn vị thuộc bên '{party}'",
    ),
    "CR304": (
        "party '{party}' never hosts the yearly evaluation: it is not in the rotation",
        "bên '{party}' không có trong thứ tự luân phiên chủ trì đánh giá hằng năm",
    ),
    "CR305": (
        "'{ref}' is listed more than once among the supporters",
        "'{ref}' được liệt kê nhiều lần trong các cơ quan phối hợp",
    ),
    # Bodies that end
    "CR306": (
        "{field} '{body}' ends on {until} but this duty still falls due after that: "
        "from {start} its part in the duty has no owner",
        "{field} '{body}' chỉ hoạt động đến hết ngày {until} nhưng nhiệm vụ vẫn phải thực hiện "
        "sau ngày đó: từ ngày {start} phần việc này không có cơ quan đảm nhận",
    ),
    "CR307": (
        "successor '{ref}' is not {kind}",
        "cơ quan kế thừa '{ref}' không phải là {kind}",
    ),
    "CR308": (
        "successors run in a cycle: {cycle}",
        "các cơ quan kế thừa tạo thành vòng lặp: {cycle}",
    ),
    "CR309": (
        "successor '{successor}' itself ends on {successor_until}, no later than '{body}' "
        "({until}): it cannot take over the duties",
        "cơ quan kế thừa '{successor}' cũng chỉ hoạt động đến hết ngày {successor_until}, "
        "không muộn hơn '{body}' ({until}), nên không thể tiếp nhận nhiệm vụ",
    ),
    # Numbering
    "CR401": (
        "chapter '{found}' should be numbered '{expected}'",
        "chương '{found}' phải được đánh số '{expected}'",
    ),
    "CR402": (
        "article {found} should be numbered {expected}: articles run on from 1 across chapters",
        "điều {found} phải được đánh số {expected}: các điều đánh số liên tục từ 1 qua các chương",
    ),
    "CR403": (
        "clause {found} should be numbered {expected}",
        "khoản {found} phải được đánh số {expected}",
    ),
    "CR404": (
        "point '{found}' should be '{expected}' (Vietnamese order: a, b, c, d, đ, e, g, h, ...)",
        "điểm '{found}' phải là '{expected}' (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, ...)",
    ),
    # Dates
    "CR501": (
        "effective date {effective} is before the signing date {signed}",
        "ngày có hiệu lực {effective} trước ngày ký {signed}",
    ),
    "CR502": (
        "one-off due date {due} is outside the regulation's life ({start} to {end})",
        "hạn hoàn thành {due} nằm ngoài thời gian hiệu lực của quy chế ({start} đến {end})",
    ),
    "CR503": (
        "first evaluation year {year} is before the regulation takes effect ({effective})",
        "năm đánh giá đầu tiên {year} trước khi quy chế có hiệu lực ({effective})",
    ),
    "CR504": (
        "end date {until} is before the effective date {effective}",
        "ngày hết hiệu lực {until} trước ngày có hiệu lực {effective}",
    ),
    # Evaluation records
    "CR601": (
        "year {year} is outside the regulation's evaluation years ({first} to {end})",
        "năm {year} nằm ngoài các năm đánh giá của quy chế ({first} đến {end})",
    ),
    "CR602": (
        "host '{host}' does not follow the rotation: '{expected}' hosts {year}",
        "bên chủ trì '{host}' không đúng thứ tự luân phiên: năm {year} do '{expected}' chủ trì",
    ),
    "CR603": (
        "result for unknown duty '{duty}'",
        "kết quả cho nhiệm vụ không tồn tại '{duty}'",
    ),
    "CR604": (
        "the record names regulation '{found}' but sits in the folder of '{expected}'",
        "bản đánh giá ghi quy chế '{found}' nhưng nằm trong thư mục của '{expected}'",
    ),
    "CR605": (
        "the record for {year} should be named '{expected}'",
        "bản đánh giá năm {year} phải có tên tệp '{expected}'",
    ),
    "CR606": (
        "duty '{duty}' falls due in {year} but has no result",
        "nhiệm vụ '{duty}' đến hạn trong năm {year} nhưng chưa có kết quả",
    ),
    "CR607": (
        "held on {held}, before the year {year} it evaluates",
        "tổ chức ngày {held}, trước năm {year} được đánh giá",
    ),
    "CR608": (
        "no regulation.yaml beside this record's folder",
        "không tìm thấy regulation.yaml cho bản đánh giá này",
    ),
    "CR610": (
        "duty '{duty}' was left {status} in {previous} but has no result in {year}",
        "nhiệm vụ '{duty}' còn {status} năm {previous} nhưng chưa có kết quả năm {year}",
    ),
    "CR609": (
        "host '{host}' is not a party of the regulation",
        "bên chủ trì '{host}' không phải là một bên của quy chế",
    ),
    # Coverage
    "CR701": (
        "party '{party}' leads no duty, neither itself nor through its units",
        "bên '{party}' không chủ trì nhiệm vụ nào, kể cả qua các đơn vị của mình",
    ),
    "CR702": (
        "duty '{duty}' is marked for review: {note}",
        "nhiệm vụ '{duty}' cần được rà soát: {note}",
    ),
    "CR703": (
        "text from line {line} of the imported source is not placed yet: {text}",
        "đoạn văn bản ở dòng {line} của văn bản nguồn chưa được sắp xếp: {text}",
    ),
    # Text
    "CR801": (
        "text is not in Unicode NFC form (decomposed Vietnamese letters); re-save it as NFC",
        "văn bản không ở dạng Unicode NFC (chữ tiếng Việt tổ hợp); hãy lưu lại ở dạng NFC",
    ),
}

REASONS: dict[str, tuple[str, str]] = {
    "bad_id": (
        "is not a valid id, {value}: use ASCII letters, digits, '-', '_' and '.'",
        "không phải mã hợp lệ, {value}: chỉ dùng chữ cái không dấu, chữ số, '-', '_' và '.'",
    ),
    "bad_calendar_date": (
        "is not a date in the calendar: {value}",
        "không phải ngày có thật: {value}",
    ),
    "expected_date": (
        "must be a date written YYYY-MM-DD, not {value}",
        "phải là ngày dạng YYYY-MM-DD, không phải {value}",
    ),
    "schedule_shape": (
        "must be continuous, on_request, or one of {{once: YYYY-MM-DD}}, {{yearly: MM-DD}}, "
        "{{half_yearly: MM-DD}}, {{quarterly: MM-DD}}, {{monthly: DAY}}; not {value}",
        "phải là continuous, on_request, hoặc một trong {{once: YYYY-MM-DD}}, {{yearly: MM-DD}}, "
        "{{half_yearly: MM-DD}}, {{quarterly: MM-DD}}, {{monthly: NGÀY}}; không phải {value}",
    ),
    "schedule_month_day": (
        "needs MM-DD for {kind}, the month being that of the first date in the year "
        "(yearly 01-12, half_yearly 01-06, quarterly 01-03); not {value}",
        "cần ngày dạng MM-DD cho {kind}, với tháng của lần đầu tiên trong năm "
        "(yearly 01-12, half_yearly 01-06, quarterly 01-03); không phải {value}",
    ),
    "schedule_monthly": (
        "needs a day of the month from 1 to 31 for monthly, not {value}",
        "cần một ngày trong tháng từ 1 đến 31 cho monthly, không phải {value}",
    ),
    "literal": (
        "must be one of {choices}, not {value}",
        "phải là một trong {choices}, không phải {value}",
    ),
    "too_short": ("is too short: at least {min} needed", "quá ít: cần ít nhất {min}"),
    "empty": ("must not be empty", "không được để trống"),
    "ge": (
        "must be at least {limit}, not {value}",
        "phải lớn hơn hoặc bằng {limit}, không phải {value}",
    ),
    "le": (
        "must be at most {limit}, not {value}",
        "phải nhỏ hơn hoặc bằng {limit}, không phải {value}",
    ),
    "other": ("is invalid: {detail}", "không hợp lệ: {detail}"),
}

TERMS: dict[str, tuple[str, str]] = {
    "party": ("party", "bên"),
    "unit": ("unit", "đơn vị"),
    "party_or_unit": ("party or unit", "bên hay đơn vị"),
    "declared_body": ("a declared party or unit", "bên hay đơn vị đã khai báo"),
    "other_body": (
        "another party or unit: a body cannot succeed itself",
        "một bên hay đơn vị khác: một cơ quan không thể tự kế thừa chính mình",
    ),
    "duty": ("duty", "nhiệm vụ"),
    "chapter": ("chapter", "chương"),
    "article": ("article", "điều"),
    "lead": ("lead", "cơ quan chủ trì"),
    "support": ("supporter", "cơ quan phối hợp"),
    "rotation": ("rotation entry", "bên trong thứ tự luân phiên"),
    "host": ("host", "bên chủ trì đánh giá"),
    "standing_office": ("standing office", "cơ quan thường trực"),
    "text": ("text", "văn bản"),
    "number": ("a whole number", "số nguyên"),
    "list": ("a list", "danh sách"),
    "mapping": ("a mapping of keys", "ánh xạ khóa - giá trị"),
    "boolean": ("true or false", "true hoặc false"),
    "nothing": ("empty", "rỗng"),
    # How a value of the wrong kind is named in a message ("must be text, not a list").
    "a_nothing": ("nothing", "giá trị rỗng"),
    "a_mapping": ("a mapping", "ánh xạ khóa - giá trị"),
    "a_list": ("a list", "danh sách"),
    "a_number": ("a number", "số"),
    "open": ("open-ended", "không thời hạn"),
    "not_done": ("not done", "chưa thực hiện"),
    "in_progress": ("in progress", "đang thực hiện"),
}

ERRORS: dict[str, tuple[str, str]] = {
    "path_missing": ("no such file or folder: {path}", "không có tệp hay thư mục: {path}"),
    "no_regulations": (
        "no regulation.yaml or evaluation record found under {path}",
        "không tìm thấy regulation.yaml hay bản đánh giá nào trong {path}",
    ),
    "regulation_not_found": (
        "no regulation '{ref}': give an id under {root}/, a folder or a regulation.yaml",
        "không có quy chế '{ref}': hãy nêu mã trong {root}/, một thư mục hoặc tệp regulation.yaml",
    ),
    "year_outside": (
        "{year} is outside the years of regulation {regulation} ({first} to {last})",
        "năm {year} nằm ngoài thời gian đánh giá của quy chế {regulation} ({first} đến {last})",
    ),
    "template_missing": ("no template named {name}", "không có mẫu {name}"),
    "template_not_utf8": (
        "template {name} is not UTF-8 text (at byte {byte})",
        "mẫu {name} không phải văn bản UTF-8 (tại byte {byte})",
    ),
    "templates_not_a_folder": (
        "--templates {path}: no such folder",
        "--templates {path}: không có thư mục này",
    ),
    "template_error": (
        "template {name}, line {line}: {detail}",
        "mẫu {name}, dòng {line}: {detail}",
    ),
    "template_outside": (
        "template {name} in {folder} leads outside that folder (to {target}); "
        "templates are read only from inside their folder",
        "mẫu {name} trong {folder} dẫn ra ngoài thư mục đó (tới {target}); "
        "mẫu chỉ được đọc từ bên trong thư mục của nó",
    ),
    "template_file_too_large": (
        "template {name} is {size} bytes, over the limit of {limit} bytes",
        "mẫu {name} dài {size} byte, vượt giới hạn {limit} byte",
    ),
    "template_timeout": (
        "template {name}, line {line}: rendering took longer than the limit of {seconds} s; "
        "is there a loop or a macro that never ends?",
        "mẫu {name}, dòng {line}: kết xuất lâu quá giới hạn {seconds} giây; "
        "có vòng lặp hay macro nào không dừng?",
    ),
    "template_too_large": (
        "template {name}, line {line}: the text would be longer than {limit} characters, "
        "the limit for a document and for any value in it",
        "mẫu {name}, dòng {line}: văn bản sẽ dài quá {limit} ký tự, "
        "giới hạn cho một văn bản và cho mỗi giá trị trong đó",
    ),
    "template_too_many_items": (
        "template {name}, line {line}: a list would hold more than {limit} items, the limit",
        "mẫu {name}, dòng {line}: một danh sách sẽ có quá {limit} phần tử, mức giới hạn",
    ),
    "template_steps": (
        "template {name}, line {line}: more than {limit} loop steps and calls, the limit; "
        "is there a loop that never ends?",
        "mẫu {name}, dòng {line}: quá {limit} bước lặp và lời gọi, mức giới hạn; "
        "có vòng lặp nào không dừng?",
    ),
    "template_depth": (
        "template {name}, line {line}: macros, calls or includes nested too deeply; "
        "does one of them call itself without end?",
        "mẫu {name}, dòng {line}: macro, lời gọi hay include lồng nhau quá sâu; "
        "có cái nào tự gọi lại chính nó mãi không?",
    ),
    "template_number_too_large": (
        "template {name}, line {line}: a number would have more than {limit} digits",
        "mẫu {name}, dòng {line}: một số sẽ có hơn {limit} chữ số",
    ),
    "record_exists": (
        "{path} exists already; coordreg never overwrites an evaluation record",
        "{path} đã có; coordreg không ghi đè bản đánh giá",
    ),
    "docx_needs_output": (
        "Word output needs a file: add -o FILE.docx",
        "xuất Word cần tên tệp: thêm -o TỆP.docx",
    ),
    "output_suffix": (
        "{path} does not end in {suffixes}, as {format} output should",
        "{path} không có đuôi {suffixes} như định dạng {format} yêu cầu",
    ),
    "output_is_dir": ("{path} is a folder, not a file", "{path} là thư mục, không phải tệp"),
    "output_parent_missing": ("no such folder: {path}", "không có thư mục: {path}"),
    "cannot_write": ("cannot write {path}: {reason}", "không ghi được {path}: {reason}"),
    "out_dir_not_folder": (
        "--out-dir {path} is a file, not a folder",
        "--out-dir {path} là tệp, không phải thư mục",
    ),
    "records_outside": (
        "{path} leads outside the regulation's folder {folder} (a symbolic link?); coordreg "
        "writes evaluation records only inside it",
        "{path} dẫn ra ngoài thư mục quy chế {folder} (liên kết tượng trưng?); coordreg chỉ "
        "ghi bản đánh giá trong thư mục đó",
    ),
    "bad_revision": (
        "'{revision}' is not a revision coordreg accepts (no leading '-', spaces, ':' or '..')",
        "'{revision}' không phải phiên bản hợp lệ (không bắt đầu bằng '-', không có dấu cách, ':' hay '..')",
    ),
    "unknown_revision": ("unknown revision '{revision}'", "không có phiên bản '{revision}'"),
    "not_in_revision": (
        "{path} does not exist in {revision}",
        "{path} không có trong phiên bản {revision}",
    ),
    "path_outside_repository": (
        "{path} is outside the repository {root}",
        "{path} nằm ngoài kho git {root}",
    ),
    "not_a_repository": (
        "{path} is not inside a git repository",
        "{path} không nằm trong kho git nào",
    ),
    "no_commits": ("the repository {path} has no commits yet", "kho git {path} chưa có commit nào"),
    "git_missing": ("git is not installed or not on PATH", "không tìm thấy git"),
    "git_failed": ("git failed: {detail}", "git báo lỗi: {detail}"),
    "unreadable": ("cannot read {path}: {reason}", "không đọc được {path}: {reason}"),
    "no_such_article": ("{path} has no article {number}", "{path} không có Điều {number}"),
    "article_or_duty": (
        "give --article or --duty, not both",
        "chỉ dùng một trong --article hoặc --duty",
    ),
    "transfer_to_itself": (
        "'{body}' cannot take over its own duties",
        "'{body}' không thể bàn giao cho chính mình",
    ),
    "transfer_source_missing": (
        "no regulation given declares the body '{source}'",
        "không quy chế nào đã nêu có bên hay đơn vị '{source}'",
    ),
    "transfer_target_missing": (
        "regulation {regulation} ({path}) does not declare '{target}'; add it under parties first",
        "quy chế {regulation} ({path}) chưa khai báo '{target}'; hãy bổ sung vào parties trước",
    ),
    "transfer_target_ended": (
        "'{target}' itself ends on {until}, before the transfer takes effect",
        "'{target}' đã kết thúc ngày {until}, trước ngày bàn giao có hiệu lực",
    ),
    "transfer_aliases": (
        "{path} uses YAML anchors or aliases; edit it by hand or remove them first",
        "{path} dùng neo/bí danh YAML; hãy sửa tay hoặc bỏ chúng trước",
    ),
    "transfer_broke_file": (
        "internal error: the transfer would not leave {path} valid; nothing was written",
        "lỗi nội bộ: bàn giao làm {path} không hợp lệ; chưa ghi gì",
    ),
    "bad_date": (
        "'{value}' is not a date written YYYY-MM-DD",
        "'{value}' không phải ngày dạng YYYY-MM-DD",
    ),
    "minutes_empty": (
        "no duty of '{source}' is handed over, so there is no minute to write",
        "không có nhiệm vụ nào của '{source}' được bàn giao nên không lập biên bản",
    ),
    "minutes_format": (
        "the minute {path} must end in .md, .html or .docx",
        "biên bản {path} phải có đuôi .md, .html hoặc .docx",
    ),
    "unknown_code": (
        "unknown code {code}; `coordreg rules` lists them",
        "không có mã {code}; xem `coordreg rules`",
    ),
    # `coordreg import`
    "import_suffix": (
        "cannot import {path}: coordreg reads {suffixes} files",
        "không nhập được {path}: coordreg đọc các tệp {suffixes}",
    ),
    "import_missing": ("{path} does not exist", "không có tệp {path}"),
    "import_is_folder": (
        "{path} is a folder; give the regulation's .docx, .txt or .md file",
        "{path} là thư mục; hãy chỉ tệp .docx, .txt hoặc .md của quy chế",
    ),
    "import_unreadable": ("cannot read {path}: {detail}", "không đọc được {path}: {detail}"),
    "import_too_large": (
        "{path} is {size} bytes, over the limit of {limit} bytes for a regulation's text",
        "{path} có {size} byte, vượt giới hạn {limit} byte cho văn bản một quy chế",
    ),
    "import_not_text": (
        "{path} is not text in UTF-8, UTF-16 or Windows-1258",
        "{path} không phải văn bản UTF-8, UTF-16 hay Windows-1258",
    ),
    "import_not_docx": (
        "{path} is not a Word document (.docx): {detail}",
        "{path} không phải tài liệu Word (.docx): {detail}",
    ),
    "import_no_articles": (
        "found no article ('Điều 1. ...') in {path}: is it the text of a regulation?",
        "không thấy điều nào ('Điều 1. ...') trong {path}: đây có phải văn bản quy chế không?",
    ),
    "import_exists": (
        "{path} exists already; coordreg import never overwrites (choose another --id)",
        "{path} đã có; coordreg import không ghi đè (chọn --id khác)",
    ),
    "import_found": (
        "read {path}: {chapters} chapters, {articles} articles, {clauses} clauses, "
        "{points} points; {parties} parties, {units} units; {duties} duties",
        "đã đọc {path}: {chapters} chương, {articles} điều, {clauses} khoản, {points} điểm; "
        "{parties} bên, {units} đơn vị; {duties} nhiệm vụ",
    ),
    "import_to_review": (
        "{count} items to review: {duties} duties marked `review`, {unplaced} passages "
        "kept under `unplaced`",
        "{count} mục cần rà soát: {duties} nhiệm vụ có dòng `review`, {unplaced} đoạn giữ "
        "trong `unplaced`",
    ),
    "import_unplaced_line": (
        "  not placed, line {line}: {text}",
        "  chưa xếp, dòng {line}: {text}",
    ),
    "import_note": ("  note: {note}", "  lưu ý: {note}"),
    "import_check_errors": (
        "{errors} errors where the text itself is irregular: correct them in the file",
        "{errors} lỗi do chính văn bản không đúng quy cách: sửa trực tiếp trong tệp",
    ),
    "import_written": (
        "wrote {path}; `coordreg check {folder}` lists what is left to review",
        "đã ghi {path}; `coordreg check {folder}` liệt kê những gì còn phải rà soát",
    ),
    # `coordreg new`
    "new_bad_id": (
        "'{value}' is not a valid regulation id: use ASCII letters, digits, '-', '_' and '.', "
        "starting with a letter or digit",
        "'{value}' không phải mã quy chế hợp lệ: chỉ dùng chữ cái không dấu, chữ số, '-', '_' "
        "và '.', bắt đầu bằng chữ cái hoặc chữ số",
    ),
    "new_bad_party_spec": (
        "--party '{spec}' is not ID:NAME, such as --party 'bca:Bộ Công an'",
        "--party '{spec}' không có dạng MÃ:TÊN, ví dụ --party 'bca:Bộ Công an'",
    ),
    "new_bad_party_id": (
        "party id '{id}' (in --party '{spec}') is not valid: use ASCII letters, digits, '-', '_' "
        "and '.', starting with a letter or digit",
        "mã bên '{id}' (trong --party '{spec}') không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, "
        "'-', '_' và '.', bắt đầu bằng chữ cái hoặc chữ số",
    ),
    "new_too_few_parties": (
        "a regulation has at least two parties: give --party ID:NAME for each ({count} given)",
        "quy chế phối hợp có ít nhất hai bên: thêm --party MÃ:TÊN cho mỗi bên (mới có {count})",
    ),
    "new_duplicate_party": ("party id '{id}' is given twice", "mã bên '{id}' được nêu hai lần"),
    "new_office_id_clash": (
        "party id '{id}' is also the id of the standing office of '{party}' ({id}); "
        "choose another id",
        "mã bên '{id}' trùng với mã cơ quan thường trực của bên '{party}' ({id}); hãy chọn mã khác",
    ),
    "new_empty_title": ("--title must not be empty", "--title không được để trống"),
    "new_bad_title": (
        "--title must be printable text, without control characters",
        "--title phải là văn bản in được, không có ký tự điều khiển",
    ),
    "new_exists": (
        "{path} exists already; coordreg new never overwrites",
        "{path} đã có; coordreg new không ghi đè",
    ),
    "new_cannot_write": ("cannot write {path}: {reason}", "không ghi được {path}: {reason}"),
    "new_written": (
        "wrote {path}: replace the [...] placeholders, add the duties, then run "
        "`coordreg check {folder}`",
        "đã tạo {path}: thay các chỗ [...] bằng nội dung thống nhất, bổ sung các nhiệm vụ, "
        "rồi chạy `coordreg check {folder}`",
    ),
    # `coordreg agenda`
    "agenda_bad_date": (
        "{option} takes a date written YYYY-MM-DD, from 1900 to 2200, not '{value}'",
        "{option} cần một ngày dạng YYYY-MM-DD, từ năm 1900 đến 2200, không phải '{value}'",
    ),
    "agenda_bad_window": ("--from {start} is after --to {end}", "--from {start} sau --to {end}"),
    "agenda_unknown_party": (
        "no party or unit '{party}' in the regulations read",
        "không có bên hay đơn vị '{party}' trong các quy chế đã đọc",
    ),
    "agenda_duplicate_regulation": (
        "regulation id '{id}' is found twice, in {first} and {second}",
        "mã quy chế '{id}' xuất hiện hai lần: {first} và {second}",
    ),
    "agenda_skipped": (
        "skipped {path}, which has errors ({errors}): its events are left out until "
        "`coordreg check {path}` passes",
        "bỏ qua {path} vì có lỗi ({errors}): lịch công việc không gồm quy chế này cho đến khi "
        "`coordreg check {path}` không còn lỗi",
    ),
    # `coordreg fmt`
    "fmt_would_reformat": ("would reformat {path}", "cần định dạng lại {path}"),
    "fmt_reformatted": ("reformatted {path}", "đã định dạng lại {path}"),
    "fmt_too_large": (
        "{path} is too large to lay out ({size} bytes, {values} values; fmt takes files of up "
        "to {max_bytes} bytes and {max_values} values); the file is left as it is",
        "{path} quá lớn để định dạng lại ({size} byte, {values} giá trị; fmt chỉ nhận tệp tối "
        "đa {max_bytes} byte và {max_values} giá trị); tệp được giữ nguyên",
    ),
    "fmt_summary_check": (
        "{changed} would be reformatted, {unchanged} already formatted",
        "{changed} cần định dạng lại, {unchanged} đã đúng định dạng",
    ),
    "fmt_summary_write": (
        "{changed} reformatted, {unchanged} already formatted",
        "đã định dạng lại {changed}, {unchanged} đã đúng định dạng",
    ),
    "fmt_summary_untouched": (
        "{count} left untouched (errors above)",
        "{count} được giữ nguyên (lỗi ở trên)",
    ),
    "fmt_would_change_data": (
        "internal error FMT001: formatting {path} would change its data; the file is left as it "
        "is (please report this, with the file)",
        "lỗi nội bộ FMT001: định dạng lại {path} sẽ làm thay đổi dữ liệu; tệp được giữ nguyên "
        "(hãy báo lỗi này, kèm theo tệp)",
    ),
    "fmt_would_lose_comment": (
        "internal error FMT002: formatting {path} would lose a comment; the file is left as it "
        "is (a comment after '- |' or '- >' in a list is one ruamel.yaml cannot keep: put it on "
        "a line of its own)",
        "lỗi nội bộ FMT002: định dạng lại {path} sẽ làm mất một chú thích; tệp được giữ nguyên "
        "(ruamel.yaml không giữ được chú thích đặt sau '- |' hay '- >' trong danh sách: hãy "
        "chuyển chú thích đó xuống một dòng riêng)",
    ),
    "fmt_cannot_lay_out": (
        "internal error FMT003: ruamel.yaml cannot lay out {path} ({detail}); the file is left "
        "as it is",
        "lỗi nội bộ FMT003: ruamel.yaml không trình bày lại được {path} ({detail}); tệp được "
        "giữ nguyên",
    ),
    "fmt_not_stable": (
        "internal error FMT004: the layout of {path} would change again on a second run; the "
        "file is left as it is (please report this, with the file)",
        "lỗi nội bộ FMT004: định dạng lại {path} lần thứ hai vẫn thay đổi; tệp được giữ nguyên "
        "(hãy báo lỗi này, kèm theo tệp)",
    ),
    "fmt_cannot_write": (
        "cannot write {path}: {reason}; the file is left as it was",
        "không ghi được {path}: {reason}; tệp được giữ nguyên",
    ),
}

SUGGESTION = (" (did you mean '{suggestion}'?)", " (có phải là '{suggestion}'?)")

HINTS: dict[str, tuple[str, str]] = {
    # No key of the format holds a space: such a "key" is almost always the tail
    # of a text cut at a comma inside {...}.
    "comma_in_flow": (
        "; inside {{...}} a comma ends an entry: put text with commas in quotes",
        "; trong {{...}} dấu phẩy kết thúc một mục: hãy đặt văn bản có dấu phẩy trong ngoặc kép",
    ),
    # CR306: a body that ends still holds duties.
    "transfer_to": (
        "; transfer its duties with `coordreg transfer --from {body} --to {successor}`",
        "; hãy bàn giao nhiệm vụ bằng `coordreg transfer --from {body} --to {successor}`",
    ),
    "ends_with_party": (
        "; the unit ends with its party '{party}'",
        "; đơn vị chấm dứt hoạt động cùng với bên '{party}'",
    ),
    "ends_with_party_transfer_to": (
        "; the unit ends with its party '{party}': transfer its duties with "
        "`coordreg transfer --from {body} --to {successor}`",
        "; đơn vị chấm dứt hoạt động cùng với bên '{party}': hãy bàn giao nhiệm vụ bằng "
        "`coordreg transfer --from {body} --to {successor}`",
    ),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "vi" else pair[0]


def term(word: str, lang: str = "en") -> str:
    """A catalogue word in `lang`; unknown words are returned as they are."""
    pair = TERMS.get(word)
    return _pick(pair, lang) if pair else word


def render(code: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of `code` in `lang`, with `args` filled in."""
    values = dict(args)
    for name in ("kind", "field", "type", "end", "actual", "value", "status"):
        if isinstance(values.get(name), str) and values[name] in TERMS:
            values[name] = term(values[name], lang)
    if "reason" in values:
        values["reason"] = _pick(REASONS[values["reason"]], lang).format(**values)
    text = _pick(MESSAGES[code], lang).format(**values)
    if values.get("suggestion"):
        text += _pick(SUGGESTION, lang).format(**values)
    if values.get("hint"):
        text += _pick(HINTS[values["hint"]], lang).format(**values)
    return text


def render_error(msgid: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of a `UsageError` in `lang`."""
    return _pick(ERRORS[msgid], lang).format(**args)
