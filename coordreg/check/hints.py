"""How to fix a value the schema refuses, when the mistake is a usual one.

Officers copy from the signed text: a body's name where its id belongs
(`lead: Công an tỉnh Quảng Nam`), a date as Vietnamese write it (`05/03/2023`),
a result's status in words (`status: hoàn thành`). The value is still refused
(one spelling in the files keeps them comparable), but the finding says what to
write instead, as a `hint` of the catalogue (`coordreg.catalogue.finding_tails.HINTS`).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")

# Documented in docs/format.md (evaluation records): the words a report uses for
# each status, which the finding turns into the value to write.
STATUS_WORDS: dict[str, str] = {
    "hoàn thành": "done",
    "đã hoàn thành": "done",
    "xong": "done",
    "đang thực hiện": "in_progress",
    "đang triển khai": "in_progress",
    "chưa hoàn thành": "not_done",
    "không hoàn thành": "not_done",
    "chưa thực hiện": "not_done",
    "không áp dụng": "not_applicable",
}


def normalised(words: str) -> str:
    """`words` compared as a reader would: NFC, case and runs of spaces ignored."""
    return " ".join(unicodedata.normalize("NFC", words).casefold().split())


def _body_names(data: Any) -> dict[str, str]:
    """Each party's and unit's name (and short name), normalised, mapped to its id."""
    names: dict[str, str] = {}
    parties = data.get("parties") if isinstance(data, dict) else None
    for party in parties if isinstance(parties, list) else []:
        if not isinstance(party, dict):
            continue
        units = party.get("units")
        for body in [party, *(units if isinstance(units, list) else [])]:
            if isinstance(body, dict) and isinstance(body.get("id"), str):
                for field in ("name", "short_name"):
                    if isinstance(body.get(field), str):
                        names.setdefault(normalised(body[field]), body["id"])
    return names


def _iso_day(value: str) -> str | None:
    match = _DAY_MONTH_YEAR.match(value)
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def value_hint(reason: str, key: str, value: Any, data: Any) -> dict[str, str]:
    """The `hint` (and its arguments) for a refused `value` of `key`; {} when none fits."""
    if not isinstance(value, str):
        return {}
    if reason == "bad_id":
        body = _body_names(data).get(normalised(value))
        return {"hint": "name_not_id", "id": body} if body is not None else {}
    if reason == "expected_date":
        day = _iso_day(value)
        return {"hint": "day_month_year", "iso": day} if day is not None else {}
    if reason == "literal" and key == "status":
        status = STATUS_WORDS.get(normalised(value))
        return {"hint": "status_word", "status": status} if status is not None else {}
    return {}
