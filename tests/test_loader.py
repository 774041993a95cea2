"""The YAML loader: scalar resolution, positions, and every reading finding (CR0xx, CR801)."""

from __future__ import annotations

import os
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest
from builders import Triple, triples

from coordreg.findings import Severity
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.loader.yamlload import load_file, load_text


def load(text: str, limits: Limits = DEFAULT_LIMITS) -> Document:
    return load_text(text, "f.yaml", limits)


def found(doc: Document) -> list[Triple]:
    return triples(doc.findings)


def write(tmp_path: Path, raw: bytes, name: str = "f.yaml") -> Path:
    file = tmp_path / name
    file.write_bytes(raw)
    return file


# --- What the parser reads ----------------------------------------------------------------


def test_a_plain_url_in_a_flow_collection_is_read() -> None:
    # libyaml 0.1.7 (ruamel.yaml.clib's) stopped at the ':' of the URL with
    # "found unexpected ':'"; YAML reads it as text, as fmt's round trip does.
    doc = load("links: [https://vbpl.vn/a, http://x.vn/b]\nsource: {url: https://vbpl.vn/c}\n")
    assert found(doc) == []
    assert doc.data == {
        "links": ["https://vbpl.vn/a", "http://x.vn/b"],
        "source": {"url": "https://vbpl.vn/c"},
    }


# --- YAML 1.2 scalar resolution ---------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        # YAML 1.1 booleans are plain text in YAML 1.2.
        ("yes", "yes"),
        ("no", "no"),
        ("on", "on"),
        ("off", "off"),
        ("y", "y"),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("tRUE", "tRUE"),
        # Sexagesimal numbers are gone too.
        ("12:30", "12:30"),
        ("1:30:00", "1:30:00"),
        # Octal needs 0o; a leading zero is decimal.
        ("0o17", 15),
        ("017", 17),
        ("0x1F", 31),
        ("-12", -12),
        ("+12", 12),
        ("123456789012345678901234567890", 123456789012345678901234567890),
        ("1_000", "1_000"),
        ("1.5", 1.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("-.inf", float("-inf")),
        # Dates stay text for the models to parse.
        ("2021-11-24", "2021-11-24"),
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("", None),
        ("'yes'", "yes"),
        ("'123'", "123"),
        ('"2021"', "2021"),
        ("!!str 2021", "2021"),
        ("!!int '5'", 5),
        ("Bộ Công an", "Bộ Công an"),
    ],
)
def test_scalars_resolve_by_the_yaml_1_2_core_schema(written: str, expected: Any) -> None:
    doc = load(f"value: {written}\n")
    assert found(doc) == []
    value = doc.data["value"]
    assert (type(value), value) == (type(expected), expected)


def test_integer_too_long_for_python_stays_text() -> None:
    digits = "9" * 5000
    doc = load(f"value: {digits}\n")
    assert found(doc) == []
    assert doc.data == {"value": digits}


@pytest.mark.parametrize("written", ["0x-1", "0o+7", "0o1_7", "0xf_f", "0x 1f"])
def test_prefixed_integers_are_digits_only(written: str) -> None:
    # YAML 1.2 core: 0o[0-7]+ and 0x[0-9a-fA-F]+; signs, underscores and spaces make text.
    doc = load(f"value: {written}\n")
    assert doc.data == {"value": written}


# --- positions ---------------------------------------------------------------------------

NESTED = """\
regulation:
  parties:
    - id: bca
      units:
        - id: bca-vp
          name: Văn phòng
    - {id: btttt, name: Bộ TTTT}
"""
PARTIES = ("regulation", "parties")


