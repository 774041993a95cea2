"""Running coordreg on hostile input, and reading exactly what it answered.

Shared by the adversarial suite (test_bad_input, test_git_input,
test_yaml_suite_commands, test_limits_process). An answer is an `Outcome`: the
exit status, the findings as `CODE@LINE:COLUMN` (`CODE@-` for one about the
whole file), and the catalogue id of a one-line message, if any. Every run
also asserts what must hold whatever the input: no exception, no traceback,
and an answer within `SECONDS` of processor time.

(Helpers live here rather than in a conftest.py: a second conftest module
beside tests/conftest.py is a duplicate module for mypy.)
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
import string
import time
import warnings
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

import typer
import typer.main
import typer.testing
from builders import DEFAULT_REGULATION
from typer.testing import CliRunner

from coordreg.catalogue.errors import ERRORS
from coordreg.cli import app

# No input may keep one in-process command busy longer than this (the slowest case,
# a 1 MiB file of 200,000 duplicate keys, takes about 2 s on one core). It is
# processor time, not the clock: the other test workers and helpers sharing the
# machine slow the clock but not this process's own work, so the limit answers the
# same way on every run.
SECONDS = 20.0
# A command that waits instead of working (a read blocked on a FIFO) spends no
# processor time; the clock catches it, with room for a machine many times overloaded.
HANG_SECONDS = 300.0

# The regulation every case starts from: it checks clean (tests/builders.py).
GOOD = DEFAULT_REGULATION
GOOD_BYTES = GOOD.encode("utf-8")
FOLDER = "regulations/qc-test"
FILE = f"{FOLDER}/regulation.yaml"

# Python shows these to developers only, never on a user's terminal.
_QUIET_WARNINGS = (DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning)

_COLOUR_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE")
_ENV: dict[str, str | None] = {"NO_COLOR": "1", **dict.fromkeys(_COLOUR_VARIABLES)}

# A finding as the text reporter prints it (--lang en): "  12:5     error    CR301  ...".
_FINDING_RE = re.compile(r"^  (\d+:\d+|-) +(?:error|warning) +(CR\d{3})  ", re.MULTILINE)


@dataclass(frozen=True)
class Outcome:
    """What a command answered: exit status, findings, and a one-line message."""

    exit: int
    codes: tuple[str, ...] = ()
    # The catalogue id (coordreg.catalogue.errors.ERRORS) of a "coordreg: ..." line that
    # must be printed, with the arguments that must appear in it; "usage" for
    # typer's own usage error.
    message: str | None = None
    args: dict[str, str] = field(default_factory=dict, compare=False)

    def __str__(self) -> str:
        said = f", {self.message}" if self.message else ""
        codes = " ".join(self.codes[:12]) + (f" ... ({len(self.codes)})" if self.codes[12:] else "")
        return f"exit {self.exit}, [{codes}]{said}"


def ok(*codes: str) -> Outcome:
    """Exit 0, with these findings (warnings) listed."""
    return Outcome(0, codes)


def refused(*codes: str) -> Outcome:
    """Exit 1 with these findings."""
    return Outcome(1, codes)


def says(exit_status: int, message: str, **args: str) -> Outcome:
    """Exit `exit_status` with the one-line message `message`."""
    return Outcome(exit_status, (), message, args)


@dataclass(frozen=True)
class Answer:
    """One run: the outcome as read from the output, and the output itself."""

    exit: int
    codes: tuple[str, ...]
    stdout: str
    stderr: str
    seconds: float

    @property
    def output(self) -> str:
        return self.stdout + self.stderr


def findings_in(text: str) -> tuple[str, ...]:
    """The findings a text report lists, as sorted, unique CODE@LINE:COLUMN."""
    return tuple(sorted({f"{code}@{where}" for where, code in _FINDING_RE.findall(text)}))


def _template(msgid: str, args: dict[str, str]) -> re.Pattern[str]:
    """A pattern for the English message `msgid`, its given arguments filled in."""
    pattern = ""
    for literal, name, _spec, _conversion in string.Formatter().parse(ERRORS[msgid].en):
        pattern += re.escape(literal)
        if name is not None:
            pattern += re.escape(args[name]) if name in args else ".*?"
    return re.compile(rf"^(?:coordreg: )?{pattern}\.?$", re.MULTILINE)


def said(answer: Answer, message: str, args: dict[str, str]) -> bool:
    """Whether `answer` printed the line `message` (on either stream, as a line of its own)."""
    if message == "usage":
        return answer.exit == 2 and "Error:" in answer.stderr
    return _template(message, args).search(answer.output) is not None


@functools.cache
def _command(typer_app: typer.Typer) -> Any:
    return typer.main.get_command(typer_app)


@contextlib.contextmanager
def _built_once() -> Iterator[None]:
    """typer's CliRunner builds the click command anew on each run: three quarters of
    the time of a small run. The suite makes thousands, so it is built once."""
    if not hasattr(typer.testing, "_get_command"):  # pragma: no cover - another typer
        yield
        return
    with mock.patch.object(typer.testing, "_get_command", _command):
        yield


def run(args: Sequence[str]) -> Answer:
    """`coordreg ARGS` in-process, in the current folder; never an exception or traceback."""
    started, started_cpu = time.perf_counter(), time.process_time()
    with warnings.catch_warnings(record=True) as caught, _built_once():
        warnings.simplefilter("always")
        result = CliRunner().invoke(app, list(args), env=_ENV)
    seconds = time.process_time() - started_cpu
    waited = time.perf_counter() - started
    # A warning would reach the user's terminal as a Python source line.
    shown = [w for w in caught if not issubclass(w.category, _QUIET_WARNINGS)]
    assert not shown, [f"{w.category.__name__}: {w.message}" for w in shown]
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise AssertionError(f"coordreg {' '.join(args)} raised") from result.exception
    answer = Answer(
        result.exit_code, findings_in(result.output), result.stdout, result.stderr, seconds
    )
    assert "Traceback" not in answer.output, answer.output[-2000:]
    assert seconds < SECONDS, f"coordreg {' '.join(args)} worked {seconds:.1f} s"
    assert waited < HANG_SECONDS, f"coordreg {' '.join(args)} waited {waited:.1f} s"
    return answer


def assert_outcome(answer: Answer, expected: Outcome) -> None:
    """The exact outcome: exit status, the findings listed, and the message."""
    got = Outcome(answer.exit, answer.codes)
    missing = sorted(set(expected.codes) - set(got.codes))[:10]
    extra = sorted(set(got.codes) - set(expected.codes))[:10]
    assert (got.exit, got.codes) == (expected.exit, expected.codes), (
        f"expected {expected}, got {got}; missing {missing}, extra {extra}\n{answer.output[-3000:]}"
    )
    if expected.message is not None:
        assert said(answer, expected.message, expected.args), (
            f"expected the message {expected.message} {expected.args}\n{answer.output[-3000:]}"
        )


# --- Hostile inputs that more than one module uses --------------------------------------------


def bomb(levels: int = 9) -> bytes:
    """A billion laughs: each level a list of ten aliases to the level before."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for n in range(1, levels):
        lines.append(f"a{n}: &a{n} [{', '.join([f'*a{n - 1}'] * 10)}]")
    return ("\n".join(lines) + "\n").encode()


