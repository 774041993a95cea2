"""How fast is `coordreg check` next to a bare parse of the same files?

    python benchmarks/bench_check.py [--regulations 500] [--repeat 3] [--profile 25]

The script builds, in a temporary folder, a corpus of N regulation folders the
size of the bundled `regulations/bca-btttt-2021` (its regulation and its three
evaluation records, with every id renamed per copy so the copies are distinct
and the corpus checks clean), then times, best of `--repeat`:

- baseline: PyYAML's C loader (`yaml.load(text, Loader=yaml.CSafeLoader)`)
  finding and reading every file of the corpus, in this process;
- check: `coordreg.check.checker.check_paths([corpus])`, in this process;
- the same two as whole processes (start-up included): `coordreg check <corpus>`
  against `python -c` running the baseline;
- `coordreg --version` (best of 10) against `python -c pass`, the floor.

Targets: check within 2.5x the baseline, `--version` under 150 ms. Timings are
reported, never asserted; the exit status is 1 only when the corpus had
findings, since then the benchmark would not measure the real path.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import yaml

from coordreg.check.checker import check_paths

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "regulations" / "bca-btttt-2021"
EXAMPLE_ID = EXAMPLE.name
SCRIPT = Path(sys.executable).parent / "coordreg"

CHECK_TARGET = 2.5  # check / baseline
VERSION_TARGET = 0.150  # seconds

# The baseline as a whole process: find every YAML file and parse it with libyaml.
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


# --- Timing ---------------------------------------------------------------------


def best_of(repeat: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times)


def baseline(corpus: Path) -> int:
    """Find and parse every file with PyYAML's C loader; the number of files."""
    count = 0
    for path in sorted(corpus.rglob("*.yaml")):
        yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
        count += 1
    return count


def run(command: list[str], cwd: Path) -> None:
    environment = {**os.environ, "NO_COLOR": "1"}
    completed = subprocess.run(
        command, cwd=cwd, env=environment, capture_output=True, text=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(
            f"bench: {' '.join(command)} exited {completed.returncode}:\n"
            f"{completed.stdout[-2000:]}{completed.stderr[-2000:]}"
        )


def profile(corpus: Path, top: int) -> str:
    """The `top` functions of `check_paths` by own time, as pstats prints them."""
    profiler = cProfile.Profile()
    profiler.runcall(check_paths, [corpus])
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- Report ---------------------------------------------------------------------


def _time(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.3f} s "


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--regulations", type=int, default=500, help="regulation folders")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; best kept")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="also print the top N of cProfile"
    )
    options = parser.parse_args(argv)
    if options.regulations < 1 or options.repeat < 1:
        parser.error("--regulations and --repeat must be at least 1")
    if not SCRIPT.exists():
        parser.error(f"no console script at {SCRIPT}: install coordreg into this environment")

    temporary = Path(tempfile.mkdtemp(prefix="coordreg-bench-"))
    try:
        corpus = temporary / "regulations"
        files, size = build_corpus(corpus, options.regulations)
        example_size = sum(
            p.stat().st_size for p in [EXAMPLE / "regulation.yaml", *EXAMPLE.glob("evaluations/*")]
        )
        print(
            f"corpus: {options.regulations} regulations, {files} files, "
            f"{size / 1e6:.1f} MB ({size / options.regulations / 1000:.1f} kB a regulation "
            f"folder; the example is {example_size / 1000:.1f} kB)"
        )

        result = check_paths([corpus])
        if result.findings or len(result.files) != files:
            print(
                f"bench: the corpus is not clean: {len(result.findings)} findings in "
                f"{len(result.files)} of {files} files; the first ones:",
                file=sys.stderr,
            )
            for item in result.findings[:10]:
                print(f"  {item.file}:{item.line}:{item.column} {item.code} {item.message()}")
            return 1
        if baseline(corpus) != files:
            raise SystemExit("bench: the baseline did not read every file")

        repeat = options.repeat
        t_base = best_of(repeat, lambda: baseline(corpus))
        t_check = best_of(repeat, lambda: check_paths([corpus]))
        python = sys.executable
        t_base_proc = best_of(
            repeat, lambda: run([python, "-c", BASELINE_CODE, str(corpus)], temporary)
        )
        t_check_proc = best_of(repeat, lambda: run([str(SCRIPT), "check", str(corpus)], temporary))
        t_version = best_of(10, lambda: run([str(SCRIPT), "--version"], temporary))
        t_floor = best_of(10, lambda: run([python, "-c", "pass"], temporary))

        def verdict(ok: bool) -> str:
            return "ok" if ok else "OVER TARGET"

        in_process = t_check / t_base
        whole = t_check_proc / t_base_proc
        rows = [
            ("baseline: CSafeLoader, in-process", _time(t_base), ""),
            ("check_paths, in-process", _time(t_check), ""),
            (
                "  ratio check / baseline",
                f"{in_process:7.2f}x ",
                f"target <= {CHECK_TARGET}x: {verdict(in_process <= CHECK_TARGET)}",
            ),
            ("baseline: python -c (process)", _time(t_base_proc), ""),
            ("coordreg check (process)", _time(t_check_proc), ""),
            (
                "  ratio check / baseline",
                f"{whole:7.2f}x ",
                f"target <= {CHECK_TARGET}x: {verdict(whole <= CHECK_TARGET)}",
            ),
            ("python -c pass (floor)", _time(t_floor), ""),
            (
                "coordreg --version (best of 10)",
                _time(t_version),
                f"target < {VERSION_TARGET * 1000:.0f} ms: {verdict(t_version < VERSION_TARGET)}",
            ),
        ]
        print(f"best of {repeat} runs; {files} files checked clean (0 findings)\n")
        for label, figure, note in rows:
            print(f"  {label:<36} {figure:>12}  {note}".rstrip())
        print(
            f"\n  per file: baseline {t_base / files * 1e6:.0f} µs, "
            f"check {t_check / files * 1e6:.0f} µs"
        )
        if options.profile:
            print(f"\ncProfile of check_paths (top {options.profile}):")
            print(profile(corpus, options.profile))
        return 0
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
