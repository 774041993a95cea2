"""Signals, interrupted runs and a full disk (issue 14, point 19).

- SIGHUP (a closed terminal or SSH session), SIGQUIT and SIGUSR1 ended coordreg on
  the spot and left temporary files; they now unwind like SIGTERM: the kill sweep
  of test_kill.py sends each of them to every writing command the moment its
  temporary file appears, and no temporary or lock file is left;
- `new` or `import` killed while writing could not be run again ("already
  exists"): a folder that holds nothing but the debris of a killed write is
  written into;
- SIGINT exited 130 without a word: now one line, in the command's language;
- `git-setup` under GIT_WORK_TREE wrote .gitattributes, then failed to set its
  configuration; it now sets the configuration first, where git found the
  repository;
- `schema --out-dir` on a full disk left an empty folder: a write removes the
  folders it made when it fails (a real 64 KiB tmpfs, as root).
"""

from __future__ import annotations

import contextlib
import dataclasses
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from gitrepo import GitRepo, git
from harness import FILE, GOOD_BYTES, run, write_workspace
from processes import environment, is_root
from test_kill import CASES, FRACTIONS, Trigger, WriteCase, kill_sweep, put_regulation, start

ENDING = [
    getattr(signal, name) for name in ("SIGHUP", "SIGQUIT", "SIGUSR1") if hasattr(signal, name)
]


def _no_lock_left(case: WriteCase) -> WriteCase:
    """The case, also checking after an interruption that no lock file is left."""
    earlier = case.after_interrupt

    def after(folder: Path) -> None:
        if earlier is not None:
            earlier(folder)
        locks = list(folder.rglob(".*.lock"))
        assert not locks, f"{case.name}: lock files left: {locks}"

    return dataclasses.replace(case, after_interrupt=after)


def _at_write(duration: float) -> list[Trigger]:
    """Each ending signal the moment a temporary file appears, then a sweep of them."""
    sweep = [
        Trigger(ENDING[i % len(ENDING)], delay=fraction * duration)
        for i, fraction in enumerate(FRACTIONS)
    ]
    return [Trigger(number) for number in ENDING] + sweep


