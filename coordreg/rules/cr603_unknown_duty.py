"""Every result names a duty of the regulation in force in the record's year.

A record is checked against the regulation as in force in its year. A result
for a duty the file has but that was not in force at any time of that year (added
by an act that took effect later, or repealed by one that took effect earlier) is
the same fault, worded to say so: "result for duty 'ra-soat-quy-trinh', which is not
in force in 2024: it was added by 'sd-2026' from 2026-07-01". A duty in force in
the year but not due in it (a one-off duty of another year) may have a result:
work finished late is recorded where it was done.

Failing example::

    results:
      trao-doi-thongtin: {status: done}    # CR603: unknown duty
      bao-cao-quy: {status: done}          #        (did you mean 'trao-doi-thong-tin'?)
      tong-ket-nam: {status: done}

Passing example::

    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import date

from coordreg.findings import Finding, Severity
from coordreg.rules.base import EvaluationContext, did_you_mean
from coordreg.rules.periods import PlacedDuty, duties_in_force, placed_duties

CODE = "CR603"
NAME = "unknown-duty"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    regulation, timeline = context.regulation, context.timeline
    if regulation is None or timeline is None:
        return
    duties = [duty.id for _path, _article, duty in regulation.duties()]
    known = set(duties)
    year = context.evaluation.year
    span = timeline.year_span(year)
    # A year outside the regulation's life is CR601's finding, not one per result.
    in_force = duties_in_force(timeline, year) if span is not None else known
    placed: dict[str, PlacedDuty] = {}
    for duty_id in context.evaluation.results:
        where = ("results", duty_id)
        if duty_id not in known:
            yield context.at_key(
                where, CODE, SEVERITY, duty=duty_id, **did_you_mean(duty_id, duties)
            )
        elif span is not None and duty_id not in in_force:
            if not placed:  # only a record with such a result needs the periods
                for found in placed_duties(regulation, timeline.effective):
                    placed.setdefault(found.duty.id, found)
            why = _not_in_force(placed[duty_id], span, timeline.effective)
            if why is not None:
                variant, act, day = why
                yield context.at_key(
                    where,
                    CODE,
                    SEVERITY,
                    variant=variant,
                    duty=duty_id,
                    year=year,
                    act=act,
                    effective=day.isoformat(),
                )


def _not_in_force(
    duty: PlacedDuty, span: tuple[date, date], effective: Mapping[str, date]
) -> tuple[str, str, date] | None:
    """Why a duty is not in force on any day of `span`: the act that adds it later or
    repealed it before, with the day it takes effect; None for an act the file does
    not declare (CR901's finding)."""
    first, last = span
    if duty.added_by is not None and duty.added_by in effective and duty.start > last:
        return "added_later", duty.added_by, duty.start
    if duty.repealed_by is not None and duty.repealed_by in effective and duty.end <= first:
        return "repealed_before", duty.repealed_by, duty.end
    return None
