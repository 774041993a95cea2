"""The gaps the adversarial tables found, fixed in the library: each fix on its own.

The tables (test_bad_input, test_git_input, ...) show what a user sees; these
tests pin each fix where it lives: reading only regular files and never more
than the size limit, numbers Python cannot print kept as text, the limits on
findings (CR014) and values (CR015), fmt's own limits and dates, diff's order
for numbers with no float, and git blobs refused by size before they are read.
"""

from __future__ import annotations

import json
import os
import random
import unicodedata
from collections import Counter
from pathlib import Path

import pytest
from gitrepo import GitRepo
from harness import GOOD, GOOD_BYTES, run

from coordreg.check.checker import check_paths
from coordreg.check.file_checks import limit_findings
from coordreg.edit import fmt
from coordreg.errors import DataError, UsageError
from coordreg.findings import Finding, Severity, finding
from coordreg.loader.limits import Limits
from coordreg.loader.positions import split_lines
from coordreg.loader.reading import ReadError, read_file
from coordreg.loader.scalars import resolve_plain
from coordreg.loader.yamlload import load_file, load_text
from coordreg.versions import git
from coordreg.versions.diff import compare
from coordreg.versions.revisions import load_version, parse_regulation

# --- Reading files ------------------------------------------------------------------------------


def _detail(error: ReadError) -> object:
    return dict(error.finding.args).get("detail")


def test_a_fifo_is_refused_without_being_opened_for_a_blocking_read(tmp_path: Path) -> None:
    fifo = tmp_path / "regulation.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ReadError) as raised:
        read_file(fifo, "regulation.yaml")
    assert raised.value.finding.code == "CR012"
    assert _detail(raised.value) == "not a regular file (a pipe)"


def test_an_endless_device_is_refused(tmp_path: Path) -> None:
    link = tmp_path / "regulation.yaml"
    link.symlink_to("/dev/zero")
    with pytest.raises(ReadError) as raised:
        read_file(link, "regulation.yaml")
    assert _detail(raised.value) == "not a regular file (a device)"


def test_a_folder_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as raised:
        read_file(tmp_path, "folder")
    assert _detail(raised.value) == "Is a directory"


def test_a_read_that_fails_is_a_finding_even_for_root(tmp_path: Path) -> None:
    link = tmp_path / "regulation.yaml"
    link.symlink_to("/proc/self/mem")  # a regular file whose first page cannot be read
    doc = load_file(link, "regulation.yaml")
    assert [(f.code, dict(f.args)) for f in doc.findings] == [
        ("CR012", {"detail": "Input/output error"})
    ]


def test_a_file_that_reports_no_size_is_still_read_no_further_than_the_limit() -> None:
    status = Path("/proc/self/status")  # st_size 0, but about a kilobyte to read
    assert status.stat().st_size == 0
    assert read_file(status, "status").startswith(b"Name:")
    with pytest.raises(ReadError) as raised:
        read_file(status, "status", Limits(max_bytes=100))
    assert raised.value.finding.code == "CR006"
    assert dict(raised.value.finding.args) == {"size": 101, "limit": 100}


def test_a_huge_sparse_file_is_refused_by_its_size(tmp_path: Path) -> None:
    file = tmp_path / "regulation.yaml"
    with file.open("wb") as handle:
        handle.truncate(1 << 40)  # a terabyte, read it and the test dies
    try:
        doc = load_file(file, "regulation.yaml")
        assert [(f.code, dict(f.args)["size"]) for f in doc.findings] == [("CR006", 1 << 40)]
    finally:
        file.unlink()


def test_a_folder_named_regulation_yaml_is_reported_not_searched(tmp_path: Path) -> None:
    folder = tmp_path / "regulations" / "qc" / "regulation.yaml"
    folder.mkdir(parents=True)
    (folder / "regulation.yaml").write_bytes(GOOD_BYTES)  # would check clean if searched
    for path in (tmp_path / "regulations", folder):
        result = check_paths([path])
        assert [(f.code, dict(f.args)) for f in result.findings] == [
            ("CR012", {"detail": "Is a directory"})
        ]


def test_a_folder_named_like_a_record_is_reported(tmp_path: Path) -> None:
    folder = tmp_path / "qc-test"
    (folder / "evaluations" / "2023.yaml").mkdir(parents=True)
    (folder / "regulation.yaml").write_bytes(GOOD_BYTES)
    result = check_paths([folder])
    assert [f.code for f in result.findings] == ["CR012"]
    assert result.findings[0].file.endswith("2023.yaml")


# --- Numbers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [("0x" + "f" * 3000, int("f" * 3000, 16)), ("0o" + "7" * 4000, int("7" * 4000, 8))],
)
def test_hex_and_octal_within_the_limit_are_numbers(written: str, expected: int) -> None:
    assert resolve_plain(written) == expected


@pytest.mark.parametrize("written", ["0x" + "f" * 4000, "0o" + "7" * 5000])
def test_hex_and_octal_too_long_to_print_stay_text(written: str) -> None:
    # int("f" * 4000, 16) has 4,817 digits: Python converts it but cannot print it.
    assert resolve_plain(written) == written


