"""How big a value would print, and whether an operation would make too much: checked before it runs.

The sandbox and the guarded filters ask these questions before they let an
operation through, so that a template is refused before it makes a huge string
or list, not after: how long a value prints (`text_size`), what `"%s" % x` and
`str.format` would make, and what the string and number methods that can make
much from little (`center`, `replace`, `join`, `to_bytes`, ...) would return.
"""

from __future__ import annotations

import itertools
import re
import types
from collections.abc import Iterable, Mapping
from typing import Any, cast

from jinja2.environment import TemplateModule
from jinja2.utils import Namespace

from coordreg.render.budget import COLLECTIONS, TEXTS, Budget

FLOATS = (float, complex)
METHODS = (types.BuiltinMethodType, types.MethodType)
SEQUENCES = (*TEXTS, *COLLECTIONS)
# What a template can hold that prints as the text of what it holds.
CONTAINERS = (*COLLECTIONS, Namespace, TemplateModule)


def shallow(value: Any) -> int:
    """The length of a string, or the number of items of a collection."""
    return len(value) if isinstance(value, SEQUENCES) else 0


def text_size(value: Any, budget: Budget, already: int = 0) -> int:
    """About len(str(value)), refused as soon as `already` plus it passes the output limit.

    A value that appears many times in a list is counted each time, as printing
    counts it: `[x] * 1000` held a thousand times in a list is cheap to make and
    huge to print. Values from the data count as long as their repr().
    """
    if isinstance(value, str):
        budget.fits(already + len(value))
        return len(value)
    sizer = _Sizer(budget, already)
    sizer.visit(value, False)
    return sizer.total - already


