"""Properties of `coordreg fmt`: idempotent, and it never changes data or loses a comment.

Regulations and evaluation records are generated as data (any number of parties
from two, chapters, articles, clauses, points with Vietnamese labels, duties with
every kind of schedule, Vietnamese text with đ/Đ, tone marks, ':', '#', quotes
and leading spaces), then written out in a random but valid layout: keys in any
order, block or flow collections, any scalar style, other indentations and line
widths, comments and blank lines here and there. Whatever the layout, formatting
must keep the data exactly (as the checker's loader reads it, types included)
and every comment, and formatting the result again must change nothing.
"""

from __future__ import annotations

import io
import math
import re
from collections import Counter
from datetime import date
from typing import Any
from unicodedata import normalize

from hypothesis import HealthCheck, given
from hypothesis import strategies as st
from hypothesis_profiles import examples
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import (
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
    SingleQuotedScalarString,
)

from coordreg.edit.fmt import EVALUATION, REGULATION, comments_of, format_text
from coordreg.loader.yamlload import load_text

# Precomposed (NFC) Vietnamese letters, with đ/Đ and every tone mark.
VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
LETTERS = VOWELS + VOWELS.upper() + "bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX"
POINT_LABELS = list("abcdđeghiklmnopqrstuvxy")
PUNCTUATION = [":", "#", '"', "'", ",", "-", "?", "&", "*", "!", "%", "@", "|", ">", "[", "]", "{"]
TRICKY_WORDS = ["yes", "no", "on", "null", "~", "true", "123", "1e3", "0o17", "0x1F", "12:30"]
SEPARATORS = [" ", " ", " ", " ", "  ", ": ", " #", ", ", " - ", "'", '"']

word = st.one_of(
    st.text(alphabet=LETTERS, min_size=1, max_size=10),
    st.sampled_from(PUNCTUATION + TRICKY_WORDS),
    st.integers(0, 9999).map(str),
    # Decomposed (NFD) letters, as pasted from some PDFs: fmt must not normalise them.
    st.text(alphabet=VOWELS, min_size=1, max_size=4).map(lambda w: normalize("NFD", w)),
)


@st.composite
def texts(draw: st.DrawFn, max_words: int = 40) -> str:
    words = draw(st.lists(word, min_size=1, max_size=max_words))
    text = words[0]
    for next_word in words[1:]:
        text += draw(st.sampled_from(SEPARATORS)) + next_word
    if draw(st.integers(0, 9)) == 0:
        text = " " * draw(st.integers(1, 3)) + text  # leading spaces
    if draw(st.integers(0, 14)) == 0:
        text += "\n" + draw(texts(max_words=8))  # a line break inside
    return text


identifiers = st.one_of(
    st.from_regex(r"\A[a-z][a-z0-9-]{0,10}\Z"),
    st.sampled_from(["123", "007", "1e5", "0x1f", "1.5", "2022", "yes", "null", "true"]),
)
dates = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 28))
date_values = st.one_of(dates, dates.map(date.isoformat))
month_days = st.tuples(st.integers(1, 3), st.integers(1, 28)).map(
    lambda md: f"{md[0]:02d}-{md[1]:02d}"
)
schedules = st.one_of(
    st.sampled_from(["continuous", "on_request"]),
    st.builds(lambda d: {"once": d}, date_values),
    st.builds(lambda md: {"yearly": md}, month_days),
    st.builds(lambda md: {"half_yearly": md}, month_days),
    st.builds(lambda md: {"quarterly": md}, month_days),
    st.builds(lambda day: {"monthly": day}, st.integers(1, 31)),
)


def optional(data: dict[str, Any], key: str, value: Any, present: bool) -> None:
    if present:
        data[key] = value


