"""The pydantic models of the two file kinds."""

from coordreg.model.amendments import ACT_KINDS, FORMAT_VERSION, Act, ActKind
from coordreg.model.common import Signatory
from coordreg.model.decision import Decision, DecisionArticle
from coordreg.model.evaluation import STATUSES, Evaluation, Evidence, Result, Status
from coordreg.model.regulation import (
    Article,
    Chapter,
    Clause,
    Duty,
    EvaluationSettings,
    Party,
    Point,
    Regulation,
    Unit,
    Unplaced,
)
from coordreg.model.schedule import Schedule

__all__ = [
    "ACT_KINDS",
    "FORMAT_VERSION",
    "STATUSES",
    "Act",
    "ActKind",
    "Article",
    "Chapter",
    "Clause",
    "Decision",
    "DecisionArticle",
    "Duty",
    "Evaluation",
    "EvaluationSettings",
    "Evidence",
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
