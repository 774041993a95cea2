"""An office's own templates rendered in a child process, under the operating system's limits.

The sandbox's checks (`coordreg.render.budget`) stop what they foresee: a string
that would pass the output limit, a loop past its steps. They cannot foresee
everything a filter may do inside one call (`wordwrap(1)` on five million
letters ran past 150 s under a 5 s budget). So a template from `--templates DIR`
is rendered by a fresh Python (`coordreg.render.child`) whose limits hold
whatever the template does:

- processor time: an alarm at `Limits.seconds` of processor time stops the
  render with its line (`template_timeout`); a hard limit a second later ends a
  call that never returns to Python (`template_cpu_killed`). Processor time, not
  the wall clock, so that a loaded machine gives the same answer;
- memory: `Limits.memory` bytes more than the process holds when the render
  starts (`template_memory`, with the line);
- output: the reply is read up to what `Limits.output` characters can take
  (`template_reply_too_large`); the child can write no file at all (a file size
  limit of zero) and leaves no core dump;
- and, only against a child that waits rather than works, the wall clock:
  `WALL_FACTOR` times the time limit plus `WALL_EXTRA` seconds
  (`template_wall_clock`).

On Windows, which has none of these limits (`resource`, `setitimer`), the child
is held to the wall clock and to the sandbox's own checks, which read the
processor time; a job object would do more, and is not used.

What passes between the processes is plain data: the parent sends a pickle of
the job (the template's name, the document's context as the typed objects the
parent built, the folder and the limits; the parent is trusted), and the child
answers with JSON only (the text, or a refusal's message id and its arguments,
each a string or a number): nothing the child says is ever unpickled.
Starting the child costs about a quarter of a second (a fresh Python importing
coordreg's model and Jinja); the bundled templates, which are ours, render in
the calling process and pay nothing.
"""

from __future__ import annotations

import json
import pickle
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from coordreg.catalogue.errors import ERRORS
from coordreg.errors import RefusedError
from coordreg.render.budget import Limits

# The clock a child that waits (rather than works) is stopped by.
WALL_FACTOR = 4
WALL_EXTRA = 20.0
# Python started isolated (-I: no user site, no PYTHON* variables, not the current
# folder on its path, where an office's repository could hold a `jinja2.py`) and
# writing no bytecode (-B), with coordreg's own folder first on its path.
_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); from coordreg.render.child import main; main()"
)


@dataclass(frozen=True)
class Job:
    """What the child renders: the same inputs the calling process would have used."""

    template: str
    context: object  # a mapping, or an object with `as_template_mapping()`
    user_dir: str
    limits: Limits


def wall_seconds(limits: Limits) -> float:
    """How long by the clock a child may take before it is stopped."""
    return limits.seconds * WALL_FACTOR + WALL_EXTRA


def reply_limit(limits: Limits) -> int:
    """The most bytes a reply can need: the longest text, each character escaped in JSON."""
    return limits.output * 12 + 64 * 1024


def render_isolated(template: str, context: object, user_dir: Path, limits: Limits) -> str:
    """Render `template` from `user_dir` in a child process; any failure a `RefusedError`."""
    shown = str(user_dir / template)
    try:
        payload = pickle.dumps(Job(template, context, str(user_dir), limits))
    except (pickle.PicklingError, TypeError, AttributeError) as error:
        detail = f"the document cannot be handed to it: {error}"
        raise RefusedError("template_process_error", name=shown, detail=detail) from None
    root = str(Path(__file__).resolve().parents[2])  # the folder holding coordreg
    try:
        child = subprocess.Popen(
            [sys.executable, "-I", "-B", "-c", _BOOT, root],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
    except OSError as error:
        detail = error.strerror or str(error)
        raise RefusedError("template_process_error", name=shown, detail=detail) from None
    reply, stopped = _exchange(child, payload, limits)
    return _answer(reply, child.returncode, stopped, shown, limits)


def _exchange(child: subprocess.Popen[bytes], payload: bytes, limits: Limits) -> tuple[bytes, str]:
    """Send the job, read the reply; the child is always ended and waited for.

    Returns the reply and why the parent stopped the child, if it did: "clock"
    (the wall clock) or "size" (a reply past `reply_limit`), else "".
    """
    stopped = ""

    def stop(reason: str) -> None:
        nonlocal stopped
        if child.poll() is None:  # not a child that has just answered
            stopped = stopped or reason
            child.kill()

    timer = threading.Timer(wall_seconds(limits), stop, ("clock",))
    timer.daemon = True
    timer.start()
    assert child.stdin is not None and child.stdout is not None
    try:
        try:
            child.stdin.write(payload)
            child.stdin.close()
        except OSError:  # the child ended before reading it all: its status says why
            pass
        limit = reply_limit(limits)
        reply = child.stdout.read(limit + 1)
        if len(reply) > limit:
            stop("size")
        child.wait()
    finally:
        timer.cancel()
        if child.poll() is None:  # interrupted (Ctrl+C): the child goes too
            child.kill()
            child.wait()
        child.stdout.close()
    return reply, stopped


def _answer(reply: bytes, status: int, stopped: str, shown: str, limits: Limits) -> str:
    """The rendered text from the child's reply, or the refusal it stands for."""
    seconds = f"{limits.seconds:g}"
    if stopped == "clock":
        wall = f"{wall_seconds(limits):g}"
        raise RefusedError("template_wall_clock", name=shown, seconds=wall)
    if stopped == "size":
        raise RefusedError("template_reply_too_large", name=shown, limit=reply_limit(limits))
    if status in _CPU_SIGNALS:
        raise RefusedError("template_cpu_killed", name=shown, seconds=seconds)
    message = _parse(reply) if status == 0 else None
    if message is None:
        raise RefusedError("template_process_failed", name=shown, status=_status(status))
    text = message.get("text")
    if isinstance(text, str):
        return text
    raise _refusal(message, shown)


# How the operating system ends a child past its processor time: SIGXCPU at the
# soft limit, SIGKILL at the hard one (the parent's own kills are told apart).
_CPU_SIGNALS = frozenset(
    -number for name in ("SIGXCPU", "SIGKILL") if (number := getattr(signal, name, None))
)


def _parse(reply: bytes) -> dict[str, Any] | None:
    try:
        message = json.loads(reply)
    except ValueError:
        return None
    return message if isinstance(message, dict) else None


def _refusal(message: Mapping[str, Any], shown: str) -> RefusedError:
    """The child's refusal, if it is one coordreg knows and can print; else a failure."""
    msgid, args = message.get("refused"), message.get("args")
    if (
        isinstance(msgid, str)
        and msgid.startswith("template")
        and msgid in ERRORS
        and isinstance(args, dict)
        and all(isinstance(value, (str, int)) for value in args.values())
    ):
        refusal = RefusedError(msgid, **args)
        try:
            refusal.message("vi"), refusal.message("en")
        except (KeyError, IndexError, ValueError):
            pass
        else:
            return refusal
    detail = message.get("failed")
    if isinstance(detail, str):
        return RefusedError("template_process_error", name=shown, detail=detail[:300])
    return RefusedError("template_process_failed", name=shown, status=0)


def _status(status: int) -> str:
    """An exit status as a person reads it: a number, or the signal's name."""
    if status < 0:
        try:
            return signal.Signals(-status).name
        except ValueError:
            return f"signal {-status}"
    return str(status)
