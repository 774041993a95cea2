"""Every earlier value (`before` entry) says what was different before its act.

An entry of `before` reads "until ACT took effect, these fields were ...": one
that names only its `act` says nothing, and changes nothing on any day. It is
usually left over from an edit, or the fields were written at the wrong
indentation. A warning, not an error: the regulation reads the same with or
without it. A field given as null (`deliverable: null`, "there was none") does
say something, and is not this finding.

Failing example::

    format: 2
    acts:
      - id: bb-2025
        kind: handover
        title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
        signed: 2025-02-28
        effective: 2025-03-01
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Giám sát an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: bca-a05
                schedule: continuous
                before:
                  - act: bb-2025     # CR906: the earlier value under 'bb-2025' gives no field

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Giám sát an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: bca-a05
                schedule: continuous
                before:
                  - act: bb-2025
                    lead: btttt-cattt
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext
from coordreg.rules.elements import elements

CODE = "CR906"
NAME = "earlier-value-changes-nothing"
SEVERITY = Severity.WARNING
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    if context.timeline.timeless:
        return  # no acts, no history: nothing here names an act or holds a period
    for path, element in elements(context.regulation):
        for bi, entry in enumerate(element.before):
            if not entry.changed():
                yield context.at((*path, "before", bi, "act"), CODE, SEVERITY, act=entry.act)
