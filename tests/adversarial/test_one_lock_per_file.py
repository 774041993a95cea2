"""One file, one lock, whatever name a command reaches it by (issue 14, variants of point 1).

The lock that makes "compare, then rename" one step between coordreg processes is a
file beside the file written (`coordreg/files/lock.py`). Attacked with other names of
one file:

- a path through a linked regulation folder (a link that stays inside the repository,
  which coordreg follows) and the real path: one lock already, since the lock file
  beside the file is reached through the same folder (these tests passed before the
  change below, and stay as guards);
- two names of one file in one call: each took the lock file "beside" its own name,
  and the second `flock` of the same file waited on the first until `file_busy`. No
  command passes two names today (transfer takes a file named twice once), but the
  lock is now named by the file with its links resolved, and taken once.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from bundled import BEFORE_2025
from processes import environment

from coordreg.errors import RefusedError

ROOT = Path(__file__).resolve().parents[2]
REG = "bca-btttt-2021"


def _aliased(tmp_path: Path) -> tuple[Path, Path]:
    """The example regulation, and the same file through a linked folder `regulations/alias`."""
    shutil.copytree(
        BEFORE_2025 / "regulations" / REG, tmp_path / "regulations" / REG
    )  # as in 2024: cattt still holds its duties
    (tmp_path / "coordreg.toml").write_text("", encoding="utf-8")
    (tmp_path / "regulations" / "alias").symlink_to(REG)
    real = tmp_path / "regulations" / REG / "regulation.yaml"
    return real, tmp_path / "regulations" / "alias" / "regulation.yaml"


@pytest.mark.parametrize("held", ["real", "alias"])
def test_the_lock_of_a_file_is_the_same_through_a_linked_folder(tmp_path: Path, held: str) -> None:
    from coordreg.files.lock import locked

    real, alias = _aliased(tmp_path)
    first, second = (real, alias) if held == "real" else (alias, real)
    with locked([first]), pytest.raises(RefusedError) as raised, locked([second], wait=0.2):
        pass  # pragma: no cover - the second lock must not be granted
    assert raised.value.msgid == "file_busy"
    assert sorted(p.name for p in real.parent.iterdir()) == ["evaluations", "regulation.yaml"]


def test_two_names_of_one_file_in_one_call_take_its_lock_once(tmp_path: Path) -> None:
    """Taken twice by one process, flock would wait on itself until `file_busy`."""
    from coordreg.files.lock import locked

    real, alias = _aliased(tmp_path)
    started = time.monotonic()
    with locked([real, alias], wait=2):
        assert time.monotonic() - started < 1


def test_transfer_through_a_linked_folder_waits_for_the_lock_and_sees_the_change(
    tmp_path: Path,
) -> None:
    """transfer reaches its rename while another coordreg process, naming the file by its
    real folder, holds the lock and writes: transfer waits, then refuses."""
    from coordreg.files.lock import locked

    real, _alias = _aliased(tmp_path)
    theirs = real.read_bytes().replace(b"\nparties:", b"\n# theirs\nparties:", 1)
    args = ["transfer", "regulations/alias", "--from", "btttt-cattt", "--to", "bca-a05"]
    with locked([real]):
        process = subprocess.Popen(
            [sys.executable, "-m", "coordreg", *args, "--write", "--lang", "en"],
            cwd=tmp_path,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment({"COORDREG_TODAY": "2025-06-01"}),
        )
        deadline = time.monotonic() + 60
        while not list(real.parent.glob(".regulation.yaml.*.tmp")):
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.005)
        time.sleep(0.5)
        assert process.poll() is None, "transfer did not wait for the lock"
        real.write_bytes(theirs)
    code = process.wait(timeout=60)
    said = process.communicate()[1].decode("utf-8")
    assert code == 1, said
    assert "regulation.yaml changed after coordreg read it" in said
    assert real.read_bytes() == theirs