def test_diff_orders_changes_by_article_numbers_too_large_for_a_float() -> None:
    huge = GOOD.replace("      - number: 5\n", "      - number: 1" + "0" * 400 + "\n").encode()
    old, new = parse_regulation(GOOD_BYTES, "old"), parse_regulation(huge, "new")
    changes = compare(old, new)
    assert [(c.kind, c.target_type, c.new) for c in changes] == [("renumbered", "article", 10**400)]


# --- How many findings, how many values -----------------------------------------------------------


def test_findings_beyond_the_limit_are_counted_by_one_cr014() -> None:
    doc = load_text("a: 1\n" * 10, "f.yaml", Limits(max_findings=3))
    assert [(f.line, f.code) for f in doc.findings] == [
        (2, "CR003"),
        (3, "CR003"),
        (4, "CR003"),
        (5, "CR014"),
    ]
    over = doc.findings[-1]
    assert over.severity is Severity.ERROR
    assert dict(over.args) == {"limit": 3, "count": 6}
    assert over.message() == "more than 3 findings in this file: the other 6 are not listed"


def test_warnings_beyond_the_limit_stay_a_warning() -> None:
    text = "".join(f"k{n}: {unicodedata.normalize('NFD', 'Hà Nội')}\n" for n in range(5))
    doc = load_text(text, "f.yaml", Limits(max_findings=2))
    assert [(f.code, f.severity) for f in doc.findings] == [
        ("CR801", Severity.WARNING),
        ("CR801", Severity.WARNING),
        ("CR014", Severity.WARNING),
    ]
    assert doc.ok  # the data is all there: only the list is cut


def test_an_error_left_out_makes_cr014_an_error() -> None:
    nfd = unicodedata.normalize("NFD", "Huế")
    doc = load_text(f"a: {nfd}\nb: {nfd}\na: 2\n", "f.yaml", Limits(max_findings=2))
    assert [(f.code, f.severity) for f in doc.findings][-1] == ("CR014", Severity.ERROR)
    assert not doc.ok


def test_limit_findings_keeps_the_first_in_order() -> None:
    found = [finding("f", (n, 1), "CR201") for n in (9, 3, 7, 1)]
    found.append(finding("f", (8, 1), "CR701", Severity.WARNING))
    kept = limit_findings(found, 2)
    assert [(f.line, f.code) for f in kept] == [(1, "CR201"), (3, "CR201"), (7, "CR014")]
    assert kept[-1].severity is Severity.ERROR
    assert dict(kept[-1].args) == {"limit": 2, "count": 3}
    warnings: list[Finding] = [finding("f", (n, 1), "CR701", Severity.WARNING) for n in (1, 2)]
    assert limit_findings(warnings, 1)[-1].severity is Severity.WARNING
    assert limit_findings(warnings, 2) == warnings


def test_more_values_than_the_limit_is_cr015() -> None:
    doc = load_text("x: [" + "1, " * 20 + "1]\n", "f.yaml", Limits(max_values=10))
    # the mapping, "x", the list and 7 numbers make 10: the 8th number is one too many
    assert [(f.line, f.column, f.code) for f in doc.findings] == [(1, 26, "CR015")]
    assert doc.findings[0].message() == "the file holds more than 10 values"
    assert doc.data is None


def test_values_through_aliases_are_still_cr004() -> None:
    doc = load_text("a: &a [1, 1, 1, 1, 1]\nb: [*a, *a]\n", "f.yaml", Limits(max_values=10))
    # 10 values before it; the first alias brings 6 more
    assert [(f.line, f.column, f.code) for f in doc.findings] == [(2, 5, "CR004")]


def test_nodes_count_what_is_written_not_what_aliases_expand_to() -> None:
    doc = load_text("a: &a [1, 2, 3]\nb: [*a, *a, *a]\n", "f.yaml")
    # the mapping, 2 keys, 2 lists, 3 numbers; the aliases are no new node
    assert doc.nodes == 8


def test_split_lines_splits_a_text_once() -> None:
    text = "a: 1\nb: 2\n" * 1000
    assert split_lines(text) is split_lines(text)
    assert split_lines("a\r\nb\u2028c") == ("a", "b", "c")


# --- fmt ----------------------------------------------------------------------------------------


def test_fmt_leaves_a_file_over_its_value_limit_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_VALUES", 100)
    with pytest.raises(fmt.FormatError) as raised:
        fmt.format_text(GOOD, path="qc.yaml")
    assert raised.value.msgid == "fmt_too_large"
    assert raised.value.args_["values"] > 100
    assert "too large to lay out" in raised.value.message()


def test_fmt_leaves_a_file_over_its_size_limit_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fmt, "MAX_BYTES", 1000)
    with pytest.raises(fmt.FormatError) as raised:
        fmt.format_text(GOOD, path="qc.yaml")
    assert raised.value.args_["size"] == len(GOOD_BYTES)


