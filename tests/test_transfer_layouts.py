"""Where `transfer --effective` writes the history, in files laid out in other ways.

A small regulation: Cục An toàn thông tin (`cattt`) leads one duty, which passes to
Cục A05 (`a05`) from 1 March 2025. Each test lays the file out another way (an act
already listed, earlier values already kept, a list at its key's column, the whole
file as JSON) and expects the exact text transfer writes, every other byte kept.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from coordreg.edit.acts import ActChoice
from coordreg.edit.fmt import REGULATION as KIND
from coordreg.edit.fmt import format_text
from coordreg.edit.transfer import plan_transfers
from coordreg.versions.revisions import parse_regulation

MARCH_1 = date(2025, 3, 1)
ACT = "bg-cattt-20250301"
TITLE = "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục A05"
HEAD = """\
id: qc-nho
title: Quy chế phối hợp
signed: 2021-11-24
effective: 2021-11-24
"""
PARTIES = """\
parties:
  - id: bca
    name: Bộ Công an
    units:
      - id: a05
        name: Cục A05
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: cattt
        name: Cục An toàn thông tin
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
chapters:
  - number: I
    title: NỘI DUNG
    articles:
      - number: 1
        title: Nhiệm vụ
        duties:
          - id: giam-sat
            text: Giám sát an toàn thông tin mạng.
            lead: cattt
            schedule: continuous
"""
ENDED = (
    "        name: Cục An toàn thông tin\n        until: 2025-02-28\n        succeeded_by: a05\n"
)
EARLIER = f"            before:\n              - act: {ACT}\n                lead: cattt\n"


def transfer(tmp_path: Path, text: str, act: ActChoice | None = None) -> str:
    file = tmp_path / "regulation.yaml"
    file.write_text(text, encoding="utf-8")
    [result] = plan_transfers([file], "cattt", "a05", MARCH_1, act=act)
    return result.new_text


def moved(parties: str) -> str:
    """PARTIES after the handover: the lead, the unit's end, the earlier lead."""
    return (
        parties.replace("            lead: cattt\n", "            lead: a05\n")
        .replace("        name: Cục An toàn thông tin\n", ENDED)
        .rstrip("\n")
        + "\n"
        + EARLIER
    )


def test_a_file_without_history(tmp_path: Path) -> None:
    new = transfer(tmp_path, HEAD + PARTIES)

    acts = (
        f"acts:\n  - id: {ACT}\n    kind: handover\n    title: {TITLE}\n    effective: 2025-03-01\n"
    )
    assert new == "format: 2\n" + HEAD + acts + moved(PARTIES)
    assert format_text(new, KIND) == new


def test_an_act_already_listed_gets_the_new_one_after_it(tmp_path: Path) -> None:
    listed = (
        "format: 2\n"
        + HEAD
        + "acts:\n- id: nd-02-2025\n  title: Nghị định 02\n  effective: 2025-03-01\n"
    )

    new = transfer(tmp_path, listed + PARTIES)

    added = f"- id: {ACT}\n  kind: handover\n  title: {TITLE}\n  effective: 2025-03-01\n"
    assert new == listed + added + moved(PARTIES)


def test_an_empty_list_of_acts_is_written_anew(tmp_path: Path) -> None:
    new = transfer(tmp_path, "format: 2\n" + HEAD + "acts: []\n" + PARTIES)

    acts = (
        f"acts:\n  - id: {ACT}\n    kind: handover\n    title: {TITLE}\n    effective: 2025-03-01\n"
    )
    assert new == "format: 2\n" + HEAD + acts + moved(PARTIES)


def test_an_older_format_number_is_raised(tmp_path: Path) -> None:
    new = transfer(tmp_path, "format: 1\n" + HEAD + PARTIES)
    assert new.startswith("format: 2\nid: qc-nho\n")


def test_earlier_values_of_another_act_are_kept_and_followed(tmp_path: Path) -> None:
    """The duty's text was amended in 2023; its `before` list gains the handover's entry."""
    text_before = (
        "            before:\n              - act: sd-2023\n                text: Giám sát.\n"
    )
    listed = (
        "format: 2\n"
        + HEAD
        + "acts:\n  - id: sd-2023\n    title: Sửa đổi\n    effective: 2023-01-01\n"
    )
    parties = PARTIES + text_before

    new = transfer(tmp_path, listed + parties, act=ActChoice(id="bb-2025"))

    act = f"  - id: bb-2025\n    kind: handover\n    title: {TITLE}\n    effective: 2025-03-01\n"
    entry = "              - act: bb-2025\n                lead: cattt\n"
    assert new == listed + act + moved(PARTIES).removesuffix(EARLIER) + text_before + entry


def test_a_regulation_written_as_json(tmp_path: Path) -> None:
    """JSON is YAML: the history goes inside its braces, written flow, at their end."""
    units = '[{"id": "cattt", "name": "ATTT"}]'
    duty = '{"id": "giam-sat", "text": "Giám sát.", "lead": "cattt", "schedule": "continuous"}'
    text = (
        '{"id": "qc-nho", "title": "Quy chế", "signed": "2021-11-24", "effective": "2021-11-24",'
        ' "parties": [{"id": "bca", "name": "Bộ Công an", "units": [{"id": "a05", "name": "A05"}]},'
        f' {{"id": "btttt", "name": "Bộ TT&TT", "units": {units}}}],'
        ' "evaluation": {"rotation": ["bca", "btttt"], "first_year": 2022},'
        ' "chapters": [{"number": "I", "title": "NỘI DUNG", "articles": [{"number": 1,'
        f' "title": "Nhiệm vụ", "duties": [{duty}]}}]}}]}}\n'
    )

    new = transfer(tmp_path, text)

    ended = '[{"id": "cattt", "name": "ATTT", until: 2025-02-28, succeeded_by: a05}]'
    moved_duty = (
        '{"id": "giam-sat", "text": "Giám sát.", "lead": "a05", "schedule": "continuous",'
        f" before: [{{act: {ACT}, lead: cattt}}]}}"
    )
    act = (
        f"format: 2, acts: [{{id: {ACT}, kind: handover, title: Bàn giao nhiệm vụ của ATTT cho"
        " A05, effective: 2025-03-01}]"
    )
    expected = text.replace(units, ended).replace(duty, moved_duty)
    assert new == expected.removesuffix("}\n") + ", " + act + "}\n"


def test_a_text_that_keeps_its_final_line_breaks_keeps_them(tmp_path: Path) -> None:
    """`|+` holds the blank lines after its text: the earlier lead goes after them, or the
    deliverable would lose them."""
    kept = "            deliverable: |+\n              Báo cáo\n\n\n"
    parties = PARTIES + kept

    new = transfer(tmp_path, HEAD + parties)

    assert new.endswith(kept + EARLIER)
    [(_path, _article, duty)] = parse_regulation(new.encode(), "new").duties()
    assert duty.deliverable == "Báo cáo\n\n\n"
