"""`coordreg check` at national scale, against a bare libyaml parse measured in the same run.

    python benchmarks/bench_check.py [--files 500 2000 20000] [--repeat 1] [--jobs 2]

For each size the script builds, in a temporary folder, a corpus of regulation
folders the size of the bundled `regulations/bca-btttt-2021` (its regulation
and its evaluation records, five files, every id renamed per copy so the
copies are distinct; the corpus has no errors, only the example's own warnings,
which every run prints, byte for byte), then runs each of these as a
process and reports its wall time (best of `--repeat`), its processor time
(user and system, the pool's workers included: steadier than the clock on a
shared machine) and peak memory (the largest resident set of the process or of any
worker it waited for, from `wait4`):

- floor: `python -c` finding every YAML file and parsing it with PyYAML's C
  loader (libyaml), the least any checker must do;
- `coordreg check --jobs 1 --no-cache`: one process;
- `coordreg check --jobs N --no-cache`: N processes;
- `coordreg check --cache-dir C`, first with the cache empty, then again
  unchanged (warm), then with one regulation changed (its folder re-checked).

Each figure is printed beside its ratio to the floor. The targets of issue 19:
memory at most 150 MB at 20,000 files, `--jobs 2` at
most 0.7x the floor at 20,000 files, an unchanged re-check at most 0.1x.
Figures are reported, never asserted; the exit status is 1 only when the
corpus had findings (the benchmark would not measure the real path).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "regulations" / "bca-btttt-2021"
EXAMPLE_ID = EXAMPLE.name
SCRIPT = Path(sys.executable).parent / "coordreg"
# The regulation and its records: `--files 20000` is 4,000 folders of 5 files.
FILES_A_FOLDER = 1 + len(list((EXAMPLE / "evaluations").glob("*.yaml")))

MEMORY_TARGET_MB = 150
JOBS_TARGET = 0.7
WARM_TARGET = 0.1

# The floor as a whole process: find every YAML file and parse it with libyaml.
BASELINE_CODE = """\
import pathlib, sys, yaml
for path in sorted(pathlib.Path(sys.argv[1]).rglob("*.yaml")):
    yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
