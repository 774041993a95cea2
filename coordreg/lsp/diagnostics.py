"""Findings as the editor's diagnostics: a range, a severity, the code linked to its documentation.

A finding names one place (a line and a column); an editor underlines a range.
The range is the scalar that starts there (a value, or a key for findings about
keys), cut at the end of its first line so a long folded text is not underlined
from top to bottom; where no scalar starts (a syntax error, a mapping) it is the
word there. A finding about the whole file underlines its first line.
"""

from __future__ import annotations

from lsprotocol import types

from coordreg.findings import Finding, Severity
from coordreg.lsp.analysis import Source
from coordreg.version import rule_doc_url

SOURCE = "coordreg"
_SEVERITY = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
}


def finding_span(item: Finding, source: Source) -> tuple[int, int]:
    """The [start, end) character offsets a finding is about."""
    index = source.index
    if item.line <= 0:
        return 0, index.line_end(0)
    start = index.finding_offset(item.line, item.column)
    line_end = index.line_end(start)
    scalar = source.outline.starting_at(start)
    if scalar is not None and scalar.end > start:
        return start, min(scalar.end, line_end)
    end = start
    while end < line_end and not source.text[end].isspace():
        end += 1
    return start, end


def diagnostic(item: Finding, source: Source, lang: str) -> types.Diagnostic:
    start, end = finding_span(item, source)
    return types.Diagnostic(
        range=source.index.range(start, end),
        message=item.message(lang),
        severity=_SEVERITY[item.severity],
        code=item.code,
        code_description=types.CodeDescription(href=rule_doc_url(item.code)),
        source=SOURCE,
    )


def diagnostics(findings: list[Finding], source: Source, lang: str) -> list[types.Diagnostic]:
    """Every finding as a diagnostic, in the order `check` reports them."""
    return [diagnostic(item, source, lang) for item in sorted(findings)]
