"""A transfer from request to files: plan it, render its minute, write, check again.

`coordreg.edit.transfer` computes the edits of one regulation file; this module
runs a transfer across regulations as `coordreg transfer` does, in two steps so
that a caller can show what will change before anything is written:

1. `prepare_transfer` finds the regulations, checks the minute's file name and
   computes every file's transfer. Nothing is written.
2. `carry_out_transfer` renders the handover minute (biên bản bàn giao), writes
   it and, when asked, the regulations, all at once (`replace_files`: a
   failure or an interruption leaves every file as it was, and a regulation
   that another program or coordreg command wrote since it was read is not
   replaced: `file_changed`), and checks the rewritten regulations again as
   `coordreg check` would.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from coordreg.check.checker import check_paths
from coordreg.check.dossier import find_regulation
from coordreg.documents.marks import apply_marks
from coordreg.documents.markup.text import render_text
from coordreg.documents.output import MINUTE, checked_format
from coordreg.documents.pdf import html_to_pdf
from coordreg.edit.acts import ActChoice, effective_of
from coordreg.edit.handed_over import Handover
from coordreg.edit.minutes import minutes_context
from coordreg.edit.selection import Selection
from coordreg.edit.transfer import FileTransfer, TransferRequest, minute_handovers, plan_transfers
from coordreg.errors import UsageError
from coordreg.files.atomic import Replacement, replace_files
from coordreg.files.discover import same_file_key
from coordreg.findings import CheckResult
from coordreg.model import Act


@dataclass(frozen=True)
class Transfer:
    """The duties of `source` handed over in some regulations: computed, not written."""

    files: list[FileTransfer]
    request: TransferRequest
    # The handover minute's file, when one is asked for; its suffix is its format.
    minute: Path | None = None
    # What the minute lists: the handovers the files record (this run's and earlier ones').
    minute_handovers: list[Handover] = field(default_factory=list)

    @property
    def source(self) -> str:
        return self.request.source

    @property
    def target(self) -> str | None:
        """The one body that takes over (`--to`, or a map that names one body); None for a split."""
        targets = self.request.targets
        return targets[0] if len(targets) == 1 else None

    @property
    def effective(self) -> date | None:
        """From this day; the old body ends the day before (when it holds nothing more)."""
        if self.request.effective is not None or self.request.act.existing is None:
            return self.request.effective
        return effective_of(self.request.act, [item.old for item in self.files])

    @property
    def changed(self) -> list[FileTransfer]:
        """The files the transfer rewrites, in the order they were named."""
        return [item for item in self.files if item.changed]

    @property
    def moved(self) -> int:
        """How many roles pass (or lapse): a duty counts once per role of the old body."""
        return sum(len(item.handovers) for item in self.files)

    @property
    def acts(self) -> list[tuple[Path, Act, bool]]:
        """The act each changed file records the transfer under, and whether it is new there."""
        return [(item.file, item.act, item.new_act) for item in self.files if item.act]

    def minute_content(self, output_format: str, lang: str = "vi") -> str | bytes:
        """The handover minute in md or html (text) or docx or pdf (bytes)."""
        handovers = self.minute_handovers or minute_handovers(self.files, self.request)
        target = self.target
        if target is None:
            raise UsageError("minutes_one_target", targets=", ".join(self.request.targets))
        context = minutes_context(self.files, self.source, target, self.effective, handovers, lang)
        apply_marks(context)  # the regulation's marks of secrecy and urgency
        if output_format == "docx":
            from coordreg.documents.docx import render_docx

            return render_docx("minutes", context)
        if output_format == "pdf":
            return html_to_pdf(render_text("minutes", context, "html", None))
        return render_text("minutes", context, output_format, None)


@dataclass(frozen=True)
class TransferResult:
    """What carrying out a transfer wrote, and what checking the regulations again found."""

    transfer: Transfer
    # The regulation files rewritten, as named; none unless writing was asked for.
    written: list[Path]
    # `coordreg check` of the rewritten regulations' folders; None when none was rewritten.
    check: CheckResult | None

    @property
    def failed(self) -> bool:
        """The rewritten regulations have errors (an edit cannot add one; the files may have had)."""
        return self.check is not None and self.check.errors > 0


def prepare_transfer(
    regulations: Sequence[str],
    source: str,
    target: str | None,
    effective: date | None = None,
    *,
    minute: Path | None = None,
    selection: Selection | None = None,
    act: ActChoice | None = None,
) -> Transfer:
    """The transfer of `source`'s duties in `regulations` (ids, folders or files): all of
    them to `target`, or those `selection` names, to `target` or where its map says.

    Refused (`UsageError`) when a regulation is not found, the minute's file is
    not .md, .html or .docx or cannot be written, no regulation names `source`,
    the selection or the act does not fit the files, or a minute is asked for
    when no duty is handed over (now or by the act already written) or the
    duties go to more than one body.
    """
    request = TransferRequest(
        source, target, effective, selection or Selection(), act or ActChoice()
    )
    files = [find_regulation(reference) for reference in regulations]
    if minute is not None:
        checked_format(MINUTE, minute, None)
        if len(request.targets) > 1:
            raise UsageError("minutes_one_target", targets=", ".join(request.targets))
    transfers = plan_transfers(
        files, source, target, effective, selection=request.selection, act=request.act
    )
    handovers = minute_handovers(transfers, request) if minute is not None else []
    if minute is not None and not handovers:
        raise UsageError("minutes_empty", source=source)
    return Transfer(transfers, request, minute, handovers)


def _written_at(file: Path) -> Path:
    """Where a regulation is written: through a symbolic link, the file it points to.

    The link itself is kept, as `fmt` keeps it.
    """
    return same_file_key(file) if file.is_symlink() else file


def _utf8(content: str | bytes) -> bytes:
    return content.encode("utf-8") if isinstance(content, str) else content


def carry_out_transfer(transfer: Transfer, *, write: bool, lang: str = "vi") -> TransferResult:
    """Write the minute, and with `write` the regulations, all or none; then check them.

    The minute is in `lang`. A file that cannot be written is a `UsageError`, and
    a regulation changed since it was read a `RefusedError`; then no file has changed.
    """
    batch: list[Replacement] = []
    if write:
        batch += [
            Replacement(_written_at(item.file), item.new_bytes, item.read, item.seen)
            for item in transfer.changed
        ]
    if transfer.minute is not None:
        output_format = MINUTE.choose(transfer.minute, None)
        content = transfer.minute_content(output_format, lang)
        batch.append(Replacement(transfer.minute, _utf8(content)))
    replace_files(batch)
    written = [item.file for item in transfer.changed] if write else []
    check = check_paths([file.parent for file in written]) if written else None
    return TransferResult(transfer, written, check)
