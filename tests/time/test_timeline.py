"""The regulation in force on a day, from its acts and the earlier values kept in the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from builders import regulation
from bundled import regulation_2024

from coordreg.loader.yamlload import load_file, load_text
from coordreg.model import Regulation
from coordreg.model.projection import unchanging_elements
from coordreg.model.timeline import Timeline, has_history
from coordreg.versions.revisions import parse_regulation

HISTORY = Path(__file__).with_name("history.yaml")
# A regulation with no history: the bundled one as it stood in 2024.
BUNDLED = regulation_2024("bca-btttt-2021") / "regulation.yaml"


def load(path: Path) -> Regulation:
    return parse_regulation(path.read_bytes(), str(path))


@pytest.fixture(scope="module")
def timeline() -> Timeline:
    return Timeline(load(HISTORY))


def duty(regulation: Regulation, duty_id: str) -> tuple[str, list[str]] | None:
    """(lead, support) of a duty in a projection, None when it is not in force."""
    for _path, _article, found in regulation.duties():
        if found.id == duty_id:
            return str(found.lead), list(found.support)
    return None


def test_a_regulation_without_history_is_itself_on_every_day() -> None:
    regulation = load(BUNDLED)
    timeline = Timeline(regulation)
    assert not has_history(regulation)
    assert timeline.change_days == ()
    assert timeline.as_of(date(2023, 5, 1)) is regulation
    assert [s.first for s in timeline.stretches(date(2022, 1, 1), date(2026, 12, 31))] == [
        date(2022, 1, 1)
    ]


def test_the_days_on_which_something_changes(timeline: Timeline) -> None:
    # The handover, the merger, the end of the old bodies and the start of the new
    # one all fall on 1 March 2025; the amendment on 1 July 2026.
    assert timeline.change_days == (date(2025, 3, 1), date(2026, 7, 1))


def test_before_the_handover_the_old_holders_and_the_old_text(timeline: Timeline) -> None:
    then = timeline.as_of(date(2024, 6, 1))
    assert duty(then, "d1") == ("btttt-cattt", ["bca-a05"])
    assert duty(then, "d2") == ("btttt-vp", ["bca-vp"])
    assert duty(then, "d3") == ("btttt-cattt", [])
    assert duty(then, "d4") is None  # added by the 2026 amendment
    assert duty(then, "d5") == ("bca-vp", ["btttt-vp"])
    article = then.chapters[0].articles[1]
    assert (article.title, article.text) == (
        "Nguyên tắc phối hợp",
        "Phối hợp thường xuyên, kịp thời.",
    )
    assert then.evaluation.rotation == ["bca", "btttt"]
    assert all(not d.before for _p, _a, d in then.duties())


def test_from_the_handover_the_new_holders(timeline: Timeline) -> None:
    for day in (date(2025, 3, 1), date(2026, 6, 30)):
        now = timeline.as_of(day)
        assert duty(now, "d1") == ("bca-a05", [])
        assert duty(now, "d2") == ("bkhcn-vp", ["bca-vp"])
        assert duty(now, "d5") == ("bca-vp", ["bkhcn-vp"])
        assert duty(now, "d4") is None
        assert now.evaluation.rotation == ["bca", "bkhcn"]


def test_from_the_amendment_the_new_text_the_new_duty_and_no_repealed_duty(
    timeline: Timeline,
) -> None:
    now = timeline.as_of(date(2026, 7, 1))
    assert duty(now, "d4") == ("bca-vp", [])
    assert duty(now, "d5") is None
    article = now.chapters[0].articles[1]
    assert article.title == "Nguyên tắc phối hợp và trách nhiệm"
    assert article.text == "Phối hợp thường xuyên, kịp thời, hiệu quả, đúng quy định."


def test_projections_are_computed_once_per_stretch(timeline: Timeline) -> None:
    assert timeline.as_of(date(2025, 3, 1)) is timeline.as_of(date(2026, 6, 30))
    assert timeline.as_of(date(2022, 1, 1)) is timeline.as_of(date(2025, 2, 28))


def test_stretches_cover_a_span_without_gaps(timeline: Timeline) -> None:
    stretches = timeline.stretches(date(2025, 1, 1), date(2026, 12, 31))
    assert [(s.first, s.last) for s in stretches] == [
        (date(2025, 1, 1), date(2025, 2, 28)),
        (date(2025, 3, 1), date(2026, 6, 30)),
        (date(2026, 7, 1), date(2026, 12, 31)),
    ]


def test_a_duty_year_is_attributed_to_who_held_it_on_its_last_due_day(timeline: Timeline) -> None:
    year = {d.duty.id: d for d in timeline.year_duties(2025)}
    assert sorted(year) == ["d1", "d2", "d3", "d5"]
    # Continuous: held by Cục An toàn thông tin for two months, by A05 from March;
    # the year is A05's, whose version is in force on 31 December.
    assert [(p.first, p.last, p.duty.lead) for p in year["d1"].periods] == [
        (date(2025, 1, 1), date(2025, 2, 28), "btttt-cattt"),
        (date(2025, 3, 1), date(2025, 12, 31), "bca-a05"),
    ]
    assert year["d1"].reference_day == date(2025, 12, 31)
    assert year["d1"].duty.lead == "bca-a05"
    # Quarterly from 25 March: every date of 2025 falls after the handover.
    assert year["d3"].due == (
        date(2025, 3, 25),
        date(2025, 6, 25),
        date(2025, 9, 25),
        date(2025, 12, 25),
    )
    assert [p.duty.lead for p in year["d3"].periods] == ["bca-a05"]
    earlier = {d.duty.id: d.duty.lead for d in timeline.year_duties(2024)}
    assert earlier == {"d1": "btttt-cattt", "d2": "btttt-vp", "d3": "btttt-cattt", "d5": "bca-vp"}


def test_a_duty_added_or_repealed_mid_year(timeline: Timeline) -> None:
    year = {d.duty.id: d for d in timeline.year_duties(2026)}
    assert year["d4"].due == (date(2026, 9, 30),)
    # Repealed from 1 July 2026: in force, undated, for the first half of the year.
    assert [(p.first, p.last) for p in year["d5"].periods] == [
        (date(2026, 1, 1), date(2026, 6, 30))
    ]
    assert year["d5"].reference_day == date(2026, 6, 30)
    assert timeline.due_dates("d4", 2025) == []
    assert timeline.due_dates("d2", 2026) == [date(2026, 12, 15)]


def test_who_exists_and_who_hosts(timeline: Timeline) -> None:
    assert [p.id for p in timeline.parties_on(date(2025, 2, 28))] == ["bca", "btttt"]
    assert [p.id for p in timeline.parties_on(date(2025, 3, 1))] == ["bca", "bkhcn"]
    assert timeline.successor_on("btttt", date(2025, 6, 1)) == "bkhcn"
    assert timeline.successor_on("btttt", date(2024, 6, 1)) == "btttt"
    assert timeline.successor_on("btttt-cattt", date(2025, 6, 1)) == "bca-a05"
    # 2022 bca, 2023 btttt, 2024 bca; 2025 is btttt's turn, taken by its successor.
    assert [timeline.host_for(y) for y in range(2022, 2027)] == [
        "bca",
        "btttt",
        "bca",
        "bkhcn",
        "bca",
    ]


# --- What a projection keeps as it is -------------------------------------------------------

BUNDLED_NOW = (
    Path(__file__).resolve().parents[2] / "regulations" / "bca-btttt-2021" / "regulation.yaml"
)


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
    doc = load_file(BUNDLED_NOW)
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
