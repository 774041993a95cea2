"""Inputs that once made `coordreg fmt` refuse a file `check` reads, and their neighbours.

The files under tests/regressions/ were found by the property tests; the small
examples below are the same shape written by hand: an end-of-line comment that
closes a flow collection in a list (`- {id: a}  # d`) whose key has a comment
(`units:  # c`), followed by a block mapping. fmt used to write that mapping's
second key on the line of its first (`- id: s name: x`), which is not YAML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_fmt_properties import check_properties

from coordreg.edit.fmt import REGULATION, format_text
from coordreg.loader.yamlload import load_text

REGRESSIONS = Path(__file__).resolve().parent / "regressions"


@pytest.mark.parametrize("name", sorted(p.name for p in REGRESSIONS.glob("fmt-*.yaml")))
def test_fmt_lays_out_each_kept_input_that_check_reads(name: str) -> None:
    text = (REGRESSIONS / name).read_text(encoding="utf-8")
    assert load_text(text, name).ok
    # Same data (types included), same reading warnings, every comment kept,
    # and a second run changes nothing.
    check_properties(text, REGULATION)


# The input, and the exact layout fmt makes of it (None: the input is already in it).
NEIGHBOURS: dict[str, tuple[str, str | None]] = {
    "a flow mapping item": (
        """\
units:  # c
  - {id: a}  # d
  - id: s
    name: x
""",
        None,
    ),
    "two flow items, then a mapping of three keys": (
        """\
units:  # c
  - {id: a}  # d
  - {id: b}  # e
  - id: s
    name: x
    text: y
""",
        None,
    ),
    "a flow sequence item": (
        """\
support:  # c
  - [a, b]  # d
  - id: s
    name: x
""",
        None,
    ),
    "a nested list": (
        """\
parties:  # c
  - id: p
    units:  # u
      - {id: a}  # d
      - id: s
        name: x
""",
        None,
    ),
    "a block text in the mapping": (
        """\
units:  # c
  - {id: a}  # d
  - id: s
    name: >-
      x
""",
        None,
    ),
    "'#' inside plain texts": (
        """\
units:  # c
  - {id: a#b, name: c#}  # d
  - id: s#t
    name: x
""",
        None,
    ),
    "'#' inside and next to quotes": (
        """\
units:  # c
  - {id: 'a#b', name: "#c"}  #d
  - id: '#s'  #e
    name: "x" #f
""",
        None,
    ),
    "a comment inside the flow mapping": (
        """\
units:  # c
  - {id: a,  # in
     name: b}  # d
  - id: s
    name: x
""",
        """\
units:  # c
  - {id: a, name: b}  # in
  # d
  - id: s
    name: x
""",
    ),
    "a plain text over two lines inside the flow mapping": (
        """\
units:  # c
  - {id: a, name: b
      c}  # d
  - id: s
    name: x
""",
        """\
units:  # c
  - {id: a, name: b c}  # d
  - id: s
    name: x
""",
    ),
    "quoted texts over two lines": (
        """\
units:  # c
  - {id: a, name: 'b
      c'}  # d
  - id: s
    name: "x
      y"
""",
        """\
units:  # c
  - {id: a, name: 'b c'}  # d
  - id: s
    name: "x y"
""",
    ),
    "a blank line inside the flow mapping": (
        """\
units:  # c
  - {id: a, name:

      b}  # d
  - id: s
    name: x
""",
        """\
units:  # c
  - {id: a, name: b}  # d

  - id: s
    name: x
""",
    ),
}


@pytest.mark.parametrize("case", sorted(NEIGHBOURS))
def test_a_block_mapping_after_a_commented_flow_item_keeps_its_lines(case: str) -> None:
    text, expected = NEIGHBOURS[case]
    assert format_text(text) == (text if expected is None else expected)
    check_properties(text, REGULATION)
