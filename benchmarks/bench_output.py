"""Do Word output, `transfer` and `agenda` grow in step with the regulation?

    python benchmarks/bench_output.py [--sizes 1000,2000,4000] [--repeat 1]

For each size N the script writes, in a temporary folder, two regulations in the
block style `coordreg fmt` writes:

- "duties": two parties and N duties, ten to an article, led in turn by a party and
  by a unit; a quarter of them led by the unit `p0-vp`, which `transfer` hands over;
- "parties": N parties, each with a unit, and N duties, one led by each party;

and runs, as whole processes (`python -m coordreg`, start-up included):

- baseline: a process that parses the same file with PyYAML's C loader, the floor
  of any command that reads it;
- `plan --year 2024 -o plan.docx` and `text -o text.docx` (Word), and
  `plan --year 2024 -o plan.md` beside them;
- `transfer --from p0-vp --to p1-vp` (the report), with `--write`, and with
  `--write --effective 2025-01-01 --minutes bb.docx` (history recorded, a Word
  minute listing every duty handed over); `transfer --from p0 --to p1` on the
  regulation of N parties;
- `agenda --from 2024-01-01 --to 2024-12-31` on both regulations.

It prints, for each command and size, the processor time of the process (user +
system: the machine's load does not change it, the wall clock it does), its ratio to
the baseline of the same size measured in the same run, and its growth from the
size before (2.0 for doubling N: linear; 4.0: quadratic). Figures are reported,
never asserted; the exit status is 1 only when a command failed.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

SCHEDULES = ("continuous", "{quarterly: 03-25}", "{yearly: 12-15}", "{once: 2024-06-30}")
BASELINE_CODE = """\
import sys, yaml
yaml.load(open(sys.argv[1], encoding="utf-8").read(), Loader=yaml.CSafeLoader)
"""


def _head(parties: int) -> str:
    lines = [
        "id: qc-bench",
        "number: 01/QCPH-BENCH",
        "title: Quy chế phối hợp đo thời gian",
        "signed: 2022-01-10",
        "effective: 2022-01-10",
        "place: Hà Nội",
        "parties:",
    ]
    for n in range(parties):
        lines += [
            f"  - id: p{n}",
            f"    name: Bộ số {n}",
            "    units:",
            f"      - id: p{n}-vp",
            f"        name: Văn phòng Bộ số {n}",
            f"    standing_office: p{n}-vp",
        ]
    lines += ["evaluation:", "  rotation: [p0, p1]", "  first_year: 2022", "  review_every: 5"]
    return "\n".join(lines) + "\n"


def _duty(n: int, lead: str, support: str) -> str:
    return (
        f"          - id: nv-{n}\n"
        f"            text: Nhiệm vụ phối hợp số {n} giữa các Bộ, đủ dài để đọc như thật.\n"
        f"            lead: {lead}\n"
        f"            support: [{support}]\n"
        f"            schedule: {SCHEDULES[n % len(SCHEDULES)]}\n"
        f"            deliverable: Báo cáo kết quả số {n}\n"
    )


def regulation(duties: int, parties: int) -> str:
    """The regulation's YAML: `parties` parties, `duties` duties, ten to an article."""
    chapters = ["chapters:\n  - number: I\n    title: NỘI DUNG PHỐI HỢP\n    articles:\n"]
    for n in range(duties):
        if n % 10 == 0:
            chapters.append(
                f"      - number: {n // 10 + 1}\n        title: Phối hợp nhóm {n // 10 + 1}\n"
                "        duties:\n"
            )
        if parties == 2:  # p0-vp, p1, p0, p1-vp in turn: a quarter for p0-vp
            lead = ("p0-vp", "p1", "p0", "p1-vp")[n % 4]
            support = "p1" if lead.startswith("p0") else "p0"
        else:
            lead, support = f"p{n % parties}", f"p{(n + 1) % parties}"
        chapters.append(_duty(n, lead, support))
    return _head(parties) + "".join(chapters)


@dataclass
class Measure:
    seconds: float  # processor time of the process, user and system
    status: int


