"""The semantic comparison of two versions of a regulation.

Things are matched by identity, not by position: duties, parties and units by
id; chapters, articles, clauses and points as `pairing` pairs them (an
explicit `id`, identical content, identical title, then the most similar
text). So an article inserted in Chapter II is one `added` article and a
`renumbered` for each article after it, not a cascade of rewrites.

This module compares the regulation's own details, the acts that changed it
(matched by id), its parties and units, and its duties; `diffstructure`
compares the text (chapters down to points); `change` defines what both report.

Two versions are compared as given: two files as stored (the regulation after
every act each records), or two projections (`coordreg.versions.sides`: the
regulation in force on a day). An element repealed by an act (`repealed_by`) is
reported removed when it is repealed in the new version and was not in the old.
"""

from __future__ import annotations

from typing import Any

from coordreg.model import Act, Article, Duty, Regulation
from coordreg.model.leads import lead_data
from coordreg.versions.change import Change, ChangeList, Place, same_text
from coordreg.versions.diffstructure import compare_structure, history

# The regulation's own details, compared one by one (the preamble is part of the text).
REGULATION_FIELDS = (
    "id",
    "number",
    "title",
    "signed",
    "effective",
    "until",
    "place",
    "secrecy",
    "urgency",
    "legal_bases",
    "enacting",
)


def compare(old: Regulation, new: Regulation) -> list[Change]:
    """Every change that turns `old` into `new`, in reading order."""
    changes, _article_match = _Comparison(old, new).run()
    return _in_reading_order(changes, old, new)


def compare_tracking(old: Regulation, new: Regulation) -> tuple[list[Change], dict[int, Article]]:
    """`compare`, plus which old article each new article was (keyed by id() of the new one)."""
    changes, article_match = _Comparison(old, new).run()
    old_articles = {id(article): article for _ci, _ai, _c, article in old.articles()}
    was = {id(new_article): old_articles[old_id] for old_id, new_article in article_match.items()}
    return _in_reading_order(changes, old, new), was


