"""When the regulation takes effect, how often it is reviewed, and which decision issued it."""

from __future__ import annotations

import re
from datetime import date, timedelta

# "Quy chế này có hiệu lực (thi hành) kể từ ngày ký", "... sau 10 ngày kể từ ngày ký",
# "... kể từ ngày 01 tháng 02 năm 2026", "... từ ngày 01/02/2026".
_IN_FORCE = re.compile(r"có\s+hiệu\s+lực(?:\s+thi\s+hành)?\s+(.{0,80})", re.IGNORECASE)
_FROM_SIGNING = re.compile(r"^(?:kể\s+)?từ\s+ngày\s+ký", re.IGNORECASE)
_DAYS_AFTER = re.compile(r"^sau\s+(\d{1,3})\s+ngày\s+kể\s+từ\s+ngày\s+ký", re.IGNORECASE)
_ON_DATE = re.compile(
    r"^(?:kể\s+)?từ\s+ngày\s+(\d{1,2})(?:\s+tháng\s+|\s*[/-]\s*)(\d{1,2})(?:\s+năm\s+|\s*[/-]\s*)(\d{4})",
    re.IGNORECASE,
)
_REVIEW_EVERY = re.compile(
    r"sơ\s+kết[^.;]{0,40}?(\d{1,2})\s+năm|(\d{1,2})\s+năm[^.;]{0,20}?sơ\s+kết", re.IGNORECASE
)
# "(Ban hành kèm theo Quyết định số 30/2017/QĐ-UBND ngày 15 tháng 11 năm 2017 của ...)".
_REFERENCE = re.compile(
    r"\bsố\s+(?P<number>\d[^\s,;()]*)"
    r"(?:\s+ngày\s+(?P<day>\d{1,2})(?:\s+tháng\s+|\s*/\s*)(?P<month>\d{1,2})"
    r"(?:\s+năm\s+|\s*/\s*)(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def effective_of(texts: list[str], signed: date | None) -> tuple[date | None, str | None]:
    """The date the regulation takes effect, from its wording, and a note when guessed."""
    for text in texts:
        for match in _IN_FORCE.finditer(text):
            rest = match.group(1)
            if _FROM_SIGNING.match(rest):
                return signed, None
            after = _DAYS_AFTER.match(rest)
            if after and signed is not None:
                return signed + timedelta(days=int(after.group(1))), None
            on = _ON_DATE.match(rest)
            if on:
                try:
                    return date(int(on.group(3)), int(on.group(2)), int(on.group(1))), None
                except ValueError:
                    continue
    return signed, "không thấy điều khoản hiệu lực: tạm lấy ngày ký làm ngày có hiệu lực"


def review_every_of(texts: list[str]) -> int:
    for text in texts:
        match = _REVIEW_EVERY.search(text)
        if match:
            years = int(match.group(1) or match.group(2))
            if 1 <= years <= 50:
                return years
    return 5


def reference_of(text: str | None) -> tuple[str | None, date | None]:
    """The number and date of the decision a "(Ban hành kèm theo ...)" line names."""
    match = _REFERENCE.search(text or "")
    if match is None:
        return None, None
    signed = None
    if match.group("year"):
        try:
            signed = date(
                int(match.group("year")), int(match.group("month")), int(match.group("day"))
            )
        except ValueError:
            signed = None
    return match.group("number"), signed
