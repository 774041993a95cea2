"""The findings about a unit's returned checklist workbook (`evaluate --from-xlsx`).

Each entry is the documentation of one code; `coordreg.edit.checklist_cells` and
`coordreg.edit.checklist_merge` make these findings, each at a cell written
`phieu.xlsx!Sheet!H12`. They are not rules over the YAML files: `coordreg check`
never gives them. Any error among them stops the merge: nothing is written.
"""

from __future__ import annotations

from coordreg.findings import Severity

WORKBOOK_CODES: dict[str, tuple[str, Severity, str]] = {
    "CR620": (
        "workbook-content-ignored",
        Severity.WARNING,
        """A returned workbook holds macros or links to other files; they are ignored.

A checklist saved as `.xlsm` carries a macro project (`vbaProject.bin`), and a
cell that refers to another workbook carries an external link. coordreg reads
cells only: macros are never run, links never followed (a linked cell is read
as the value Excel last saved in it).
""",
    ),
    "CR621": (
        "not-a-checklist",
        Severity.ERROR,
        """The workbook is not a checklist that `evaluate --xlsx` wrote for this regulation.

The hidden sheet `coordreg` says which regulation, year and duty each row is
about; without it (a workbook made by hand, or the sheet deleted), or when it
names another regulation, the rows cannot be read as results.
""",
    ),
    "CR622": (
        "checklist-year",
        Severity.ERROR,
        """The checklist was made for another year than the one being merged.

`--year 2026 --from-xlsx phieu-2025.xlsx`: last year's file sent back by
mistake. Each of its rows is also checked as usual (CR627 for the duties not
due in 2026).
""",
    ),
    "CR623": (
        "status-not-in-list",
        Severity.ERROR,
        """A status cell holds something other than the four statuses.

Accepted: the dropdown's Vietnamese words (Hoàn thành, Đang thực hiện, Chưa thực
hiện, Không áp dụng), in any case and Unicode form, and the record's own words
(done, in_progress, not_done, not_applicable). A value pasted over the dropdown,
such as "Xong", is this finding.
""",
    ),
    "CR624": (
        "not-a-date",
        Severity.ERROR,
        """A date cell (document date, completion date) does not hold a date.

A date is an Excel date, or text written day/month/year (15/3/2026) or
year-month-day (2026-03-15). "Tháng 3" or "15/13/2026" is this finding.
""",
    ),
    "CR625": (
        "date-outside-year",
        Severity.ERROR,
        """A completion date falls outside the year evaluated.

The record of 2026 says what was completed in 2026 (CR611 checks the same in
the YAML record); the document date may fall in another year.
""",
    ),
    "CR626": (
        "duty-text-edited",
        Severity.ERROR,
        """The locked text of a duty was changed in the returned checklist.

Each duty row carries a fingerprint of its text in the hidden sheet. A changed
text means the row may no longer be about the duty the record would file it
under (the sheet was unprotected, or rows were pasted over), so its result is
not taken: fill in the result on an unchanged row.
""",
    ),
    "CR627": (
        "duty-not-due",
        Severity.ERROR,
        """A row is about a duty that does not belong to the year merged.

The year's duties are those due in it under the regulation as in force then,
and those left unfinished the year before. A duty repealed before the year, or
a row of another year's checklist, is this finding.
""",
    ),
    "CR628": (
        "checklists-disagree",
        Severity.ERROR,
        """Two returned checklists give different values for one duty.

A duty led by one party and supported by another is on both parties' sheets;
when both fill it in, their status, note, evidence and completion date must
agree (one may leave a value empty). Agree on one value and correct the other
file.
""",
    ),
    "CR629": (
        "row-ignored",
        Severity.WARNING,
        """A row holds values that cannot be taken: no status chosen, or no duty row.

A row whose result columns are filled but whose status is empty, or a row
added below the checklist's duties, is left out of the record.
""",
    ),
}
