"""`coordreg transfer`: hand every duty of one body over to another.

Files are edited in place, character by character: only the values that
change are rewritten (a `lead`, a supporter, the ended body's `until` and
`succeeded_by`), so comments, key order, quoting, blank lines and every other
byte stay as they were. The result is parsed and validated before anything
is written, and compared with the original to show what the transfer does.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path

from coordreg.edit.yamlwriter import in_style, scalar
from coordreg.errors import DataError, UsageError
from coordreg.files.atomic import Stamp, stamp
from coordreg.files.discover import same_file_key
from coordreg.loader.sourcemap import AliasesError, Span, source_map
from coordreg.model import Article, Duty, Party, Regulation, Unit
from coordreg.versions.revisions import parse_regulation, read_regulation_file

Path_ = tuple[str | int, ...]


@dataclass(frozen=True)
class Handover:
    """One duty that passes from the old body to the new one, and in which role.

    A supporting role `lapses` instead when the new body already leads or
    supports the duty: nothing passes, the old body's part simply ends.
    """

    regulation: Regulation
    article: Article
    duty: Duty
    role: str  # "lead" or "support"
    lapses: bool = False
    old_name: str = ""

    @property
    def names_old_body(self) -> bool:
        """The duty's own text names the old body, and so no longer matches who does it."""
        return bool(self.old_name) and self.old_name in self.duty.text


@dataclass
class FileTransfer:
    file: Path
    old_text: str
    new_text: str
    old: Regulation
    new: Regulation
    handovers: list[Handover] = field(default_factory=list)
    bom: bool = False
    # The file's bytes as read, and its stamp then: it must still hold them,
    # unwritten since, when it is rewritten.
    read: bytes = b""
    seen: Stamp | None = None

    @property
    def changed(self) -> bool:
        return self.old_text != self.new_text

    @property
    def new_bytes(self) -> bytes:
        """What to write: the new text, with the byte-order mark the file had."""
        return (b"\xef\xbb\xbf" if self.bom else b"") + self.new_text.encode("utf-8")


@dataclass(frozen=True)
class _Edit:
    start: int
    end: int
    text: str


def _replace(text: str, span: Span, value: str) -> _Edit:
    """The edit that writes `value` in place of the scalar at `span`, in the same style.

    A block scalar (`|-` or `>-` and an indented line) spans its header, its line
    and the line break after it: only the text of its line is replaced, so the
    header, the indentation and the line break stay.
    """
    if span.style not in ("|", ">"):
        return _Edit(span.start, span.end, in_style(value, span.style))
    start = text.index("\n", span.start, span.end) + 1  # past the header and its comment
    while start < span.end and text[start] in " \t\r\n":
        start += 1
    end = start
    while end < span.end and text[end] not in "\r\n":
        end += 1
    return _Edit(start, end, value)


def _body(regulation: Regulation, body_id: str) -> tuple[Path_, Party | Unit] | None:
    for pi, party in enumerate(regulation.parties):
        if party.id == body_id:
            return ("parties", pi), party
        for ui, unit in enumerate(party.units):
            if unit.id == body_id:
                return ("parties", pi, "units", ui), unit
    return None


def _remove_item(
    text: str, spans: dict[tuple[object, ...], Span], sequence: Path_, index: int
) -> list[_Edit]:
    """The edits that delete one item of a list, with its separator; an emptied list becomes []."""
    whole = spans[sequence]
    count = sum(1 for path in spans if len(path) == len(sequence) + 1 and path[:-1] == sequence)
    item = _trimmed(text, spans[(*sequence, index)])
    if count == 1:
        if whole.flow:
            return [_Edit(whole.start, whole.end, "[]")]
        # A block list: "[]" where its "- item" was, keeping comments around it,
        # unless the list sits at the key's own column, where only "key: []" is valid.
        assert whole.key_start is not None
        key_column = whole.key_start - (text.rfind("\n", 0, whole.key_start) + 1)
        item_column = whole.start - (text.rfind("\n", 0, whole.start) + 1)
        if item_column > key_column:
            return [_Edit(whole.start, item.end, "[]")]
        colon = text.index(":", whole.key_start)
        line_start = text.rfind("\n", 0, item.start) + 1
        if not text[colon + 1 : line_start].strip():  # the item is on the next line
            return [_Edit(colon + 1, item.end, " []")]  # its end-of-line comment stays
        # Comment lines in between stay: "key: []", and the item's line goes.
        return [_Edit(colon + 1, colon + 1, " []"), _line_removal(text, item)]
    if whole.flow:
        after = item.end
        while text[after] in " \t":
            after += 1
        if text[after] == ",":  # "a, b" -> remove "a, "
            after += 1
            while text[after] in " \t":
                after += 1
            return [_Edit(item.start, after, "")]
        before = item.start  # the last item: remove ", b" when on one line
        while text[before - 1] in " \t":
            before -= 1
        if text[before - 1] == ",":
            return [_Edit(before - 1, item.end, "")]
        # Across lines (perhaps after a comment): the item alone; "[a, b,\n]" is valid.
        return [_Edit(item.start, item.end, "")]
    return [_line_removal(text, item)]  # block list: the whole line "  - b"


