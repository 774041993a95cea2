"""Projecting a regulation onto one day: the elements with the values in force then.

`Timeline.as_of` (model/timeline.py) makes one projection per stretch of days
without change. Elements that the day leaves unchanged are shared with the file's
own models (they are frozen), so a projection copies only what an act changed.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any, TypeVar

from coordreg.model.amendments import LIST_FIELDS, Earlier, EarlierPointValue
from coordreg.model.regulation import (
    Article,
    Chapter,
    Clause,
    Duty,
    Party,
    Point,
    Regulation,
    Unit,
)

_Element = TypeVar("_Element", Chapter, Article, Clause, Point, Duty, Party, Unit)


def _as_element_value(name: str, value: Any) -> Any:
    """An earlier value as the element holds it: a null list is empty, and earlier
    clauses and points become regulation clauses and points."""
    if value is None:
        return [] if name in LIST_FIELDS else None
    if name == "clauses":
        return [Clause(number=c.number, text=c.text, points=_points(c.points)) for c in value]
    if name == "points":
        return _points(value)
    return value


def _points(values: Sequence[EarlierPointValue]) -> list[Point]:
    return [Point(label=p.label, text=p.text) for p in values]


def unchanging_elements(regulation: Regulation) -> frozenset[int]:
    """The ids of the chapters, articles and clauses in which nothing is added, repealed
    or changed by an act: every projection keeps them as they are."""
    found: set[int] = set()
    for chapter in regulation.chapters:
        _unchanging(chapter, found)
    return frozenset(found)


def _unchanging(element: Chapter | Article | Clause | Point | Duty, found: set[int]) -> bool:
    """Whether nothing in `element` is marked by an act; the ids of such containers
    are added to `found`."""
    children: Sequence[Chapter | Article | Clause | Point | Duty]
    if isinstance(element, Chapter):
        children = element.articles
    elif isinstance(element, Article):
        children = [*element.clauses, *element.duties]
    elif isinstance(element, Clause):
        children = element.points
    else:
        children = ()
    # Every child is visited (no short cut), so that each unchanging one is found.
    same = [_unchanging(child, found) for child in children]
    if element.added_by or element.repealed_by or element.before or not all(same):
        return False
    if not isinstance(element, Point | Duty):  # containers: a projection asks for these
        found.add(id(element))
    return True


class Projection:
    """One projection: the file's elements with the values in force on one day.

    `unchanging` (`unchanging_elements` of the source) are kept without a look
    inside: most of a regulation is untouched by its acts.
    """

    def __init__(
        self,
        source: Regulation,
        effective: dict[str, date],
        day: date,
        unchanging: frozenset[int] = frozenset(),
    ) -> None:
        self.effective = effective
        self.day = day
        self.source = source
        self.unchanging = unchanging

    def in_effect(self, act: str | None) -> bool:
        # An act the file does not declare (CR901) is taken as always in effect, so a
        # broken reference never hides the element it marks.
        return act is not None and self.effective.get(act, date.min) <= self.day

    def values(self, before: Sequence[Earlier]) -> dict[str, Any]:
        """The earlier values in force on the day: for each field, the first entry (in
        the order the acts took effect) whose act had not yet taken effect."""
        updates: dict[str, Any] = {}
        pending = [entry for entry in before if not self.in_effect(entry.act)]
        if len(pending) > 1:
            pending.sort(key=lambda e: self.effective.get(e.act, date.min))
        for entry in pending:
            for name, value in entry.changed().items():
                if name not in updates:
                    updates[name] = _as_element_value(name, value)
        return updates

    def project(self, element: _Element, **children: Any) -> _Element:
        if not element.before and self._same(element, children):
            return element  # nothing to change: models are frozen, so it is shared
        updates = self.values(element.before)
        updates.update(children, before=[])
        if not isinstance(element, Party | Unit):  # bodies are not added or repealed by acts
            for name in ("added_by", "repealed_by"):
                if not self.in_effect(getattr(element, name)):
                    updates[name] = None
        return element.model_copy(update=updates)

    def _same(self, element: _Element, children: dict[str, Any]) -> bool:
        """Whether `project` would copy `element` unchanged: each child list is its own
        (the same elements), and its acts (`added_by`, `repealed_by`) are in effect."""
        # Asked of every element of every projection: parties and units have no acts,
        # and asking a model for a field it lacks costs an exception.
        if not isinstance(element, Party | Unit):
            for act in (element.added_by, element.repealed_by):
                if act is not None and not self.in_effect(act):
                    return False
        for name, items in children.items():
            own = getattr(element, name)
            if len(items) != len(own) or any(a is not b for a, b in zip(items, own, strict=True)):
                return False
        return True

    def present(self, element: Chapter | Article | Clause | Point | Duty) -> bool:
        return element.added_by is None or self.in_effect(element.added_by)

    def repealed(self, element: Chapter | Article | Clause | Point | Duty) -> bool:
        return self.in_effect(element.repealed_by)

    def regulation(self) -> Regulation:
        source = self.source
        evaluation = source.evaluation.model_copy(
            update={**self.values(source.evaluation.before), "before": []}
        )
        parties = [
            self.project(party, units=[self.project(unit) for unit in party.units])
            for party in source.parties
        ]
        chapters = [self.chapter(chapter) for chapter in source.chapters if self.present(chapter)]
        return source.model_copy(
            update={"parties": parties, "evaluation": evaluation, "chapters": chapters}
        )

    def chapter(self, chapter: Chapter) -> Chapter:
        if id(chapter) in self.unchanging:
            return chapter
        gone = self.repealed(chapter)
        articles = [] if gone else [self.article(a) for a in chapter.articles if self.present(a)]
        return self.project(chapter, articles=articles)

    def article(self, article: Article) -> Article:
        if id(article) in self.unchanging:
            return article
        if self.repealed(article):
            return self.project(article, clauses=[], duties=[])
        projected = self.project(
            article,
            duties=[
                self.project(duty)
                for duty in article.duties
                if self.present(duty) and not self.repealed(duty)
            ],
        )
        if "clauses" in self.values(article.before):
            return projected  # the act replaced the clauses as a whole: keep the earlier list
        clauses = [self.clause(clause) for clause in article.clauses if self.present(clause)]
        if self._same(projected, {"clauses": clauses}):
            return projected
        return projected.model_copy(update={"clauses": clauses})

    def clause(self, clause: Clause) -> Clause:
        if id(clause) in self.unchanging:
            return clause
        if self.repealed(clause):
            return self.project(clause, points=[])
        projected = self.project(clause)
        if "points" in self.values(clause.before):
            return projected
        points = [self.project(point) for point in clause.points if self.present(point)]
        if self._same(projected, {"points": points}):
            return projected
        return projected.model_copy(update={"points": points})
