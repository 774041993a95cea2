"""The JSON Schema `coordreg schema` prints describes the files coordreg reads.

No JSON Schema library is a dependency, so `conforms` below checks a document
against the parts of JSON Schema the bundled schemas use (`$ref`, `anyOf`,
`oneOf`, `type`, `enum`, `properties`, `patternProperties`, `required`,
`additionalProperties`, `items`, the bounds and `pattern`, `format: date`): enough
to tell a file that fits from one that does not, as an editor validating YAML would.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from coordreg.check.schema import file_schemas
from coordreg.check.schema_descriptions import DESCRIPTIONS
from coordreg.cli import app
from coordreg.loader.yamlload import load_text

HISTORY = Path(__file__).with_name("time") / "history.yaml"
RECORD = Path(__file__).parents[1] / "regulations" / "bca-btttt-2021" / "evaluations" / "2024.yaml"

_TYPES: dict[str, tuple[type, ...]] = {
    "object": (dict,),
    "array": (list,),
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "null": (type(None),),
}


def problems(value: Any, schema: dict[str, Any], root: dict[str, Any], at: str = "") -> list[str]:
    """Where `value` does not fit `schema` (empty when it fits)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return problems(value, root["$defs"][name], root, at)
    found: list[str] = []
    if "anyOf" in schema or "oneOf" in schema:
        options = schema.get("anyOf", schema.get("oneOf", []))
        fitting = sum(1 for option in options if not problems(value, option, root, at))
        if fitting == 0 or ("oneOf" in schema and fitting > 1):
            found.append(f"{at}: fits {fitting} of the options")
    kind = schema.get("type")
    if kind is not None:
        is_bool = isinstance(value, bool)
        if not isinstance(value, _TYPES[kind]) or (is_bool and kind != "boolean"):
            return [*found, f"{at}: not {kind}: {value!r}"]
    if "enum" in schema and value not in schema["enum"]:
        found.append(f"{at}: {value!r} not in {schema['enum']}")
    if isinstance(value, str):
        if len(value) < schema.get("minLength", 0):
            found.append(f"{at}: too short")
        if "pattern" in schema and not re.search(schema["pattern"], value):
            found.append(f"{at}: {value!r} does not match {schema['pattern']}")
        if schema.get("format") == "date":
            try:
                date.fromisoformat(value)
            except ValueError:
                found.append(f"{at}: {value!r} is not a date")
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        found.append(f"{at}: {value} out of bounds")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            found.append(f"{at}: too few items")
        for index, item in enumerate(value):
            found += problems(item, schema.get("items", {}), root, f"{at}[{index}]")
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        found += [f"{at}: missing {key}" for key in schema.get("required", []) if key not in value]
        if not schema.get("minProperties", 0) <= len(value) <= schema.get("maxProperties", 1e9):
            found.append(f"{at}: {len(value)} keys")
        patterns = schema.get("patternProperties", {})
        for key, item in value.items():
            matching = [rule for pattern, rule in patterns.items() if re.search(pattern, key)]
            if key in properties:
                found += problems(item, properties[key], root, f"{at}.{key}")
            elif matching:
                for rule in matching:
                    found += problems(item, rule, root, f"{at}.{key}")
            elif schema.get("additionalProperties") is False:
                found.append(f"{at}: unknown key {key}")
            elif isinstance(schema.get("additionalProperties"), dict):
                found += problems(item, schema["additionalProperties"], root, f"{at}.{key}")
    return found


def conforms(path: Path, kind: str) -> list[str]:
    schema = json.loads(CliRunner().invoke(app, ["schema", kind]).stdout)
    doc = load_text(path.read_text(encoding="utf-8"), str(path))
    assert doc.ok
    return problems(doc.data, schema, schema)


def test_the_schema_validates_a_regulation_with_history() -> None:
    assert conforms(HISTORY, "regulation") == []


def test_the_schema_validates_an_evaluation_record_with_a_format(tmp_path: Path) -> None:
    record = tmp_path / "2024.yaml"
    record.write_text("format: 2\n" + RECORD.read_text(encoding="utf-8"), encoding="utf-8")
    assert conforms(record, "evaluation") == []


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (("title: Nguyên tắc phối hợp\n", "title: Nguyên tắc phối hợp\n            number: 2.5\n"),
         "fits 0"),
        (("    kind: handover\n", "    kind: transfer\n"), "not in ['amendment'"),
        (("    effective: 2025-03-01\n", "    effective: 1/3/2025\n"), "is not a date"),
        (("format: 2\n", "format: 0\n"), "fits 0"),
        (("        succeeded_by: bca-a05\n", "        succeeded_by: []\n"), "fits 0"),
        (("            added_by: sd-2026\n", "            added_by_act: sd-2026\n"), "unknown"),
    ],
)  # fmt: skip
def test_the_schema_rejects_what_the_format_does_not_allow(
    tmp_path: Path, change: tuple[str, str], problem: str
) -> None:
    text = HISTORY.read_text(encoding="utf-8")
    assert change[0] in text
    broken = tmp_path / "regulation.yaml"
    broken.write_text(text.replace(change[0], change[1], 1), encoding="utf-8")
    found = conforms(broken, "regulation")
    assert len(found) == 1 and problem in found[0], found


def test_every_key_of_format_2_is_described() -> None:
    regulation = file_schemas()["regulation"]
    definitions = regulation["$defs"]
    for name in ("Chapter", "Article", "Clause", "Point", "Duty"):
        for key in ("added_by", "repealed_by", "before"):
            assert definitions[name]["properties"][key]["description"], (name, key)
    for name in ("Party", "Unit"):
        for key in ("since", "until", "succeeded_by", "before"):
            assert definitions[name]["properties"][key]["description"], (name, key)
    assert all(field.get("description") for field in definitions["Act"]["properties"].values())
    assert "CR017" in regulation["properties"]["format"]["description"]
    assert regulation["properties"]["acts"]["description"].startswith("The legal acts")
    evaluation = file_schemas()["evaluation"]
    assert evaluation["properties"]["format"]["description"].startswith("The file format")


def test_the_descriptions_name_keys_that_exist() -> None:
    regulation, evaluation = file_schemas()["regulation"], file_schemas()["evaluation"]
    models = {**regulation["$defs"], "Regulation": regulation, "Evaluation": evaluation}
    for name, keys in DESCRIPTIONS.items():
        assert set(keys) <= set(models[name]["properties"]), name
