"""The child process that renders an office's template, under its limits (`coordreg.render.isolation`).

It reads the job (a pickle, from the parent) from standard input, builds the
template's mapping, then confines itself before any of the template's code runs
(the template is compiled after this too) and renders it in the same sandbox,
with the same checks, as the calling process would. It answers on standard
output with one JSON object: `{"text": ...}`, `{"refused": msgid, "args": {...}}`
or `{"failed": detail}`. Where the operating system has them (`resource`,
`setitimer`: Linux, macOS, the BSDs), the limits are:

- an alarm (SIGPROF) after `Limits.seconds` of processor time, raising `TimeUp`
  where the template is, so that the refusal has its line;
- RLIMIT_CPU a little past that: SIGXCPU, then SIGKILL, for a call that never
  returns to Python;
- RLIMIT_AS: `Limits.memory` more than the process holds (where it can tell,
  from /proc/self/statm), so that a template that allocates too much gets a
  MemoryError where it is;
- RLIMIT_FSIZE 0 (no file written) and RLIMIT_CORE 0 (no core dump).
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import pickle
import signal
import sys
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from types import FrameType
from typing import Any

from coordreg.errors import RefusedError
from coordreg.render.budget import Limits, TimeUp
from coordreg.render.isolation import Job
from coordreg.render.templating import render_sandboxed, template_mapping


def main() -> None:
    """Read the job, render it, answer; whatever happens, the answer is one JSON object."""
    # The answer goes out on a copy of standard output; the standard output itself
    # is /dev/null while the job runs, so nothing else can write into the answer.
    answer_to = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    nowhere = os.open(os.devnull, os.O_WRONLY)
    os.dup2(nowhere, sys.stdout.fileno())
    os.close(nowhere)
    try:
        job = pickle.load(sys.stdin.buffer)
        if not isinstance(job, Job):
            raise TypeError(f"not a job: {type(job).__name__}")
        answer = _run(job)
    except BaseException as error:  # an answer even for what should never happen
        answer = {"failed": f"{type(error).__name__}: {error}"[:300]}
    with answer_to:
        answer_to.write(json.dumps(answer, ensure_ascii=True).encode("ascii"))


def _run(job: Job) -> dict[str, Any]:
    mapping = template_mapping(job.context)  # type: ignore[arg-type]
    user_dir = Path(job.user_dir)
    release, alarm = confine(job.limits)
    try:
        try:
            text = render_sandboxed(job.template, mapping, user_dir, job.limits, alarm)
        finally:
            release()
    except RefusedError as error:
        return {"refused": error.msgid, "args": _plain(error.args_)}
    except TimeUp:
        # The alarm went off outside the template's own code (while a refusal was
        # being made, say): the limit is the answer, without a line.
        name, seconds = str(user_dir / job.template), f"{job.limits.seconds:g}"
        return {"refused": "template_cpu_killed", "args": {"name": name, "seconds": seconds}}
    return {"text": text}


def _plain(args: Mapping[str, Any]) -> dict[str, str | int]:
    """A refusal's arguments as JSON can carry them: numbers stay numbers, the rest is text."""
    return {
        key: value if isinstance(value, int) and not isinstance(value, bool) else str(value)
        for key, value in args.items()
    }


def confine(limits: Limits) -> tuple[Callable[[], None], bool]:
    """Set this process's limits for a render.

    Returns what lifts those the answer needs lifted (the alarm is disarmed and
    the memory limit lifted once the render is over, so that writing the answer
    cannot fail; the processor-time limit stays), and whether the alarm is set.
    """
    try:
        import resource
    except ImportError:  # Windows: the parent's wall clock and the sandbox's own checks
        return (lambda: None), False

    def limit(kind: int, soft: int, hard: int | None = None) -> None:
        current_hard = resource.getrlimit(kind)[1]
        hard = soft if hard is None else hard
        if current_hard != resource.RLIM_INFINITY:
            soft, hard = min(soft, current_hard), min(hard, current_hard)
        with contextlib.suppress(ValueError, OSError):  # not this system's (RLIMIT_AS, macOS)
            resource.setrlimit(kind, (soft, hard))

    cpu = math.ceil(time.process_time() + limits.seconds) + 1
    limit(resource.RLIMIT_CPU, cpu, cpu + 1)
    limit(resource.RLIMIT_CORE, 0)
    limit(resource.RLIMIT_FSIZE, 0)
    memory = resource.getrlimit(resource.RLIMIT_AS)
    held = _address_space()
    if held is not None:
        limit(resource.RLIMIT_AS, held + limits.memory, memory[1])
    alarm = hasattr(signal, "setitimer")
    if alarm:
        signal.signal(signal.SIGPROF, _time_up)
        signal.setitimer(signal.ITIMER_PROF, limits.seconds)

    def release() -> None:
        if alarm:
            signal.setitimer(signal.ITIMER_PROF, 0)
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, memory)

    return release, alarm


def _time_up(_signal: int, _frame: FrameType | None) -> None:
    raise TimeUp


def _address_space() -> int | None:
    """The bytes of address space this process holds, where the system says (Linux)."""
    try:
        pages = int(Path("/proc/self/statm").read_text(encoding="ascii").split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")
