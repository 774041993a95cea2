"""`coordreg lsp` publishes check's findings on the text being typed.

Each test drives a real server process through the protocol (tests/lsp/lspclient.py)
on real files in tmp_path, and compares the diagnostics whole: range, severity,
code, link to the documentation, message.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import evaluation, regulation, write_folder
from lspclient import LspClient, running, span

DOCS = "https://example.org/your-mirror/coordreg/blob/main/docs/rules.md"
TYPO = regulation().replace("lead: bca-a05\n", "lead: bca-a5\n", 1)
CR301_EN = "lead 'bca-a5' is not a declared party or unit (did you mean 'bca-a05'?)"


def diagnostic(
    text: str, needle: str, code: str, message: str, severity: int = 1, occurrence: int = 1
) -> dict[str, Any]:
    return {
        "range": span(text, needle, occurrence),
        "message": message,
        "severity": severity,
        "code": code,
        "codeDescription": {"href": f"{DOCS}#{code.lower()}"},
        "source": "coordreg",
    }


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LspClient]:
    """One server for the module, in English (initializationOptions), on a day no record
    of tests/builders.py is overdue yet (CR612)."""
    env = {**os.environ, "COORDREG_TODAY": "2023-01-15"}
    with running(tmp_path_factory.mktemp("lsp"), {"lang": "en"}, env) as client:
        yield client


def test_a_finding_is_a_diagnostic_with_its_range_code_link_and_message(
    server: LspClient, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path, TYPO)

    found = server.open(folder / "regulation.yaml")

    assert found == [diagnostic(TYPO, "bca-a5", "CR301", CR301_EN)]


def test_diagnostics_follow_the_editors_text_not_the_disk(
    server: LspClient, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path, TYPO)
    file = folder / "regulation.yaml"
    server.open(file)
    fixed = regulation()
    # A supporter listed twice (CR305, a warning) where the typo was fixed.
    doubled = fixed.replace("support: [btttt-cattt]", "support: [btttt-cattt, btttt-cattt]")

    assert server.change(file, fixed, 2) == []
    assert server.change(file, doubled, 3) == [
        diagnostic(
            doubled,
            "btttt-cattt",
            "CR305",
            "'btttt-cattt' is listed more than once among the supporters",
            severity=2,
            occurrence=3,
        )
    ]
    assert file.read_text(encoding="utf-8") == TYPO


def test_a_syntax_error_is_underlined_where_the_parser_stopped(
    server: LspClient, tmp_path: Path
) -> None:
    broken = regulation().replace("rotation: [bca, btttt]", "rotation: [bca, btttt}")
    folder = write_folder(tmp_path, broken)

    (found,) = server.open(folder / "regulation.yaml")

    assert (found["code"], found["range"]) == ("CR001", span(broken, "}"))


def test_a_record_is_checked_against_its_regulation_on_disk_or_in_the_editor(
    server: LspClient, tmp_path: Path
) -> None:
    record_text = evaluation().replace("  tong-ket-nam:\n", "  tong-ket-nam-2:\n")
    folder = write_folder(tmp_path, regulation(), {"2023.yaml": record_text})
    record = folder / "evaluations" / "2023.yaml"
    unknown = "result for unknown duty 'tong-ket-nam-2' (did you mean 'tong-ket-nam'?)"
    missing = "duty 'tong-ket-nam' falls due in 2023 but has no result"

    assert server.open(record) == [
        diagnostic(record_text, "results", "CR606", missing, severity=2),
        diagnostic(record_text, "tong-ket-nam-2", "CR603", unknown),
    ]
    # The regulation, opened and renamed in the editor (not saved): the record is
    # checked again against the editor's text.
    renamed = regulation().replace("id: tong-ket-nam\n", "id: tong-ket-nam-2\n")
    assert server.open(folder / "regulation.yaml", renamed) == []
    assert server.diagnostics(record) == []


def test_a_record_is_checked_against_the_year_before_as_open_in_the_editor(
    server: LspClient, tmp_path: Path
) -> None:
    # 2023 left bao-cao-quy in progress; 2024 says nothing of it (CR610, and CR606).
    record_2024 = evaluation(
        """\
        year: 2024
        host: bca
        held: 2025-01-15
        results:
          trao-doi-thong-tin:
            status: done
          tong-ket-nam:
            status: done
        """
    )
    folder = write_folder(
        tmp_path, regulation(), {"2023.yaml": evaluation(), "2024.yaml": record_2024}
    )
    later = folder / "evaluations" / "2024.yaml"

    assert [d["code"] for d in server.open(later)] == ["CR606", "CR610"]
    # 2023 edited in the editor: bao-cao-quy done after all. 2024 is checked again.
    finished = evaluation().replace("status: in_progress", "status: done")
    server.open(folder / "evaluations" / "2023.yaml", finished)
    assert [d["code"] for d in server.diagnostics(later)] == ["CR606"]


def test_a_record_without_a_regulation_is_a_finding_on_its_first_line(
    server: LspClient, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path, None, {"2023.yaml": evaluation()})

    (found,) = server.open(folder / "evaluations" / "2023.yaml")

    assert found["code"] == "CR608"
    assert found["range"] == span(evaluation(), "regulation: qc-test")


def test_closing_a_document_clears_its_diagnostics(server: LspClient, tmp_path: Path) -> None:
    folder = write_folder(tmp_path, TYPO)
    file = folder / "regulation.yaml"
    server.open(file)

    server.close_document(file)

    assert server.diagnostics(file) == []


# A line that holds an emoji before the finding: the editor counts it as two
# UTF-16 code units (the default), or one UTF-32 unit when it offers that encoding.
@pytest.mark.parametrize(("encodings", "extra"), [(None, 1), (["utf-32"], 0)])
def test_columns_are_counted_in_the_encoding_agreed(
    tmp_path: Path, encodings: list[str] | None, extra: int
) -> None:
    text = regulation().replace(
        "          - id: trao-doi-thong-tin\n",
        "          - {id: trao-doi-thong-tin, text: 'Báo 😀', lead: bca-a5, schedule: continuous}\n"
        "          - id: trao-doi-thong-tin-2\n",
    )
    folder = write_folder(tmp_path, text)
    client = LspClient(tmp_path)
    try:
        client.initialize({"lang": "en"}, encodings)
        (found,) = client.open(folder / "regulation.yaml")
    finally:
        client.close()

    expected = span(text, "bca-a5")
    for end in ("start", "end"):
        expected[end]["character"] += extra
    assert (found["code"], found["range"]) == ("CR301", expected)


def _language_of(tmp_path: Path, options: Any, env_lang: str | None) -> str:
    env = {k: v for k, v in os.environ.items() if k != "COORDREG_LANG"}
    if env_lang is not None:
        env["COORDREG_LANG"] = env_lang
    folder = write_folder(tmp_path, TYPO)
    with running(tmp_path, options, env) as client:
        (found,) = client.open(folder / "regulation.yaml")
    message: str = found["message"]
    return message


def test_messages_are_vietnamese_unless_the_client_or_coordreg_lang_says_otherwise(
    tmp_path: Path,
) -> None:
    vietnamese = (
        "cơ quan chủ trì 'bca-a5' không phải là bên hay đơn vị đã khai báo (có phải là 'bca-a05'?)"
    )

    assert _language_of(tmp_path / "a", None, None) == vietnamese
    assert _language_of(tmp_path / "b", None, "en") == CR301_EN
    assert _language_of(tmp_path / "c", {"lang": "vi"}, "en") == vietnamese
