"""Every filter, Jinja's and coordreg's own, held to the render's budget before and after it runs.

The sandbox wraps each filter it has with `guard_filter` (see
`TemplateSandbox.add_filters`): a value that would print longer than the output
limit is refused before a printing filter runs, a filter that goes through its
value item by item counts the items, and each result is checked as any value a
template makes. The filters below whose result can be much larger than what they
are given (`center`, `indent`, `join`, `tojson`, ...) work out that size first.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from functools import wraps
from typing import Any

from jinja2.environment import TemplateModule
from markupsafe import Markup

from coordreg.render.budget import Budget, current_budget
from coordreg.render.measure import (
    SEQUENCES,
    check_args,
    check_printf,
    param,
    read_items,
    replaced_size,
    text_size,
)

# Filters that do not turn their value into text; all the others get a value
# that would print longer than the limit refused before they run.
_NOT_PRINTING = frozenset(
    {
        "abs", "attr", "batch", "count", "d", "default", "dictsort", "first", "float",
        "groupby", "int", "items", "join", "last", "length", "list", "map", "max", "min",
        "random", "reject", "rejectattr", "reverse", "round", "select", "selectattr",
        "slice", "sort", "sum", "unique",
    }
)  # fmt: skip

# Filters that go through their value item by item in Python: a long string given to
# them counts as that many items.
_ITERATING = frozenset(
    {
        "batch", "dictsort", "groupby", "join", "list", "map", "max", "min", "reject",
        "rejectattr", "select", "selectattr", "slice", "sort", "sum", "unique",
    }
)  # fmt: skip

# A filter's own check: (budget, the filter, the index of its value among the
# arguments, the arguments, the keyword arguments) -> the filter's result.
Special = Callable[[Budget, Callable[..., Any], int, tuple[Any, ...], dict[str, Any]], Any]


def _text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, TemplateModule):
        return str(value)
    return None


def _special_center(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    width = param(args, kw, i + 1, "width")
    if isinstance(width, int):
        budget.fits(width)
    return f(*args, **kw)


def _special_indent(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    width = param(args, kw, i + 1, "width")
    each = width if isinstance(width, int) else len(width) if isinstance(width, str) else 4
    if text is not None:
        budget.fits(len(text) + (text.count("\n") + 1) * max(each, 0))
    return f(*args, **kw)


def _special_wordwrap(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    width = param(args, kw, i + 1, "width")
    wrap = param(args, kw, i + 3, "wrapstring")
    if text is not None and isinstance(width, int) and width > 0:
        lines = len(text) // width + text.count("\n") + 1
        budget.fits(len(text) + lines * (len(wrap) if isinstance(wrap, str) else 2))
    return f(*args, **kw)


def _special_replace(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    old, new = param(args, kw, i + 1, "old"), param(args, kw, i + 2, "new")
    text = _text_of(args[i])
    if text is not None and old is not None and new is not None:
        size = replaced_size(text, str(old), str(new), param(args, kw, i + 3, "count"))
        budget.fits(size)
    return f(*args, **kw)


def _special_format(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    if text is not None:
        check_printf(budget, text, kw or tuple(args[i + 1 :]))
    return f(*args, **kw)


def _special_join(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    items = read_items(budget, args[i])
    separator = param(args, kw, i + 1, "d")
    size = len(str(separator or "")) * max(len(items) - 1, 0)
    # With `attribute`, the parts are the items' attributes, read as Jinja reads them
    # (its own getter, an internal): the separators are measured, and the rest is
    # held by the result's check and, for an office's template, by its process's
    # memory limit.
    if param(args, kw, i + 2, "attribute") is None:
        for item in items:
            size += text_size(item, budget, size)
    budget.fits(size)
    return f(*args[:i], items, *args[i + 1 :], **kw)


def _special_batch(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    count, fill = param(args, kw, i + 1, "linecount"), param(args, kw, i + 2, "fill_with")
    if isinstance(count, int) and fill is not None:
        budget.holds(count)
    return f(*args, **kw)


def _special_slice(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    slices = param(args, kw, i + 1, "slices")
    if isinstance(slices, int):
        budget.holds(slices)
    return f(*args, **kw)


def _special_sum(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    start = param(args, kw, i + 2, "start")
    # With `attribute`, Jinja's own sum (lists added one to another, in a time that
    # grows with the square of their number) is held by the processor-time limit.
    if not isinstance(start, (list, tuple)) or param(args, kw, i + 1, "attribute") is not None:
        return f(*args, **kw)
    # Lists added one to another take time in the square of their number: join them once.
    items = read_items(budget, args[i])
    if not all(type(item) is type(start) for item in items):
        return f(*args, **kw)
    budget.holds(len(start) + sum(len(item) for item in items))
    return type(start)(itertools.chain(start, *items))


def _special_tojson(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    indent = param(args, kw, i + 1, "indent")
    if indent is None:
        return f(*args, **kw)
    # Indented, the text grows with the nesting: write it piece by piece, and stop in time.
    options = dict(args[0].environment.policies["json.dumps_kwargs"], indent=indent)
    size = 0
    pieces: list[str] = []
    for piece in json.JSONEncoder(**options).iterencode(args[i]):
        size += len(piece)
        budget.fits(size)
        pieces.append(piece)
    text = "".join(pieces)
    for unsafe, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("'", "\\u0027")):
        text = text.replace(unsafe, escaped)
    return Markup(text)


def _special_urlize(
    budget: Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    if text is not None:
        extra = sum(len(str(kw.get(name) or "")) for name in ("target", "rel")) + 64
        budget.fits(len(text) * 3 + (len(text.split()) + 1) * extra)
    return f(*args, **kw)


_SPECIAL: dict[str, Special] = {
    "center": _special_center,
    "indent": _special_indent,
    "wordwrap": _special_wordwrap,
    "replace": _special_replace,
    "format": _special_format,
    "join": _special_join,
    "batch": _special_batch,
    "slice": _special_slice,
    "sum": _special_sum,
    "tojson": _special_tojson,
    "urlize": _special_urlize,
}


def guard_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` checked against the render's budget before and after it runs."""
    # Jinja internal: `@pass_context`, `@pass_environment` and `@pass_eval_context`
    # mark a filter with `jinja_pass_arg`; such a filter's value is its second argument.
    first = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    prints = name not in _NOT_PRINTING
    iterates = name in _ITERATING
    special = _SPECIAL.get(name)

    @wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = current_budget()
        budget.tick()
        if prints:
            check_args(budget, args[first:], kwargs)
        elif iterates and len(args) > first and isinstance(args[first], SEQUENCES):
            budget.holds(len(args[first]))
        if special is not None and len(args) > first:
            result = special(budget, function, first, args, kwargs)
        else:
            result = function(*args, **kwargs)
        budget.check(result)
        return result

    return guarded


def guard_lipsum(function: Callable[..., Any]) -> Callable[..., Any]:
    """Jinja's `lipsum()` global, refused when the text it would make passes the limit."""

    @wraps(function)
    def guarded(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> Any:
        if isinstance(n, int) and isinstance(min, int) and isinstance(max, int):
            current_budget().fits(n * (abs(min) + abs(max)) * 12)
        return function(n, html, min, max)

    return guarded
