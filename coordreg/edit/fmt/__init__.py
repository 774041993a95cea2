"""`coordreg fmt`: the canonical layout of regulation and evaluation files.

The layout (docs/fmt.md):

- keys in the order docs/format.md documents them; unknown keys keep their
  place after the known ones;
- two spaces per level, sequences indented under their key (`- ` two spaces in);
- text wrapped at `WIDTH` columns where its style allows: plain scalars are
  folded at single spaces to fit, quoted ones as ruamel.yaml folds them (at the
  first space past the width); block scalars (`|`, `>`) keep their lines. No
  scalar changes style, quotes are kept;
- flow collections (`[a, b]`, `{yearly: 12-15}`) stay flow when they fit on
  their line, block collections stay block; but a body's `succeeded_by` is flow
  and the `acts` and earlier values (`before`) are block (`styles`);
- comments are kept: a comment line stays above the key or item it precedes,
  wherever the key moves, and is indented like it; an end-of-line comment stays
  on its entry's line; a comment indented under the end of a list or mapping
  stays at that end. Runs of blank lines become one;
- LF line ends, a final newline, UTF-8 without BOM. Text is never normalised
  (NFC is a property of the data, which fmt never changes).

Safety: a file is formatted only if the checker's loader reads it without an
error. The round trip goes through ruamel.yaml (its round-trip loader builds
only dicts, lists and scalars). The result is then read again by the checker's
loader and must hold exactly the same data (same types, same values) and the
same reading warnings, and every comment must still be there; otherwise the
file is left untouched and an internal error is reported (`FormatError`).
`format_file` also refuses a result that would format differently a second
time, so `fmt` is idempotent by construction.

This module is the entry: `format_text` (one text, with the safety checks
above), `format_file` and `format_paths` (files, as `coordreg check` finds
them). The layout pass, `_layout_text`, runs the steps the other modules hold:
`comments` finds the comments and blank lines, `placement` attaches each to
the entry it belongs to, `shape` puts the keys in the documented order,
`styles` gives the few collections with a fixed style that style, `layout`
chooses flow or block for the rest and hands the comments back, and `emitter`
(ruamel.yaml set up for fmt) writes the tree.
"""

from __future__ import annotations

import io
import math
import os
import warnings
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ruamel.yaml.error import YAMLFutureWarning, YAMLWarning

from coordreg.catalogue.printable import shown
from coordreg.edit.fmt.comments import comments_of, scan, tidy_blank_lines
from coordreg.edit.fmt.emitter import round_trip_yaml
from coordreg.edit.fmt.layout import lay_out
from coordreg.edit.fmt.placement import place_comments, strip_comments
from coordreg.edit.fmt.results import FileResult, FormatError, FormatResult, UnreadableError
from coordreg.edit.fmt.shape import EVALUATION, REGULATION, SHAPES, Shape, reorder, shape_of
from coordreg.edit.fmt.styles import restyle
from coordreg.errors import CatalogueError
from coordreg.files.atomic import stamp
from coordreg.files.discover import EVALUATIONS_DIR, REGULATION_FILE, discover
from coordreg.findings import Finding, finding
from coordreg.loader.document import Document
from coordreg.loader.reading import ReadError, read_file
from coordreg.loader.yamlload import load_bytes, load_text

__all__ = [
    "EVALUATION",
    "MAX_BYTES",
    "MAX_VALUES",
    "REGULATION",
    "SHAPES",
    "WIDTH",
    "FileResult",
    "FormatError",
    "FormatResult",
    "Shape",
    "UnreadableError",
    "comments_of",
    "files_to_format",
    "format_file",
    "format_paths",
    "format_text",
    "kind_of",
    "shape_of",
]

WIDTH = 100
# fmt holds a whole file in ruamel.yaml's round-trip structures, in pure Python:
# about 0.3 ms and 2 KB per value. Larger files are left as they are, with a
# message, rather than taking minutes and gigabytes (docs/reliability.md); the
# bundled regulations are 33 KB and 1,000 values.
MAX_BYTES = 1024 * 1024
MAX_VALUES = 50_000


