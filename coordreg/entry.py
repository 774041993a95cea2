"""The console script: answers `--version` before importing anything heavy.

Importing typer, rich and pydantic costs far more than printing a version, and
`coordreg --version` is what scripts and editors call to probe the tool.

It also decides how coordreg ends when it is told to stop:

- SIGTERM (kill, systemd, CI timeouts), SIGHUP (a closed terminal or SSH
  session), SIGQUIT (Ctrl-\\) and SIGUSR1 end it by default on the spot; here
  they become SystemExit(128 + signal), which unwinds like KeyboardInterrupt
  for SIGINT, so that `coordreg.files.atomic` removes a temporary file and a
  half-made folder on the way out;
- SIGINT (Ctrl-C) ends it with one line, `coordreg: interrupted` (`đã dừng` in
  Vietnamese), and exit status 130, as shells report it. During a command the
  app prints it in the command's language (`coordreg.cli.app`); before the
  command has started (Python still importing), here, in the language asked
  for on the command line.
"""

from __future__ import annotations

import sys

from coordreg.interruption import INTERRUPTED, interrupted, language_asked


def _terminated(signum: int, _frame: object) -> None:
    """An ending signal as an exception, so that a write in progress removes its temporary file."""
    raise SystemExit(128 + signum)


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from coordreg import __version__, streams

        streams.run(lambda: sys.stdout.write(f"coordreg {__version__}\n"))
        return
    try:
        import signal

        from coordreg.files.signals import exit_signals

        for number in exit_signals():
            signal.signal(number, _terminated)
        from coordreg.cli import run

        run()
    except KeyboardInterrupt:
        _exit_interrupted()
    except SystemExit as status:
        # typer turns a Ctrl-C while it parses the command line into a silent exit 130.
        if status.code == INTERRUPTED:
            _exit_interrupted()
        raise


def _exit_interrupted() -> None:
    """Say so (once) and exit 130, whatever the interpreter would make of it.

    CPython 3.11 marks a KeyboardInterrupt raised inside `exec()` of a string
    (dataclasses and typing build functions that way while modules load) as
    unhandled even once it is caught, and then ends the process by SIGINT
    rather than with the status asked for. Everything is unwound by now (no
    temporary file is left): the streams are flushed, and the process ends
    with 130.
    """
    import contextlib
    import os

    interrupted(language_asked(sys.argv[1:]))
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(INTERRUPTED)
