"""Every act that changes the regulation takes effect while the regulation is in force.

A change that takes effect before the regulation does would change a text that
was not yet in force, and one after the regulation's `until` a text no longer in
force: the date is wrong, or the act belongs to another regulation. An act that
changes nothing itself and is only named as the `basis` of another (the decree
behind a handover) may be older than the regulation.

Failing example::

    format: 2
    acts:
      - id: sd-2021
        title: Sửa đổi, bổ sung Điều 3 của Quy chế phối hợp
        signed: 2021-05-20
        effective: 2021-06-01        # CR903: act 'sd-2021' takes effect on 2021-06-01, outside
                                     #        the regulation's life (2022-01-10 to open-ended)
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
                  - act: sd-2021
                    lead: btttt-cattt

Passing example::

    acts:
      - id: sd-2024
        title: Sửa đổi, bổ sung Điều 3 của Quy chế phối hợp
        signed: 2024-05-20
        effective: 2024-06-01
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
                    lead: btttt-cattt
"""

from __future__ import annotations

from collections.abc import Iterator

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext
from coordreg.rules.elements import named_acts

CODE = "CR903"
NAME = "act-outside-life"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    changing = {named for _where, key, named in named_acts(regulation) if key != "basis"}
    bases = {act.basis for act in regulation.acts}
    for ai, act in enumerate(regulation.acts):
        if act.id in bases and act.id not in changing:
            continue
        if not regulation.in_force_on(act.effective):
            yield context.at(
                ("acts", ai, "effective"),
                CODE,
                SEVERITY,
                act=act.id,
                effective=act.effective.isoformat(),
                start=regulation.effective.isoformat(),
                end=regulation.until.isoformat() if regulation.until else "open",
            )
