"""A file that uses the keys of format 2 says `format: 2`.

Format 2 (docs/format.md) adds a regulation's history: `acts`, and on its
elements `added_by`, `repealed_by`, `before`, a body's `since`, and a list of
successors in `succeeded_by`. A file that uses any of them without saying
`format: 2` at the top reads the same in this coordreg, but a coordreg that
reads only format 1 would report each of them as an unknown key instead of
saying plainly that it is too old for the file (CR017). The finding is at the
first such key in the file, once per file.

Failing example::

    acts:                            # CR905: 'acts' is a key of format 2 but the file
      - id: bb-2025                  #        does not say 'format: 2'
        kind: handover
        title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
        signed: 2025-02-28
        effective: 2025-03-01

Passing example::

    format: 2
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.model import Party, Unit
from coordreg.model.amendments import FORMAT_VERSION
from coordreg.rules.base import Path_, RegulationContext
from coordreg.rules.elements import elements

CODE = "CR905"
NAME = "format-not-declared"
SEVERITY = Severity.WARNING
SCOPE = "regulation"

# The keys format 2 added to the elements that may hold them.
ELEMENT_KEYS = ("added_by", "repealed_by", "before", "since")


def format_2_keys(context: RegulationContext) -> Iterator[Path_]:
    """The path of every key of format 2 the file writes."""
    regulation = context.regulation
    if "acts" in regulation.model_fields_set:
        yield ("acts",)
    for path, element in elements(regulation):
        for key in ELEMENT_KEYS:
            if key in element.model_fields_set:
                yield (*path, key)
        if isinstance(element, Party | Unit) and isinstance(element.succeeded_by, list):
            yield (*path, "succeeded_by")


def check(context: RegulationContext) -> Iterator[Finding]:
    if context.regulation.format == FORMAT_VERSION:
        return
    used = sorted(format_2_keys(context), key=context.doc.key_position)
    if used:
        yield context.at_key(used[0], CODE, SEVERITY, key=str(used[0][-1]))
