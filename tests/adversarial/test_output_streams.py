"""Standard output that cannot take what coordreg writes: real processes, each answer exact.

- an encoding without Vietnamese letters (`PYTHONIOENCODING=cp1252`, as a Windows
  console): the output in that encoding, `?` for what it lacks, one note at the end;
- a full disk (`> /dev/full`) and a closed standard output (`>&-`): one line on
  standard error, exit status 2;
- a pipe whose reader has gone (`| head -1`): nothing said, exit status 141
  (128 + SIGPIPE), and a command that was about to write files leaves them whole.

None of them prints a traceback. `coordreg.streams` answers all of them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest
from builders import DEFAULT_REGULATION, write_folder

FULL = "cannot write to standard output: No space left on device"
CLOSED = "cannot write to standard output: Bad file descriptor"
NOTE = "the output's encoding, {encoding}, cannot write every character of the text"
BROKEN_PIPE = 141

# Commands that print to standard output, in English, on the folder of `workspace`.
PRINTING = {
    "check": ["check", "--lang", "en"],
    "check --format json": ["check", "--format", "json", "--lang", "en"],
    "text": ["text", "qc-test", "--lang", "en"],
    "plan": ["plan", "qc-test", "--year", "2023", "--lang", "en"],
    "review": ["review", "qc-test", "--lang", "en"],
    "diff": ["diff", "a.yaml", "b.yaml", "--lang", "en"],
    "agenda": ["agenda", "--lang", "en"],
    "rules": ["rules"],
    "explain": ["explain", "CR802"],
    "schema": ["schema"],
    "--version": ["--version"],
    "--help": ["--help"],
}


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    write_folder(tmp_path, DEFAULT_REGULATION)
    (tmp_path / "a.yaml").write_text(DEFAULT_REGULATION, encoding="utf-8")
    changed = DEFAULT_REGULATION.replace("place: Hà Nội", "place: Thành phố Hồ Chí Minh")
    (tmp_path / "b.yaml").write_text(changed, encoding="utf-8")
    return tmp_path


def _environment(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("PYTHONIOENCODING", "PYTHONUTF8", "FORCE_COLOR", "LC_ALL", "LANG")
    }
    return {**env, "COORDREG_TODAY": "2024-06-01", "NO_COLOR": "1", **extra}


def coordreg(
    args: Sequence[str], folder: Path, shell_redirect: str = "", **env: str
) -> subprocess.CompletedProcess[bytes]:
    """`python -m coordreg ARGS`, its standard streams redirected by a shell as written."""
    command = [sys.executable, "-m", "coordreg", *args]
    if shell_redirect:
        command = ["/bin/sh", "-c", f'exec "$@" {shell_redirect}', "sh", *command]
    done = subprocess.run(
        command, cwd=folder, capture_output=not shell_redirect.strip().startswith(">"),
        env=_environment(**env), timeout=120, check=False,
    )  # fmt: skip
    return done


def assert_no_traceback(done: subprocess.CompletedProcess[bytes]) -> None:
    for stream in (done.stdout or b"", done.stderr or b""):
        assert b"Traceback" not in stream
        assert b"Exception ignored" not in stream


# --- An encoding without Vietnamese letters ------------------------------------------------


@pytest.mark.parametrize("name", PRINTING)
def test_cp1252_writes_what_it_can_and_says_so_once(workspace: Path, name: str) -> None:
    """Exactly the UTF-8 output, written in cp1252 with `?` for what cp1252 lacks; then
    one note counting them, when there are any."""
    utf8 = coordreg(PRINTING[name], workspace, PYTHONIOENCODING="utf-8")
    done = coordreg(PRINTING[name], workspace, PYTHONIOENCODING="cp1252")
    assert_no_traceback(done)
    assert done.returncode == utf8.returncode == 0, done.stderr.decode("cp1252")
    text = utf8.stdout.decode("utf-8")
    assert done.stdout == text.encode("cp1252", errors="replace")
    lacking = sum(1 for char in text if char.encode("cp1252", errors="ignore") == b"")
    note = NOTE.format(encoding="cp1252") + f" ({lacking} printed as '?')"
    assert done.stderr.decode("cp1252") == (f"coordreg: {note}" if lacking else "") + (
        "; set PYTHONIOENCODING=utf-8 to see them all (a document written with -o is always "
        "UTF-8)\n"
        if lacking
        else ""
    )
    if name == "text":
        assert "Hà N?i" in done.stdout.decode("cp1252")  # à is in cp1252, ộ is not
    if name == "check --format json":
        assert json.loads(done.stdout.decode("cp1252"))["diagnostics"] == []


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "cp1258"])
def test_the_note_falls_back_on_english_when_vietnamese_cannot_be_written(
    workspace: Path, encoding: str
) -> None:
    """Said in Vietnamese, the note would be `?` too: cp1258 has Vietnamese, but only
    as a base letter and combining marks, not the precomposed letters coordreg writes."""
    done = coordreg(["text", "qc-test", "--lang", "vi"], workspace, PYTHONIOENCODING=encoding)
    assert_no_traceback(done)
    assert done.returncode == 0
    (line,) = done.stderr.decode(encoding).splitlines()
    assert line.startswith("coordreg: " + NOTE.format(encoding=encoding))


def test_utf8_says_nothing_more(workspace: Path) -> None:
    done = coordreg(["text", "qc-test"], workspace, PYTHONIOENCODING="utf-8")
    assert done.returncode == 0
    assert done.stderr == b""
    assert "Hà Nội" in done.stdout.decode("utf-8")


# --- A full disk, a closed standard output --------------------------------------------------

needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


@needs_dev_full
@pytest.mark.parametrize("name", PRINTING)
def test_a_full_disk_is_one_line_and_exit_2(workspace: Path, name: str) -> None:
    done = coordreg(PRINTING[name], workspace, "> /dev/full 2> err.txt")
    stderr = (workspace / "err.txt").read_text(encoding="utf-8")
    assert (done.returncode, stderr) == (2, f"coordreg: {FULL}\n")


@pytest.mark.parametrize("name", PRINTING)
def test_a_closed_standard_output_is_one_line_and_exit_2(workspace: Path, name: str) -> None:
    done = coordreg(PRINTING[name], workspace, ">&- 2> err.txt")
    stderr = (workspace / "err.txt").read_text(encoding="utf-8")
    assert (done.returncode, stderr) == (2, f"coordreg: {CLOSED}\n")


def test_a_command_that_writes_nothing_to_it_does_not_mind(workspace: Path) -> None:
    expected = coordreg(["plan", "qc-test", "--year", "2023"], workspace).stdout
    done = coordreg(["plan", "qc-test", "--year", "2023", "-o", "kh.md"], workspace, ">&- 2>&-")
    assert done.returncode == 0
    assert (workspace / "kh.md").read_bytes() == expected


def test_a_closed_standard_error_keeps_the_exit_status(workspace: Path) -> None:
    assert coordreg(["plan", "missing"], workspace, "2>&-").returncode == 2
    assert coordreg(["check"], workspace, "> out.txt 2>&-").returncode == 0
    assert "no problems" in (workspace / "out.txt").read_text(encoding="utf-8")


# --- A pipe whose reader has gone ---------------------------------------------------------


def _into_a_closed_pipe(args: Sequence[str], folder: Path) -> subprocess.CompletedProcess[bytes]:
    """coordreg writing into a pipe whose read end is closed before it starts."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run(
            [sys.executable, "-m", "coordreg", *args],
            cwd=folder,
            stdout=write,
            stderr=subprocess.PIPE,
            env=_environment(),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)


