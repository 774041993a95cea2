"""Terminal escapes: no control character from a file reaches a terminal or a document.

The regulation of `hostile.py` has, in every text, what YAML's escapes let a file
hold: OSC sequences that set the window title and write the clipboard (OSC 52),
CSI "clear the screen" (7-bit and as the C1 character U+009B), BEL, CR, NUL, DEL,
NEL and the right-to-left override U+202E. Every command that prints text from it
(check in each format, diff in each format, log, agenda, the refusals of plan and
transfer) runs in-process (the reporters themselves) and as a real process (through
`coordreg.streams`, the net under them); every document (plan, review, text, minute
in Markdown, HTML, Word and JSON) is rendered through the library. Each output must
hold no control character but line feed and tab, show each one as its escape
(`\\x1b`), and keep Vietnamese as it is.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import DEFAULT_REGULATION
from gitrepo import GitRepo
from harness import run
from hostile import FOLDER, document, hostile_regulation, write_hostile

# What each value holds besides its field's name and Vietnamese words.
ATTACK = (
    "\x1b]0;PWNED\x07 \x1b[2J\x1b[H \x1b]52;c;cm0gLXJmIH4=\x07 \x9b31m \x07\r"
    "\x00\x7f\x85 \u202eđảo ngược\u202c"
)
# Any control character but line feed and tab; ESC is among them.
RAW = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# The first sequence, as every output shows it: as escapes, Markdown's escapes on
# top in Markdown, JSON's in JSON.
SHOWN = "\\x1b]0;PWNED\\x07"
SHOWN_MD = "\\\\x1b\\]0;PWNED\\\\x07"
SHOWN_JSON = "\\u001b]0;PWNED\\u0007"


def hostile(field: str) -> str:
    return f"Nội dung {field} {ATTACK} cuối"


def assert_no_controls(text: str, where: str) -> None:
    found = RAW.search(text)
    assert found is None, f"{where}: {found.group()!r} at {found.start()}: {text[:200]!r}"


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The hostile regulation and a good one (`good.yaml`), in the current folder."""
    write_hostile(tmp_path, hostile)
    (tmp_path / "good.yaml").write_text(DEFAULT_REGULATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2024-06-01")
    return tmp_path


FILE = f"{FOLDER}/regulation.yaml"
COMMANDS = {
    "check": (["check"], 1),
    "check --format json": (["check", "--format", "json"], 1),
    "check --format github": (["check", "--format", "github"], 1),
    "diff": (["diff", "good.yaml", FILE], 0),
    "diff --format md": (["diff", "good.yaml", FILE, "--format", "md"], 0),
    "diff --format json": (["diff", "good.yaml", FILE, "--format", "json"], 0),
    "plan": (["plan", "qc-test", "--year", "2024"], 1),
    "review": (["review", "qc-test"], 1),
    "text": (["text", "qc-test"], 1),
    "agenda": (["agenda"], 1),
    # transfer reads the files as diff does (syntax and schema), then shows the changes.
    "transfer": (["transfer", "qc-test", "--from", "bca-vp", "--to", "btttt-vp"], 0),
}


@pytest.mark.parametrize("name", COMMANDS)
def test_each_command_shows_control_characters_in_process(workspace: Path, name: str) -> None:
    args, status = COMMANDS[name]
    answer = run(args)
    assert answer.exit == status, answer.output[-2000:]
    assert_no_controls(answer.output, name)
    if name.startswith(("check", "plan", "review", "text")):
        assert "CR802" in answer.output
    if name.startswith(("diff", "transfer")):
        shown = {"diff --format md": SHOWN_MD, "diff --format json": SHOWN_JSON}.get(name, SHOWN)
        assert shown in answer.output
        assert "Nội dung" in answer.output


def _process(args: list[str], folder: Path, **env: str) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "COORDREG_TODAY": "2024-06-01", **env}
    for name in ("NO_COLOR", "FORCE_COLOR", "PYTHONIOENCODING"):
        if name not in env:
            environment.pop(name, None)
    return subprocess.run(
        [sys.executable, "-m", "coordreg", *args],
        cwd=folder,
        capture_output=True,
        env=environment,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", ["check", "diff", "diff --format json", "plan", "agenda"])
def test_each_command_shows_control_characters_as_a_process(workspace: Path, name: str) -> None:
    args, status = COMMANDS[name]
    done = _process(args, workspace)
    assert done.returncode == status, done.stderr[-2000:]
    for stream in (done.stdout, done.stderr):
        assert_no_controls(stream.decode("utf-8"), name)
    assert b"Traceback" not in done.stderr


def test_colour_on_a_terminal_is_coordreg_s_own_only(workspace: Path) -> None:
    """With colour forced, rich's colour and bold sequences pass the net; the file's do not."""
    done = _process(["diff", "good.yaml", FILE], workspace, FORCE_COLOR="1")
    text = done.stdout.decode("utf-8")
    assert done.returncode == 0
    styles = re.findall("\x1b\\[[0-9;]*m", text)
    assert styles, "no colour at all: the test does not test what it says"
    assert_no_controls(re.sub("\x1b\\[[0-9;]*m", "", text), "diff in colour")
    assert SHOWN in text


def test_the_source_excerpt_shows_raw_controls_with_the_caret_in_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A right-to-left override written as itself (YAML allows it raw): the excerpt
    shows it as `\\u202e`, and the caret stays under the finding's column."""
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    text = DEFAULT_REGULATION.replace("place: Hà Nội", "place: \u202eHà\u202e Nội \u202cx")
    (folder / "regulation.yaml").write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    answer = run(["check"])
    assert answer.exit == 1
    assert_no_controls(answer.output, "check")
    lines = answer.stdout.splitlines()
    (at,) = [n for n, line in enumerate(lines) if "place:" in line]
    assert lines[at].endswith("│ place: \\u202eHà\\u202e Nội \\u202cx")
    assert lines[at + 1].index("^") == lines[at].index("\\u202eHà")


def test_a_folder_named_with_escapes_is_shown_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "regulations" / "qc\x1b]0;PWNED\x07\nfake"
    folder.mkdir(parents=True)
    broken = DEFAULT_REGULATION.replace("title:", "title: [", 1)
    (folder / "regulation.yaml").write_text(broken, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for reporter in ("text", "github", "json"):
        answer = run(["check", "--format", reporter])
        assert answer.exit == 1
        assert_no_controls(answer.output.replace("\n", " "), reporter)
        assert "\nfake" not in answer.output
        if reporter in ("text", "github"):  # the file's label is shown as every name is
            assert "qc\\x1b]0;PWNED\\x07\\nfake" in answer.output


def test_a_message_quoting_a_key_shows_it_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / FOLDER
    folder.mkdir(parents=True)
    twice = '"k\\e]0;PWNED\\a\\e[2J": 1\n"k\\e]0;PWNED\\a\\e[2J": 2\n'
    (folder / "regulation.yaml").write_text(twice + DEFAULT_REGULATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for reporter in ("text", "github", "json"):
        answer = run(["check", "--format", reporter])
        assert answer.exit == 1
        assert_no_controls(answer.output, reporter)
        assert "duplicate key 'k\\x1b]0;PWNED\\x07\\x1b[2J'" in answer.output.replace("\\\\", "\\")


def test_log_shows_a_commit_s_author_and_subject_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = GitRepo(tmp_path / "repo")
    hostile_text = json.dumps(hostile_regulation(hostile))
    good = DEFAULT_REGULATION.replace("id: qc-test", "id: qc-test", 1)
    repo.commit({FILE: good}, "Ban hành \x1b]0;PWNED\x07\x1b[2J")
    repo.commit({FILE: hostile_text}, "Sửa đổi \x9b2J\u202e", author="An \x1b[31mđỏ")
    monkeypatch.chdir(repo.folder)
    for fmt in ("text", "json"):
        answer = run(["log", "qc-test", "--format", fmt])
        assert answer.exit == 0, answer.output[-2000:]
        assert_no_controls(answer.output, f"log --format {fmt}")
    text = run(["log", "qc-test"]).stdout
    assert "Ban hành \\x1b]0;PWNED\\x07\\x1b[2J" in text
    entries = json.loads(run(["log", "qc-test", "--format", "json"]).stdout)
    assert [entry["subject"] for entry in entries][-1] == "Ban hành \x1b]0;PWNED\x07\x1b[2J"


FORMATS = {
    "plan": ("md", "html", "docx", "json"),
    "review": ("md", "html", "docx", "json"),
    "text": ("md", "html", "docx"),
    "minute": ("md", "html", "docx"),
    "agenda": ("text", "json", "ics"),
}


def _documents(file: Path) -> Iterator[tuple[str, str, str | bytes]]:
    for name, formats in FORMATS.items():
        for fmt in formats:
            yield name, fmt, document(file, name, fmt)


def _strings(data: object) -> set[str]:
    if isinstance(data, str):
        return {data}
    if isinstance(data, dict):
        data = list(data.values())
    if isinstance(data, list):
        return set().union(*(_strings(item) for item in data))
    return set()


def _calendar_texts(content: bytes) -> list[str]:
    from icalendar import Calendar

    calendar = Calendar.from_ical(content)
    return [
        str(component.get(name))
        for component in calendar.walk()
        for name in ("SUMMARY", "DESCRIPTION", "X-WR-CALNAME")
        if component.get(name) is not None
    ]


def _docx_text(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return "".join(
            archive.read(part).decode("utf-8")
            for part in archive.namelist()
            if part.endswith(".xml")
        )


def test_no_document_carries_a_control_character(tmp_path: Path) -> None:
    file = write_hostile(tmp_path, hostile)
    for name, fmt, content in _documents(file):
        where = f"{name}.{fmt}"
        if fmt == "ics":
            assert isinstance(content, bytes)
            text = content.decode("utf-8").replace("\r\n", "\n")  # its own line ends
        else:
            text = _docx_text(content) if isinstance(content, bytes) else content
        assert_no_controls(text, where)
        if fmt == "ics":  # the texts, once RFC 5545's own escapes are read
            assert isinstance(content, bytes)
            texts = " ".join(_calendar_texts(content))
            assert_no_controls(texts, where)
            assert SHOWN in texts, where
        elif fmt == "json":  # the data exactly, through JSON's escapes
            assert hostile("party-a") in _strings(json.loads(text)), where
        elif fmt == "md":
            assert SHOWN_MD in text, where
            assert "Nội dung" in text, where
        else:
            assert SHOWN in text, where


# --- Variants: every command as a process, and the command line's own arguments ---------

VARIANTS = {
    **{name: COMMANDS[name] for name in ("review", "text", "transfer", "diff --format md")},
    "check --format sarif": (["check", "--format", "sarif"], 1),
    "fmt --check": (["fmt", "--check"], 1),
    "a missing path": (["check", "nowhere\x1b]0;PWNED\x07\u202e"], 2),
    "a bad --year": (["plan", "qc-test", "--year", "20\x1b[2J24"], 2),
    "an unknown regulation": (["plan", "qc\x1b]52;c;eA==\x07", "--year", "2024"], 2),
    "an unknown rule": (["explain", "CR\x9b2J"], 2),
    "agenda --party": (["agenda", "--party", "p\x1b[31m"], 2),
}


@pytest.mark.parametrize("name", VARIANTS)
def test_variants_as_a_process(workspace: Path, name: str) -> None:
    """No control character in either stream, whatever carries it: the file, a path
    or an option value echoed by the command line (click's own messages included)."""
    args, status = VARIANTS[name]
    done = _process(args, workspace)
    assert done.returncode == status, (done.stdout[-1000:], done.stderr[-1000:])
    for stream in (done.stdout, done.stderr):
        assert_no_controls(stream.decode("utf-8"), name)
    assert b"Traceback" not in done.stderr


@pytest.mark.parametrize("encoding", ["cp1252", "ascii"])
def test_escapes_survive_an_encoding_without_vietnamese(workspace: Path, encoding: str) -> None:
    """The escapes are ASCII: written whole in any encoding, the letters it lacks as `?`."""
    done = _process(["diff", "good.yaml", FILE], workspace, PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr[-2000:]
    text = done.stdout.decode(encoding)
    assert_no_controls(text, encoding)
    assert SHOWN in text
    assert b"Traceback" not in done.stderr
    assert done.stderr.decode(encoding).startswith("coordreg: the output's encoding")
