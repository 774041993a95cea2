"""coordreg: check, render and compare inter-ministry coordination regulations."""

from coordreg.version import __version__

__all__ = ["__version__"]
