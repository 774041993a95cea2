"""`coordreg check` as a library call: find the files, read them, run the rules.

A path may be a folder (every `regulation.yaml` below it, with its
`evaluations/*.yaml`), a regulation file, or an evaluation record (checked
against the `regulation.yaml` of its folder, which is then checked too).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from coordreg.errors import UsageError
from coordreg.findings import Finding, Severity, finding
from coordreg.model import Evaluation, Regulation
from coordreg.rules import EVALUATION_CHECKS, REGULATION_CHECKS
from coordreg.rules.base import EvaluationContext, RegulationContext
from coordreg.schema import validate
from coordreg.yamlload import DEFAULT_LIMITS, Document, Limits, load_file, load_text

REGULATION_FILE = "regulation.yaml"
EVALUATIONS_DIR = "evaluations"
YAML_SUFFIXES = (".yaml", ".yml")


@dataclass
class CheckResult:
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    # The text of each file, for reporters that show the offending line.
    sources: dict[str, str] = field(default_factory=dict)

    @property
    def errors(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for f in self.findings if f.severity is Severity.WARNING)


@dataclass
class _Folder:
    """A regulation folder and the files of it that are to be checked."""

    regulation: Path | None = None
    evaluations: set[Path] = field(default_factory=set)


def _is_evaluation(path: Path) -> bool:
    return path.parent.name == EVALUATIONS_DIR


def _is_checked_name(folder: Path, name: str) -> bool:
    return name == REGULATION_FILE or (
        folder.name == EVALUATIONS_DIR and name.lower().endswith(YAML_SUFFIXES)
    )


def _walk(root: Path) -> Iterable[Path]:
    # os.walk neither follows symlinked folders (no loops) nor stops on an
    # unreadable one; hidden folders (.git, .venv) are never regulations. A
    # folder named like a checked file (regulation.yaml/) is taken as that file,
    # so that it is reported as unreadable rather than searched.
    for folder, subfolders, files in os.walk(root):
        here = Path(folder)
        named_like_files = {d for d in subfolders if _is_checked_name(here, d)}
        subfolders[:] = sorted(
            d for d in subfolders if not d.startswith(".") and d not in named_like_files
        )
        for name in sorted([*files, *named_like_files]):
            if _is_checked_name(here, name):
                yield here / name


def same_file_key(path: Path) -> Path:
    """What tells two names of one file apart from two files: the path with links resolved.

    A loop of links has no resolved path (Path.resolve raises); it keeps its own
    name, and reading it reports the loop (CR012).
    """
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def discover(paths: Sequence[Path]) -> dict[Path, _Folder]:
    """The files to check, grouped by the regulation folder they belong to."""
    folders: dict[Path, _Folder] = {}
    for path in paths:
        if not path.exists() and not path.is_symlink():
            raise UsageError("path_missing", path=str(path))
        searched = path.is_dir() and not _is_checked_name(path.parent, path.name)
        found = list(_walk(path)) if searched else [path]
        if searched and not found:
            raise UsageError("no_regulations", path=str(path))
        for file in found:
            if _is_evaluation(file):
                group = folders.setdefault(file.parent.parent, _Folder())
                group.evaluations.add(file)
                sibling = file.parent.parent / REGULATION_FILE
                if group.regulation is None and sibling.is_file():
                    group.regulation = sibling
            else:
                folders.setdefault(
                    file.parent if file.name == REGULATION_FILE else file, _Folder()
                ).regulation = file
    return folders


def _display(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def read_into(result: CheckResult, path: Path, limits: Limits = DEFAULT_LIMITS) -> Document:
    """Load `path`, recording the file, its text and its reading findings in `result`."""
    shown = _display(path)
    doc = load_file(path, shown, limits)
    result.files.append(shown)
    result.sources[shown] = doc.text
    result.findings.extend(doc.findings)
    return doc


def limit_findings(found: list[Finding], limit: int) -> list[Finding]:
    """`found` in order, at most `limit` of them, then one CR014 that counts the rest.

    CR014 is an error if any finding left out is one, so a file fails as it would
    with the full list.
    """
    if len(found) <= limit:
        return found
    ordered = sorted(found)
    rest = ordered[limit:]
    first = rest[0]
    severity = (
        Severity.ERROR if any(f.severity is Severity.ERROR for f in rest) else Severity.WARNING
    )
    over = finding(
        first.file, (first.line, first.column), "CR014", severity, limit=limit, count=len(rest)
    )
    return [*ordered[:limit], over]


def check_regulation(
    doc: Document, file: Path, limits: Limits = DEFAULT_LIMITS
) -> tuple[Regulation | None, list[Finding]]:
    """Schema and rule findings for a loaded regulation file (at most `limits.max_findings`)."""
    if not doc.ok:
        return None, []
    regulation, found = validate(doc, Regulation)
    if regulation is None:
        return None, limit_findings(found, limits.max_findings)
    context = RegulationContext(doc, regulation, file)
    for rule in REGULATION_CHECKS:
        found.extend(rule(context))
    return regulation, limit_findings(found, limits.max_findings)


def check_evaluation(
    doc: Document,
    file: Path,
    regulation: Regulation | None,
    earlier: dict[int, Evaluation] | None = None,
    limits: Limits = DEFAULT_LIMITS,
) -> tuple[Evaluation | None, list[Finding]]:
    """Schema and rule findings for a loaded evaluation record.

    `earlier` holds the records already checked, by year, so that rules can
    compare a record with the year before.
    """
    if not doc.ok:
        return None, []
    evaluation, found = validate(doc, Evaluation)
    if evaluation is None:
        return None, limit_findings(found, limits.max_findings)
    previous = (earlier or {}).get(evaluation.year - 1)
    context = EvaluationContext(doc, evaluation, file, regulation, previous)
    for rule in EVALUATION_CHECKS:
        found.extend(rule(context))
    return evaluation, limit_findings(found, limits.max_findings)


def check_paths(paths: Sequence[Path], limits: Limits = DEFAULT_LIMITS) -> CheckResult:
    """Check every regulation and evaluation record found at `paths`."""
    result = CheckResult()
    for _folder, group in sorted(discover(paths).items()):
        regulation: Regulation | None = None
        if group.regulation is not None:
            doc = read_into(result, group.regulation, limits)
            regulation, found = check_regulation(doc, group.regulation, limits)
            result.findings.extend(found)
        checked: dict[int, Evaluation] = {}
        for file in sorted(group.evaluations):
            doc = read_into(result, file, limits)
            if group.regulation is None and doc.ok:
                result.findings.append(finding(doc.path, (0, 0), "CR608"))
            evaluation, found = check_evaluation(doc, file, regulation, checked, limits)
            result.findings.extend(found)
            if evaluation is not None:
                checked[evaluation.year] = evaluation
    result.findings.sort()
    return result


def check_text(text: str, target: Path) -> CheckResult:
    """Check a regulation's text that is not on disk yet, as if it were at `target`.

    `coordreg new` and `coordreg import` check what they are about to write.
    """
    result = CheckResult()
    shown = str(target)
    doc = load_text(text, shown)
    result.files.append(shown)
    result.sources[shown] = text
    result.findings.extend(doc.findings)
    _regulation, found = check_regulation(doc, target)
    result.findings.extend(found)
    result.findings.sort()
    return result
