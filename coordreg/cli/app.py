"""The typer app, the options commands share, and the one place errors become messages.

Commands raise coordreg's errors and never catch them: `CoordregGroup`, the
app's command group, turns each into a message in the command's `--lang` and an
exit status, never a traceback; and Ctrl-C into `coordreg: interrupted`, exit 130.
"""

from __future__ import annotations

import os
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from coordreg import streams
from coordreg.catalogue.controls import one_line
from coordreg.cli.values import checked_paths
from coordreg.errors import CatalogueError, CoordregError, DataError, RefusedError, UsageError
from coordreg.version import __version__

if TYPE_CHECKING:
    # The click that typer runs on (recent typer carries its own copy): the type of
    # the contexts `TyperGroup.invoke` takes.
    from typer._click import Context

# Where a command's --lang is kept for the error handler, in the `meta` that every
# context of one run shares.
_LANGUAGE = "coordreg.lang"


def report_error(error: CoordregError, lang: str) -> int:
    """Print `error` as the user should read it; the exit status it calls for.

    A refusal (the data does not allow the request) exits 1, and so does input
    with errors, whose findings are printed as `coordreg check` prints them;
    anything else (the command cannot run as asked) exits 2.
    """
    if isinstance(error, DataError):
        from coordreg.reporters.text import report_text

        report_text(error.result, sys.stderr, lang)
        return 1
    message = error.message(lang) if isinstance(error, CatalogueError) else str(error)
    typer.echo(f"coordreg: {one_line(message)}", err=True)
    return 1 if isinstance(error, RefusedError) else 2


class CoordregGroup(TyperGroup):
    """The app's command group: coordreg's errors, from any command, become messages;
    every command's help in one style (`helpstyle`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from coordreg.cli.helpstyle import restyle

        restyle(self)

    def invoke(self, ctx: Context) -> Any:
        try:
            return super().invoke(ctx)
        except CoordregError as error:
            status = report_error(error, ctx.meta.get(_LANGUAGE) or _fallback_language())
            raise typer.Exit(status) from None
        except OSError as error:
            # The last guard for a path no check saw: one made from others (an id
            # under --root, a link's target) that the system refuses, as too long
            # or otherwise. Any other OSError is not about a path: not taken here.
            if error.filename is None:
                raise
            problem = UsageError(
                "path_unusable", path=_named(error.filename), reason=error.strerror or str(error)
            )
            status = report_error(problem, ctx.meta.get(_LANGUAGE) or _fallback_language())
            raise typer.Exit(status) from None

        except KeyboardInterrupt:
            # SIGINT (Ctrl-C): one line and 130, not typer's silent 130. A write in
            # progress has removed its temporary file on the way here.
            from coordreg.interruption import interrupted, language_asked

            lang = ctx.meta.get(_LANGUAGE) or language_asked(sys.argv[1:])
            raise typer.Exit(interrupted(lang)) from None


def _named(filename: object) -> str:
    """An OSError's file name as text: bytes as the system names files (os.fsdecode)."""
    return os.fsdecode(filename) if isinstance(filename, bytes | str) else str(filename)


app = typer.Typer(
    name="coordreg",
    help="Check, render and compare inter-ministry coordination regulations (Quy chế phối hợp).",
    cls=CoordregGroup,
    no_args_is_help=True,
    # -h as well as --help, for every command (click passes it down to each).
    context_settings={"help_option_names": ["-h", "--help"]},
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


class Lang(StrEnum):
    en = "en"
    vi = "vi"


def _fallback_language() -> str:
    """The language of an error raised before a command's --lang was read."""
    from coordreg.files.settings import DEFAULT_LANGUAGE, default_language

    try:
        return default_language()
    except CoordregError:  # the setting itself is the error being reported
        return DEFAULT_LANGUAGE


def _remember_language(ctx: typer.Context, lang: Lang) -> Lang:
    """The command's language: --lang when given, else the user's or the repository's
    setting (`coordreg.files.settings`), else Vietnamese.

    Kept for the command's error messages too, which are printed after the
    command's own context is gone (`CoordregGroup.invoke`).
    """
    source = ctx.get_parameter_source("lang")
    if source is None or source.name != "COMMANDLINE":
        from coordreg.files.settings import default_language

        ctx.meta[_LANGUAGE] = "vi"  # a bad setting is reported in the default language
        lang = Lang(default_language())
    ctx.meta[_LANGUAGE] = lang.value
    streams.use_language(lang.value)
    return lang


LANG_DEFAULT_HELP = "default: COORDREG_LANG, else coordreg.toml's lang, else vi"


def lang_option(help_text: str) -> Any:
    """A command's --lang: of its output, and of its error messages too.

    Eager, so that it is read before the other options, whose checks
    (`coordreg.cli.values`) may refuse a value in its language.
    """
    return typer.Option(
        "--lang",
        help=f"{help_text} ({LANG_DEFAULT_HELP}).",
        callback=_remember_language,
        is_eager=True,
        show_default=False,
    )


LangOption = Annotated[Lang, lang_option("Language of messages: vi or en")]
RegulationArgument = Annotated[
    str,
    typer.Argument(
        help="A regulation: its id under regulations/, its folder, or its regulation.yaml.",
        callback=checked_paths,
    ),
]


def say(msgid: str, lang: str | Lang, **args: object) -> None:
    """Print a catalogue message, "coordreg: ...", on standard error."""
    from coordreg.catalogue.errors import render_error

    language = lang.value if isinstance(lang, Lang) else lang
    typer.echo(f"coordreg: {render_error(msgid, args, language)}", err=True)


def write_out(content: str | bytes, output: Path | None, lang: str | Lang) -> None:
    """Write `content` to the `-o` file (saying so on standard error) or to standard output."""
    from coordreg.documents.output import emit

    emit(content, output)
    if output is not None:
        say("wrote", lang, path=str(output))


def _version(value: bool) -> None:
    if value:
        typer.echo(f"coordreg {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", callback=_version, is_eager=True, help="Print the version."
        ),
    ] = False,
) -> None:
    """Check, render and compare coordination regulations kept as YAML."""


def run() -> None:
    """Run the app (coordreg's errors become messages in `CoordregGroup`), its standard
    output and error guarded (`coordreg.streams`: encodings, full disks, closed pipes)."""
    streams.run(app)
