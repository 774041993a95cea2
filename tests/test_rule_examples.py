"""The examples in the documentation of each code run: failing ones find it, passing ones do not.

`coordreg explain CODE` and docs/rules.md show a failing and a passing example
for most codes; like sqlfluff's rule test cases, each one is run here. An
example is the YAML of some top-level keys of one file: regulation.yaml, or for
an evaluation rule the record `evaluations/2023.yaml`. A passing example keeps
the keys of the failing example before it that it does not set itself (it shows
the fix), and both are completed with the defaults of tests/builders.py for the
other keys (a regulation that checks clean, and its record of 2023), written
into a regulation folder and checked as `coordreg check` does. Then:

- a failing example has findings of its code exactly on the lines marked
  `# CRnnn` (line N of the example is line N of the file);
- a passing example has none;
- the file is read and fits the format (no reading or schema error), so the
  rules really ran on it; the failing examples of the reading and schema codes
  are of course exempt, and the passing example of a reading code need only read.

An example of a reading code (CR001...) is the whole file, as written: what it
shows is the file's syntax. A heading may say where the example sits (`Failing
example, in ``regulations/<folder>/evaluations/<name>``::`); a passing example
sits where the failing one before it does, unless its heading says otherwise.
What else the folder holds, when an example needs more than the defaults, is in
`FOLDER_CONTEXT`, with the words of the failing example's heading that say so.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path
from types import ModuleType
from typing import Protocol

import pytest
from builders import FOLDER, check_folder, evaluation, regulation

from coordreg.findings import Finding, Severity
from coordreg.rules import CODES, RULE_MODULES
from coordreg.rules.reading_codes import READING_CODES
from coordreg.rules.schema_codes import SCHEMA_CODES

RECORD = "2023.yaml"
EVALUATION_CODES = {rule.CODE for rule in RULE_MODULES if rule.SCOPE == "evaluation"}
BEFORE_THE_RULES = READING_CODES.keys() | SCHEMA_CODES.keys()


@dataclass(frozen=True)
class FolderContext:
    """More than the defaults in the example's folder, and the heading's words for it."""

    described_as: str = ""
    records: Mapping[str, str] = field(default_factory=dict)


FOLDER_CONTEXT = {
    "CR612": FolderContext(
        described_as="keeps the record of 2023 only", records={"2023.yaml": evaluation()}
    ),
    "CR610": FolderContext(
        described_as="the 2022 record left ``ke-hoach-trien-khai: {status: in_progress}``",
        records={
            "2022.yaml": evaluation(
                """
                year: 2022
                host: bca
                held: 2023-01-12
                results:
                  trao-doi-thong-tin: {status: done}
                  bao-cao-quy: {status: done}
                  tong-ket-nam: {status: done}
                  ke-hoach-trien-khai: {status: in_progress}
                """
            )
        },
    ),
}

# `Failing example, in ``path``::`, a blank line, then the example, indented.
_EXAMPLE = re.compile(
    r"^(?P<kind>Failing|Passing) example(?P<heading>[^\n]*)::\n\n"
    r"(?P<body>(?:(?: {4}[^\n]*)?\n)+)",
    re.MULTILINE,
)
_PLACE = re.compile(r"\bin ``(?P<path>[^`]+)``")
_FOLDER = re.compile(r"regulations/(?P<folder>[^/]+)/")
_RECORD = re.compile(r"evaluations/(?P<name>[^/]+)$")
_TOP_KEY = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):", re.MULTILINE)


@dataclass(frozen=True)
class Example:
    code: str
    failing: bool
    number: int
    heading: str
    text: str
    # The failing example's top-level keys that a passing one leaves as they were.
    kept: str = ""
    folder: str = FOLDER
    record: str = RECORD
    context: FolderContext = FolderContext()

    @property
    def name(self) -> str:
        return f"{self.code}-{'failing' if self.failing else 'passing'}-{self.number}"

    def marked_lines(self) -> set[int]:
        """The lines whose comment names the code: where its findings must be."""
        marker = re.compile(rf"#\s*{self.code}\b")
        return {n for n, line in enumerate(self.text.splitlines(), 1) if marker.search(line)}


def top_level_blocks(text: str) -> dict[str, str]:
    """Each top-level key of `text` with its lines, in order."""
    starts = list(_TOP_KEY.finditer(text))
    bounds = pairwise([match.start() for match in starts] + [len(text)])
    return {match["key"]: text[a:b] for match, (a, b) in zip(starts, bounds, strict=True)}


def examples_of(code: str) -> Iterator[Example]:
    """The examples in the documentation of `code`, in order."""
    counts = {True: 0, False: 0}
    failing_example: Example | None = None
    for match in _EXAMPLE.finditer(CODES[code].doc + "\n"):
        failing = match["kind"] == "Failing"
        counts[failing] += 1
        text = textwrap.dedent(match["body"]).strip("\n") + "\n"
        if failing:
            context = FOLDER_CONTEXT.get(code, FolderContext())
            example = Example(code, True, counts[True], match["heading"], text, context=context)
        else:  # where the failing example was, with its other keys
            assert failing_example is not None, f"{code}: a passing example comes first"
            own = top_level_blocks(text)
            kept = top_level_blocks(failing_example.text).items()
            example = replace(
                failing_example,
                failing=False,
                number=counts[False],
                heading=match["heading"],
                text=text,
                kept="".join(block for key, block in kept if key not in own),
            )
        place = _PLACE.search(match["heading"])
        if place is not None:
            in_folder, of_record = _FOLDER.search(place["path"]), _RECORD.search(place["path"])
            folder = in_folder["folder"] if in_folder else FOLDER
            example = replace(
                example, folder=folder, record=of_record["name"] if of_record else RECORD
            )
        if failing:
            failing_example = example
        yield example


EXAMPLES = [example for code in CODES for example in examples_of(code)]


class Compose(Protocol):
    """`builders.regulation` or `builders.evaluation`."""

    def __call__(self, text: str = "", *, without: tuple[str, ...] = ()) -> str: ...


def file_text(example: Example, compose: Compose, names_folder: str) -> str:
    """The example, the failing example's keys it keeps, then the defaults. In another
    folder than the defaults', the key that names the folder (`id`, `regulation`) says
    so, written last to keep the example's lines where they are."""
    own = example.text + example.kept
    if example.folder == FOLDER or names_folder in top_level_blocks(own):
        return compose(own)
    return compose(own, without=(names_folder,)) + f"{names_folder}: {example.folder}\n"


