"""Which duties a transfer moves, and to whom: `--duty`, `--article` and `--map`.

Without any of them every duty of the old body moves to `--to`, as a merger
wants. A body whose functions are split among several bodies (the Ministry of
Information and Communications in 2025) hands over part of its duties at a
time: by duty id, by article number, or from a small YAML file that maps duty
ids and article numbers to the bodies that take them over::

    duties:
      giam-sat-attt: bca-a05
    articles:
      7: bkhcn

A duty named by id goes where its id says, before its article's entry; `--duty`
and `--article` go to `--to`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from coordreg.errors import DataError, UsageError
from coordreg.findings import CheckResult, Severity
from coordreg.loader.sourcemap import AliasesError, source_map
from coordreg.loader.yamlload import load_file
from coordreg.model import Article, Duty
from coordreg.model.common import ID_PATTERN

_MAP_KEYS = ("duties", "articles")


@dataclass(frozen=True)
class DutyMap:
    """A map file (`--map`): duty ids and article numbers, each with the body that takes it."""

    file: str
    duties: dict[str, str] = field(default_factory=dict)
    articles: dict[int, str] = field(default_factory=dict)

    @property
    def targets(self) -> list[str]:
        """The bodies the map names, in the order it names them first."""
        return list(dict.fromkeys([*self.duties.values(), *self.articles.values()]))


def _body_id(path: str, key: object, value: Any) -> str:
    if not isinstance(value, str) or not re.fullmatch(ID_PATTERN, value):
        raise UsageError("transfer_map_value", path=path, key=str(key), value=str(value))
    return value


def _article_keys(text: str) -> dict[Any, str]:
    """The entries under `articles`, keys as YAML reads them (7 is a number) and values as
    written (quotes taken off).

    coordreg's loader takes every key for a name and drops a number (CR016): that is
    right for regulations, where `2022:` is a slip, but the map is keyed by numbers.
    """
    found: dict[Any, str] = {}
    for key_path, span in source_map(text).items():
        if len(key_path) == 2 and key_path[0] == "articles" and span.kind == "scalar":
            value = text[span.start : span.end]
            found[key_path[1]] = value[1:-1] if span.style in ("'", '"') else value
    return found


def read_map(path: Path) -> DutyMap:
    """The map file at `path`, read with coordreg's loader and checked entry by entry."""
    shown = str(path)
    if not path.exists():
        raise UsageError("path_missing", path=shown)
    doc = load_file(path, shown)
    # Numbers as keys are what `articles` holds; anywhere else they are the slip they are.
    errors = [f for f in doc.findings if f.severity is Severity.ERROR and f.code != "CR016"]
    if errors or not isinstance(doc.data, dict):
        raise DataError(CheckResult([shown], doc.findings, {shown: doc.text}))
    try:
        articles_written = _article_keys(doc.text)
    except AliasesError:
        raise UsageError("transfer_map_shape", path=shown) from None
    numbers = [f for f in doc.findings if f.code == "CR016"]
    if len(numbers) > sum(1 for key in articles_written if not isinstance(key, str)):
        raise UsageError("transfer_map_shape", path=shown)
    data = doc.data
    if not data or any(key not in _MAP_KEYS for key in data):
        raise UsageError("transfer_map_shape", path=shown)
    if not all(isinstance(data.get(name, {}), dict) for name in _MAP_KEYS):
        raise UsageError("transfer_map_shape", path=shown)
    duties = {
        _body_id(shown, key, key): _body_id(shown, key, value)
        for key, value in data.get("duties", {}).items()
    }
    articles: dict[int, str] = {}
    for key, value in articles_written.items():
        number = int(key) if isinstance(key, str) and key.isascii() and key.isdigit() else key
        if isinstance(number, bool) or not isinstance(number, int) or number < 1:
            raise UsageError("transfer_map_article", path=shown, key=str(key))
        articles[number] = _body_id(shown, key, value)
    if not duties and not articles:
        raise UsageError("transfer_map_shape", path=shown)
    return DutyMap(shown, duties, articles)


@dataclass(frozen=True)
class Selection:
    """The duties a transfer moves: named ones, whole articles, a map; none given: all."""

    duties: tuple[str, ...] = ()
    articles: tuple[int, ...] = ()
    mapping: DutyMap | None = None

    @property
    def everything(self) -> bool:
        return not self.duties and not self.articles and self.mapping is None

    def target_of(self, article: Article, duty: Duty, target: str | None) -> str | None:
        """Who takes `duty` over, or None when the selection leaves it where it is."""
        mapping = self.mapping or DutyMap("")
        if duty.id in mapping.duties:
            return mapping.duties[duty.id]
        if duty.id in self.duties:
            return target
        if article.number in mapping.articles:
            return mapping.articles[article.number]
        if article.number in self.articles or self.everything:
            return target
        return None

    def selects(self, article: Article, duty: Duty) -> bool:
        return self.everything or self.target_of(article, duty, "") is not None

    def check(self, source: str, target: str | None) -> None:
        """Refuse what cannot be meant: no body to hand over to, one duty sent two ways."""
        mapping = self.mapping
        if target is None and mapping is None:
            raise UsageError("transfer_no_target")
        if target is not None and mapping is not None and not self.duties and not self.articles:
            raise UsageError("transfer_to_with_map", path=mapping.file)
        if mapping is None:
            return
        for body in mapping.targets:
            if body == source:
                raise UsageError("transfer_to_itself", body=source)
        for duty_id in self.duties:
            if duty_id in mapping.duties and mapping.duties[duty_id] != target:
                raise UsageError(
                    "transfer_selected_twice",
                    what=duty_id,
                    first=mapping.duties[duty_id],
                    second=str(target),
                )
        for number in self.articles:
            if number in mapping.articles and mapping.articles[number] != target:
                raise UsageError(
                    "transfer_selected_twice",
                    what=str(number),
                    first=mapping.articles[number],
                    second=str(target),
                )

    def named(self) -> list[tuple[str, str, str | int]]:
        """Every duty and article the selection names: (where it is named, kind, key)."""
        mapping = self.mapping
        named: list[tuple[str, str, str | int]] = [("--duty", "duty", d) for d in self.duties]
        named += [("--article", "article", n) for n in self.articles]
        if mapping is not None:
            named += [(mapping.file, "duty", d) for d in mapping.duties]
            named += [(mapping.file, "article", n) for n in mapping.articles]
        return named
