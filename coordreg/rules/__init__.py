"""The registry of every finding code: the rules, and the codes of reading and schema.

Rules are listed here explicitly, one module each, so the order in which they
run and the set of codes are plain to see.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import cast

from coordreg.findings import Finding, Severity
from coordreg.rules import (
    cr201_duplicate_id,
    cr202_id_matches_folder,
    cr301_unknown_reference,
    cr302_lead_also_supports,
    cr303_standing_office_of_party,
    cr304_party_not_in_rotation,
    cr305_duplicate_supporter,
    cr401_chapter_numbering,
    cr402_article_numbering,
    cr403_clause_numbering,
    cr404_point_labels,
    cr501_effective_before_signed,
    cr502_due_outside_life,
    cr503_first_year_before_effective,
    cr504_until_before_effective,
    cr601_evaluation_year,
    cr602_evaluation_host,
    cr603_unknown_duty,
    cr604_evaluation_regulation,
    cr605_evaluation_file_name,
    cr606_missing_result,
    cr607_held_before_year,
    cr609_unknown_host,
    cr701_party_leads_no_duty,
)
from coordreg.rules.base import EvaluationContext, RegulationContext
from coordreg.rules.reading_codes import READING_CODES
from coordreg.rules.schema_codes import SCHEMA_CODES

RULE_MODULES: tuple[ModuleType, ...] = (
    cr201_duplicate_id,
    cr202_id_matches_folder,
    cr301_unknown_reference,
    cr302_lead_also_supports,
    cr303_standing_office_of_party,
    cr304_party_not_in_rotation,
    cr305_duplicate_supporter,
    cr401_chapter_numbering,
    cr402_article_numbering,
    cr403_clause_numbering,
    cr404_point_labels,
    cr501_effective_before_signed,
    cr502_due_outside_life,
    cr503_first_year_before_effective,
    cr504_until_before_effective,
    cr601_evaluation_year,
    cr602_evaluation_host,
    cr603_unknown_duty,
    cr604_evaluation_regulation,
    cr605_evaluation_file_name,
    cr606_missing_result,
    cr607_held_before_year,
    cr609_unknown_host,
    cr701_party_leads_no_duty,
)

RegulationCheck = Callable[[RegulationContext], Iterator[Finding]]
EvaluationCheck = Callable[[EvaluationContext], Iterator[Finding]]

REGULATION_CHECKS: tuple[RegulationCheck, ...] = tuple(
    cast(RegulationCheck, rule.check) for rule in RULE_MODULES if rule.SCOPE == "regulation"
)
EVALUATION_CHECKS: tuple[EvaluationCheck, ...] = tuple(
    cast(EvaluationCheck, rule.check) for rule in RULE_MODULES if rule.SCOPE == "evaluation"
)


@dataclass(frozen=True)
class CodeDoc:
    """What `coordreg rules` lists and `coordreg explain` prints."""

    code: str
    name: str
    severity: Severity
    doc: str

    @property
    def summary(self) -> str:
        return self.doc.strip().splitlines()[0]


def _all_codes() -> dict[str, CodeDoc]:
    codes = {
        code: CodeDoc(code, name, severity, inspect.cleandoc(doc))
        for code, (name, severity, doc) in {**READING_CODES, **SCHEMA_CODES}.items()
    }
    for rule in RULE_MODULES:
        codes[rule.CODE] = CodeDoc(
            rule.CODE, rule.NAME, rule.SEVERITY, inspect.cleandoc(rule.__doc__ or "")
        )
    return dict(sorted(codes.items()))


CODES: dict[str, CodeDoc] = _all_codes()
