"""The regulation through time (model/timeline.py, model/projection.py): what a
projection keeps as it is, and when a regulation has no history at all."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from builders import regulation

from coordreg.loader.yamlload import load_file, load_text
from coordreg.model.projection import unchanging_elements
from coordreg.model.regulation import Regulation
from coordreg.model.timeline import Timeline, has_history

BUNDLED = Path(__file__).resolve().parents[1] / "regulations" / "bca-btttt-2021" / "regulation.yaml"


def parsed(text: str) -> Regulation:
    doc = load_text(text, "regulation.yaml")
    assert doc.ok, doc.findings
    return Regulation.model_validate(doc.data)


def test_a_chapter_with_no_article_is_no_history() -> None:
    empty = "  - number: IV\n    title: ĐIỀU KHOẢN KHÁC\n"
    text = regulation().replace("  - number: III\n", empty + "  - number: III\n")
    assert empty in text
    plain = parsed(text)
    assert not has_history(plain)
    assert Timeline(plain).as_of(date(2023, 6, 1)) is plain


def test_a_projection_keeps_the_untouched_parts_and_copies_the_changed_ones() -> None:
    doc = load_file(BUNDLED)
    source = Regulation.model_validate(doc.data)
    unchanging = unchanging_elements(source)
    articles = [article for chapter in source.chapters for article in chapter.articles]
    untouched = [article for article in articles if id(article) in unchanging]
    changed = [article for article in articles if id(article) not in unchanging]
    # The 2025 handover changed the leads of most duties, not every article.
    assert untouched and changed
    timeline = Timeline(source)
    for day in (date(2024, 6, 1), date(2025, 6, 1)):
        projected = [a for chapter in timeline.as_of(day).chapters for a in chapter.articles]
        kept = {id(article) for article in projected}
        assert all(id(article) in kept for article in untouched)
        assert not any(id(article) in kept for article in changed)
    # Who leads a changed duty depends on the day: before and after the handover.
    before = timeline.as_of(date(2025, 2, 28))
    after = timeline.as_of(date(2025, 3, 1))
    leads_before = {duty.id: duty.lead for _path, _article, duty in before.duties()}
    leads_after = {duty.id: duty.lead for _path, _article, duty in after.duties()}
    assert leads_before != leads_after
    assert leads_before.keys() == leads_after.keys()
