"""The word catalogue: every entry says something in both languages, with the same blanks."""

from __future__ import annotations

import string

import pytest

from coordreg.catalogue.errors import ERRORS
from coordreg.catalogue.finding_tails import HINTS, SUGGESTION
from coordreg.catalogue.findings import MESSAGES, REASONS
from coordreg.catalogue.labels import LABELS, Labels, _merged
from coordreg.catalogue.terms import TERMS
from coordreg.catalogue.text import Text, pick

TABLES: dict[str, dict[str, Text]] = {
    "MESSAGES": MESSAGES,
    "REASONS": REASONS,
    "HINTS": HINTS,
    "SUGGESTION": {"": SUGGESTION},
    "TERMS": TERMS,
    "ERRORS": ERRORS,
    "LABELS": LABELS,
}
ENTRIES = [(table, key) for table, entries in TABLES.items() for key in entries]

# Where the two languages write a date differently, their blanks differ too: the
# Vietnamese form spells out "ngày ... tháng ... năm" with a {blank} to fill in by
# hand, or the day, month and year apart; the English form does neither.
# Each entry: (the Vietnamese placeholders, the English placeholders).
DATE_FORMS = {
    ("LABELS", "text.place_date"): ({"place", "day", "month", "year"}, {"place", "date"}),
    ("LABELS", "text.appendix_ref"): (
        {"number", "day", "month", "year", "parties"},
        {"number", "date", "parties"},
    ),
}


def placeholders(template: str) -> set[str]:
    """The names between braces in `template` ({{ and }} are literal braces, not names)."""
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize(("table", "key"), ENTRIES, ids=[f"{t}:{k}" for t, k in ENTRIES])
def test_every_entry_has_both_languages_with_the_same_placeholders(table: str, key: str) -> None:
    text = TABLES[table][key]

    assert text.vi.strip(), "the Vietnamese is empty"
    assert text.en.strip(), "the English is empty"
    expected = DATE_FORMS.get((table, key))
    if expected is None:
        assert placeholders(text.vi) == placeholders(text.en)
    else:
        assert (placeholders(text.vi), placeholders(text.en)) == expected


def test_the_date_form_exceptions_name_real_entries() -> None:
    assert all(key in TABLES[table] for table, key in DATE_FORMS)


def test_pick_chooses_vietnamese_only_for_vi() -> None:
    text = Text(vi="bên", en="party")

    assert pick(text, "vi") == "bên"
    assert pick(text, "en") == "party"


def test_labels_fill_in_the_words_of_their_language() -> None:
    assert Labels("vi")("plan.due_line", when="Hằng năm") == "Thời hạn: Hằng năm."
    assert Labels("en")("plan.due_line", when="Yearly") == "Due: Yearly."
    with pytest.raises(ValueError, match="unknown document language"):
        Labels("fr")


def test_a_document_label_defined_in_two_modules_is_an_error() -> None:
    first = {"col.no": Text(vi="STT", en="No.")}
    second = {"col.no": Text(vi="Số", en="Number")}

    with pytest.raises(ValueError, match=r"defined twice: \['col.no'\]"):
        _merged(first, second)
