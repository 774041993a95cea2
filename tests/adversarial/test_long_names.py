"""A name over the file system's limit, in every path a command takes (issue 14, point 11).

Linux refuses a name over 255 bytes (`NAME_MAX`) and a path of 4,096 bytes or
more (`PATH_MAX`) with ENAMETOOLONG, from `exists()` and `is_file()` as much
as from `open()`: seventeen commands let it out as a traceback. Each path a
command takes is now checked where it enters (`coordreg.cli.values`), with one
message naming the path, the name's length and the limit; a path made from
others or read from a link, which no check saw, is the one-line `path_unusable`
(`CoordregGroup`). The workspace is the usual one (tests/adversarial/harness.py).
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from harness import FILE, FOLDER, Outcome, assert_outcome, run, says, write_workspace

from coordreg.catalogue.errors import render_error

LONG = "x" * 300
# 90 Vietnamese letters of three bytes each: 90 characters, 270 bytes.
VIETNAMESE = "ệ" * 90
JUST_FITS = "y" * 251 + ".md"  # 254 bytes: within the limit


def too_long(path: str, length: int = 300) -> Outcome:
    return says(2, "path_name_too_long", path=path, length=str(length), limit="255")


@dataclass(frozen=True)
class Case:
    name: str
    args: tuple[str, ...]
    expected: Outcome


PARTIES = ("--party", "a:Bộ A", "--party", "b:Bộ B")
CASES = [
    Case("new: the id", ("new", LONG, *PARTIES), too_long(LONG)),
    Case("new: --root", ("new", "qc-moi", "--root", LONG, *PARTIES), too_long(LONG)),
    Case("import: the file", ("import", f"{LONG}.docx"), too_long(f"{LONG}.docx", 305)),
    Case("import: -o", ("import", "good.yaml", "-o", LONG), too_long(LONG)),
    Case("import: --id", ("import", "good.yaml", "--id", LONG), too_long(LONG)),
    Case("check: a folder", ("check", LONG), too_long(LONG)),
    Case("check: a name inside", ("check", f"regulations/{LONG}"), too_long(f"regulations/{LONG}")),
    Case("fmt", ("fmt", "--check", LONG), too_long(LONG)),
    Case("plan: the regulation", ("plan", LONG), too_long(LONG)),
    Case("review", ("review", LONG), too_long(LONG)),
    Case("text", ("text", LONG), too_long(LONG)),
    Case("evaluate", ("evaluate", LONG, "--year", "2023"), too_long(LONG)),
    Case("log", ("log", LONG), too_long(LONG)),
    Case("plan -o", ("plan", FOLDER, "-o", f"{LONG}.md"), too_long(f"{LONG}.md", 303)),
    Case("plan -o in a folder", ("plan", FOLDER, "-o", f"{LONG}/p.md"), too_long(f"{LONG}/p.md")),
    Case("plan --templates", ("plan", FOLDER, "--templates", LONG), too_long(LONG)),
    Case("text -o", ("text", FOLDER, "-o", f"{LONG}.html"), too_long(f"{LONG}.html", 305)),
    Case(
        "transfer: the regulation", ("transfer", LONG, "--from", "a", "--to", "b"), too_long(LONG)
    ),
    Case(
        "transfer --minutes",
        ("transfer", FOLDER, "--from", "bca", "--to", "btttt", "--minutes", f"{LONG}.md"),
        too_long(f"{LONG}.md", 303),
    ),
    Case(
        "transfer --map",
        ("transfer", FOLDER, "--from", "bca", "--to", "btttt", "--map", f"{LONG}.yaml"),
        too_long(f"{LONG}.yaml", 305),
    ),
    Case("agenda: a folder", ("agenda", LONG), too_long(LONG)),
    Case("agenda -o", ("agenda", "-o", f"{LONG}.txt"), too_long(f"{LONG}.txt", 304)),
    Case("schema --out-dir", ("schema", "--out-dir", LONG), too_long(LONG)),
    Case("diff: a file", ("diff", LONG, FILE), too_long(LONG)),
    Case("git-setup", ("git-setup", LONG), too_long(LONG)),
    # Variants: letters of several bytes, a name just within, a path too long as a whole.
    Case("a Vietnamese name of 270 bytes", ("check", VIETNAMESE), too_long(VIETNAMESE, 270)),
    Case(
        "a name of 254 bytes is within the limit",
        ("plan", FOLDER, "-o", f"missing/{JUST_FITS}"),
        says(2, "output_parent_missing", path="missing"),
    ),
    Case(
        "a path of 4,160 bytes made of short names",
        ("check", "a" * 100 + ("/" + "b" * 100) * 40 + "/" + "c" * 19),
        says(2, "path_too_long", length="4160", limit="4095"),
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_name_too_long(case: Case, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    write_workspace(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2024-05-01")
    command, *rest = case.args
    # In English, as the messages are compared in English (schema and git-setup have no --lang).
    language = () if command in ("schema", "git-setup") else ("--lang", "en")
    assert_outcome(run((command, *language, *rest)), case.expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["good.yaml", "regulations"]


# --- paths no check at the edge sees: made from others, or read from a link -------------------


def _link_to_a_long_name(root: Path) -> str:
    link = root / "regulations" / "lien-ket" / "regulation.yaml"
    link.parent.mkdir(parents=True)
    link.symlink_to(f"../../{LONG}/regulation.yaml")
    return str(link.relative_to(root))


LINKED = {
    "check": (),
    "fmt": ("--check",),
    "plan": (),
    "review": (),
    "text": (),
    "evaluate": ("--year", "2023"),
    "log": (),
    "transfer": ("--from", "bca", "--to", "btttt"),
    "agenda": (),
    "diff": ("good.yaml",),
}


@pytest.mark.parametrize("command", list(LINKED))
def test_a_link_to_a_name_too_long(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A path no check saw: one line naming the link, with the system's reason.

    `path_unusable` ("cannot use") where the system refused a question about
    the path, `unreadable` ("cannot read") where reading it was refused: the
    two words of the same answer, whichever code meets the link first.
    """
    monkeypatch.chdir(tmp_path)
    write_workspace(tmp_path)
    link = _link_to_a_long_name(tmp_path)
    answer = run((command, "--lang", "en", link, *LINKED[command]))
    expected = [
        render_error(msgid, {"path": link, "reason": "File name too long"}, "en")
        for msgid in ("path_unusable", "unreadable")
    ]
    assert (answer.exit, answer.stdout) == (2, ""), answer.output
    assert answer.stderr.removeprefix("coordreg: ").removesuffix("\n") in expected


