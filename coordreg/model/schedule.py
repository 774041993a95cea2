"""When a duty falls due.

Written in YAML as one word for duties without dates, or as a one-key mapping
for dated ones::

    schedule: continuous            # thường xuyên
    schedule: on_request            # khi có yêu cầu
    schedule: {once: 2022-06-30}    # một lần, hạn 30/6/2022
    schedule: {yearly: 12-15}       # hằng năm, ngày 15/12
    schedule: {half_yearly: 06-30}  # 6 tháng: 30/6 and 31/12
    schedule: {quarterly: 03-25}    # hằng quý: 25/3, 25/6, 25/9, 25/12
    schedule: {monthly: 25}         # hằng tháng, ngày 25

A recurring date that does not exist in a given month (day 31 in April, 29
February outside leap years) falls on the last day of that month. A half-yearly or
quarterly date written as the last day of a month of 30 or 31 days (06-30, 03-31)
means the end of each period, so every occurrence falls on the last day of its month: 06-30 is due on
30/6 and 31/12 (the end of June and of December), not on 30/12.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date
from typing import Annotated, Literal

from pydantic import BeforeValidator, WithJsonSchema

from coordreg.model.common import StrictModel, _parse_iso_date, invalid

ScheduleKind = Literal[
    "once", "yearly", "half_yearly", "quarterly", "monthly", "continuous", "on_request"
]
UNDATED_KINDS = ("continuous", "on_request")
DATED_KINDS = ("once", "yearly", "half_yearly", "quarterly", "monthly")
# How far apart, in months, the occurrences of a recurring schedule fall, and the
# range of months its written date may name (the first occurrence in a year).
_PERIOD_MONTHS = {"yearly": 12, "half_yearly": 6, "quarterly": 3}
# A written day from which "the last day of its month" means "the end of each period":
# 30 and 31. 02-29 is not read so: a quarterly 02-29 stays on the 29th of later months.
_MONTH_END_FROM = 30
_MONTH_DAY_RE = re.compile(r"([0-9]{1,2})-([0-9]{1,2})")  # ASCII digits, the whole text


class Schedule(StrictModel):
    kind: ScheduleKind
    on: date | None = None
    month: int | None = None
    day: int | None = None

    @property
    def is_dated(self) -> bool:
        return self.kind in DATED_KINDS

    def due_dates(self, year: int) -> list[date]:
        """The dates in `year` on which the duty falls due, in order."""
        if self.kind == "once":
            assert self.on is not None
            return [self.on] if self.on.year == year else []
        if self.day is None:
            return []
        return list(_recurring_dates(self.kind, self.month, self.day, year))

    def to_yaml(self) -> object:
        """The value as written in a regulation file."""
        if self.kind in UNDATED_KINDS:
            return self.kind
        if self.kind == "once":
            assert self.on is not None
            return {"once": self.on.isoformat()}
        if self.kind == "monthly":
            return {"monthly": self.day}
        return {self.kind: f"{self.month:02d}-{self.day:02d}"}


@functools.lru_cache(maxsize=4096)
def _recurring_dates(kind: str, month: int | None, day: int, year: int) -> tuple[date, ...]:
    """The dates of a recurring schedule in `year`: the same few schedules ("every
    quarter on the 20th") recur across a registry's regulations and their years."""
    if kind == "monthly":
        return tuple(_clamped(year, each, day) for each in range(1, 13))
    assert month is not None
    months = range(month, 13, _PERIOD_MONTHS[kind])
    if kind != "yearly" and day >= _MONTH_END_FROM and day >= _longest(month):
        return tuple(_clamped(year, each, 31) for each in months)
    return tuple(_clamped(year, each, day) for each in months)


def _longest(month: int) -> int:
    """The most days `month` can have."""
    return calendar.monthrange(2000, month)[1]


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _parse_month_day(kind: str, value: object) -> Schedule:
    text = value if isinstance(value, str) else ""
    match = _MONTH_DAY_RE.fullmatch(text)
    if not match:
        raise invalid("schedule_month_day", kind=kind, value=value)
    month, day = int(match.group(1)), int(match.group(2))
    last_month = _PERIOD_MONTHS[kind]
    # 2000 is a leap year, so 02-29 is accepted and clamped in other years.
    if not 1 <= month <= last_month or not 1 <= day <= calendar.monthrange(2000, month)[1]:
        raise invalid("schedule_month_day", kind=kind, value=value)
    return Schedule(kind=kind, month=month, day=day)  # type: ignore[arg-type]


# Schedules parsed so far, by what the file wrote (with each value's type, so that
# `1` and `"1"` stay apart): a registry writes the same few hundreds of times, and
# a Schedule is frozen, so one can be shared.
_PARSED: dict[tuple[object, ...], Schedule] = {}
_PARSED_MOST = 4096


def parse_schedule(value: object) -> object:
    if isinstance(value, Schedule):
        return value
    key: tuple[object, ...] | None = None
    if isinstance(value, str):
        key = (value,)
    elif isinstance(value, dict) and len(value) == 1:
        ((kind, when),) = value.items()
        if isinstance(kind, str) and isinstance(when, str | int):
            key = (kind, type(when), when)
    known = _PARSED.get(key) if key is not None else None
    if known is not None:
        return known
    parsed = _parse_schedule(value)  # a value that is refused raises, and is not kept
    if key is not None and len(_PARSED) < _PARSED_MOST:
        _PARSED[key] = parsed
    return parsed


def _parse_schedule(value: object) -> Schedule:
    if isinstance(value, str) and value in UNDATED_KINDS:
        return Schedule(kind=value)  # type: ignore[arg-type]
    if isinstance(value, dict) and len(value) == 1:
        ((kind, when),) = value.items()
        if kind == "once":
            return Schedule(kind="once", on=_parse_iso_date(when))  # type: ignore[arg-type]
        if kind in _PERIOD_MONTHS:
            return _parse_month_day(kind, when)
        if kind == "monthly":
            if isinstance(when, int) and not isinstance(when, bool) and 1 <= when <= 31:
                return Schedule(kind="monthly", day=when)
            raise invalid("schedule_monthly", value=when)
    raise invalid("schedule_shape", value=value)


_DAYS_UP_TO = {
    29: "0?[1-9]|1[0-9]|2[0-9]",
    30: "0?[1-9]|[12][0-9]|30",
    31: "0?[1-9]|[12][0-9]|3[01]",
}


def _month_day_schema(kind: str) -> dict[str, str]:
    """MM-DD as strict as `check` (`_parse_month_day`): the months of the first period,
    and the days each has (02-29 allowed), so that an editor flags `{yearly: 31-10}`."""
    months = range(1, _PERIOD_MONTHS[kind] + 1)
    choices = "|".join(
        f"(?:0?{month})-(?:{_DAYS_UP_TO[calendar.monthrange(2000, month)[1]]})"
        if month < 10
        else f"(?:{month})-(?:{_DAYS_UP_TO[calendar.monthrange(2000, month)[1]]})"
        for month in months
    )
    return {"type": "string", "pattern": f"^(?:{choices})$"}


SCHEDULE_JSON_SCHEMA = {
    "description": "When the duty falls due.",
    "oneOf": [
        {"enum": list(UNDATED_KINDS)},
        {
            "type": "object",
            "minProperties": 1,
            "maxProperties": 1,
            "additionalProperties": False,
            "properties": {
                "once": {"type": "string", "format": "date"},
                "yearly": _month_day_schema("yearly"),
                "half_yearly": _month_day_schema("half_yearly"),
                "quarterly": _month_day_schema("quarterly"),
                "monthly": {"type": "integer", "minimum": 1, "maximum": 31},
            },
        },
    ],
}

ScheduleField = Annotated[
    Schedule, BeforeValidator(parse_schedule), WithJsonSchema(SCHEDULE_JSON_SCHEMA)
]
