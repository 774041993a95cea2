"""The catalogue: every sentence coordreg shows a user, in English and Vietnamese.

Findings store a code and arguments; the words are chosen here when a report is
printed. `TERMS` translates the words that arguments carry (kinds of things,
expected types), `REASONS` the details of an invalid value (CR104).
"""

from __future__ import annotations

from typing import Any

from coordreg.catalogue.text import Text, pick

MESSAGES: dict[str, Text] = {
    # Reading the file
    "CR001": Text(vi="lỗi cú pháp YAML: {problem}", en="YAML syntax error: {problem}"),
    "CR002": Text(
        vi="tệp không phải văn bản UTF-8 ({encoding}); hãy lưu lại với bảng mã UTF-8",
        en="the file is not UTF-8 text ({encoding}); save it as UTF-8",
    ),
    "CR003": Text(
        vi="khóa '{key}' bị lặp (đã có ở dòng {first_line})",
        en="duplicate key '{key}' (first at line {first_line})",
    ),
    "CR004": Text(
        vi="các bí danh (alias) mở rộng ra hơn {limit} giá trị",
        en="aliases expand to more than {limit} values",
    ),
    "CR005": Text(
        vi="cấu trúc lồng sâu quá {limit} cấp", en="nesting is deeper than {limit} levels"
    ),
    "CR006": Text(
        vi="tệp dài {size} byte, vượt giới hạn {limit} byte",
        en="the file is {size} bytes, over the limit of {limit} bytes",
    ),
    "CR007": Text(
        vi="không được dùng thẻ '{tag}': tệp coordreg chỉ chứa dữ liệu thuần",
        en="tag '{tag}' is not allowed: coordreg files hold plain data",
    ),
    "CR008": Text(
        vi="khóa phải là một giá trị đơn, không phải danh sách hay ánh xạ",
        en="a key must be a single value, not a list or a mapping",
    ),
    "CR009": Text(vi="tệp rỗng", en="the file is empty"),
    "CR010": Text(
        vi="cấp ngoài cùng phải là ánh xạ khóa - giá trị",
        en="the top level must be a mapping of keys to values",
    ),
    "CR011": Text(
        vi="tệp chứa nhiều hơn một tài liệu YAML; chỉ tài liệu đầu tiên được đọc",
        en="the file holds more than one YAML document; only the first is read",
    ),
    "CR012": Text(vi="không đọc được tệp: {detail}", en="cannot read the file: {detail}"),
    "CR013": Text(
        vi="bí danh '*{name}' không trỏ tới neo (anchor) nào",
        en="alias '*{name}' refers to no anchor",
    ),
    "CR014": Text(
        vi="tệp có hơn {limit} vấn đề: {count} vấn đề còn lại không được liệt kê",
        en="more than {limit} findings in this file: the other {count} are not listed",
    ),
    "CR015": Text(vi="tệp chứa hơn {limit} giá trị", en="the file holds more than {limit} values"),
    "CR016": Text(
        vi="khóa '{key}' được đọc là {kind}, không phải một tên; đặt trong dấu nháy nếu đó là tên",
        en="the key '{key}' is read as {kind}, not as a name; put it in quotes if a name is meant",
    ),
    # The schema
    "CR101": Text(vi="thiếu khóa bắt buộc '{key}'", en="required key '{key}' is missing"),
    "CR102": Text(
        vi="'{key}' phải là {type}, không phải {actual}", en="'{key}' must be {type}, not {actual}"
    ),
    "CR103": Text(vi="khóa không hợp lệ '{key}'", en="unknown key '{key}'"),
    "CR104": Text(vi="'{key}' {reason}", en="'{key}' {reason}"),
    # Identity
    "CR201": Text(
        vi="mã {kind} '{id}' đã được dùng ở dòng {first_line}",
        en="{kind} id '{id}' is already used at line {first_line}",
    ),
    "CR202": Text(
        vi="mã '{id}' không khớp với tên thư mục '{folder}'",
        en="id '{id}' does not match its folder '{folder}'",
    ),
    # References
    "CR301": Text(
        vi="{field} '{ref}' không phải là {kind} đã khai báo",
        en="{field} '{ref}' is not a declared {kind}",
    ),
    "CR302": Text(
        vi="'{ref}' chủ trì nhiệm vụ này nên không thể đồng thời là cơ quan phối hợp",
        en="'{ref}' leads this duty and cannot also support it",
    ),
    "CR303": Text(
        vi="cơ quan thường trực '{ref}' không phải đơn vị thuộc bên '{party}'",
        en="standing office '{ref}' is not a unit of party '{party}'",
    ),
    "CR304": Text(
        vi="bên '{party}' không có trong thứ tự luân phiên chủ trì đánh giá hằng năm",
        en="party '{party}' never hosts the yearly evaluation: it is not in the rotation",
    ),
    "CR305": Text(
        vi="'{ref}' được liệt kê nhiều lần trong các cơ quan phối hợp",
        en="'{ref}' is listed more than once among the supporters",
    ),
    # Bodies that end
    "CR306": Text(
        vi="{field} '{body}' chỉ hoạt động đến hết ngày {until} nhưng nhiệm vụ vẫn phải thực hiện "
        "sau ngày đó: từ ngày {start} phần việc này không có cơ quan đảm nhận",
        en="{field} '{body}' ends on {until} but this duty still falls due after that: "
        "from {start} its part in the duty has no owner",
    ),
    "CR307": Text(
        vi="cơ quan kế thừa '{ref}' không phải là {kind}", en="successor '{ref}' is not {kind}"
    ),
    "CR308": Text(
        vi="các cơ quan kế thừa tạo thành vòng lặp: {cycle}",
        en="successors run in a cycle: {cycle}",
    ),
    "CR309": Text(
        vi="cơ quan kế thừa '{successor}' cũng chỉ hoạt động đến hết ngày {successor_until}, "
        "không muộn hơn '{body}' ({until}), nên không thể tiếp nhận nhiệm vụ",
        en="successor '{successor}' itself ends on {successor_until}, no later than '{body}' "
        "({until}): it cannot take over the duties",
    ),
    # Numbering
    "CR401": Text(
        vi="chương '{found}' phải được đánh số '{expected}'",
        en="chapter '{found}' should be numbered '{expected}'",
    ),
    "CR402": Text(
        vi="điều {found} phải được đánh số {expected}: các điều đánh số liên tục từ 1 qua các chương",
        en="article {found} should be numbered {expected}: articles run on from 1 across chapters",
    ),
    "CR403": Text(
        vi="khoản {found} phải được đánh số {expected}",
        en="clause {found} should be numbered {expected}",
    ),
    "CR404": Text(
        vi="điểm '{found}' phải là '{expected}' (thứ tự chữ cái tiếng Việt: a, b, c, d, đ, e, g, h, ...)",
        en="point '{found}' should be '{expected}' (Vietnamese order: a, b, c, d, đ, e, g, h, ...)",
    ),
    # Dates
    "CR501": Text(
        vi="ngày có hiệu lực {effective} trước ngày ký {signed}",
        en="effective date {effective} is before the signing date {signed}",
    ),
    "CR502": Text(
        vi="hạn hoàn thành {due} nằm ngoài thời gian hiệu lực của quy chế ({start} đến {end})",
        en="one-off due date {due} is outside the regulation's life ({start} to {end})",
    ),
    "CR503": Text(
        vi="năm đánh giá đầu tiên {year} trước khi quy chế có hiệu lực ({effective})",
        en="first evaluation year {year} is before the regulation takes effect ({effective})",
    ),
    "CR504": Text(
        vi="ngày hết hiệu lực {until} trước ngày có hiệu lực {effective}",
        en="end date {until} is before the effective date {effective}",
    ),
    # Evaluation records
    "CR601": Text(
        vi="năm {year} nằm ngoài các năm đánh giá của quy chế ({first} đến {end})",
        en="year {year} is outside the regulation's evaluation years ({first} to {end})",
    ),
    "CR602": Text(
        vi="bên chủ trì '{host}' không đúng thứ tự luân phiên: năm {year} do '{expected}' chủ trì",
        en="host '{host}' does not follow the rotation: '{expected}' hosts {year}",
    ),
    "CR603": Text(
        vi="kết quả cho nhiệm vụ không tồn tại '{duty}'", en="result for unknown duty '{duty}'"
    ),
    "CR604": Text(
        vi="bản đánh giá ghi quy chế '{found}' nhưng nằm trong thư mục của '{expected}'",
        en="the record names regulation '{found}' but sits in the folder of '{expected}'",
    ),
    "CR605": Text(
        vi="bản đánh giá năm {year} phải có tên tệp '{expected}'",
        en="the record for {year} should be named '{expected}'",
    ),
    "CR606": Text(
        vi="nhiệm vụ '{duty}' đến hạn trong năm {year} nhưng chưa có kết quả",
        en="duty '{duty}' falls due in {year} but has no result",
    ),
    "CR607": Text(
        vi="tổ chức ngày {held}, trước năm {year} được đánh giá",
        en="held on {held}, before the year {year} it evaluates",
    ),
    "CR608": Text(
        vi="không tìm thấy regulation.yaml cho bản đánh giá này",
        en="no regulation.yaml beside this record's folder",
    ),
    "CR610": Text(
        vi="nhiệm vụ '{duty}' còn {status} năm {previous} nhưng chưa có kết quả năm {year}",
        en="duty '{duty}' was left {status} in {previous} but has no result in {year}",
    ),
    "CR609": Text(
        vi="bên chủ trì '{host}' không phải là một bên của quy chế",
        en="host '{host}' is not a party of the regulation",
    ),
    # Coverage
    "CR701": Text(
        vi="bên '{party}' không chủ trì nhiệm vụ nào, kể cả qua các đơn vị của mình",
        en="party '{party}' leads no duty, neither itself nor through its units",
    ),
    "CR702": Text(
        vi="nhiệm vụ '{duty}' cần được rà soát: {note}",
        en="duty '{duty}' is marked for review: {note}",
    ),
    "CR703": Text(
        vi="đoạn văn bản ở dòng {line} của văn bản nguồn chưa được sắp xếp: {text}",
        en="text from line {line} of the imported source is not placed yet: {text}",
    ),
    # Text
    "CR801": Text(
        vi="văn bản không ở dạng Unicode NFC (chữ tiếng Việt tổ hợp); hãy lưu lại ở dạng NFC",
        en="text is not in Unicode NFC form (decomposed Vietnamese letters); re-save it as NFC",
    ),
}