@pytest.mark.parametrize(
    ("path", "value", "key"),
    [
        ((*PARTIES, 0, "units", 0, "name"), (6, 17), (6, 11)),
        ((*PARTIES, 0, "units", 0, "id"), (5, 15), (5, 11)),
        ((*PARTIES, 0, "units"), (5, 9), (4, 7)),
        ((*PARTIES, 0, "id"), (3, 11), (3, 7)),
        # A list item's position is where the item starts, for key and value alike.
        ((*PARTIES, 0), (3, 7), (3, 7)),
        ((*PARTIES, 1), (7, 7), (7, 7)),
        # Flow mappings: columns count characters, not bytes.
        ((*PARTIES, 1, "id"), (7, 12), (7, 8)),
        ((*PARTIES, 1, "name"), (7, 25), (7, 19)),
        ((*PARTIES,), (3, 5), (2, 3)),
        (("regulation",), (2, 3), (1, 1)),
        ((), (1, 1), (1, 1)),
    ],
)
def test_positions_are_1_based(
    path: tuple[Any, ...], value: tuple[int, int], key: tuple[int, int]
) -> None:
    doc = load(NESTED)
    assert found(doc) == []
    assert doc.value_position(path) == value
    assert doc.key_position(path) == key


@pytest.mark.parametrize(
    ("path", "nearest"),
    [
        ((*PARTIES, 0, "signatory", "name"), (3, 7)),  # missing key: its mapping
        ((*PARTIES, 5, "id"), (3, 5)),  # index past the end: the list
        ((*PARTIES, 0, "id", "x"), (3, 11)),  # below a scalar: the scalar
        (("nope",), (1, 1)),
    ],
)
def test_a_missing_path_gives_the_nearest_ancestor(
    path: tuple[Any, ...], nearest: tuple[int, int]
) -> None:
    assert load(NESTED).value_position(path) == nearest


def test_root_position_skips_leading_comments() -> None:
    doc = load("# Quy chế phối hợp\n\nid: qc-test\n")
    assert doc.value_position(()) == (3, 1)
    assert doc.value_position(("id",)) == (3, 5)


def test_crlf_line_endings_keep_positions() -> None:
    doc = load("id: qc-test\r\nparties:\r\n  - id: bca\r\n    name: Bộ Công an\r\n")
    assert found(doc) == []
    assert doc.data == {"id": "qc-test", "parties": [{"id": "bca", "name": "Bộ Công an"}]}
    assert doc.value_position(("parties", 0, "name")) == (4, 11)
    assert doc.key_position(("parties", 0, "name")) == (4, 5)


def test_crlf_file_keeps_finding_positions(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, b"a: 1\r\nb: 2\r\na: 3\r\n"))
    assert found(doc) == [(3, 1, "CR003")]


# --- CR003 duplicate keys ----------------------------------------------------------------


def test_duplicate_key_keeps_the_first_value() -> None:
    doc = load("title: Quy chế phối hợp\nid: qc\ntitle: Quy chế phối hợp công tác\n")
    assert found(doc) == [(3, 1, "CR003")]
    assert doc.findings[0].message() == "duplicate key 'title' (first at line 1)"
    assert doc.findings[0].message("vi") == "khóa 'title' bị lặp (đã có ở dòng 1)"
    assert doc.data == {"title": "Quy chế phối hợp", "id": "qc"}
    assert not doc.ok


def test_duplicate_key_in_a_list_item() -> None:
    doc = load("parties:\n  - id: bca\n    name: Bộ Công an\n    id: bcb\n")
    assert found(doc) == [(4, 5, "CR003")]
    assert dict(doc.findings[0].args) == {"key": "id", "first_line": 2}
    assert doc.data == {"parties": [{"id": "bca", "name": "Bộ Công an"}]}


def test_same_key_in_different_mappings_is_fine() -> None:
    doc = load("parties:\n  - id: bca\n  - id: btttt\nid: qc\n")
    assert found(doc) == []