@pytest.mark.parametrize("day", ["2023-02-30", "0000-01-10", "20220-01-10", "2022-01-10"])
def test_fmt_keeps_dates_as_written(day: str) -> None:
    text = GOOD.replace("signed: 2022-01-10", f"signed: {day}")
    assert fmt.format_text(text) == text


def test_fmt_prints_no_warning_of_ruamel_yaml(recwarn: pytest.WarningsRecorder) -> None:
    text = "a: &x 1\nb: &x 2\nc: *x\n"  # an anchor defined twice: valid YAML 1.2
    fmt.format_text(text)
    assert [str(w.message) for w in recwarn] == []


# --- Versions and git ---------------------------------------------------------------------------


def test_load_version_refuses_a_fifo_without_reading_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo("regulation.yaml")
    with pytest.raises(UsageError) as raised:
        load_version("regulation.yaml")
    assert raised.value.msgid == "unreadable"
    assert raised.value.args_["reason"] == "not a regular file (a pipe)"


def test_load_version_refuses_a_huge_file_by_its_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    with Path("regulation.yaml").open("wb") as handle:
        handle.truncate(1 << 40)
    try:
        with pytest.raises(DataError) as raised:
            load_version("regulation.yaml")
        assert [f.code for f in raised.value.result.findings] == ["CR006"]
    finally:
        Path("regulation.yaml").unlink()


def test_a_blob_over_the_limit_is_skipped_and_the_reader_stays_in_step(tmp_path: Path) -> None:
    repo = GitRepo(tmp_path / "repo")
    commit = repo.commit({"big.yaml": b"x" * 5000, "small.yaml": b"id: qc\n"}, "files")
    with git.BlobReader(repo.folder) as reader:
        with pytest.raises(git.BlobTooLargeError) as raised:
            reader.read(commit, "big.yaml", max_bytes=4096)
        assert raised.value.size == 5000
        assert reader.read(commit, "small.yaml", max_bytes=4096) == b"id: qc\n"
        assert reader.read(commit, "big.yaml") == b"x" * 5000  # no limit: read whole


# --- diff: bounded work on texts and on what is left unmatched ----------------------------------

_WORDS = [
    "phối",
    "hợp",
    "bảo",
    "đảm",
    "an",
    "ninh",
    "mạng",
    "thông",
    "tin",
    "trao",
    "đổi",
    "kiểm",
    "tra",
    "xử",
    "lý",
    "báo",
    "cáo",
]


def _articles(count: int, seed: int) -> bytes:
    """The good regulation with `count` articles of random titles and texts in chapter I."""
    rng = random.Random(seed)

    def text(n: int) -> str:
        return " ".join(rng.choice(_WORDS) for _ in range(n))

    articles = "".join(
        f"      - number: {n}\n        title: {text(4)} {seed}-{n}\n        text: {text(12)}\n"
        for n in range(1, count + 1)
    )
    head, _rest = GOOD.split("chapters:\n", 1)
    return (
        head + f"chapters:\n  - number: I\n    title: CHUNG\n    articles:\n{articles}"
    ).encode()


def test_diff_of_two_thousand_rewritten_articles_takes_seconds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Before the bound: 78 s (every old article scored against every new one).
    monkeypatch.chdir(tmp_path)
    Path("old.yaml").write_bytes(_articles(2000, 1))
    Path("new.yaml").write_bytes(_articles(2000, 2))
    answer = run(["diff", "-f", "json", "old.yaml", "new.yaml"])
    assert answer.exit == 0 and answer.seconds < 10
    kinds = Counter((c["kind"], c["target"]["type"]) for c in json.loads(answer.stdout)["changes"])
    assert kinds[("removed", "article")] == kinds[("added", "article")] == 2000


def test_a_few_rewritten_articles_are_still_paired_by_similarity() -> None:
    old = GOOD
    new = GOOD.replace(
        "title: Phạm vi điều chỉnh\n        text: Quy chế này quy định việc phối hợp giữa hai Bộ.",
        "title: Phạm vi\n        text: Quy chế này quy định việc phối hợp chặt chẽ giữa hai Bộ.",
    )
    assert new != old
    changes = compare(parse_regulation(old.encode(), "a"), parse_regulation(new.encode(), "b"))
    assert {(c.kind, c.target_type, c.field) for c in changes} == {
        ("amended", "article", "title"),
        ("amended", "article", "text"),
    }


def test_a_text_too_long_to_compare_word_by_word_is_redlined_whole() -> None:
    rng = random.Random(7)
    long_old = " ".join(rng.choice(_WORDS) for _ in range(20_000))
    long_new = " ".join(rng.choice(_WORDS) for _ in range(20_000))
    old = GOOD.replace("text: Quy chế này quy định việc phối hợp giữa hai Bộ.", f"text: {long_old}")
    new = GOOD.replace("text: Quy chế này quy định việc phối hợp giữa hai Bộ.", f"text: {long_new}")
    (change,) = compare(parse_regulation(old.encode(), "a"), parse_regulation(new.encode(), "b"))
    assert change.redline == (("delete", long_old), ("insert", long_new))
