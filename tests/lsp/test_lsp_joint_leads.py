"""The editor inside a joint or each-party lead (issue 16): completion, hover, definition."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from builders import evaluation, regulation, write_folder
from lspclient import LspClient, running, span
from test_lsp_navigation import BODIES, complete, definition, hover

REGULATION = regulation().replace(
    "lead: bca-vp\n            support: [btttt-vp]", "lead: {jointly: [bca-vp, btttt-vp]}"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LspClient]:
    with running(tmp_path_factory.mktemp("lsp"), {"lang": "en"}) as client:
        yield client


@pytest.fixture
def folder(server: LspClient, tmp_path: Path) -> Path:
    folder = write_folder(tmp_path, REGULATION, {"2023.yaml": evaluation()})
    server.open(folder / "regulation.yaml")
    return folder


def test_completion_inside_jointly_and_each(server: LspClient, folder: Path) -> None:
    file = folder / "regulation.yaml"
    body = REGULATION.rstrip("\n")
    duty = "\n      - id: x\n        text: X.\n        schedule: continuous\n"

    assert complete(server, file, body + duty + "        lead: {jointly: [bca-vp, bt", 2) == BODIES
    assert complete(server, file, body + duty + "        lead: {each: [b", 3) == BODIES
    block = "        lead:\n          jointly:\n            - bca-vp\n            - b"
    assert complete(server, file, body + duty + block, 4) == BODIES


def test_hover_and_definition_of_a_body_in_a_joint_lead(server: LspClient, folder: Path) -> None:
    file = folder / "regulation.yaml"

    found = hover(server, file, REGULATION, "btttt-vp]}")
    target = definition(server, file, REGULATION, "btttt-vp]}")

    assert found["contents"]["value"] == (
        "Unit **Văn phòng Bộ Thông tin và Truyền thông** (`btttt-vp`), of Bộ Thông tin và "
        "Truyền thông"
    )
    assert target == {"uri": file.as_uri(), "range": span(REGULATION, "btttt-vp")}


def test_hover_on_a_jointly_led_duty_names_its_leads(server: LspClient, folder: Path) -> None:
    record = folder / "evaluations" / "2023.yaml"
    server.open(record)

    found = hover(server, record, evaluation(), "tong-ket-nam")

    assert found["contents"]["value"] == (
        "Duty `tong-ket-nam` (Article 4): Tổng kết công tác phối hợp hằng năm.\n\n"
        "Lead: Văn phòng Bộ Công an, Văn phòng Bộ Thông tin và Truyền thông"
    )


def test_hover_on_a_lead_in_results_by_party(server: LspClient, tmp_path: Path) -> None:
    text = REGULATION.replace("{jointly: [bca-vp, btttt-vp]}", "{each: [bca-vp, btttt-vp]}")
    record = evaluation(
        """
        results:
          trao-doi-thong-tin: {status: done}
          bao-cao-quy: {status: done}
          tong-ket-nam:
            by_party:
              bca-vp: {status: done}
              btttt-vp: {status: not_done}
        """
    )
    folder = write_folder(tmp_path, text, {"2023.yaml": record})
    server.open(folder / "regulation.yaml")
    server.open(folder / "evaluations" / "2023.yaml")

    found = hover(server, folder / "evaluations" / "2023.yaml", record, "btttt-vp")

    assert found["contents"]["value"] == (
        "Unit **Văn phòng Bộ Thông tin và Truyền thông** (`btttt-vp`), of Bộ Thông tin và "
        "Truyền thông"
    )