def run(example: Example, tmp_path: Path) -> list[Finding]:
    """Check the example's folder; the findings in the example's own file."""
    folder = example.folder
    if example.code in EVALUATION_CODES:
        records = {
            **example.context.records,
            example.record: file_text(example, evaluation, "regulation"),
        }
        result = check_folder(tmp_path, regulation(f"id: {folder}\n"), records, folder)
        own_file = Path("evaluations") / example.record
    elif example.code in READING_CODES:
        result = check_folder(tmp_path, example.text, None, folder)
        own_file = Path("regulation.yaml")
    else:
        kept = dict(example.context.records) or None  # CR612: the records kept beside it
        result = check_folder(tmp_path, file_text(example, regulation, "id"), kept, folder)
        own_file = Path("regulation.yaml")
    here = tmp_path / "regulations" / folder / own_file
    return [f for f in result.findings if Path(f.file) == here]


def _describe(findings: list[Finding]) -> str:
    return "\n".join(f"  {f.line}:{f.column} {f.code} {f.message()}" for f in findings) or "  none"


def _errors_before_the_rules(example: Example, findings: list[Finding]) -> list[Finding]:
    """Errors of reading, and of the format unless the example is only about syntax:
    with any of them, no rule runs on the file."""
    codes = READING_CODES.keys() if example.code in READING_CODES else BEFORE_THE_RULES
    return [f for f in findings if f.code in codes and f.severity is Severity.ERROR]


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.name)
def test_the_documented_example_runs(
    example: Example, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The day CR612's example says (records overdue are counted from "today").
    monkeypatch.setenv("COORDREG_TODAY", "2024-03-01")
    if example.failing:
        assert example.context.described_as in example.heading, (
            f"the heading of {example.name} should say what else its folder holds: "
            f"{example.context.described_as}"
        )
    found = run(example, tmp_path)
    own = [f for f in found if f.code == example.code]
    shown = f"{example.name}:\n{example.text}{example.kept}found:\n{_describe(found)}"
    if example.failing:
        assert own, f"no {example.code} in {shown}"
        assert {f.line for f in own} == example.marked_lines(), (
            f"the lines marked # {example.code} are not those of its findings in {shown}"
        )
    else:
        assert not own, f"{example.code} in the passing {shown}"
        assert not example.marked_lines(), f"a passing example marked # {example.code}"
    if not (example.failing and example.code in BEFORE_THE_RULES):
        assert not _errors_before_the_rules(example, found), f"the rules did not run on {shown}"


@pytest.mark.parametrize("module", RULE_MODULES, ids=lambda module: module.CODE)
def test_every_rule_shows_a_failing_and_a_passing_example(module: ModuleType) -> None:
    shown = [example for example in EXAMPLES if example.code == module.CODE]
    assert any(example.failing for example in shown), f"{module.CODE}: no failing example"
    assert any(not example.failing for example in shown), f"{module.CODE}: no passing example"


def test_every_example_is_one_that_runs() -> None:
    # An example written as prose ("Passing example: the same duty without ...")
    # or not laid out as a block after "::" would otherwise be left out silently.
    for code, doc in CODES.items():
        written = doc.doc.count("Failing example") + doc.doc.count("Passing example")
        assert written == sum(1 for example in EXAMPLES if example.code == code), code
