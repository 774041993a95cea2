"""`coordreg templates export DIR`: the bundled templates, for an office to start from.

Writes every Markdown template (`plan.md.j2`, `review.md.j2`, `regulation.md.j2`,
`minutes.md.j2` and the partials `_heading.md.j2`, `_closing.md.j2`), which are
each document's one source of words in every format; the HTML page `base.html.j2`
(its CSS); and `reference.docx`, coordreg's Word styles and page set-up, for the
office to restyle and give its letterhead. An existing file is never replaced
without `force`: all are checked before any is written, and each is written
atomically (a temporary file, then a link or a rename). Nothing is written through
a symbolic link leading out of the repository (`link_outside`, exit 2).
"""

from __future__ import annotations

import io
from pathlib import Path

from coordreg.documents.docx.page import bundled_reference
from coordreg.documents.docx.reference import NAME as REFERENCE
from coordreg.errors import RefusedError, UsageError
from coordreg.files import probe
from coordreg.files.atomic import cannot_write, write_atomic
from coordreg.files.root import confine
from coordreg.render.template_loader import builtin_templates

PAGE = "base.html.j2"


def bundled_files() -> dict[str, bytes]:
    """Each exported file's name and bytes."""
    folder = builtin_templates()
    files = {file.name: file.read_bytes() for file in sorted(folder.glob("*.md.j2"))}
    files[PAGE] = (folder / PAGE).read_bytes()
    saved = io.BytesIO()
    bundled_reference().save(saved)
    files[REFERENCE] = saved.getvalue()
    return files


def export_templates(folder: Path, force: bool = False) -> list[Path]:
    """Write the bundled files into `folder` (made if missing); the paths written."""
    if probe.exists(folder) and not probe.is_dir(folder):
        raise UsageError("templates_export_not_folder", path=str(folder))
    files = bundled_files()
    targets = [folder / name for name in files]
    # As a document's output: nothing is written through a link leading out of
    # the repository (the folder, or with `force` a template file, can be one).
    for target in targets:
        confine(target)
    if not force:
        for target in targets:
            if probe.exists(target) or target.is_symlink():
                raise RefusedError("templates_export_exists", path=str(target))
    for target, data in zip(targets, files.values(), strict=True):
        try:
            write_atomic(target, data, exclusive=not force)
        except FileExistsError:  # made by another process since the check
            raise RefusedError("templates_export_exists", path=str(target)) from None
        except OSError as error:
            raise cannot_write(target, error) from None
    return targets
