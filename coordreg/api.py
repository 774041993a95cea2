"""coordreg as a library: the operations of the command line, as typed functions.

Each function does what its command does, without printing: it returns the
result as data, and the command line prints it. Errors are exceptions of
`coordreg.errors`: `UsageError` (the call cannot run as asked: a regulation that
is not found, a bad date), `RefusedError` (the data does not allow it) and
`DataError` (the files have errors; `.result` holds the findings). Their
`message(lang)` is the sentence the command line prints.

Regulations are named as on the command line: an id (looked up under
`regulations/` in the working folder), a folder, or a `regulation.yaml`.

    import coordreg

    plan = coordreg.plan("bca-btttt-2021", 2024)
    coordreg.render_document(plan, "html", lang="en")

The package root re-exports these functions (`coordreg.plan`, ...). Each one
imports what it uses when called, so that importing this module stays cheap.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Literal, overload

if TYPE_CHECKING:
    from coordreg.documents.agenda import Agenda
    from coordreg.documents.plan import AnnualPlan
    from coordreg.documents.review import Review
    from coordreg.edit.fmt import FormatResult
    from coordreg.edit.handover import Transfer, TransferResult
    from coordreg.findings import CheckResult
    from coordreg.importer import Imported
    from coordreg.model import Regulation
    from coordreg.versions.change import Change
    from coordreg.versions.history import LogEntry

__all__ = [
    "EvaluationRecord",
    "ImportedRegulation",
    "agenda",
    "check_regulations",
    "diff",
    "evaluate",
    "fmt",
    "import_regulation",
    "load_regulation",
    "log",
    "plan",
    "render_document",
    "review",
    "transfer",
]

Language = Literal["vi", "en"]
# Where ids are looked up, and what is checked by default, as on the command line
# (`coordreg.check.dossier.REGULATIONS_DIR`, not imported here: it loads the checker).
REGULATIONS = Path("regulations")


def check_regulations(
    paths: Sequence[Path] = (REGULATIONS,),
    *,
    jobs: int = 1,
    cache_dir: Path | None = None,
    changed_since: str | None = None,
) -> CheckResult:
    """Check regulations and evaluation records (`coordreg check`): `paths` are folders
    or files; `.errors` and `.warnings` count the findings. `jobs` processes share the
    folders, `cache_dir` keeps results by the files' contents, and with `changed_since`
    (a git revision) only folders changed since are checked."""
    from coordreg.check.cache import open_cache
    from coordreg.check.checker import check_paths
    from coordreg.versions.changed import changed_folders_at

    only = changed_folders_at(paths, changed_since)
    return check_paths(paths, jobs=jobs, cache=open_cache(cache_dir), only=only)


def load_regulation(regulation: str | Path) -> Regulation:
    """A regulation, checked as `coordreg check` checks it, without its evaluation records;
    `DataError` when it has errors (warnings are fine)."""
    from coordreg.check.dossier import find_regulation, load_dossier

    return load_dossier(find_regulation(str(regulation)), lambda _r, _years: []).regulation


def plan(regulation: str | Path, year: int | None = None) -> AnnualPlan:
    """The annual coordination plan (Kế hoạch) of `year` (default: this year), as data.

    It lists the duties due in the year and those last year's record left
    unfinished; only last year's record is read.
    """
    from coordreg import clock
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.documents.plan import build_plan

    # `is None`, not `or`: year 0 is a year the plan refuses, not "this year".
    plan_year = year if year is not None else clock.today().year
    dossier = load_dossier(find_regulation(str(regulation)), lambda _r, _a: [plan_year - 1])
    return build_plan(dossier, plan_year)


def review(regulation: str | Path, end_year: int | None = None, *, history: bool = True) -> Review:
    """The five-year review (Báo cáo sơ kết) ending in `end_year`, from the evaluation records.

    By default the latest window that has reached its last year (counted from
    today, `coordreg.clock.today()`). Each year is counted with the regulation as
    in force that year; `.amendments` are the regulation's acts that took effect
    during the period, each with what it changed. `history` has no effect: it is
    kept for callers written when the amendments came from git.
    """
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.documents.review import build_review

    del history
    dossier = load_dossier(find_regulation(str(regulation)))
    return build_review(dossier, end_year)


@dataclass(frozen=True)
class EvaluationRecord:
    """The skeleton `evaluate` wrote, and the plan whose duties it lists."""

    file: Path
    plan: AnnualPlan


def evaluate(regulation: str | Path, year: int) -> EvaluationRecord:
    """Write the skeleton of `year`'s evaluation record, to fill in (`coordreg evaluate`).

    `RefusedError` when a record for the year exists: it is never overwritten.
    """
    from coordreg.check.dossier import find_regulation, load_dossier
    from coordreg.edit.evaluate import (
        refuse_existing_record,
        refuse_outside,
        write_record_skeleton,
    )

    file = find_regulation(str(regulation))
    # Refuse before reading anything: the record may be the unfinished skeleton
    # of an earlier run, whose empty statuses would otherwise be the message;
    # and `evaluations/` may be a link that leads out of the regulation's folder.
    target = file.parent / "evaluations" / f"{year}.yaml"
    refuse_existing_record(target)
    refuse_outside(target, file.parent)
    dossier = load_dossier(file, lambda _r, _a: [year - 1])
    written, the_plan = write_record_skeleton(dossier, year)
    return EvaluationRecord(written, the_plan)


def diff(old: str, new: str | None = None, *, at: Sequence[date] = ()) -> list[Change]:
    """What changed between two versions of a regulation, in reading order.

    Each version is a file, a regulation's folder or id, or `REV:PATH` as `git
    show` takes it. Without `at` both are compared as stored (with the acts each
    records); with one day both are compared as in force that day; with two, the
    old as in force on the first and the new on the second. One version (`new`
    None) is compared with itself on the two days `at` gives.
    """
    from coordreg.versions.diff import compare
    from coordreg.versions.sides import compared_sides

    before, after = compared_sides(old, new, at)
    return compare(before.regulation, after.regulation)


def log(
    regulation: str | Path,
    *,
    since: str | None = None,
    article: int | None = None,
    duty: str | None = None,
) -> list[LogEntry]:
    """The semantic history of a regulation in git, newest first (`coordreg log`).

    Only commits after `since` (a date git understands), and only those that
    touched `article` (its number today) or `duty`, one of the two.
    """
    from coordreg.check.dossier import find_regulation
    from coordreg.errors import UsageError
    from coordreg.versions.history import regulation_log

    if article is not None and duty is not None:
        raise UsageError("article_or_duty")
    return list(regulation_log(find_regulation(str(regulation)), since, article, duty))


def transfer(
    regulations: Sequence[str | Path],
    source: str,
    target: str | None = None,
    effective: date | None = None,
    *,
    write: bool = False,
    minute: Path | None = None,
    lang: Language = "vi",
    duties: Sequence[str] = (),
    articles: Sequence[int] = (),
    mapping: Path | None = None,
    act: str | None = None,
    act_number: str | None = None,
    act_title: str | None = None,
    act_signed: date | None = None,
    act_kind: Literal["amendment", "handover", "reorganisation"] | None = None,
    act_id: str | None = None,
) -> TransferResult:
    """Hand the duties `source` leads or supports to `target` (`coordreg transfer`).

    All of them, or only `duties` (ids), those of `articles` (numbers) and those a
    `mapping` file names (`duties: {id: body}`, `articles: {7: body}`: then
    `target` is needed only for `duties` and `articles`).

    With `effective` the transfer is recorded as history: each duty keeps its
    earlier holders under an act (`act`, one the files already list, or a new
    one: `act_number`, `act_title`, `act_signed`, `act_kind`, `act_id`, all
    optional), and `source` ends the day before once it holds no duty still to
    be done. Without it, the files are corrected for all time.

    Without `write` nothing but the minute is written: `.transfer.changed` holds
    each file's new text. `minute` (.md, .html or .docx) is the handover minute
    to write, in `lang`. The files are written all at once or not at all, and
    checked again.
    """
    from coordreg.edit.acts import ActChoice
    from coordreg.edit.handover import carry_out_transfer, prepare_transfer
    from coordreg.edit.selection import Selection, read_map

    names = [str(regulation) for regulation in regulations]
    selection = Selection(tuple(duties), tuple(articles), read_map(mapping) if mapping else None)
    choice = ActChoice(act, act_id, act_number, act_title, act_signed, act_kind)
    prepared = prepare_transfer(
        names, source, target, effective, minute=minute, selection=selection, act=choice
    )
    return carry_out_transfer(prepared, write=write, lang=lang)


def fmt(paths: Sequence[Path] = (REGULATIONS,), *, write: bool = False) -> FormatResult:
    """Lay out regulation and evaluation files canonically, keeping data and comments.

    Without `write` nothing is written: `.changed` lists the files that would
    change. A file with errors, or whose data or comments fmt cannot keep, is
    left untouched and listed in `.unreadable` or `.failed`.
    """
    from coordreg.edit.fmt import format_paths

    return format_paths(paths, write=write)


def agenda(
    paths: Sequence[Path] = (REGULATIONS,),
    start: date | None = None,
    end: date | None = None,
    *,
    party: str | None = None,
    today: date | None = None,
) -> Agenda:
    """What falls due from `start` (default: today) to `end` (default: 90 days on).

    With `party`, only what that party (and its units) or unit has a part in.
    Regulations with errors are left out and listed in `.skipped`.
    """
    from coordreg import clock
    from coordreg.documents.agenda import build_agenda, load_regulations, window

    first, last = window(start, end, today or clock.today())
    regulations, skipped = load_regulations(paths)
    return build_agenda(regulations, first, last, party, skipped)


@dataclass(frozen=True)
class ImportedRegulation:
    """A regulation file made from a text, and where it was written (None: not written)."""

    imported: Imported
    file: Path | None


def import_regulation(
    file: Path, regulation_id: str | None = None, *, write_into: Path | None = None
) -> ImportedRegulation:
    """A regulation file from the text of an existing regulation (.docx, .txt or .md).

    `.imported.text` is the file; `.imported.summary` what was found, and
    `.imported.check` what `coordreg check` says of it. With `write_into` (a
    folder of regulations), it is written to `<write_into>/<id>/regulation.yaml`,
    a folder that must not exist yet.
    """
    from coordreg.importer import import_text, write_import

    imported = import_text(file, regulation_id)
    written = write_import(imported, write_into) if write_into is not None else None
    return ImportedRegulation(imported, written)


# The overloads say which formats each document has, and that Word and iCalendar
# come as bytes, the others as text.
@overload
def render_document(
    document: AnnualPlan | Review,
    output_format: Literal["md", "html", "json"] = ...,
    *,
    lang: Language = ...,
    templates: Path | None = ...,
    at: date | None = ...,
) -> str: ...
@overload
def render_document(
    document: Regulation | Transfer | TransferResult,
    output_format: Literal["md", "html"] = ...,
    *,
    lang: Language = ...,
    templates: Path | None = ...,
    at: date | None = ...,
) -> str: ...
@overload
def render_document(
    document: AnnualPlan | Review | Regulation | Transfer | TransferResult,
    output_format: Literal["docx", "pdf"],
    *,
    lang: Language = ...,
    templates: Path | None = ...,
    at: date | None = ...,
) -> bytes: ...
@overload
def render_document(
    document: Agenda,
    output_format: Literal["text", "json"],
    *,
    lang: Language = ...,
    templates: Path | None = ...,
    at: date | None = ...,
) -> str: ...
@overload
def render_document(
    document: Agenda,
    output_format: Literal["ics"],
    *,
    lang: Language = ...,
    templates: Path | None = ...,
    at: date | None = ...,
) -> bytes: ...
def render_document(
    document: AnnualPlan | Review | Regulation | Transfer | TransferResult | Agenda,
    output_format: str = "md",
    *,
    lang: Language = "vi",
    templates: Path | None = None,
    at: date | None = None,
) -> str | bytes:
    """A document in `output_format`: text (md, html, the agenda's text and json) or bytes.

    - a plan or a review: md, html, docx, pdf (bytes) or json;
    - a regulation (its own text, văn bản quy chế): md, html, docx or pdf; the text in
      force on `at` (default: today, `coordreg.clock.today()`), a consolidated text
      once acts have amended it (`coordreg text --at`);
    - a transfer: its handover minute (biên bản bàn giao), md, html, docx or pdf;
    - an agenda: text, json or ics (bytes).

    `templates` is a folder of the office's own templates, run sandboxed: its
    Markdown templates give the words of every format, its reference.docx Word's look. A format the document does not have is a `ValueError`, and so is
    `at` given for anything but a regulation.
    """
    from coordreg.documents import rendering
    from coordreg.documents.agenda import Agenda
    from coordreg.documents.agendareport import agenda_output
    from coordreg.documents.output import AGENDA, DOCUMENT, MINUTE, REGULATION_TEXT
    from coordreg.documents.plan import AnnualPlan
    from coordreg.edit.handover import Transfer, TransferResult
    from coordreg.model import Regulation

    if at is not None and not isinstance(document, Regulation):
        raise ValueError("`at` chooses the day of a regulation's text; this is not one")
    if isinstance(document, AnnualPlan):
        _require(output_format, DOCUMENT.suffixes, "a plan")
        return rendering.plan_document(document, output_format, lang, templates)
    if isinstance(document, Agenda):
        _require(output_format, AGENDA.suffixes, "an agenda")
        return agenda_output(document, output_format, lang)
    if isinstance(document, TransferResult):
        document = document.transfer
    if isinstance(document, Transfer):
        _require(output_format, MINUTE.suffixes, "a handover minute")
        return document.minute_content(output_format, lang)
    if isinstance(document, Regulation):
        _require(output_format, REGULATION_TEXT.suffixes, "a regulation's text")
        return rendering.regulation_document(document, output_format, lang, templates, at)
    _require(output_format, DOCUMENT.suffixes, "a review")
    return rendering.review_document(document, output_format, lang, templates)


def _require(output_format: str, formats: Collection[str], what: str) -> None:
    if output_format not in formats:
        raise ValueError(f"{what} has no {output_format!r} form; it has {', '.join(formats)}")