class _Sizer:
    """The walk of `text_size`: through collections, each shared value again, cycles once."""

    def __init__(self, budget: Budget, already: int) -> None:
        self.budget = budget
        self.total = already
        self.path: set[int] = set()

    def add(self, size: int) -> None:
        self.total += size
        self.budget.fits(self.total)

    def visit(self, item: Any, nested: bool) -> None:
        budget = self.budget
        budget.walked += 1
        if not budget.walked & 0xFFF:
            budget.tick()
        if isinstance(item, TEXTS):
            self.add(len(item) + (2 if nested else 0))
        elif isinstance(item, int):
            self.add(item.bit_length() * 3 // 10 + 2)
        elif item is None or isinstance(item, FLOATS):
            self.add(24)
        elif isinstance(item, TemplateModule):
            # Jinja internal: `_body_stream` holds the chunks str() of an imported
            # template would join; summing them measures the text without making it.
            self.add(sum(len(chunk) for chunk in item._body_stream))
        elif isinstance(item, CONTAINERS):
            if id(item) in self.path:
                self.add(5)
                return
            self.path.add(id(item))
            children = cast(Iterable[Any], item)
            if isinstance(item, Namespace):
                # Jinja internal: a `namespace()` keeps its values in the name-mangled
                # `__attrs` and offers no public way to list them.
                children = itertools.chain.from_iterable(item._Namespace__attrs.items())
            elif isinstance(item, dict):
                children = itertools.chain.from_iterable(item.items())
            self.add(2)
            for child in children:
                self.visit(child, True)
                self.add(2)
            self.path.discard(id(item))
        else:
            self.add(budget.repr_size(item))


# Keyword arguments Jinja itself adds to calls inside loops and blocks.
_JINJA_KWARGS = frozenset({"_loop_vars", "_block_vars"})


def check_args(budget: Budget, args: Iterable[Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse collections among the arguments that would print longer than the limit."""
    for value in args:
        if isinstance(value, CONTAINERS):
            text_size(value, budget)
    for name, value in kwargs.items():
        if isinstance(value, CONTAINERS) and name not in _JINJA_KWARGS:
            text_size(value, budget)


def read_items(budget: Budget, iterable: Any) -> list[Any]:
    """The items of an iterable, at most the items limit of them."""
    items: list[Any] = []
    for item in iterable:
        items.append(item)
        if len(items) > budget.limits.items:
            budget.holds(len(items))
        if not len(items) & 0xFFF:
            budget.tick()
    return items


def param(args: tuple[Any, ...], kwargs: Mapping[str, Any], index: int, name: str) -> Any:
    """An argument given by position `index` or by `name`, or None."""
    return args[index] if len(args) > index else kwargs.get(name)


# --- Formats: `%` and str.format ----------------------------------------------------


def _number(digits: str) -> int:
    """A width or precision written in a format; absurd ones count as too many."""
    return int(digits) if len(digits) <= 9 else 10**10


# printf-style conversions (`"%-10.3f" % x`): mapping key, width, precision, type.
_PRINTF = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.DOTALL)


def check_printf(budget: Budget, template: str | bytes | bytearray, values: Any) -> None:
    """Refuse `template % values` when its result would pass the output limit."""
    if not isinstance(template, str):
        template = bytes(template).decode("latin-1")
    positional = list(values) if isinstance(values, tuple) else [values]
    mapping = values if isinstance(values, Mapping) else None
    index = 0
    total = len(template)

    def take() -> Any:
        nonlocal index
        index += 1
        return positional[index - 1] if index <= len(positional) else None

    for match in _PRINTF.finditer(template):
        key, width, precision, kind = match.groups()
        if kind == "%":
            continue
        for part in (width, precision):
            if part == "*":
                star = take()
                total += abs(star) if isinstance(star, int) else 0
            elif part:
                total += _number(part)
        value = mapping.get(key) if key is not None and mapping is not None else take()
        total += text_size(value, budget, total)
        budget.fits(total)


def spec_size(spec: str) -> int:
    """The widths and precisions in a format spec (`>30`, `.2f`), added up."""
    return sum(_number(digits) for digits in re.findall(r"\d+", spec))


# --- Methods of strings and numbers that can make much from little --------------------


def replaced_size(text: Any, old: Any, new: Any, count: Any) -> int:
    """The length of `text.replace(old, new, count)`, worked out without making it."""
    if not (isinstance(text, TEXTS) and isinstance(old, TEXTS)):
        return 0
    if not isinstance(new, TEXTS):
        return len(text)
    times = text.count(old) if old else len(text) + 1  # type: ignore[arg-type]
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return len(text) + times * max(0, len(new) - len(old))


def check_method(
    budget: Budget, owner: Any, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[Any, ...]:
    """Refuse a call of `owner.name(...)` whose result would pass the limits.

    Returns the arguments to call with (an iterable given to `join` is read once here).
    """
    if isinstance(owner, int) and not isinstance(owner, bool):
        if name == "to_bytes":
            length = param(args, kwargs, 0, "length")
            if isinstance(length, int):
                budget.fits(length)
        return args
    if not isinstance(owner, TEXTS):
        return args
    if name in ("center", "ljust", "rjust", "zfill"):
        width = param(args, kwargs, 0, "width")
        if isinstance(width, int):
            budget.fits(width)
    elif name == "expandtabs":
        tabsize = param(args, kwargs, 0, "tabsize")
        tab = "\t" if isinstance(owner, str) else b"\t"
        size = tabsize if isinstance(tabsize, int) else 8
        budget.fits(len(owner) + owner.count(tab) * max(size, 0))  # type: ignore[arg-type]
    elif name == "replace":
        old, new = param(args, kwargs, 0, "old"), param(args, kwargs, 1, "new")
        budget.fits(replaced_size(owner, old, new, param(args, kwargs, 2, "count")))
    elif name == "translate" and isinstance(owner, str):
        table = param(args, kwargs, 0, "table")
        if isinstance(table, Mapping):
            longest = max((shallow(v) for v in table.values()), default=1)
            budget.fits(len(owner) * max(longest, 1))
    elif name == "join" and args:
        items = read_items(budget, args[0])
        size = len(owner) * max(len(items) - 1, 0)
        for item in items:
            size += text_size(item, budget, size)
        return (items, *args[1:])
    return args
