"""No duty is led or supported by a body before that body exists.

A party or unit with `since` exists in this regulation from that day: created
then (the Ministry of Science and Technology as merged on 1 March 2025), or
brought into the regulation then. A unit exists from its party's `since` at the
earliest. A duty it leads or supports that falls due before that day has no
owner for its part until then: the earlier holder belongs in an earlier value of
the duty (`before`, under the act that handed the duty over), as `coordreg
transfer --effective` writes it.

The check runs over the regulation's life with the duty as in force on each day
(its holders and schedule), so a duty handed over on the day the body starts is
fine. Each duty and body is reported
once, at the place in the file that names the body as holder.

Failing example::

    format: 2
    parties:
      - id: bca
        name: Bộ Công an
        units:
          - {id: bca-vp, name: Văn phòng Bộ Công an}
          - {id: bca-a05, name: Cục An ninh mạng, since: 2025-03-01}
      - id: btttt
        name: Bộ Thông tin và Truyền thông
        units:
          - {id: btttt-cattt, name: Cục An toàn thông tin}
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Bảo đảm an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: bca-a05        # CR907: lead 'bca-a05' only exists from 2025-03-01 but
                schedule: continuous #        this duty falls due before that (from 2022-01-10)
              - id: tong-ket-nam
                text: Tổng kết công tác phối hợp hằng năm.
                lead: bca-vp
                support: [btttt-cattt]
                schedule: {yearly: 12-15}

Passing example::

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
            title: Bảo đảm an toàn thông tin
            duties:
              - id: giam-sat-an-toan-thong-tin
                text: Giám sát an toàn thông tin mạng.
                lead: bca-a05
                schedule: continuous
                before:
                  - act: bb-2025
                    lead: btttt-cattt
              - id: tong-ket-nam
                text: Tổng kết công tác phối hợp hằng năm.
                lead: bca-vp
                support: [btttt-cattt]
                schedule: {yearly: 12-15}
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext
from coordreg.rules.periods import (
    body_starts,
    duty_versions,
    falls_due_between,
    never_in_force,
)

CODE = "CR907"
NAME = "duty-before-body"
SEVERITY = Severity.ERROR
SCOPE = "regulation"


def check(context: RegulationContext) -> Iterator[Finding]:
    regulation = context.regulation
    starts = body_starts(regulation)
    if not starts:
        return
    effective = context.timeline.effective
    # A body in force on no day is CR904's finding, once, not one per duty here.
    never = never_in_force(regulation)
    for _placed, versions in duty_versions(regulation, effective):
        reported: set[str] = set()
        for version in versions:
            for where, field, body in version.holders:
                if body not in starts or body in never or body in reported:
                    continue
                since, party = starts[body]
                if since <= version.first:
                    continue
                before = min(version.last, since - timedelta(days=1))
                if falls_due_between(version.schedule, version.first, before):
                    reported.add(body)
                    args: dict[str, Any] = {
                        "field": field,
                        "body": body,
                        "since": since.isoformat(),
                        "start": version.first.isoformat(),
                    }
                    if party is not None:
                        args.update(party=party, hint="starts_with_party")
                    yield context.at(where, CODE, SEVERITY, **args)
