"""Results by party belong to a duty each party carries out, one for each of its leads.

A duty that each party carries out on its own (`lead: {each: [bca, btttt]}`, "mỗi
Bên") has one result when the parties fared alike, or one per party under
`by_party`, keyed by the ids of its `each`. A duty led by one body, or jointly, has
one result; a result by party for it, a party that is not among its leads, and a
lead left without a result are each a finding. A key may also name a body that ended
during the year and whose duties the lead took over (a record kept before the
handover was recorded): its result is that lead's.

Failing example, for a regulation whose duty ``trao-doi-thong-tin`` is led by ``bca-a05``::

    year: 2023
    results:
      trao-doi-thong-tin:
        by_party:                # CR613: 'trao-doi-thong-tin' has one result
          bca-a05: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}

Passing example::

    year: 2023
    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from functools import partial

from coordreg.findings import Finding, Severity
from coordreg.model import Duty, PartyResults, keyed_results
from coordreg.model.timeline import Timeline
from coordreg.rules.base import EvaluationContext

CODE = "CR613"
NAME = "party-results"
SEVERITY = Severity.ERROR
SCOPE = "evaluation"


def check(context: EvaluationContext) -> Iterator[Finding]:
    timeline = context.timeline
    if timeline is None:
        return
    year = context.evaluation.year
    # The duty as in force in the year when it belongs to it, else as the file has it.
    duties: dict[str, Duty] = {
        duty.id: duty for _path, _article, duty in timeline.regulation.duties()
    }
    year_duties = timeline.year_duties(year)
    duties |= {year_duty.duty.id: year_duty.duty for year_duty in year_duties}
    days = {year_duty.duty.id: year_duty.reference_day for year_duty in year_duties}
    span = timeline.year_span(year)
    year_end = span[1] if span is not None else date(year, 12, 31)
    for duty_id, entry in context.evaluation.results.items():
        duty = duties.get(duty_id)
        if duty is None or not isinstance(entry, PartyResults):
            continue  # an unknown duty is CR603's
        at = ("results", duty_id, "by_party")
        if duty.lead_mode != "each":
            yield context.at_key(at, CODE, SEVERITY, duty=duty_id)
            continue
        leads = ", ".join(duty.leads)
        # A key may name a body the lead took over from during the year (a record
        # kept before the handover was recorded): its result is the lead's.
        day = days.get(duty_id, year_end)
        found, stray = keyed_results(entry, duty.leads, partial(_holder, timeline, day))
        for party in stray:
            yield context.at_key(
                (*at, party),
                CODE,
                SEVERITY,
                variant="not_a_lead",
                party=party,
                duty=duty_id,
                leads=leads,
            )
        for lead in duty.leads:
            if lead not in found:
                yield context.at_key(
                    at, CODE, SEVERITY, variant="missing", party=lead, duty=duty_id, leads=leads
                )


def _holder(timeline: Timeline, day: date, body: str) -> str:
    """Who holds `body`'s duties on `day`: itself, or the successor of a body that ended."""
    return timeline.successor_on(body, day)
