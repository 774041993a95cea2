"""Validating loaded data against the models, and the JSON Schema of both file kinds.

Pydantic reports an error at a `loc` path such as ("chapters", 1, "articles", 0,
"title"); this module turns each into a finding at the place in the file that
the path leads to (the key for an unknown key, the parent for a missing one,
the value otherwise), worded from the catalogue, with a "did you mean" for
misspelt keys.
"""

from __future__ import annotations

import difflib
import json
import types
import typing
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from coordreg.check.format_descriptions import FORMAT_DESCRIPTIONS
from coordreg.check.hints import value_hint
from coordreg.check.schema_descriptions import DESCRIPTIONS, PROSE_DESCRIPTIONS
from coordreg.findings import Finding, finding
from coordreg.loader.document import Document
from coordreg.model.common import ID_PATTERN
from coordreg.rules import FORMAT_CHECKS

M = TypeVar("M", bound=BaseModel)

_TYPE_ERRORS = {
    "string_type": "text",
    "int_type": "number",
    "int_parsing": "number",
    "int_from_float": "number",
    "list_type": "list",
    "dict_type": "mapping",
    "model_type": "mapping",
    "model_attributes_type": "mapping",
    "bool_type": "boolean",
}


def validate(doc: Document, model: type[M]) -> tuple[M | None, list[Finding]]:
    """The model built from `doc`, or None and the findings that prevent it."""
    try:
        return model.model_validate(doc.data), []
    except ValidationError as error:
        # One finding per place, code and wording: pydantic can report the same
        # problem twice (once per union member), but two missing keys of one
        # mapping are two findings at the same place.
        found = [_to_finding(doc, model, detail) for detail in error.errors()]
        # What a rule of scope "format" finds (CR310) replaces the model's bare
        # refusal at the same place: the rule says how to write it.
        told = [f for rule in FORMAT_CHECKS for f in rule(doc)]
        places = {(f.line, f.column) for f in told}
        found = [f for f in found if f.code != "CR104" or (f.line, f.column) not in places]
        unique = {(f.file, f.line, f.column, f.code, f.args): f for f in [*found, *told]}
        return None, sorted(unique.values())


