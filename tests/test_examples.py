"""The bundled regulations under regulations/ are valid, complete examples."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from coordreg.check.checker import check_paths
from coordreg.check.schema import validate
from coordreg.loader.yamlload import load_file
from coordreg.model import Regulation

REGULATIONS = Path(__file__).resolve().parent.parent / "regulations"
FOLDERS = sorted(path.parent for path in REGULATIONS.glob("*/regulation.yaml"))
FILES = sorted(REGULATIONS.rglob("*.yaml"))


def read(folder: str) -> Regulation:
    doc = load_file(REGULATIONS / folder / "regulation.yaml")
    assert doc.findings == []
    regulation, found = validate(doc, Regulation)
    assert found == []
    assert regulation is not None
    return regulation


def test_examples_are_there() -> None:
    assert [folder.name for folder in FOLDERS] == ["bca-btttt-2021", "ha-tinh-antt-2023"]
    assert len(FILES) == 8


def test_the_examples_check_with_only_the_two_warnings_their_history_explains() -> None:
    # Decree 55/2025 took effect on 1 March and was signed on 2 March; the Ministry of
    # Culture, Sports and Tourism took over the press duties but has no turn to host.
    result = check_paths([REGULATIONS])
    assert [(f.file, f.line, f.code) for f in result.findings] == [
        ("regulations/bca-btttt-2021/regulation.yaml", 64, "CR902"),
        ("regulations/bca-btttt-2021/regulation.yaml", 183, "CR304"),
    ]
    assert (result.errors, result.warnings) == (0, 2)
    assert len(result.files) == len(FILES)


def test_the_provincial_example_checks_clean() -> None:
    result = check_paths([REGULATIONS / "ha-tinh-antt-2023"])
    assert result.findings == []


def test_bca_btttt_2021() -> None:
    regulation = read("bca-btttt-2021")
    assert regulation.id == "bca-btttt-2021"
    assert len(regulation.chapters) == 3
    assert [chapter.number for chapter in regulation.chapters] == ["I", "II", "III"]
    assert len(list(regulation.articles())) == 10
    assert len(list(regulation.duties())) >= 30
    assert [party.id for party in regulation.parties] == ["bca", "btttt", "bkhcn", "bvhttdl"]
    assert regulation.signed.isoformat() == "2021-11-24"
    assert [(act.id, act.number) for act in regulation.acts] == [
        ("nd-02-2025", "02/2025/NĐ-CP"),
        ("bb-attt-2025", None),
        ("nd-43-2025", "43/2025/NĐ-CP"),
        ("nd-55-2025", "55/2025/NĐ-CP"),
    ]


def test_ha_tinh_has_more_than_two_parties() -> None:
    regulation = read("ha-tinh-antt-2023")
    assert len(regulation.parties) > 2
    assert set(regulation.evaluation.rotation) == {party.id for party in regulation.parties}


@pytest.mark.parametrize("file", FILES, ids=lambda file: str(file.relative_to(REGULATIONS)))
def test_example_files_are_nfc_utf8(file: Path) -> None:
    raw = file.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8")  # raises on anything that is not UTF-8
    assert unicodedata.is_normalized("NFC", text)
    assert "\r" not in text
