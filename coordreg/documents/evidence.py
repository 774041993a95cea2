"""The evidence of the results, as the five-year review cites it.

A result may carry the document that shows it (its number and date) and the day
the duty was completed (`evidence`, `completed` in the record; filled in by the
units' checklists, `coordreg evaluate --from-xlsx`). The review lists them per
duty-year in its JSON (`evidence`), and cites a result's document after its note
in the report ("(văn bản số 125/BC-A05 ngày 20/12/2026)").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from coordreg.catalogue.labels import Labels
from coordreg.model import Evaluation, Result, results_in


def citation(result: Result, t: Labels, day: Callable[[date], str]) -> str:
    """The result's document in words, in brackets; "" when it names none."""
    evidence = result.evidence
    if evidence is None or not (evidence.number or evidence.date):
        return ""
    number = t("review.evidence_number", number=evidence.number) if evidence.number else ""
    on = t("review.evidence_day", date=day(evidence.date)) if evidence.date else ""
    return t("review.evidence", number=number, day=on)


class EvidenceCitations:
    """`evidence(result)` for the review's templates, beside the context's `t` and `date`."""

    t: Labels

    def date(self, day: date) -> str:  # pragma: no cover - the context's own is used
        raise NotImplementedError

    def evidence(self, result: Result) -> str:
        """ " (văn bản số 125/BC-A05 ngày 20/12/2026)" after a result's note, or ""."""
        cited = citation(result, self.t, self.date)
        return f" {cited}" if cited else ""


def evidence_json(records: Iterable[Evaluation | None]) -> list[dict[str, Any]]:
    """Each duty-year of the period's `records` (None: a year without one) whose result
    gives a document or a completion date, by year, in the order of the record."""
    cited = []
    for record in records:
        if record is None:
            continue
        for duty_id, entry in record.results.items():
            for party, result in results_in(entry):
                evidence = result.evidence
                if evidence is None and result.completed is None:
                    continue
                cited.append(
                    {
                        "year": record.year,
                        "duty": duty_id,
                        # Only a result of one party says whose it is: old records as before.
                        **({"party": party} if party is not None else {}),
                        "status": result.status,
                        "completed": result.completed.isoformat() if result.completed else None,
                        "number": evidence.number if evidence else None,
                        "date": evidence.date.isoformat() if evidence and evidence.date else None,
                    }
                )
    return cited
