"""The past stays put: recording an act never changes a document about a day before it.

`before.yaml` is the regulation as it stood in 2024; `history.yaml` is the same
regulation after the handover and the merger of 1 March 2025 and the amendment of
1 July 2026, recorded as acts with the earlier values kept beside what changed (a
new ministry, the ends of the old bodies, a new duty, a repealed one, a rewritten
article). Every document about 2024 or a day of it, made by the command line from
each file with the records of 2022-2024, is the same byte for byte.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from dated_folders import BEFORE, HISTORY, docx_text, folder, run, run_bytes

# The documents about 2024 and its days, as the command line makes them.
TEXT_DOCUMENTS = {
    "plan-2024.md": ("plan", "qc-history", "--year", "2024"),
    "plan-2024.en.md": ("plan", "qc-history", "--year", "2024", "--lang", "en"),
    "plan-2024.html": ("plan", "qc-history", "--year", "2024", "-f", "html"),
    "plan-2024.json": ("plan", "qc-history", "--year", "2024", "-f", "json"),
    "review-2022-2024.md": ("review", "qc-history", "--end-year", "2024"),
    "review-2022-2024.html": ("review", "qc-history", "--end-year", "2024", "-f", "html"),
    "review-2022-2024.json": ("review", "qc-history", "--end-year", "2024", "-f", "json"),
    "text-2024-12-31.md": ("text", "qc-history", "--at", "2024-12-31"),
    "text-2024-12-31.html": ("text", "qc-history", "--at", "2024-12-31", "-f", "html"),
    "agenda-2024.txt": ("agenda", "--from", "2024-01-01", "--to", "2024-12-31"),
    "agenda-2024.json": ("agenda", "--from", "2024-01-01", "--to", "2024-12-31", "-f", "json"),
}
WORD_DOCUMENTS = {
    "plan-2024.docx": ("plan", "qc-history", "--year", "2024"),
    "review-2022-2024.docx": ("review", "qc-history", "--end-year", "2024"),
    "text-2024-12-31.docx": ("text", "qc-history", "--at", "2024-12-31"),
}


@pytest.fixture(scope="module")
def roots(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two secretariats' folders: the regulation before the acts, and after."""
    earlier, later = tmp_path_factory.mktemp("before"), tmp_path_factory.mktemp("history")
    folder(earlier, BEFORE, (2022, 2023, 2024))
    folder(later, HISTORY, (2022, 2023, 2024))
    return earlier, later


@pytest.mark.parametrize("name", TEXT_DOCUMENTS)
def test_a_document_about_2024_is_the_same_before_and_after_the_acts(
    roots: tuple[Path, Path], name: str
) -> None:
    earlier, later = roots
    args = TEXT_DOCUMENTS[name]
    assert run(later, *args) == run(earlier, *args)


@pytest.mark.parametrize("name", WORD_DOCUMENTS)
def test_a_word_document_about_2024_reads_the_same_before_and_after_the_acts(
    roots: tuple[Path, Path], name: str
) -> None:
    earlier, later = roots
    args = WORD_DOCUMENTS[name]
    after = docx_text(run_bytes(later, *args, output=name))
    assert after == docx_text(run_bytes(earlier, *args, output=name))
    assert len(after) > 25  # the whole document was read, not an empty one


def test_the_documents_compared_are_those_of_2024(roots: tuple[Path, Path]) -> None:
    # A guard against comparing two documents that both ignore the history: the
    # 2024 plan names the holders of 2024, and the 2026 plans of the two files differ.
    earlier, later = roots
    plan = run(later, "plan", "qc-history", "--year", "2024")
    assert (
        "| Giám sát an toàn thông tin mạng. | Cục An toàn thông tin (Bộ Thông tin và Truyền thông) |"
    ) in plan
    assert "Bộ Khoa học và Công nghệ" not in plan
    args = ("plan", "qc-history", "--year", "2026")
    assert run(later, *args) != run(earlier, *args)
