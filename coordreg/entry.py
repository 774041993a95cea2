"""The console script: answers `--version` before importing anything heavy.

Importing typer, rich and pydantic costs far more than printing a version, and
`coordreg --version` is what scripts and editors call to probe the tool.
"""

from __future__ import annotations

import sys


def _terminated(signum: int, _frame: object) -> None:
    """SIGTERM as an exception, so that a write in progress removes its temporary file."""
    raise SystemExit(128 + signum)


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from coordreg import __version__, streams

        streams.run(lambda: sys.stdout.write(f"coordreg {__version__}\n"))
    import signal

    # By default SIGTERM ends the process on the spot; as SystemExit it unwinds,
    # like KeyboardInterrupt for SIGINT, and coordreg.files.atomic cleans up on the way.
    signal.signal(signal.SIGTERM, _terminated)
    from coordreg.cli import run

    run()