@st.composite
def regulations(draw: st.DrawFn) -> dict[str, Any]:
    ids = iter(draw(st.lists(identifiers, min_size=40, max_size=40, unique=True)))
    parties = []
    for _ in range(draw(st.integers(2, 4))):
        party: dict[str, Any] = {"id": next(ids), "name": draw(texts(max_words=8))}
        optional(party, "short_name", draw(texts(max_words=2)), draw(st.booleans()))
        optional(
            party, "symbol", draw(st.sampled_from(["BCA", "BGDĐT", "UBND"])), draw(st.booleans())
        )
        units = [
            {"id": next(ids), "name": draw(texts(max_words=12))}
            for _ in range(draw(st.integers(0, 3)))
        ]
        optional(party, "units", units, bool(units))
        optional(party, "standing_office", units[0]["id"] if units else None, bool(units))
        signatory = {"name": draw(texts(max_words=4)), "title": draw(texts(max_words=8))}
        optional(party, "signatory", signatory, draw(st.booleans()))
        optional(party, "until", draw(date_values), draw(st.integers(0, 4)) == 0)
        parties.append(party)
    bodies = [p["id"] for p in parties] + [u["id"] for p in parties for u in p.get("units", [])]
    chapters = []
    number = 0
    for chapter_number in range(draw(st.integers(1, 3))):
        articles = []
        for _ in range(draw(st.integers(1, 3))):
            number += 1
            article: dict[str, Any] = {"number": number, "title": draw(texts(max_words=10))}
            optional(article, "text", draw(texts()), draw(st.booleans()))
            clauses = []
            for clause_number in range(1, draw(st.integers(0, 3)) + 1):
                clause: dict[str, Any] = {"number": clause_number, "text": draw(texts())}
                points = [
                    {"label": label, "text": draw(texts(max_words=20))}
                    for label in POINT_LABELS[: draw(st.integers(0, 3))]
                ]
                optional(clause, "points", points, bool(points))
                clauses.append(clause)
            optional(article, "clauses", clauses, bool(clauses))
            duties = []
            for _ in range(draw(st.integers(0, 3))):
                duty: dict[str, Any] = {
                    "id": next(ids),
                    "text": draw(texts()),
                    "lead": draw(st.sampled_from(bodies)),
                    "schedule": draw(schedules),
                }
                support = draw(st.lists(st.sampled_from(bodies), max_size=3, unique=True))
                optional(duty, "support", support, bool(support))
                optional(duty, "deliverable", draw(texts(max_words=6)), draw(st.booleans()))
                duties.append(duty)
            optional(article, "duties", duties, bool(duties))
            articles.append(article)
        chapter: dict[str, Any] = {
            "number": ["I", "II", "III"][chapter_number],
            "title": draw(texts(max_words=5)),
            "articles": articles,
        }
        chapters.append(chapter)
    regulation: dict[str, Any] = {
        "id": next(ids),
        "title": draw(texts()),
        "signed": draw(date_values),
        "effective": draw(date_values),
        "parties": parties,
        "evaluation": {
            "rotation": [p["id"] for p in parties],
            "first_year": draw(st.integers(2000, 2099)),
        },
        "chapters": chapters,
    }
    optional(regulation, "number", draw(texts(max_words=2)), draw(st.booleans()))
    optional(regulation, "place", draw(texts(max_words=3)), draw(st.booleans()))
    optional(
        regulation["evaluation"], "review_every", draw(st.integers(1, 10)), draw(st.booleans())
    )
    if draw(st.integers(0, 4)) == 0:
        regulation["x-unknown"] = draw(texts(max_words=5))  # an unknown key keeps its place
    return regulation


@st.composite
def evaluations(draw: st.DrawFn) -> dict[str, Any]:
    results = {}
    for duty in draw(st.lists(identifiers, max_size=6, unique=True)):
        result: dict[str, Any] = {
            "status": draw(st.sampled_from(["done", "in_progress", "not_done", "not_applicable"]))
        }
        optional(result, "note", draw(texts()), draw(st.booleans()))
        results[duty] = result
    record: dict[str, Any] = {
        "regulation": draw(identifiers),
        "year": draw(st.integers(2000, 2099)),
        "host": draw(identifiers),
        "results": results,
    }
    optional(record, "held", draw(date_values), draw(st.booleans()))
    return record


# --- A random layout ----------------------------------------------------------------------

SCALAR_STYLES = [
    str,
    str,
    SingleQuotedScalarString,
    DoubleQuotedScalarString,
    FoldedScalarString,
    LiteralScalarString,
]


def comment_text(draw: st.DrawFn) -> str:
    return draw(texts(max_words=6)).replace("\n", " ").strip() or "chú thích"


