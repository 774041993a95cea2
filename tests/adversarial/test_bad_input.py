"""Bad input through every command that reads a regulation: the table of docs/reliability.md.

Each case is a `regulations/qc-test/regulation.yaml` (bytes, or a thing on
disk that is not a readable file) and the exact answer of `coordreg check`;
the answer of every other command follows from it by the rules below, unless
the case says otherwise:

- fmt --check: the same findings when the file cannot be read (reading codes),
  as it then leaves the file alone; otherwise given per case;
- diff and transfer read only the syntax and the schema: the same findings as
  check when those are all reading and schema codes, nothing when check passes
  (transfer finds the regulation by its id, as plan does);
- plan, review and evaluate refuse a regulation with errors, listing every
  finding as check does, and work when check passes (warnings allowed);
- agenda leaves out a regulation with errors, says so, and exits 1;
- log (a git history whose newest commit holds the case) marks that version
  "unreadable" exactly when diff cannot read it, and never fails.

Every run also asserts: no exception, no traceback, no Python warning, an
answer within `harness.SECONDS`. Memory is bounded in test_limits_process.py,
where the worst of these cases run as real processes under an address-space
limit. A case that takes seconds to read (`heavy`) runs through one command of
each way of reading a file; a command that still fails on a case, in a module
this suite does not own, is a strict expected failure (`gaps`), listed under
Known gaps in docs/reliability.md. The evaluation records have a table of their
own, at the end.
"""

from __future__ import annotations

import json
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pytest
from builders import evaluation
from gitrepo import GitRepo
from harness import (
    FILE,
    FOLDER,
    GOOD,
    GOOD_BYTES,
    Outcome,
    assert_outcome,
    bomb,
    duplicate_keys,
    nested_lists,
    nested_mappings,
    ok,
    refused,
    run,
    says,
    tidy,
    write_workspace,
)
from processes import coordreg, hand_over, is_root, shared_folder, unprivileged

from coordreg.rules.reading_codes import READING_CODES
from coordreg.rules.schema_codes import SCHEMA_CODES
from coordreg.versions.diff import compare
from coordreg.versions.revisions import parse_regulation

# --- Inputs -------------------------------------------------------------------------------------


def edit(old: str, new: str, text: str = GOOD) -> bytes:
    """The good regulation with `old` (found exactly once) replaced by `new`."""
    assert text.count(old) == 1, old
    return text.replace(old, new).encode("utf-8")


TITLE = "title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông"
ARTICLE_5 = "      - number: 5\n"
NFD_TITLE = unicodedata.normalize("NFD", TITLE)
NFD_PLACE = unicodedata.normalize("NFD", "place: Hà Nội")


@dataclass(frozen=True)
class Repeat:
    """`head`, then `unit` `count` times, then `tail`: a large input, made only when used."""

    head: bytes
    unit: bytes
    count: int
    tail: bytes = b""

    def make(self) -> bytes:
        return self.head + self.unit * self.count + self.tail


@dataclass(frozen=True)
class OnDisk:
    """Something at the regulation's path that is not a readable file."""

    kind: str
    content: bytes = b""

    def make(self, path: Path) -> None:
        if self.kind == "fifo":
            os.mkfifo(path)
        elif self.kind == "folder":
            path.mkdir()
            (path / "regulation.yaml").write_bytes(GOOD_BYTES)  # not searched inside
        elif self.kind == "loop":
            path.symlink_to(path.name)
        elif self.kind == "dangling":
            path.symlink_to("nowhere.yaml")
        elif self.kind == "link":
            path.symlink_to(self.content.decode())
        elif self.kind == "sparse":  # 64 GiB that take no room on disk
            with path.open("wb") as handle:
                handle.truncate(64 * 1024**3)
        elif self.kind == "no-permission":
            path.write_bytes(self.content)
            path.chmod(0)
        else:  # pragma: no cover
            raise ValueError(self.kind)


Input = bytes | Repeat | OnDisk


@dataclass(frozen=True)
class Case:
    name: str
    input: Input
    check: Outcome
    fmt: Outcome | None = None
    parse: Outcome | None = None  # diff (and transfer), when not derived
    documents: Outcome | None = None  # plan, review and evaluate (and transfer), when not derived
    agenda: Outcome | None = None
    why: str = ""
    # Commands that still fail on this case, in a module this suite does not own:
    # strict xfails, so that the fix shows up here (docs/reliability.md lists them).
    gaps: tuple[tuple[str, str], ...] = ()
    # Gaps it is not safe to run at all (xfail, not run): such as reading 64 GiB.
    unsafe: tuple[tuple[str, str], ...] = ()
    # A case that takes seconds to read runs through one command of each way of
    # reading a file (see HEAVY_COMMANDS), not through all nine.
    heavy: bool = False


