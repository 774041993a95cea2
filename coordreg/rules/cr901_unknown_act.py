"""Every act named in the file is declared under `acts`.

An element's `added_by` and `repealed_by`, the `act` of each of its earlier
values (`before`), and an act's `basis` name acts by their ids. A name that is
not declared leaves the element's history without a date: coordreg then reads
the element as changed from the start (so that nothing is hidden), which is
certainly not what the file means. A near miss gets a suggestion.

Failing example::

    format: 2
    acts:
      - id: sd-2024
        title: Sửa đổi, bổ sung một số điều của Quy chế phối hợp
        signed: 2024-01-05
        effective: 2024-01-15
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous
                before:
                  - act: sd-2024
                    support: [btttt-cattt]
              - id: dien-tap
                text: Diễn tập ứng cứu sự cố an toàn thông tin mạng.
                lead: btttt-cattt
                schedule: {yearly: 10-15}
                added_by: sd-2042    # CR901: act 'sd-2042' named by 'added_by' is not declared
                                     #        under 'acts' (did you mean 'sd-2024'?)

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous
                before:
                  - act: sd-2024
                    support: [btttt-cattt]
              - id: dien-tap
                text: Diễn tập ứng cứu sự cố an toàn thông tin mạng.
                lead: btttt-cattt
                schedule: {yearly: 10-15}
                added_by: sd-2024
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext, did_you_mean
from coordreg.rules.elements import named_acts

CODE = "CR901"
NAME = "unknown-act"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    if context.timeline.timeless:
        return  # no acts, no history: nothing here names an act or holds a period
    declared = [act.id for act in context.regulation.acts]
    known = set(declared)
    for where, key, named in named_acts(context.regulation):
        if named not in known:
            yield context.at(
                where, CODE, SEVERITY, key=key, ref=named, **did_you_mean(named, declared)
            )
