"""The JSON Schema's descriptions of the keys are docs/format.md's (issue 16).

`coordreg/check/format_descriptions.py` is generated from the tables of
docs/format.md by `format_descriptions_source()` below, so that an editor's
hover over a key says what the documentation says; this test fails when the two
drift apart. Regenerate with:

    .venv/bin/python -c "import sys; sys.path.insert(0, 'tests'); \\
        from test_format_descriptions import write; write()"
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
MODULE = ROOT / "coordreg" / "check" / "format_descriptions.py"
# The headings of docs/format.md whose table describes one model of the schema.
SECTIONS = {
    "`regulation.yaml`": "Regulation",
    "Party": "Party",
    "Signatory": "Signatory",
    "Unit": "Unit",
    "Evaluation settings": "EvaluationSettings",
    "Decision": "Decision",
    "Duty": "Duty",
    "`evaluations/<YYYY>.yaml`": "Evaluation",
    "Acts": "Act",
}
# The table of "Chapter, article, clause, point" names the element before each key.
ELEMENTS = {"chapter": "Chapter", "article": "Article", "clause": "Clause"}
_ROW = re.compile(
    r"^\| (?P<element>[a-z]+ )?`(?P<key>[a-z_]+)` \| [^|]* \| [^|]* \| (?P<text>.*) \|$"
)
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")


def descriptions() -> dict[str, dict[str, str]]:
    """Each model's keys and their meaning, from the tables of docs/format.md."""
    found: dict[str, dict[str, str]] = {}
    model: str | None = None
    for line in (ROOT / "docs" / "format.md").read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^#{2,3} (.*)$", line)
        if heading:
            title = heading.group(1).strip()
            model = (
                "elements" if title == "Chapter, article, clause, point" else SECTIONS.get(title)
            )
            continue
        row = _ROW.match(line)
        if model is None or row is None or not row.group("text").strip():
            continue
        owner = model
        if model == "elements":
            owner = ELEMENTS.get((row.group("element") or "").strip(), "")
            if not owner:
                continue
        text = _LINK.sub(r"\1", row.group("text").strip())
        found.setdefault(owner, {})[row.group("key")] = text
    return found


def format_descriptions_source() -> str:
    body = json.dumps(descriptions(), ensure_ascii=False, indent=4)
    return (
        '"""The meaning of each key, from the tables of docs/format.md (generated: do not edit).\n'
        "\n"
        "tests/test_format_descriptions.py generates this module from docs/format.md and\n"
        "checks that it is up to date; `coordreg schema` puts each text in the JSON Schema\n"
        "as the key's description, which an editor shows on hover.\n"
        '"""\n'
        "\n"
        "from __future__ import annotations\n"
        "\n"
        f"FORMAT_DESCRIPTIONS: dict[str, dict[str, str]] = {body}\n"
    )


def write() -> None:
    MODULE.write_text(format_descriptions_source(), encoding="utf-8")


def test_the_generated_module_is_up_to_date() -> None:
    from coordreg.check.format_descriptions import FORMAT_DESCRIPTIONS

    assert descriptions() == FORMAT_DESCRIPTIONS


def test_every_key_of_the_schema_is_described() -> None:
    result = CliRunner().invoke(app, ["schema"])
    assert result.exit_code == 0, result.output
    schema = json.loads(result.stdout)
    undescribed = [
        f"{name}.{key}"
        for name, definition in schema["$defs"].items()
        for key, value in definition.get("properties", {}).items()
        if "description" not in value
    ]
    assert undescribed == []
    duty = schema["$defs"]["Duty"]["properties"]
    # Joint and each-party leads (issue 16) are described where the key is.
    assert duty["lead"]["description"].startswith(
        "The party or unit that leads (chủ trì) (CR301); several bodies that lead it together"
    )


def test_one_schema_validates_both_kinds_and_month_days_as_check_does() -> None:
    import jsonschema
    import yaml

    schema = json.loads(CliRunner().invoke(app, ["schema"]).stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    folder = ROOT / "regulations" / "bca-btttt-2021"
    for file in (folder / "regulation.yaml", folder / "evaluations" / "2022.yaml"):
        data = json.loads(json.dumps(yaml.safe_load(file.read_text(encoding="utf-8")), default=str))
        assert list(validator.iter_errors(data)) == [], file
    regulation = json.loads(json.dumps(yaml.safe_load((folder / "regulation.yaml").read_text(
        encoding="utf-8")), default=str))  # fmt: skip
    duty = next(
        article["duties"][0]
        for chapter in regulation["chapters"]
        for article in chapter["articles"]
        if article.get("duties")
    )
    for schedule, valid in [
        ({"yearly": "12-15"}, True),
        ({"yearly": "31-10"}, False),  # check: CR104, month 31
        ({"yearly": "02-30"}, False),
        ({"half_yearly": "07-01"}, False),  # the first half-year's month: 01-06
        ({"quarterly": "03-25"}, True),
        ({"quarterly": "04-01"}, False),
    ]:
        duty["schedule"] = schedule
        assert validator.is_valid(regulation) is valid, schedule
