"""Nothing lost: every command that writes is killed while it writes, and no file is half-written.

Each writing command runs as a real process (`python -m coordreg ...`) on files in
tmp_path that are large enough for the write to take real time (regulations with
thousands of duties, made by `big_regulation`). The test process sends it SIGKILL,
SIGTERM or SIGINT at many moments: a sweep of delays from its start to past its
measured duration, and the instant a temporary file `.<name>.<random>.tmp` of a
target appears in the folder (and half a millisecond later). After every kill:

- each file the command writes is byte for byte its old content (absent, if it
  did not exist) or the complete new content of an undisturbed run: never
  missing, never partial;
- for commands that write several files (`transfer`, `schema --out-dir`) the
  files already new are the first ones, in the order the command writes them:
  all are written to temporary files before any is renamed, so the worst a
  SIGKILL can do is land between two renames;
- after SIGTERM or SIGINT no temporary file is left (the CLI turns SIGTERM into
  SystemExit, and coordreg.files.atomic removes its temporary file on the way out);
- after SIGKILL a temporary file may be left: it is debris, and `coordreg check`
  and `fmt` never read it as a regulation or a record.

The machinery (`WriteCase`, `kill_sweep`, the `kill_sweep` fixture) is meant to be
reused for other writing commands: describe the command, its files, and call it.
Set COORDREG_KILL_TALLY=FILE to have the figures (signals sent, signals that landed
while a temporary file existed, debris left) written to FILE as JSON.

The second part covers where coordreg writes: never outside the regulations'
folders because of what an input file says, and a clear message (exit status 2,
one line, no traceback) for an output path that is a folder, has no folder, or
cannot be written.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from coordreg.catalogue.errors import render_error
from coordreg.check.dossier import record_years
from coordreg.cli import app
from coordreg.errors import UsageError
from coordreg.files import atomic
from coordreg.files.atomic import temporary_pattern, write_all_atomic, write_atomic
from coordreg.files.discover import discover

# --- Large regulations ----------------------------------------------------------------------

_PHRASE = (
    "phối hợp trao đổi thông tin về tình hình an ninh mạng, bảo đảm an toàn thông tin "
    "và phòng, chống tội phạm sử dụng công nghệ cao trên không gian mạng"
)
_WORDS = _PHRASE.split()


def big_regulation(regulation_id: str, duties: int, words: int = 12) -> str:
    """A valid regulation with `duties` yearly duties of `words` words each.

    Two parties with a unit each; the duties alternate their lead between
    `bca-a05` and `btttt-cattt`, the other supporting, fifty to an article.
    """
    lines = [
        f"id: {regulation_id}",
        "number: 01/QCPH-BCA-BTTTT",
        "title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông",
        "signed: 2022-01-10",
        "effective: 2022-01-10",
        "place: Hà Nội",
        "parties:",
        "  - id: bca",
        "    name: Bộ Công an",
        "    units:",
        "      - id: bca-vp",
        "        name: Văn phòng Bộ Công an",
        "      - id: bca-a05",
        "        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        "    standing_office: bca-vp",
        "  - id: btttt",
        "    name: Bộ Thông tin và Truyền thông",
        "    units:",
        "      - id: btttt-vp",
        "        name: Văn phòng Bộ Thông tin và Truyền thông",
        "      - id: btttt-cattt",
        "        name: Cục An toàn thông tin",
        "    standing_office: btttt-vp",
        "evaluation:",
        "  rotation: [bca, btttt]",
        "  first_year: 2022",
        "  review_every: 5",
        "chapters:",
        "  - number: I",
        "    title: QUY ĐỊNH CHUNG",
        "    articles:",
        "      - number: 1",
        "        title: Phạm vi điều chỉnh",
        "        text: Quy chế này quy định việc phối hợp giữa hai Bộ.",
        "  - number: II",
        "    title: NỘI DUNG PHỐI HỢP",
        "    articles:",
    ]
    text = " ".join(_WORDS[i % len(_WORDS)] for i in range(words))
    per_article = 50
    article = 1
    for first in range(1, duties + 1, per_article):
        article += 1
        lines += [
            f"      - number: {article}",
            f"        title: Nội dung phối hợp số {article - 1}",
            "        duties:",
        ]
        for n in range(first, min(first + per_article, duties + 1)):
            lead, support = ("bca-a05", "btttt-cattt") if n % 2 else ("btttt-cattt", "bca-a05")
            lines += [
                f"          - id: nhiem-vu-{n}",
                f"            text: {text.capitalize()}, đợt {n}.",
                f"            lead: {lead}",
                f"            support: [{support}]",
                "            schedule: {yearly: 12-15}",
            ]
    lines += [
        "  - number: III",
        "    title: TỔ CHỨC THỰC HIỆN",
        "    articles:",
        f"      - number: {article + 1}",
        "        title: Hiệu lực thi hành",
        "        text: Quy chế này có hiệu lực kể từ ngày ký.",
    ]
    return "\n".join(lines) + "\n"


def put(root: Path, relative: str, content: str | bytes) -> Path:
    """Write a file under `root`, making its folders."""
    file = root / relative
    file.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        file.write_bytes(content)
    else:
        file.write_text(content, encoding="utf-8")
    return file


def put_regulation(root: Path, regulation_id: str, duties: int, words: int = 12) -> Path:
    return put(
        root,
        f"regulations/{regulation_id}/regulation.yaml",
        big_regulation(regulation_id, duties, words),
    )


# --- The machinery --------------------------------------------------------------------------


@dataclass(frozen=True)
class WriteCase:
    """A command that writes files, and the files it writes.

    `prepare(folder)` lays out the input in an empty folder; the command runs
    there as `python -m coordreg *args`. `targets` are the files it writes,
    relative to the folder, in the order it writes them; each must end up
    different from before in an undisturbed run. With `ordered`, the command
    promises that the files already new after a kill are the first ones.
    `volatile` removes what differs from one run to the next (a time stamp)
    before a file is compared with the new content. `after_interrupt(folder)`,
    if given, checks what else must hold after a SIGTERM or SIGINT.
    """

    name: str
    args: tuple[str, ...]
    prepare: Callable[[Path], object]
    targets: tuple[str, ...]
    ordered: bool = False
    exit_codes: tuple[int, ...] = (0,)
    volatile: Callable[[bytes], bytes] | None = None
    after_interrupt: Callable[[Path], None] | None = None


@dataclass(frozen=True)
class Trigger:
    """When to send `signum`: `delay` seconds after the start, or (delay None) as
    soon as a temporary file of a target appears, plus `after_temporary` seconds."""

    signum: int
    delay: float | None = None
    after_temporary: float = 0.0

    def __str__(self) -> str:
        name = signal.Signals(self.signum).name
        if self.delay is None:
            return f"{name} at a temporary file + {self.after_temporary * 1000:.1f} ms"
        return f"{name} at {self.delay * 1000:.0f} ms"


@dataclass(frozen=True)
class Outcome:
    """What one signal did."""

    sent: bool  # False: the command had ended before the signal could be sent
    # A temporary file of a target existed when the signal was sent, or was left
    # behind by SIGKILL: the signal landed during a write.
    landed: bool
    debris: bool  # SIGKILL left a temporary file
    new: int  # how many targets were new afterwards


@dataclass
class Tally:
    """What happened to the signals sent to one command."""

    duration: float = 0.0  # seconds, the undisturbed run
    runs: int = 0
    sent: int = 0
    landed: int = 0
    debris: int = 0
    finished: int = 0  # the command ended before the signal
    mixed: int = 0  # runs that left some targets new and some old

    def add(self, outcome: Outcome, targets: int) -> None:
        self.runs += 1
        self.sent += outcome.sent
        self.finished += not outcome.sent
        self.landed += outcome.landed
        self.debris += outcome.debris
        self.mixed += 0 < outcome.new < targets

    def merge(self, other: Tally) -> None:
        """Count `other`'s runs in this one (the report adds up every sweep of a command)."""
        self.duration = other.duration
        for name in ("runs", "sent", "landed", "debris", "finished", "mixed"):
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass(frozen=True)
class Reference:
    """The targets before, and after an undisturbed run; how long that run took."""

    old: dict[str, bytes | None]
    new: dict[str, bytes | None]
    duration: float