REASONS: dict[str, Text] = {
    "bad_id": Text(
        vi="không phải mã hợp lệ, {value}: chỉ dùng chữ cái không dấu, chữ số, '-', '_' và '.'",
        en="is not a valid id, {value}: use ASCII letters, digits, '-', '_' and '.'",
    ),
    "bad_calendar_date": Text(
        vi="không phải ngày có thật: {value}", en="is not a date in the calendar: {value}"
    ),
    "expected_date": Text(
        vi="phải là ngày dạng YYYY-MM-DD, không phải {value}",
        en="must be a date written YYYY-MM-DD, not {value}",
    ),
    "schedule_shape": Text(
        vi="phải là continuous, on_request, hoặc một trong {{once: YYYY-MM-DD}}, {{yearly: MM-DD}}, "
        "{{half_yearly: MM-DD}}, {{quarterly: MM-DD}}, {{monthly: NGÀY}}; không phải {value}",
        en="must be continuous, on_request, or one of {{once: YYYY-MM-DD}}, {{yearly: MM-DD}}, "
        "{{half_yearly: MM-DD}}, {{quarterly: MM-DD}}, {{monthly: DAY}}; not {value}",
    ),
    "schedule_month_day": Text(
        vi="cần ngày dạng MM-DD cho {kind}, với tháng của lần đầu tiên trong năm "
        "(yearly 01-12, half_yearly 01-06, quarterly 01-03); không phải {value}",
        en="needs MM-DD for {kind}, the month being that of the first date in the year "
        "(yearly 01-12, half_yearly 01-06, quarterly 01-03); not {value}",
    ),
    "schedule_monthly": Text(
        vi="cần một ngày trong tháng từ 1 đến 31 cho monthly, không phải {value}",
        en="needs a day of the month from 1 to 31 for monthly, not {value}",
    ),
    "literal": Text(
        vi="phải là một trong {choices}, không phải {value}",
        en="must be one of {choices}, not {value}",
    ),
    "too_short": Text(vi="quá ít: cần ít nhất {min}", en="is too short: at least {min} needed"),
    "empty": Text(vi="không được để trống", en="must not be empty"),
    "ge": Text(
        vi="phải lớn hơn hoặc bằng {limit}, không phải {value}",
        en="must be at least {limit}, not {value}",
    ),
    "le": Text(
        vi="phải nhỏ hơn hoặc bằng {limit}, không phải {value}",
        en="must be at most {limit}, not {value}",
    ),
    "other": Text(vi="không hợp lệ: {detail}", en="is invalid: {detail}"),
}

