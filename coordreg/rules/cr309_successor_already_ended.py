"""A successor still exists when its predecessor ends.

The body named by `succeeded_by` takes over on the day after its predecessor's
last day (`until`), so it must not itself end on or before that day: the duties
would pass to a body that is already gone. Name the body that really takes
over (often the successor's own successor). A warning: the regulation is not
wrong yet, but the handover it records cannot happen.

Dates count as for CR306: a unit ends with its party when the party ends first.
A `succeeded_by` without `until` is accepted: it records a successor already
decided, before the date of the handover is known, and takes effect once the
body's `until` is written.

Failing example::

    parties:
      - id: stttt
        name: Sở Thông tin và Truyền thông
        until: 2025-02-28
        succeeded_by: so-khcn      # CR309 (warning): successor 'so-khcn' itself ends
      - id: so-khcn                #                  on 2024-12-31, no later than 'stttt'
        name: Sở Khoa học và Công nghệ
        until: 2024-12-31

Passing example::

    parties:
      - id: stttt
        name: Sở Thông tin và Truyền thông
        until: 2025-02-28
        succeeded_by: so-khcn
      - id: so-khcn
        name: Sở Khoa học và Công nghệ
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext
from coordreg.rules.cr308_successor_cycle import cycles, successor_paths

CODE = "CR309"
NAME = "successor-already-ended"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    ends = regulation.body_ends()
    # A cycle is CR308's finding; its bodies always end one before another.
    looping = {body for cycle in cycles(regulation) for body in cycle}
    for body, named in successor_paths(regulation).items():
        for path, successor in named:
            if body not in ends or successor not in ends or body in looping:
                continue
            end, successor_end = ends[body][0], ends[successor][0]
            if successor_end > end:
                continue
            yield context.at(
                path,
                CODE,
                SEVERITY,
                body=body,
                until=end.isoformat(),
                successor=successor,
                successor_until=successor_end.isoformat(),
            )