TALLIES: dict[str, Tally] = {}
SIGNALS = (signal.SIGKILL, signal.SIGTERM, signal.SIGINT)
# The sweep: fractions of the measured duration (past 1: after the end, mostly).
FRACTIONS = (0.0, 0.3, 0.6, 0.8, 0.95)


def default_triggers(duration: float) -> list[Trigger]:
    """The sweep of delays, the signals in turn; then each signal the moment a
    temporary file appears, and SIGKILL again half a millisecond into the write."""
    sweep = [
        Trigger(SIGNALS[i % len(SIGNALS)], delay=fraction * duration)
        for i, fraction in enumerate(FRACTIONS)
    ]
    at_write = [Trigger(s) for s in SIGNALS] + [Trigger(signal.SIGKILL, after_temporary=0.0005)]
    return sweep + at_write


@pytest.fixture(scope="module", autouse=True)
def _sigint_reaches_the_children() -> Iterator[None]:
    """A shell that starts jobs in the background makes them ignore SIGINT, and a
    child inherits that; with a handler here, the children start with the default."""
    previous = signal.getsignal(signal.SIGINT)
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    if previous == signal.SIG_IGN:
        signal.signal(signal.SIGINT, previous)


def start(args: Sequence[str], cwd: Path) -> subprocess.Popen[bytes]:
    """`python -m coordreg *args` in `cwd`, its output discarded."""
    env = {**os.environ, "NO_COLOR": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "coordreg", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )


def _read(file: Path) -> bytes | None:
    try:
        return file.read_bytes()
    except FileNotFoundError:
        return None


