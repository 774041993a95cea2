"""Rendering a document from a template: `render`, the one place the Jinja environment is built.

Every template, the bundled ones and an office's own (`--templates DIR`), runs in
the one sandboxed environment built here (`environment`, cached per folder), with
StrictUndefined: a template can read the data it is given and nothing else, and a
misspelt variable is an error, not an empty string. HTML templates (`*.html.j2`)
autoescape, so regulation text such as `<script>` is printed, not run. coordreg's
own filters are registered here, in one place.

The bundled templates are ours: they render in the calling process. An office's
own render in a child process held to the operating system's limits of
processor time, memory and output (`isolation.py`, `child.py`), so that no
filter and no construct can outrun the budget; the child receives the same
inputs (the document's context, pickled) and renders with the same code.

The rest lives beside this module, one room each:

- `budget.py`: the limits of one render (processor time, output, items, steps,
  depth, template size, memory) and the account of what it has used;
- `sandbox.py`: what a template may touch, and every operation held to the budget;
  `measure.py` and `filter_guards.py` size values and filters before they run;
- `template_loader.py`: the bundled templates, and an office's folder, confined to it.

A template over a limit is refused (exit 1) with the template, the line and the
limit. Any other error a template raises (a division by zero, an unsafe attribute
used) is reported with its template and line (`template_error`), never as a
traceback.
"""

from __future__ import annotations

import inspect
from collections.abc import Generator, Mapping
from functools import cache
from pathlib import Path
from typing import Any, Protocol, cast

import jinja2

from coordreg.errors import RefusedError, UsageError
from coordreg.render import textfmt
from coordreg.render.budget import Budget, LimitError, Limits, TimeUp, spending
from coordreg.render.isolation import render_isolated
from coordreg.render.sandbox import TemplateSandbox
from coordreg.render.template_loader import FolderLoader, NotTextError, builtin_templates

__all__ = [
    "LIMITS",
    "Limits",
    "TemplateData",
    "environment",
    "render",
    "render_sandboxed",
    "template_mapping",
]
# Python's own messages can quote a whole value (a key of five million letters):
# what a refusal says of them is cut to this many characters.
MAX_DETAIL = 300

# The limits of every render not given its own; `render` reads it at each call, so
# tests can set smaller ones for the whole command line.
LIMITS = Limits()


