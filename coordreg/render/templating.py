"""Rendering a document from a template: `render`, the one place the Jinja environment is built.

Every template, the bundled ones and an office's own (`--templates DIR`), runs in
the one sandboxed environment built here (`environment`, cached per folder), with
StrictUndefined: a template can read the data it is given and nothing else, and a
misspelt variable is an error, not an empty string. HTML templates (`*.html.j2`)
autoescape, so regulation text such as `<script>` is printed, not run. coordreg's
own filters are registered here, in one place.

The rest lives beside this module, one room each:

- `budget.py`: the limits of one render (time, output, items, steps, depth,
  template size) and the account of what it has used;
- `sandbox.py`: what a template may touch, and every operation held to the budget;
  `measure.py` and `filter_guards.py` size values and filters before they run;
- `template_loader.py`: the bundled templates, and an office's folder, confined to it.

A template over a limit is refused (exit 1) with the template, the line and the
limit. Any other error a template raises (a division by zero, an unsafe attribute
used) is reported with its template and line (`template_error`), never as a
traceback.
"""

from __future__ import annotations

from collections.abc import Generator
from functools import cache
from pathlib import Path
from typing import Any, cast

import jinja2

from coordreg.errors import RefusedError, UsageError
from coordreg.render import textfmt
from coordreg.render.budget import Budget, LimitError, Limits, spending
from coordreg.render.sandbox import TemplateSandbox
from coordreg.render.template_loader import FolderLoader, NotTextError, builtin_templates

__all__ = ["LIMITS", "Limits", "environment", "render", "render_sandboxed"]

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
            "short_date": textfmt.short_date,
            "percent": textfmt.percent,
            "upper_vn": textfmt.upper,
            "md_cell": textfmt.md_cell,
            "md_text": textfmt.md_text,
        }
    )
    # Every `{{ ... }}` shows control characters as escapes (`textfmt.shown`), once
    # the budget has counted it: no document carries one from a file.
    counted = env.finalize
    assert counted is not None  # the sandbox's own, which counts the output
    env.finalize = lambda value: textfmt.shown(counted(value))
    return env


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
    return render_sandboxed(template, context, user_dir, limits or LIMITS)


def render_sandboxed(
    template: str, context: dict[str, Any], user_dir: Path | None, limits: Limits
) -> str:
    """Compile and render `template` in the sandbox within `limits`; any failure a `RefusedError`.

    The seam between the callers and a template's code: every line of a template
    runs inside this call, which takes and returns plain values and raises only
    `RefusedError`. To run an office's templates in a child process, this is the
    call to move there.
    """
    folder = user_dir.absolute() if user_dir is not None else None
    try:
        with spending(limits) as budget:
            return _render(environment(folder), template, context, budget)
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
    except Exception as error:
        name, line = _where(error, template, user_dir, folder)
        detail = str(error)
        if not isinstance(error, jinja2.TemplateError):
            detail = f"{type(error).__name__}: {detail}"
        raise RefusedError("template_error", name=name, line=line, detail=detail) from None


def _render(env: TemplateSandbox, name: str, context: dict[str, Any], budget: Budget) -> str:
    stream = cast(Generator[str, None, None], env.get_template(name).generate(context))
    chunks: list[str] = []
    size = 0
    for chunk in stream:
        size += len(chunk)
        if size > budget.limits.output:
            # Raised where the template is, so that the message has its line.
            stream.throw(LimitError("template_too_large", limit=budget.limits.output))
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
        # Jinja internal: the frames Jinja adds for a template line (jinja2.debug) carry
        # the exception as `__jinja_exception__` and the template file as `__file__`;
        # the traceback is the only place the line of a runtime error is kept.
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
