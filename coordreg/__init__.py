"""coordreg: check, render and compare inter-ministry coordination regulations.

The operations of the command line are functions of this package, documented in
`coordreg.api`:

    import coordreg

    result = coordreg.check_regulations()  # regulations/ in the working folder
    plan = coordreg.plan("bca-btttt-2021", 2024)
    markdown = coordreg.render_document(plan, "md")

Checking is `check_regulations`, not `check`: `coordreg.check` is the checker's
subpackage, and importing it would put the package in the function's place.

They are loaded on first use (`__getattr__` below): `coordreg --version` imports
this package and must stay quick, and `coordreg.api` names what it returns
without importing it until called.
"""

from __future__ import annotations

from coordreg.version import __version__

# typing.TYPE_CHECKING without importing typing, which alone takes longer than the
# rest of `coordreg --version`; type checkers treat any TYPE_CHECKING as true.
TYPE_CHECKING = False
if TYPE_CHECKING:  # what mypy and editors see; at run time, `__getattr__` loads them
    from coordreg.api import (
        agenda,
        check_regulations,
        diff,
        evaluate,
        fmt,
        import_regulation,
        load_regulation,
        log,
        plan,
        render_document,
        review,
        transfer,
    )

__all__ = [
    "__version__",
    "agenda",
    "check_regulations",
    "diff",
    "evaluate",
    "fmt",
    "import_regulation",
    "load_regulation",
    "log",
    "plan",
    "render_document",
    "review",
    "transfer",
]


if not TYPE_CHECKING:  # hidden from mypy, which would otherwise accept any name

    def __getattr__(name: str) -> object:
        """An operation of `coordreg.api`, imported the first time it is asked for."""
        if name not in __all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        from coordreg import api

        operation: object = getattr(api, name)
        globals()[name] = operation  # found directly from now on
        return operation


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
