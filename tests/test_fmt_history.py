"""`coordreg fmt` on files with a history (format 2): acts, earlier values, successors.

tests/time/history.yaml is written in fmt's layout. Each variant below writes the
same data another way (keys in another order, flow where fmt writes block and
block where it writes flow); fmt gives back history.yaml byte for byte, and
formatting the result again changes nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from coordreg.edit.fmt import REGULATION, format_text

ROOT = Path(__file__).resolve().parents[1]
HISTORY = (ROOT / "tests" / "time" / "history.yaml").read_text(encoding="utf-8")


def variant(*replacements: tuple[str, str]) -> str:
    text = HISTORY
    for old, new in replacements:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


ACT = """\
  - id: bb-2025
    kind: handover
    title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng
    signed: 2025-02-28
    effective: 2025-03-01
"""
D2_BEFORE = """\
            before:
              - act: nd-55-2025
                lead: btttt-vp
"""
D1_BEFORE = """\
              - act: bb-2025
                lead: btttt-cattt
                support: [bca-a05]
"""
VARIANTS = {
    "act keys in another order": variant(
        (
            ACT,
            "  - effective: 2025-03-01\n    title: Biên bản bàn giao chức năng, nhiệm vụ bảo đảm"
            " an toàn thông tin mạng\n    id: bb-2025\n    signed: 2025-02-28\n"
            "    kind: handover\n",
        )
    ),
    "an act written flow": variant(
        (
            ACT,
            "  - {id: bb-2025, kind: handover, title: Biên bản bàn giao chức năng nhiệm vụ bảo"
            " đảm an toàn thông tin mạng, signed: 2025-02-28, effective: 2025-03-01}\n",
        ),
    ),
    # Too long for its line, the duty turns block, and so do its earlier values.
    "a duty written flow": variant(
        (
            "          - id: d3\n            text: Đánh giá tình hình an ninh mạng hằng quý.\n"
            "            lead: bca-a05\n            schedule: {quarterly: 03-25}\n"
            "            before:\n              - act: bb-2025\n"
            "                lead: btttt-cattt\n",
            "          - {id: d3, text: Đánh giá tình hình an ninh mạng hằng quý., lead: bca-a05,"
            " schedule: {quarterly: 03-25}, before: [{act: bb-2025, lead: btttt-cattt}]}\n",
        )
    ),
    "an earlier value written flow": variant(
        (D2_BEFORE, "            before: [{lead: btttt-vp, act: nd-55-2025}]\n")
    ),
    "an earlier value with its act last": variant(
        (
            D1_BEFORE,
            "              - support: [bca-a05]\n                lead: btttt-cattt\n"
            "                act: bb-2025\n",
        )
    ),
    "successors written block": variant(
        ("    succeeded_by: [bkhcn]\n", "    succeeded_by:\n      - bkhcn\n")
    ),
    "a body's dates before its name": variant(
        (
            "      - id: btttt-cattt\n        name: Cục An toàn thông tin\n"
            "        until: 2025-02-28\n",
            "      - until: 2025-02-28\n        id: btttt-cattt\n"
            "        name: Cục An toàn thông tin\n",
        )
    ),
    "the format last": variant(
        ("format: 2\n", ""), ("place: Hà Nội\n", "place: Hà Nội\nformat: 2\n")
    ),
}


def test_history_yaml_is_in_fmt_s_layout() -> None:
    assert format_text(HISTORY, REGULATION) == HISTORY


@pytest.mark.parametrize("text", VARIANTS.values(), ids=VARIANTS.keys())
def test_each_variant_formats_to_history_yaml(text: str) -> None:
    assert text != HISTORY
    formatted = format_text(text, REGULATION)
    if "chức năng nhiệm vụ" in text:  # in flow, the act's title is written without its comma
        formatted = formatted.replace("chức năng nhiệm vụ", "chức năng, nhiệm vụ")
    assert formatted == HISTORY
    assert format_text(formatted, REGULATION) == formatted


def test_successors_too_long_for_their_line_are_written_block() -> None:
    many = ", ".join(f"bo-tiep-nhan-so-{n}" for n in range(1, 7))
    text = variant(("    succeeded_by: [bkhcn]\n", f"    succeeded_by: [{many}]\n"))

    formatted = format_text(text, REGULATION)

    block = "".join(f"      - bo-tiep-nhan-so-{n}\n" for n in range(1, 7))
    assert f"    succeeded_by:\n{block}" in formatted
    assert format_text(formatted, REGULATION) == formatted


def test_successors_with_a_comment_among_them_stay_block() -> None:
    """Written flow, the comment would have nowhere to go: fmt keeps the list block."""
    block = "    succeeded_by:\n      - bkhcn\n      # Bộ Công an nhận chức năng an toàn thông tin\n      - bca\n"
    text = variant(("    succeeded_by: [bkhcn]\n", block))

    formatted = format_text(text, REGULATION)

    assert block in formatted
    assert format_text(formatted, REGULATION) == formatted