READING_AND_SCHEMA = set(READING_CODES) | set(SCHEMA_CODES)
NOT_A_FILE = says(2, "regulation_not_found", ref="qc-test")


def _codes(outcome: Outcome) -> set[str]:
    return {code.split("@")[0] for code in outcome.codes}


DUTY = "          - id: bao-cao-quy\n"
COPY = (
    "          - {id: lap-lai, text: Một nhiệm vụ lặp lại., lead: bca-a05, schedule: continuous}\n"
)
COPIES_FROM = GOOD[: GOOD.index(DUTY)].count("\n") + 1  # the line of the first copy


CASES = [
    # -- Size, shape and nesting --------------------------------------------------------------
    Case("empty file", b"", refused("CR009@1:1")),
    Case("only comments and blank lines", b"# nothing yet\n\n   \n", refused("CR009@1:1")),
    Case("a list at the top", b"- bca\n- btttt\n", refused("CR010@1:1")),
    Case("a scalar at the top", b"Quy che\n", refused("CR010@1:1")),
    Case("two documents", GOOD_BYTES + b"---\nid: other\n", refused("CR011@85:1")),
    Case(
        "a 64 GiB sparse file",
        OnDisk("sparse"),
        refused("CR006@1:1"),
        why="refused by its size: nothing of it is read",
    ),
    Case("50 MB file", Repeat(b"# ", b"x", 50 * 1024 * 1024, b"\n"), refused("CR006@1:1")),
    Case(
        "file one byte over 10 MiB",
        Repeat(b"", b"#", 10 * 1024 * 1024, b"\n"),
        refused("CR006@1:1"),
    ),
    Case("alias bomb (billion laughs)", bomb(), refused("CR004@6:45")),
    # libyaml reads a run of `[` ahead, and stops at its own limit of 1,000 levels
    # before the first event: the finding points there, not at the 101st level.
    Case("100,000 nested lists", nested_lists(100_000), refused("CR005@1:1003")),
    Case("100,000 nested mappings", nested_mappings(100_000), refused("CR005@1:400")),
    Case(
        "2,000 nested block lists",
        b"".join(b"  " * n + b"- \n" for n in range(2000)),
        refused("CR005@101:201"),
    ),
    Case(
        "1,000,001 values written out",
        Repeat(b"x: [", b"1,", 1_000_000, b"1]\n"),
        refused("CR015@1:1999999"),
        heavy=True,
    ),
    Case(
        "20,000 duplicate keys",
        duplicate_keys(20_000),
        refused(*sorted([f"CR003@{n}:1" for n in range(2, 1002)] + ["CR014@1002:1"])),
        why="1,000 findings listed, then CR014 counts the other 18,999",
    ),
    Case(
        "1,201 duties with one id",
        edit(DUTY, COPY * 1201 + DUTY),
        refused(
            *sorted(
                [f"CR201@{COPIES_FROM + n}:18" for n in range(1, 1001)]
                + [f"CR014@{COPIES_FROM + 1001}:18"]
            )
        ),
        fmt=ok(),
        parse=ok(),
        why="the rules' findings are listed up to 1,000 too, then CR014",
    ),
    Case(
        "50,001 values: too many for fmt",
        edit("place: Hà Nội\n", "place: Hà Nội\nx-extra: [" + "1, " * 50_000 + "1]\n"),
        refused("CR103@7:1"),
        fmt=says(1, "fmt_too_large"),
        why="fmt leaves a file alone rather than take minutes and gigabytes",
    ),
    Case(
        "1.1 MiB: too large for fmt",
        GOOD_BYTES + b"# " + b"x" * (1100 * 1024) + b"\n",
        ok(),
        fmt=says(1, "fmt_too_large"),
    ),
    Case(
        "a 100,000-character line",
        edit(TITLE, "title: " + "Quy chế phối hợp " * 6_000),
        ok(),
        fmt=refused(),
    ),
    # -- Encodings and characters -------------------------------------------------------------
    Case("binary (bytes 0 to 255)", bytes(range(256)) * 4, refused("CR002@2:118")),
    Case("a PNG image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, refused("CR002@1:1")),
    Case("UTF-16 with a BOM", GOOD.encode("utf-16"), refused("CR002@1:1")),
    Case("UTF-16 without a BOM", GOOD.encode("utf-16-le"), refused("CR002@1:1")),
    Case("UTF-32", GOOD.encode("utf-32"), refused("CR002@1:1")),
    Case(
        "Latin-1 ('Hà' as one byte)",
        GOOD.encode("utf-8").replace("place: Hà Nội".encode(), b"place: H\xe0 Noi"),
        refused("CR002@6:9"),
    ),
    Case(
        "Windows-1258 (Vietnamese code page)",
        GOOD.encode("cp1258", "replace"),
        refused("CR002@3:34"),
    ),
    Case("UTF-8 with a BOM", b"\xef\xbb\xbf" + GOOD_BYTES, ok(), fmt=refused()),
    Case("CRLF line ends", GOOD_BYTES.replace(b"\n", b"\r\n"), ok(), fmt=refused()),
    Case("CR line ends (old Mac)", GOOD_BYTES.replace(b"\n", b"\r"), ok(), fmt=refused()),
    Case(
        "Unicode line separators (U+2028)",
        GOOD.replace("\n", "\u2028").encode(),
        ok(),
        fmt=says(1, "fmt_cannot_lay_out"),
        why="libyaml breaks lines there, ruamel.yaml does not: fmt leaves the file alone",
    ),
    Case("a tab as indentation", edit("\n  - id: bca\n", "\n\t- id: bca\n"), refused("CR001@8:1")),
    Case(
        "a tab inside text",
        edit("place: Hà Nội", "place: Hà\tNội"),
        ok(),
        fmt=says(1, "fmt_cannot_lay_out"),
        why="libyaml reads it, ruamel.yaml does not: fmt leaves the file alone",
    ),
    Case("a NUL byte", edit("place: Hà Nội", "place: \x00Hà Nội"), refused("CR001@6:8")),
    Case("a control character", edit("place: Hà Nội", "place: Hà\x07Nội"), refused("CR001@6:10")),
    Case(
        "an escaped lone surrogate",
        edit("place: Hà Nội", 'place: "\\ud800"'),
        refused("CR001@6:11"),
    ),
    Case(
        "NFD Vietnamese (title and place)",
        edit("place: Hà Nội", NFD_PLACE, edit(TITLE, NFD_TITLE).decode()),
        ok("CR801@3:8", "CR801@6:8"),
        fmt=ok(),
        why="read as NFC, with a warning where the file is not",
    ),
    # -- Identifiers ----------------------------------------------------------------------------
    Case(
        "a Cyrillic 'с' in a party id",
        edit("  - id: bca\n", "  - id: b\u0441a\n"),
        refused("CR104@8:9"),
        fmt=ok(),
        why="ids are ASCII: a look-alike letter is not a valid id",
    ),
    Case(
        "a Cyrillic 'а' in a lead",
        edit(
            "lead: bca-a05\n            support: [btttt-cattt]\n            schedule: continuous",
            "lead: bc\u0430-a05\n            support: [btttt-cattt]\n            schedule: continuous",
        ),
        refused("CR104@59:19"),
        fmt=ok(),
    ),
    Case(
        "an id in NFD ('bế')",
        edit("  - id: bca\n", "  - id: " + unicodedata.normalize("NFD", "bế") + "\n"),
        refused("CR104@8:9", "CR801@8:9"),
        fmt=ok(),
    ),
    Case(
        "two keys that differ only by Unicode form",
        edit(
            "place: Hà Nội\n", "place: Hà Nội\nHuế: 1\n" + unicodedata.normalize("NFD", "Huế: 2\n")
        ),
        refused("CR003@8:1", "CR801@8:1"),
        why="keys are read as NFC: the second 'Huế' is a duplicate of the first",
    ),
    # -- Tags, merge keys and keys that are not text -----------------------------------------
    Case(
        "!!python/object/apply:os.system",
        edit(TITLE, "title: !!python/object/apply:os.system ['touch pwned']"),
        refused("CR007@3:8"),
        why="nothing is ever built from a tag",
    ),
    Case("a custom tag !foo", edit(TITLE, "title: !foo Quy chế"), refused("CR007@3:8")),
    Case("!!binary", edit(TITLE, "title: !!binary UXV5IGNo4bq/"), refused("CR007@3:8")),
    Case(
        "a tag on a mapping",
        edit("evaluation:\n", "evaluation: !!python/object:argparse.Namespace\n"),
        refused("CR007@28:13"),
    ),
    Case(
        "a merge key <<",
        edit("  - id: btttt\n", "  - <<: {short_name: BTTTT}\n    id: btttt\n"),
        refused("CR103@20:5"),
        fmt=ok(),
        why="no merge: '<<' is an ordinary, unknown key",
    ),
    Case(
        "an integer key",
        edit("place: Hà Nội", "2022: Hà Nội"),
        refused("CR016@6:1"),
        fmt=refused("CR016@6:1"),
        why="reported at the key; pydantic said 'Keys should be strings' at the value (fixed)",
    ),
    Case(
        "a null key",
        edit("place: Hà Nội", "~: Hà Nội"),
        refused("CR016@6:1"),
        fmt=refused("CR016@6:1"),
        why="reported at the key; pydantic said 'Keys should be strings' at the top (fixed)",
    ),
    Case("a list as a key", edit("place: Hà Nội", "? [a, b]\n: Hà Nội"), refused("CR008@6:3")),
    Case("a mapping as a key", edit("place: Hà Nội", "{a: 1}: Hà Nội"), refused("CR008@6:1")),
    Case(
        "a duplicate key",
        edit("place: Hà Nội\n", "place: Hà Nội\nplace: Huế\n"),
        refused("CR003@7:1"),
    ),
    # -- Numbers and dates ----------------------------------------------------------------------
    Case(
        "10**400 as an article number",
        edit(ARTICLE_5, "      - number: 1" + "0" * 400 + "\n"),
        refused("CR402@82:17"),
        fmt=ok(),
        parse=ok(),
        why="a number that size is a numbering finding; diff used to crash on it",
    ),
    Case(
        "a 5,000-digit article number",
        edit(ARTICLE_5, "      - number: " + "7" * 5000 + "\n"),
        refused("CR102@82:17"),
        fmt=ok(),
        why="past Python's digit limit the loader keeps it as text",
    ),
    Case(
        "a 4,000-digit hexadecimal number",
        edit(ARTICLE_5, "      - number: 0x" + "f" * 4000 + "\n"),
        refused("CR102@82:17"),
        fmt=ok(),
        why="its value would have 4,817 digits, too many to print: kept as text",
    ),
    Case(
        "1e400 (a float that overflows)",
        edit(ARTICLE_5, "      - number: 1e400\n"),
        refused("CR102@82:17"),
        fmt=ok(),
        why="read as infinity, which is not an article number",
    ),
    Case(
        "a first year of 400 digits",
        edit("first_year: 2022", "first_year: " + "2" * 400),
        refused("CR104@30:15"),
        fmt=ok(),
    ),
    Case(
        "30 February 2023",
        edit("signed: 2022-01-10", "signed: 2023-02-30"),
        refused("CR104@4:9"),
        fmt=ok(),
        why="dates stay text for the model to check; fmt used to fail in ruamel.yaml",
    ),
    Case(
        "year 0", edit("signed: 2022-01-10", "signed: 0000-01-10"), refused("CR104@4:9"), fmt=ok()
    ),
    Case(
        "a five-digit year",
        edit("signed: 2022-01-10", "signed: 20220-01-10"),
        refused("CR104@4:9"),
        fmt=ok(),
    ),
    # -- Things on disk that are not a readable file -------------------------------------------
    Case(
        "a FIFO named regulation.yaml",
        OnDisk("fifo"),
        refused("CR012@-"),
        parse=says(2, "unreadable", reason="not a regular file (a pipe)"),
        documents=NOT_A_FILE,
        why="never opened for reading: it would block",
    ),
    Case(
        "a folder named regulation.yaml",
        OnDisk("folder"),
        refused("CR012@-"),
        parse=says(2, "unreadable", reason="Is a directory"),
        documents=NOT_A_FILE,
    ),
    Case(
        "a symlink loop",
        OnDisk("loop"),
        refused("CR012@-"),
        parse=says(2, "unreadable", reason="Too many levels of symbolic links"),
        documents=NOT_A_FILE,
    ),
    Case(
        "a dangling symlink",
        OnDisk("dangling"),
        refused("CR012@-"),
        parse=says(2, "unreadable", reason="No such file or directory"),
        documents=NOT_A_FILE,
    ),
    # A link out of the repository is refused before it is opened (CR018, issue 14);
    # what reading a device or a failing file answers is in test_library_limits.py.
    Case(
        "a symlink to /dev/zero",
        OnDisk("link", b"/dev/zero"),
        refused("CR018@-"),
        parse=says(2, "link_outside", path=FILE),
        documents=says(2, "link_outside"),
        why="a link out of the repository is never opened",
    ),
    Case(
        "a file whose read fails (/proc/self/mem)",
        OnDisk("link", b"/proc/self/mem"),
        refused("CR018@-"),
        parse=says(2, "link_outside", path=FILE),
        documents=says(2, "link_outside"),
        why="a link out of the repository is never opened",
    ),
    Case(
        "no permission to read",
        OnDisk("no-permission", GOOD_BYTES),
        refused("CR012@-"),
        parse=says(2, "unreadable", reason="Permission denied"),
    ),
]

COMMANDS: dict[str, list[str]] = {
    "check": ["check", "--lang", "en", FOLDER],
    "fmt": ["fmt", "--check", "--lang", "en", FOLDER],
    "diff": ["diff", "--lang", "en", FILE, "good.yaml"],
    "transfer": ["transfer", "qc-test", "--from", "bca-a05", "--to", "bca-vp", "--lang", "en"],
    "plan": ["plan", "qc-test", "--year", "2023", "-f", "json", "--lang", "en"],
    "review": [
        "review",
        "qc-test",
        "--end-year",
        "2026",
        "--no-history",
        "-f",
        "json",
        "--lang",
        "en",
    ],
    "evaluate": ["evaluate", "qc-test", "--year", "2023", "--lang", "en"],
    "agenda": ["agenda", FOLDER, "--from", "2023-01-01", "--to", "2023-12-31", "--lang", "en"],
    "log": ["log", "qc-test", "-f", "json", "--lang", "en"],
}


def reading_error(case: Case) -> bool:
    return case.check.exit == 1 and _codes(case.check) <= set(READING_CODES)


def expected(case: Case, command: str) -> Outcome:
    """What `command` answers for `case`, by the rules of the module's docstring."""
    if command == "check":
        return case.check
    if command == "fmt":
        if case.fmt is not None:
            return case.fmt
        assert reading_error(case), f"{case.name}: give fmt's outcome"
        return case.check
    if command == "transfer" and case.documents is not None:
        return case.documents  # it finds the regulation as plan does
    if command in ("diff", "transfer", "log"):
        if case.parse is not None:
            return case.parse
        if case.check.exit == 0:
            return ok()
        assert _codes(case.check) <= READING_AND_SCHEMA, f"{case.name}: give the outcome of diff"
        return case.check
    if command in ("plan", "review", "evaluate"):
        if case.documents is not None:
            return case.documents
        return case.check if case.check.exit else ok()
    if command == "agenda":
        if case.agenda is not None:
            return case.agenda
        return says(1, "agenda_skipped") if case.check.exit else ok()
    raise AssertionError(command)  # pragma: no cover


# One command for each way a file is read: checker.read_into (check, and plan,
# review, evaluate, agenda), fmt.format_file, versions.load_version (diff, and
# transfer's parse) and git (log).
HEAVY_COMMANDS = ("check", "fmt", "diff", "log")


def applies(case: Case, command: str) -> bool:
    """Whether the table runs `case` through `command`."""
    if case.heavy and command not in HEAVY_COMMANDS:
        return False
    # git keeps files, not pipes, folders or links to devices.
    return not (isinstance(case.input, OnDisk) and command == "log")


PARAMS = [
    pytest.param(
        case,
        command,
        id=f"{case.name} | {command}",
        marks=[
            *(
                pytest.mark.xfail(reason=f"gap: {reason}", strict=True)
                for gap, reason in case.gaps
                if gap == command
            ),
            *(
                pytest.mark.xfail(reason=f"gap, not run: {reason}", run=False)
                for gap, reason in case.unsafe
                if gap == command
            ),
        ],
    )
    for case in CASES
    for command in COMMANDS
    if applies(case, command)
]


def _place(root: Path, case: Case) -> None:
    if isinstance(case.input, OnDisk):
        write_workspace(root, None)
        case.input.make(root / FILE)
    else:
        write_workspace(root, content(case.input))


def content(given: bytes | Repeat) -> bytes:
    return given.make() if isinstance(given, Repeat) else given


def _log(root: Path, case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    """The case committed over the good regulation: log reads both versions from git."""
    assert not isinstance(case.input, OnDisk)
    repo = GitRepo(root)
    repo.commit({FILE: GOOD_BYTES}, "Ban hành quy chế")
    repo.commit({FILE: content(case.input)}, "Sửa đổi", date="2023-03-01T09:00:00+07:00")
    monkeypatch.chdir(root)
    answer = run(COMMANDS["log"])
    assert answer.exit == 0, answer.output[-2000:]
    events = [entry["event"] for entry in json.loads(answer.stdout)]
    unreadable = expected(case, "log").exit == 1
    assert events == [_log_event(case, unreadable), "created"]


def _log_event(case: Case, unreadable: bool) -> str | None:
    """What log says of the case's commit: "unreadable", else "layout_only" when the case
    says the same as the good regulation (line ends, a BOM, NFD: issue 16), else nothing."""
    if unreadable:
        return "unreadable"
    assert not isinstance(case.input, OnDisk)  # log commits bytes only
    before = parse_regulation(GOOD_BYTES, "before")
    after = parse_regulation(content(case.input), "after")
    return None if compare(before, after) else "layout_only"


@pytest.mark.parametrize(("case", "command"), PARAMS)
def test_bad_input(
    case: Case, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if case.input == OnDisk("no-permission", GOOD_BYTES) and is_root():
        # Root reads files whatever their mode: the command runs as a user who is not.
        with shared_folder() as shared:
            _place(shared, case)
            hand_over(shared, unprivileged())
            answer = coordreg(COMMANDS[command], shared, as_tester=True)
        assert_outcome(answer, expected(case, command))
        return
    try:
        if command == "log":
            _log(tmp_path, case, monkeypatch)
            return
        _place(tmp_path, case)
        monkeypatch.chdir(tmp_path)
        assert_outcome(run(COMMANDS[command]), expected(case, command))
    finally:
        tidy(tmp_path)


def test_every_case_is_named_once() -> None:
    names = [case.name for case in CASES]
    assert len(names) == len(set(names))


# --- Evaluation records -------------------------------------------------------------------------
#
# The good regulation with one bad record, `evaluations/<name>`: read by check
# and fmt, by plan and evaluate for 2023 (which read the 2022 record) and by
# review (which reads them all). Each of them answers with the record's findings.

RECORD_2022 = evaluation("regulation: qc-test\nyear: 2022\nhost: bca\nheld: 2023-01-15\n")


@dataclass(frozen=True)
class RecordCase:
    name: str
    file: str  # its name in evaluations/
    input: bytes | OnDisk
    expected: Outcome
    fmt: Outcome | None = None
    # plan, review and evaluate, where they differ from check: they read only
    # records named by a year.
    documents: Outcome | None = None
    gaps: tuple[tuple[str, str], ...] = ()


RECORD_CASES = [
    RecordCase("an empty record", "2022.yaml", b"", refused("CR009@1:1")),
    RecordCase("a binary record", "2022.yaml", bytes(range(256)), refused("CR002@2:118")),
    RecordCase("a record that is an alias bomb", "2022.yaml", bomb(), refused("CR004@6:45")),
    RecordCase(
        "a record in UTF-16", "2022.yaml", RECORD_2022.encode("utf-16"), refused("CR002@1:1")
    ),
    RecordCase("a folder named 2022.yaml", "2022.yaml", OnDisk("folder"), refused("CR012@-")),
    RecordCase("a FIFO named 2022.yaml", "2022.yaml", OnDisk("fifo"), refused("CR012@-")),
    RecordCase(
        "a record named in superscript digits",
        "²⁰²².yaml",
        RECORD_2022.encode(),
        refused("CR605@2:7", "CR606@5:1"),
        fmt=ok(),
        # Not the record of a year, so not read: as a file named notes.yaml.
        documents=ok(),
    ),
]

RECORD_COMMANDS = ("check", "fmt", "plan", "review", "evaluate")


@pytest.mark.parametrize(
    ("case", "command"),
    [
        pytest.param(
            case,
            command,
            id=f"{case.name} | {command}",
            marks=[
                pytest.mark.xfail(reason=f"gap: {reason}", strict=True)
                for gap, reason in case.gaps
                if gap == command
            ],
        )
        for case in RECORD_CASES
        for command in RECORD_COMMANDS
    ],
)
def test_bad_evaluation_record(
    case: RecordCase, command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    records = write_workspace(tmp_path) / "evaluations"
    records.mkdir()
    if isinstance(case.input, OnDisk):
        case.input.make(records / case.file)
    else:
        (records / case.file).write_bytes(case.input)
    monkeypatch.chdir(tmp_path)
    expected = case.expected
    if command == "fmt" and case.fmt is not None:
        expected = case.fmt
    if command in ("plan", "review", "evaluate") and case.documents is not None:
        expected = case.documents
    assert_outcome(run(COMMANDS[command]), expected)