def _show(value: Any) -> str:
    """A value as messages quote it; the words for containers are catalogue terms."""
    if value is None:
        return "a_nothing"
    if isinstance(value, dict):
        return "a_mapping"
    if isinstance(value, list):
        return "a_list"
    if isinstance(value, bool):
        return "true" if value else "false"
    text = repr(value) if isinstance(value, str) else str(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _key_name(loc: tuple[int | str, ...]) -> str:
    for step in reversed(loc):
        if isinstance(step, str) and step != "[key]":
            return step
    return "value"


def _to_finding(doc: Document, model: type[BaseModel], detail: ErrorDetails) -> Finding:
    # A tagged union's tag ("<jointly>", "<by_party>") is no key of the file.
    loc = tuple(step for step in detail["loc"] if not str(step).startswith("<"))
    kind = detail["type"]
    ctx = detail.get("ctx") or {}
    value = detail.get("input")
    key = _key_name(loc)
    if kind == "missing":
        return finding(doc.path, doc.value_position(loc[:-1]), "CR101", key=key)
    if kind == "extra_forbidden":
        unknown = str(loc[-1])
        close = difflib.get_close_matches(unknown, _fields_at(model, loc[:-1]), n=1, cutoff=0.6)
        return finding(
            doc.path,
            doc.key_position(loc),
            "CR103",
            key=unknown,
            suggestion=close[0] if close else "",
            hint="comma_in_flow" if " " in unknown.strip() else "",
        )
    if loc and loc[-1] == "[key]":
        position = doc.key_position(loc[:-1])
        loc = loc[:-1]
        value = loc[-1]
    else:
        position = doc.value_position(loc)
    if kind in _TYPE_ERRORS:
        return finding(
            doc.path, position, "CR102", key=key, type=_TYPE_ERRORS[kind], actual=_show(value)
        )
    reason: dict[str, Any]
    if kind == "coordreg":
        reason = {
            "reason": ctx["msgid"],
            **{k: _show(v) if k == "value" else v for k, v in ctx.items() if k != "msgid"},
        }
    elif kind == "string_pattern_mismatch" and ctx.get("pattern") == ID_PATTERN:
        reason = {"reason": "bad_id", "value": _show(value)}
    elif kind == "literal_error":
        # pydantic writes "'a', 'b' or 'c'"; the catalogue's sentence needs a plain list.
        choices = str(ctx.get("expected", "")).replace(" or ", ", ")
        reason = {"reason": "literal", "choices": choices, "value": _show(value)}
    elif kind == "too_short":
        reason = {"reason": "too_short", "min": ctx.get("min_length", 1)}
    elif kind == "string_too_short":
        reason = {"reason": "empty"}
    elif kind in ("greater_than_equal", "less_than_equal"):
        limit = ctx.get("ge", ctx.get("le"))
        reason = {
            "reason": "ge" if kind == "greater_than_equal" else "le",
            "limit": limit,
            "value": _show(value),
        }
    else:
        reason = {"reason": "other", "detail": detail["msg"]}
    raw = ctx.get("value", value) if kind == "coordreg" else value
    reason |= value_hint(reason["reason"], key, raw, doc.data)
    return finding(doc.path, position, "CR104", key=key, **reason)


def _unwrap(annotation: Any) -> list[Any]:
    """The concrete types inside Optional, Annotated, list and dict annotations."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType):
        return [t for arg in typing.get_args(annotation) for t in _unwrap(arg)]
    return [annotation]


def _fields_at(model: type[BaseModel], loc: tuple[int | str, ...]) -> list[str]:
    """The keys the model allows at `loc`, for "did you mean" suggestions."""
    current: list[Any] = [model]
    for step in loc:
        following: list[Any] = []
        for candidate in current:
            origin = typing.get_origin(candidate)
            if isinstance(step, int) and origin is list:
                following += _unwrap(typing.get_args(candidate)[0])
            elif isinstance(step, str) and origin is dict:
                following += _unwrap(typing.get_args(candidate)[1])
            elif isinstance(candidate, type) and issubclass(candidate, BaseModel):
                field = candidate.model_fields.get(str(step))
                if field is not None:
                    following += _unwrap(field.annotation)
        current = following
    names: list[str] = []
    for candidate in current:
        if isinstance(candidate, type) and issubclass(candidate, BaseModel):
            names += list(candidate.model_fields)
    return names


def json_schema(model: type[BaseModel], title: str) -> dict[str, Any]:
    """The JSON Schema of a file kind, for editors that complete and validate YAML."""
    schema = model.model_json_schema(mode="validation")
    described = [(model.__name__, schema), *schema.get("$defs", {}).items()]
    for name, definition in described:
        # An earlier value (EarlierDuty, EarlierClauseValue) means what its element's key does.
        element = name.removeprefix("Earlier").removesuffix("Value")
        element = "EvaluationSettings" if element == "Evaluation" and name != element else element
        sources = [DESCRIPTIONS, PROSE_DESCRIPTIONS, FORMAT_DESCRIPTIONS]
        for source in sources:
            for owner in (name, element):
                for key, words in source.get(owner, {}).items():
                    if key in definition.get("properties", {}):
                        definition["properties"][key].setdefault("description", words)
    _closed_keys(schema)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = title
    return schema


def _closed_keys(node: Any) -> None:
    """A mapping keyed by ids (`results`, `by_party`) takes no key outside its pattern.

    Pydantic writes the key's pattern as `patternProperties` only, which lets any
    other key through; the model refuses one (CR104), and so must an editor.
    """
    if isinstance(node, dict):
        if "patternProperties" in node:
            node.setdefault("additionalProperties", False)
        for value in node.values():
            _closed_keys(value)
    elif isinstance(node, list):
        for value in node:
            _closed_keys(value)


def file_schemas() -> dict[str, dict[str, Any]]:
    """The JSON Schema of each file kind, keyed by kind."""
    from coordreg.model import Evaluation, Regulation

    return {
        "regulation": json_schema(Regulation, "coordreg regulation (regulation.yaml)"),
        "evaluation": json_schema(Evaluation, "coordreg evaluation record (evaluations/YYYY.yaml)"),
    }


def one_schema(schemas: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """One JSON Schema for every kind of file: a file is one kind or another (`anyOf`).

    What `coordreg schema` prints with no kind, for an editor that is given one
    schema for all the YAML files of a repository; each kind's own definitions are
    kept under `$defs`, prefixed with the kind where two kinds name one differently.
    """
    merged: dict[str, Any] = {}
    choices: list[dict[str, str]] = []
    for kind, schema in schemas.items():
        own = {k: v for k, v in schema.items() if k not in ("$defs", "$schema")}
        renames = {
            name: f"{kind}_{name}"
            for name, definition in schema.get("$defs", {}).items()
            if name in merged and merged[name] != definition
        }
        text = json.dumps({"own": own, "defs": schema.get("$defs", {})}, ensure_ascii=False)
        for old, new in renames.items():
            text = text.replace(f'"#/$defs/{old}"', f'"#/$defs/{new}"')
        moved = json.loads(text)
        for name, definition in moved["defs"].items():
            merged[renames.get(name, name)] = definition
        merged[kind] = moved["own"]
        choices.append({"$ref": f"#/$defs/{kind}"})
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "coordreg: regulation.yaml or evaluations/YYYY.yaml",
        "anyOf": choices,
        "$defs": merged,
    }


def write_schemas(folder: Path, schemas: dict[str, dict[str, Any]]) -> list[Path]:
    """Write `<kind>.schema.json` files into `folder`, all or none; the paths written.

    `UsageError` when `folder` is a file, cannot be written or is a link out of
    the repository. A failure (a full disk) leaves no file, and no folder the
    write made.
    """
    from coordreg.errors import UsageError
    from coordreg.files import probe
    from coordreg.files.atomic import write_all_atomic
    from coordreg.files.root import confine

    confine(folder)
    if probe.exists(folder) and not probe.is_dir(folder):
        raise UsageError("out_dir_not_folder", path=str(folder))
    files: list[tuple[Path, str | bytes]] = [
        (folder / f"{kind}.schema.json", json.dumps(schema, ensure_ascii=False, indent=2) + "\n")
        for kind, schema in schemas.items()
    ]
    write_all_atomic(files)
    return [target for target, _content in files]