@cache
def environment(user_dir: Path | None = None) -> TemplateSandbox:
    """The environment for bundled templates, or for an office's folder in front of them."""
    search = [str(user_dir)] if user_dir is not None else []
    search.append(str(builtin_templates()))
    env = TemplateSandbox(
        loader=FolderLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.add_filters(
        {
            # `short_date` is the name office templates have used since the first
            # release; both names are the one date rule (`textfmt.legal_date`).
            "short_date": textfmt.legal_date,
            "legal_date": textfmt.legal_date,
            "percent": textfmt.percent,
            "upper_vn": textfmt.upper,
            "md_cell": textfmt.md_cell,
            "sentence": textfmt.sentence,
            "md_text": textfmt.md_text,
        }
    )
    # Every `{{ ... }}` shows control characters as escapes (`textfmt.shown`), once
    # the budget has counted it: no document carries one from a file.
    counted = env.finalize
    assert counted is not None  # the sandbox's own, which counts the output
    env.finalize = lambda value: textfmt.shown(counted(value))
    return env


class TemplateData(Protocol):
    """A document's context: what a template receives is its `as_template_mapping()`."""

    def as_template_mapping(self) -> dict[str, object]: ...


def template_mapping(context: Mapping[str, Any] | TemplateData) -> dict[str, Any]:
    """The names a template receives, from a mapping or a document's context."""
    if isinstance(context, Mapping):
        return dict(context)
    return context.as_template_mapping()


def render(
    template: str,
    context: Mapping[str, Any] | TemplateData,
    user_dir: Path | None = None,
    limits: Limits | None = None,
) -> str:
    """Render a template by name; template errors become a clear refusal, not a traceback.

    `limits` (default `LIMITS`, read at each call) bounds the processor time, the
    output, the memory and the work; past one the render stops and is refused
    (exit 1). With `user_dir` (an office's folder), the render runs in a child
    process: `context` must then pickle, as the documents' contexts do.
    """
    limits = limits or LIMITS
    if user_dir is None:
        return render_sandboxed(template, template_mapping(context), None, limits)
    try:
        is_folder = user_dir.is_dir()
    except OSError:  # a name too long, say: no folder either
        is_folder = False
    if not is_folder:
        # Not a quiet fall back on the bundled templates: the office asked for its own.
        raise UsageError("templates_not_a_folder", path=str(user_dir))
    return render_isolated(template, context, user_dir, limits)


def render_sandboxed(
    template: str,
    context: dict[str, Any],
    user_dir: Path | None,
    limits: Limits,
    alarm: bool = False,
) -> str:
    """Compile and render `template` in the sandbox within `limits`; any failure a `RefusedError`.

    The seam between the callers and a template's code: every line of a template
    runs inside this call, which takes and returns plain values and raises only
    `RefusedError`; an office's template's child process (`coordreg.render.child`)
    makes this same call, with `alarm` when its processor-time alarm is set (then
    the alarm alone keeps the time).
    """
    folder = user_dir.absolute() if user_dir is not None else None
    try:
        with spending(limits, timed=not alarm) as budget:
            text = _render(environment(folder), template, context, budget)
        _check_text(text, _shown(template, user_dir, folder, top=True))
        return text
    except RefusedError:
        raise
    except NotTextError as error:
        name = _shown(error.filename, user_dir, folder)
        raise RefusedError("template_not_utf8", name=name, byte=error.byte) from None
    except LimitError as error:
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
    except TimeUp as error:
        name, line = _where(error, template, user_dir, folder)
        seconds = f"{limits.seconds:g}"
        raise RefusedError("template_timeout", name=name, line=line, seconds=seconds) from None
    except MemoryError as error:
        name, line = _where(error, template, user_dir, folder)
        megabytes = limits.memory // (1024 * 1024)
        raise RefusedError("template_memory", name=name, line=line, limit=megabytes) from None
    except Exception as error:
        name, line = _where(error, template, user_dir, folder)
        detail = str(error)
        if not isinstance(error, jinja2.TemplateError):
            detail = f"{type(error).__name__}: {detail}"
        if len(detail) > MAX_DETAIL:
            detail = detail[: MAX_DETAIL - 1] + "…"
        raise RefusedError("template_error", name=name, line=line, detail=detail) from None


def _render(env: TemplateSandbox, name: str, context: dict[str, Any], budget: Budget) -> str:
    stream = cast(Generator[str, None, None], env.get_template(name).generate(context))
    chunks: list[str] = []
    size = 0
    try:
        for chunk in stream:
            size += len(chunk)
            if size > budget.limits.output:
                # Raised where the template is, so that the message has its line.
                stream.throw(LimitError("template_too_large", limit=budget.limits.output))
            chunks.append(chunk)
    except TimeUp:
        # The alarm went off here, between two pieces of a template that writes as it
        # loops, not inside the template: raised again where the template stands, so
        # that the message names its line, as when the alarm finds the template running.
        if inspect.getgeneratorstate(stream) != inspect.GEN_SUSPENDED:
            raise  # raised in the template, which has ended with it
        stream.throw(TimeUp())
        raise  # pragma: no cover - the template cannot go on after the throw
    return "".join(chunks)


def _check_text(text: str, name: str) -> None:
    """Refuse a document holding what is no character (`"%c" % 55296`, a lone surrogate).

    Such text cannot be written out in UTF-8: refused here, as the template's fault,
    rather than failing where the document is written.
    """
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        code = f"{ord(text[error.start]):04X}"
        raise RefusedError(
            "template_not_a_character", name=name, code=code, position=error.start + 1
        ) from None


def _where(
    error: BaseException, template: str, user_dir: Path | None, folder: Path | None
) -> tuple[str, int]:
    """The template and line an error was raised at, from the frames of the template's code."""
    name, line = _shown(template, user_dir, folder, top=True), 0
    trace = error.__traceback__
    while trace is not None:
        frame_globals = trace.tb_frame.f_globals
        # Jinja internals: the frames Jinja adds for a template line when it rewrites
        # the traceback of an `Exception` (jinja2.debug) carry it as
        # `__jinja_exception__` and the template file as `__file__`; a frame of a
        # template's compiled code, not rewritten (`TimeUp` is a BaseException),
        # carries its Template as `__jinja_template__`, which maps the line back.
        # The traceback is the only place the line of a runtime error is kept.
        compiled = frame_globals.get("__jinja_template__")
        if "__jinja_exception__" in frame_globals:
            name = _shown(str(frame_globals["__file__"]), user_dir, folder)
            line = trace.tb_lineno
        elif isinstance(compiled, jinja2.Template) and compiled.filename is not None:
            name = _shown(compiled.filename, user_dir, folder)
            line = compiled.get_corresponding_lineno(trace.tb_lineno)
        trace = trace.tb_next
    return name, line


def _shown(filename: str, user_dir: Path | None, folder: Path | None, top: bool = False) -> str:
    """A template file as the user knows it: inside the folder given, or the bundled name.

    With `top`, `filename` is a template's name, looked up as the loader would.
    """
    if top:
        if folder is None or user_dir is None or not (folder / filename).exists():
            return filename
        filename = str(folder / filename)
    file = Path(filename)
    if folder is not None and user_dir is not None and file.is_relative_to(folder):
        return str(user_dir / file.relative_to(folder))
    builtin = builtin_templates()
    if file.is_relative_to(builtin):
        return file.relative_to(builtin).as_posix()
    return filename