def _trimmed(text: str, span: Span) -> Span:
    """`span`, ending where its text does: a block scalar's ends after its line break."""
    if span.style not in ("|", ">"):
        return span
    end = span.end
    while end > span.start and text[end - 1] in " \t\r\n":
        end -= 1
    return replace(span, end=end)


def _line_removal(text: str, item: Span) -> _Edit:
    line_start = text.rfind("\n", 0, item.start) + 1
    line_end = text.find("\n", item.end)
    return _Edit(line_start, len(text) if line_end < 0 else line_end + 1, "")


def _end_body(
    text: str, spans: dict[tuple[object, ...], Span], path: Path_, until: date, successor: str
) -> list[_Edit]:
    """Set `until` and `succeeded_by` on a body, replacing or adding the two keys."""
    edits: list[_Edit] = []
    missing: list[tuple[str, str]] = []
    for key, value in (("until", until.isoformat()), ("succeeded_by", successor)):
        existing = spans.get((*path, key))
        if existing is not None:
            edits.append(_replace(text, existing, value))
        else:
            missing.append((key, scalar(value)))
    if not missing:
        return edits
    mapping = spans[path]
    if mapping.flow:  # {id: x, name: y} -> {id: x, name: y, until: ..., succeeded_by: ...}
        close = text.rindex("}", mapping.start, mapping.end)
        added = "".join(f", {key}: {value}" for key, value in missing)
        edits.append(_Edit(close, close, added))
        return edits
    name = spans[(*path, "name")]
    assert name.key_start is not None
    indent = name.key_start - (text.rfind("\n", 0, name.key_start) + 1)
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = "".join(f"{' ' * indent}{key}: {value}{newline}" for key, value in missing)
    if name.style in ("|", ">"):
        # A block scalar ends where the next line starts: insert right there.
        at = name.end
    else:
        line_end = text.find("\n", name.end)
        at = len(text) if line_end < 0 else line_end + 1
    if at == len(text) and not text.endswith("\n"):
        lines = newline + lines
    edits.append(_Edit(at, at, lines))
    return edits


def _apply(text: str, edits: list[_Edit]) -> str:
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        text = text[: edit.start] + edit.text + text[edit.end :]
    return text


def transfer_file(file: Path, source: str, target: str, effective: date | None) -> FileTransfer:
    """The transfer in one regulation file, computed but not written."""
    raw = read_regulation_file(file, str(file))
    seen = stamp(file)
    old = parse_regulation(raw, str(file))
    text = raw.decode("utf-8-sig")
    bom = raw.startswith(b"\xef\xbb\xbf")
    result = FileTransfer(file, text, text, old, old, bom=bom, read=raw, seen=seen)
    found = _body(old, source)
    if found is None:
        return result  # this regulation does not involve the body
    if _body(old, target) is None:
        raise UsageError(
            "transfer_target_missing", target=target, regulation=old.id, path=str(file)
        )
    target_end = old.body_ends().get(target)  # a unit ends with its party at the latest
    if effective is not None and target_end is not None and target_end[0] < effective:
        raise UsageError("transfer_target_ended", target=target, until=target_end[0].isoformat())
    try:
        spans = source_map(text)
    except AliasesError:
        raise UsageError("transfer_aliases", path=str(file)) from None
    edits: list[_Edit] = []
    source_name = found[1].name
    for path, article, duty in old.duties():
        if duty.lead == source:
            edits.append(_replace(text, spans[(*path, "lead")], target))
            result.handovers.append(Handover(old, article, duty, "lead", old_name=source_name))
            if target in duty.support:  # the new lead cannot also support
                edits += _remove_item(text, spans, (*path, "support"), duty.support.index(target))
        for index, supporter in enumerate(duty.support):
            if supporter != source:
                continue
            lapses = target == duty.lead or target in duty.support
            result.handovers.append(Handover(old, article, duty, "support", lapses, source_name))
            if lapses:
                edits += _remove_item(text, spans, (*path, "support"), index)
            else:
                edits.append(_replace(text, spans[(*path, "support", index)], target))
    if effective is not None:
        edits += _end_body(text, spans, found[0], effective - timedelta(days=1), target)
    result.new_text = _apply(text, edits)
    try:
        result.new = parse_regulation(result.new_text.encode("utf-8"), str(file))
    except DataError as error:  # pragma: no cover - an edit that breaks the file is a bug
        raise UsageError("transfer_broke_file", path=str(file)) from error
    return result


def plan_transfers(
    files: list[Path], source: str, target: str, effective: date | None
) -> list[FileTransfer]:
    """Every file's transfer; refuses when nothing names the old body or the bodies are one."""
    if source == target:
        raise UsageError("transfer_to_itself", body=source)
    # The same regulation named twice (by id and by folder) is transferred once.
    unique = list({same_file_key(file): file for file in files}.values())
    transfers = [transfer_file(file, source, target, effective) for file in unique]
    if not any(_body(t.old, source) for t in transfers):
        raise UsageError("transfer_source_missing", source=source)
    return transfers


def handed_over(transfers: list[FileTransfer], effective: date | None) -> list[Handover]:
    """The handovers a minute lists: a one-off duty already due before the handover is
    history, not handed over."""
    return [
        h
        for t in transfers
        for h in t.handovers
        if effective is None or h.duty.schedule.on is None or h.duty.schedule.on >= effective
    ]