TERMS: dict[str, Text] = {
    "party": Text(vi="bên", en="party"),
    "unit": Text(vi="đơn vị", en="unit"),
    "party_or_unit": Text(vi="bên hay đơn vị", en="party or unit"),
    "declared_body": Text(vi="bên hay đơn vị đã khai báo", en="a declared party or unit"),
    "other_body": Text(
        vi="một bên hay đơn vị khác: một cơ quan không thể tự kế thừa chính mình",
        en="another party or unit: a body cannot succeed itself",
    ),
    "duty": Text(vi="nhiệm vụ", en="duty"),
    "chapter": Text(vi="chương", en="chapter"),
    "article": Text(vi="điều", en="article"),
    "lead": Text(vi="cơ quan chủ trì", en="lead"),
    "support": Text(vi="cơ quan phối hợp", en="supporter"),
    "rotation": Text(vi="bên trong thứ tự luân phiên", en="rotation entry"),
    "host": Text(vi="bên chủ trì đánh giá", en="host"),
    "standing_office": Text(vi="cơ quan thường trực", en="standing office"),
    "text": Text(vi="văn bản", en="text"),
    "number": Text(vi="số nguyên", en="a whole number"),
    "list": Text(vi="danh sách", en="a list"),
    "mapping": Text(vi="ánh xạ khóa - giá trị", en="a mapping of keys"),
    "boolean": Text(vi="true hoặc false", en="true or false"),
    "nothing": Text(vi="rỗng", en="empty"),
    # How a value of the wrong kind is named in a message ("must be text, not a list").
    "a_nothing": Text(vi="giá trị rỗng", en="nothing"),
    "a_mapping": Text(vi="ánh xạ khóa - giá trị", en="a mapping"),
    "a_list": Text(vi="danh sách", en="a list"),
    "a_number": Text(vi="số", en="a number"),
    "open": Text(vi="không thời hạn", en="open-ended"),
    "not_done": Text(vi="chưa thực hiện", en="not done"),
    "in_progress": Text(vi="đang thực hiện", en="in progress"),
}

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
    "template_timeout": Text(
        vi="mẫu {name}, dòng {line}: kết xuất lâu quá giới hạn {seconds} giây; "
        "có vòng lặp hay macro nào không dừng?",
        en="template {name}, line {line}: rendering took longer than the limit of {seconds} s; "
        "is there a loop or a macro that never ends?",
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
    "record_exists": Text(
        vi="{path} đã có; coordreg không ghi đè bản đánh giá",
        en="{path} exists already; coordreg never overwrites an evaluation record",
    ),
    "docx_needs_output": Text(
        vi="xuất Word cần tên tệp: thêm -o TỆP.docx",
        en="Word output needs a file: add -o FILE.docx",
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
    "transfer_to_itself": Text(
        vi="'{body}' không thể bàn giao cho chính mình",
        en="'{body}' cannot take over its own duties",
    ),
    "transfer_source_missing": Text(
        vi="không quy chế nào đã nêu có bên hay đơn vị '{source}'",
        en="no regulation given declares the body '{source}'",
    ),
    "transfer_target_missing": Text(
        vi="quy chế {regulation} ({path}) chưa khai báo '{target}'; hãy bổ sung vào parties trước",
        en="regulation {regulation} ({path}) does not declare '{target}'; add it under parties first",
    ),
    "transfer_target_ended": Text(
        vi="'{target}' đã kết thúc ngày {until}, trước ngày bàn giao có hiệu lực",
        en="'{target}' itself ends on {until}, before the transfer takes effect",
    ),
    "transfer_aliases": Text(
        vi="{path} dùng neo/bí danh YAML; hãy sửa tay hoặc bỏ chúng trước",
        en="{path} uses YAML anchors or aliases; edit it by hand or remove them first",
    ),
    "transfer_broke_file": Text(
        vi="lỗi nội bộ: bàn giao làm {path} không hợp lệ; chưa ghi gì",
        en="internal error: the transfer would not leave {path} valid; nothing was written",
    ),
    "bad_date": Text(
        vi="'{value}' không phải ngày dạng YYYY-MM-DD",
        en="'{value}' is not a date written YYYY-MM-DD",
    ),
    "minutes_empty": Text(
        vi="không có nhiệm vụ nào của '{source}' được bàn giao nên không lập biên bản",
        en="no duty of '{source}' is handed over, so there is no minute to write",
    ),
    "minutes_format": Text(
        vi="biên bản {path} phải có đuôi .md, .html hoặc .docx",
        en="the minute {path} must end in .md, .html or .docx",
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
        vi="không thấy điều nào ('Điều 1. ...') trong {path}: đây có phải văn bản quy chế không?",
        en="found no article ('Điều 1. ...') in {path}: is it the text of a regulation?",
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
}

SUGGESTION = Text(vi=" (có phải là '{suggestion}'?)", en=" (did you mean '{suggestion}'?)")

HINTS: dict[str, Text] = {
    # No key of the format holds a space: such a "key" is almost always the tail
    # of a text cut at a comma inside {...}.
    "comma_in_flow": Text(
        vi="; trong {{...}} dấu phẩy kết thúc một mục: hãy đặt văn bản có dấu phẩy trong ngoặc kép",
        en="; inside {{...}} a comma ends an entry: put text with commas in quotes",
    ),
    # CR306: a body that ends still holds duties.
    "transfer_to": Text(
        vi="; hãy bàn giao nhiệm vụ bằng `coordreg transfer --from {body} --to {successor}`",
        en="; transfer its duties with `coordreg transfer --from {body} --to {successor}`",
    ),
    "ends_with_party": Text(
        vi="; đơn vị chấm dứt hoạt động cùng với bên '{party}'",
        en="; the unit ends with its party '{party}'",
    ),
    "ends_with_party_transfer_to": Text(
        vi="; đơn vị chấm dứt hoạt động cùng với bên '{party}': hãy bàn giao nhiệm vụ bằng "
        "`coordreg transfer --from {body} --to {successor}`",
        en="; the unit ends with its party '{party}': transfer its duties with "
        "`coordreg transfer --from {body} --to {successor}`",
    ),
}


def term(word: str, lang: str = "en") -> str:
    """A catalogue word in `lang`; unknown words are returned as they are."""
    text = TERMS.get(word)
    return pick(text, lang) if text else word


def render(code: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of `code` in `lang`, with `args` filled in."""
    values = dict(args)
    for name in ("kind", "field", "type", "end", "actual", "value", "status"):
        if isinstance(values.get(name), str) and values[name] in TERMS:
            values[name] = term(values[name], lang)
    if "reason" in values:
        values["reason"] = pick(REASONS[values["reason"]], lang).format(**values)
    text = pick(MESSAGES[code], lang).format(**values)
    if values.get("suggestion"):
        text += pick(SUGGESTION, lang).format(**values)
    if values.get("hint"):
        text += pick(HINTS[values["hint"]], lang).format(**values)
    return text


def render_error(msgid: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of a `UsageError` in `lang`."""
    return pick(ERRORS[msgid], lang).format(**args)
