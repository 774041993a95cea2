"""`coordreg fmt`: the canonical layout, shown on examples with their exact output.

Each example gives the text of a file and the text fmt makes of it; formatting
that result again must give it back unchanged, and the checker's loader must
read the same data from both. The command is run through typer's CliRunner in a
temporary folder, and once on the bundled regulations from the repository root:
that test is how `make test` keeps them in fmt's layout.
"""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.edit import fmt as fmt_module
from coordreg.edit.fmt import (
    EVALUATION,
    REGULATION,
    SHAPES,
    FormatError,
    Shape,
    UnreadableError,
    comments_of,
    format_paths,
    format_text,
)
from coordreg.errors import UsageError
from coordreg.loader.yamlload import load_text

# Messages are asserted in English here; the Vietnamese default: test_cli_language.py.
pytestmark = pytest.mark.usefixtures("english_messages")

ROOT = Path(__file__).resolve().parents[1]


def formatted(text: str, kind: str = REGULATION) -> str:
    """Format `text`, checking on the way that fmt keeps the data and is idempotent."""
    result = format_text(text, kind)
    assert format_text(result, kind) == result
    before, after = load_text(text, "before"), load_text(result, "after")
    assert after.ok and after.data == before.data
    return result


def run(*args: str) -> Result:
    return CliRunner().invoke(app, ["fmt", *args])


# --- Key order and indentation ------------------------------------------------------------


def test_keys_are_put_in_the_documented_order_with_two_space_indentation() -> None:
    text = """\
title: Quy chế phối hợp thử nghiệm
effective: 2022-01-10
chapters:
    -   title: QUY ĐỊNH CHUNG
        articles:
            -   title: Nội dung phối hợp
                duties:
                    -   text: Trao đổi thông tin
                        schedule: continuous
                        support: [btttt]
                        lead: bca
                        id: trao-doi
                number: 1
        number: I
signed: 2022-01-10
id: qc-thu
evaluation:
    first_year: 2022
    rotation: [bca, btttt]
parties:
    -   name: Bộ Công an
        id: bca
        signatory:
            title: Bộ trưởng Bộ Công an
            name: Đại tướng Tô Lâm
    -   name: Bộ Thông tin và Truyền thông
        id: btttt
"""
    expected = """\
id: qc-thu
title: Quy chế phối hợp thử nghiệm
signed: 2022-01-10
effective: 2022-01-10
parties:
  - id: bca
    name: Bộ Công an
    signatory:
      name: Đại tướng Tô Lâm
      title: Bộ trưởng Bộ Công an
  - id: btttt
    name: Bộ Thông tin và Truyền thông
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Nội dung phối hợp
        duties:
          - id: trao-doi
            text: Trao đổi thông tin
            lead: bca
            support: [btttt]
            schedule: continuous
"""
    assert formatted(text) == expected


def test_unknown_keys_keep_their_order_after_the_known_ones() -> None:
    text = """\
x-ghi-chu: thêm
title: T
x-nguon: Báo Công an nhân dân
id: qc
"""
    expected = """\
id: qc
title: T
x-ghi-chu: thêm
x-nguon: Báo Công an nhân dân
"""
    assert formatted(text) == expected


def test_an_evaluation_record_takes_the_evaluation_order() -> None:
    text = """\
results:
  trao-doi:
    note: Đã trao đổi đầy đủ.
    status: done
  "123": {note: Chưa làm, status: not_done}
host: bca
year: 2024
held: 2025-01-15
regulation: qc-thu
"""
    expected = """\
regulation: qc-thu
year: 2024
host: bca
held: 2025-01-15
results:
  trao-doi:
    status: done
    note: Đã trao đổi đầy đủ.
  "123": {status: not_done, note: Chưa làm}
"""
    assert formatted(text, EVALUATION) == expected


