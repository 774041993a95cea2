"""The pydantic models of the two file kinds."""

from coordreg.model.evaluation import STATUSES, Evaluation, Result, Status
from coordreg.model.regulation import (
    Article,
    Chapter,
    Clause,
    Duty,
    EvaluationSettings,
    Party,
    Point,
    Regulation,
    Signatory,
    Unit,
    Unplaced,
)
from coordreg.model.schedule import Schedule

__all__ = [
    "STATUSES",
    "Article",
    "Chapter",
    "Clause",
    "Duty",
    "Evaluation",
    "EvaluationSettings",
    "Party",
    "Point",
    "Regulation",
    "Result",
    "Schedule",
    "Signatory",
    "Status",
    "Unit",
    "Unplaced",
]
