"""How well does `coordreg import` read real texts? The score per text and per field.

    python benchmarks/bench_import.py [--verbose]

Imports every text of tests/import_texts/ and compares the file with what a careful
reader takes from it, written by hand in tests/import_texts/expected.yaml:

- heading: fields right / fields expected (number, dates, place, title, parties,
  signatories, legal bases, enacting text; the decision's, for a regulation issued
  by one);
- structure: chapters, articles, clauses and points right / expected;
- duties: found / expected (text, lead, joint note and kind of schedule agree),
  with the target of 80 % on whole texts, and what was taken for a duty besides;
- lost: words of the source that are neither placed nor kept under `unplaced`
  (the target is 0);
- errors: what `coordreg check` finds in the file, against what the text's own
  irregularities explain.

Then the totals per field over all the texts. The exit status is 1 when a
target is missed (a heading field or a structure count wrong, a word lost, the
duty target missed, unexplained errors), so the script can gate as the tests do.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from import_scoring import DUTY_TARGET, FixtureScore, expectations, scores


def _ratio(right: int, total: int) -> str:
    return f"{right}/{total}"


def _row(result: FixtureScore, wanted_errors: int) -> tuple[list[str], bool]:
    heading_right = sum(check.right for check in result.heading)
    structure_right = sum(check.right for check in result.structure)
    duties = _ratio(result.duties_found, result.duties_expected)
    if result.full and result.duties_expected:
        duties += f" {result.duty_share:4.0%}"
    missed_target = result.full and result.duty_share < DUTY_TARGET
    ok = (
        not result.wrong
        and not result.lost
        and not missed_target
        and result.check_errors == wanted_errors
    )
    cells = [
        result.name,
        _ratio(heading_right, len(result.heading)),
        _ratio(structure_right, len(result.structure)),
        duties,
        str(len(result.extra)),
        str(sum(result.lost.values())),
        f"{result.check_errors}/{wanted_errors}",
        "ok" if ok else "MISSED",
    ]
    return cells, ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="show what was wrong or missed")
    options = parser.parse_args(argv)
    wanted = expectations()
    results = scores()
    header = ["text", "heading", "structure", "duties", "extra", "lost", "errors", ""]
    rows = [header]
    all_ok = True
    per_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    duties_found = duties_expected = 0
    for result in results:
        cells, ok = _row(result, wanted[result.name].get("check_errors", 0))
        rows.append(cells)
        all_ok &= ok
        for check in (*result.heading, *result.structure):
            per_field[check.field][0] += check.right
            per_field[check.field][1] += 1
        if result.full:
            duties_found += result.duties_found
            duties_expected += result.duties_expected
        if options.verbose:
            for check in result.wrong:
                print(f"{result.name}: {check.field}: {check.found!r} != {check.wanted!r}")
            for missed in result.missed:
                print(f"{result.name}: duty not found: {missed}")
            for extra in result.extra:
                print(f"{result.name}: taken for a duty: {extra}")
            if result.lost:
                print(f"{result.name}: lost words: {result.lost}")
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)))
    print()
    print("per field (right / expected, over all texts):")
    for name, (right, total) in per_field.items():
        print(f"  {name:<22} {_ratio(right, total)}")
    share = duties_found / duties_expected if duties_expected else 1.0
    print(f"  {'duties (whole texts)':<22} {_ratio(duties_found, duties_expected)} ({share:.0%})")
    print(f"  {'lines lost':<22} {sum(sum(r.lost.values()) for r in results)} words")
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
