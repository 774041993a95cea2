"""The one-line errors of `coordreg transfer` and of its handover minute, in Vietnamese and English.

Looked up with every other error through `coordreg.catalogue.errors.ERRORS`.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

TRANSFER_ERRORS: dict[str, Text] = {
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
    "minutes_empty": Text(
        vi="không có nhiệm vụ nào của '{source}' được bàn giao nên không lập biên bản",
        en="no duty of '{source}' is handed over, so there is no minute to write",
    ),
    "minutes_one_target": Text(
        vi="một biên bản chỉ có một bên nhận, mà các nhiệm vụ được giao cho {targets}; "
        "hãy lập biên bản cho từng bên nhận (--to)",
        en="a minute has one receiving side, and the duties go to {targets}; "
        "make one minute per receiving body (--to)",
    ),
    "transfer_target_not_yet": Text(
        vi="'{target}' chỉ bắt đầu từ ngày {since}, sau ngày bàn giao có hiệu lực",
        en="'{target}' only starts on {since}, after the transfer takes effect",
    ),
    "transfer_no_target": Text(
        vi="hãy nêu bên nhận: --to, hoặc --map với tệp ánh xạ nhiệm vụ",
        en="name who takes over: --to, or --map with a map file",
    ),
    "transfer_to_with_map": Text(
        vi="--to cùng --map chỉ dùng cho các nhiệm vụ nêu bằng --duty hoặc --article; "
        "các nhiệm vụ còn lại bàn giao ở lần chạy sau",
        en="--to beside --map is for the duties named with --duty or --article; "
        "hand the rest over in a later run",
    ),
    "transfer_selected_twice": Text(
        vi="'{what}' được giao cho hai bên: {first} và {second}",
        en="'{what}' is handed to two bodies: {first} and {second}",
    ),
    "transfer_unknown_duty": Text(
        vi="{where}: không quy chế nào đã nêu có nhiệm vụ '{key}'",
        en="{where}: no regulation given has a duty '{key}'",
    ),
    "transfer_unknown_article": Text(
        vi="{where}: không quy chế nào đã nêu có Điều {key}",
        en="{where}: no regulation given has an article {key}",
    ),
    "transfer_duty_not_held": Text(
        vi="{where}: '{source}' không chủ trì cũng không phối hợp nhiệm vụ '{key}'",
        en="{where}: '{source}' neither leads nor supports duty '{key}'",
    ),
    "transfer_article_not_held": Text(
        vi="{where}: '{source}' không chủ trì cũng không phối hợp nhiệm vụ nào của Điều {key}",
        en="{where}: '{source}' neither leads nor supports any duty of article {key}",
    ),
    "transfer_map_shape": Text(
        vi="{path}: tệp ánh xạ chỉ gồm duties (mã nhiệm vụ: bên nhận) "
        "và articles (số Điều: bên nhận)",
        en="{path}: a map file holds only duties (duty id: new body) "
        "and articles (article number: new body)",
    ),
    "transfer_map_value": Text(
        vi="{path}: '{key}' phải ứng với mã một bên hay đơn vị, không phải '{value}'",
        en="{path}: '{key}' must map to the id of a party or unit, not '{value}'",
    ),
    "transfer_map_article": Text(
        vi="{path}: '{key}' không phải số Điều", en="{path}: '{key}' is not an article number"
    ),
    "transfer_act_both": Text(
        vi="--act {act} là văn bản đã có; không dùng kèm --act-number, --act-title, "
        "--act-signed, --act-kind hay --act-id",
        en="--act {act} names an act already recorded; --act-number, --act-title, "
        "--act-signed, --act-kind and --act-id describe a new one",
    ),
    "transfer_outside_life": Text(
        vi="quy chế {regulation} có hiệu lực từ {start} đến {until}: việc bàn giao có hiệu "
        "lực từ ngày {day} nằm ngoài thời gian đó",
        en="regulation {regulation} is in force from {start} to {until}: a handover "
        "taking effect on {day} falls outside that time",
    ),
    "transfer_act_needs_effective": Text(
        vi="văn bản mới cần ngày có hiệu lực: hãy thêm --effective",
        en="a new act needs the day it takes effect: add --effective",
    ),
    "transfer_act_bad_id": Text(
        vi="'{act}' không phải mã hợp lệ (chữ cái, chữ số, '.', '_', '-', không dấu)",
        en="'{act}' is not a valid id (ASCII letters, digits, '.', '_', '-')",
    ),
    "transfer_act_bad_kind": Text(
        vi="'{kind}' không phải loại văn bản; dùng một trong {kinds}",
        en="'{kind}' is not a kind of act; use one of {kinds}",
    ),
    "transfer_act_bad_text": Text(
        vi="'{text}' không ghi được làm số hay trích yếu văn bản",
        en="'{text}' cannot be an act's number or title",
    ),
    "transfer_act_missing": Text(
        vi="quy chế {regulation} ({path}) không có văn bản '{act}' trong acts",
        en="regulation {regulation} ({path}) has no act '{act}' under acts",
    ),
    "transfer_act_exists": Text(
        vi="{path} đã có văn bản '{act}'; dùng --act {act} để ghi theo văn bản đó",
        en="{path} already has an act '{act}'; use --act {act} to record under it",
    ),
    "transfer_act_other_day": Text(
        vi="văn bản '{act}' có hiệu lực từ ngày {effective}, không phải ngày {day}",
        en="act '{act}' takes effect on {effective}, not on {day}",
    ),
    "transfer_recorded_change": Text(
        vi="nhiệm vụ '{duty}': văn bản {act} (hiệu lực từ ngày {date}) đã thay đổi bên chủ trì "
        "hoặc phối hợp; hãy ghi việc bàn giao này bằng tay",
        en="duty '{duty}': act {act} (effective {date}) already changes who leads or supports "
        "it; record this handover by hand",
    ),
    "minutes_format": Text(
        vi="biên bản {path} phải có đuôi .md, .html, .docx hoặc .pdf",
        en="the minute {path} must end in .md, .html, .docx or .pdf",
    ),
}