@pytest.fixture(scope="module", autouse=True)
def _signals_reach_the_children() -> Iterator[None]:
    """A shell that starts jobs in the background makes them ignore SIGINT (as in test_kill)."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, previous)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_sighup_sigquit_and_sigusr1_leave_no_temporary_file(
    case: WriteCase, tmp_path: Path
) -> None:
    tally = kill_sweep(_no_lock_left(case), tmp_path, _at_write, must_land=False)
    assert tally.runs == len(ENDING) + len(FRACTIONS)


# --- new and import, run again after a kill -----------------------------------------------

NEW = (
    "new",
    "qc-new",
    "--party",
    "bca:Bộ Công an",
    "--party",
    "btttt:Bộ Thông tin và Truyền thông",
)


def test_new_writes_into_a_folder_left_with_only_a_killed_writes_debris(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "regulations" / "qc-new"
    folder.mkdir(parents=True)
    debris = folder / ".regulation.yaml.k3j_9x2a.tmp"
    debris.write_text("id: qc-n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    answer = run((*NEW, "--lang", "en"))
    assert answer.exit == 0, answer.output
    assert (folder / "regulation.yaml").is_file()
    assert debris.read_text(encoding="utf-8") == "id: qc-n"  # another process's, maybe: kept


def test_new_still_refuses_a_folder_with_anything_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "regulations" / "qc-new"
    folder.mkdir(parents=True)
    (folder / ".regulation.yaml.k3j_9x2a.tmp").write_text("id: qc-n", encoding="utf-8")
    (folder / "notes.md").write_text("# notes\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    answer = run((*NEW, "--lang", "en"))
    assert answer.exit == 1, answer.output
    assert not (folder / "regulation.yaml").exists()


def _kill_at_temporary(args: tuple[str, ...], folder: Path, watched: Path) -> bool:
    """Run, SIGKILL it the moment a temporary file appears in `watched`; whether it landed."""
    process = start(args, folder)
    try:
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                if any(p.name.endswith(".tmp") for p in watched.iterdir()):
                    process.send_signal(signal.SIGKILL)
                    break
            time.sleep(0.00005)
    finally:
        process.wait(timeout=60)
    return process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("command", ["new", "import"])
def test_new_and_import_killed_while_writing_can_be_run_again(command: str, tmp_path: Path) -> None:
    template = Path(__file__).parent.parent / "import_texts" / "bca-bgddt-web.txt"
    args = NEW if command == "new" else ("import", "quy-che.txt", "--id", "qc-new")
    landed = 0
    for attempt in range(5):
        work = tmp_path / f"run-{attempt}"
        (work / "regulations").mkdir(parents=True)
        (work / "quy-che.txt").write_bytes(template.read_bytes())
        watched = work / "regulations" / "qc-new"
        if not _kill_at_temporary(args, work, watched) or (watched / "regulation.yaml").exists():
            continue
        landed += 1
        again = subprocess.run(
            [sys.executable, "-m", "coordreg", *args, "--lang", "en"],
            cwd=work,
            env=environment(),
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert again.returncode == 0, again.stderr.decode()
        assert (watched / "regulation.yaml").is_file()
    assert landed, "no SIGKILL landed while the file was being written"


# --- SIGINT: one line, in the command's language ---------------------------------------------


def _interrupt_at_write(args: tuple[str, ...], folder: Path, watched: Path) -> tuple[int, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "coordreg", *args],
        cwd=folder,
        env=environment(),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while process.poll() is None and time.monotonic() < deadline:
        if any(p.name.endswith(".tmp") for p in watched.iterdir()):
            process.send_signal(signal.SIGINT)
            break
        time.sleep(0.00005)
    _out, err = process.communicate(timeout=60)
    return process.returncode, err.decode("utf-8")


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("fmt", "--lang", "en", "regulations"), "coordreg: interrupted\n"),
        (("fmt", "regulations"), "coordreg: đã dừng\n"),
        (
            ("transfer", "qc-fmt", "--from", "bca-a05", "--to", "bca-vp", "--write"),
            "coordreg: đã dừng\n",
        ),
    ],
    ids=["fmt --lang en", "fmt (vi by default)", "transfer (vi)"],
)
def test_sigint_ends_with_one_line_and_130(
    args: tuple[str, ...], line: str, tmp_path: Path
) -> None:
    for attempt in range(5):
        work = tmp_path / f"run-{attempt}"
        put_regulation(work, "qc-fmt", duties=300, words=250)
        watched = work / "regulations" / "qc-fmt"
        code, said = _interrupt_at_write(args, work, watched)
        if code == 0:
            continue  # finished before the signal could be sent: again
        assert (code, said) == (130, line)
        assert not [p.name for p in watched.iterdir() if p.name.startswith(".")]
        return
    pytest.fail("the command always finished before SIGINT")


def test_the_language_of_an_early_interruption_is_the_one_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Before a command has started, the language comes from the command line, else the
    setting (COORDREG_LANG, coordreg.toml), else Vietnamese, for every command alike."""
    from coordreg.interruption import language_asked

    monkeypatch.delenv("COORDREG_LANG", raising=False)
    assert language_asked(["plan", "x"]) == "vi"
    assert language_asked(["check"]) == "vi"
    assert language_asked(["plan", "x", "--lang", "en"]) == "en"
    assert language_asked(["check", "--lang=vi"]) == "vi"
    monkeypatch.setenv("COORDREG_LANG", "en")
    assert language_asked(["check"]) == "en"


# --- git-setup under GIT_WORK_TREE ---------------------------------------------------------


def test_git_setup_under_git_work_tree_finishes(tmp_path: Path) -> None:
    repository = GitRepo(tmp_path / "meta")
    tree = tmp_path / "tree"
    tree.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "coordreg", "git-setup"],
        cwd=repository.folder,
        env=environment({"GIT_WORK_TREE": str(tree)}),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert "regulation.yaml diff=coordreg" in (tree / ".gitattributes").read_text(encoding="utf-8")
    configured = git(repository.folder, "config", "--local", "diff.coordreg.command")
    assert "git-diff-driver" in configured