# --- CR001 syntax errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "problem"),
    [
        (
            "title: Quy chế phối hợp\nparties: [bca, btttt\nid: qc\n",
            (3, 3),
            "did not find expected ',' or ']'",
        ),
        (
            "id: qc\nparties:\n  - id: bca\n   name: Bộ\n",
            (4, 4),
            "did not find expected '-' indicator",
        ),
        ("a: b: c\n", (1, 5), "mapping values are not allowed in this context"),
        # The column counts characters: "ế" is one column.
        ("id: qc\ntitle: 'Quy chế' phối hợp\n", (2, 18), "did not find expected key"),
        ("id: qc\n\tname: x\n", (2, 1), "found a tab character that violates indentation"),
        ('id: qc\ntitle: "Quy chế\n', (3, 1), "found unexpected end of stream"),
    ],
)
def test_syntax_error_at_the_exact_place(
    text: str, expected: tuple[int, int], problem: str
) -> None:
    doc = load(text)
    assert found(doc) == [(*expected, "CR001")]
    # The parser's own words stay, as a second line under coordreg's explanation
    # (the explanations: tests/test_syntax_hints.py).
    assert doc.findings[0].message().endswith(f"\n(parser: {problem})")
    assert doc.data is None
    assert not doc.ok


def test_nul_byte_is_a_syntax_error(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, b"id: qc\ntitle: Quy\x00\n"))
    assert found(doc) == [(2, 11, "CR001")]
    assert doc.findings[0].message() == (
        "YAML syntax error: the character #x0000 is not allowed in YAML\n"
        "(parser: character #x0000 is not allowed in YAML (control characters are not allowed))"
    )
    assert (
        doc.findings[0]
        .message("vi")
        .startswith("lỗi cú pháp YAML: ký tự #x0000 không được phép trong YAML\n")
    )


def test_nul_byte_in_text() -> None:
    assert found(load('a: "x\x00y"\n')) == [(1, 6, "CR001")]


# --- CR007 tags, CR008 complex keys --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "tag"),
    [
        ("title: !!python/object:os.system echo\n", (1, 8), "!!python/object:os.system"),
        (
            "id: qc\ntitle: !!python/object/apply:os.system [echo]\n",
            (2, 8),
            "!!python/object/apply:os.system",
        ),
        ("a: !!set {x}\n", (1, 4), "!!set"),
        ("a: !custom x\n", (1, 4), "!custom"),
    ],
)
def test_tags_other_than_core_ones_are_reported(
    text: str, expected: tuple[int, int], tag: str
) -> None:
    doc = load(text)
    assert found(doc) == [(*expected, "CR007")]
    assert doc.findings[0].message() == (
        f"tag '{tag}' is not allowed: coordreg files hold plain data"
    )
    assert not doc.ok


def test_core_tags_are_allowed() -> None:
    doc = load("a: !!str 2021\nb: !!map {c: 1}\nd: !!seq [1]\ne: !!null ~\nf: !!bool true\n")
    assert found(doc) == []
    assert doc.data == {"a": "2021", "b": {"c": 1}, "d": [1], "e": None, "f": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("? [bca, btttt]\n: hai Bộ\n", (1, 3)),
        ("id: qc\n{a: 1}: x\n", (2, 1)),
    ],
)
def test_complex_key(text: str, expected: tuple[int, int]) -> None:
    doc = load(text)
    assert found(doc) == [(*expected, "CR008")]
    assert doc.findings[0].message() == "a key must be a single value, not a list or a mapping"


# --- CR016 keys that are not names ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "message"),
    [
        ("id: qc\n2022: Hà Nội\n", (2, 1), "the key '2022' is read as a number, not as a name"),
        ("id: qc\n1.5: x\n", (2, 1), "the key '1.5' is read as a number, not as a name"),
        ("id: qc\n0x1F: x\n", (2, 1), "the key '0x1F' is read as a number, not as a name"),
        ("id: qc\ntrue: x\n", (2, 1), "the key 'true' is read as true or false, not as a name"),
        ("id: qc\n~: x\n", (2, 1), "the key '~' is read as nothing, not as a name"),
        ("id: qc\nnull: x\n", (2, 1), "the key 'null' is read as nothing, not as a name"),
        ("id: qc\nparties:\n  - {id: bca, 7: x}\n", (3, 15), "the key '7' is read as a number"),
        ("n: &n 12\nid: qc\n*n : x\n", (3, 1), "the key '*n' is read as a number"),
    ],
)
def test_key_that_is_not_a_name(text: str, expected: tuple[int, int], message: str) -> None:
    doc = load(text)
    assert found(doc) == [(*expected, "CR016")]
    assert doc.findings[0].message().startswith(message)
    assert not doc.ok


