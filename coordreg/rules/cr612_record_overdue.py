"""Every year whose evaluation is past due has its record.

The evaluation of year Y is due by 31 January of Y+1 (or the regulation's last
day, when it ends sooner). Once that day has passed, a year from
`evaluation.first_year` on with no `evaluations/<Y>.yaml` is reported: without
it, plans carry nothing over from that year and the review counts it as never
evaluated. "Today" is `COORDREG_TODAY` when set, else the system's date. Only a
folder that already keeps records is checked: one whose records are kept
elsewhere, or not begun, is not reminded of every year.

Failing example, on 2024-03-01, in a folder that keeps the record of 2023 only::

    evaluation:
      rotation: [bca, btttt]
      first_year: 2022    # CR612: no record of 2022, due 2023-01-31

Passing example::

    evaluation:
      rotation: [bca, btttt]
      first_year: 2023
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from coordreg import clock
from coordreg.findings import Finding, Severity
from coordreg.rules.base import RegulationContext

CODE = "CR612"
NAME = "record-overdue"
SEVERITY = Severity.WARNING
SCOPE = "regulation"
# The evaluation of year Y is due by this day of Y+1 (as `coordreg agenda` lists it).
EVALUATION_BY = (1, 31)


def check(context: RegulationContext) -> Iterator[Finding]:
    folder = context.file.parent / "evaluations"
    kept = {record.stem for record in folder.glob("*.yaml")} if folder.is_dir() else set()
    if not kept:
        return
    regulation = context.regulation
    today = clock.today()
    last = regulation.last_year() or today.year
    for year in range(regulation.evaluation.first_year, min(last, today.year) + 1):
        due = date(year + 1, *EVALUATION_BY)
        if regulation.until is not None:
            due = min(due, regulation.until)
        if due < today and str(year) not in kept:
            yield context.at_key(
                ("evaluation", "first_year"), CODE, SEVERITY, year=year, due=due.isoformat()
            )