def test_git_setup_where_git_finds_no_repository_writes_nothing(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    tree.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "coordreg", "git-setup"],
        cwd=tree,
        env=environment({"GIT_WORK_TREE": str(tree), "GIT_DIR": str(tmp_path / "none")}),
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 2, done.stderr.decode()
    assert done.stderr.decode().startswith("coordreg: ")
    assert list(tree.iterdir()) == []


# --- A full disk -------------------------------------------------------------------------------


@contextlib.contextmanager
def _tiny_disk(folder: Path, size: str = "64k") -> Iterator[Path]:
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("a tmpfs can be mounted only as root: " + mounted.stderr.decode().strip())
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)


@pytest.mark.skipif(not is_root(), reason="mounting a tmpfs takes root")
def test_schema_on_a_full_disk_leaves_no_folder(tmp_path: Path) -> None:
    with _tiny_disk(tmp_path / "disk") as disk:
        (disk / "filler").write_bytes(b"x" * (60 * 1024))
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "coordreg",
                "schema",
                "--out-dir",
                "disk/schemas",
                "--lang",
                "en",
            ],
            cwd=tmp_path,
            env=environment(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        said = done.stderr.decode()
        assert done.returncode == 2, said
        assert said.startswith("coordreg: cannot write disk/schemas/"), said
        assert "No space left on device" in said
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]


@pytest.mark.skipif(not is_root(), reason="mounting a tmpfs takes root")
def test_new_on_a_full_disk_leaves_no_folder(tmp_path: Path) -> None:
    with _tiny_disk(tmp_path / "disk") as disk:
        write_workspace(tmp_path, GOOD_BYTES)
        (disk / "filler").write_bytes(b"x" * (62 * 1024))
        done = subprocess.run(
            [sys.executable, "-m", "coordreg", *NEW, "--root", "disk", "--lang", "en"],
            cwd=tmp_path,
            env=environment(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        assert done.returncode == 2, done.stderr.decode()
        assert sorted(p.name for p in disk.iterdir()) == ["filler"]
        assert (tmp_path / FILE).read_bytes() == GOOD_BYTES


def _fill(disk: Path) -> None:
    """Fill `disk` to the last byte (a tmpfs gives out at a block)."""
    with (disk / "filler").open("wb", buffering=0) as filler, contextlib.suppress(OSError):
        while True:
            filler.write(b"x" * 1024)


# Variants of the full disk: a command that replaces a file it read keeps it whole.
REWRITES = {
    "fmt": ("fmt", "disk/regulations"),
    "transfer --write": (
        "transfer", "disk/regulations/qc-test", "--from", "bca-a05", "--to", "bca-vp", "--write",
    ),
}  # fmt: skip


@pytest.mark.skipif(not is_root(), reason="mounting a tmpfs takes root")
@pytest.mark.parametrize("name", list(REWRITES))
def test_a_rewrite_on_a_full_disk_keeps_the_file_whole(tmp_path: Path, name: str) -> None:
    with _tiny_disk(tmp_path / "disk", "256k") as disk:
        write_workspace(disk, GOOD_BYTES.replace(b"\nparties:", b"\n\n\n\nparties:", 1))
        before = (disk / FILE).read_bytes()
        _fill(disk)
        done = subprocess.run(
            [sys.executable, "-m", "coordreg", *REWRITES[name], "--lang", "en"],
            cwd=tmp_path,
            env=environment(),
            capture_output=True,
            timeout=60,
            check=False,
        )
        said = done.stderr.decode()
        assert done.returncode in (1, 2), said
        assert "No space left on device" in said, said
        assert "Traceback" not in said
        assert (disk / FILE).read_bytes() == before
        assert sorted(p.name for p in (disk / FILE).parent.iterdir()) == ["regulation.yaml"]