def test_key_not_a_name_in_vietnamese() -> None:
    doc = load("id: qc\n2022: Hà Nội\n")
    assert doc.findings[0].message("vi") == (
        "khóa '2022' được đọc là số, không phải một tên; đặt trong dấu nháy nếu đó là tên"
    )


@pytest.mark.parametrize("text", ["'2022': x\n", '"~": x\n', "!!str 2022: x\n", "2022-01-01: x\n"])
def test_keys_read_as_text_are_names(text: str) -> None:
    doc = load(text)
    assert found(doc) == []
    assert all(isinstance(key, str) for key in doc.data)


# --- CR009 to CR011: the shape of the file ---------------------------------------------------


@pytest.mark.parametrize("text", ["", "\n\n", "# chỉ có chú thích\n", "---\n", "~\n", "null\n"])
def test_empty_file(text: str) -> None:
    doc = load(text)
    assert found(doc) == [(1, 1, "CR009")]
    assert doc.findings[0].message() == "the file is empty"
    assert doc.findings[0].message("vi") == "tệp rỗng"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- id: bca-btttt-2021\n", (1, 1)),
        ("# chú thích\n- a\n- b\n", (2, 1)),
        ("Quy chế phối hợp\n", (1, 1)),
        ("2021\n", (1, 1)),
    ],
)
def test_top_level_must_be_a_mapping(text: str, expected: tuple[int, int]) -> None:
    doc = load(text)
    assert found(doc) == [(*expected, "CR010")]
    assert doc.findings[0].message() == "the top level must be a mapping of keys to values"
    assert not doc.ok


def test_multiple_documents_keep_the_first() -> None:
    doc = load("---\nid: qc\n---\nid: other\n")
    assert found(doc) == [(3, 1, "CR011")]
    assert doc.findings[0].message() == (
        "the file holds more than one YAML document; only the first is read"
    )
    assert doc.data == {"id": "qc"}


def test_one_document_with_markers() -> None:
    doc = load("---\nid: qc\n...\n")
    assert found(doc) == []
    assert doc.data == {"id": "qc"}


# --- CR012 unreadable files --------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    doc = load_file(tmp_path / "regulation.yaml", "regulation.yaml")
    assert found(doc) == [(0, 0, "CR012")]
    assert doc.findings[0].file == "regulation.yaml"
    assert dict(doc.findings[0].args) == {"detail": "No such file or directory"}
    assert doc.data is None
    assert not doc.ok


def test_unreadable_file_message(tmp_path: Path) -> None:
    doc = load_file(tmp_path / "regulation.yaml")
    assert [f.message() for f in doc.findings] == [
        "cannot read the file: No such file or directory"
    ]
    assert [f.message("vi") for f in doc.findings] == [
        "không đọc được tệp: No such file or directory"
    ]


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "regulation.yaml"
    folder.mkdir()
    doc = load_file(folder)
    assert found(doc) == [(0, 0, "CR012")]
    assert dict(doc.findings[0].args) == {"detail": "Is a directory"}


