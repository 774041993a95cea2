"""The bundled regulations as they stood before the 2025 reorganisation, for tests to copy.

`regulations/bca-btttt-2021/` now records its 2025 history: the handover of
information security to the Ministry of Public Security and the merger of the
Ministry of Information and Communications into the Ministry of Science and
Technology, made with `coordreg transfer` itself (README, "The bundled
regulations"). The tests that make those handovers, and the goldens of the text
as it stood, start from the file as it was before: `tests/bundled-2024/`, kept
as it was committed then. Documents about 2022-2024 are the same from either
(tests/time/test_bundled_history.py).
"""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# A repository root as it stood in 2024: `BEFORE_2025 / "regulations" / <id>`.
BEFORE_2025 = Path(__file__).resolve().parent / "bundled-2024"


def copy_regulations_before_2025(root: Path) -> Path:
    """`<root>/regulations/`: the bundled regulations, BCA-BTTTT as it stood in 2024."""
    target = root / "regulations"
    shutil.copytree(ROOT / "regulations", target)
    shutil.rmtree(target / "bca-btttt-2021")
    shutil.copytree(BEFORE_2025 / "regulations" / "bca-btttt-2021", target / "bca-btttt-2021")
    return target


def regulation_2024(reg_id: str) -> Path:
    """The folder of a bundled regulation as it stood in 2024 (read only)."""
    frozen = BEFORE_2025 / "regulations" / reg_id
    return frozen if frozen.is_dir() else ROOT / "regulations" / reg_id
