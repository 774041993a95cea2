"""The second wordings of some finding codes, in Vietnamese and English.

A finding chooses one with its `variant` argument (`coordreg.catalogue.findings.render`):
the same fault seen from another side, such as a result for a duty that exists in
the file but is not in force in the record's year (CR603), or the kinds of empty and
overlapping periods (CR904).
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

# CR001: the parser's problems explained (`coordreg.loader.syntax_hints`); its own
# English sentence, `problem`, follows on a second line.
_PARSER_VI = "\n(chi tiết của bộ đọc YAML: {problem})"
_PARSER_EN = "\n(parser: {problem})"

VARIANTS: dict[tuple[str, str], Text] = {
    ("CR001", "unclosed"): Text(
        vi="lỗi cú pháp YAML: dấu '{opener}' mở ở {opened} chưa được đóng" + _PARSER_VI,
        en="YAML syntax error: the '{opener}' opened at {opened} is not closed" + _PARSER_EN,
    ),
    ("CR001", "tab"): Text(
        vi="lỗi cú pháp YAML: có ký tự tab; YAML chỉ thụt lề bằng dấu cách" + _PARSER_VI,
        en="YAML syntax error: a tab character; YAML indents with spaces only" + _PARSER_EN,
    ),
    ("CR001", "colon_in_value"): Text(
        vi="lỗi cú pháp YAML: có ': ' trong một giá trị; hãy đặt cả giá trị trong dấu nháy"
        + _PARSER_VI,
        en="YAML syntax error: ': ' inside a value; put the whole value in quotes" + _PARSER_EN,
    ),
    ("CR001", "after_value"): Text(
        vi="lỗi cú pháp YAML: có chữ sau một giá trị đã đóng nháy; hãy đặt cả giá trị trong "
        "một cặp nháy" + _PARSER_VI,
        en="YAML syntax error: text after a quoted value; put the whole value in one pair "
        "of quotes" + _PARSER_EN,
    ),
    ("CR001", "misaligned_key"): Text(
        vi="lỗi cú pháp YAML: '{key}' không thẳng hàng với các khóa của ánh xạ bắt đầu ở "
        "{opened} ('{first}'); hãy thụt lề cho thẳng" + _PARSER_VI,
        en="YAML syntax error: '{key}' is not aligned with the keys of the mapping that "
        "starts at {opened} ('{first}'); indent it alike" + _PARSER_EN,
    ),
    ("CR001", "misaligned_item"): Text(
        vi="lỗi cú pháp YAML: '{key}' không thẳng hàng với khóa nào của mục trên, cũng không "
        "với các mục '-' của danh sách bắt đầu ở {opened}" + _PARSER_VI,
        en="YAML syntax error: '{key}' is aligned neither with a key of the item above nor "
        "with the '-' items of the list that starts at {opened}" + _PARSER_EN,
    ),
    ("CR002", "not_utf8"): Text(
        vi="tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8",
        en="the file is not UTF-8 text; save it as UTF-8",
    ),
    ("CR001", "character"): Text(
        vi="lỗi cú pháp YAML: ký tự {character} không được phép trong YAML" + _PARSER_VI,
        en="YAML syntax error: the character {character} is not allowed in YAML" + _PARSER_EN,
    ),
    ("CR603", "added_later"): Text(
        vi="kết quả cho nhiệm vụ '{duty}' nhưng nhiệm vụ này không có hiệu lực trong năm {year}: "
        "nhiệm vụ được bổ sung bởi '{act}' từ ngày {effective}",
        en="result for duty '{duty}', which is not in force in {year}: it was added by "
        "'{act}' from {effective}",
    ),
    ("CR603", "repealed_before"): Text(
        vi="kết quả cho nhiệm vụ '{duty}' nhưng nhiệm vụ này không có hiệu lực trong năm {year}: "
        "nhiệm vụ đã bị bãi bỏ bởi '{act}' từ ngày {effective}",
        en="result for duty '{duty}', which is not in force in {year}: it was repealed by "
        "'{act}' from {effective}",
    ),
    ("CR904", "earlier_before_added"): Text(
        vi="giá trị trước đây theo '{act}' (hiệu lực từ ngày {effective}) nhưng nội dung này "
        "chỉ được bổ sung bởi '{added}' từ ngày {added_on}: trước đó chưa có giá trị nào",
        en="an earlier value under '{act}' (in effect from {effective}), but this was only "
        "added by '{added}' from {added_on}: it had no value before",
    ),
    ("CR904", "earlier_after_repealed"): Text(
        vi="giá trị trước đây theo '{act}' (hiệu lực từ ngày {effective}) nhưng nội dung này "
        "đã bị bãi bỏ bởi '{repealed}' từ ngày {repealed_on}: sau khi bãi bỏ không còn gì "
        "để sửa đổi",
        en="an earlier value under '{act}' (in effect from {effective}), but this was "
        "repealed by '{repealed}' from {repealed_on}: nothing changes after a repeal",
    ),
    ("CR904", "same_act_twice"): Text(
        vi="giá trị trước đây thứ hai theo cùng văn bản '{act}': mỗi văn bản chỉ ghi một mục",
        en="a second earlier value under the same act '{act}': keep one entry per act",
    ),
    ("CR904", "since_after_until"): Text(
        vi="'{body}' bắt đầu hoạt động từ ngày {since}, sau ngày cuối cùng {until}: "
        "cơ quan này không có ngày nào hoạt động",
        en="'{body}' starts on {since}, after its last day {until}: it is never in force",
    ),
}
