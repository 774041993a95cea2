"""When a duty falls due, read from its wording.

"thường xuyên", "khi có yêu cầu", "hằng năm", "hằng quý", "6 tháng (một lần)",
"hằng tháng", a date ("trước ngày 15/12 hằng năm", "trước ngày 30/6/2026"). Where
the wording gives a period and no day, the day is the period's end and the note
says so; where it says nothing, the duty is `continuous` and the note says that too.
"""

from __future__ import annotations

import re
from datetime import date

_DAY_MONTH_YEAR = re.compile(
    r"(?:(?:trước\s+)?ngày\s+)?\b(\d{1,2})\s*[/-]\s*(\d{1,2})\s*[/-]\s*(\d{4})", re.IGNORECASE
)
_DAY_MONTH_YEAR_WORDS = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.IGNORECASE
)
_DAY_MONTH = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s*(?:/|\s+tháng\s+)(\d{1,2})(?![\d/])", re.IGNORECASE
)
_DAY_OF_MONTH = re.compile(
    r"(?:trước\s+)?ngày\s+(\d{1,2})\s+(?:hằng|hàng|mỗi)\s+tháng"
    r"|(?:hằng|hàng|mỗi)\s+tháng,?\s*(?:vào\s+)?(?:trước\s+)?ngày\s+(\d{1,2})",
    re.IGNORECASE,
)
_YEARLY = re.compile(
    r"\b(?:hằng|hàng|mỗi)\s+năm\b|\bđịnh\s+kỳ\s+(?:01|1|một)\s+năm\b", re.IGNORECASE
)
_HALF_YEARLY = re.compile(
    r"\b(?:06|6|sáu)\s+tháng\b|\bnửa\s+năm\b|\bsơ\s+kết\s+6\s+tháng\b", re.IGNORECASE
)
_QUARTERLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+quý\b|\bđịnh\s+kỳ\s+quý\b", re.IGNORECASE)
_MONTHLY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+tháng\b", re.IGNORECASE)
_CONTINUOUS = re.compile(r"\bthường\s+xuyên\b|\bliên\s+tục\b", re.IGNORECASE)
_ON_REQUEST = re.compile(
    r"\bkhi\s+có\s+yêu\s+cầu\b|\btheo\s+yêu\s+cầu\b|\bkhi\s+cần\s+thiết\b|\bkhi\s+phát\s+sinh\b|\bkhi\s+có\s+đề\s+nghị\b",
    re.IGNORECASE,
)


def schedule_of(text: str) -> tuple[object, str]:
    """The schedule a duty's wording gives, and what the review note says of it."""
    for pattern in (_DAY_MONTH_YEAR, _DAY_MONTH_YEAR_WORDS):
        match = pattern.search(text)
        if match:
            day, month, year = (int(match.group(i)) for i in (1, 2, 3))
            try:
                on = date(year, month, day)
            except ValueError:
                break
            if not _YEARLY.search(text):
                return {"once": on.isoformat()}, f"thời hạn theo '{match.group(0)}'"
            return {
                "yearly": f"{month:02d}-{day:02d}"
            }, f"thời hạn theo '{match.group(0)}' hằng năm"
    monthly_day = _DAY_OF_MONTH.search(text)
    if monthly_day and 1 <= int(monthly_day.group(1) or monthly_day.group(2)) <= 31:
        day = int(monthly_day.group(1) or monthly_day.group(2))
        return {"monthly": day}, f"thời hạn theo '{monthly_day.group(0)}'"
    day_month = _DAY_MONTH.search(text)
    if day_month and _YEARLY.search(text):
        day, month = int(day_month.group(1)), int(day_month.group(2))
        if 1 <= month <= 12 and 1 <= day <= 31:
            return {
                "yearly": f"{month:02d}-{day:02d}"
            }, f"thời hạn theo '{day_month.group(0)}' hằng năm"
    if _QUARTERLY.search(text):
        return {
            "quarterly": "03-31"
        }, "văn bản ghi 'hằng quý' không nêu ngày: tạm lấy ngày cuối quý"
    if _HALF_YEARLY.search(text):
        return {
            "half_yearly": "06-30"
        }, "văn bản ghi '6 tháng' không nêu ngày: tạm lấy ngày cuối mỗi 6 tháng"
    if _MONTHLY.search(text):
        return {"monthly": 28}, "văn bản ghi 'hằng tháng' không nêu ngày: tạm lấy ngày 28"
    if _YEARLY.search(text):
        return {"yearly": "12-31"}, "văn bản ghi 'hằng năm' không nêu ngày: tạm lấy ngày 31/12"
    if _ON_REQUEST.search(text):
        return "on_request", "thời hạn: khi có yêu cầu"
    if _CONTINUOUS.search(text):
        return "continuous", "thời hạn: thường xuyên"
    return "continuous", "văn bản không nêu thời hạn: tạm ghi thường xuyên"
