"""Where templates are read from: the bundled ones, and an office's folder, confined to it.

The bundled templates are `templates/` in the source tree, installed as the data
package `coordreg_templates`. An office's own (`--templates DIR`) are read only
from inside their folder: a file there that is a link leading out of it is
refused (`template_outside`); Jinja itself refuses a name with `..`, and looks an
absolute name up inside the folder. A file past the budget's template size is
refused (`template_file_too_large`), and one that is not UTF-8 is named with the
byte where it stops being text (`template_not_utf8`).
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Callable
from pathlib import Path

import jinja2

# Jinja internal: how FileSystemLoader splits a template name into path pieces,
# refusing `..`; used as is so that a name means here what it means to Jinja.
from jinja2.loaders import split_template_path

from coordreg.errors import RefusedError
from coordreg.render.budget import current_budget


def builtin_templates() -> Path:
    """The bundled templates (`templates/` in the source tree, packaged as coordreg_templates)."""
    return Path(str(importlib.resources.files("coordreg_templates")))


class NotTextError(Exception):
    """A template file that is not UTF-8; `render` names it as the user knows it."""

    def __init__(self, filename: str, byte: int) -> None:
        super().__init__(filename)
        self.filename = filename
        self.byte = byte


class FolderLoader(jinja2.FileSystemLoader):
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
        limit = current_budget().limits.template_bytes
        size = real.stat().st_size
        if size > limit:
            raise RefusedError("template_file_too_large", name=template, size=size, limit=limit)
        try:
            with real.open(encoding=self.encoding) as stream:
                contents = stream.read(limit + 1)
        except UnicodeDecodeError as error:
            raise NotTextError(str(file), error.start + 1) from None
        mtime = file.stat().st_mtime

        def uptodate() -> bool:
            try:
                return file.stat().st_mtime == mtime
            except OSError:
                return False

        return contents, str(file), uptodate
