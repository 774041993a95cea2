"""Days off in Viet Nam: a due date on a weekend or a public holiday moves to the next working day.

Bộ luật Dân sự 2015, Điều 148 khoản 5: when the last day of a period is a weekend or
a public holiday, the period ends at the end of the next working day. The agenda
keeps each event on the date the regulation sets (its calendar UID depends on it)
and says which day off it falls on and the working day it moves to.

The public holidays come from the `holidays` library, which computes the lunar
ones (Tết Nguyên Đán, Giỗ Tổ Hùng Vương) and keeps the days off the government
adds each year around them; it names them in Vietnamese and English. Working
Saturdays swapped for an extra day off are not taken into account: a Saturday is
always a day off here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

# The `holidays` library's names of the languages coordreg writes in.
_LANGUAGE = {"vi": "vi", "en": "en_US"}
_SATURDAY = 5
# A run of days off never lasts longer (Tết: up to nine days with the weekends).
_LONGEST_BREAK = 31


@dataclass(frozen=True)
class DayOff:
    """A due date that falls on a day off."""

    day: date
    # The public holiday's name in the output's language; None for a plain weekend.
    holiday: str | None
    # The first working day after it, when the deadline ends.
    moves_to: date


@lru_cache(maxsize=64)
def _holidays(year: int, lang: str) -> dict[date, str]:
    import holidays

    found = holidays.country_holidays("VN", years=year, language=_LANGUAGE.get(lang, "vi"))
    return {day: str(name) for day, name in found.items()}


def holiday_name(day: date, lang: str = "vi") -> str | None:
    """The name of the public holiday on `day` ("Tết Nguyên Đán"), or None."""
    return _holidays(day.year, lang).get(day)


def is_working_day(day: date) -> bool:
    return day.weekday() < _SATURDAY and holiday_name(day) is None


def next_working_day(day: date) -> date:
    """The first working day after `day`."""
    later = day + timedelta(days=1)
    for _ in range(_LONGEST_BREAK):
        if is_working_day(later):
            return later
        later += timedelta(days=1)
    return later


def day_off(day: date, lang: str = "vi") -> DayOff | None:
    """Whether `day` is a day off, and if so which and where its deadline moves; None
    for a working day."""
    if is_working_day(day):
        return None
    return DayOff(day, holiday_name(day, lang), next_working_day(day))
