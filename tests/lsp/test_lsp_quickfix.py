"""Quick fixes (code actions): the findings' "did you mean", and numbering put back in order.

Each fix is applied to the text as an editor would and the text checked again:
the finding it fixes is gone and nothing else changed.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import evaluation, regulation, write_folder
from lspclient import LspClient, apply_edits, position, running, span

REGULATION = regulation()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LspClient]:
    with running(tmp_path_factory.mktemp("lsp"), {"lang": "en"}) as client:
        yield client


def actions(server: LspClient, file: Path, where: dict[str, Any]) -> list[Any]:
    found: list[Any] = server.request(
        "textDocument/codeAction",
        {
            "textDocument": {"uri": file.as_uri()},
            "range": where,
            "context": {"diagnostics": []},
        },
    )
    return found


def value_span(text: str, context: str, value: str) -> dict[str, dict[str, int]]:
    """The range of `value`, written after a space, inside the first `context` (which may
    span lines)."""
    start = text.index(context) + context.index(" " + value) + 1
    line = text.count("\n", 0, start)
    character = start - (text.rfind("\n", 0, start) + 1)
    return {
        "start": {"line": line, "character": character},
        "end": {"line": line, "character": character + len(value)},
    }


def fixed(server: LspClient, file: Path, text: str, action: Any, version: int) -> list[Any]:
    """The diagnostics of `text` with `action` applied."""
    (edits,) = action["edit"]["changes"].values()
    return server.change(file, apply_edits(text, edits), version)


def test_did_you_mean_replaces_the_unknown_id(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("lead: bca-a05\n", "lead: bca-a5\n", 1)
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    (diagnostic,) = server.open(file)

    found = actions(server, file, diagnostic["range"])

    assert found == [
        {
            "title": "Replace with 'bca-a05'",
            "kind": "quickfix",
            "diagnostics": [diagnostic],
            "isPreferred": True,
            "edit": {
                "changes": {file.as_uri(): [{"range": span(text, "bca-a5"), "newText": "bca-a05"}]}
            },
        }
    ]
    assert fixed(server, file, text, found[0], 2) == []


def test_a_quoted_id_stays_quoted(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("support: [btttt-cattt]", "support: ['btttt-catt']", 1)
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    (diagnostic,) = server.open(file)

    (action,) = actions(server, file, diagnostic["range"])

    (edit,) = action["edit"]["changes"][file.as_uri()]
    assert edit == {"range": span(text, "'btttt-catt'"), "newText": "'btttt-cattt'"}
    assert fixed(server, file, text, action, 2) == []


def test_a_misspelt_key_gets_its_right_name(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("schedule: continuous", "shedule: continuous", 1)
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    codes = {d["code"]: d for d in server.open(file)}

    (action,) = actions(server, file, codes["CR103"]["range"])

    assert action["title"] == "Replace with 'schedule'"
    assert action["edit"]["changes"][file.as_uri()] == [
        {"range": span(text, "shedule"), "newText": "schedule"}
    ]
    assert fixed(server, file, text, action, 2) == []


def test_a_record_gets_the_duty_it_meant(server: LspClient, tmp_path: Path) -> None:
    text = evaluation().replace("  bao-cao-quy:\n", "  bao-cao-qui:\n")
    folder = write_folder(tmp_path, REGULATION, {"2023.yaml": text})
    record = folder / "evaluations" / "2023.yaml"
    codes = {d["code"]: d for d in server.open(record)}

    (action,) = actions(server, record, codes["CR603"]["range"])

    assert action["title"] == "Replace with 'bao-cao-quy'"
    assert fixed(server, record, text, action, 2) == []


# Chapter II numbers its articles from 1 again: one CR402, at its first article.
RESTARTED = (
    REGULATION.replace("      - number: 3\n", "      - number: 1\n")
    .replace("      - number: 4\n", "      - number: 2\n")
    .replace("      - number: 5\n", "      - number: 3\n")
)
ARTICLE_3 = "number: 1\n        title: Trao"
ARTICLE_4 = "number: 2\n        title: Sơ kết"
ARTICLE_5 = "number: 3\n        title: Hiệu lực"


def test_an_article_out_of_order_gets_its_number_or_all_articles_renumbered(
    server: LspClient, tmp_path: Path
) -> None:
    folder = write_folder(tmp_path, RESTARTED)
    file = folder / "regulation.yaml"
    (diagnostic,) = server.open(file)
    assert (diagnostic["code"], diagnostic["range"]) == (
        "CR402",
        value_span(RESTARTED, ARTICLE_3, "1"),
    )

    one, every = actions(server, file, diagnostic["range"])

    assert (one["title"], one["isPreferred"]) == ("Replace with '3'", True)
    assert one["edit"]["changes"][file.as_uri()] == [
        {"range": value_span(RESTARTED, ARTICLE_3, "1"), "newText": "3"}
    ]
    assert (every["title"], every["isPreferred"]) == ("Renumber the articles from 1", False)
    assert every["edit"]["changes"][file.as_uri()] == [
        {"range": value_span(RESTARTED, ARTICLE_3, "1"), "newText": "3"},
        {"range": value_span(RESTARTED, ARTICLE_4, "2"), "newText": "4"},
        {"range": value_span(RESTARTED, ARTICLE_5, "3"), "newText": "5"},
    ]
    assert fixed(server, file, RESTARTED, every, 2) == []
    assert apply_edits(RESTARTED, every["edit"]["changes"][file.as_uri()]) == REGULATION


def test_points_are_lettered_again_in_vietnamese_order(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace(
        "              - label: a\n                text: Chủ động, kịp thời;\n"
        "              - label: b\n",
        "              - label: b\n                text: Chủ động, kịp thời;\n"
        "              - label: 'c'\n",
    ).replace(
        "                text: Thống nhất, hiệu quả.\n",
        "                text: Thống nhất, hiệu quả;\n"
        "              - {label: d, text: Bảo mật;}\n"
        "              - {label: e, text: An toàn.}\n",
    )
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    # b should be a, and e should be đ.
    diagnostic, second = server.open(file)
    assert [diagnostic["code"], second["code"]] == ["CR404", "CR404"]

    one, every = actions(server, file, diagnostic["range"])

    assert one["edit"]["changes"][file.as_uri()] == [
        {"range": value_span(text, "label: b\n                text: Chủ", "b"), "newText": "a"}
    ]
    assert every["title"] == "Re-letter the points of this clause a, b, c, d, đ, ..."
    new = [edit["newText"] for edit in every["edit"]["changes"][file.as_uri()]]
    assert new == ["a", "'b'", "c", "d"]
    assert fixed(server, file, text, every, 2) == []


def test_no_action_where_there_is_no_finding(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("lead: bca-a05\n", "lead: bca-a5\n", 1)
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    server.open(file)
    title = position(text, "title")

    assert actions(server, file, {"start": title, "end": title}) == []


def test_no_fix_names_a_body_twice_in_a_lead(server: LspClient, tmp_path: Path) -> None:
    """`{jointly: [bca-vp, BCA-VP]}`: the near miss bca-vp is already in the lead, and
    writing it would be refused as a body named twice; no fix is offered for it."""
    text = REGULATION.replace(
        "lead: bca-vp\n            support: [btttt-vp]", "lead: {jointly: [bca-vp, BCA-VP]}"
    )
    assert "BCA-VP" in text
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    (diagnostic,) = server.open(file)
    assert diagnostic["code"] == "CR301"

    assert actions(server, file, diagnostic["range"]) == []