def test_new_under_a_root_whose_path_with_the_id_is_too_long(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each is within the limits; the folder they make together is not."""
    monkeypatch.chdir(tmp_path)
    root = "r" * 200 + ("/" + "s" * 200) * 19  # 4,000 bytes
    answer = run(("new", "qc-" + "z" * 200, "--root", root, *PARTIES))
    assert_outcome(answer, says(2, "path_unusable"))
    assert "File name too long" in answer.stderr


# --- real processes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--lang", "en", LONG),
        ("plan", FOLDER, "--lang", "en", "-o", f"{LONG}.md"),
        ("schema", "--out-dir", LONG),
    ],
    ids=["check", "plan -o", "schema --out-dir"],
)
def test_in_a_real_process(args: tuple[str, ...], tmp_path: Path) -> None:
    write_workspace(tmp_path)
    completed = subprocess.run(
        [sys.executable, "-m", "coordreg", *args],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        check=False,
        env={**os.environ, "COORDREG_TODAY": "2024-05-01"},
    )
    path = args[-1]
    message = render_error(
        "path_name_too_long", {"path": path, "length": len(path), "limit": 255}, "en"
    )
    assert (completed.returncode, completed.stdout, completed.stderr) == (
        2,
        b"",
        f"coordreg: {message}\n".encode(),
    )
