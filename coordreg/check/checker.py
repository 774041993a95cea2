"""`coordreg check` as a library call: find the files, read them, run the rules.

A path may be a folder (every `regulation.yaml` below it, with its
`evaluations/*.yaml`), a regulation file, or an evaluation record (checked
against the `regulation.yaml` of its folder, which is then checked too).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from coordreg.catalogue.printable import shown
from coordreg.check.schema import validate
from coordreg.files.discover import discover
from coordreg.findings import CheckResult, Finding, Severity, finding
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.loader.yamlload import load_file, load_text
from coordreg.model import Evaluation, Regulation
from coordreg.model.timeline import Timeline
from coordreg.rules import EVALUATION_CHECKS, REGULATION_CHECKS
from coordreg.rules.base import EvaluationContext, RegulationContext


def _display(path: Path) -> str:
    """The file's label in findings and reports: relative to here, printable (a name
    that is not UTF-8 as `\\xNN`, as no output encoding can write it as Python holds it)."""
    try:
        return shown(str(path.relative_to(Path.cwd())))
    except ValueError:
        return shown(str(path))


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
    timeline: Timeline | None = None,
) -> tuple[Evaluation | None, list[Finding]]:
    """Schema and rule findings for a loaded evaluation record.

    `earlier` holds the records already checked, by year, so that rules can
    compare a record with the year before; `timeline`, the regulation's, when the
    records of one regulation share it.
    """
    if not doc.ok:
        return None, []
    evaluation, found = validate(doc, Evaluation)
    if evaluation is None:
        return None, limit_findings(found, limits.max_findings)
    previous = (earlier or {}).get(evaluation.year - 1)
    context = EvaluationContext(doc, evaluation, file, regulation, previous, timeline)
    for rule in EVALUATION_CHECKS:
        found.extend(rule(context))
    return evaluation, limit_findings(found, limits.max_findings)


def check_paths(paths: Sequence[Path], limits: Limits = DEFAULT_LIMITS) -> CheckResult:
    """Check every regulation and evaluation record found at `paths`."""
    result = CheckResult()
    for _folder, group in sorted(discover(paths).items()):
        for folder, reason in sorted(group.unsearchable.items()):
            # What such a folder holds is unknown: never "no problems".
            shown = _display(folder)
            result.files.append(shown)
            result.findings.append(finding(shown, (0, 0), "CR012", detail=reason))
        for folder, repository in sorted(group.outside.items()):
            shown = _display(folder)
            result.files.append(shown)
            result.findings.append(finding(shown, (0, 0), "CR018", root=str(repository)))
        regulation: Regulation | None = None
        if group.regulation is not None:
            doc = read_into(result, group.regulation, limits)
            regulation, found = check_regulation(doc, group.regulation, limits)
            result.findings.extend(found)
        checked: dict[int, Evaluation] = {}
        timeline = Timeline(regulation) if regulation is not None else None
        for file in sorted(group.evaluations):
            doc = read_into(result, file, limits)
            if group.regulation is None and doc.ok:
                result.findings.append(finding(doc.path, (0, 0), "CR608"))
            evaluation, found = check_evaluation(doc, file, regulation, checked, limits, timeline)
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