def test_symlink_loop(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").symlink_to(tmp_path / "b.yaml")
    (tmp_path / "b.yaml").symlink_to(tmp_path / "a.yaml")
    doc = load_file(tmp_path / "a.yaml")
    assert found(doc) == [(0, 0, "CR012")]
    assert dict(doc.findings[0].args) == {"detail": "Too many levels of symbolic links"}


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_no_permission(tmp_path: Path) -> None:
    file = write(tmp_path, b"id: qc\n")
    file.chmod(0)
    doc = load_file(file)
    assert found(doc) == [(0, 0, "CR012")]
    assert dict(doc.findings[0].args) == {"detail": "Permission denied"}


# --- CR013 aliases, CR004 alias bombs ------------------------------------------------------------


def test_alias_to_an_anchor_defined_before() -> None:
    doc = load("x-ho-tro: &ho-tro [btttt-vp]\nsupport: *ho-tro\n")
    assert found(doc) == []
    assert doc.data == {"x-ho-tro": ["btttt-vp"], "support": ["btttt-vp"]}
    # An alias is the anchored value itself: its items are where the anchor wrote them.
    assert doc.value_position(("support", 0)) == (1, 20)


def test_undefined_alias() -> None:
    doc = load("id: qc\nsupport: *ho-tro\n")
    assert found(doc) == [(2, 10, "CR013")]
    assert doc.findings[0].message() == "alias '*ho-tro' refers to no anchor"
    assert doc.data is None


def test_alias_defined_after_use() -> None:
    doc = load("support: *ho-tro\nx: &ho-tro [btttt-vp]\n")
    assert found(doc) == [(1, 10, "CR013")]


# Values: the top mapping, 2 keys, the anchored list and its 3 items, the second
# list, and 4 per alias (the list and its items): 20 in all.
ALIASES = "a: &a [1, 2, 3]\nb: [*a, *a, *a]\n"


def test_aliases_within_the_limit() -> None:
    doc = load(ALIASES, Limits(max_values=20))
    assert found(doc) == []
    assert doc.data == {"a": [1, 2, 3], "b": [[1, 2, 3]] * 3}


@pytest.mark.parametrize(("limit", "expected"), [(19, (2, 13)), (15, (2, 9))])
def test_aliases_over_the_limit(limit: int, expected: tuple[int, int]) -> None:
    doc = load(ALIASES, Limits(max_values=limit))
    assert found(doc) == [(*expected, "CR004")]
    assert doc.findings[0].message() == f"aliases expand to more than {limit} values"
    assert doc.data is None


def billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_billion_laughs_stops_fast_with_default_limits() -> None:
    start = time.process_time()  # processor time: the same on a loaded machine
    doc = load(billion_laughs())
    elapsed = time.process_time() - start
    # a..f expand to 672,603 values; g's first *f takes the count past 1,000,000.
    assert found(doc) == [(7, 8, "CR004")]
    assert doc.findings[0].message() == "aliases expand to more than 1000000 values"
    assert elapsed < 2.0


# --- CR005 nesting ----------------------------------------------------------------------------


def test_nesting_at_the_limit() -> None:
    doc = load("a:\n  b:\n    c: 1\n", Limits(max_depth=3))
    assert found(doc) == []


def test_nesting_over_the_limit() -> None:
    doc = load("a:\n  b:\n    c: 1\n", Limits(max_depth=2))
    assert found(doc) == [(3, 5, "CR005")]
    assert doc.findings[0].message() == "nesting is deeper than 2 levels"


def test_default_depth_limit_is_100() -> None:
    assert found(load("[" * 100 + "]" * 100)) == [(1, 1, "CR010")]
    assert found(load("[" * 101 + "]" * 101)) == [(1, 101, "CR005")]


@pytest.mark.parametrize("closed", [True, False])
def test_hundred_thousand_levels_do_not_crash(closed: bool) -> None:
    text = "[" * 100_000 + ("]" * 100_000 if closed else "")
    doc = load(text)
    # libyaml reads a run of `[` ahead before it gives the first event, and stops
    # at its own limit of 1,000 levels: that is where the finding points.
    assert found(doc) == [(1, 1001, "CR005")]
    assert doc.findings[0].message() == "nesting is deeper than 100 levels"


def test_deep_block_mappings() -> None:
    text = "".join(f"{'  ' * level}k{level}:\n" for level in range(150)) + "  " * 150 + "x\n"
    assert found(load(text)) == [(101, 201, "CR005")]


# --- CR006 file size ----------------------------------------------------------------------------


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    file = write(tmp_path, b"id: qc-test\n" * 9)  # 108 bytes
    doc = load_file(file, "big.yaml", Limits(max_bytes=100))
    assert found(doc) == [(1, 1, "CR006")]
    assert doc.findings[0].message() == "the file is 108 bytes, over the limit of 100 bytes"
    assert doc.findings[0].file == "big.yaml"
    assert doc.data is None


def test_file_at_the_size_limit(tmp_path: Path) -> None:
    file = write(tmp_path, b"a: 1\n" + b"#" * 94 + b"\n")  # 100 bytes
    doc = load_file(file, limits=Limits(max_bytes=100))
    assert found(doc) == []
    assert doc.data == {"a": 1}


# --- CR002 encodings ---------------------------------------------------------------------------


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, "\ufeffid: qc\ntitle: Bộ Công an\n".encode()))
    assert found(doc) == []
    assert doc.data == {"id": "qc", "title": "Bộ Công an"}
    assert doc.value_position(("id",)) == (1, 5)
    assert doc.value_position(("title",)) == (2, 8)
    assert doc.ok


