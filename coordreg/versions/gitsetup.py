"""coordreg as git's diff driver: the set-up, and what git shows for a regulation.

`coordreg git-setup` adds `regulation.yaml diff=coordreg` to the repository's
.gitattributes and sets `diff.coordreg.command` in its own configuration; git
then runs `coordreg git-diff-driver` for those files in `git diff`, `git log -p`
and `git show`, with the old and new file as arguments.
"""

from __future__ import annotations

import difflib
import io
from pathlib import Path

from coordreg.catalogue.errors import render_error
from coordreg.errors import DataError, UsageError
from coordreg.files.atomic import cannot_write, write_atomic
from coordreg.versions import git
from coordreg.versions.diff import compare
from coordreg.versions.diffreport import report_text
from coordreg.versions.revisions import parse_regulation

ATTRIBUTE_LINE = "regulation.yaml diff=coordreg"
_NULL = "/dev/null"


def setup_diff_driver(path: Path, command: str) -> tuple[Path, str]:
    """Add the attribute (once) and set the driver command; (attributes file, command)."""
    root = git.repository_root(path)
    attributes = root / ".gitattributes"
    try:
        existing = attributes.read_bytes() if attributes.exists() else b""
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError("unreadable", path=str(attributes), reason=reason) from None
    # As bytes, as git reads the file: whatever its encoding and line ends, the
    # lines already there are kept byte for byte, and ours follow their line end.
    lines = [line.rstrip(b"\r") for line in existing.split(b"\n")]
    if ATTRIBUTE_LINE.encode() not in lines:
        newline = b"\r\n" if b"\r\n" in existing else b"\n"
        separator = b"" if not existing or existing.endswith(b"\n") else newline
        comment = b"# coordreg: compare regulations by meaning in git diff, git log -p and git show"
        added = comment + newline + ATTRIBUTE_LINE.encode() + newline
        try:
            write_atomic(attributes, existing + separator + added)
        except OSError as error:
            raise cannot_write(attributes, error) from None
    git.set_config(root, "diff.coordreg.command", command)
    return attributes, command


def _read(file: str) -> bytes | None:
    return None if file == _NULL else Path(file).read_bytes()


def driver_output(arguments: list[str], lang: str = "vi") -> str:
    """What git shows for one file: the semantic comparison, or a line diff when a side
    does not parse; in `lang`, the user's language setting (git passes no options)."""
    if len(arguments) < 7:
        return "coordreg git-diff-driver: git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\n"
    path, old_file, new_file = arguments[0], arguments[1], arguments[4]
    old_raw, new_raw = _read(old_file), _read(new_file)
    header = f"coordreg diff a/{path} b/{path}\n"
    if old_raw is None or new_raw is None:
        state = "driver_new_file" if old_raw is None else "driver_deleted_file"
        return f"{header}{render_error(state, {'path': path}, lang)}\n"
    try:
        before = parse_regulation(old_raw, f"a/{path}")
        after = parse_regulation(new_raw, f"b/{path}")
    except DataError:
        lines = difflib.unified_diff(
            old_raw.decode("utf-8", "replace").splitlines(keepends=True),
            new_raw.decode("utf-8", "replace").splitlines(keepends=True),
            f"a/{path}",
            f"b/{path}",
        )
        return f"{header}({render_error('driver_line_diff', {}, lang)})\n" + "".join(lines)
    out = io.StringIO()
    report_text(f"a/{path}", f"b/{path}", compare(before, after), out, lang)
    return header + out.getvalue()
