"""Field types shared by the regulation and evaluation models.

Every model is strict (a YAML string is never silently read as a number or a
date) and forbids unknown keys, so a typo in a key is a finding rather than a
value quietly ignored. Validation errors that are ours carry a message id from
the catalogue (`coordreg.catalogue.findings.REASONS`) in their context, so the schema findings
can be worded in English or Vietnamese.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.-]*$"
# [0-9], not \d (which takes any script's digits), and fullmatch, not match ($ also
# matches before a final line break, as in a `|` block scalar's "bca\n").
_ISO_DATE_RE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def invalid(msgid: str, **args: Any) -> PydanticCustomError:
    """A validation error whose wording comes from the message catalogue."""
    return PydanticCustomError("coordreg", msgid, {"msgid": msgid, **args})


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _parse_iso_date(value: object) -> object:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DATE_RE.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            raise invalid("bad_calendar_date", value=value) from None
    raise invalid("expected_date", value=value)


# Ids are ASCII on purpose: Vietnamese lives in names, and ASCII ids cannot be
# confused by Unicode normalisation or look-alike letters (Cyrillic "а").
# The pattern is checked by pydantic's own (Rust) regular expressions, where `$`
# is the end of the text only: a Python validator here ran hundreds of times per
# regulation. Its error, `string_pattern_mismatch` with this pattern, is worded
# as `bad_id` (check/schema.py).
Identifier = Annotated[
    str,
    Field(pattern=ID_PATTERN),
    WithJsonSchema({"type": "string", "pattern": ID_PATTERN}),
]
Text = Annotated[str, Field(min_length=1)]
IsoDate = Annotated[
    date,
    BeforeValidator(_parse_iso_date),
    WithJsonSchema({"type": "string", "format": "date"}),
]
# The years the format allows, and every command's --year, --from, --at (coordreg.cli.values).
FIRST_YEAR, LAST_YEAR = 1900, 2200
Year = Annotated[int, Field(ge=FIRST_YEAR, le=LAST_YEAR)]


# The signing authority of Nghị định 30 (thẩm quyền ký): for a collective body
# (TM., thay mặt), a deputy for the head (KT., ký thay), an acting head (Q., quyền),
# by order of the head (TL., thừa lệnh), by the head's authorisation (TUQ., thừa ủy quyền).
Authority = Literal["TM.", "KT.", "Q.", "TL.", "TUQ."]


class Signatory(StrictModel):
    """Who signed for a party: a name and a title (also kept as an earlier value).

    With an `authority`, the block reads "<authority> <ON_BEHALF_OF>" over the
    title: "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH", "KT. BỘ TRƯỞNG" / "THỨ TRƯỞNG".
    `on_behalf_of` is the collective body or the head signed for; without it, the
    party's name.
    """

    name: Text
    title: Text
    authority: Authority | None = None
    on_behalf_of: Text | None = None
