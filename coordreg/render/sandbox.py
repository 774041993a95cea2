"""The sandbox every template runs in: what a template may touch, and every operation on the budget.

Every template, the bundled ones and an office's own (`--templates DIR`), runs
in `TemplateSandbox`, Jinja's `ImmutableSandboxedEnvironment`, which keeps a
template away from Python's internals: no attribute whose name starts with `_`
(so no `__class__`, `__globals__`, `__subclasses__`, `__mro__`), `str.format`
sandboxed the same way, and the lists and mappings it is given cannot be changed.

On top of that, each operation is held to the render's budget
(`coordreg.render.budget`): the sandbox's hooks for calls, attribute and item
look-ups and the operators `+ * % **`; every step of every `for` loop (the code
generator wraps each loop's iterable); `~`, before its text is made; every filter
(`coordreg.render.filter_guards`); the text of macros and blocks; and everything
printed.

These checks refuse, with the template's line and the limit, what they can
foresee. They are not what holds the limits: an office's template runs in a child
process under the operating system's limits of processor time, memory and output
(`coordreg.render.isolation`), which no filter can outrun. So the checks are kept
only where they give a better answer than the process limits would (the value
that would be too long, before it is made; the loop past its steps), and the
Jinja internals they need are the ones marked where used, with why there is no
public way. They tie coordreg to Jinja 3.1's code:
`tests/adversarial/test_templates.py` is what tells when a new Jinja changes them.
"""

from __future__ import annotations

import types
from collections import abc, deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import update_wrapper
from typing import Any, cast

import jinja2
from jinja2 import nodes

# Jinja internal: the code generator, its frames and its constant folding. Jinja's
# documented hook `code_generator_class` takes a subclass, but the visitor methods
# it has to override are not a public API.
from jinja2.compiler import CodeGenerator, Frame, optimizeconst
from jinja2.runtime import Context, LoopContext, Macro

# Jinja internal: the formatters the sandbox gives `str.format`; subclassed to measure
# each field, so that `"{:>99999999}".format(x)` is refused before it is made.
from jinja2.sandbox import (
    ImmutableSandboxedEnvironment,
    SandboxedEnvironment,
    SandboxedEscapeFormatter,
    SandboxedFormatter,
    modifies_known_mutable,
)
from markupsafe import Markup

from coordreg.render.budget import TEXTS, Budget, LimitError, current_budget
from coordreg.render.filter_guards import guard_filter, guard_lipsum
from coordreg.render.measure import (
    CONTAINERS,
    METHODS,
    SEQUENCES,
    check_args,
    check_method,
    check_printf,
    spec_size,
    text_size,
)

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

    # Jinja's own `visit_Concat`, with the parts handed to `environment.join_parts`
    # instead of joined in place: the generated code is the only place `~` happens.
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

    def __init__(self, iterable: Any, budget: Budget) -> None:
        self.iterable = iterable
        self.budget = budget

    def __iter__(self) -> Iterator[Any]:
        budget = self.budget
        for item in self.iterable:
            budget.step()
            yield item

    def __len__(self) -> int:
        return len(self.iterable)


# --- str.format ------------------------------------------------------------------------


class _CountingFormatter(SandboxedFormatter):
    """The sandbox's formatter, refusing a result that would pass the output limit."""

    def __init__(self, env: jinja2.Environment, budget: Budget, **kwargs: Any) -> None:
        super().__init__(env, **kwargs)
        self.budget = budget
        self.size = 0

    def format_field(self, value: Any, format_spec: str) -> Any:
        self.size += spec_size(format_spec)
        self.size += text_size(value, self.budget, self.size)
        return super().format_field(value, format_spec)


class _CountingEscapeFormatter(_CountingFormatter, SandboxedEscapeFormatter):
    """The same for `Markup.format`, which escapes what it inserts."""


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
# through `{{ }}`, which is measured; builtins are checked by `check_method`.
_UNCHECKED_CALLEES = (Macro, LoopContext, type, types.BuiltinMethodType)


