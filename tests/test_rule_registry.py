"""The registry of codes: every rule module is complete, documented and worded in en and vi."""

from __future__ import annotations

import inspect
import re
import string
from pathlib import Path
from types import ModuleType

import pytest

import coordreg.rules
from coordreg.catalogue.finding_variants import VARIANTS
from coordreg.catalogue.findings import MESSAGES
from coordreg.findings import Severity
from coordreg.rules import (
    CODES,
    EVALUATION_CHECKS,
    FORMAT_CHECKS,
    REGULATION_CHECKS,
    RULE_MODULES,
)

RULES_DIR = Path(coordreg.rules.__file__).parent
TESTS_DIR = Path(__file__).parent / "rules"


def short(module: ModuleType) -> str:
    return module.__name__.rsplit(".", 1)[1]


def fields(template: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(template) if name}


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_has_an_english_and_a_vietnamese_message(code: str) -> None:
    english, vietnamese = MESSAGES[code].en, MESSAGES[code].vi
    assert english.strip() and vietnamese.strip()
    assert english != vietnamese or code == "CR104"  # CR104 is all arguments
    assert fields(english) == fields(vietnamese)


def test_every_message_belongs_to_a_code() -> None:
    assert sorted(MESSAGES) == sorted(CODES)


@pytest.mark.parametrize("variant", sorted(VARIANTS), ids="-".join)
def test_every_second_wording_belongs_to_a_code_in_both_languages(
    variant: tuple[str, str],
) -> None:
    code, _name = variant
    text = VARIANTS[variant]
    assert code in CODES
    assert text.en.strip() and text.vi.strip() and text.en != text.vi
    assert fields(text.en) == fields(text.vi)


def test_reading_and_schema_codes_are_registered() -> None:
    expected = {f"CR{n:03d}" for n in range(1, 14)} | {"CR101", "CR102", "CR103", "CR104"}
    assert expected | {"CR608", "CR801"} <= set(CODES)


@pytest.mark.parametrize("module", RULE_MODULES, ids=short)
def test_rule_module_is_complete(module: ModuleType) -> None:
    assert isinstance(module.CODE, str)
    assert isinstance(module.NAME, str)
    assert isinstance(module.SEVERITY, Severity)
    # "format": read from the file's data before a model is built (CR310).
    assert module.SCOPE in ("regulation", "evaluation", "any", "format")
    assert inspect.isgeneratorfunction(module.check)
    doc = module.__doc__ or ""
    assert "Failing example" in doc
    assert "Passing example" in doc


@pytest.mark.parametrize("module", RULE_MODULES, ids=short)
def test_code_and_name_match_the_module_file(module: ModuleType) -> None:
    match = re.fullmatch(r"cr(\d{3})_(\w+)", short(module))
    assert match is not None
    assert f"CR{match.group(1)}" == module.CODE
    assert match.group(2).replace("_", "-") == module.NAME


@pytest.mark.parametrize("module", RULE_MODULES, ids=short)
def test_codes_list_the_rule(module: ModuleType) -> None:
    doc = CODES[module.CODE]
    assert (doc.code, doc.name, doc.severity) == (module.CODE, module.NAME, module.SEVERITY)
    assert doc.summary == inspect.cleandoc(module.__doc__ or "").splitlines()[0]


def test_codes_are_unique() -> None:
    codes = [module.CODE for module in RULE_MODULES]
    assert len(codes) == len(set(codes))
    names = [module.NAME for module in RULE_MODULES]
    assert len(names) == len(set(names))


def test_every_rule_module_is_registered() -> None:
    on_disk = sorted(path.stem for path in RULES_DIR.glob("cr[0-9][0-9][0-9]_*.py"))
    assert on_disk == sorted(short(module) for module in RULE_MODULES)


def test_checks_are_split_by_scope() -> None:
    # A rule of scope "any" (CR802) runs on regulations and on records.
    scopes = [module.SCOPE for module in RULE_MODULES]
    assert len(REGULATION_CHECKS) == scopes.count("regulation") + scopes.count("any")
    assert len(EVALUATION_CHECKS) == scopes.count("evaluation") + scopes.count("any")
    assert len(FORMAT_CHECKS) == scopes.count("format")
    assert len(REGULATION_CHECKS) + len(EVALUATION_CHECKS) + len(FORMAT_CHECKS) == len(
        RULE_MODULES
    ) + scopes.count("any")


@pytest.mark.parametrize("module", RULE_MODULES, ids=short)
def test_every_rule_has_a_test_file(module: ModuleType) -> None:
    assert (TESTS_DIR / f"test_{short(module)}.py").is_file()