def _normalise_breaks(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _same(left: Any, right: Any) -> bool:
    """Equal data, types included (1, 1.0 and True are different values here)."""
    if type(left) is not type(right):
        return False
    if isinstance(left, dict):
        return left.keys() == right.keys() and all(_same(left[k], right[k]) for k in left)
    if isinstance(left, list):
        return len(left) == len(right) and all(
            _same(a, b) for a, b in zip(left, right, strict=True)
        )
    if isinstance(left, float) and math.isnan(left):
        return math.isnan(right)
    return bool(left == right)


def _reading(doc: Document) -> Counter[str]:
    return Counter(f.code for f in doc.findings)


class _OwnLayoutError(Exception):
    """fmt's own output could not be scanned again: a fault of fmt, not of the file."""


def _layout_text(text: str, kind: str, width: int) -> str:
    """The layout pass: comments found and placed, keys reordered, the tree written.

    A failure to read `text` propagates as ruamel.yaml raised it (its positions are
    the file's); a failure to scan the written layout again is `_OwnLayoutError`,
    since its positions are those of fmt's output, which the user never sees.
    """
    yaml = round_trip_yaml(width)
    source = scan(text, block_header_comments=False)
    with warnings.catch_warnings():
        # ruamel.yaml warns on stderr about what the checker's loader has already
        # read (an anchor defined twice is valid YAML 1.2: the later one counts).
        warnings.simplefilter("ignore", YAMLWarning)
        warnings.simplefilter("ignore", YAMLFutureWarning)
        root = yaml.load(text)
    placement = place_comments(root, source)
    strip_comments(root, placement)
    reorder(root, SHAPES[kind])
    lay_out(root, placement, width, lambda node: restyle(node, SHAPES[kind], placement, set()))
    stream = io.StringIO()
    yaml.dump(root, stream)
    try:
        return tidy_blank_lines(stream.getvalue())
    except Exception as error:
        raise _OwnLayoutError(_first_line(error)) from error


def _first_line(error: Exception) -> str:
    return (str(error).strip().splitlines() or [type(error).__name__])[0]


def format_text(
    text: str, kind: str = REGULATION, *, path: str = "<text>", width: int = WIDTH
) -> str:
    """The canonical layout of `text`, a regulation or an evaluation record.

    Raises `UnreadableError` when the checker's loader reports errors, and
    `FormatError` when the layout would not keep the data or a comment.
    """
    if kind not in SHAPES:
        raise ValueError(f"unknown kind {kind!r}")
    if text.startswith("\ufeff"):
        text = text[1:]
    before = load_text(text, path)
    if not before.ok:
        raise UnreadableError(before)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > MAX_BYTES or before.nodes > MAX_VALUES:
        raise FormatError(
            "fmt_too_large",
            path=path,
            size=size,
            values=before.nodes,
            max_bytes=MAX_BYTES,
            max_values=MAX_VALUES,
        )
    normalised = _normalise_breaks(text)
    try:
        formatted = _layout_text(normalised, kind, width)
    except _OwnLayoutError as error:
        raise FormatError("fmt_own_layout_unreadable", path=path, detail=str(error)) from error
    except Exception as error:  # ruamel.yaml reads some files libyaml reads differently
        raise FormatError("fmt_cannot_lay_out", path=path, detail=_first_line(error)) from error
    after = load_text(formatted, path)
    if not after.ok or not _same(before.data, after.data) or _reading(before) != _reading(after):
        raise FormatError("fmt_would_change_data", path=path)
    if comments_of(normalised) != comments_of(formatted):
        raise FormatError("fmt_would_lose_comment", path=path)
    return formatted


def _display(path: Path) -> str:
    """The file's label in findings and reports: relative to here, printable (a name
    that is not UTF-8 as `\\xNN`, as no output encoding can write it as Python holds it)."""
    try:
        return shown(str(path.relative_to(Path.cwd())))
    except ValueError:
        return shown(str(path))


def kind_of(path: Path) -> str:
    """Evaluation records live in a regulation's `evaluations/` folder; the rest are regulations."""
    if path.name != REGULATION_FILE and path.parent.name == EVALUATIONS_DIR:
        return EVALUATION
    return REGULATION


def _cut_short(raw: bytes) -> bool:
    """Whether a file looks cut short: its last line has no line end.

    A file read while another program still writes it (a copy over a slow
    share, `git show REV:f > f`) is its first part, and can be valid YAML, even
    a valid regulation: formatting it would rename that part over the whole.
    Such a part nearly always ends in the middle of a line; a complete file
    nearly always ends with a line break (every editor writes one, and so does
    fmt). fmt does not rewrite a file that ends without one.
    """
    return bool(raw) and not raw.endswith((b"\n", b"\r"))


def format_file(path: Path, kind: str | None = None, *, width: int = WIDTH) -> FileResult:
    """Format one file in memory; nothing is written."""
    shown = _display(path)
    chosen = kind if kind is not None else kind_of(path)
    result = FileResult(path=path, shown=shown, kind=chosen)
    try:
        raw = read_file(path, shown)
    except ReadError as error:
        result.findings = [error.finding]
        return result
    result.seen = stamp(path)
    doc = load_bytes(raw, shown)
    result.source = doc.text
    if not doc.ok:
        result.findings = doc.findings
        return result
    try:
        formatted = format_text(doc.text, chosen, path=shown, width=width)
        if formatted != doc.text and format_text(formatted, chosen, path=shown, width=width) != (
            formatted
        ):
            raise FormatError("fmt_not_stable", path=shown)
    except UnreadableError as error:  # pragma: no cover - the same loader read it above
        result.findings = error.document.findings
        return result
    except FormatError as error:
        result.error = error
        return result
    result.read = raw
    new_bytes = formatted.encode("utf-8")
    if new_bytes != raw:
        # Only a file fmt would write is suspected: what fmt refuses anyway keeps its reason.
        if _cut_short(raw):
            result.error = FormatError("fmt_cut_short", path=shown)
            return result
        result.changed = True
        result.text = formatted
    return result


def _named(file: Path, paths: Sequence[Path]) -> bool:
    """Whether `file` is one of `paths` or inside one of them that is a folder.

    `coordreg check evaluations/2023.yaml` reads the regulation beside the record to
    check it against; `fmt` of the same path formats that file only (issue 16).
    """
    here = Path(os.path.abspath(file))  # noqa: PTH100 - as written, links not resolved
    for path in paths:
        given = Path(os.path.abspath(path))  # noqa: PTH100
        if here == given or (path.is_dir() and here.is_relative_to(given)):
            return True
    return False


def _found(paths: Sequence[Path]) -> tuple[list[tuple[Path, str]], list[Finding]]:
    """The files to format with their kinds, and the findings of folders not searched."""
    found: list[tuple[Path, str]] = []
    folders: list[Finding] = []
    for _folder, group in sorted(discover(paths).items()):
        folders += [
            finding(_display(folder), (0, 0), "CR012", detail=reason)
            for folder, reason in sorted(group.unsearchable.items())
        ]
        folders += [
            finding(_display(folder), (0, 0), "CR018", root=str(repository))
            for folder, repository in sorted(group.outside.items())
        ]
        if group.regulation is not None and _named(group.regulation, paths):
            found.append((group.regulation, REGULATION))
        found.extend((file, EVALUATION) for file in sorted(group.evaluations))
    return found, folders


def files_to_format(paths: Sequence[Path]) -> list[tuple[Path, str]]:
    """The regulation and evaluation files at `paths`: a file named is formatted alone."""
    return _found(paths)[0]


def format_paths(paths: Sequence[Path], *, write: bool = False, width: int = WIDTH) -> FormatResult:
    """Format every file at `paths`; with `write`, replace the files that change, atomically.

    A file is replaced only if it still holds what fmt read (`replace_file`):
    one that another program or coordreg command wrote meanwhile is left to
    them, with the error `file_changed`. A folder that cannot be searched is
    reported as unreadable (CR012), and a symlinked folder that leads out of the
    repository as CR018, as `coordreg check` reports them.
    """
    from coordreg.files import atomic

    result = FormatResult()
    files, folders = _found(paths)
    result.files += [
        FileResult(Path(found.file), found.file, "folder", findings=[found]) for found in folders
    ]
    for path, kind in files:
        done = format_file(path, kind, width=width)
        if write and done.changed and done.text is not None:
            try:
                # Through a symbolic link, replace the file it points to, not the link.
                new = done.text.encode("utf-8")
                atomic.replace_file(path.resolve(), done.read, new, seen=done.seen)
            except CatalogueError as error:
                done.changed, done.text = False, None
                done.error = _not_written(error, done.shown)
        result.files.append(done)
    return result


def _not_written(error: CatalogueError, shown: str) -> FormatError:
    """Why a file was not written, as fmt reports it (the file named as fmt shows it)."""
    if error.msgid == "cannot_write":
        return FormatError("fmt_cannot_write", path=shown, reason=error.args_["reason"])
    return FormatError(error.msgid, **{**error.args_, "path": shown})