"""


# --- The corpus ---------------------------------------------------------------


def _ids(node: Any) -> Iterator[str]:
    """Every `id:` value in the data: the regulation, parties, units, duties, ..."""
    if isinstance(node, dict):
        value = node.get("id")
        if isinstance(value, str):
            yield value
        for child in node.values():
            yield from _ids(child)
    elif isinstance(node, list):
        for child in node:
            yield from _ids(child)


def _renamer(ids: set[str]) -> Callable[[str, str], str]:
    """A function that appends `-<tag>` to every whole-token occurrence of an id."""
    pattern = re.compile(
        r"(?<![A-Za-z0-9_.-])("
        + "|".join(re.escape(i) for i in sorted(ids, key=len, reverse=True))
        + r")(?![A-Za-z0-9_.-])"
    )

    def rename(text: str, tag: str) -> str:
        return pattern.sub(lambda match: f"{match.group(1)}-{tag}", text)

    return rename


def build_corpus(target: Path, count: int) -> tuple[int, int]:
    """Write `count` regulation folders into `target`; (files, bytes) written."""
    regulation_text = (EXAMPLE / "regulation.yaml").read_text(encoding="utf-8")
    evaluations = {
        path.name: path.read_text(encoding="utf-8")
        for path in sorted((EXAMPLE / "evaluations").glob("*.yaml"))
    }
    ids = set(_ids(yaml.load(regulation_text, Loader=yaml.CSafeLoader)))
    if EXAMPLE_ID not in ids:
        raise SystemExit(f"bench: {EXAMPLE}/regulation.yaml does not have id {EXAMPLE_ID}")
    rename = _renamer(ids)
    files = written = 0
    for index in range(count):
        tag = f"{index:04d}"
        folder = target / f"{EXAMPLE_ID}-{tag}"
        (folder / "evaluations").mkdir(parents=True)
        # Distinct texts too: the number of the regulation, and its title.
        text = rename(regulation_text, tag)
        text = re.sub(r"(?m)^number: \S+", f"number: {index + 1:03d}/QCPH-BCA-BTTTT", text, count=1)
        text = text.replace("Quy chế phối hợp", f"Quy chế phối hợp số {index + 1}", 1)
        for name, content in [("regulation.yaml", text)] + [
            (f"evaluations/{name}", rename(body, tag)) for name, body in evaluations.items()
        ]:
            data = content.encode("utf-8")
            (folder / name).write_bytes(data)
            files += 1
            written += len(data)
    return files, written


# --- Measuring a process ----------------------------------------------------------


@dataclass(frozen=True)
class Run:
    seconds: float
    cpu: float
    peak_mb: float
    status: int
    output: str


def measure(command: list[str], cwd: Path) -> Run:
    """Run `command`; its wall time, the peak resident memory of the process, its status."""
    environment = {**os.environ, "NO_COLOR": "1"}
    with tempfile.TemporaryFile() as out:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=out, stderr=out)
        _pid, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        text = out.read().decode("utf-8", "replace")
    # ru_maxrss is in kilobytes on Linux.
    cpu = usage.ru_utime + usage.ru_stime  # with the pool's workers, which it waited for
    return Run(seconds, cpu, usage.ru_maxrss / 1024, process.returncode, text)


def best(
    repeat: int, command: list[str], cwd: Path, before: Callable[[], None] | None = None
) -> Run:
    """The fastest of `repeat` runs (its own peak memory), `before` run before each."""
    runs = []
    for _ in range(repeat):
        if before is not None:
            before()
        runs.append(measure(command, cwd))
    return min(runs, key=lambda run: run.seconds)


# --- One size ---------------------------------------------------------------------


def _row(label: str, run: Run, floor: Run, note: str = "") -> str:
    ratio, cpu_ratio = run.seconds / floor.seconds, run.cpu / floor.cpu
    return (
        f"  {label:<34} {run.seconds:8.2f} s {ratio:6.2f}x {run.cpu:8.2f} s {cpu_ratio:6.2f}x "
        f"{run.peak_mb:8.1f} MB  {note}"
    ).rstrip()


def _verdict(ok: bool) -> str:
    return "ok" if ok else "OVER TARGET"


def bench_size(files: int, repeat: int, jobs: int, temporary: Path) -> bool:
    """Build a corpus of `files` files, measure, print; False when the corpus is not clean."""
    folders = max(1, files // FILES_A_FOLDER)
    corpus = temporary / f"corpus-{files}"
    written, size = build_corpus(corpus, folders)
    cache = temporary / f"cache-{files}"
    print(f"\n{written} files ({folders} regulation folders, {size / 1e6:.1f} MB)")
    python, script = sys.executable, str(SCRIPT)
    floor = best(repeat, [python, "-c", BASELINE_CODE, str(corpus)], temporary)
    serial = best(repeat, [script, "check", "--jobs", "1", "--no-cache", str(corpus)], temporary)
    if serial.status != 0:
        print(f"bench: the corpus is not clean:\n{serial.output[-3000:]}", file=sys.stderr)
        return False
    parallel = best(
        repeat, [script, "check", "--jobs", str(jobs), "--no-cache", str(corpus)], temporary
    )
    cached = [script, "check", "--jobs", str(jobs), "--cache-dir", str(cache), str(corpus)]
    cold = best(repeat, cached, temporary, lambda: shutil.rmtree(cache, ignore_errors=True))
    warm = best(repeat, cached, temporary)
    one = corpus / f"{EXAMPLE_ID}-0000" / "regulation.yaml"
    edits = iter(range(1_000_000))

    def change_one() -> None:
        text = one.read_text(encoding="utf-8")
        one.write_text(
            re.sub(r"(?m)^place: .*$", f"place: Hà Nội {next(edits)}", text, count=1),
            encoding="utf-8",
        )

    changed = best(repeat, cached, temporary, change_one)
    for run in (parallel, cold, warm, changed):
        if run.status != 0 or run.output != serial.output:
            print(f"bench: a run's output differs from the serial run's:\n{run.output[-3000:]}")
            return False
    memory_note = f"target <= {MEMORY_TARGET_MB} MB at 20,000 files"
    print(f"  {'':<34} {'time':>10} {'/floor':>7} {'cpu':>10} {'/floor':>7} {'peak RSS':>11}")
    print(_row("floor: libyaml parse (python -c)", floor, floor))
    print(_row("check --jobs 1 --no-cache", serial, floor, memory_note))
    jobs_note = f"target <= {JOBS_TARGET}x at 20,000 files"
    if files >= 20_000:
        jobs_note += ": " + _verdict(parallel.seconds / floor.seconds <= JOBS_TARGET)
    print(_row(f"check --jobs {jobs} --no-cache", parallel, floor, jobs_note))
    print(_row("check, cache empty", cold, floor))
    # Like the others, a target at national scale: on a small corpus the start of
    # Python, typer and pydantic (about 0.35 s) is most of a re-check.
    warm_note = f"target <= {WARM_TARGET}x at 20,000 files"
    if files >= 20_000:
        warm_note += ": " + _verdict(warm.seconds / floor.seconds <= WARM_TARGET)
    print(_row("check, cache warm, unchanged", warm, floor, warm_note))
    print(_row("check, cache warm, one changed", changed, floor))
    if files >= 20_000:
        worst = max(serial.peak_mb, parallel.peak_mb, cold.peak_mb, warm.peak_mb)
        print(
            f"  peak memory at {written} files: {worst:.1f} MB: {_verdict(worst <= MEMORY_TARGET_MB)}"
        )
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument(
        "--files", type=int, nargs="+", default=[500, 2000, 20000], help="corpus sizes, in files"
    )
    parser.add_argument("--repeat", type=int, default=1, help="runs of each timing; best kept")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the --jobs runs")
    options = parser.parse_args(argv)
    if min(options.files) < FILES_A_FOLDER or options.repeat < 1 or options.jobs < 1:
        parser.error(f"--files must be at least {FILES_A_FOLDER}, --repeat and --jobs at least 1")
    if not SCRIPT.exists():
        parser.error(f"no console script at {SCRIPT}: install coordreg into this environment")
    print(
        f"coordreg check against the libyaml floor; best of {options.repeat}; {os.cpu_count()} cores"
    )
    temporary = Path(tempfile.mkdtemp(prefix="coordreg-bench-"))
    try:
        for files in options.files:
            if not bench_size(files, options.repeat, options.jobs, temporary):
                return 1
        return 0
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
