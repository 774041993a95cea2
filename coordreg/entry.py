"""The console script: answers `--version` before importing anything heavy.

Importing typer, rich and pydantic costs far more than printing a version, and
`coordreg --version` is what scripts and editors call to probe the tool.
"""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] in (["--version"], ["-V"]):
        from coordreg import __version__

        sys.stdout.write(f"coordreg {__version__}\n")
        return
    from coordreg.cli import run

    run()
