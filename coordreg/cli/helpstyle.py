"""One style of placeholder in `--help`: words in capitals, never Python's types.

Typer prints a parameter's Python type as its placeholder (`paths... <list[Path]>`,
`--since <str>`); a secretariat officer reads those as noise. Every parameter of
every command gets a placeholder in one style instead, unless it names its own
(`ID`, `FILE`, `DATE`): `PATH` for files and folders, `N` for numbers, `TEXT` for
words, the choices as `[text|json]`; an argument is its name in capitals.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, get_args

from typer.core import TyperArgument, TyperOption

if TYPE_CHECKING:
    from typer._click import Command, Context

_TYPE_WORDS: dict[object, str] = {int: "N", float: "NUMBER", str: "TEXT"}
# What a parameter holds, by its name in the commands' signatures, where its type
# alone says too little ("TEXT" for a day or an id).
_NAMED: dict[str, str] = {
    "since": "DATE",
    "at": "DATE",
    "regulation_id": "ID",
    "start": "DATE",
    "end": "DATE",
    "effective": "DATE",
    "act_signed": "DATE",
    "year": "YEAR",
    "end_year": "YEAR",
    "source": "ID",
    "target": "ID",
    "duty": "ID",
    "duties": "ID",
    "act": "ID",
    "act_id": "ID",
    "party": "ID",
    "parties": "ID:NAME",
    "article": "N",
    "articles": "N",
}


class _Argument(TyperArgument):
    """An argument whose help line is its placeholder alone, without a type after it."""

    def display_type_rich(self, ctx: Context) -> str | None:
        return None


def _placeholder(param: TyperOption) -> str:
    if param.name in _NAMED:
        return _NAMED[param.name]
    # typer describes a parameter's Python type here (recent typer has no click type).
    described = param.type_descriptor
    if described.choices:
        return "[" + "|".join(str(getattr(c, "value", c)) for c in described.choices) + "]"
    if described.is_path:
        return "PATH"
    annotation = described.annotation
    element = get_args(annotation)[0] if described.is_list else annotation
    return _TYPE_WORDS.get(element, "TEXT")


def restyle(command: Command) -> None:
    """Give every parameter of `command` (and of its subcommands) a placeholder in one style."""
    for param in command.params:
        if isinstance(param, TyperArgument):
            param.__class__ = _Argument
            if param.metavar is None and param.name is not None:
                param.metavar = param.name.upper()
        elif isinstance(param, TyperOption) and not param.is_flag and param.metavar is None:
            param.metavar = _placeholder(param)
    for sub in getattr(command, "commands", {}).values():
        restyle(sub)
