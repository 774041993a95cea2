"""Several acts of one reorganisation, all taking effect the same day, each moving duties.

On 1 March 2025 a decree moved information security to Bộ Công an and another
decree the telecommunications duties to another ministry: one duty can change
hands under both (Cục An toàn thông tin and Cục Viễn thông both supported it).
Each act is recorded by its own `transfer --act` run; the duty keeps one earlier
value (what it was until 28 February), and each old body names the one that took
its place. An act that took effect later than the handover still refuses it: its
past would have to be rewritten.

Starts from the bundled regulation as it stood in 2024 (tests/bundled-2024).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.model import Regulation
from coordreg.model.timeline import Timeline
from coordreg.versions.revisions import parse_regulation

REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
DUTY = "trao-doi-thong-tin-anm"  # supported by btttt-cattt and btttt-cvt until 2025

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def load() -> Regulation:
    return parse_regulation(REG_FILE.read_bytes(), str(REG_FILE))


def supporters(regulation: Regulation, day: date) -> list[str]:
    projected = Timeline(regulation).as_of(day)
    return next(duty.support for _p, _a, duty in projected.duties() if duty.id == DUTY)


def successor(regulation: Regulation, unit_id: str) -> object:
    return next(u for p in regulation.parties for u in p.units if u.id == unit_id).succeeded_by


def transfer(source: str, target: str, act: str, day: str) -> Result:
    return invoke(
        "transfer", REG, "--from", source, "--to", target, "--effective", day,
        "--act-id", act, "--write",
    )  # fmt: skip


def test_two_acts_of_one_day_move_the_same_duty(repo: Path) -> None:
    first = transfer("btttt-cattt", "bca-a05", "bb-attt-2025", "2025-03-01")
    second = transfer("btttt-cvt", "btttt-ttt", "nd-55-2025", "2025-03-01")

    assert first.exit_code == 0, first.stdout + first.stderr
    assert second.exit_code == 0, second.stdout + second.stderr
    regulation = load()
    duty = next(duty for _p, _a, duty in regulation.duties() if duty.id == DUTY)
    # One earlier value, the one of 28 February, under the act recorded first.
    assert [entry.model_dump(exclude_unset=True) for entry in duty.before] == [
        {"act": "bb-attt-2025", "support": ["btttt-cattt", "btttt-cvt"]}
    ]
    assert supporters(regulation, date(2025, 2, 28)) == ["btttt-cattt", "btttt-cvt"]
    # A05, which leads the duty, no longer supports it: Cục An toàn thông tin's part lapsed.
    assert supporters(regulation, date(2025, 3, 1)) == ["btttt-ttt"]
    # Each old body names the body that took its place, not the other act's.
    assert successor(regulation, "btttt-cattt") == "bca-a05"
    assert successor(regulation, "btttt-cvt") == "btttt-ttt"
    checked = invoke("check", "regulations")
    assert checked.exit_code == 0, checked.stdout


def test_an_act_that_took_effect_later_refuses_an_earlier_handover(repo: Path) -> None:
    later = transfer("btttt-cvt", "btttt-ttt", "sd-2025-06", "2025-06-01")
    assert later.exit_code == 0, later.stdout + later.stderr
    before = REG_FILE.read_bytes()

    earlier = transfer("btttt-cattt", "bca-a05", "bb-attt-2025", "2025-03-01")

    assert earlier.exit_code == 2
    assert earlier.stderr.strip().endswith(
        f"coordreg: nhiệm vụ '{DUTY}': văn bản sd-2025-06 (hiệu lực từ ngày 2025-06-01) đã "
        "thay đổi bên chủ trì hoặc phối hợp; hãy ghi việc bàn giao này bằng tay"
    )
    assert REG_FILE.read_bytes() == before
