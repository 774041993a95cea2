"""coordreg: check, render and compare inter-ministry coordination regulations."""

__version__ = "0.1.0"
