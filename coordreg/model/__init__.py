"""The pydantic models of the two file kinds."""

from coordreg.model.amendments import ACT_KINDS, FORMAT_VERSION, Act, ActKind
from coordreg.model.common import Signatory
from coordreg.model.decision import Decision, DecisionArticle
from coordreg.model.evaluation import (
    STATUSES,
    DutyResult,
    Evaluation,
    Evidence,
    PartyResults,
    Result,
    Status,
    keyed_results,
    result_of,
    results_in,
)
from coordreg.model.leads import EachLead, JointLead, LeadMode
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
    "DutyResult",
    "EachLead",
    "Evaluation",
    "EvaluationSettings",
    "Evidence",
    "JointLead",
    "LeadMode",
    "Party",
    "PartyResults",
    "Point",
    "Regulation",
    "Result",
    "Schedule",
    "Signatory",
    "Status",
    "Unit",
    "Unplaced",
    "keyed_results",
    "result_of",
    "results_in",
]
