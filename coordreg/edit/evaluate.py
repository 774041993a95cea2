"""`coordreg evaluate`: the skeleton of a year's evaluation record, ready to fill in.

The record lists the same duties as that year's plan (those due in the year and
those carried over), each with an empty status, so `coordreg check` keeps
flagging it until every status is filled in. Each duty's text is a comment
beside it, so the secretariat need not look it up. A duty the plan gives as two
tasks (it changed hands during the year) is one result: a duty is evaluated once
a year, whoever held it. The host is the one whose turn it is at the end of the
year, when the evaluation is held: the plan's, unless that party has ended during
the year, when its successor hosts (the plan, made at the start of the year, still
names the party of its day).
"""

from __future__ import annotations

from pathlib import Path

from coordreg.check.dossier import Dossier
from coordreg.documents.plan import AnnualPlan, build_plan
from coordreg.edit.yamlwriter import key, one_line, scalar
from coordreg.errors import RefusedError
from coordreg.files import probe
from coordreg.files.atomic import cannot_write, write_atomic
from coordreg.files.root import confine

# Titles and duty texts beside the keys are cut to this many characters.
_COMMENT_WIDTH = 96


def _comment(text: str) -> str:
    return one_line(text, _COMMENT_WIDTH)


def record_skeleton(plan: AnnualPlan, host: str | None = None) -> str:
    """The record to fill in; `host` defaults to the plan's."""
    regulation = plan.regulation
    lines = [
        f"# Kết quả đánh giá năm {plan.year}: {_comment(regulation.title)}",
        "# Điền status cho mỗi nhiệm vụ: done | in_progress | not_done | not_applicable,",
        "# và note khi cần. Fill in each status, and a note where useful.",
        f"regulation: {scalar(regulation.id)}",
        f"year: {plan.year}",
        f"host: {scalar(host or plan.host.id)}",
        "held:  # YYYY-MM-DD",
        "results:",
    ]
    written: set[str] = set()
    carried_over = {item.duty.id for item in plan.carried_over}
    for group in plan.groups:
        items = [item for item in group.items if item.duty.id not in written]
        if not items:
            continue
        lines.append(f"  # Điều {group.article.number}. {_comment(group.article.title)}")
        for item in items:
            if item.duty.id in written:
                continue  # the duty's later version, in the same article
            written.add(item.duty.id)
            carried = f" [chuyển tiếp từ {plan.year - 1}]" if item.duty.id in carried_over else ""
            lines.append(f"  {key(item.duty.id)}:  # {_comment(item.duty.text)}{carried}")
            lines.append('    status: ""')
    return "\n".join(lines) + "\n"


def refuse_existing_record(target: Path) -> None:
    if probe.exists(target):
        raise RefusedError("record_exists", path=str(target))


def refuse_outside(target: Path, folder: Path) -> None:
    """Refuse a record whose folder leads out of the regulation's folder.

    `evaluations/` comes with the repository: as a symbolic link to, say, the
    user's home folder it would have coordreg write there.
    """
    records = target.parent
    if not probe.exists(records):
        return  # created inside the folder by the write
    try:
        inside = records.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a loop of links
        inside = False
    if not inside:
        raise RefusedError("records_outside", path=str(records), folder=str(folder))


def write_record_skeleton(dossier: Dossier, year: int) -> tuple[Path, AnnualPlan]:
    """Write `evaluations/<year>.yaml`; refuse if a record for the year exists.

    Written atomically and exclusively: at every moment the record is either
    absent or complete, and an existing one is never replaced.
    """
    plan = build_plan(dossier, year)
    target = dossier.evaluation_file(year)
    refuse_outside(target, dossier.folder)
    confine(target)
    try:
        host = dossier.timeline.host_for(year)
        write_atomic(target, record_skeleton(plan, host), exclusive=True)
    except FileExistsError as error:
        if target.exists() or target.is_symlink():
            raise RefusedError("record_exists", path=str(target)) from None
        raise cannot_write(target, error) from None  # `evaluations` is a file
    except OSError as error:
        raise cannot_write(target, error) from None
    return target, plan
