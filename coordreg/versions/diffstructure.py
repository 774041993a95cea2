"""Comparing the text of two versions: chapters, articles, clauses and points.

Each level is paired by `pairing.match` (an article may move between
chapters: articles are paired across the whole text), then every pair is
compared field by field and the level below it in turn.
"""

from __future__ import annotations

from coordreg.model import Article, Chapter, Clause, Duty, Point, Regulation
from coordreg.versions.change import ChangeList, Place, TargetType
from coordreg.versions.pairing import match, pair_leftovers


def compare_structure(old: Regulation, new: Regulation, changes: ChangeList) -> dict[int, Article]:
    """Record the changes to the text in `changes`; which new article each old one became.

    The result maps id() of an old article to the new article it was paired with.
    """
    comparison = _StructureComparison(old, new, changes)
    comparison.chapters()
    return comparison.article_match


def newly_repealed(
    old: Chapter | Article | Clause | Point, new: Chapter | Article | Clause | Point
) -> bool:
    """Repealed in the new version and not in the old: its content need not be compared."""
    return new.repealed_by is not None and old.repealed_by is None


def history(
    changes: ChangeList,
    target: TargetType,
    ident: str,
    old: Chapter | Article | Clause | Point | Duty,
    new: Chapter | Article | Clause | Point | Duty,
    what: str,
    place: Place,
) -> None:
    """The acts that added or repealed an element: a repeal is a removal (of `what`, the
    element's title or text), the rest metadata."""
    if old.repealed_by != new.repealed_by:
        if old.repealed_by is None:
            changes.add(
                "removed", target, ident, what, new.repealed_by, field="repealed_by", place=place
            )
        else:
            old_act, new_act = old.repealed_by, new.repealed_by
            changes.add(
                "metadata", target, ident, old_act, new_act, field="repealed_by", place=place
            )
    if old.added_by != new.added_by:
        changes.add(
            "metadata", target, ident, old.added_by, new.added_by, field="added_by", place=place
        )


def _article_content(article: Article) -> str:
    """All an article says, as one text: what pairing by content and similarity reads."""
    parts = [article.title, article.text or ""]
    for clause in article.clauses:
        parts.append(clause.text)
        parts += [point.text for point in clause.points]
    return " ".join(parts)


def _clause_content(clause: Clause) -> str:
    """A clause's text with its points'."""
    return " ".join([clause.text, *(point.text for point in clause.points)])