def laid_out(draw: st.DrawFn, value: Any, in_flow: bool = False) -> Any:
    """`value` as ruamel.yaml nodes with a random key order, style and comments."""
    if isinstance(value, dict):
        node = CommentedMap()
        for key in draw(st.permutations(list(value))):
            node[key] = None
        flow = in_flow or draw(st.integers(0, 4)) == 0
        for key in node:
            node[key] = laid_out(draw, value[key], flow)
        node.fa.set_flow_style() if flow else node.fa.set_block_style()
        if not flow:
            for key in node:
                if draw(st.integers(0, 7)) == 0:
                    node.yaml_set_comment_before_after_key(key, before=comment_text(draw))
                if draw(st.integers(0, 7)) == 0 and not isinstance(node[key], dict | list):
                    node.yaml_add_eol_comment(comment_text(draw), key)
        return node
    if isinstance(value, list):
        seq = CommentedSeq()
        flow = in_flow or draw(st.integers(0, 2)) == 0
        seq.extend(laid_out(draw, item, flow) for item in value)
        seq.fa.set_flow_style() if flow else seq.fa.set_block_style()
        return seq
    if isinstance(value, str) and not in_flow:
        return draw(st.sampled_from(SCALAR_STYLES))(value)
    if isinstance(value, str):
        return draw(st.sampled_from(SCALAR_STYLES[:4]))(value)
    return value


_BLOCK_HEADER = re.compile(r"[|>][0-9+-]*$")


def sprinkle(draw: st.DrawFn, text: str) -> str:
    """Comment lines and blank lines between lines, comments at the end of lines."""
    lines = text.split("\n")
    out: list[str] = []
    for line in lines:
        if line.strip() and draw(st.integers(0, 12)) == 0:
            indent = len(line) - len(line.lstrip(" "))
            out.append(" " * indent + "# " + comment_text(draw))
        if draw(st.integers(0, 15)) == 0:
            out.append("")
        if line.strip() and not _BLOCK_HEADER.search(line) and draw(st.integers(0, 12)) == 0:
            line += " " * draw(st.integers(1, 30)) + "# " + comment_text(draw)
        out.append(line)
    return "\n".join(out)


@st.composite
def layouts(draw: st.DrawFn, data: Any) -> str:
    yaml = YAML(typ="rt")
    mapping = draw(st.integers(2, 4))
    offset = draw(st.integers(0, 2))
    yaml.indent(mapping=mapping, sequence=offset + draw(st.integers(2, 3)), offset=offset)
    yaml.width = draw(st.integers(30, 200))
    stream = io.StringIO()
    yaml.dump(laid_out(draw, data), stream)
    return sprinkle(draw, stream.getvalue())


# --- The properties -------------------------------------------------------------------


def same(left: Any, right: Any) -> bool:
    """Equal data, types included: the test's own comparison, not fmt's."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(map(same, left, right))
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


def check_properties(text: str, kind: str) -> None:
    before = load_text(text, "x.yaml")
    if not before.ok:  # the random layout is not always valid YAML for the checker
        return
    formatted = format_text(text, kind)
    after = load_text(formatted, "x.yaml")
    assert after.ok
    assert same(before.data, after.data)
    # The same warnings, CR801 (text not in NFC) included: no text was normalised.
    assert Counter(f.code for f in before.findings) == Counter(f.code for f in after.findings)
    assert comments_of(text.replace("\r\n", "\n")) == comments_of(formatted)
    assert format_text(formatted, kind) == formatted
    assert formatted.endswith("\n") and not formatted.endswith("\n\n")
    assert not any(line != line.rstrip() for line in formatted.split("\n") if "#" not in line)


# The examples are drawn as tests/hypothesis_profiles.py says: the same ones in
# `make test`, 50 times as many fresh ones with COORDREG_FUZZ=long (`make fuzz`).
@examples(60, suppress=[HealthCheck.data_too_large])
@given(st.data())
def test_regulations_format_idempotently_without_changing_data(data: st.DataObject) -> None:
    text = data.draw(layouts(data.draw(regulations())))
    if data.draw(st.integers(0, 4)) == 0:
        text = text.replace("\n", "\r\n")
    check_properties(text, REGULATION)


@examples(40)
@given(st.data())
def test_evaluation_records_format_idempotently_without_changing_data(
    data: st.DataObject,
) -> None:
    text = data.draw(layouts(data.draw(evaluations())))
    if data.draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    check_properties(text, EVALUATION)
