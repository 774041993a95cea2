"""Every element of a regulation that may keep a history, with its path in the file, and
every act the file names: what the rules about acts and earlier values walk."""

from __future__ import annotations

from collections.abc import Iterator

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
)
from coordreg.rules.base import Path_

Element = Party | Unit | EvaluationSettings | Chapter | Article | Clause | Point | Duty
_ADDED_OR_REPEALED = (Chapter, Article, Clause, Point, Duty)


def elements(regulation: Regulation) -> Iterator[tuple[Path_, Element]]:
    """Every element that may keep earlier values, with its path, in file order."""
    for pi, party in enumerate(regulation.parties):
        yield ("parties", pi), party
        for ui, unit in enumerate(party.units):
            yield ("parties", pi, "units", ui), unit
    yield ("evaluation",), regulation.evaluation
    for ci, chapter in enumerate(regulation.chapters):
        yield ("chapters", ci), chapter
        for ai, article in enumerate(chapter.articles):
            at = ("chapters", ci, "articles", ai)
            yield at, article
            for li, clause in enumerate(article.clauses):
                yield (*at, "clauses", li), clause
                for oi, point in enumerate(clause.points):
                    yield (*at, "clauses", li, "points", oi), point
            for di, duty in enumerate(article.duties):
                yield (*at, "duties", di), duty


def named_acts(regulation: Regulation) -> Iterator[tuple[Path_, str, str]]:
    """(where, key, act id) of every act the file names, in file order: each act's
    `basis`, then each element's `added_by`, `repealed_by` and earlier values' `act`."""
    for ai, act in enumerate(regulation.acts):
        if act.basis is not None:
            yield ("acts", ai, "basis"), "basis", act.basis
    for path, element in elements(regulation):
        # Bodies and the evaluation settings have no such keys (asking a model for a
        # field it lacks costs an exception).
        if isinstance(element, _ADDED_OR_REPEALED):
            if element.added_by is not None:
                yield (*path, "added_by"), "added_by", element.added_by
            if element.repealed_by is not None:
                yield (*path, "repealed_by"), "repealed_by", element.repealed_by
        for bi, entry in enumerate(element.before):
            yield (*path, "before", bi, "act"), "act", entry.act
