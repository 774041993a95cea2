"""CR704 chapter-needs-review: a chapter `coordreg import` marked (articles missing or guessed)."""

from __future__ import annotations

from builders import CheckFindings, messages, regulation, triples

from coordreg.findings import Severity


def test_the_placeholder_chapter_of_a_text_without_articles_is_reported(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: (Văn bản nguồn không có điều nào)
                articles: []
                review: văn bản nguồn không có điều nào
            """
        )
    )
    # The default parties lead nothing once the chapters are gone: CR701 says so too.
    found = [finding for finding in found if finding.code == "CR704"]
    assert triples(found) == [(5, 13, "CR704")]
    assert messages(found) == ["chapter I is marked for review: văn bản nguồn không có điều nào"]
    assert messages(found, "vi") == ["chương I cần được rà soát: văn bản nguồn không có điều nào"]
    assert found[0].severity is Severity.WARNING


def test_a_chapter_without_review_is_fine(check_findings: CheckFindings) -> None:
    assert check_findings(regulation()) == []
