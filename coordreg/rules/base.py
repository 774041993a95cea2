"""What a rule sees, and the helpers rules share.

A rule module has `CODE`, `NAME`, `SEVERITY`, `SCOPE` ("regulation",
"evaluation", or "any" for a rule that reads only the file, `context.doc`), a
docstring that is its user documentation (with a failing and a passing example),
and `check(context)`, a generator of findings.
"""

from __future__ import annotations

import difflib
import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from coordreg.findings import Finding, Severity, finding
from coordreg.loader.document import Document
from coordreg.model import Evaluation, Regulation
from coordreg.model.timeline import Timeline

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class RegulationContext:
    doc: Document
    regulation: Regulation
    file: Path
    # The regulation through time, shared by the rules of one file (built once).
    timeline: Timeline = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "timeline", Timeline(self.regulation))

    def at(self, path: Path_, code: str, severity: Severity, **args: Any) -> Finding:
        """A finding at the value found at `path` in the file."""
        return finding(self.doc.path, self.doc.value_position(path), code, severity, **args)

    def at_key(self, path: Path_, code: str, severity: Severity, **args: Any) -> Finding:
        """A finding at the key that holds the value at `path`."""
        return finding(self.doc.path, self.doc.key_position(path), code, severity, **args)


@dataclass(frozen=True)
class EvaluationContext:
    doc: Document
    evaluation: Evaluation
    file: Path
    # None when the regulation file is missing or has errors of its own: rules
    # that compare the record with the regulation are then skipped.
    regulation: Regulation | None
    # The record of the year before, when it was checked in the same run.
    previous: Evaluation | None = None
    # The regulation through time, when there is a regulation: given when the records
    # of one regulation share it (its projections are computed once), else built here.
    timeline: Timeline | None = field(default=None, compare=False)

    def __post_init__(self) -> None:
        if self.timeline is None and self.regulation is not None:
            object.__setattr__(self, "timeline", Timeline(self.regulation))

    def at(self, path: Path_, code: str, severity: Severity, **args: Any) -> Finding:
        return finding(self.doc.path, self.doc.value_position(path), code, severity, **args)

    def at_key(self, path: Path_, code: str, severity: Severity, **args: Any) -> Finding:
        """A finding at the key that holds the value at `path`."""
        return finding(self.doc.path, self.doc.key_position(path), code, severity, **args)


def suggest(wrong: str, candidates: Iterable[str]) -> str:
    """The candidate the user most likely meant, or "" when none is close."""
    options = list(candidates)
    for option in options:
        if option.casefold() == wrong.casefold():
            return option
    close = difflib.get_close_matches(wrong, options, n=1, cutoff=0.6)
    return close[0] if close else ""


def did_you_mean(wrong: str, candidates: Iterable[str]) -> dict[str, str | bool]:
    """A finding's "did you mean" arguments: the `suggestion`, and whether it is `sole`.

    `sole` says that exactly one candidate fits (one equal but for case, or else
    one near miss): `coordreg check --fix` writes a suggestion only then, since
    with two near misses the choice is the user's.
    """
    options = list(candidates)
    distinct = sorted(set(options))
    same = [option for option in distinct if option.casefold() == wrong.casefold()]
    fitting = same or difflib.get_close_matches(wrong, distinct, n=2, cutoff=0.6)
    return {"suggestion": suggest(wrong, options), "sole": len(fitting) == 1}


VIETNAMESE_POINT_LETTERS = [
    "a",
    "b",
    "c",
    "d",
    "đ",
    "e",
    "g",
    "h",
    "i",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "q",
    "r",
    "s",
    "t",
    "u",
    "v",
    "x",
    "y",
]


def roman(number: int) -> str:
    """`number` in Roman numerals, as chapters are numbered."""
    digits = (
        (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
        (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
    )  # fmt: skip
    out = []
    for value, letters in digits:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


_ROMAN_VALUES = {roman(number): number for number in range(1, 200)}


def from_roman(text: str) -> int | None:
    """The value of a Roman numeral (up to 199), or None when `text` is not one."""
    return _ROMAN_VALUES.get(text)


def numbering_slips(values: list[int | None], first: int = 1) -> list[tuple[int, int]]:
    """(index, expected value) of each item that breaks a 1, 2, 3 ... sequence.

    One slip gives one finding: after a wrong value the count goes on from
    what was written (a jump or a restart), unless the next item continues from
    the expected value, in which case the wrong one was a typo (3, 7, 5).
    Values that are not numbers at all (None) count as typos.
    """
    slips: list[tuple[int, int]] = []
    previous = first - 1
    for index, value in enumerate(values):
        expected = previous + 1
        if value == expected:
            previous = value
            continue
        slips.append((index, expected))
        following = values[index + 1] if index + 1 < len(values) else None
        previous = expected if value is None or following == expected + 1 else value
    return slips


_Asked = ParamSpec("_Asked")
_Answer = TypeVar("_Answer")


def last_answer(function: Callable[_Asked, _Answer]) -> Callable[_Asked, _Answer]:
    """`function`, answering at once when asked again of the very objects it was last
    asked of (the same by identity: a file's data, a regulation and its Timeline's
    `effective` are never changed once made).

    For what several rules ask of one file, one rule after another. One answer is
    held at a time, so memory does not grow with the files checked.
    """
    held: list[tuple[tuple[object, ...], _Answer]] = []

    @functools.wraps(function)
    def answer(*about: _Asked.args, **named: _Asked.kwargs) -> _Answer:
        if named:  # asked by name: not what the rules do, so not remembered
            return function(*about, **named)
        if held:
            asked, found = held[0]
            if len(asked) == len(about) and all(a is b for a, b in zip(asked, about, strict=True)):
                return found
        found = function(*about, **named)
        held[:] = [(about, found)]
        return found

    return answer


@last_answer
def all_texts(data: object) -> str:
    """Every text (value, not key) in a file's data, joined by line feeds, in no set order.

    For the rules that look for something in every text (CR706, CR802, which ask
    of the same regulation in turn): one search of this tells whether any text
    holds it, and only then are the texts walked with their paths to say where. A
    line feed is never what they look for.
    """
    found: list[str] = []
    stack = [data]
    pop, push, keep = stack.pop, stack.extend, found.append
    while stack:
        item = pop()
        # The loader's plain types: no subclass to allow for.
        if type(item) is str:
            keep(item)
        elif type(item) is dict:
            push(item.values())
        elif type(item) is list:
            push(item)
    return "\n".join(found)
