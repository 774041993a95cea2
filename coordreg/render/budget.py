"""The budget of one render: what a template may use, and the account of what it has used.

A template cannot run for ever or fill the memory: each render has a budget
(`Limits`, whose defaults are the constants below), checked cooperatively, in the
rendering thread. The sandbox (`coordreg.render.sandbox`) and the guarded filters
(`coordreg.render.filter_guards`) spend it, measuring values with
`coordreg.render.measure`, so that most runaway templates are refused with the
template, the line and the limit (exit 1), before the value is made:

- `RENDER_SECONDS` (5 s of processor time, `template_timeout`): one document,
  compiling included. Processor time, not the wall clock, so that the answer is
  the same on a loaded machine;
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
- `MAX_MEMORY` (512 MiB, `template_memory`): what an office's template may
  allocate on top of what its process holds when the render starts;
- and Jinja's own `MAX_RANGE`: `range()` gives at most 100,000 numbers.

Cooperative checks stop what they foresee. An office's own templates
(`--templates DIR`) also run in a child process (`coordreg.render.isolation`)
whose operating-system limits hold whatever a template does: its processor time
(an alarm at `seconds`, raising `TimeUp`, and a hard limit a second later), its
memory (`memory` more than it holds), its output. The bundled plan and review
render in-process in a millisecond or two, far inside them.

This module knows nothing of Jinja: a `Budget` is plain accounting, and the one
under way is found through a context variable, so that code Jinja calls (a filter,
the loader) reaches it without being handed it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

RENDER_SECONDS = 5.0
MAX_OUTPUT = 5_000_000
MAX_ITEMS = 100_000
MAX_STEPS = 1_000_000
MAX_DEPTH = 50
MAX_TEMPLATE_BYTES = 1_000_000
MAX_INT_DIGITS = 4300
MAX_MEMORY = 512 * 1024 * 1024

# What counts as text (held to the output limit) and as a collection (held to the
# items limit) when a value is made.
TEXTS = (str, bytes, bytearray)
COLLECTIONS = (list, tuple, dict, set, frozenset)


@dataclass(frozen=True)
class Limits:
    """What one render may use (see the module's docstring); tests pass smaller ones."""

    seconds: float = RENDER_SECONDS
    output: int = MAX_OUTPUT
    items: int = MAX_ITEMS
    steps: int = MAX_STEPS
    depth: int = MAX_DEPTH
    template_bytes: int = MAX_TEMPLATE_BYTES
    memory: int = MAX_MEMORY  # bytes: held to it in an office's template's process only


def clock() -> float:
    """The processor time of this thread: what a render is held to, whatever the machine's load."""
    return time.thread_time()


class LimitError(Exception):
    """A limit was reached inside the template; `render` makes it a refusal with its line."""

    def __init__(self, msgid: str, **args: Any) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.args_ = args


class TimeUp(BaseException):
    """The render's processor time is up, said by the child process's alarm (a signal).

    A `BaseException`, so that no `except Exception` in a template's way (Jinja's, a
    filter's, coordreg's own `repr_size`) can swallow it: it reaches `render`,
    which makes it the refusal `template_timeout` with the template's line.
    """


@dataclass
class Budget:
    """The account of one render against its `limits`; each check raises `LimitError`."""

    limits: Limits
    deadline: float
    steps: int = 0
    depth: int = 0
    printed: int = 0
    walked: int = 0
    # The length of repr() of values the template did not make (the data), by id.
    reprs: dict[int, tuple[object, int]] = field(default_factory=dict)

    ticks: int = 0

    def tick(self) -> None:
        """Refuse the render once its time is up; the clock is read every 16 ticks.

        (Reading a thread's processor time is a system call, a hundred times dearer
        than the operation it follows.)
        """
        self.ticks += 1
        if not self.ticks & 15 and clock() > self.deadline:
            raise LimitError("template_timeout", seconds=f"{self.limits.seconds:g}")

    def step(self) -> None:
        """One loop step or call, and a tick of the clock."""
        self.steps += 1
        if self.steps > self.limits.steps:
            raise LimitError("template_steps", limit=self.limits.steps)
        self.tick()

    def fits(self, size: int) -> None:
        """Refuse text of `size` characters past the output limit."""
        if size > self.limits.output:
            raise LimitError("template_too_large", limit=self.limits.output)

    def holds(self, count: int) -> None:
        """Refuse a collection of `count` items past the items limit."""
        if count > self.limits.items:
            raise LimitError("template_too_many_items", limit=self.limits.items)

    def sized(self, kind: Any, size: int) -> None:
        """`size` characters if `kind` is text, else `size` items."""
        if isinstance(kind, TEXTS):
            self.fits(size)
        else:
            self.holds(size)

    def check(self, value: Any) -> None:
        """A value just made: a string within the output limit, a collection within items."""
        if isinstance(value, TEXTS):
            self.fits(len(value))
        elif isinstance(value, COLLECTIONS):
            self.holds(len(value))
        elif isinstance(value, int) and not isinstance(value, bool):
            self.number(value.bit_length())

    def number(self, bits: int) -> None:
        """Refuse a number of `bits` bits that would print with too many digits."""
        if bits * 0.30103 > MAX_INT_DIGITS:
            raise LimitError("template_number_too_large", limit=MAX_INT_DIGITS)

    def repr_size(self, value: object) -> int:
        """len(repr(value)), worked out once per value of the data."""
        known = self.reprs.get(id(value))
        if known is None or known[0] is not value:
            try:
                size = len(repr(value))
            except Exception:
                size = 24
            known = self.reprs[id(value)] = (value, size)
        return known[1]


# The budget of the render under way in this thread (or task); none outside `render`.
_CURRENT: ContextVar[Budget | None] = ContextVar("coordreg_render_budget", default=None)


@contextmanager
def spending(limits: Limits, timed: bool = True) -> Iterator[Budget]:
    """Make a budget of `limits`, its clock starting now, the current one while inside.

    Not `timed` where an alarm keeps the time instead (the child process): two
    clocks at one deadline would race, and the loser could cut the refusal short.
    """
    deadline = clock() + limits.seconds if timed else float("inf")
    budget = Budget(limits, deadline)
    token = _CURRENT.set(budget)
    try:
        yield budget
    finally:
        _CURRENT.reset(token)


def current_budget() -> Budget:
    """The budget of the render under way; outside one, the default limits and no clock."""
    budget = _CURRENT.get()
    return budget if budget is not None else Budget(Limits(), float("inf"))
