"""What `coordreg new` is given, read and checked before any text is made.

A regulation id, the parties as `ID:NAME` specs and perhaps a title. Each is
refused with a `UsageError` (exit 2) that names what is wrong, so that the
skeleton is only ever written from input that makes a valid regulation. The id
check serves `coordreg import` too.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from coordreg.errors import UsageError
from coordreg.model.common import ID_PATTERN

OFFICE_SUFFIX = "-vp"
_ID_RE = re.compile(ID_PATTERN)


@dataclass(frozen=True)
class PartySpec:
    """A party as given on the command line; its Office is its standing office."""

    id: str
    name: str

    @property
    def office(self) -> str:
        return f"{self.id}{OFFICE_SUFFIX}"

    @property
    def office_name(self) -> str:
        return f"Văn phòng {self.name}"


def clean_text(text: str) -> str:
    """Text as the file keeps it: NFC (terminals on macOS type NFD), single spaces."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _printable(text: str) -> bool:
    return all(char.isprintable() for char in text)


def check_regulation_id(value: str) -> str:
    if not _ID_RE.fullmatch(value):
        raise UsageError("new_bad_id", value=value)
    return value


def parse_party(spec: str) -> PartySpec:
    """`ID:NAME` (split at the first colon: names may hold colons) as a party."""
    identifier, colon, name = spec.partition(":")
    identifier, name = identifier.strip(), clean_text(name)
    if not colon or not identifier or not name or not _printable(name):
        raise UsageError("new_bad_party_spec", spec=spec)
    if not _ID_RE.fullmatch(identifier):
        raise UsageError("new_bad_party_id", id=identifier, spec=spec)
    return PartySpec(identifier, name)


def check_parties(parties: Sequence[PartySpec]) -> None:
    """At least two parties, ids unique (as CR201 compares them: without case), and
    no party id equal to the office id given to another party."""
    if len(parties) < 2:
        raise UsageError("new_too_few_parties", count=len(parties))
    seen: set[str] = set()
    for party in parties:
        if party.id.casefold() in seen:
            raise UsageError("new_duplicate_party", id=party.id)
        seen.add(party.id.casefold())
    for party in parties:
        if party.office.casefold() in seen:
            raise UsageError("new_office_id_clash", id=party.office, party=party.id)


def check_title(title: str | None) -> None:
    """A title given must have words, all of them printable."""
    if title is not None and not clean_text(title):
        raise UsageError("new_empty_title")
    if title is not None and not _printable(clean_text(title)):
        raise UsageError("new_bad_title")
