"""The second wordings of some finding codes, in Vietnamese and English.

A finding chooses one with its `variant` argument (`coordreg.catalogue.findings.render`):
the same fault seen from another side, such as a result for a duty that exists in
the file but is not in force in the record's year (CR603), or the kinds of empty and
overlapping periods (CR904).
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

VARIANTS: dict[tuple[str, str], Text] = {
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
