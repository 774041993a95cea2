"""`coordreg check` on many folders: --jobs, the cache of results, --changed-since.

Each test writes real regulation folders (tests/gitrepo.py's sample, one id per
folder) and runs the command line; --changed-since runs in a real git
repository. The promise under test is the same everywhere: the report is the
one a serial run without a cache gives, byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from gitrepo import GitRepo, dump, sample
from typer.testing import CliRunner, Result

from coordreg.check.jobs import POOL_FROM
from coordreg.cli import app

# Written against the English messages, the default before issue 16.
pytestmark = pytest.mark.usefixtures("english_messages")

COUNT = POOL_FROM + 4  # enough folders for --jobs to start its pool
TODAY = "2026-03-01"


def invoke(*args: str, today: str = TODAY) -> Result:
    return CliRunner().invoke(app, list(args), env={"NO_COLOR": "1", "COORDREG_TODAY": today})


def regulation(number: int, *, lead: str = "bca-a05") -> str:
    """The sample as the regulation `qc-NN`; `lead` for its first duty (an unknown one: CR301)."""
    data = sample()
    data["id"] = f"qc-{number:02d}"
    data["chapters"][1]["articles"][0]["duties"][0]["lead"] = lead
    return dump(data)


def write(root: Path, number: int, text: str) -> Path:
    file = root / f"qc-{number:02d}" / "regulation.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


@pytest.fixture
def regs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """COUNT regulation folders under tmp_path/regs (the cwd): qc-03 and qc-17 have an error."""
    monkeypatch.chdir(tmp_path)
    root = tmp_path / "regs"
    for number in range(COUNT):
        write(root, number, regulation(number, lead="bca-a5" if number in (3, 17) else "bca-a05"))
    return root


EXPECTED_SUMMARY = f"✖ 2 errors, 0 warnings in 2 of {COUNT} files."


def entries(cache: Path) -> list[Path]:
    return sorted((cache / "check-v1" / TODAY).glob("*/*.json"))


# --- --jobs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("output_format", ["text", "json", "sarif"])
def test_jobs_give_the_serial_report_byte_for_byte(regs: Path, output_format: str) -> None:
    serial = invoke("check", "--no-cache", "--jobs", "1", "-f", output_format, "regs")
    parallel = invoke("check", "--no-cache", "--jobs", "2", "-f", output_format, "regs")
    assert serial.exit_code == parallel.exit_code == 1
    assert parallel.stdout == serial.stdout
    if output_format == "text":
        assert serial.stdout.splitlines()[-1] == EXPECTED_SUMMARY
        assert [line for line in serial.stdout.splitlines() if "CR301" in line] == [
            "  64:13    error    CR301  lead 'bca-a5' is not a declared party or unit "
            "(did you mean 'bca-a05'?)",
        ] * 2


def test_jobs_must_be_a_count(regs: Path) -> None:
    result = invoke("check", "--jobs", "0", "regs")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: --jobs takes a number from 1 up, not 0\n"


# --- The cache ------------------------------------------------------------------------------------


def test_a_cached_check_reports_what_a_fresh_one_does(regs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = invoke("check", "--no-cache", "regs")
    first = invoke("check", "--cache-dir", str(cache), "regs")
    again = invoke("check", "--cache-dir", str(cache), "--jobs", "2", "regs")
    assert fresh.stdout == first.stdout == again.stdout
    assert fresh.stdout.splitlines()[-1] == EXPECTED_SUMMARY
    assert len(entries(cache)) == COUNT  # one entry a folder
    assert (cache / "CACHEDIR.TAG").read_bytes().startswith(b"Signature: 8a477f597d28d172")


def test_the_cache_is_read_and_no_cache_reads_nothing(regs: Path, tmp_path: Path) -> None:
    # An entry is served for the same bytes: emptied of its findings (the key kept),
    # the entry of qc-03 makes that error disappear, until --no-cache checks afresh.
    cache = tmp_path / "cache"
    invoke("check", "--cache-dir", str(cache), "regs")
    for entry in entries(cache):
        data = json.loads(entry.read_bytes())
        if data["files"] == ["regs/qc-03/regulation.yaml"]:
            data["findings"], data["lines"] = [], []
            entry.write_text(json.dumps(data), encoding="ascii")
    served = invoke("check", "--cache-dir", str(cache), "regs")
    assert served.stdout.splitlines()[-1] == f"✖ 1 error, 0 warnings in 1 of {COUNT} files."
    fresh = invoke("check", "--no-cache", "--cache-dir", str(cache), "regs")
    assert fresh.stdout.splitlines()[-1] == EXPECTED_SUMMARY


def test_no_cache_writes_nothing(regs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    invoke("check", "--no-cache", "--cache-dir", str(cache), "regs")
    assert not cache.exists()


def test_a_file_changed_underneath_is_checked_again(regs: Path, tmp_path: Path) -> None:
    # Same size, same time of change: only the bytes tell, and they are what the key is made of.
    cache = tmp_path / "cache"
    invoke("check", "--cache-dir", str(cache), "regs")
    file = regs / "qc-05" / "regulation.yaml"
    before = file.stat()
    text = file.read_text(encoding="utf-8")
    changed = text.replace("lead: bca-a05\n", "lead: bca-a50\n", 1)
    assert len(changed) == len(text) and changed != text
    file.write_text(changed, encoding="utf-8")
    os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    result = invoke("check", "--cache-dir", str(cache), "regs")
    assert result.stdout.splitlines()[-1] == f"✖ 3 errors, 0 warnings in 3 of {COUNT} files."
    assert "regs/qc-05/regulation.yaml" in result.stdout


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"\x00\xff garbage",
        b'{"format": 1, "key": "not this one", "files": [], "findings": [], "lines": []}',
        b"[" * 100_000,
        b'{"format": 1}',
    ],
    ids=["empty", "binary", "wrong-key", "deep", "partial"],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(regs: Path, tmp_path: Path, damage: bytes) -> None:
    cache = tmp_path / "cache"
    fresh = invoke("check", "--cache-dir", str(cache), "regs")
    for entry in entries(cache):
        entry.write_bytes(damage)
    damaged = invoke("check", "--cache-dir", str(cache), "regs")
    assert damaged.stdout == fresh.stdout
    assert damaged.exit_code == 1
    rebuilt = [json.loads(entry.read_bytes())["format"] for entry in entries(cache)]
    assert rebuilt == [1] * COUNT


def test_an_entry_that_is_not_a_regular_file_is_ignored(regs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    fresh = invoke("check", "--cache-dir", str(cache), "regs")
    for entry in entries(cache):
        entry.unlink()
        entry.symlink_to("/dev/zero")
    assert invoke("check", "--cache-dir", str(cache), "regs").stdout == fresh.stdout


def test_entries_of_another_day_are_removed(regs: Path, tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    invoke("check", "--cache-dir", str(cache), "regs", today="2026-02-28")
    assert [p.name for p in (cache / "check-v1").iterdir()] == ["2026-02-28"]
    invoke("check", "--cache-dir", str(cache), "regs")
    assert [p.name for p in (cache / "check-v1").iterdir()] == [TODAY]


# --- --changed-since --------------------------------------------------------------------------


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> GitRepo:
    """Three regulations committed, qc-02 with an error; the cwd is the repository."""
    repository = GitRepo(tmp_path / "repo")
    monkeypatch.chdir(repository.folder)
    files: dict[str, str | bytes] = {
        f"regs/qc-{n:02d}/regulation.yaml": regulation(n, lead="bca-a5" if n == 2 else "bca-a05")
        for n in range(3)
    }
    repository.commit(files, "Ba quy chế")
    return repository


def test_changed_since_checks_only_the_folders_changed(repo: GitRepo) -> None:
    write(repo.folder / "regs", 1, regulation(1, lead="btttt-vpp"))  # changed, not committed
    write(repo.folder / "regs", 4, regulation(4))  # new, not yet added
    result = invoke("check", "--no-cache", "--changed-since", "HEAD", "regs")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == "regs/qc-01/regulation.yaml"
    assert lines[-1] == "✖ 1 error, 0 warnings in 1 of 2 files."
    assert "qc-02" not in result.stdout  # its error was committed before: not this change's


def test_changed_since_a_commit_includes_what_was_committed_after(repo: GitRepo) -> None:
    repo.commit({"regs/qc-00/regulation.yaml": regulation(0, lead="bca-x")}, "Sửa qc-00")
    since_first = invoke("check", "--no-cache", "--changed-since", "HEAD~1", "regs")
    assert since_first.stdout.splitlines()[-1] == "✖ 1 error, 0 warnings in 1 of 1 file."
    nothing = invoke("check", "--no-cache", "--changed-since", "HEAD", "regs")
    assert (nothing.exit_code, nothing.stdout) == (0, "✔ 0 files checked: no problems.\n")


def test_changed_since_a_revision_that_is_not_there(repo: GitRepo) -> None:
    result = invoke("check", "--changed-since", "no-such-branch", "regs")
    assert result.exit_code == 2
    assert "no-such-branch" in result.stderr
