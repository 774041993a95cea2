"""The semantic comparison of two versions of a regulation.

Things are matched by identity, not by position: duties, parties and units by
id; chapters, articles, clauses and points by an explicit `id` where the file
gives one, else by identical content, then identical title, then the most
similar text. So an article inserted in Chapter II is one `added` article and
a `renumbered` for each article after it, not a cascade of rewrites.

The change kinds and target types are a contract (JSON output, tests, users'
scripts): see `ChangeKind` and `TargetType`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

from coordreg.model import Article, Chapter, Clause, Duty, Point, Regulation
from coordreg.versions.redline import Segment, redline, similarity, words

ChangeKind = Literal[
    "added",
    "removed",
    "renumbered",
    "moved",
    "amended",
    "reassigned",
    "rescheduled",
    "renamed",
    "metadata",
]
TargetType = Literal["regulation", "party", "unit", "chapter", "article", "clause", "point", "duty"]

# The regulation's own details, compared one by one (the preamble is part of the text).
REGULATION_FIELDS = (
    "id",
    "number",
    "title",
    "signed",
    "effective",
    "until",
    "place",
    "legal_bases",
    "enacting",
)
# Below this word similarity two texts are different things, not one amended.
MATCH_THRESHOLD = 0.5
# Comparing two texts word by word (difflib) costs up to the product of their
# lengths, and pairing what is left by similarity compares every old item with
# every new one. A real article is a few hundred words, and an amendment leaves
# few items unmatched by id, content or title; these bounds keep a rewrite of
# thousands of articles, or a text of a hundred thousand words, to seconds
# (docs/reliability.md):
# - a text longer than this is not scored for similarity, and its redline is
#   the whole old text deleted and the whole new text inserted;
MAX_COMPARED_WORDS = 2_000
# - the similarity pass runs only when it would read at most this many words
#   (each leftover's words, once per leftover on the other side); beyond, what
#   is left is reported removed and added.
MAX_SIMILARITY_WORK = 500_000
T = TypeVar("T")


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    target_type: TargetType
    target_id: str
    old: Any = None
    new: Any = None
    field: str | None = None
    # Where the change sits, for grouping: the chapter and article numbers,
    # taken from the new version when the thing exists there.
    chapter: str | None = None
    article: int | None = None
    redline: tuple[Segment, ...] | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "kind": self.kind,
            "target": {"type": self.target_type, "id": self.target_id},
            "old": self.old,
            "new": self.new,
        }
        if self.field is not None:
            data["field"] = self.field
        if self.chapter is not None:
            data["chapter"] = self.chapter
        if self.article is not None:
            data["article"] = self.article
        if self.redline is not None:
            data["redline"] = [{"op": op, "text": text} for op, text in self.redline]
        return data


def match(
    old: Sequence[T],
    new: Sequence[T],
    *,
    explicit_id: Callable[[T], str | None],
    content: Callable[[T], str],
    title: Callable[[T], str],
) -> list[tuple[int | None, int | None]]:
    """Pairs (old index, new index) of the same thing; None on the side where it is missing.

    The passes go from most to least certain, each over what is still unmatched,
    so the costly similarity pass only sees the few items that really changed.
    """
    pairs: dict[int, int] = {}
    taken: set[int] = set()

    def pass_by(key: Callable[[T], Any]) -> None:
        waiting: dict[Any, list[int]] = {}
        for j, item in enumerate(new):
            if j not in taken and (k := key(item)) is not None:
                waiting.setdefault(k, []).append(j)
        for i, item in enumerate(old):
            if i in pairs or (k := key(item)) is None or not waiting.get(k):
                continue
            j = waiting[k].pop(0)
            pairs[i] = j
            taken.add(j)

    pass_by(explicit_id)
    pass_by(content)
    pass_by(title)
    rest_old = [i for i in range(len(old)) if i not in pairs]
    rest_new = [j for j in range(len(new)) if j not in taken]
    old_texts = {i: content(old[i]) for i in rest_old}
    new_texts = {j: content(new[j]) for j in rest_new}
    old_words = {i: len(text.split()) for i, text in old_texts.items()}
    new_words = {j: len(text.split()) for j, text in new_texts.items()}
    rest_old = [i for i in rest_old if old_words[i] <= MAX_COMPARED_WORDS]
    rest_new = [j for j in rest_new if new_words[j] <= MAX_COMPARED_WORDS]
    work = len(rest_new) * sum(old_words[i] for i in rest_old) + len(rest_old) * sum(
        new_words[j] for j in rest_new
    )
    scored = (
        sorted(
            (
                (score, i, j)
                for i in rest_old
                for j in rest_new
                if (score := similarity(old_texts[i], new_texts[j])) >= MATCH_THRESHOLD
            ),
            key=lambda entry: (-entry[0], entry[1], entry[2]),
        )
        if work <= MAX_SIMILARITY_WORK
        else []
    )
    for _score, i, j in scored:
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    result: list[tuple[int | None, int | None]] = [(i, pairs.get(i)) for i in range(len(old))]
    result += [(None, j) for j in range(len(new)) if j not in taken]
    return result


def _pair_leftovers(
    pairs: list[tuple[int | None, int | None]],
    old_key: Callable[[int], object],
    new_key: Callable[[int], object],
) -> list[tuple[int | None, int | None]]:
    """Join an unmatched old item and an unmatched new item that share a key."""
    unmatched_new = {new_key(j): j for i, j in pairs if i is None and j is not None}
    joined: set[int] = set()
    result: list[tuple[int | None, int | None]] = []
    for i, j in pairs:
        if i is not None and j is None:
            partner = unmatched_new.pop(old_key(i), None)
            if partner is not None:
                result.append((i, partner))
                joined.add(partner)
                continue
        result.append((i, j))
    return [(i, j) for i, j in result if not (i is None and j in joined)]


def _article_content(article: Article) -> str:
    parts = [article.title, article.text or ""]
    for clause in article.clauses:
        parts.append(clause.text)
        parts += [point.text for point in clause.points]
    return " ".join(parts)


def _clause_content(clause: Clause) -> str:
    return " ".join([clause.text, *(point.text for point in clause.points)])


def _schedule(duty: Duty) -> Any:
    return duty.schedule.to_yaml()


def _json_value(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if hasattr(value, "model_dump"):
        return value.model_dump(mode="json")
    return value


@dataclass(frozen=True)
class _Place:
    chapter: str | None
    article: int | None


class _Comparison:
    def __init__(self, old: Regulation, new: Regulation) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        # id(old article) -> the new article it became, filled by `articles`.
        self.article_match: dict[int, Article] = {}

    def add(
        self,
        kind: ChangeKind,
        target: TargetType,
        ident: str,
        old: Any = None,
        new: Any = None,
        *,
        field: str | None = None,
        place: _Place | None = None,
        text_redline: bool = False,
    ) -> None:
        self.changes.append(
            Change(
                kind,
                target,
                ident,
                _json_value(old),
                _json_value(new),
                field,
                place.chapter if place else None,
                place.article if place else None,
                _redline(old or "", new or "") if text_redline else None,
            )
        )

    def text_field(
        self,
        target: TargetType,
        ident: str,
        field: str,
        old: str | None,
        new: str | None,
        place: _Place,
    ) -> None:
        if (old or "") != (new or ""):
            self.add(
                "amended", target, ident, old, new, field=field, place=place, text_redline=True
            )

    def run(self) -> list[Change]:
        self.metadata()
        self.bodies()
        self.structure()
        self.duties()
        return self.changes

    def metadata(self) -> None:
        ident = self.new.id
        for field in REGULATION_FIELDS:
            before, after = getattr(self.old, field), getattr(self.new, field)
            if before != after:
                self.add("metadata", "regulation", ident, before, after, field=field)
        before_eval, after_eval = self.old.evaluation, self.new.evaluation
        for field in ("rotation", "first_year", "review_every"):
            if getattr(before_eval, field) != getattr(after_eval, field):
                self.add(
                    "metadata",
                    "regulation",
                    ident,
                    getattr(before_eval, field),
                    getattr(after_eval, field),
                    field=f"evaluation.{field}",
                )

    def bodies(self) -> None:
        old_parties = {p.id: p for p in self.old.parties}
        new_parties = {p.id: p for p in self.new.parties}
        for pid, party in old_parties.items():
            if pid not in new_parties:
                self.add("removed", "party", pid, party.name, None)
        for pid, party in new_parties.items():
            before = old_parties.get(pid)
            if before is None:
                self.add("added", "party", pid, None, party.name)
                continue
            if before.name != party.name:
                self.add("renamed", "party", pid, before.name, party.name)
            for field in (
                "short_name",
                "symbol",
                "standing_office",
                "signatory",
                "until",
                "succeeded_by",
            ):
                if getattr(before, field) != getattr(party, field):
                    self.add(
                        "metadata",
                        "party",
                        pid,
                        getattr(before, field),
                        getattr(party, field),
                        field=field,
                    )
        old_units = {u.id: (p.id, u) for p in self.old.parties for u in p.units}
        new_units = {u.id: (p.id, u) for p in self.new.parties for u in p.units}
        for uid, (_owner, unit) in old_units.items():
            if uid not in new_units:
                self.add("removed", "unit", uid, unit.name, None)
        for uid, (owner, unit) in new_units.items():
            if uid not in old_units:
                self.add("added", "unit", uid, None, unit.name)
                continue
            before_owner, before_unit = old_units[uid]
            if before_unit.name != unit.name:
                self.add("renamed", "unit", uid, before_unit.name, unit.name)
            for field in ("until", "succeeded_by"):
                if getattr(before_unit, field) != getattr(unit, field):
                    self.add(
                        "metadata",
                        "unit",
                        uid,
                        getattr(before_unit, field),
                        getattr(unit, field),
                        field=field,
                    )
            if before_owner != owner:
                self.add("moved", "unit", uid, before_owner, owner, field="party")

    def structure(self) -> None:
        chapter_pairs = match(
            self.old.chapters,
            self.new.chapters,
            explicit_id=lambda c: c.id,
            content=lambda c: c.title,
            title=lambda c: c.title.casefold(),
        )
        # Chapters that match nothing by title still pair up when they carry the
        # same number: a retitled chapter is amended, not removed and added.
        chapter_pairs = _pair_leftovers(
            chapter_pairs,
            lambda i: self.old.chapters[i].number,
            lambda j: self.new.chapters[j].number,
        )
        chapter_of_new = {i: j for i, j in chapter_pairs if i is not None and j is not None}
        for i, j in chapter_pairs:
            if i is None:
                assert j is not None
                chapter = self.new.chapters[j]
                self.add(
                    "added",
                    "chapter",
                    chapter.id or chapter.number,
                    None,
                    chapter.title,
                    place=_Place(chapter.number, None),
                )
            elif j is None:
                chapter = self.old.chapters[i]
                self.add(
                    "removed",
                    "chapter",
                    chapter.id or chapter.number,
                    chapter.title,
                    None,
                    place=_Place(chapter.number, None),
                )
            else:
                self.compare_chapter(self.old.chapters[i], self.new.chapters[j])
        self.articles(chapter_of_new)

    def compare_chapter(self, old: Chapter, new: Chapter) -> None:
        place = _Place(new.number, None)
        ident = new.id or new.number
        if old.number != new.number:
            self.add(
                "renumbered", "chapter", ident, old.number, new.number, field="number", place=place
            )
        self.text_field("chapter", ident, "title", old.title, new.title, place)

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
                place = _Place(self.new.chapters[ci].number, article.number)
                self.add(
                    "added",
                    "article",
                    article.id or str(article.number),
                    None,
                    article.title,
                    place=place,
                )
            elif j is None:
                ci, article = old_list[i]
                place = _Place(self.old.chapters[ci].number, article.number)
                self.add(
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
        place = _Place(new_chapter.number, new.number)
        ident = new.id or str(new.number)
        if old.number != new.number:
            self.add(
                "renumbered", "article", ident, old.number, new.number, field="number", place=place
            )
        if moved:
            self.add(
                "moved",
                "article",
                ident,
                old_chapter.number,
                new_chapter.number,
                field="chapter",
                place=place,
            )
        self.text_field("article", ident, "title", old.title, new.title, place)
        self.text_field("article", ident, "text", old.text, new.text, place)
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
                self.add(
                    "added",
                    "clause",
                    f"{new.number}.{clause.number}",
                    None,
                    clause.text,
                    place=place,
                )
            elif j is None:
                clause = old.clauses[i]
                self.add(
                    "removed",
                    "clause",
                    f"{old.number}.{clause.number}",
                    clause.text,
                    None,
                    place=place,
                )
            else:
                self.compare_clause(old.clauses[i], new.clauses[j], new.number, place)

    def compare_clause(self, old: Clause, new: Clause, article: int, place: _Place) -> None:
        ident = f"{article}.{new.number}"
        if old.number != new.number:
            self.add(
                "renumbered", "clause", ident, old.number, new.number, field="number", place=place
            )
        self.text_field("clause", ident, "text", old.text, new.text, place)
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
                self.add("added", "point", f"{ident}.{point.label}", None, point.text, place=place)
            elif j is None:
                point = old.points[i]
                self.add(
                    "removed",
                    "point",
                    f"{article}.{old.number}.{point.label}",
                    point.text,
                    None,
                    place=place,
                )
            else:
                self.compare_point(old.points[i], new.points[j], ident, place)

    def compare_point(self, old: Point, new: Point, clause: str, place: _Place) -> None:
        ident = f"{clause}.{new.label}"
        if old.label != new.label:
            self.add("renumbered", "point", ident, old.label, new.label, field="label", place=place)
        self.text_field("point", ident, "text", old.text, new.text, place)

    def duties(self) -> None:
        old_duties = {duty.id: (article, duty) for _p, article, duty in self.old.duties()}
        new_duties = {duty.id: (article, duty) for _p, article, duty in self.new.duties()}
        chapters_of_new = {id(a): c.number for c in self.new.chapters for a in c.articles}
        chapters_of_old = {id(a): c.number for c in self.old.chapters for a in c.articles}
        for did, (article, duty) in old_duties.items():
            if did not in new_duties:
                self.add(
                    "removed",
                    "duty",
                    did,
                    duty.text,
                    None,
                    place=_Place(chapters_of_old[id(article)], article.number),
                )
        for did, (article, duty) in new_duties.items():
            place = _Place(chapters_of_new[id(article)], article.number)
            if did not in old_duties:
                self.add("added", "duty", did, None, duty.text, place=place)
                continue
            old_article, before = old_duties[did]
            if self.article_match.get(id(old_article)) is not article:
                self.add(
                    "moved",
                    "duty",
                    did,
                    old_article.number,
                    article.number,
                    field="article",
                    place=place,
                )
            if (before.lead, before.support) != (duty.lead, duty.support):
                self.add(
                    "reassigned",
                    "duty",
                    did,
                    {"lead": before.lead, "support": list(before.support)},
                    {"lead": duty.lead, "support": list(duty.support)},
                    place=place,
                )
            if _schedule(before) != _schedule(duty):
                self.add(
                    "rescheduled", "duty", did, _schedule(before), _schedule(duty), place=place
                )
            self.text_field("duty", did, "text", before.text, duty.text, place)
            self.text_field("duty", did, "deliverable", before.deliverable, duty.deliverable, place)


def _redline(old: str, new: str) -> tuple[Segment, ...]:
    """The word redline of two texts; for a text too long to compare, the whole of each."""
    before, after = words(old), words(new)
    if max(len(before), len(after)) <= MAX_COMPARED_WORDS:
        return redline(old, new)
    whole: tuple[Segment, ...] = (("delete", " ".join(before)), ("insert", " ".join(after)))
    return tuple(segment for segment in whole if segment[1])


def _in_reading_order(changes: list[Change], old: Regulation, new: Regulation) -> list[Change]:
    """The changes as a reader meets them: the regulation's own details, then the
    parties and units, then chapter by chapter and article by article, each
    chapter's own changes before its articles'. The sort is stable, so within an
    article its title and text come before its clauses and duties."""
    # Integers only: an article number can be any size (10**400 is a finding of
    # `check`, not a crash of `diff`), and such a number has no float.
    chapter_start: dict[str, int] = {}
    for version in (old, new):  # the new version's numbering wins
        for chapter in version.chapters:
            if chapter.articles:
                chapter_start[chapter.number] = chapter.articles[0].number

    def position(change: Change) -> tuple[int, int, int]:
        if change.target_type == "regulation":
            return 0, 0, 0
        if change.target_type in ("party", "unit"):
            return 1, 0, 0
        if change.article is not None:
            return 2, change.article, 1
        # A chapter's own changes come just before its first article's.
        return 2, chapter_start.get(change.chapter or "", 0), 0

    return sorted(changes, key=position)


def compare(old: Regulation, new: Regulation) -> list[Change]:
    """Every change that turns `old` into `new`, in reading order."""
    return _in_reading_order(_Comparison(old, new).run(), old, new)


def compare_tracking(old: Regulation, new: Regulation) -> tuple[list[Change], dict[int, Article]]:
    """`compare`, plus which old article each new article was (keyed by id() of the new one)."""
    comparison = _Comparison(old, new)
    changes = _in_reading_order(comparison.run(), old, new)
    old_articles = {id(article): article for _ci, _ai, _c, article in old.articles()}
    was = {
        id(new_article): old_articles[old_id]
        for old_id, new_article in comparison.article_match.items()
    }
    return changes, was


def summarise(changes: Iterable[Change]) -> dict[str, int]:
    """How many changes of each kind, for one-line summaries (`coordreg log`)."""
    counts: dict[str, int] = {}
    for change in changes:
        counts[change.kind] = counts.get(change.kind, 0) + 1
    return counts