def test_utf8_bom_keeps_finding_positions(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path, "\ufeffid: qc\nid: qc\n".encode()))
    assert found(doc) == [(2, 1, "CR003")]


@pytest.mark.parametrize(
    ("encoding", "name"),
    [("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")],
)
def test_utf16_and_utf32(tmp_path: Path, encoding: str, name: str) -> None:
    doc = load_file(write(tmp_path, "id: qc\ntitle: Bộ Công an\n".encode(encoding)))
    assert found(doc) == [(1, 1, "CR002")]
    assert doc.findings[0].message() == f"the file is not UTF-8 text ({name}); save it as UTF-8"
    assert doc.findings[0].message("vi") == (
        f"tệp không phải văn bản UTF-8 ({name}); hãy lưu lại với bảng mã UTF-8"
    )
    assert doc.data is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("id: qc\ntitle: Café crème\n", (2, 11)),
        ("é: 1\n", (1, 1)),
        ("id: qc\r\nplace: Hà Nội\r\n", (2, 9)),
    ],
)
def test_latin1(tmp_path: Path, text: str, expected: tuple[int, int]) -> None:
    doc = load_file(write(tmp_path, text.encode("latin-1", "replace")))
    assert found(doc) == [(*expected, "CR002")]
    assert doc.findings[0].message() == "the file is not UTF-8 text; save it as UTF-8"
    assert (
        doc.findings[0].message("vi")
        == "tệp không phải văn bản UTF-8; hãy lưu lại với bảng mã UTF-8"
    )


def test_bad_byte_after_vietnamese_letters_counts_characters(tmp_path: Path) -> None:
    raw = "title: Bộ Công an ".encode() + b"\xe9\n"
    assert found(load_file(write(tmp_path, raw))) == [(1, 19, "CR002")]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"\xef\xbb\xbfid: \xe9\n", (1, 5)),
        (b"\xef\xbb\xbfid: qc\ntitle: Caf\xe9\n", (2, 11)),
    ],
)
def test_bad_byte_after_a_bom(tmp_path: Path, raw: bytes, expected: tuple[int, int]) -> None:
    # The byte-order mark is not a column.
    assert found(load_file(write(tmp_path, raw))) == [(*expected, "CR002")]


# --- CR801 NFC -----------------------------------------------------------------------------


def test_nfd_text_is_read_as_nfc_with_a_warning() -> None:
    nfd = unicodedata.normalize("NFD", "Bộ Công an")
    assert nfd != "Bộ Công an"
    doc = load(f"id: bca\nname: {nfd}\nshort_name: BCA\n")
    assert found(doc) == [(2, 7, "CR801")]
    assert doc.findings[0].severity is Severity.WARNING
    assert doc.findings[0].message() == (
        "text is not in Unicode NFC form (decomposed Vietnamese letters); re-save it as NFC"
    )
    assert doc.data == {"id": "bca", "name": "Bộ Công an", "short_name": "BCA"}
    assert doc.ok  # a warning does not stop the checks


def test_nfd_key_is_read_as_nfc() -> None:
    doc = load(unicodedata.normalize("NFD", "Hà Nội: x\n"))
    assert found(doc) == [(1, 1, "CR801")]
    assert doc.data == {"Hà Nội": "x"}


def test_nfc_text_gets_no_warning() -> None:
    doc = load("name: Bộ Công an\nplace: Hà Nội\n")
    assert found(doc) == []
