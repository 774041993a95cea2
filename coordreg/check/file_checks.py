"""Checking one loaded file: its schema, then the rules, within the findings limit.

`check` runs these for every file of a folder (`check/folder.py`); the language
server, the dossier of a command and the fuzzer run them on one file.
"""

from __future__ import annotations

from pathlib import Path

from coordreg.check.schema import validate
from coordreg.findings import Finding, Severity, finding
from coordreg.loader.document import Document
from coordreg.loader.limits import DEFAULT_LIMITS, Limits
from coordreg.model import Evaluation, Regulation
from coordreg.model.timeline import Timeline
from coordreg.rules import EVALUATION_CHECKS, REGULATION_CHECKS
from coordreg.rules.base import EvaluationContext, RegulationContext


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
