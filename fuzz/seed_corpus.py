"""Write the seed corpus of the loader fuzzer: every YAML file and YAML example of the project.

    python fuzz/seed_corpus.py fuzz/corpus [MORE_DIRS...]

Seeds are the bundled regulations and evaluation records, the examples, the
```yaml blocks of the docs, and every *.yaml under the extra folders given (such
as the vendored YAML test suite, tests/yaml-test-suite). Each seed is
named by the SHA-1 of its bytes, as libFuzzer names the inputs it adds.
"""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def seeds(extra: list[Path]) -> list[bytes]:
    found = [file.read_bytes() for file in sorted((ROOT / "regulations").rglob("*.yaml"))]
    found += [file.read_bytes() for file in sorted((ROOT / "examples").glob("*.yaml"))]
    for doc in sorted((ROOT / "docs").glob("*.md")):
        for block in doc.read_text(encoding="utf-8").split("```yaml\n")[1:]:
            found.append(block.split("```")[0].encode())
    for folder in extra:
        found += [file.read_bytes() for file in sorted(folder.rglob("*.yaml"))]
    return found


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    corpus = Path(argv[0])
    corpus.mkdir(parents=True, exist_ok=True)
    written = 0
    for seed in seeds([Path(folder) for folder in argv[1:]]):
        name = corpus / hashlib.sha1(seed).hexdigest()
        if not name.exists():
            name.write_bytes(seed)
            written += 1
    print(f"wrote {written} seeds to {corpus}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