def processor_time(
    command: Sequence[str], cwd: Path, repeat: int, statuses: tuple[int, ...] = (0,)
) -> Measure:
    """The best of `repeat` runs' processor time (of the child, from the kernel's account)."""
    best, status = float("inf"), 0
    environment = {**os.environ, "NO_COLOR": "1", "COORDREG_TODAY": "2024-06-01"}
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        done = subprocess.run(command, cwd=cwd, env=environment, capture_output=True, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        used = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        best, status = min(best, used), done.returncode
        if done.returncode not in statuses:
            sys.stderr.write(done.stderr.decode("utf-8", "replace")[-2000:])
            break
    return Measure(best, status)


COORDREG = [sys.executable, "-m", "coordreg"]
COMMANDS: dict[str, tuple[str, list[str]]] = {
    "plan -o plan.docx": ("duties", ["plan", "qc-bench", "--year", "2024", "-o", "plan.docx"]),
    "text -o text.docx": ("duties", ["text", "qc-bench", "-o", "text.docx"]),
    "plan -o plan.md": ("duties", ["plan", "qc-bench", "--year", "2024", "-o", "plan.md"]),
    "transfer (report)": ("duties", ["transfer", "qc-bench", "--from", "p0-vp", "--to", "p1-vp"]),
    "transfer --write": (
        "duties",
        ["transfer", "qc-bench", "--from", "p0-vp", "--to", "p1-vp", "--write"],
    ),
    "transfer --effective": (
        "duties",
        [
            "transfer",
            "qc-bench",
            "--from",
            "p0-vp",
            "--to",
            "p1-vp",
            "--write",
            "--effective",
            "2025-01-01",
            "--minutes",
            "bb.docx",
        ],
    ),
    "transfer (N parties)": ("parties", ["transfer", "qc-bench", "--from", "p0", "--to", "p1"]),
    "agenda (N duties)": ("duties", ["agenda", "--from", "2024-01-01", "--to", "2024-12-31"]),
    "agenda (N parties)": ("parties", ["agenda", "--from", "2024-01-01", "--to", "2024-12-31"]),
}


def _folder(root: Path, kind: str, size: int) -> Path:
    """A fresh copy of the regulation of `kind` and `size` (transfer --write changes it)."""
    source = root / "sources" / f"{kind}-{size}.yaml"
    if not source.exists():
        source.parent.mkdir(parents=True, exist_ok=True)
        parties = 2 if kind == "duties" else size
        source.write_text(regulation(size, parties), encoding="utf-8")
    work = root / "work" / f"{kind}-{size}"
    shutil.rmtree(work, ignore_errors=True)
    (work / "regulations" / "qc-bench").mkdir(parents=True)
    shutil.copyfile(source, work / "regulations" / "qc-bench" / "regulation.yaml")
    return work


def _row(name: str, times: list[float], baselines: list[float]) -> str:
    cells = []
    for index, (seconds, base) in enumerate(zip(times, baselines, strict=True)):
        growth = f" x{seconds / times[index - 1]:.2f}" if index else "      "
        cells.append(f"{seconds:7.2f} s ({seconds / base:5.1f}){growth}")
    return f"{name:22} " + "  ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--sizes", default="1000,2000,4000", help="N, comma-separated")
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timing; best kept")
    options = parser.parse_args(argv)
    sizes = [int(size) for size in options.sizes.split(",")]
    root = Path(tempfile.mkdtemp(prefix="coordreg-bench-output-"))
    failed = False
    try:
        baselines = []
        for size in sizes:
            file = _folder(root, "duties", size) / "regulations" / "qc-bench" / "regulation.yaml"
            command = [sys.executable, "-c", BASELINE_CODE, str(file)]
            baselines.append(processor_time(command, root, options.repeat).seconds)
        print(
            "processor time (ratio to the baseline of the same size) xgrowth from the size before"
        )
        print(f"{'N':22} " + "  ".join(f"{size:>24}" for size in sizes))
        print(_row("baseline (PyYAML C)", baselines, baselines))
        for name, (kind, args) in COMMANDS.items():
            times = []
            for size in sizes:
                work = _folder(root, kind, size)
                measure = processor_time([*COORDREG, *args], work, options.repeat)
                failed = failed or measure.status != 0
                times.append(measure.seconds)
            print(_row(name, times, baselines), flush=True)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
