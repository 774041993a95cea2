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

from coordreg.check.checker import check_evaluation, check_regulation, read_into
from coordreg.errors import DataError, UsageError
from coordreg.files.root import regulations_folder
from coordreg.findings import CheckResult, Severity
from coordreg.model import Evaluation, Regulation
from coordreg.model.timeline import Timeline

REGULATIONS_DIR = Path("regulations")


def find_regulation(ref: str, root: Path | None = None) -> Path:
    """The regulation.yaml that `ref` (an id, a folder or a file) names.

    An id is looked up in `root`, by default the `regulations/` folder of the
    repository the working folder is in (found from any of its subfolders).
    """
    if root is None:
        root = regulations_folder()
    given = Path(ref)
    if given.is_file():
        return given
    if given.is_dir() and (given / "regulation.yaml").is_file():
        return given / "regulation.yaml"
    by_id = root / ref / "regulation.yaml"
    if not ref.startswith(("-", ".")) and "/" not in ref and by_id.is_file():
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


def record_years(folder: Path) -> list[int]:
    """The years that have a record file (`evaluations/YYYY.yaml`) in a regulation folder."""
    return sorted(
        int(record.stem)
        for record in (folder / "evaluations").glob("*.yaml")
        if record.stem.isascii() and record.stem.isdigit()  # not "²⁰²²", which int() refuses
    )


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
    available = record_years(file.parent)
    wanted = set(years(regulation, available) if years is not None else available)
    evaluations: dict[int, Evaluation] = {}
    timeline = Timeline(regulation)
    for year in sorted(wanted.intersection(available)):
        record = file.parent / "evaluations" / f"{year}.yaml"
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