@pytest.mark.parametrize("name", PRINTING)
def test_a_closed_pipe_ends_silently_with_141(workspace: Path, name: str) -> None:
    done = _into_a_closed_pipe(PRINTING[name], workspace)
    assert (done.returncode, done.stderr) == (BROKEN_PIPE, b"")


def _many_duties(count: int) -> str:
    """The default regulation with `count` more duties in its first article of duties."""
    duties = "".join(
        f"""\
          - id: nv-{n}
            text: Nhiệm vụ phối hợp số {n} giữa hai Bộ, với một nội dung đủ dài để đọc.
            lead: bca
            support: [btttt]
            schedule: continuous
"""
        for n in range(count)
    )
    return DEFAULT_REGULATION.replace("        duties:\n", "        duties:\n" + duties, 1)


def test_head_1_on_a_long_output(tmp_path: Path) -> None:
    """`coordreg text | head -1` on a text of a megabyte: the pipe closes mid-write."""
    write_folder(tmp_path, _many_duties(3000))
    reader = subprocess.Popen(
        [sys.executable, "-m", "coordreg", "text", "qc-test"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(),
    )
    assert reader.stdout is not None and reader.stderr is not None
    first = reader.stdout.readline()
    reader.stdout.close()
    stderr = reader.stderr.read()
    assert reader.wait(timeout=120) == BROKEN_PIPE
    assert first.startswith(b"| **")
    assert stderr == b""


@pytest.mark.parametrize("unbuffered", ["1", ""])
def test_a_transfer_into_a_closed_pipe_leaves_its_file_whole(
    workspace: Path, unbuffered: str
) -> None:
    """The report is printed before the files are written, and flushed as printed
    (rich flushes each print, buffered or not): the closed pipe stops the command
    there, it unwinds, and the file is as it was, with no temporary file left."""
    file = workspace / "regulations" / "qc-test" / "regulation.yaml"
    before = file.read_bytes()
    args = ["transfer", "qc-test", "--from", "bca-a05", "--to", "btttt-cattt", "--write"]
    read, write = os.pipe()
    os.close(read)
    try:
        done = subprocess.run(
            [sys.executable, "-m", "coordreg", *args],
            cwd=workspace,
            stdout=write,
            stderr=subprocess.PIPE,
            env=_environment(PYTHONUNBUFFERED=unbuffered),
            timeout=120,
            check=False,
        )
    finally:
        os.close(write)
    assert (done.returncode, done.stderr) == (BROKEN_PIPE, b"")
    assert file.read_bytes() == before
    assert not list(workspace.rglob("*.tmp"))
    assert coordreg(["check"], workspace).returncode == 0
