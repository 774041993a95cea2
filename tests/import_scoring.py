"""How well `coordreg import` reads the texts of tests/import_texts/, field by field.

The expectations are written by hand in tests/import_texts/expected.yaml; this
module imports each text, compares what the file says with them, and counts:
heading fields right, structure counts right, duties found (a duty is found
when an imported duty's text holds the expected words and its lead, its joint
note and its kind of schedule agree), the words of the source the file lost
(`import_accounting`), and the errors `coordreg check` finds. The tests assert
the targets; `benchmarks/bench_import.py` prints the scores.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from import_accounting import lost_words
from ruamel.yaml import YAML

from coordreg.importer import import_text
from coordreg.importer.build import PLACEHOLDER_TITLE
from coordreg.importer.names import fold

TEXTS = Path(__file__).parent / "import_texts"
EXPECTED = TEXTS / "expected.yaml"
# A date to stand for today, so that nothing depends on the day the tests run.
TODAY = date(2026, 1, 1)
# On a whole text, the share of the duties a careful reader finds that must be found.
DUTY_TARGET = 0.8
JOINT_NOTE = "nhiệm vụ chung"


def expectations() -> dict[str, dict[str, Any]]:
    """The hand-written expectations, by file name."""
    loaded = YAML(typ="safe").load(EXPECTED.read_text(encoding="utf-8"))
    assert isinstance(loaded, dict)
    return loaded


@dataclass
class Check:
    """One field compared: its name, whether it is right, what was found and wanted."""

    field: str
    right: bool
    found: object
    wanted: object


@dataclass
class FixtureScore:
    name: str
    full: bool
    heading: list[Check] = field(default_factory=list)
    structure: list[Check] = field(default_factory=list)
    duties_expected: int = 0
    duties_found: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    lost: dict[str, int] = field(default_factory=dict)
    check_errors: int = 0
    check_codes: list[str] = field(default_factory=list)
    text: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def wrong(self) -> list[Check]:
        return [check for check in (*self.heading, *self.structure) if not check.right]

    @property
    def duty_share(self) -> float:
        return self.duties_found / self.duties_expected if self.duties_expected else 1.0


def _names(data: dict[str, Any]) -> dict[str, str]:
    names: dict[str, str] = {}
    for party in data.get("parties", []):
        names[party["id"]] = party["name"]
        for unit in party.get("units", []):
            names[unit["id"]] = unit["name"]
    return names


def _duties(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [
        duty
        for chapter in data.get("chapters", [])
        for article in chapter.get("articles", [])
        for duty in article.get("duties", [])
    ]


def _kind(schedule: object) -> str:
    if isinstance(schedule, dict):
        return str(next(iter(schedule)))
    return str(schedule)


def _matches(duty: dict[str, Any], wanted: dict[str, Any], names: dict[str, str]) -> bool:
    if fold(wanted["at"]) not in fold(duty["text"]):
        return False
    lead = duty["lead"]
    # A joint or each-party lead ({jointly: [...]}, issue 16) is its first body's.
    first = next(iter(lead.values()))[0] if isinstance(lead, dict) else lead
    if fold(names.get(first, "")) != fold(wanted["lead"]):
        return False
    joint = isinstance(lead, dict) or (
        JOINT_NOTE in (duty.get("review") or "") and bool(duty.get("support"))
    )
    if joint != bool(wanted.get("joint", False)):
        return False
    return "schedule" not in wanted or _kind(duty["schedule"]) == wanted["schedule"]


def _heading(data: dict[str, Any], wanted: dict[str, Any]) -> list[Check]:
    checks: list[Check] = []
    for name, value in wanted.items():
        found: object
        if name == "parties":
            found = [party["name"] for party in data.get("parties", [])]
        elif name == "signatories":
            found = [(p.get("signatory") or {}).get("name") for p in data.get("parties", [])]
        elif name == "legal_bases":
            found = len(data.get("legal_bases", []))
        else:
            found = data.get(name)
        checks.append(Check(name, found == value, found, value))
    return checks


def _decision(data: dict[str, Any], wanted: dict[str, Any]) -> list[Check]:
    decision = data.get("decision") or {}
    checks: list[Check] = []
    for name, value in wanted.items():
        found: object
        if name == "articles":
            found = len(decision.get("articles", []))
        elif name == "signatory":
            found = (decision.get("signatory") or {}).get("name")
        else:
            found = decision.get(name)
        checks.append(Check(f"decision.{name}", found == value, found, value))
    return checks


def _structure(data: dict[str, Any], wanted: dict[str, int]) -> list[Check]:
    chapters = [c for c in data.get("chapters", []) if c.get("title") != PLACEHOLDER_TITLE]
    articles = [a for c in chapters for a in c.get("articles", [])]
    clauses = [k for a in articles for k in a.get("clauses", [])]
    found = {
        "chapters": len(chapters),
        "articles": len(articles),
        "clauses": len(clauses),
        "points": sum(len(k.get("points", [])) for k in clauses),
    }
    return [Check(name, found[name] == value, found[name], value) for name, value in wanted.items()]


def score(name: str, wanted: dict[str, Any]) -> FixtureScore:
    """Import one text and compare the file with what it should say."""
    path = TEXTS / name
    imported = import_text(path, today=TODAY)
    data = YAML(typ="safe").load(imported.text)
    result = FixtureScore(name, bool(wanted.get("full")), text=imported.text, data=data)
    result.heading = _heading(data, wanted.get("heading", {}))
    result.heading += _decision(data, wanted.get("decision", {}))
    result.structure = _structure(data, wanted.get("structure", {}))
    names = _names(data)
    duties = _duties(data)
    matched: set[int] = set()
    for expected in wanted.get("duties") or []:
        result.duties_expected += 1
        hit = next(
            (
                i
                for i, duty in enumerate(duties)
                if i not in matched and _matches(duty, expected, names)
            ),
            None,
        )
        if hit is None:
            result.missed.append(expected["at"])
        else:
            matched.add(hit)
            result.duties_found += 1
    result.extra = [duty["text"] for i, duty in enumerate(duties) if i not in matched]
    result.lost = dict(lost_words(path, imported.text))
    result.check_errors = imported.check.errors
    result.check_codes = [finding.code for finding in imported.check.findings]
    return result


def scores() -> list[FixtureScore]:
    """Every text of the folder, scored."""
    return [score(name, wanted) for name, wanted in expectations().items()]
