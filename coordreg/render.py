"""The one place that builds the Jinja environment and renders documents.

Every template, the bundled ones and an office's own (`--templates DIR`), runs
in Jinja's sandbox with StrictUndefined: a template can read the data it is
given and nothing else, and a misspelt variable is an error, not an empty
string. HTML templates (`*.html.j2`) autoescape, so regulation text such as
`<script>` is printed, not run.
"""

from __future__ import annotations

import importlib.resources
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from coordreg import textfmt
from coordreg.errors import RefusedError


def builtin_templates() -> Path:
    """The bundled templates (`templates/` in the source tree, packaged as coordreg_templates)."""
    return Path(str(importlib.resources.files("coordreg_templates")))


@cache
def environment(user_dir: Path | None = None) -> SandboxedEnvironment:
    """The environment for bundled templates, or for an office's folder in front of them."""
    search = [str(user_dir)] if user_dir is not None else []
    search.append(str(builtin_templates()))
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2"), default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        short_date=textfmt.short_date,
        percent=textfmt.percent,
        upper_vn=textfmt.upper,
        md_cell=textfmt.md_cell,
    )
    return env


def render(template: str, context: dict[str, Any], user_dir: Path | None = None) -> str:
    """Render a template by name; template errors become a clear refusal, not a traceback."""
    try:
        return environment(user_dir).get_template(template).render(context)
    except jinja2.TemplateNotFound as error:
        raise RefusedError("template_missing", name=str(error)) from None
    except jinja2.TemplateSyntaxError as error:
        raise RefusedError(
            "template_error",
            name=error.filename or template,
            line=error.lineno,
            detail=error.message or "",
        ) from None
    except jinja2.TemplateError as error:
        raise RefusedError("template_error", name=template, line=0, detail=str(error)) from None