def test_the_key_order_is_the_models_which_is_the_documented_order() -> None:
    def keys(shape: Shape, *path: str) -> tuple[str, ...]:
        """The keys of the mappings at `path`, through lists and mappings of ids."""
        for step in (*path, None):
            if shape.each is not None and not shape.keys:
                shape = shape.each
            if step is not None:
                shape = shape.fields[step]
        return shape.keys

    regulation = SHAPES[REGULATION]
    # Issue 13 added the file format, the acts, and on each element its history:
    # added_by, repealed_by and the earlier values (before), after its own keys.
    # Issue 17 added the decision that issued a regulation, and a chapter's review note.
    # Issue 15 added the marks of secrecy and urgency, after the place.
    assert keys(regulation) == (
        "format", "id", "number", "title", "signed", "effective", "until", "place",
        "secrecy", "urgency", "legal_bases", "enacting", "decision", "acts", "parties", "evaluation", "chapters",
        "unplaced",
    )  # fmt: skip
    assert keys(regulation, "decision") == (
        "title", "issuer", "authority", "reference", "articles", "signatory",
    )  # fmt: skip
    assert keys(regulation, "acts") == (
        "id", "kind", "number", "title", "issuer", "signed", "effective", "basis", "note",
    )  # fmt: skip
    # Issue 15 added a party's parent (in headings), a unit's symbol and the signing
    # authority.
    assert keys(regulation, "parties") == (
        "id", "name", "short_name", "symbol", "units", "standing_office", "parent", "signatory",
        "since", "until", "succeeded_by", "before",
    )  # fmt: skip
    assert keys(regulation, "parties", "units") == (
        "id", "name", "symbol", "since", "until", "succeeded_by", "before",
    )  # fmt: skip
    assert keys(regulation, "parties", "signatory") == (
        "name", "title", "authority", "on_behalf_of",
    )  # fmt: skip
    assert keys(regulation, "evaluation") == ("rotation", "first_year", "review_every", "before")
    assert keys(regulation, "chapters") == (
        "id", "number", "title", "review", "articles", "added_by", "repealed_by", "before",
    )  # fmt: skip
    chapter = ("chapters", "articles")
    assert keys(regulation, *chapter) == (
        "id", "number", "title", "text", "clauses", "duties", "added_by", "repealed_by", "before",
    )  # fmt: skip
    assert keys(regulation, *chapter, "clauses") == (
        "number", "text", "points", "added_by", "repealed_by", "before",
    )  # fmt: skip
    assert keys(regulation, *chapter, "clauses", "points") == (
        "label", "text", "added_by", "repealed_by", "before",
    )  # fmt: skip
    # Issue 16 added the clause and point a duty comes from, after its id.
    assert keys(regulation, *chapter, "duties") == (
        "id", "clause", "point", "text", "lead", "support", "schedule", "deliverable", "review",
        "added_by", "repealed_by", "before",
    )  # fmt: skip
    assert keys(regulation, *chapter, "duties", "before") == (
        "act", "text", "lead", "support", "schedule", "deliverable",
    )  # fmt: skip
    # A record may say its format too (issue 13), first as in regulation.yaml.
    assert keys(SHAPES[EVALUATION]) == ("format", "regulation", "year", "host", "held", "results")
    # The evidence of a result (issue 18), after its status and note.
    # ... or, for an each-party duty, its results by party (issue 16), each a result.
    assert keys(SHAPES[EVALUATION], "results") == (
        "status", "note", "completed", "evidence", "by_party",
    )  # fmt: skip
    assert keys(SHAPES[EVALUATION], "results", "by_party") == (
        "status", "note", "completed", "evidence",
    )  # fmt: skip
    assert keys(SHAPES[EVALUATION], "results", "evidence") == ("number", "date")


# --- Comments ------------------------------------------------------------------------------


def test_comments_stay_above_their_key_at_the_end_of_lines_and_between_items() -> None:
    text = """\
# Quy chế mẫu: dòng chú thích đầu tệp.
title: Quy chế phối hợp thử nghiệm   # tên đầy đủ
id: qc-thu
signed: 2022-01-10
effective: 2022-01-10

parties:
  # Hai bên ký kết.
  - name: Bộ Công an
    id: bca
  # Bên thứ hai, giữa hai mục của danh sách.
  - name: Bộ Thông tin và Truyền thông
    id: btttt
    units:
      - {id: btttt-cattt, name: Cục An toàn thông tin}
      # - {id: btttt-cvt, name: Cục Viễn thông}   (chưa dùng)
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
# Nội dung.
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
"""
    expected = """\
# Quy chế mẫu: dòng chú thích đầu tệp.
id: qc-thu
title: Quy chế phối hợp thử nghiệm   # tên đầy đủ
signed: 2022-01-10
effective: 2022-01-10

parties:
  # Hai bên ký kết.
  - id: bca
    name: Bộ Công an
  # Bên thứ hai, giữa hai mục của danh sách.
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - {id: btttt-cattt, name: Cục An toàn thông tin}
      # - {id: btttt-cvt, name: Cục Viễn thông}   (chưa dùng)
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
# Nội dung.
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
"""
    assert formatted(text) == expected


