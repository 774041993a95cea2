"""Offsets, findings' lines and the editor's positions agree whatever the text holds.

libyaml also breaks lines at U+2028 (and U+0085, U+2029), the protocol only at
\\n, \\r\\n and \\r; columns are characters for findings, code units of the agreed
encoding for the editor.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from lsprotocol import types

from coordreg.findings import Finding, Severity
from coordreg.loader.yamlload import load_text
from coordreg.lsp.analysis import Source
from coordreg.lsp.diagnostics import finding_span
from coordreg.lsp.textindex import TextIndex


def test_a_line_separator_inside_a_value_moves_libyamls_lines_but_not_the_editors() -> None:
    text = 'a: "x\u2028y"\nb: z\n'
    index = TextIndex(text)

    offset = index.finding_offset(3, 4)  # libyaml: line 3 is "b: z"

    assert text[offset] == "z"
    assert index.position(offset) == types.Position(1, 3)


def test_findings_on_a_text_with_crlf_line_ends() -> None:
    text = "a: 1\r\nb: [x, y}\r\n"
    (syntax,) = load_text(text, "f.yaml").findings
    index = TextIndex(text)

    offset = index.finding_offset(syntax.line, syntax.column)

    assert text[offset] == "}"
    assert index.position(offset) == types.Position(1, 8)
    assert index.line_end(0) == 4


@pytest.mark.parametrize(
    ("encoding", "character"),
    [
        (types.PositionEncodingKind.Utf16, 10),  # "😀" is two UTF-16 units
        (types.PositionEncodingKind.Utf8, 15),  # "đ" two bytes, "ộ" three, "😀" four
        (types.PositionEncodingKind.Utf32, 9),
    ],
)
def test_columns_in_each_encoding(encoding: str, character: int) -> None:
    text = "t: đội 😀 x: y\n"
    index = TextIndex(text, encoding)
    offset = text.index("x:")

    assert index.position(offset) == types.Position(0, character)
    assert index.offset(types.Position(0, character)) == offset


def test_a_position_past_the_end_of_a_line_stays_on_it() -> None:
    index = TextIndex("ab\ncd\n")

    assert index.offset(types.Position(0, 99)) == 2
    assert index.offset(types.Position(9, 0)) == 6


def test_a_finding_about_the_whole_file_spans_its_first_line() -> None:
    source = Source(Path("r.yaml"), "id: x\ntitle: y\n")

    assert finding_span(Finding("r.yaml", 0, 0, "CR608", Severity.ERROR), source) == (0, 5)


def test_a_finding_on_a_folded_text_is_cut_at_the_end_of_its_first_line() -> None:
    text = "title: >-\n  Quy chế\n  phối hợp\nid: 1\n"
    source = Source(Path("r.yaml"), text)

    start, end = finding_span(Finding("r.yaml", 1, 8, "CR102", Severity.ERROR), source)

    assert text[start:end] == ">-"
