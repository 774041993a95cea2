"""The sentences of findings (CR001 ...), in Vietnamese and English.

Findings store a code and arguments; the words are chosen here when a report is
printed. `VARIANTS` holds a second wording some codes choose by their `variant`
argument; `REASONS` words the details of an invalid value (CR104); the tails some
messages carry (`SUGGESTION`, `HINTS`) live in `finding_tails`; arguments naming
kinds of things are translated through `coordreg.catalogue.terms`.
"""

from __future__ import annotations

from typing import Any

from coordreg.catalogue.controls import one_line_values
from coordreg.catalogue.finding_tails import HINTS, SUGGESTION
from coordreg.catalogue.finding_variants import VARIANTS
from coordreg.catalogue.lead_findings import LEAD_MESSAGES, LEAD_REASONS, LEAD_VARIANTS
from coordreg.catalogue.terms import TERMS, term
from coordreg.catalogue.text import Text, pick
from coordreg.catalogue.workbook_findings import WORKBOOK_MESSAGES, WORKBOOK_WORDS

MESSAGES: dict[str, Text] = {
    # Reading the file
    "CR001": Text(
        vi="lỗi cú pháp YAML\n(chi tiết của bộ đọc YAML: {problem})",
        en="YAML syntax error: {problem}",
    ),
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
    "CR017": Text(
        vi="tệp này dùng định dạng {format}; bản coordreg này chỉ đọc được đến định dạng "
        "{supported}: hãy cập nhật coordreg",
        en="this file uses format {format}; this coordreg reads up to format {supported}: "
        "update coordreg",
    ),
    "CR018": Text(
        vi="tệp là (hoặc nằm sau) một liên kết tượng trưng dẫn ra ngoài kho {root}; coordreg "
        "không đọc, không ghi qua liên kết đó",
        en="the file is (or lies behind) a symbolic link that leads outside the repository "
        "{root}; coordreg neither reads nor writes through it",
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
    "CR611": Text(
        vi="nhiệm vụ '{duty}' ghi ngày hoàn thành {completed}, ngoài năm {year} được đánh giá",
        en="duty '{duty}' was completed on {completed}, outside the year {year} evaluated",
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
    "CR705": Text(
        vi="người ký của bên '{party}' (cơ quan tập thể) cần ký thay mặt: thêm 'authority: TM.'",
        en="the signatory of '{party}' (a collective body) signs on its behalf: add 'authority: TM.'",
    ),
    "CR702": Text(
        vi="nhiệm vụ '{duty}' cần được rà soát: {note}",
        en="duty '{duty}' is marked for review: {note}",
    ),
    "CR703": Text(
        vi="đoạn văn bản ở dòng {line} của văn bản nguồn chưa được sắp xếp: {text}",
        en="text from line {line} of the imported source is not placed yet: {text}",
    ),
    "CR704": Text(
        vi="chương {chapter} cần được rà soát: {note}",
        en="chapter {chapter} is marked for review: {note}",
    ),
    # Through time
    "CR901": Text(
        vi="văn bản '{ref}' ghi ở '{key}' chưa được khai báo trong 'acts'",
        en="act '{ref}' named by '{key}' is not declared under 'acts'",
    ),
    "CR902": Text(
        vi="văn bản '{act}' có hiệu lực từ ngày {effective}, trước ngày ký {signed}: "
        "hãy kiểm tra lại hai ngày này",
        en="act '{act}' takes effect on {effective}, before it was signed on {signed}: "
        "check both dates",
    ),
    "CR903": Text(
        vi="văn bản '{act}' có hiệu lực từ ngày {effective}, nằm ngoài thời gian hiệu lực "
        "của quy chế ({start} đến {end})",
        en="act '{act}' takes effect on {effective}, outside the regulation's life "
        "({start} to {end})",
    ),
    "CR904": Text(
        vi="bị bãi bỏ bởi '{act}' từ ngày {effective}, không muộn hơn ngày được bổ sung bởi "
        "'{added}' ({added_on}): nội dung này không có ngày nào có hiệu lực",
        en="repealed by '{act}' from {effective}, no later than it was added by '{added}' "
        "from {added_on}: it is never in force",
    ),
    "CR905": Text(
        vi="'{key}' là khóa của định dạng 2 nhưng tệp không ghi 'format: 2': hãy thêm dòng này "
        "ở đầu tệp để bản coordreg chỉ đọc định dạng 1 báo rõ là không đọc được tệp",
        en="'{key}' is a key of format 2 but the file does not say 'format: 2': add it at the "
        "top, so that a coordreg that reads only format 1 says clearly that it cannot read "
        "the file",
    ),
    "CR906": Text(
        vi="giá trị trước đây theo '{act}' không ghi nội dung nào: hãy ghi nội dung trước khi "
        "văn bản có hiệu lực, hoặc xóa mục này",
        en="the earlier value under '{act}' gives no field: give what was different before "
        "the act, or remove the entry",
    ),
    "CR907": Text(
        vi="{field} '{body}' chỉ hoạt động từ ngày {since} nhưng nhiệm vụ đã phải thực hiện "
        "trước ngày đó (từ ngày {start}): trước ngày {since} phần việc này không có cơ quan "
        "đảm nhận; hãy ghi cơ quan đảm nhận trước đó trong mục 'before'",
        en="{field} '{body}' only exists from {since} but this duty falls due before that "
        "(from {start}): until {since} its part in the duty has no owner; give the earlier "
        "holder in a 'before' entry",
    ),
    # Text
    "CR612": Text(
        vi="chưa có bản đánh giá năm {year}, hạn {due}: hãy lập bằng `coordreg evaluate "
        "--year {year}`",
        en="no evaluation record for {year}, due {due}: write it with `coordreg evaluate "
        "--year {year}`",
    ),
    "CR706": Text(
        vi="chưa điền {placeholder} (chỗ để trống của `coordreg new`): hãy thay bằng nội dung "
        "các bên thống nhất",
        en="the placeholder {placeholder} left by `coordreg new` is still to be filled",
    ),
    "CR801": Text(
        vi="văn bản không ở dạng Unicode NFC (chữ tiếng Việt tổ hợp); hãy lưu lại ở dạng NFC",
        en="text is not in Unicode NFC form (decomposed Vietnamese letters); re-save it as NFC",
    ),
    "CR802": Text(
        vi="văn bản chứa ký tự điều khiển {character}, ký tự mà cửa sổ dòng lệnh thực hiện "
        "thay vì hiển thị; hãy xóa ký tự này",
        en="the text holds the control character {character}, which terminals act on "
        "instead of showing; remove it",
    ),
}

MESSAGES.update(WORKBOOK_MESSAGES)
MESSAGES.update(LEAD_MESSAGES)
VARIANTS.update(LEAD_VARIANTS)

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
    **LEAD_REASONS,
}


def render(code: str, args: dict[str, Any], lang: str = "en") -> str:
    """The message of `code` in `lang`, with `args` filled in.

    A message is one line: the text it quotes from a file (a key, a name, a note)
    has its control characters and line breaks shown as escapes (`catalogue.controls`).
    """
    values = one_line_values(args)
    for name in ("kind", "field", "type", "end", "actual", "value", "status"):
        if isinstance(values.get(name), str) and values[name] in TERMS:
            values[name] = term(values[name], lang)
    for name in ("reason", "what", "field"):
        if values.get(name) in WORKBOOK_WORDS:
            values[name] = pick(WORKBOOK_WORDS[values[name]], lang).format(**values)
    if "reason" in values and values["reason"] in REASONS:
        values["reason"] = pick(REASONS[values["reason"]], lang).format(**values)
    variant = values.get("variant")
    template = VARIANTS[code, variant] if variant else MESSAGES[code]
    text = pick(template, lang).format(**values)
    if values.get("suggestion"):
        text += pick(SUGGESTION, lang).format(**values)
    if values.get("hint"):
        text += pick(HINTS[values["hint"]], lang).format(**values)
    return text