class _Comparison:
    """One comparison of two versions; the text is left to `compare_structure`."""

    def __init__(self, old: Regulation, new: Regulation) -> None:
        self.old = old
        self.new = new
        self.changes = ChangeList()

    def run(self) -> tuple[list[Change], dict[int, Article]]:
        """The changes in the order found, and id(old article) -> the new article it became."""
        self.metadata()
        self.acts()
        self.bodies()
        article_match = compare_structure(self.old, self.new, self.changes)
        self.duties(article_match)
        return self.changes.changes, article_match

    def metadata(self) -> None:
        ident = self.new.id
        for field in REGULATION_FIELDS:
            before, after = getattr(self.old, field), getattr(self.new, field)
            if not same_text(before, after):
                self.changes.add("metadata", "regulation", ident, before, after, field=field)
        before_eval, after_eval = self.old.evaluation, self.new.evaluation
        for field in ("rotation", "first_year", "review_every"):
            if getattr(before_eval, field) != getattr(after_eval, field):
                self.changes.add(
                    "metadata",
                    "regulation",
                    ident,
                    getattr(before_eval, field),
                    getattr(after_eval, field),
                    field=f"evaluation.{field}",
                )

    def acts(self) -> None:
        """Acts added, removed, or whose details changed, matched by id."""
        old_acts = {act.id: act for act in self.old.acts}
        new_acts = {act.id: act for act in self.new.acts}
        for ident, act in old_acts.items():
            if ident not in new_acts:
                self.changes.add("removed", "act", ident, act.title, None)
        for ident, act in new_acts.items():
            before = old_acts.get(ident)
            if before is None:
                self.changes.add("added", "act", ident, None, act.title)
                continue
            for field in Act.model_fields:
                if field != "id" and getattr(before, field) != getattr(act, field):
                    old_value, new_value = getattr(before, field), getattr(act, field)
                    self.changes.add("metadata", "act", ident, old_value, new_value, field=field)

    def bodies(self) -> None:
        old_parties = {p.id: p for p in self.old.parties}
        new_parties = {p.id: p for p in self.new.parties}
        for pid, party in old_parties.items():
            if pid not in new_parties:
                self.changes.add("removed", "party", pid, party.name, None)
        for pid, party in new_parties.items():
            before = old_parties.get(pid)
            if before is None:
                self.changes.add("added", "party", pid, None, party.name)
                continue
            if before.name != party.name:
                self.changes.add("renamed", "party", pid, before.name, party.name)
            for field in (
                "short_name",
                "symbol",
                "standing_office",
                "signatory",
                "since",
                "until",
                "succeeded_by",
            ):
                if getattr(before, field) != getattr(party, field):
                    self.changes.add(
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
                self.changes.add("removed", "unit", uid, unit.name, None)
        for uid, (owner, unit) in new_units.items():
            if uid not in old_units:
                self.changes.add("added", "unit", uid, None, unit.name)
                continue
            before_owner, before_unit = old_units[uid]
            if before_unit.name != unit.name:
                self.changes.add("renamed", "unit", uid, before_unit.name, unit.name)
            for field in ("since", "until", "succeeded_by"):
                if getattr(before_unit, field) != getattr(unit, field):
                    self.changes.add(
                        "metadata",
                        "unit",
                        uid,
                        getattr(before_unit, field),
                        getattr(unit, field),
                        field=field,
                    )
            if before_owner != owner:
                self.changes.add("moved", "unit", uid, before_owner, owner, field="party")

    def duties(self, article_match: dict[int, Article]) -> None:
        old_duties = {duty.id: (article, duty) for _p, article, duty in self.old.duties()}
        new_duties = {duty.id: (article, duty) for _p, article, duty in self.new.duties()}
        chapters_of_new = {id(a): c.number for c in self.new.chapters for a in c.articles}
        chapters_of_old = {id(a): c.number for c in self.old.chapters for a in c.articles}
        for did, (article, duty) in old_duties.items():
            if did not in new_duties:
                self.changes.add(
                    "removed",
                    "duty",
                    did,
                    duty.text,
                    None,
                    place=Place(chapters_of_old[id(article)], article.number),
                )
        for did, (article, duty) in new_duties.items():
            place = Place(chapters_of_new[id(article)], article.number)
            if did not in old_duties:
                self.changes.add("added", "duty", did, None, duty.text, place=place)
                continue
            old_article, before = old_duties[did]
            if article_match.get(id(old_article)) is not article:
                self.changes.add(
                    "moved",
                    "duty",
                    did,
                    old_article.number,
                    article.number,
                    field="article",
                    place=place,
                )
            if (before.lead, before.support) != (duty.lead, duty.support):
                self.changes.add(
                    "reassigned",
                    "duty",
                    did,
                    {"lead": lead_data(before.lead), "support": list(before.support)},
                    {"lead": lead_data(duty.lead), "support": list(duty.support)},
                    place=place,
                )
            if _schedule(before) != _schedule(duty):
                self.changes.add(
                    "rescheduled", "duty", did, _schedule(before), _schedule(duty), place=place
                )
            self.changes.text_field("duty", did, "text", before.text, duty.text, place)
            self.changes.text_field(
                "duty", did, "deliverable", before.deliverable, duty.deliverable, place
            )
            history(self.changes, "duty", did, before, duty, duty.text, place)


def _schedule(duty: Duty) -> Any:
    """A duty's schedule as the file writes it, to compare and to report."""
    return duty.schedule.to_yaml()


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
        if change.target_type == "act":
            return 0, 1, 0
        if change.target_type in ("party", "unit"):
            return 1, 0, 0
        if change.article is not None:
            return 2, change.article, 1
        # A chapter's own changes come just before its first article's.
        return 2, chapter_start.get(change.chapter or "", 0), 0

    return sorted(changes, key=position)