def nested_lists(depth: int) -> bytes:
    return b"x: " + b"[" * depth + b"]" * depth + b"\n"


def nested_mappings(depth: int) -> bytes:
    return b"x: " + b"{a: " * depth + b"1" + b"}" * depth + b"\n"


def duplicate_keys(count: int) -> bytes:
    return b"a: 1\n" * count


def tidy(root: Path, over: int = 1024 * 1024) -> None:
    """Remove the large and the unreadable files under `root` (a 64 GiB sparse file).

    The session's temporary folder is shared: a later test that reads everything
    under it should not meet them.
    """
    for folder, _subfolders, files in os.walk(root):
        for name in files:
            path = Path(folder) / name
            info = path.lstat()
            if stat.S_ISREG(info.st_mode) and (info.st_size > over or not info.st_mode & 0o444):
                path.unlink()


def write_workspace(
    root: Path, regulation: bytes | None = GOOD_BYTES, folder: str = FOLDER
) -> Path:
    """`root/FOLDER/regulation.yaml` (unless None) and `root/good.yaml`; the folder."""
    target = root / folder
    target.mkdir(parents=True, exist_ok=True)
    if regulation is not None:
        (target / "regulation.yaml").write_bytes(regulation)
    (root / "good.yaml").write_bytes(GOOD_BYTES)
    return target
