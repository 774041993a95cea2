"""Today's date, as every command that defaults to "today" reads it.

`COORDREG_TODAY=YYYY-MM-DD` fixes the day: tests and demonstrations make the same
documents whatever day they run on (the plan of "this year", the text in force
"today", the agenda from "today").
"""

from __future__ import annotations

import os
from datetime import date


def today() -> date:
    """The day in `COORDREG_TODAY` when it is set, else the system's date."""
    fixed = os.environ.get("COORDREG_TODAY")
    return date.fromisoformat(fixed) if fixed else date.today()
