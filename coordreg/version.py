"""The version of coordreg, in a module of its own that imports nothing.

`coordreg/__init__.py` re-exports it as `coordreg.__version__`. Library modules
that need it (the iCalendar agenda's PRODID) import it from here: importing the
package root instead would reach, through its operations (`coordreg.api`), the
layers above them.
"""

__version__ = "0.1.0"
