"""Finding a regulation by id, folder or file, and loading it with its evaluation records.

The commands that produce documents need data they can trust, so loading here
runs the same checks as `coordreg check` and refuses a regulation with errors
(warnings are fine), handing the findings back for the CLI to print.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from coordreg.check.checker import read_into
from coordreg.check.file_checks import check_evaluation, check_regulation
from coordreg.errors import DataError, UsageError
from coordreg.files import probe
from coordreg.files.discover import EVALUATIONS_DIR, record_files
from coordreg.files.root import confine, regulations_folder
from coordreg.findings import CheckResult, Severity, finding
from coordreg.model import Evaluation, Regulation
from coordreg.model.timeline import Timeline

REGULATIONS_DIR = Path("regulations")


def find_regulation(ref: str, root: Path | None = None) -> Path:
    """The regulation.yaml that `ref` (an id, a folder or a file) names.

    An id is looked up in `root`, by default the `regulations/` folder of the
    repository the working folder is in (found from any of its subfolders).

    `UsageError`: `regulation_not_found`; `link_outside` for a name that is a
    symbolic link leading out of the repository, whatever it leads to;
    `unreadable` when a folder on the way cannot be searched.
    """
    if root is None:
        root = regulations_folder()
    given = Path(ref)
    by_id = root / ref / "regulation.yaml"
    plain_id = not ref.startswith(("-", ".")) and "/" not in ref
    for candidate in (given, given / "regulation.yaml", *([by_id] if plain_id else [])):
        confine(candidate)
    if probe.is_file(given):
        return given
    if probe.is_dir(given) and probe.is_file(given / "regulation.yaml"):
        return given / "regulation.yaml"
    if plain_id and probe.is_file(by_id):
        return by_id
    raise UsageError("regulation_not_found", ref=ref, root=str(root))


@dataclass
class Dossier:
    """A regulation and the evaluation records beside it, all checked."""

    regulation: Regulation
    file: Path
    evaluations: dict[int, Evaluation] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.file.parent

    @cached_property
    def timeline(self) -> Timeline:
        """The regulation through time: what was in force on each day."""
        return Timeline(self.regulation)

    def evaluation_file(self, year: int) -> Path:
        return self.folder / "evaluations" / f"{year}.yaml"


def _years(records: list[Path]) -> list[int]:
    return sorted(
        int(record.stem)
        for record in records
        if record.suffix == ".yaml"
        and record.stem.isascii()
        and record.stem.isdigit()  # not "²⁰²²", which int() refuses
    )


def record_years(folder: Path) -> list[int]:
    """The years that have a record file (`evaluations/YYYY.yaml`) in a regulation folder.

    An `evaluations/` folder that cannot be read is a `DataError` (CR012 on the
    folder): which records it holds is unknown, not none.
    """
    records, problem = record_files(folder)
    if problem is not None:
        shown = str(folder / EVALUATIONS_DIR)
        found = finding(shown, (0, 0), "CR012", detail=problem)
        raise DataError(CheckResult([shown], [found], {shown: ""}))
    return _years(records)


YearChooser = Callable[[Regulation, list[int]], Iterable[int]]


def load_dossier(file: Path, years: YearChooser | None = None) -> Dossier:
    """Load and check a regulation and its records; `DataError` if any has errors.

    `years(regulation, years with a record)` chooses the records the command
    needs; the others are not read, so an unfinished record of one year does
    not block a document about another. Without it, every record is read.
    """
    result = CheckResult()
    regulation, found = check_regulation(read_into(result, file), file)
    result.findings.extend(found)
    if regulation is None or any(f.severity is Severity.ERROR for f in result.findings):
        result.findings.sort()
        raise DataError(result)
    records, problem = record_files(file.parent)
    available = _years(records)
    wanted = set(years(regulation, available) if years is not None else available)
    if problem is not None and (years is None or wanted):
        # Records are needed and which exist is unknown: not the same as none.
        shown = str(file.parent / EVALUATIONS_DIR)
        result.files.append(shown)
        result.findings.append(finding(shown, (0, 0), "CR012", detail=problem))
        result.findings.sort()
        raise DataError(result)
    evaluations: dict[int, Evaluation] = {}
    timeline = Timeline(regulation)
    for year in sorted(wanted.intersection(available)):
        record = file.parent / EVALUATIONS_DIR / f"{year}.yaml"
        confine(record)
        evaluation, found = check_evaluation(
            read_into(result, record), record, regulation, evaluations, timeline=timeline
        )
        result.findings.extend(found)
        if evaluation is not None:
            evaluations[evaluation.year] = evaluation
    result.findings.sort()
    if any(f.severity is Severity.ERROR for f in result.findings):
        raise DataError(result)
    return Dossier(regulation, file, evaluations)
