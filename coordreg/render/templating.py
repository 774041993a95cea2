"""The one place that builds the Jinja environment and renders documents.

Every template, the bundled ones and an office's own (`--templates DIR`), runs
in Jinja's sandbox with StrictUndefined: a template can read the data it is
given and nothing else, and a misspelt variable is an error, not an empty
string. HTML templates (`*.html.j2`) autoescape, so regulation text such as
`<script>` is printed, not run.

The sandbox (`TemplateSandbox`, Jinja's `ImmutableSandboxedEnvironment`) keeps a
template away from Python's internals: no attribute whose name starts with `_`
(so no `__class__`, `__globals__`, `__subclasses__`, `__mro__`), `str.format`
sandboxed the same way, and the lists and mappings it is given cannot be changed.
Templates are read only from inside their folder: a file there that is a link
leading out of it is refused (`template_outside`); Jinja itself refuses a name
with `..`, and looks an absolute name up inside the folder.

Nor can a template run for ever or fill the memory. Each render has a budget
(`Limits`, whose defaults are the constants below), checked cooperatively, in the
rendering thread, with no signal and no second thread: in the sandbox's hooks for
calls, attribute and item look-ups and the operators `+ * % **`; at every step of
every `for` loop (the code generator wraps each loop's iterable); in every filter;
on everything printed. A template over a limit is refused (exit 1) with the
template, the line and the limit:

- `RENDER_SECONDS` (5 s, `template_timeout`): one document, compiling included;
- `MAX_OUTPUT` (5,000,000 characters, `template_too_large`): the document; all the
  text printed along the way, inside macros and blocks too; and any one value a
  template makes (a string, or the text a list prints as, each item shared by
  reference counted again);
- `MAX_ITEMS` (100,000, `template_too_many_items`): one list, mapping or set, and what
  a filter goes through item by item (a string given to `sort` counts its letters);
- `MAX_STEPS` (1,000,000, `template_steps`): loop steps and calls, all together;
- `MAX_DEPTH` (50, `template_depth`): calls inside calls (a macro calling itself);
  an include or extends that loops ends the same way;
- `MAX_TEMPLATE_BYTES` (1,000,000, `template_file_too_large`): one template file;
- `MAX_INT_DIGITS` (4,300, Python's own limit for printing a number,
  `template_number_too_large`): a number a template computes;
- and Jinja's own `MAX_RANGE`: `range()` gives at most 100,000 numbers.

The bundled plan and review render in a millisecond or two, far inside them. Any
other error a template raises (a division by zero, an unsafe attribute used) is
reported with its template and line (`template_error`), never as a traceback.
"""

from __future__ import annotations

import importlib.resources
import itertools
import json
import re
import time
import types
from collections import abc, deque
from collections.abc import Callable, Generator, Iterable, Iterator, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache, update_wrapper, wraps
from pathlib import Path
from typing import Any, cast

import jinja2
from jinja2 import nodes
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.environment import TemplateModule
from jinja2.filters import make_attrgetter
from jinja2.loaders import split_template_path
from jinja2.runtime import Context, LoopContext, Macro
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
    modifies_known_mutable,
)
from jinja2.utils import Namespace
from markupsafe import Markup

from coordreg.errors import RefusedError, UsageError
from coordreg.render import textfmt

RENDER_SECONDS = 5.0
MAX_OUTPUT = 5_000_000
MAX_ITEMS = 100_000
MAX_STEPS = 1_000_000
MAX_DEPTH = 50
MAX_TEMPLATE_BYTES = 1_000_000
MAX_INT_DIGITS = 4300


@dataclass(frozen=True)
class Limits:
    """What one render may use (see the module's docstring); tests pass smaller ones."""

    seconds: float = RENDER_SECONDS
    output: int = MAX_OUTPUT
    items: int = MAX_ITEMS
    steps: int = MAX_STEPS
    depth: int = MAX_DEPTH
    template_bytes: int = MAX_TEMPLATE_BYTES


LIMITS = Limits()


def builtin_templates() -> Path:
    """The bundled templates (`templates/` in the source tree, packaged as coordreg_templates)."""
    return Path(str(importlib.resources.files("coordreg_templates")))