class _StructureComparison:
    """One comparison of two versions' text, recording into a shared `ChangeList`."""

    def __init__(self, old: Regulation, new: Regulation, changes: ChangeList) -> None:
        self.old = old
        self.new = new
        self.changes = changes
        # id(old article) -> the new article it became, filled by `articles`.
        self.article_match: dict[int, Article] = {}

    def chapters(self) -> None:
        """Pair and compare the chapters, then the articles across them."""
        chapter_pairs = match(
            self.old.chapters,
            self.new.chapters,
            explicit_id=lambda c: c.id,
            content=lambda c: c.title,
            title=lambda c: c.title.casefold(),
        )
        # Chapters that match nothing by title still pair up when they carry the
        # same number: a retitled chapter is amended, not removed and added.
        chapter_pairs = pair_leftovers(
            chapter_pairs,
            lambda i: self.old.chapters[i].number,
            lambda j: self.new.chapters[j].number,
        )
        chapter_of_new = {i: j for i, j in chapter_pairs if i is not None and j is not None}
        for i, j in chapter_pairs:
            if i is None:
                assert j is not None
                chapter = self.new.chapters[j]
                self.changes.add(
                    "added",
                    "chapter",
                    chapter.id or chapter.number,
                    None,
                    chapter.title,
                    place=Place(chapter.number, None),
                )
            elif j is None:
                chapter = self.old.chapters[i]
                self.changes.add(
                    "removed",
                    "chapter",
                    chapter.id or chapter.number,
                    chapter.title,
                    None,
                    place=Place(chapter.number, None),
                )
            else:
                self.compare_chapter(self.old.chapters[i], self.new.chapters[j])
        self.articles(chapter_of_new)

    def compare_chapter(self, old: Chapter, new: Chapter) -> None:
        place = Place(new.number, None)
        ident = new.id or new.number
        if old.number != new.number:
            self.changes.add(
                "renumbered", "chapter", ident, old.number, new.number, field="number", place=place
            )
        self.changes.text_field("chapter", ident, "title", old.title, new.title, place)
        history(self.changes, "chapter", ident, old, new, new.title, place)

    def articles(self, chapter_of_new: dict[int, int]) -> None:
        """Compare articles across the whole text: an article may move between chapters."""
        old_list = [(ci, article) for ci, _ai, _c, article in self.old.articles()]
        new_list = [(ci, article) for ci, _ai, _c, article in self.new.articles()]
        pairs = match(
            [a for _ci, a in old_list],
            [a for _ci, a in new_list],
            explicit_id=lambda a: a.id,
            content=_article_content,
            title=lambda a: a.title.casefold(),
        )
        for i, j in pairs:
            if i is None:
                assert j is not None
                ci, article = new_list[j]
                place = Place(self.new.chapters[ci].number, article.number)
                self.changes.add(
                    "added",
                    "article",
                    article.id or str(article.number),
                    None,
                    article.title,
                    place=place,
                )
            elif j is None:
                ci, article = old_list[i]
                place = Place(self.old.chapters[ci].number, article.number)
                self.changes.add(
                    "removed",
                    "article",
                    article.id or str(article.number),
                    article.title,
                    None,
                    place=place,
                )
            else:
                old_ci, old_article = old_list[i]
                new_ci, new_article = new_list[j]
                self.article_match[id(old_article)] = new_article
                moved = chapter_of_new.get(old_ci) != new_ci
                self.compare_article(
                    old_article,
                    new_article,
                    self.old.chapters[old_ci],
                    self.new.chapters[new_ci],
                    moved,
                )

    def compare_article(
        self, old: Article, new: Article, old_chapter: Chapter, new_chapter: Chapter, moved: bool
    ) -> None:
        place = Place(new_chapter.number, new.number)
        ident = new.id or str(new.number)
        if old.number != new.number:
            self.changes.add(
                "renumbered", "article", ident, old.number, new.number, field="number", place=place
            )
        if moved:
            self.changes.add(
                "moved",
                "article",
                ident,
                old_chapter.number,
                new_chapter.number,
                field="chapter",
                place=place,
            )
        self.changes.text_field("article", ident, "title", old.title, new.title, place)
        history(self.changes, "article", ident, old, new, new.title, place)
        if newly_repealed(old, new):
            return  # its text and clauses are gone with it
        self.changes.text_field("article", ident, "text", old.text, new.text, place)
        pairs = match(
            old.clauses,
            new.clauses,
            explicit_id=lambda c: None,
            content=_clause_content,
            title=lambda c: c.text,
        )
        for i, j in pairs:
            if i is None:
                assert j is not None
                clause = new.clauses[j]
                self.changes.add(
                    "added",
                    "clause",
                    f"{new.number}.{clause.number}",
                    None,
                    clause.text,
                    place=place,
                )
            elif j is None:
                clause = old.clauses[i]
                self.changes.add(
                    "removed",
                    "clause",
                    f"{old.number}.{clause.number}",
                    clause.text,
                    None,
                    place=place,
                )
            else:
                self.compare_clause(old.clauses[i], new.clauses[j], new.number, place)

    def compare_clause(self, old: Clause, new: Clause, article: int, place: Place) -> None:
        ident = f"{article}.{new.number}"
        if old.number != new.number:
            self.changes.add(
                "renumbered", "clause", ident, old.number, new.number, field="number", place=place
            )
        history(self.changes, "clause", ident, old, new, new.text, place)
        if newly_repealed(old, new):
            return
        self.changes.text_field("clause", ident, "text", old.text, new.text, place)
        pairs = match(
            old.points,
            new.points,
            explicit_id=lambda p: None,
            content=lambda p: p.text,
            title=lambda p: p.text,
        )
        for i, j in pairs:
            if i is None:
                assert j is not None
                point = new.points[j]
                self.changes.add(
                    "added", "point", f"{ident}.{point.label}", None, point.text, place=place
                )
            elif j is None:
                point = old.points[i]
                self.changes.add(
                    "removed",
                    "point",
                    f"{article}.{old.number}.{point.label}",
                    point.text,
                    None,
                    place=place,
                )
            else:
                self.compare_point(old.points[i], new.points[j], ident, place)

    def compare_point(self, old: Point, new: Point, clause: str, place: Place) -> None:
        ident = f"{clause}.{new.label}"
        if old.label != new.label:
            self.changes.add(
                "renumbered", "point", ident, old.label, new.label, field="label", place=place
            )
        self.changes.text_field("point", ident, "text", old.text, new.text, place)
        history(self.changes, "point", ident, old, new, new.text, place)
