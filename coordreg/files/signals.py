"""The signals that end coordreg in an orderly way, and holding them back for a moment.

SIGINT is Python's KeyboardInterrupt; `coordreg.entry` turns the others into
SystemExit. Either way the stack unwinds and a write in progress removes its
temporary file. A few steps must not be cut in two (a temporary file created
but not yet registered for removal, the renames of several files): they run
with these signals held back, delivered as soon as the step is done.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator

# By name: SIGHUP (a closed terminal or SSH session), SIGQUIT (Ctrl-\) and SIGUSR1
# do not exist on Windows.
_ENDING = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1")


def ending_signals() -> list[signal.Signals]:
    """The signals that end coordreg, as this platform has them."""
    return [getattr(signal, name) for name in _ENDING if hasattr(signal, name)]


def exit_signals() -> list[signal.Signals]:
    """The ending signals that `coordreg.entry` turns into SystemExit (all but SIGINT)."""
    return [number for number in ending_signals() if number is not signal.SIGINT]


@contextlib.contextmanager
def signals_held() -> Iterator[None]:
    """Hold the ending signals back (delivered on leaving), where the platform allows."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - Windows
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, ending_signals())
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