# --- The budget of one render ------------------------------------------------------------


class _LimitError(Exception):
    """A limit was reached inside the template; `render` makes it a refusal with its line."""

    def __init__(self, msgid: str, **args: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.args_ = args


@dataclass
class _Budget:
    limits: Limits
    deadline: float
    steps: int = 0
    depth: int = 0
    printed: int = 0
    walked: int = 0
    # The length of repr() of values the template did not make (the data), by id.
    reprs: dict[int, tuple[object, int]] = field(default_factory=dict)

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise _LimitError("template_timeout", seconds=f"{self.limits.seconds:g}")

    def step(self) -> None:
        self.steps += 1
        if self.steps > self.limits.steps:
            raise _LimitError("template_steps", limit=self.limits.steps)
        if not self.steps & 15:
            self.tick()

    def fits(self, size: int) -> None:
        if size > self.limits.output:
            raise _LimitError("template_too_large", limit=self.limits.output)

    def holds(self, count: int) -> None:
        if count > self.limits.items:
            raise _LimitError("template_too_many_items", limit=self.limits.items)

    def sized(self, kind: Any, size: int) -> None:
        """`size` characters if `kind` is text, else `size` items."""
        if isinstance(kind, _TEXTS):
            self.fits(size)
        else:
            self.holds(size)

    def check(self, value: Any) -> None:
        """A value just made: a string within the output limit, a collection within items."""
        if isinstance(value, _TEXTS):
            self.fits(len(value))
        elif isinstance(value, _COLLECTIONS):
            self.holds(len(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            self.number(value.bit_length())

    def number(self, bits: int) -> None:
        if bits * 0.30103 > MAX_INT_DIGITS:
            raise _LimitError("template_number_too_large", limit=MAX_INT_DIGITS)

    def repr_size(self, value: object) -> int:
        known = self.reprs.get(id(value))
        if known is None or known[0] is not value:
            try:
                size = len(repr(value))
            except Exception:
                size = 24
            known = self.reprs[id(value)] = (value, size)
        return known[1]


# The budget of the render under way in this thread (or task); none outside `render`.
_BUDGET: ContextVar[_Budget | None] = ContextVar("coordreg_render_budget", default=None)


def _budget() -> _Budget:
    budget = _BUDGET.get()
    return budget if budget is not None else _Budget(LIMITS, float("inf"))


# --- Sizes ------------------------------------------------------------------------------

_TEXTS = (str, bytes, bytearray)
_FLOATS = (float, complex)
_METHODS = (types.BuiltinMethodType, types.MethodType)
_COLLECTIONS = (list, tuple, dict, set, frozenset)
_SEQUENCES = (*_TEXTS, *_COLLECTIONS)
_CONTAINERS = (list, tuple, dict, set, frozenset, Namespace, TemplateModule)


def _shallow(value: Any) -> int:
    """The length of a string, or the number of items of a collection."""
    return len(value) if isinstance(value, _SEQUENCES) else 0


def _text_size(value: Any, budget: _Budget, already: int = 0) -> int:
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
    """The walk of `_text_size`: through collections, each shared value again, cycles once."""

    def __init__(self, budget: _Budget, already: int) -> None:
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
        if isinstance(item, _TEXTS):
            self.add(len(item) + (2 if nested else 0))
        elif isinstance(item, int):
            self.add(item.bit_length() * 3 // 10 + 2)
        elif item is None or isinstance(item, _FLOATS):
            self.add(24)
        elif isinstance(item, TemplateModule):
            self.add(sum(len(chunk) for chunk in item._body_stream))
        elif isinstance(item, _CONTAINERS):
            if id(item) in self.path:
                self.add(5)
                return
            self.path.add(id(item))
            children = cast(Iterable[Any], item)
            if isinstance(item, Namespace):
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


def _check_args(budget: _Budget, args: Iterable[Any], kwargs: Mapping[str, Any]) -> None:
    """Refuse collections among the arguments that would print longer than the limit."""
    for value in args:
        if isinstance(value, _CONTAINERS):
            _text_size(value, budget)
    for name, value in kwargs.items():
        if isinstance(value, _CONTAINERS) and name not in _JINJA_KWARGS:
            _text_size(value, budget)


def _number(digits: str) -> int:
    """A width or precision written in a format; absurd ones count as too many."""
    return int(digits) if len(digits) <= 9 else 10**10


# printf-style conversions (`"%-10.3f" % x`): mapping key, width, precision, type.
_PRINTF = re.compile(r"%(?:\(([^)]*)\))?[#0\- +]*(\*|\d+)?(?:\.(\*|\d*))?[hlL]?(.)", re.DOTALL)


def _check_printf(budget: _Budget, template: str | bytes | bytearray, values: Any) -> None:
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
        total += _text_size(value, budget, total)
        budget.fits(total)


def _spec_size(spec: str) -> int:
    """The widths and precisions in a format spec (`>30`, `.2f`), added up."""
    return sum(_number(digits) for digits in re.findall(r"\d+", spec))


def _replaced_size(text: Any, old: Any, new: Any, count: Any) -> int:
    if not (isinstance(text, _TEXTS) and isinstance(old, _TEXTS)):
        return 0
    if not isinstance(new, _TEXTS):
        return len(text)
    times = text.count(old) if old else len(text) + 1  # type: ignore[arg-type]
    if isinstance(count, int) and count >= 0:
        times = min(times, count)
    return len(text) + times * max(0, len(new) - len(old))


# --- Methods of strings and numbers that can make much from little --------------------


def _param(args: tuple[Any, ...], kwargs: Mapping[str, Any], index: int, name: str) -> Any:
    return args[index] if len(args) > index else kwargs.get(name)


def _check_method(
    budget: _Budget, owner: Any, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]
) -> tuple[Any, ...]:
    """Refuse a call of `owner.name(...)` whose result would pass the limits.

    Returns the arguments to call with (an iterable given to `join` is read once here).
    """
    if isinstance(owner, int) and not isinstance(owner, bool):
        if name == "to_bytes":
            length = _param(args, kwargs, 0, "length")
            if isinstance(length, int):
                budget.fits(length)
        return args
    if not isinstance(owner, _TEXTS):
        return args
    if name in ("center", "ljust", "rjust", "zfill"):
        width = _param(args, kwargs, 0, "width")
        if isinstance(width, int):
            budget.fits(width)
    elif name == "expandtabs":
        tabsize = _param(args, kwargs, 0, "tabsize")
        tab = "\t" if isinstance(owner, str) else b"\t"
        size = tabsize if isinstance(tabsize, int) else 8
        budget.fits(len(owner) + owner.count(tab) * max(size, 0))  # type: ignore[arg-type]
    elif name == "replace":
        old, new = _param(args, kwargs, 0, "old"), _param(args, kwargs, 1, "new")
        budget.fits(_replaced_size(owner, old, new, _param(args, kwargs, 2, "count")))
    elif name == "translate" and isinstance(owner, str):
        table = _param(args, kwargs, 0, "table")
        if isinstance(table, Mapping):
            longest = max((_shallow(v) for v in table.values()), default=1)
            budget.fits(len(owner) * max(longest, 1))
    elif name == "join" and args:
        items = _read(budget, args[0])
        size = len(owner) * max(len(items) - 1, 0)
        for item in items:
            size += _text_size(item, budget, size)
        return (items, *args[1:])
    return args


# --- str.format ------------------------------------------------------------------------


class _CountingFormatter(SandboxedFormatter):
    """The sandbox's formatter, refusing a result that would pass the output limit."""

    def __init__(self, env: jinja2.Environment, budget: _Budget, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self.budget = budget
        self.size = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        self.size += _spec_size(format_spec)
        self.size += _text_size(value, self.budget, self.size)
        return super().format_field(value, format_spec)


class _CountingEscapeFormatter(_CountingFormatter, SandboxedEscapeFormatter):
    """The same for `Markup.format`, which escapes what it inserts."""


# --- Filters ----------------------------------------------------------------------------

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

Special = Callable[[_Budget, Callable[..., Any], int, tuple[Any, ...], dict[str, Any]], Any]


def _text_of(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, TemplateModule):
        return str(value)
    return None


def _read(budget: _Budget, iterable: Any) -> list[Any]:
    """The items of an iterable, at most the items limit of them."""
    items: list[Any] = []
    for item in iterable:
        items.append(item)
        if len(items) > budget.limits.items:
            budget.holds(len(items))
        if not len(items) & 0xFFF:
            budget.tick()
    return items


def _special_center(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    width = _param(args, kw, i + 1, "width")
    if isinstance(width, int):
        budget.fits(width)
    return f(*args, **kw)


def _special_indent(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    width = _param(args, kw, i + 1, "width")
    each = width if isinstance(width, int) else len(width) if isinstance(width, str) else 4
    if text is not None:
        budget.fits(len(text) + (text.count("\n") + 1) * max(each, 0))
    return f(*args, **kw)


def _special_wordwrap(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    width = _param(args, kw, i + 1, "width")
    wrap = _param(args, kw, i + 3, "wrapstring")
    if text is not None and isinstance(width, int) and width > 0:
        lines = len(text) // width + text.count("\n") + 1
        budget.fits(len(text) + lines * (len(wrap) if isinstance(wrap, str) else 2))
    return f(*args, **kw)


def _special_replace(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    old, new = _param(args, kw, i + 1, "old"), _param(args, kw, i + 2, "new")
    text = _text_of(args[i])
    if text is not None and old is not None and new is not None:
        size = _replaced_size(text, str(old), str(new), _param(args, kw, i + 3, "count"))
        budget.fits(size)
    return f(*args, **kw)


def _special_format(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    text = _text_of(args[i])
    if text is not None:
        _check_printf(budget, text, kw or tuple(args[i + 1 :]))
    return f(*args, **kw)


def _special_join(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    items = _read(budget, args[i])
    separator = _param(args, kw, i + 1, "d")
    attribute = _param(args, kw, i + 2, "attribute")
    shown: Iterable[Any] = items
    if attribute is not None:
        shown = map(make_attrgetter(args[0].environment, attribute), items)
    size = len(str(separator or "")) * max(len(items) - 1, 0)
    for item in shown:
        size += _text_size(item, budget, size)
    return f(*args[:i], items, *args[i + 1 :], **kw)


def _special_batch(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    count, fill = _param(args, kw, i + 1, "linecount"), _param(args, kw, i + 2, "fill_with")
    if isinstance(count, int) and fill is not None:
        budget.holds(count)
    return f(*args, **kw)


def _special_slice(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    slices = _param(args, kw, i + 1, "slices")
    if isinstance(slices, int):
        budget.holds(slices)
    return f(*args, **kw)


def _special_sum(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    start = _param(args, kw, i + 2, "start")
    if not isinstance(start, (list, tuple)):
        return f(*args, **kw)
    # Lists added one to another take time in the square of their number: join them once.
    attribute = _param(args, kw, i + 1, "attribute")
    items = _read(budget, args[i])
    if attribute is not None:
        items = list(map(make_attrgetter(args[0], attribute), items))
    if not all(type(item) is type(start) for item in items):
        return f(*args, **kw)
    budget.holds(len(start) + sum(len(item) for item in items))
    return type(start)(itertools.chain(start, *items))


def _special_tojson(
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
) -> Any:
    indent = _param(args, kw, i + 1, "indent")
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
    budget: _Budget, f: Callable[..., Any], i: int, args: tuple[Any, ...], kw: dict[str, Any]
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


def _guard_filter(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    """`function` checked against the render's budget before and after it runs."""
    first = 1 if getattr(function, "jinja_pass_arg", None) is not None else 0
    prints = name not in _NOT_PRINTING
    iterates = name in _ITERATING
    special = _SPECIAL.get(name)

    @wraps(function)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.tick()
        if prints:
            _check_args(budget, args[first:], kwargs)
        elif iterates and len(args) > first and isinstance(args[first], _SEQUENCES):
            budget.holds(len(args[first]))
        if special is not None and len(args) > first:
            result = special(budget, function, first, args, kwargs)
        else:
            result = function(*args, **kwargs)
        budget.check(result)
        return result

    return guarded


def _guard_lipsum(function: Callable[..., Any]) -> Callable[..., Any]:
    @wraps(function)
    def guarded(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> Any:
        if isinstance(n, int) and isinstance(min, int) and isinstance(max, int):
            _budget().fits(n * (abs(min) + abs(max)) * 12)
        return function(n, html, min, max)

    return guarded


# --- The code generator: every `for` loop counted, every `~` measured -------------------


class _CountingCodeGenerator(CodeGenerator):
    """Jinja's code generator, with each loop's iterable in `environment.steps_of(...)`.

    (Jinja allows no node types of one's own, so the iterable is marked, and wrapped
    when it is written.)
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.counted: set[int] = set()

    def visit(self, node: nodes.Node, *args: Any, **kwargs: Any) -> Any:
        if id(node) not in self.counted:
            return super().visit(node, *args, **kwargs)
        self.counted.discard(id(node))
        self.write("environment.steps_of(")
        super().visit(node, *args, **kwargs)
        self.write(")")
        return None

    def visit_For(self, node: nodes.For, frame: Frame) -> None:  # noqa: N802
        self.counted.add(id(node.iter))
        super().visit_For(node, frame)

    @optimizeconst
    def visit_Concat(self, node: nodes.Concat, frame: Frame) -> None:  # noqa: N802
        if frame.eval_ctx.volatile:
            join = "(markup_join if context.eval_ctx.volatile else str_join)"
        elif frame.eval_ctx.autoescape:
            join = "markup_join"
        else:
            join = "str_join"
        self.write(f"environment.join_parts({join}, (")
        for part in node.nodes:
            self.visit(part, frame)
            self.write(", ")
        self.write("))")


class _Counted:
    """An iterable whose every step counts against the budget; its length is the original's."""

    __slots__ = ("budget", "iterable")

    def __init__(self, iterable: Any, budget: _Budget) -> None:
        self.iterable = iterable
        self.budget = budget

    def __iter__(self) -> Iterator[Any]:
        budget = self.budget
        for item in self.iterable:
            budget.step()
            yield item

    def __len__(self) -> int:
        return len(self.iterable)


# --- The environment --------------------------------------------------------------------


_MUTABLE: dict[type, bool] = {}


def _mutable(kind: type) -> bool:
    """Whether `modifies_known_mutable` can object to an attribute of this type's objects."""
    known = _MUTABLE.get(kind)
    if known is None:
        mutable = (abc.MutableSet, abc.MutableMapping, abc.MutableSequence, deque)
        known = _MUTABLE[kind] = issubclass(kind, mutable)
    return known


# Callables that do not turn their arguments into text: macros print what they print
# through `{{ }}`, which is measured; builtins are checked by `_check_method`.
_UNCHECKED_CALLEES = (Macro, LoopContext, type, types.BuiltinMethodType)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with every operation held to the render's `Limits`."""

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"+", "*", "%", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.finalize = self._finalize
        self.globals["lipsum"] = _guard_lipsum(cast(Callable[..., Any], self.globals["lipsum"]))
        self.add_filters({})

    def add_filters(self, filters: Mapping[str, Callable[..., Any]]) -> None:
        """Add filters, and guard them and all the others."""
        merged = {**self.filters, **filters}
        self.filters = {
            name: function if hasattr(function, "coordreg_guarded") else _mark(name, function)
            for name, function in merged.items()
        }

    def steps_of(self, iterable: Any) -> _Counted:
        return _Counted(iterable, _budget())

    def join_parts(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        """`a ~ b`: refused before the text is made when it would pass the limit."""
        budget = _budget()
        budget.tick()
        size = 0
        for part in parts:
            size += _text_size(part, budget, size)
        return join(parts)

    def concat(self, parts: Iterable[str]) -> str:
        """The text of a macro, block or `{% set %}` block: refused past the output limit."""
        budget = _budget()
        chunks: list[str] = []
        size = 0
        for chunk in parts:
            size += len(chunk)
            budget.fits(size)
            chunks.append(chunk)
        return "".join(chunks)

    def _finalize(self, value: Any) -> Any:
        """Every `{{ ... }}`: counted against the output limit before it becomes text."""
        budget = _budget()
        if isinstance(value, str):
            size = len(value)
        elif (
            isinstance(value, (*_CONTAINERS, int, float))
            or value is None
            or hasattr(value, "__html__")
        ):
            size = _text_size(value, budget, budget.printed)
        else:
            value = str(value)
            size = len(value)
        budget.printed += size
        budget.fits(budget.printed)
        return value

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = _budget()
        budget.step()
        if isinstance(obj, _METHODS):
            args = _check_method(
                budget, getattr(obj, "__self__", None), getattr(obj, "__name__", ""), args, kwargs
            )
        if not isinstance(obj, _UNCHECKED_CALLEES):
            # Functions of the data may print what they are given.
            _check_args(budget, args, kwargs)
        budget.depth += 1
        try:
            if budget.depth > budget.limits.depth:
                raise _LimitError("template_depth")
            result = super().call(context, obj, *args, **kwargs)
        finally:
            budget.depth -= 1
        budget.check(result)
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = _budget()
        budget.tick()
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "*":
            if ints:
                budget.number(left.bit_length() + right.bit_length())
            elif isinstance(right, int) and isinstance(left, _SEQUENCES):
                budget.sized(left, len(left) * right)
            elif isinstance(left, int) and isinstance(right, _SEQUENCES):
                budget.sized(right, len(right) * left)
        elif operator == "**":
            if ints and right > 0 and abs(left) > 1:
                budget.number(left.bit_length() * right)
        elif operator == "+":
            if isinstance(left, _SEQUENCES) and isinstance(right, _SEQUENCES):
                budget.sized(left, len(left) + len(right))
        elif operator == "%" and isinstance(left, _TEXTS):
            _check_printf(budget, left, right)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """The immutable sandbox's rule, with whether a type can change cached."""
        if not SandboxedEnvironment.is_safe_attribute(self, obj, attr, value):
            return False
        return not (_mutable(type(obj)) and modifies_known_mutable(obj, attr))

    def getattr(self, obj: Any, attribute: str) -> Any:
        _budget().tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        _budget().tick()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` and `format_map`, sandboxed as Jinja does, and measured."""
        if not isinstance(value, _METHODS) or (value.__name__ not in ("format", "format_map")):
            return None
        owner: Any = value.__self__
        if not isinstance(owner, str):
            return None
        str_type: type[str] = type(owner)
        is_format_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            budget = _budget()
            formatter: _CountingFormatter
            if isinstance(owner, Markup):
                formatter = _CountingEscapeFormatter(self, budget, escape=owner.escape)
            else:
                formatter = _CountingFormatter(self, budget)
            formatter.size = len(owner)
            budget.fits(formatter.size)
            if is_format_map:
                if kwargs:
                    raise TypeError("format_map() takes no keyword arguments")
                if len(args) != 1:
                    raise TypeError(f"format_map() takes exactly one argument ({len(args)} given)")
                kwargs = args[0]
                args = ()
            return str_type(formatter.vformat(owner, args, kwargs))

        return update_wrapper(wrapper, value)


def _mark(name: str, function: Callable[..., Any]) -> Callable[..., Any]:
    guarded = _guard_filter(name, function)
    guarded.coordreg_guarded = True  # type: ignore[attr-defined]
    return guarded


# --- Templates only from inside their folder ---------------------------------------------


class _NotTextError(Exception):
    """A template file that is not UTF-8; `render` names it as the user knows it."""

    def __init__(self, filename: str, byte: int) -> None:
        super().__init__(filename)
        self.filename = filename
        self.byte = byte


class _FolderLoader(jinja2.FileSystemLoader):
    """Jinja's FileSystemLoader, refusing a file that leads out of its folder or is too big."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            file = Path(folder, *pieces)
            if file.is_file():
                break
        else:
            raise jinja2.TemplateNotFound(template)
        real = file.resolve()
        if not real.is_relative_to(Path(folder).resolve()):
            raise RefusedError("template_outside", name=template, folder=folder, target=real)
        limit = _budget().limits.template_bytes
        size = real.stat().st_size
        if size > limit:
            raise RefusedError("template_file_too_large", name=template, size=size, limit=limit)
        try:
            with real.open(encoding=self.encoding) as stream:
                contents = stream.read(limit + 1)
        except UnicodeDecodeError as error:
            raise _NotTextError(str(file), error.start + 1) from None
        mtime = file.stat().st_mtime

        def uptodate() -> bool:
            try:
                return file.stat().st_mtime == mtime
            except OSError:
                return False

        return contents, str(file), uptodate


@cache
def environment(user_dir: Path | None = None) -> TemplateSandbox:
    """The environment for bundled templates, or for an office's folder in front of them."""
    search = [str(user_dir)] if user_dir is not None else []
    search.append(str(builtin_templates()))
    env = TemplateSandbox(
        loader=_FolderLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.add_filters(
        {
            "short_date": textfmt.short_date,
            "percent": textfmt.percent,
            "upper_vn": textfmt.upper,
            "md_cell": textfmt.md_cell,
        }
    )
    return env


# --- Rendering ---------------------------------------------------------------------------


def render(
    template: str,
    context: dict[str, Any],
    user_dir: Path | None = None,
    limits: Limits | None = None,
) -> str:
    """Render a template by name; template errors become a clear refusal, not a traceback.

    `limits` (default `LIMITS`, read at each call) bounds the time, the output and
    the work; past one the render stops and is refused (exit 1).
    """
    if user_dir is not None and not user_dir.is_dir():
        # Not a quiet fall back on the bundled templates: the office asked for its own.
        raise UsageError("templates_not_a_folder", path=str(user_dir))
    folder = user_dir.absolute() if user_dir is not None else None
    chosen = limits or LIMITS
    budget = _Budget(chosen, time.monotonic() + chosen.seconds)
    token = _BUDGET.set(budget)
    try:
        return _render(environment(folder), template, context, budget)
    except RefusedError:
        raise
    except _NotTextError as error:
        name = _shown(error.filename, user_dir, folder)
        raise RefusedError("template_not_utf8", name=name, byte=error.byte) from None
    except _LimitError as error:
        name, line = _where(error, template, user_dir, folder)
        raise RefusedError(error.msgid, name=name, line=line, **error.args_) from None
    except jinja2.TemplateNotFound as error:
        raise RefusedError("template_missing", name=str(error)) from None
    except jinja2.TemplateSyntaxError as error:
        raise RefusedError(
            "template_error",
            name=_shown(error.filename, user_dir, folder) if error.filename else template,
            line=error.lineno,
            detail=error.message or "",
        ) from None
    except RecursionError as error:
        name, line = _where(error, template, user_dir, folder)
        raise RefusedError("template_depth", name=name, line=line) from None
    except Exception as error:
        name, line = _where(error, template, user_dir, folder)
        detail = str(error)
        if not isinstance(error, jinja2.TemplateError):
            detail = f"{type(error).__name__}: {detail}"
        raise RefusedError("template_error", name=name, line=line, detail=detail) from None
    finally:
        _BUDGET.reset(token)


def _render(env: TemplateSandbox, name: str, context: dict[str, Any], budget: _Budget) -> str:
    stream = cast(Generator[str, None, None], env.get_template(name).generate(context))
    chunks: list[str] = []
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > budget.limits.output:
            # Raised where the template is, so that the message has its line.
            stream.throw(_LimitError("template_too_large", limit=budget.limits.output))
        chunks.append(chunk)
    return "".join(chunks)


def _where(
    error: BaseException, template: str, user_dir: Path | None, folder: Path | None
) -> tuple[str, int]:
    """The template and line an error was raised at: Jinja rewrites the traceback to show them."""
    name, line = template, 0
    trace = error.__traceback__
    while trace is not None:
        frame_globals = trace.tb_frame.f_globals
        if "__jinja_exception__" in frame_globals:
            name = _shown(str(frame_globals["__file__"]), user_dir, folder)
            line = trace.tb_lineno
        trace = trace.tb_next
    return name, line


def _shown(filename: str, user_dir: Path | None, folder: Path | None) -> str:
    """A template file as the user knows it: inside the folder given, or the bundled name."""
    file = Path(filename)
    if folder is not None and user_dir is not None and file.is_relative_to(folder):
        return str(user_dir / file.relative_to(folder))
    builtin = builtin_templates()
    if file.is_relative_to(builtin):
        return file.relative_to(builtin).as_posix()
    return filename
