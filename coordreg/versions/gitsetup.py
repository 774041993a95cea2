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
from coordreg.catalogue.printable import shown
from coordreg.errors import DataError, RefusedError, UsageError
from coordreg.files import probe
from coordreg.files.atomic import cannot_write, replace_file, stamp, write_atomic
from coordreg.files.root import confine
from coordreg.versions import git
from coordreg.versions.diff import compare
from coordreg.versions.diffreport import report_text
from coordreg.versions.revisions import parse_regulation

ATTRIBUTE_LINE = "regulation.yaml diff=coordreg"
_NULL = "/dev/null"


def setup_diff_driver(path: Path, command: str) -> tuple[Path, str]:
    """Set the driver command and add the attribute (once); (attributes file, command).

    The command is set first, where git found the repository (with
    `GIT_WORK_TREE` set, the work tree holds no `.git`): should git refuse, no
    file has been written. `.gitattributes` is then replaced only if it still
    holds what was read (`file_changed` otherwise), or made only if it still
    does not exist.
    """
    root = git.repository_root(path)
    attributes = root / ".gitattributes"
    confine(attributes)
    try:
        existing = attributes.read_bytes() if probe.exists(attributes) else None
        seen = stamp(attributes)
    except OSError as error:
        reason = error.strerror or str(error)
        raise UsageError("unreadable", path=str(attributes), reason=reason) from None
    git.set_config(path if probe.is_dir(path) else path.parent, "diff.coordreg.command", command)
    added = _with_attribute(existing or b"")
    if added is not None:
        try:
            if existing is None:
                write_atomic(attributes, added, exclusive=True)
            else:
                replace_file(attributes, existing, added, seen=seen)
        except FileExistsError:
            raise RefusedError("file_changed", path=str(attributes)) from None
        except OSError as error:
            raise cannot_write(attributes, error) from None
    return attributes, command


def _with_attribute(existing: bytes) -> bytes | None:
    """`.gitattributes` with coordreg's line added; None when it is there already.

    As bytes, as git reads the file: whatever its encoding and line ends, the
    lines already there are kept byte for byte, and ours follow their line end.
    """
    lines = [line.rstrip(b"\r") for line in existing.split(b"\n")]
    if ATTRIBUTE_LINE.encode() in lines:
        return None
    newline = b"\r\n" if b"\r\n" in existing else b"\n"
    separator = b"" if not existing or existing.endswith(b"\n") else newline
    comment = b"# coordreg: compare regulations by meaning in git diff, git log -p and git show"
    return existing + separator + comment + newline + ATTRIBUTE_LINE.encode() + newline


def _read(file: str) -> bytes | None:
    return None if file == _NULL else Path(file).read_bytes()


def driver_output(arguments: list[str], lang: str = "vi") -> str:
    """What git shows for one file: the semantic comparison, or a line diff when a side
    does not parse; in `lang`, the user's language setting (git passes no options)."""
    if len(arguments) < 7:
        return "coordreg git-diff-driver: git passes PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE\n"
    # git passes the path as its bytes: a name that is not UTF-8 is printed as \xNN.
    path, old_file, new_file = shown(arguments[0]), arguments[1], arguments[4]
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
