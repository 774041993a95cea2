"""The worst inputs through real processes, with bounded memory and time.

In-process runs (the rest of this suite) cannot show that a command stays
within memory: here `python -m coordreg` runs with its address space limited
to `MEMORY` bytes (RLIMIT_AS, so a runaway allocation fails instead of
swapping) and a `TIMEOUT`. Each answer must be the exact exit status, the
expected finding on standard output (or the message on standard error), and
no "Traceback" anywhere. The processes run two at a time (CI has two cores).
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from harness import (
    FILE,
    FOLDER,
    GOOD,
    bomb,
    duplicate_keys,
    nested_lists,
    nested_mappings,
    tidy,
    write_workspace,
)

MEMORY = 1536 * 1024 * 1024
# A guard against a process that hangs, not a speed test (those are in benchmarks/):
# the worst case takes a few seconds alone, and the gate may share the machine.
TIMEOUT = 300.0


def _limit_memory() -> None:  # runs in the child, before it starts Python
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


@dataclass(frozen=True)
class Worst:
    name: str
    content: bytes | str  # bytes to write, or a path to link the regulation to
    args: tuple[str, ...]
    exit: int
    expected: str  # a line fragment that must be printed (stdout or stderr)


CHECK = ("check", "--lang", "en", FOLDER)
FMT = ("fmt", "--check", "--lang", "en", FOLDER)
DIFF = ("diff", "--lang", "en", FILE, "good.yaml")
TEN_LEVEL_BOMB = bomb(10)  # 10**10 values once expanded
HEX_ARTICLE = GOOD.replace("      - number: 5\n", "      - number: 0x" + "f" * 4000 + "\n").encode()
HUGE_ARTICLE = GOOD.replace("      - number: 5\n", "      - number: 1" + "0" * 400 + "\n").encode()
FIFTY_MB = b"# " + b"x" * (50 * 1024 * 1024) + b"\n"
MANY_MAPPINGS = b"x: [" + b"{}," * 3_400_000 + b"{}]\n"  # 10 MiB: memory is the risk

WORST = [
    Worst("alias bomb | check", TEN_LEVEL_BOMB, CHECK, 1, "CR004"),
    Worst("alias bomb | fmt", TEN_LEVEL_BOMB, FMT, 1, "CR004"),
    Worst("alias bomb | diff", TEN_LEVEL_BOMB, DIFF, 1, "CR004"),
    Worst("100,000 nested lists | check", nested_lists(100_000), CHECK, 1, "CR005"),
    Worst("100,000 nested mappings | diff", nested_mappings(100_000), DIFF, 1, "CR005"),
    Worst("50 MB | check", FIFTY_MB, CHECK, 1, "CR006"),
    Worst("50 MB | fmt", FIFTY_MB, FMT, 1, "CR006"),
    Worst("50 MB | diff", FIFTY_MB, DIFF, 1, "CR006"),
    Worst("3,400,000 mappings in 10 MiB | check", MANY_MAPPINGS, CHECK, 1, "CR015"),
    Worst("200,000 duplicate keys | check", duplicate_keys(200_000), CHECK, 1, "CR014"),
    Worst("a 4,000-digit hexadecimal number | check", HEX_ARTICLE, CHECK, 1, "CR102"),
    Worst("10**400 as an article number | check", HUGE_ARTICLE, CHECK, 1, "CR402"),
    Worst("10**400 as an article number | diff", HUGE_ARTICLE, DIFF, 0, "0" * 400 + " → 5"),
    Worst("a FIFO | check", "fifo", CHECK, 1, "not a regular file (a pipe)"),
    # A link out of the repository is not even opened (CR018, issue 14).
    Worst("/dev/zero | check", "/dev/zero", CHECK, 1, "CR018"),
    Worst("/dev/zero | diff", "/dev/zero", DIFF, 2, "leads outside the repository"),
]


@dataclass(frozen=True)
class Ran:
    returncode: int
    stdout: str
    stderr: str
    seconds: float


def _prepare(root: Path, worst: Worst) -> None:
    if isinstance(worst.content, bytes):
        write_workspace(root, worst.content)
        return
    write_workspace(root, None)
    if worst.content == "fifo":
        os.mkfifo(root / FILE)
    else:
        (root / FILE).symlink_to(worst.content)


def _run(root: Path, args: tuple[str, ...]) -> Ran:
    env = {**os.environ, "NO_COLOR": "1", "PYTHONIOENCODING": "utf-8"}
    for name in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE"):
        env.pop(name, None)
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "coordreg", *args],
        cwd=root,
        env=env,
        capture_output=True,
        timeout=TIMEOUT,
        preexec_fn=_limit_memory,  # the child has no threads before it execs Python
        check=False,
    )
    return Ran(
        completed.returncode,
        completed.stdout.decode("utf-8", "replace"),
        completed.stderr.decode("utf-8", "replace"),
        time.perf_counter() - started,
    )


@pytest.fixture(scope="module")
def answers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Ran]]:
    """Every process of the table, two at a time; each in its own folder."""
    roots = {}
    for index, worst in enumerate(WORST):
        root = tmp_path_factory.mktemp(f"worst{index}")
        _prepare(root, worst)
        roots[worst.name] = root
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {w.name: pool.submit(_run, roots[w.name], w.args) for w in WORST}
        yield {name: future.result() for name, future in futures.items()}
    for root in roots.values():
        tidy(root)


@pytest.mark.parametrize("worst", WORST, ids=[worst.name for worst in WORST])
def test_worst_input_in_a_real_process(worst: Worst, answers: dict[str, Ran]) -> None:
    ran = answers[worst.name]
    both = ran.stdout + ran.stderr
    assert "Traceback" not in both, both[-3000:]
    assert "MemoryError" not in both, both[-3000:]
    assert ran.returncode == worst.exit, both[-3000:]
    assert worst.expected in both, both[-3000:]
    assert ran.seconds < TIMEOUT