def test_a_comment_moves_with_its_key_and_takes_its_indentation() -> None:
    text = """\
id: qc
chapters:
    - title: QUY ĐỊNH CHUNG
      # Số chương: chữ số La Mã.
      number: I
evaluation:
        # Bắt đầu từ năm 2022.
        first_year: 2022
        # Luân phiên.
        rotation: [bca, btttt]       # hai bên
title: T
"""
    expected = """\
id: qc
title: T
evaluation:
  # Luân phiên.
  rotation: [bca, btttt]             # hai bên
  # Bắt đầu từ năm 2022.
  first_year: 2022
chapters:
  # Số chương: chữ số La Mã.
  - number: I
    title: QUY ĐỊNH CHUNG
"""
    assert formatted(text) == expected


def test_a_comment_under_the_end_of_a_list_stays_at_that_end() -> None:
    text = """\
id: qc
chapters:
  - number: I
    articles:
      - number: 1
        duties:
          - id: a
            lead: bca
          # TODO: thêm nhiệm vụ
  - number: II
"""
    assert formatted(text) == text


def test_blank_lines_are_kept_once_and_never_at_the_ends() -> None:
    text = "\n\nid: qc\n\n\n\ntitle: T\n\n\n"
    assert formatted(text) == "id: qc\n\ntitle: T\n"


def test_an_end_of_line_comment_keeps_its_column_while_the_line_fits() -> None:
    text = "id: qc                    # mã\ntitle: " + "chữ " * 30 + "# dài\n"
    assert formatted(text) == (
        "id: qc                    # mã\ntitle: "
        + "chữ " * 22
        + "chữ\n  "
        + "chữ " * 6
        + "chữ # dài\n"
    )


# --- Scalars -----------------------------------------------------------------------------


def test_ids_that_yaml_would_read_as_numbers_stay_quoted() -> None:
    text = """\
id: '2022'
parties:
  - id: "123"
  - id: '007'
    units: [{id: "1e5", name: 'yes'}]
evaluation: {rotation: ["123", '007'], first_year: 2022}
"""
    expected = """\
id: '2022'
parties:
  - id: "123"
  - id: '007'
    units: [{id: "1e5", name: 'yes'}]
evaluation: {rotation: ["123", '007'], first_year: 2022}
"""
    assert formatted(text) == expected


def test_flow_collections_stay_flow_while_they_fit_and_become_block_when_not() -> None:
    long_name = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao thuộc Bộ Công an"
    text = f"""\
parties:
  - id: bca
    units:
      - {{id: bca-vp, name: Văn phòng Bộ}}
      - {{id: bca-a05, name: "{long_name}"}}
chapters:
  - articles:
      - duties:
          - {{id: a, support: [bca-vp, bca-a05], schedule: {{yearly: 12-15}}}}
"""
    expected = f"""\
parties:
  - id: bca
    units:
      - {{id: bca-vp, name: Văn phòng Bộ}}
      - id: bca-a05
        name: "{long_name}"
chapters:
  - articles:
      - duties:
          - {{id: a, support: [bca-vp, bca-a05], schedule: {{yearly: 12-15}}}}
"""
    assert formatted(text) == expected


def test_long_vietnamese_text_is_wrapped_at_100_columns_and_reads_the_same() -> None:
    sentence = (
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì, phối hợp "
        "với Cục An toàn thông tin trao đổi thông tin về tình hình an ninh mạng, các hoạt động "
        "tấn công, xâm nhập, phát tán mã độc."
    )
    text = f"""\
chapters:
  - articles:
      - text: {sentence}
        title: "Đ: {sentence}"
"""
    result = formatted(text)
    # Plain text stays within the width; quoted text is folded by ruamel.yaml's own
    # rule, at the first space past the width.
    expected = """\
chapters:
  - articles:
      - title: "Đ: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì, phối hợp với
          Cục An toàn thông tin trao đổi thông tin về tình hình an ninh mạng, các hoạt động tấn công,
          xâm nhập, phát tán mã độc."
        text: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao chủ trì, phối hợp với
          Cục An toàn thông tin trao đổi thông tin về tình hình an ninh mạng, các hoạt động tấn
          công, xâm nhập, phát tán mã độc.
"""
    assert result == expected
    assert [len(line) for line in result.splitlines()[-3:]] == [99, 95, 42]
    article = load_text(result, "x").data["chapters"][0]["articles"][0]
    assert article == {"title": f"Đ: {sentence}", "text": sentence}


def test_block_scalars_keep_their_lines_and_text_keeps_its_spaces_and_form() -> None:
    nfd = "Hà Nội".replace("à", "a\u0300").replace("ộ", "o\u0323\u0302")
    text = f"""\
title: >-
  Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
  trong công tác bảo vệ an ninh quốc gia
number: |
  Số: 01/QCPH
    (thụt lề)
place: {nfd}
id: "  hai  dấu cách  "
"""
    expected = f"""\
id: "  hai  dấu cách  "
number: |
  Số: 01/QCPH
    (thụt lề)
title: >-
  Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
  trong công tác bảo vệ an ninh quốc gia
place: {nfd}
"""
    assert formatted(text) == expected


