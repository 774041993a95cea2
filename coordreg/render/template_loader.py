"""Where templates are read from: the bundled ones, and an office's folder, confined to it.

The bundled templates are `templates/` in the source tree, installed as the data
package `coordreg_templates`. An office's own (`--templates DIR`) are read only
from inside their folder: a file there that is a link leading out of it is
refused (`template_outside`); Jinja itself refuses a name with `..`, and looks an
absolute name up inside the folder. A file past the budget's template size is
refused (`template_file_too_large`), and one that is not UTF-8 is named with the
byte where it stops being text (`template_not_utf8`).

A name the office's folder holds is the office's, whatever it is: a link to
nothing (`template_dangling_link`), a FIFO, a device or a folder
(`template_not_a_file`; a FIFO is never opened, so nothing waits on it) or a
file that cannot be read (`template_unreadable`) is refused, never quietly
replaced by the bundled template of that name. Only a name the folder does not
hold at all is looked up among the bundled templates.
"""

from __future__ import annotations

import errno
import importlib.resources
import os
import stat
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


# The per-document HTML templates of coordreg before one source per document: an
# office's copy of one is no longer read, and is named so its wording is not lost unseen.
RETIRED_TEMPLATES = (
    "plan.html.j2",
    "review.html.j2",
    "regulation.html.j2",
    "minutes.html.j2",
    "_heading.html.j2",
    "_closing.html.j2",
)


def retired_templates(folder: Path) -> list[str]:
    """The retired per-document HTML templates an office's folder still holds."""
    return [name for name in RETIRED_TEMPLATES if os.path.lexists(folder / name)]


class NotTextError(Exception):
    """A template file that is not UTF-8; `render` names it as the user knows it."""

    def __init__(self, filename: str, byte: int) -> None:
        super().__init__(filename)
        self.filename = filename
        self.byte = byte


class FolderLoader(jinja2.FileSystemLoader):
    """Jinja's FileSystemLoader, refusing a file that leads out of its folder, is too big or
    is not a regular file."""

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        pieces = split_template_path(template)
        for folder in self.searchpath:
            file = Path(folder, *pieces)
            if _holds(file, template, folder):
                break
        else:
            raise jinja2.TemplateNotFound(template)
        real = _resolved(file, template, folder)
        if not real.is_relative_to(Path(folder).resolve()):
            raise RefusedError("template_outside", name=template, folder=folder, target=real)
        contents = _read(file, real, template, folder, self.encoding)
        mtime = _mtime(file)

        def uptodate() -> bool:
            return mtime is not None and _mtime(file) == mtime

        return contents, str(file), uptodate


def _holds(file: Path, template: str, folder: str) -> bool:
    """Whether `folder` has an entry at `file`, whatever its kind (a link to nothing too)."""
    try:
        file.lstat()
    except (FileNotFoundError, NotADirectoryError):
        return False
    except OSError as error:
        raise RefusedError(
            "template_unreadable", name=template, folder=folder, reason=_reason(error)
        ) from None
    return True


def _resolved(file: Path, template: str, folder: str) -> Path:
    """Where `file` leads, its links followed; a loop of links cannot be read."""
    try:
        return file.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a loop of links, before Python 3.13
        reason = os.strerror(errno.ELOOP)
        raise RefusedError(
            "template_unreadable", name=template, folder=folder, reason=reason
        ) from None


def _read(file: Path, real: Path, template: str, folder: str, encoding: str) -> str:
    """The text of a regular file, never more than the size limit; refusals for the rest."""
    raw = _read_bytes(file, real, template, folder, current_budget().limits.template_bytes)
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise NotTextError(str(file), error.start + 1) from None
    # As a file opened as text reads it (universal newlines), as Jinja's own loader does.
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read_bytes(file: Path, real: Path, template: str, folder: str, limit: int) -> bytes:
    """The bytes of a regular file, never more than `limit`; refusals for the rest."""
    try:
        if not real.exists() and file.is_symlink():
            target = file.readlink()
            raise RefusedError(
                "template_dangling_link", name=template, folder=folder, target=target
            )
        # O_NONBLOCK: a FIFO (there, or put there since) is not waited on; fstat tells.
        flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
        descriptor = os.open(real, flags)
        try:
            info = os.fstat(descriptor)
            if not stat.S_ISREG(info.st_mode):
                raise RefusedError("template_not_a_file", name=template, folder=folder)
            if info.st_size > limit:
                raise RefusedError(
                    "template_file_too_large", name=template, size=info.st_size, limit=limit
                )
            with os.fdopen(descriptor, "rb", closefd=False) as stream:
                raw = stream.read(limit + 1)
        finally:
            os.close(descriptor)
    except OSError as error:
        raise RefusedError(
            "template_unreadable", name=template, folder=folder, reason=_reason(error)
        ) from None
    if len(raw) > limit:
        raise RefusedError("template_file_too_large", name=template, size=len(raw), limit=limit)
    return raw


def read_folder_file(folder: Path, name: str, limit: int) -> bytes | None:
    """The bytes of `name` in an office's folder (its reference.docx), None when the
    folder has no such entry; refused as a template would be: a link out of the
    folder, a link to nothing, not a regular file, over `limit` bytes."""
    file = folder / name
    shown = str(folder)
    if not _holds(file, name, shown):
        return None
    real = _resolved(file, name, shown)
    if not real.is_relative_to(folder.resolve()):
        raise RefusedError("template_outside", name=name, folder=shown, target=real)
    return _read_bytes(file, real, name, shown, limit)


def _mtime(file: Path) -> float | None:
    try:
        return file.stat().st_mtime
    except OSError:
        return None


def _reason(error: OSError) -> str:
    return error.strerror or str(error)