def _watched(folder: Path, case: WriteCase) -> list[tuple[Path, list[re.Pattern[str]]]]:
    watched: dict[Path, list[re.Pattern[str]]] = {}
    for target in case.targets:
        path = folder / target
        watched.setdefault(path.parent, []).append(temporary_pattern(path.name))
    return list(watched.items())


def temporaries(folder: Path, case: WriteCase) -> list[Path]:
    """The temporary files of the case's targets present now."""
    found = []
    for folder_of, patterns in _watched(folder, case):
        try:
            present = list(folder_of.iterdir())
        except OSError:
            continue
        found += [path for path in present if any(p.match(path.name) for p in patterns)]
    return found


def _wait_for_temporary(
    process: subprocess.Popen[bytes], folder: Path, case: WriteCase, timeout: float
) -> bool:
    watched = _watched(folder, case)
    deadline = time.perf_counter() + timeout
    while process.poll() is None and time.perf_counter() < deadline:
        for folder_of, patterns in watched:
            try:
                names = os.listdir(folder_of)  # noqa: PTH208 - the quickest look
            except OSError:
                continue
            if any(p.match(n) for n in names for p in patterns):
                return True
        time.sleep(0.00005)  # leave the processor to the command
    return False


def _spin(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def reference_run(case: WriteCase, template: Path, scratch: Path) -> Reference:
    """Run the command undisturbed on a copy of `template`: what it writes, and how long it takes."""
    shutil.copytree(template, scratch, symlinks=True)
    old = {t: _read(template / t) for t in case.targets}
    began = time.perf_counter()
    process = start(case.args, scratch)
    code = process.wait(timeout=120)
    duration = time.perf_counter() - began
    assert code in case.exit_codes, f"{case.name}: exit status {code}"
    new = {t: _read(scratch / t) for t in case.targets}
    for target in case.targets:
        assert new[target] is not None, f"{case.name}: {target} was not written"
        assert new[target] != old[target], f"{case.name}: {target} did not change"
    assert not temporaries(scratch, case), f"{case.name}: a temporary file was left"
    shutil.rmtree(scratch)
    return Reference(old, new, duration)


def assert_whole(case: WriteCase, reference: Reference, folder: Path, why: str) -> int:
    """Every target old or new, never partial; with `ordered`, the new ones first.

    Returns how many are new.
    """
    same = case.volatile or (lambda content: content)
    states = []
    for target in case.targets:
        now = _read(folder / target)
        new = reference.new[target]
        assert new is not None
        if now is not None and same(now) == same(new):
            states.append(True)
            continue
        old = reference.old[target]
        assert now == old, (
            f"{case.name}, {why}: {target} is neither its old content "
            f"({'absent' if old is None else f'{len(old)} bytes'}) nor the new one "
            f"({len(new)} bytes) but {'absent' if now is None else f'{len(now)} bytes'}"
        )
        states.append(False)
    if case.ordered:
        assert states == sorted(states, reverse=True), (
            f"{case.name}, {why}: the new files are not the first ones: {states}"
        )
    return sum(states)


def assert_debris_ignored(folder: Path) -> None:
    """`coordreg check` and `fmt` find no temporary file among the files they read."""
    regulations = folder / "regulations"
    if not regulations.is_dir():
        return
    try:
        groups = discover([regulations])
    except UsageError as error:
        # Killed before its first file was in place (`import` into an empty
        # folder): check finds no regulation, so nothing, debris included.
        assert error.msgid == "no_regulations", error.msgid
        groups = {}
    found = [
        path
        for group in groups.values()
        for path in [group.regulation, *group.evaluations]
        if path is not None
    ]
    assert not [p for p in found if p.name.endswith(atomic.TEMPORARY_SUFFIX)], found
    for regulation in regulations.iterdir():
        assert all(year > 0 for year in record_years(regulation))


def kill_once(
    case: WriteCase, reference: Reference, template: Path, work: Path, trigger: Trigger
) -> Outcome:
    """Run the command on a copy of `template`, signal it as `trigger` says, check the files."""
    shutil.copytree(template, work, symlinks=True)
    process = start(case.args, work)
    try:
        if trigger.delay is None:
            if _wait_for_temporary(process, work, case, timeout=reference.duration * 3 + 5):
                _spin(trigger.after_temporary)
        else:
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(timeout=trigger.delay)
        during_write = bool(temporaries(work, case))
        sent = process.poll() is None
        if sent:
            process.send_signal(trigger.signum)
        process.wait(timeout=120)
    finally:
        if process.poll() is None:  # pragma: no cover - only when something above failed
            process.kill()
            process.wait()
    why = str(trigger)
    new = assert_whole(case, reference, work, why)
    left = temporaries(work, case)
    if trigger.signum == signal.SIGKILL:
        if left:
            assert_debris_ignored(work)
    else:
        assert not left, f"{case.name}, {why}: temporary files left: {left}"
        if case.after_interrupt is not None:
            case.after_interrupt(work)
    shutil.rmtree(work)
    return Outcome(sent, sent and (during_write or bool(left)), bool(left), new)


def kill_sweep(
    case: WriteCase,
    tmp_path: Path,
    triggers: Callable[[float], list[Trigger]] = default_triggers,
    *,
    must_land: bool = True,
    workers: int = 2,
) -> Tally:
    """Prepare the case, measure an undisturbed run, then kill the command at each trigger.

    The runs go `workers` at a time. With `must_land`, SIGKILL is sent at a
    temporary file again (up to five more times) until one signal has landed
    while a target was being written.
    """
    template = tmp_path / "template"
    template.mkdir()
    case.prepare(template)
    reference = reference_run(case, template, tmp_path / "reference")
    # This sweep's own tally: the same command is swept by other modules in the same
    # worker (test_interrupts), and what one sweep asserts must not count theirs.
    tally = Tally(duration=reference.duration)
    chosen = triggers(reference.duration)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        outcomes = pool.map(
            lambda indexed: kill_once(
                case, reference, template, tmp_path / f"kill-{indexed[0]}", indexed[1]
            ),
            enumerate(chosen),
        )
        for outcome in outcomes:
            tally.add(outcome, len(case.targets))
    retry = 0
    while must_land and tally.landed == 0 and retry < 5:
        retry += 1
        again = Trigger(signal.SIGKILL)
        outcome = kill_once(case, reference, template, tmp_path / f"retry-{retry}", again)
        tally.add(outcome, len(case.targets))
    if must_land:
        assert tally.landed > 0, f"{case.name}: no signal landed during a write ({tally})"
    TALLIES.setdefault(case.name, Tally()).merge(tally)
    return tally


@pytest.fixture(name="kill_sweep")
def kill_sweep_fixture(tmp_path: Path) -> Callable[[WriteCase], Tally]:
    """`kill_sweep(case)`: the sweep above, in this test's tmp_path."""

    def sweep(case: WriteCase) -> Tally:
        return kill_sweep(case, tmp_path)

    return sweep


@pytest.fixture(scope="module", autouse=True)
def _write_tally() -> Iterator[None]:
    yield
    report = os.environ.get("COORDREG_KILL_TALLY")
    if report:
        tallies = {name: vars(tally) for name, tally in sorted(TALLIES.items())}
        totals = {
            key: sum(t[key] for t in tallies.values())
            for key in ("runs", "sent", "landed", "debris", "finished", "mixed")
        }
        Path(report).write_text(
            json.dumps({"commands": tallies, "total": totals}, indent=2) + "\n", encoding="utf-8"
        )


# --- The writing commands -------------------------------------------------------------------

MOVE = ("--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01")


def _fmt(folder: Path) -> None:
    # Long texts in one line each: fmt wraps them at 100 columns.
    put_regulation(folder, "qc-fmt", duties=6, words=250)


def _transfer(folder: Path) -> None:
    for regulation_id in ("qc-a", "qc-b", "qc-c"):
        put_regulation(folder, regulation_id, duties=100, words=30)
    put(folder, "bien-ban.md", "# Biên bản cũ\n" * 1000)


def _evaluate(folder: Path) -> None:
    put_regulation(folder, "qc-eval", duties=600)


def _new(folder: Path) -> None:
    put_regulation(folder, "qc-old", duties=2)


def _new_after_interrupt(folder: Path) -> None:
    # The folder `new` makes is gone with its file, so the command can be run again.
    created = folder / "regulations" / "qc-new"
    assert not created.exists() or (created / "regulation.yaml").is_file()


_IMPORT_TEXT = Path(__file__).parent.parent / "import_texts" / "bca-bgddt-web.txt"


def _import(folder: Path) -> None:
    """The heading and first chapter of a real text, then 600 articles of three duties each."""
    text = _IMPORT_TEXT.read_text(encoding="utf-8")
    parts = [text[: text.index("Chương II")], "Chương II\n\nNỘI DUNG PHỐI HỢP\n\n"]
    for number in range(3, 603):
        parts.append(f"Điều {number}. Phối hợp nội dung số {number}\n\n")
        parts += [
            f"{clause}. Bộ Công an chủ trì, phối hợp với Bộ Giáo dục và Đào tạo tổ chức "
            f"tuyên truyền pháp luật, nội dung {number}.{clause}, hằng năm.\n\n"
            for clause in (1, 2, 3)
        ]
    put(folder, "quy-che.txt", "".join(parts))


def _import_after_interrupt(folder: Path) -> None:
    # As with `new`: the folder import makes is gone with its file, so it can be run again.
    created = folder / "regulations" / "qc-import"
    assert not created.exists() or (created / "regulation.yaml").is_file()


def _documents(folder: Path) -> None:
    put_regulation(folder, "qc-plan", duties=600)
    for name in ("ke-hoach-2026.md", "so-ket.html", "lich.ics"):
        put(folder, f"out/{name}", f"bản cũ của {name}\n" * 2000)


def _without_stamps(calendar: bytes) -> bytes:
    """An iCalendar file without its DTSTAMP lines: the time it was made."""
    return re.sub(rb"(?m)^DTSTAMP:.*\r?\n", b"", calendar)


def _git_setup(folder: Path) -> None:
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    put(folder, ".gitattributes", "".join(f"*.t{n} text eol=lf\n" for n in range(40_000)))


def _schema(folder: Path) -> None:
    for kind in ("regulation", "evaluation"):
        put(folder, f"schemas/{kind}.schema.json", "{}\n" * 5000)


CASES = [
    WriteCase("fmt", ("fmt", "regulations"), _fmt, ("regulations/qc-fmt/regulation.yaml",)),
    WriteCase(
        "transfer",
        ("transfer", "qc-a", "qc-b", "qc-c", *MOVE, "--write", "--minutes", "bien-ban.md"),
        _transfer,
        (
            "regulations/qc-a/regulation.yaml",
            "regulations/qc-b/regulation.yaml",
            "regulations/qc-c/regulation.yaml",
            "bien-ban.md",
        ),
        ordered=True,
    ),
    WriteCase(
        "evaluate",
        ("evaluate", "qc-eval", "--year", "2026"),
        _evaluate,
        ("regulations/qc-eval/evaluations/2026.yaml",),
    ),
    WriteCase(
        "new",
        ("new", "qc-new", "--party", "bca:Bộ Công an", "--party", "bgddt:Bộ Giáo dục và Đào tạo"),
        _new,
        ("regulations/qc-new/regulation.yaml",),
        after_interrupt=_new_after_interrupt,
    ),
    WriteCase(
        "import",
        ("import", "quy-che.txt", "--id", "qc-import"),
        _import,
        ("regulations/qc-import/regulation.yaml",),
        after_interrupt=_import_after_interrupt,
    ),
    WriteCase(
        "plan -o",
        ("plan", "qc-plan", "--year", "2026", "-o", "out/ke-hoach-2026.md"),
        _documents,
        ("out/ke-hoach-2026.md",),
    ),
    WriteCase(
        "review -o",
        ("review", "qc-plan", "--end-year", "2026", "--no-history", "-o", "out/so-ket.html"),
        _documents,
        ("out/so-ket.html",),
    ),
    WriteCase(
        "agenda -o",
        (
            "agenda",
            "regulations",
            "--from",
            "2026-01-01",
            "--to",
            "2026-12-31",
            "-o",
            "out/lich.ics",
        ),
        _documents,
        ("out/lich.ics",),
        volatile=_without_stamps,
    ),
    WriteCase("git-setup", ("git-setup", "."), _git_setup, (".gitattributes",)),
    WriteCase(
        "schema --out-dir",
        ("schema", "--out-dir", "schemas"),
        _schema,
        ("schemas/regulation.schema.json", "schemas/evaluation.schema.json"),
        ordered=True,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_a_killed_command_leaves_every_file_old_or_new(
    case: WriteCase, kill_sweep: Callable[[WriteCase], Tally]
) -> None:
    tally = kill_sweep(case)
    assert tally.runs >= len(FRACTIONS) + len(SIGNALS) + 1


# --- Debris, and interruptions inside the process -------------------------------------------

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Every file and link under `folder`: bytes, or the link's target."""
    found: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            found[key] = "-> " + str(path.readlink())
        elif path.is_file():
            found[key] = path.read_bytes()
    return found


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder with one small, valid regulation and a record of 2022, as the working folder."""
    put_regulation(tmp_path, "qc-small", duties=4)
    monkeypatch.chdir(tmp_path)
    result = invoke("evaluate", "qc-small", "--year", "2022")
    assert result.exit_code == 0, result.output
    record = tmp_path / "regulations/qc-small/evaluations/2022.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace('""', "done"), encoding="utf-8")
    assert invoke("check").exit_code == 0
    return tmp_path


def test_check_and_fmt_ignore_the_debris_of_a_sigkill(repo: Path) -> None:
    """A kill -9 during a write leaves `.regulation.yaml.<random>.tmp`: never read as a file."""
    folder = repo / "regulations" / "qc-small"
    half = (folder / "regulation.yaml").read_bytes()[:500]
    debris = [
        put(folder, ".regulation.yaml.k3j_9x2a.tmp", half),
        put(folder, "evaluations/.2023.yaml.0a1b2c3d.tmp", b"year: 20"),
        put(folder, "evaluations/.2022.yaml.zz9_zz9z.tmp", b"\x00\xff not yaml"),
    ]
    before = snapshot(repo)
    checked = invoke("check")
    assert checked.exit_code == 0, checked.output
    assert "2 files checked" in checked.output
    assert invoke("fmt", "--check").exit_code == 0
    formatted = invoke("fmt")
    assert formatted.exit_code == 0, formatted.output
    assert "tmp" not in formatted.output
    assert snapshot(repo) == before  # fmt neither rewrites nor deletes the debris
    assert record_years(folder) == [2022]
    assert invoke("plan", "qc-small", "--year", "2023").exit_code == 0
    assert invoke("evaluate", "qc-small", "--year", "2023").exit_code == 0
    assert all(file.read_bytes() == before[str(file.relative_to(repo))] for file in debris)


def test_the_temporary_names_are_the_ones_the_debris_check_knows() -> None:
    pattern = temporary_pattern("regulation.yaml")
    assert pattern.match(".regulation.yaml.k3j_9x2a.tmp")
    assert not pattern.match("regulation.yaml")
    assert not pattern.match(".regulation.yaml.tmp")
    assert not pattern.match(".2023.yaml.abc.tmp")


@pytest.mark.parametrize("interruption", [KeyboardInterrupt, SystemExit, OSError])
def test_an_interrupted_write_removes_its_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, interruption: type[BaseException]
) -> None:
    target = put(tmp_path, "regulation.yaml", "old\n")

    def interrupted(_descriptor: int) -> None:
        assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
        raise interruption()

    monkeypatch.setattr("coordreg.files.atomic.os.fsync", interrupted)
    with pytest.raises(interruption):
        write_atomic(target, "new\n" * 10_000)
    assert [p.name for p in tmp_path.iterdir()] == ["regulation.yaml"]
    assert target.read_text(encoding="utf-8") == "old\n"


def test_a_failure_on_one_of_several_files_writes_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full disk on the third file: the first two are left as they were too."""
    files = [put(tmp_path, f"{name}/regulation.yaml", f"old {name}\n") for name in "abc"]
    real = atomic._prepare
    calls = []

    def full_on_third(path: Path, data: bytes, made: list[Path]) -> None:
        calls.append(path)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data, made)

    monkeypatch.setattr(atomic, "_prepare", full_on_third)
    with pytest.raises(UsageError) as raised:
        write_all_atomic([(file, f"new {file.parent.name}\n") for file in files])
    assert raised.value.message() == f"cannot write {files[2]}: No space left on device"
    assert [f.read_text(encoding="utf-8") for f in files] == ["old a\n", "old b\n", "old c\n"]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == ["regulation.yaml"] * 3


def test_transfer_on_a_full_disk_changes_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for regulation_id in ("qc-a", "qc-b"):
        put_regulation(tmp_path, regulation_id, duties=4)
    monkeypatch.chdir(tmp_path)
    before = snapshot(tmp_path)
    real = atomic._prepare

    def full_on_second(path: Path, data: bytes, made: list[Path]) -> None:
        if "qc-b" in str(path):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(path, data, made)

    monkeypatch.setattr(atomic, "_prepare", full_on_second)
    result = invoke("transfer", "qc-a", "qc-b", *MOVE, "--write", "--lang", "en")
    assert result.exit_code == 2
    assert not isinstance(result.exception, OSError)
    assert "coordreg: cannot write regulations/qc-b/regulation.yaml: No space left" in (
        result.output
    )
    assert snapshot(tmp_path) == before


# The renames of a transfer, with a signal sent by the process to itself at the
# first one: SIGKILL lands between two renames for certain, where the sweep above
# cannot aim.
_SIGNAL_AT_FIRST_RENAME = """\
import os, pathlib, signal, sys
real = pathlib.Path.replace
def replace(self, target):
    if self.name.endswith(".tmp"):
        pathlib.Path.replace = real
        result = real(self, target)
        os.kill(os.getpid(), signal.{name})
        return result
    return real(self, target)
pathlib.Path.replace = replace
sys.argv = ["coordreg", *sys.argv[1:]]
from coordreg.entry import main
main()
"""
THREE = ("qc-a", "qc-b", "qc-c")


def _three_regulations(folder: Path) -> list[Path]:
    return [put_regulation(folder, regulation_id, duties=4) for regulation_id in THREE]


def _transfer_with(folder: Path, signal_name: str) -> int:
    script = _SIGNAL_AT_FIRST_RENAME.format(name=signal_name)
    args = [sys.executable, "-c", script, "transfer", *THREE, *MOVE, "--write"]
    done = subprocess.run(args, cwd=folder, capture_output=True, timeout=60, check=False)
    return done.returncode


def _transfer_undisturbed(folder: Path) -> None:
    args = [sys.executable, "-m", "coordreg", "transfer", *THREE, *MOVE, "--write"]
    done = subprocess.run(args, cwd=folder, capture_output=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def handed_over(tmp_path: Path) -> list[bytes]:
    """The three regulations after an undisturbed transfer."""
    folder = tmp_path / "reference"
    files = _three_regulations(folder)
    _transfer_undisturbed(folder)
    return [file.read_bytes() for file in files]


def test_sigkill_between_two_renames_leaves_whole_files_the_first_ones_new(
    tmp_path: Path, handed_over: list[bytes]
) -> None:
    folder = tmp_path / "killed"
    files = _three_regulations(folder)
    old = [file.read_bytes() for file in files]
    assert _transfer_with(folder, "SIGKILL") == -signal.SIGKILL
    assert [file.read_bytes() for file in files] == [handed_over[0], *old[1:]]
    debris = sorted(p.name for p in (folder / "regulations").rglob("*.tmp"))
    assert len(debris) == 2
    assert all(temporary_pattern("regulation.yaml").match(name) for name in debris)
    assert_debris_ignored(folder)
    # Running the command again finishes the handover.
    _transfer_undisturbed(folder)
    assert [file.read_bytes() for file in files] == handed_over


@pytest.mark.parametrize("signal_name", ["SIGTERM", "SIGINT"])
def test_sigterm_or_sigint_during_the_renames_waits_for_the_last(
    tmp_path: Path, handed_over: list[bytes], signal_name: str
) -> None:
    folder = tmp_path / "interrupted"
    files = _three_regulations(folder)
    assert _transfer_with(folder, signal_name) in (143, 1, 130)
    assert [file.read_bytes() for file in files] == handed_over
    assert not list((folder / "regulations").rglob("*.tmp"))


def test_sigterm_becomes_systemexit_in_the_cli(tmp_path: Path) -> None:
    """The entry point turns SIGTERM into SystemExit(143), so `finally` and `except` run."""
    script = (
        "import os, signal, sys\n"
        "sys.argv = ['coordreg', 'rules']\n"
        "import coordreg.cli\n"
        "coordreg.cli.run = lambda: os.kill(os.getpid(), signal.SIGTERM)\n"
        "from coordreg.entry import main\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    print('unwound', exit.code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout == "unwound 143\n", done.stderr


# --- Where coordreg writes ------------------------------------------------------------------


@pytest.mark.parametrize(
    "regulation_id",
    ["../../etc", "../escaped", "/tmp/escaped", "a/b", "..", ".", "qc-new\n", "qc\\..\\x", ""],
)
def test_new_never_takes_an_id_that_is_a_path(repo: Path, regulation_id: str) -> None:
    before = snapshot(repo.parent)
    result = invoke("new", regulation_id, "--party", "a:A", "--party", "b:B")
    assert result.exit_code == 2, result.output
    assert result.output == f"coordreg: {render_error('new_bad_id', {'value': regulation_id})}\n"
    assert snapshot(repo.parent) == before


def test_a_regulation_id_that_is_a_path_is_not_an_identifier(repo: Path) -> None:
    """An id from the file is never a path: `../../etc` is refused (CR104) before anything runs."""
    file = repo / "regulations/qc-small/regulation.yaml"
    file.write_text(
        file.read_text(encoding="utf-8").replace("id: qc-small", "id: ../../etc", 1),
        encoding="utf-8",
    )
    before = snapshot(repo.parent)
    checked = invoke("check", "--format", "json")
    assert checked.exit_code == 1
    assert [(d["line"], d["code"]) for d in json.loads(checked.output)["diagnostics"]] == [
        (1, "CR104")
    ]
    for command in (
        ["evaluate", "qc-small", "--year", "2023"],
        ["plan", "qc-small", "--year", "2023", "-o", "plan.md"],
        ["transfer", "qc-small", *MOVE, "--write"],
    ):
        result = invoke(*command)
        assert result.exit_code in (1, 2), (command, result.output)
        assert not isinstance(result.exception, (OSError, AssertionError)), command
    assert snapshot(repo.parent) == before


@pytest.fixture
def outside(repo: Path) -> Path:
    """A folder beside the repository, which no command should write into."""
    folder = repo.parent / f"outside-{repo.name}"
    folder.mkdir()
    return folder


def _records(repo: Path) -> Path:
    return repo / "regulations/qc-small/evaluations"


def test_evaluate_does_not_follow_a_records_folder_linked_outside(
    repo: Path, outside: Path
) -> None:
    records = _records(repo)
    shutil.move(records, outside / "evaluations")
    records.symlink_to(outside / "evaluations", target_is_directory=True)
    before = snapshot(outside)
    result = invoke("evaluate", "qc-small", "--year", "2023")
    assert result.exit_code == 1
    assert "leads outside the regulation's folder" in result.output
    assert snapshot(outside) == before


def test_evaluate_does_not_follow_a_dangling_records_link(repo: Path, outside: Path) -> None:
    records = _records(repo)
    shutil.rmtree(records)
    records.symlink_to(outside / "nowhere", target_is_directory=True)
    result = invoke("evaluate", "qc-small", "--year", "2023")
    assert result.exit_code == 1
    assert "leads outside the regulation's folder" in result.output
    assert not (outside / "nowhere").exists()


def test_evaluate_does_not_follow_a_looping_records_link(repo: Path) -> None:
    records = _records(repo)
    shutil.rmtree(records)
    records.symlink_to(records)
    result = invoke("evaluate", "qc-small", "--year", "2023")
    assert result.exit_code == 1, result.output
    assert "leads outside the regulation's folder" in result.output


def test_evaluate_does_not_write_through_a_record_linked_outside(repo: Path, outside: Path) -> None:
    (_records(repo) / "2023.yaml").symlink_to(outside / "2023.yaml")
    result = invoke("evaluate", "qc-small", "--year", "2023")
    assert result.exit_code == 1
    assert "exists already" in result.output
    assert not (outside / "2023.yaml").exists()


def test_evaluate_writes_into_a_records_folder_linked_inside(repo: Path) -> None:
    records = _records(repo)
    records.rename(records.parent / "records")
    records.symlink_to("records", target_is_directory=True)
    result = invoke("evaluate", "qc-small", "--year", "2023")
    assert result.exit_code == 0, result.output
    assert (records.parent / "records" / "2023.yaml").is_file()


def test_evaluate_when_the_records_folder_is_a_file(repo: Path) -> None:
    records = _records(repo)
    shutil.rmtree(records)
    records.write_text("not a folder\n", encoding="utf-8")
    result = invoke("evaluate", "qc-small", "--year", "2022")
    assert result.exit_code == 2, result.output
    assert result.output.startswith(
        "coordreg: cannot write regulations/qc-small/evaluations/2022.yaml: "
    )
    assert records.read_text(encoding="utf-8") == "not a folder\n"


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[Path]:
    """A folder where no file can be created: permissions, or /sys when running as root."""
    if os.geteuid() == 0:
        folder = Path("/sys")
    else:
        folder = tmp_path / "read-only"
        folder.mkdir()
        folder.chmod(0o555)
    try:
        os.close(os.open(folder / ".probe.tmp", os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError:
        pass
    else:  # pragma: no cover - a system where even this is writable
        (folder / ".probe.tmp").unlink()
        pytest.skip(f"{folder} is writable here")
    yield folder
    if folder != Path("/sys"):
        folder.chmod(0o755)


# Each command that takes an output file, with the file's suffix.
OUTPUTS = {
    "plan": (["plan", "qc-small", "--year", "2023"], ".md"),
    "review": (["review", "qc-small", "--end-year", "2026", "--no-history"], ".html"),
    "agenda": (["agenda", "--from", "2023-01-01"], ".ics"),
    "transfer --minutes": (["transfer", "qc-small", *MOVE, "--write"], ".md"),
}


def _with_output(name: str, path: Path) -> list[str]:
    command, _suffix = OUTPUTS[name]
    option = "--minutes" if name.startswith("transfer") else "-o"
    return [*command, option, str(path), "--lang", "en"]


def _assert_one_line_error(result: Result, expected: str) -> None:
    assert result.exit_code == 2, result.output
    assert not isinstance(result.exception, (OSError, AssertionError, TypeError))
    # Last (plan and transfer first print what they did), on one line.
    assert result.output.endswith(f"\ncoordreg: {expected}\n") or (
        result.output == f"coordreg: {expected}\n"
    ), result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", OUTPUTS)
def test_output_to_a_folder(repo: Path, name: str) -> None:
    folder = repo / f"folder{OUTPUTS[name][1]}"
    folder.mkdir()
    before = snapshot(repo)
    _assert_one_line_error(invoke(*_with_output(name, folder)), f"{folder} is a folder, not a file")
    assert snapshot(repo) == before


@pytest.mark.parametrize("name", OUTPUTS)
def test_output_into_a_missing_folder(repo: Path, name: str) -> None:
    path = repo / "missing" / f"out{OUTPUTS[name][1]}"
    before = snapshot(repo)
    _assert_one_line_error(invoke(*_with_output(name, path)), f"no such folder: {path.parent}")
    assert snapshot(repo) == before


@pytest.mark.parametrize("name", OUTPUTS)
def test_output_into_a_read_only_folder(repo: Path, read_only: Path, name: str) -> None:
    path = read_only / f"out{OUTPUTS[name][1]}"
    before = snapshot(repo)
    result = invoke(*_with_output(name, path))
    _assert_one_line_error(result, f"cannot write {path}: Permission denied")
    assert not path.exists()
    if name.startswith("transfer"):
        # The minute is checked before the regulations are touched.
        assert snapshot(repo) == before


def test_schema_out_dir_that_is_a_file(tmp_path: Path) -> None:
    file = put(tmp_path, "schemas", "a file\n")
    _assert_one_line_error(
        invoke("schema", "--out-dir", str(file)), f"--out-dir {file} is a file, not a folder"
    )
    assert file.read_text(encoding="utf-8") == "a file\n"


def test_schema_out_dir_that_is_read_only(read_only: Path) -> None:
    target = read_only / "regulation.schema.json"
    _assert_one_line_error(
        invoke("schema", "--out-dir", str(read_only)), f"cannot write {target}: Permission denied"
    )


def test_git_setup_that_cannot_write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)

    def denied(path: Path, _content: str | bytes, **_options: bool) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    monkeypatch.setattr("coordreg.versions.gitsetup.write_atomic", denied)
    result = invoke("git-setup", str(tmp_path))
    _assert_one_line_error(
        result, f"cannot write {tmp_path.resolve() / '.gitattributes'}: Permission denied"
    )
