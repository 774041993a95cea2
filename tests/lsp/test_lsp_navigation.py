"""Hover, go-to-definition and completion on the ids a file names, through the protocol."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from builders import evaluation, regulation, write_folder
from lspclient import LspClient, position, running, span

REGULATION = regulation()
RECORD = evaluation()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LspClient]:
    with running(tmp_path_factory.mktemp("lsp"), {"lang": "en"}) as client:
        yield client


@pytest.fixture
def folder(server: LspClient, tmp_path: Path) -> Path:
    """regulations/qc-test with its 2023 record, both open in the editor."""
    folder = write_folder(tmp_path, REGULATION, {"2023.yaml": RECORD})
    server.open(folder / "regulation.yaml")
    server.open(folder / "evaluations" / "2023.yaml")
    return folder


def hover(server: LspClient, file: Path, text: str, needle: str, occurrence: int = 1) -> Any:
    at = position(text, needle, occurrence)
    return server.at("textDocument/hover", file, at["line"], at["character"] + 1)


def test_hover_on_a_lead_shows_the_units_name_and_party(server: LspClient, folder: Path) -> None:
    found = hover(server, folder / "regulation.yaml", REGULATION, "lead: bca-a05")

    assert found is None  # on the key: nothing
    found = hover(server, folder / "regulation.yaml", REGULATION, "bca-a05", occurrence=2)
    assert found == {
        "contents": {
            "kind": "markdown",
            "value": "Unit **Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao** "
            "(`bca-a05`), of Bộ Công an",
        },
        "range": span(REGULATION, "bca-a05", occurrence=2),
    }


def test_hover_on_the_rotation_and_a_supporter(server: LspClient, folder: Path) -> None:
    file = folder / "regulation.yaml"

    rotation = hover(server, file, REGULATION, "btttt]")
    supporter = hover(server, file, REGULATION, "btttt-cattt]")

    assert rotation["contents"]["value"] == "Party **Bộ Thông tin và Truyền thông** (`btttt`)"
    assert supporter["contents"]["value"] == (
        "Unit **Cục An toàn thông tin** (`btttt-cattt`), of Bộ Thông tin và Truyền thông"
    )


def test_hover_in_a_record_shows_the_host_and_the_duty(server: LspClient, folder: Path) -> None:
    record = folder / "evaluations" / "2023.yaml"

    host = hover(server, record, RECORD, "btttt")
    duty = hover(server, record, RECORD, "bao-cao-quy")

    assert host["contents"]["value"] == "Party **Bộ Thông tin và Truyền thông** (`btttt`)"
    assert duty["contents"]["value"] == (
        "Duty `bao-cao-quy` (Article 3): Báo cáo kết quả giám sát an toàn thông tin.\n\n"
        "Lead: Cục An toàn thông tin"
    )
    assert duty["range"] == span(RECORD, "bao-cao-quy")


def test_hover_on_an_undeclared_id_says_so(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("lead: bca-vp\n", "lead: bca-vpp\n")
    folder = write_folder(tmp_path, text)
    server.open(folder / "regulation.yaml")

    found = hover(server, folder / "regulation.yaml", text, "bca-vpp")

    assert found["contents"]["value"] == "`bca-vpp` is not declared in the regulation"


def test_hover_works_above_a_syntax_error(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION + "unplaced: [\n"
    folder = write_folder(tmp_path, text)
    server.open(folder / "regulation.yaml")

    found = hover(server, folder / "regulation.yaml", text, "btttt-vp", occurrence=3)

    assert found["contents"]["value"] == (
        "Unit **Văn phòng Bộ Thông tin và Truyền thông** (`btttt-vp`), "
        "of Bộ Thông tin và Truyền thông"
    )


def definition(server: LspClient, file: Path, text: str, needle: str, occurrence: int = 1) -> Any:
    at = position(text, needle, occurrence)
    return server.at("textDocument/definition", file, at["line"], at["character"])


def test_definition_of_a_lead_is_the_units_declaration(server: LspClient, folder: Path) -> None:
    file = folder / "regulation.yaml"

    found = definition(server, file, REGULATION, "bca-vp", occurrence=3)  # lead: bca-vp

    assert found == {"uri": file.as_uri(), "range": span(REGULATION, "bca-vp")}


def test_definitions_from_a_record_lead_into_its_regulation(
    server: LspClient, folder: Path
) -> None:
    record = folder / "evaluations" / "2023.yaml"
    regulation_uri = (folder / "regulation.yaml").as_uri()

    duty = definition(server, record, RECORD, "tong-ket-nam")
    host = definition(server, record, RECORD, "btttt")
    named = definition(server, record, RECORD, "qc-test")

    assert duty == {"uri": regulation_uri, "range": span(REGULATION, "tong-ket-nam")}
    assert host == {"uri": regulation_uri, "range": span(REGULATION, "btttt")}
    assert named == {"uri": regulation_uri, "range": span(REGULATION, "qc-test")}


def test_no_definition_for_a_value_that_is_not_an_id(server: LspClient, folder: Path) -> None:
    found = definition(server, folder / "regulation.yaml", REGULATION, "Hà Nội")

    assert found is None


def complete(server: LspClient, file: Path, text: str, version: int) -> list[tuple[str, str]]:
    """Open `text` as the new text of `file`, complete at its end: (label, detail) of each item."""
    server.change(file, text, version)
    lines = text.split("\n")
    at = {"line": len(lines) - 1, "character": len(lines[-1])}
    found = server.at("textDocument/completion", file, at["line"], at["character"])
    if found is None:
        return []
    typed = len(text) - len(text.rstrip("abcdefghijklmnopqrstuvwxyz0123456789-"))
    for item in found["items"]:
        assert item["textEdit"]["range"] == {
            "start": {**at, "character": at["character"] - typed},
            "end": at,
        }
        assert item["textEdit"]["newText"] == item["label"]
    return [(item["label"], item.get("detail", "")) for item in found["items"]]


BODIES = [
    ("bca", "Bộ Công an"),
    ("bca-vp", "Văn phòng Bộ Công an (Bộ Công an)"),
    ("bca-a05", "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (Bộ Công an)"),
    ("btttt", "Bộ Thông tin và Truyền thông"),
    ("btttt-vp", "Văn phòng Bộ Thông tin và Truyền thông (Bộ Thông tin và Truyền thông)"),
    ("btttt-cattt", "Cục An toàn thông tin (Bộ Thông tin và Truyền thông)"),
]
PARTIES = [BODIES[0], BODIES[3]]


def test_completion_of_a_lead_support_and_rotation(server: LspClient, folder: Path) -> None:
    file = folder / "regulation.yaml"
    body = REGULATION.rstrip("\n")
    duty = "\n      - id: x\n        text: X.\n        schedule: continuous\n"

    assert complete(server, file, body + duty + "        lead: bca-", 2) == BODIES
    assert complete(server, file, body + duty + "        support: [bca-vp, bt", 3) == BODIES
    assert complete(server, file, body + duty + "        support:\n          - bc", 4) == BODIES
    rotation = REGULATION.split("  rotation:")[0] + "  rotation:\n    - b"
    assert complete(server, file, rotation, 5) == PARTIES
    assert complete(server, file, body + duty + "        text: Bá", 6) == []


def test_completion_in_a_record_of_the_host_and_the_results_not_yet_there(
    server: LspClient, folder: Path
) -> None:
    record = folder / "evaluations" / "2023.yaml"

    assert complete(server, record, RECORD.split("host:")[0] + "host: b", 2) == PARTIES
    assert complete(server, record, RECORD + "  ", 3) == [
        ("ke-hoach-trien-khai", "Ban hành kế hoạch triển khai Quy chế.")
    ]


def test_hover_and_definition_of_a_successor(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace(
        "        name: Cục An toàn thông tin\n",
        "        name: Cục An toàn thông tin\n"
        "        until: 2025-02-28\n"
        "        succeeded_by: [bca-a05]\n",
    )
    folder = write_folder(tmp_path, text)
    file = folder / "regulation.yaml"
    server.open(file)

    found = hover(server, file, text, "bca-a05]", occurrence=1)
    target = definition(server, file, text, "bca-a05]", occurrence=1)

    assert found["contents"]["value"].startswith("Unit **Cục An ninh mạng")
    assert target == {"uri": file.as_uri(), "range": span(text, "bca-a05")}