class TemplateSandbox(ImmutableSandboxedEnvironment):
    """Jinja's immutable sandbox, with every operation held to the render's `Limits`."""

    code_generator_class = _CountingCodeGenerator
    intercepted_binops = frozenset({"+", "*", "%", "**"})

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.finalize = self._finalize
        self.globals["lipsum"] = guard_lipsum(cast(Callable[..., Any], self.globals["lipsum"]))
        self.add_filters({})

    def add_filters(self, filters: Mapping[str, Callable[..., Any]]) -> None:
        """Add filters, and guard them and all the others."""
        merged = {**self.filters, **filters}
        self.filters = {
            name: function if hasattr(function, "coordreg_guarded") else _mark(name, function)
            for name, function in merged.items()
        }

    # --- Called by the code `_CountingCodeGenerator` writes ---

    def steps_of(self, iterable: Any) -> _Counted:
        """The iterable of a `for` loop, each step counted."""
        return _Counted(iterable, current_budget())

    def join_parts(self, join: Callable[[Iterable[Any]], str], parts: tuple[Any, ...]) -> str:
        """`a ~ b`: refused before the text is made when it would pass the limit."""
        budget = current_budget()
        budget.tick()
        size = 0
        for part in parts:
            size += text_size(part, budget, size)
        return join(parts)

    # --- Jinja's own hooks ---

    # Jinja internal: the generated code joins the text of a macro, a block or a
    # `{% set %}` block with `environment.concat`; overriding it is the one place
    # to stop that text growing past the limit before it is joined.
    def concat(self, parts: Iterable[str]) -> str:
        """The text of a macro, block or `{% set %}` block: refused past the output limit."""
        budget = current_budget()
        chunks: list[str] = []
        size = 0
        for chunk in parts:
            size += len(chunk)
            budget.fits(size)
            chunks.append(chunk)
        return "".join(chunks)

    def _finalize(self, value: Any) -> Any:
        """Every `{{ ... }}`: counted against the output limit before it becomes text."""
        budget = current_budget()
        if isinstance(value, str):
            size = len(value)
        elif (
            isinstance(value, (*CONTAINERS, int, float))
            or value is None
            or hasattr(value, "__html__")
        ):
            size = text_size(value, budget, budget.printed)
        else:
            value = str(value)
            size = len(value)
        budget.printed += size
        budget.fits(budget.printed)
        return value

    def call(self, context: Context, obj: Any, /, *args: Any, **kwargs: Any) -> Any:
        budget = current_budget()
        budget.step()
        if isinstance(obj, METHODS):
            args = check_method(
                budget, getattr(obj, "__self__", None), getattr(obj, "__name__", ""), args, kwargs
            )
        if not isinstance(obj, _UNCHECKED_CALLEES):
            # Functions of the data may print what they are given.
            check_args(budget, args, kwargs)
        budget.depth += 1
        try:
            if budget.depth > budget.limits.depth:
                raise LimitError("template_depth")
            result = super().call(context, obj, *args, **kwargs)
        finally:
            budget.depth -= 1
        budget.check(result)
        return result

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        budget = current_budget()
        budget.tick()
        ints = isinstance(left, int) and isinstance(right, int)
        if operator == "*":
            if ints:
                budget.number(left.bit_length() + right.bit_length())
            elif isinstance(right, int) and isinstance(left, SEQUENCES):
                budget.sized(left, len(left) * right)
            elif isinstance(left, int) and isinstance(right, SEQUENCES):
                budget.sized(right, len(right) * left)
        elif operator == "**":
            if ints and right > 0 and abs(left) > 1:
                budget.number(left.bit_length() * right)
        elif operator == "+":
            if isinstance(left, SEQUENCES) and isinstance(right, SEQUENCES):
                budget.sized(left, len(left) + len(right))
        elif operator == "%" and isinstance(left, TEXTS):
            check_printf(budget, left, right)
        return super().call_binop(context, operator, left, right)

    def is_safe_attribute(self, obj: Any, attr: str, value: Any) -> bool:
        """The immutable sandbox's rule, with whether a type can change cached."""
        if not SandboxedEnvironment.is_safe_attribute(self, obj, attr, value):
            return False
        return not (_mutable(type(obj)) and modifies_known_mutable(obj, attr))

    def getattr(self, obj: Any, attribute: str) -> Any:
        current_budget().tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        current_budget().tick()
        return super().getitem(obj, argument)

    # Jinja internal: the sandbox asks `wrap_str_format` for the callable that stands
    # in for `str.format` and `format_map`; Jinja's own returns its formatters, which
    # cannot be told of the budget, so this one is Jinja's with `_CountingFormatter`.
    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """`str.format` and `format_map`, sandboxed as Jinja does, and measured."""
        if not isinstance(value, METHODS) or (value.__name__ not in ("format", "format_map")):
            return None
        owner: Any = value.__self__
        if not isinstance(owner, str):
            return None
        str_type: type[str] = type(owner)
        is_format_map = value.__name__ == "format_map"

        def wrapper(*args: Any, **kwargs: Any) -> str:
            budget = current_budget()
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
    """`function` guarded, and marked so that `add_filters` does not guard it twice."""
    guarded = guard_filter(name, function)
    guarded.coordreg_guarded = True  # type: ignore[attr-defined]
    return guarded