def test_a_plain_text_is_never_folded_at_a_run_of_spaces() -> None:
    text = "title: " + "chữ " * 23 + " hai  dấu cách ở chỗ gấp dòng\n"
    result = formatted(text)
    assert load_text(result, "x").data == load_text(text, "x").data
    assert "  " in result.splitlines()[0]


# --- Encodings and line ends -------------------------------------------------------------


def test_crlf_line_ends_become_lf() -> None:
    text = "title: T\r\nid: qc   # mã\r\n\r\n# cuối\r\nplace: Hà Nội\r\n"
    assert formatted(text) == "id: qc   # mã\ntitle: T\n\n# cuối\nplace: Hà Nội\n"


def test_a_byte_order_mark_is_dropped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    file = tmp_path / "qc" / "regulation.yaml"
    file.parent.mkdir()
    file.write_bytes("\ufeffid: qc\ntitle: Quy chế\n".encode())
    monkeypatch.chdir(tmp_path)
    result = run("qc")
    assert result.exit_code == 0, result.output
    assert result.stdout == "reformatted qc/regulation.yaml\n"
    assert file.read_bytes() == "id: qc\ntitle: Quy chế\n".encode()


# --- Refusals ----------------------------------------------------------------------------


def test_a_file_with_a_yaml_error_is_reported_and_left_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "qc" / "regulation.yaml"
    broken.parent.mkdir()
    broken.write_bytes(b"title: T\nid: qc\n  bad: [\n")
    good = tmp_path / "qc" / "evaluations" / "2024.yaml"
    good.parent.mkdir()
    good.write_text("year: 2024\nregulation: qc\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = run("qc")
    assert result.exit_code == 1
    assert broken.read_bytes() == b"title: T\nid: qc\n  bad: [\n"
    assert good.read_text(encoding="utf-8") == "regulation: qc\nyear: 2024\n"
    assert result.stdout == "reformatted qc/evaluations/2024.yaml\n"
    assert "qc/regulation.yaml" in result.stderr
    assert "CR001  YAML syntax error" in result.stderr
    assert result.stderr.endswith(
        "coordreg: 1 file reformatted, 0 files already formatted; "
        "1 file left untouched (errors above).\n"
    )


def test_a_file_with_an_unsafe_tag_is_refused_like_check_refuses_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "regulation.yaml"
    content = b"id: qc\ntitle: !!python/object:os.system ls\n"
    file.write_bytes(content)
    monkeypatch.chdir(tmp_path)
    result = run("regulation.yaml", "--lang", "vi")
    assert result.exit_code == 1
    assert file.read_bytes() == content
    assert "CR007" in result.stderr and "không được dùng thẻ '!!python/object:os.system'" in (
        result.stderr
    )
    with pytest.raises(UnreadableError):
        format_text(content.decode())


def test_a_result_with_other_data_is_refused_with_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "regulation.yaml"
    file.write_text("title: T\nid: '123'\n", encoding="utf-8")
    # A layout bug that would unquote the id (the number 123, not the text "123").
    real = fmt_module._layout_text
    monkeypatch.setattr(fmt_module, "_layout_text", lambda *a: real(*a).replace("'123'", "123"))
    monkeypatch.chdir(tmp_path)
    result = run()  # no path: regulations/ ...
    assert result.exit_code == 2  # ... which this folder does not have
    result = run("--check", ".")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(
        "coordreg: internal error FMT001: formatting regulation.yaml would change its data; "
        "the file is left as it is"
    )
    result = run(".")
    assert result.exit_code == 1
    assert file.read_text(encoding="utf-8") == "title: T\nid: '123'\n"


def test_a_comment_ruamel_yaml_cannot_keep_is_refused_not_lost() -> None:
    text = "id: qc\nchapters:\n  - >-  # ghi chú\n    Chương\n"
    with pytest.raises(FormatError) as refused:
        format_text(text)
    assert refused.value.msgid == "fmt_would_lose_comment"
    assert "FMT002" in refused.value.message()
    # The same comment after a key is kept.
    assert formatted("title: >-  # ghi chú\n  Tiêu đề\nid: qc\n") == (
        "id: qc\ntitle: >-  # ghi chú\n  Tiêu đề\n"
    )


def test_comments_of_counts_every_comment_but_no_hash_inside_text() -> None:
    text = """\
# một
a: "x # không phải chú thích"  # hai
b: |  # ba
  # không phải chú thích
c: [x, # bốn
  y]
"""
    assert comments_of(text) == {"# một": 1, "# hai": 1, "# ba": 1, "# bốn": 1}


# --- The command ---------------------------------------------------------------------------

UNFORMATTED = "title: Quy chế\nid: qc\n"
FORMATTED = "id: qc\ntitle: Quy chế\n"


def folders(root: Path) -> tuple[Path, Path]:
    first = root / "regulations" / "qc-a" / "regulation.yaml"
    second = root / "regulations" / "qc-b" / "regulation.yaml"
    for file, content in ((first, UNFORMATTED), (second, FORMATTED)):
        file.parent.mkdir(parents=True)
        file.write_text(content, encoding="utf-8")
    return first, second


def test_check_lists_the_files_that_would_change_and_writes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, _ = folders(tmp_path)
    monkeypatch.chdir(tmp_path)
    result = run("--check")
    assert result.exit_code == 1
    assert result.stdout == "would reformat regulations/qc-a/regulation.yaml\n"
    assert result.stderr == ("coordreg: 1 file would be reformatted, 1 file already formatted.\n")
    assert first.read_text(encoding="utf-8") == UNFORMATTED
    result = run("--check", "regulations/qc-b")
    assert (result.exit_code, result.stdout) == (0, "")
    assert result.stderr == "coordreg: 0 files would be reformatted, 1 file already formatted.\n"


def test_fmt_writes_only_the_files_that_change_then_check_passes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = folders(tmp_path)
    before = second.stat().st_mtime_ns
    monkeypatch.chdir(tmp_path)
    result = run("--lang", "vi")
    assert result.exit_code == 0
    assert result.stdout == "đã định dạng lại regulations/qc-a/regulation.yaml\n"
    assert result.stderr == "coordreg: đã định dạng lại 1 tệp, 1 tệp đã đúng định dạng.\n"
    assert first.read_text(encoding="utf-8") == FORMATTED
    assert second.stat().st_mtime_ns == before
    assert run("--check").exit_code == 0


def test_a_file_is_replaced_atomically_and_keeps_its_permissions(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "regulation.yaml"
    file.write_text(UNFORMATTED, encoding="utf-8")
    file.chmod(0o640)
    inode = file.stat().st_ino
    monkeypatch.chdir(tmp_path)
    assert run("regulation.yaml").exit_code == 0
    assert file.read_text(encoding="utf-8") == FORMATTED
    assert file.stat().st_ino != inode  # a new file renamed over the old one
    assert stat.S_IMODE(file.stat().st_mode) == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["regulation.yaml"]  # no temporary left


def test_through_a_symbolic_link_the_file_it_points_to_is_formatted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "kept" / "qc.yaml"
    target.parent.mkdir()
    target.write_text(UNFORMATTED, encoding="utf-8")
    link = tmp_path / "regulation.yaml"
    link.symlink_to(target)
    monkeypatch.chdir(tmp_path)
    assert run("regulation.yaml").exit_code == 0
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8") == FORMATTED


def test_a_path_that_does_not_exist_cannot_be_formatted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("nowhere")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: no such file or folder: nowhere\n"


# --- The bundled regulations -------------------------------------------------------------


def test_the_bundled_regulations_are_in_fmts_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = format_paths([Path("regulations")])
    assert len(result.files) == 8
    assert [f.shown for f in result.changed] == []
    assert result.failed == [] and result.unreadable == []
    assert run("--check", "regulations").exit_code == 0


def test_the_bundled_files_keep_their_header_comments(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for file in sorted(Path("regulations").glob("*/regulation.yaml")):
        text = file.read_text(encoding="utf-8")
        assert text.startswith("# Quy chế phối hợp")
        assert format_text(text) == text


def test_a_file_that_cannot_be_written_is_reported_and_left_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    file = tmp_path / "qc" / "regulation.yaml"
    file.parent.mkdir()
    file.write_text(UNFORMATTED, encoding="utf-8")

    def refuse(path: Path, expected: bytes, new: bytes, *, seen: object = None) -> None:
        raise UsageError("cannot_write", path=str(path), reason="Permission denied")

    monkeypatch.setattr("coordreg.files.atomic.replace_file", refuse)
    monkeypatch.chdir(tmp_path)
    result = run("qc")
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "coordreg: cannot write qc/regulation.yaml: Permission denied; the file is left as it was",
        "coordreg: 0 files reformatted, 0 files already formatted; "
        "1 file left untouched (errors above).",
    ]
    assert file.read_text(encoding="utf-8") == UNFORMATTED
