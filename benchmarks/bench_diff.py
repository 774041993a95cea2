"""How fast are `coordreg diff` and `coordreg log` next to git on the same data?

    python benchmarks/bench_diff.py [--articles 1000] [--commits 1000] [--repeat 3] [--profile 25]
    python benchmarks/bench_diff.py --articles 200 --commits 100       # a quick run

The script builds, in a temporary folder, a regulation of `--articles` articles
made from the shapes of the bundled `regulations/bca-btttt-2021` (its titles,
texts, clauses, points and duties, each copy with its own title and duty ids),
then measures, in the same run, best of `--repeat`:

(a) diff: version 2 is version 1 with one article inserted near the start (so
    every later article is renumbered), 20 articles amended word by word and
    10 duties reassigned.
    - `coordreg diff v1 v2` as a process (text output, no colour), and in this
      process (`load_version` twice + `compare`);
    - against `git diff --no-index v1 v2`, the floor.
(b) log: a git repository with a `--commits` history of that regulation file,
    built with `git fast-import`; each commit is one small change a secretariat
    makes (amend a clause or point, reassign or reschedule a duty, insert or
    repeal an article).
    - `coordreg log <file>` as a process, and `list(regulation_log(file))` in
      this process;
    - against the floor: `git log -p -- <file>` plus a parse-only pass of
      PyYAML's C loader (`yaml.load(..., Loader=yaml.CSafeLoader)`) over every
      version of the file (the versions are read beforehand with one
      `git cat-file --batch`; only the parsing is timed).

Target: log within 3x its floor. Timings are reported, never asserted: the
exit status is 0 unless the data could not be built or a command failed.
`--profile N` adds the top N functions of a cProfile of the in-process log.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import io
import os
import pstats
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from coordreg.versions.change import summarise
from coordreg.versions.diff import compare
from coordreg.versions.history import regulation_log
from coordreg.versions.revisions import load_version

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "regulations" / "bca-btttt-2021" / "regulation.yaml"
SCRIPT = Path(sys.executable).parent / "coordreg"
REPO_PATH = "regulations/bca-btttt-2021/regulation.yaml"

LOG_TARGET = 3.0  # log / floor
ARTICLES_PER_CHAPTER = 50
DUTIES_PER_ARTICLE = 4  # at most, so that 1,000 articles make a file of a few MB
INSERTED_AT = 5  # version 2's new article goes in at this index (Chapter I)
AMENDED = 20
REASSIGNED = 10

# Words and phrases that amendments put into a text (sửa đổi, bổ sung).
PHRASES = (
    "kịp thời",
    "bằng văn bản",
    "theo quy định của pháp luật",
    "định kỳ hằng quý",
    "trên không gian mạng",
    "và chuyển đổi số",
    "có hiệu quả",
    "thống nhất",
    "trong phạm vi chức năng, nhiệm vụ được giao",
    "bảo đảm không gián đoạn",
)
SCHEDULES = (
    "continuous",
    "on_request",
    "{yearly: 12-15}",
    "{yearly: 06-30}",
    "{half_yearly: 06-30}",
    "{quarterly: 03-25}",
    "{monthly: 20}",
    "{once: 2026-06-30}",
    "{once: 2027-12-31}",
)
ROMAN = (
    ("M", 1000),
    ("CM", 900),
    ("D", 500),
    ("CD", 400),
    ("C", 100),
    ("XC", 90),
    ("L", 50),
    ("XL", 40),
    ("X", 10),
    ("IX", 9),
    ("V", 5),
    ("IV", 4),
    ("I", 1),
)


def roman(number: int) -> str:
    out = ""
    for letters, value in ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out


# --- The regulation, as data that renders itself to YAML ------------------------


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar (JSON's string syntax is valid YAML)."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _block(key: str, text: str, indent: int) -> str:
    """`key: >-` and the text folded at about 88 columns, as the example writes it."""
    pad = " " * indent
    lines = textwrap.wrap(text, width=max(40, 88 - indent - 2), break_on_hyphens=False)
    body = "".join(f"{pad}  {line}\n" for line in lines)
    return f"{pad}{key}: >-\n{body}"


@dataclass(frozen=True)
class PointShape:
    label: str
    text: str


@dataclass(frozen=True)
class ClauseShape:
    text: str
    points: tuple[PointShape, ...] = ()


@dataclass(frozen=True)
class DutyShape:
    id: str
    text: str
    lead: str
    support: tuple[str, ...]
    schedule: str  # as written in YAML: `continuous`, `{yearly: 12-15}`, ...
    deliverable: str | None


@dataclass(frozen=True)
class ArticleShape:
    title: str
    text: str | None
    clauses: tuple[ClauseShape, ...]
    duties: tuple[DutyShape, ...]
    # The article rendered without its number line, once per article object:
    # a commit changes one article, so a version costs one render, not 1,000.
    body: str = field(init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "body", self._render())

    def _render(self) -> str:
        out = [f"        title: {_quoted(self.title)}\n"]
        if self.text:
            out.append(_block("text", self.text, 8))
        if self.clauses:
            out.append("        clauses:\n")
            for number, clause in enumerate(self.clauses, 1):
                out.append(f"          - number: {number}\n")
                out.append(_block("text", clause.text, 12))
                if clause.points:
                    out.append("            points:\n")
                    for point in clause.points:
                        out.append(f"              - label: {point.label}\n")
                        out.append(_block("text", point.text, 16))
        if self.duties:
            out.append("        duties:\n")
            for duty in self.duties:
                out.append(f"          - id: {duty.id}\n")
                out.append(_block("text", duty.text, 12))
                out.append(f"            lead: {duty.lead}\n")
                if duty.support:
                    out.append(f"            support: [{', '.join(duty.support)}]\n")
                out.append(f"            schedule: {duty.schedule}\n")
                if duty.deliverable:
                    out.append(f"            deliverable: {_quoted(duty.deliverable)}\n")
        return "".join(out)


@dataclass
class Draft:
    """A version of the regulation being written: chapters of articles, and a header."""

    header: str
    chapter_titles: list[str]
    chapters: list[list[ArticleShape]]

    def copy(self) -> Draft:
        return Draft(self.header, list(self.chapter_titles), [list(c) for c in self.chapters])

    def render(self) -> bytes:
        out = [self.header, "chapters:\n"]
        number = 0
        for index, (title, articles) in enumerate(
            zip(self.chapter_titles, self.chapters, strict=True)
        ):
            out.append(f"  - number: {roman(index + 1)}\n    title: {_quoted(title)}\n")
            out.append("    articles:\n")
            for article in articles:
                number += 1
                out.append(f"      - number: {number}\n")
                out.append(article.body)
        return "".join(out).encode("utf-8")

    def positions(self) -> list[tuple[int, int]]:
        return [(c, a) for c, articles in enumerate(self.chapters) for a in range(len(articles))]

    def number_of(self, chapter: int, index: int) -> int:
        return sum(len(c) for c in self.chapters[:chapter]) + index + 1


class Factory:
    """Articles cut from the example's shapes, each copy with its own title and duty ids."""

    def __init__(self, example: Path, rng: random.Random) -> None:
        text = example.read_text(encoding="utf-8")
        data: dict[str, Any] = yaml.load(text, Loader=yaml.CSafeLoader)
        self.header = text[: text.index("\nchapters:\n") + 1]
        self.rng = rng
        self.serial = 0
        self.chapter_titles = [str(c["title"]) for c in data["chapters"]]
        self.templates: list[dict[str, Any]] = [
            a for c in data["chapters"] for a in c.get("articles", [])
        ]
        self.units: dict[str, list[str]] = {
            str(p["id"]): [str(u["id"]) for u in p.get("units", [])] for p in data["parties"]
        }

    def article(self) -> ArticleShape:
        self.serial += 1
        serial = self.serial
        template = self.templates[serial % len(self.templates)]
        duties = list(template.get("duties", []))
        if duties:  # a rolling window, so the copies do not all carry the same duties
            start = (serial // len(self.templates) * DUTIES_PER_ARTICLE) % len(duties)
            duties = (duties + duties)[start : start + min(DUTIES_PER_ARTICLE, len(duties))]
        return ArticleShape(
            title=f"{template['title']} (nhóm {serial})",
            text=template.get("text"),
            clauses=tuple(
                ClauseShape(
                    str(c["text"]),
                    tuple(PointShape(str(p["label"]), str(p["text"])) for p in c.get("points", [])),
                )
                for c in template.get("clauses", [])
            ),
            duties=tuple(
                DutyShape(
                    f"{d['id']}-{serial}",
                    str(d["text"]),
                    str(d["lead"]),
                    tuple(str(s) for s in d.get("support", [])),
                    _schedule_yaml(d["schedule"]),
                    d.get("deliverable"),
                )
                for d in duties
            ),
        )

    def draft(self, articles: int) -> Draft:
        chapters = max(1, -(-articles // ARTICLES_PER_CHAPTER))
        titles = [
            f"{self.chapter_titles[i % len(self.chapter_titles)]} (PHẦN {i + 1})"
            for i in range(chapters)
        ]
        body: list[list[ArticleShape]] = [[] for _ in range(chapters)]
        for index in range(articles):
            body[index * chapters // articles].append(self.article())
        return Draft(self.header, titles, body)

    # --- Changes a secretariat makes ---------------------------------------------

    def amend_text(self, text: str) -> str:
        """Insert a phrase after a word, or replace one word: a word-level amendment."""
        words = text.split()
        at = self.rng.randrange(1, len(words))
        phrase = self.rng.choice(PHRASES).split()
        if self.rng.random() < 0.5:
            words[at:at] = phrase
        else:
            words[at : at + 1] = phrase
        return " ".join(words)

    def amend(self, article: ArticleShape) -> tuple[ArticleShape, str]:
        """The article with one clause, point or its own text amended; what was amended."""
        choices: list[tuple[int, int | None]] = []
        for ci, clause in enumerate(article.clauses):
            choices.append((ci, None))
            choices += [(ci, pi) for pi in range(len(clause.points))]
        if not choices:
            assert article.text is not None
            return replace(article, text=self.amend_text(article.text)), "đoạn mở đầu"
        ci, pi = self.rng.choice(choices)
        clauses = list(article.clauses)
        clause = clauses[ci]
        if pi is None:
            clauses[ci] = replace(clause, text=self.amend_text(clause.text))
            what = f"khoản {ci + 1}"
        else:
            points = list(clause.points)
            points[pi] = replace(points[pi], text=self.amend_text(points[pi].text))
            clauses[ci] = replace(clause, points=tuple(points))
            what = f"điểm {points[pi].label} khoản {ci + 1}"
        return replace(article, clauses=tuple(clauses)), what

    def reassign(self, duty: DutyShape) -> DutyShape:
        """Another unit of the same side leads; one or two units of the other side support."""
        side = next((p for p, units in self.units.items() if duty.lead in units), None)
        if side is None:  # led by a party itself
            side = duty.lead
        others = [u for p, units in self.units.items() if p != side for u in units]
        lead = self.rng.choice([u for u in self.units[side] if u != duty.lead])
        support = tuple(self.rng.sample(others, self.rng.choice((1, 2))))
        if (lead, support) == (duty.lead, duty.support):
            support = support[:1] if len(support) > 1 else (*support, self.rng.choice(others))
        return replace(duty, lead=lead, support=tuple(dict.fromkeys(support)))

    def reschedule(self, duty: DutyShape) -> DutyShape:
        return replace(duty, schedule=self.rng.choice([s for s in SCHEDULES if s != duty.schedule]))


def _schedule_yaml(value: Any) -> str:
    if isinstance(value, str):
        return value
    (kind, when), *_ = value.items()
    return f"{{{kind}: {when}}}"


def duty_positions(draft: Draft) -> list[tuple[int, int, int]]:
    return [
        (c, a, d)
        for c, articles in enumerate(draft.chapters)
        for a, article in enumerate(articles)
        for d in range(len(article.duties))
    ]


def with_duty(
    draft: Draft, where: tuple[int, int, int], change: Callable[[DutyShape], DutyShape]
) -> DutyShape:
    c, a, d = where
    article = draft.chapters[c][a]
    duties = list(article.duties)
    duties[d] = change(duties[d])
    draft.chapters[c][a] = replace(article, duties=tuple(duties))
    return duties[d]


def second_version(factory: Factory, first: Draft) -> Draft:
    """Version 1 with an article inserted early, 20 articles amended, 10 duties reassigned."""
    draft = first.copy()
    rng = factory.rng
    for c, a in rng.sample(draft.positions(), AMENDED):
        draft.chapters[c][a], _what = factory.amend(draft.chapters[c][a])
    for where in rng.sample(duty_positions(draft), REASSIGNED):
        with_duty(draft, where, factory.reassign)
    chapter, index = 0, INSERTED_AT
    while index > len(draft.chapters[chapter]):
        index -= len(draft.chapters[chapter])
        chapter += 1
    draft.chapters[chapter].insert(index, factory.article())
    return draft


# --- The history ----------------------------------------------------------------


def history(factory: Factory, first: Draft, commits: int) -> Iterator[tuple[str, bytes]]:
    """(subject, file) for each commit: the file created, then one small change each."""
    yield "Ban hành Quy chế phối hợp", first.render()
    draft = first.copy()
    rng = factory.rng
    for _ in range(commits - 1):
        roll = rng.random()
        positions = draft.positions()
        if roll < 0.45:
            c, a = rng.choice(positions)
            draft.chapters[c][a], what = factory.amend(draft.chapters[c][a])
            subject = f"Sửa đổi {what} Điều {draft.number_of(c, a)}"
        elif roll < 0.70:
            where = rng.choice(duty_positions(draft))
            duty = with_duty(draft, where, factory.reassign)
            subject = f"Giao lại nhiệm vụ {duty.id}"
        elif roll < 0.85:
            where = rng.choice(duty_positions(draft))
            duty = with_duty(draft, where, factory.reschedule)
            subject = f"Điều chỉnh thời hạn nhiệm vụ {duty.id}"
        elif roll < 0.93:
            c = rng.randrange(len(draft.chapters))
            a = rng.randrange(len(draft.chapters[c]) + 1)
            draft.chapters[c].insert(a, factory.article())
            subject = f"Bổ sung Điều {draft.number_of(c, a)}"
        else:
            c, a = rng.choice([(c, a) for c, a in positions if len(draft.chapters[c]) > 1])
            subject = f"Bãi bỏ Điều {draft.number_of(c, a)}"
            del draft.chapters[c][a]
        yield subject, draft.render()


def fast_import_stream(entries: Iterator[tuple[str, bytes]], sink: io.BufferedIOBase) -> int:
    """Write a `git fast-import` stream of one commit per entry; the number of commits."""
    when = 1637712000  # 2021-11-24
    count = 0
    for count, (subject, content) in enumerate(entries, 1):
        when += 86400 + count % 7 * 3600
        message = subject.encode("utf-8") + b"\n"
        sink.write(
            b"commit refs/heads/main\n"
            + f"author Văn phòng Bộ Công an <vp@bca.example> {when} +0700\n".encode()
            + f"committer Văn phòng Bộ Công an <vp@bca.example> {when} +0700\n".encode()
            + f"data {len(message)}\n".encode()
            + message
            + f"M 100644 inline {REPO_PATH}\ndata {len(content)}\n".encode()
            + content
            + b"\n"
        )
    return count


def git(args: Sequence[str], cwd: Path, stdin: bytes | None = None) -> bytes:
    completed = subprocess.run(
        ["git", *args], cwd=cwd, input=stdin, capture_output=True, check=False
    )
    if completed.returncode != 0:
        raise SystemExit(f"bench: git {' '.join(args)}: {completed.stderr.decode()[-2000:]}")
    return completed.stdout


def build_repository(repo: Path, entries: Iterator[tuple[str, bytes]]) -> int:
    """A repository whose main branch is the history in `entries`; the number of commits."""
    repo.mkdir(parents=True)
    git(["init", "-q"], repo)
    process = subprocess.Popen(
        ["git", "fast-import", "--quiet", "--done"],
        cwd=repo,
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None
    stdin: Any = process.stdin
    count = fast_import_stream(entries, stdin)
    stdin.write(b"done\n")
    stdin.close()
    if process.wait() != 0:
        assert process.stderr is not None
        raise SystemExit(f"bench: git fast-import failed: {process.stderr.read().decode()}")
    git(["symbolic-ref", "HEAD", "refs/heads/main"], repo)
    git(["reset", "-q", "--hard"], repo)
    return count


def read_versions(repo: Path) -> list[bytes]:
    """Every version of the file in history, through one `git cat-file --batch`."""
    commits = git(["log", "--format=%H", "--", REPO_PATH], repo).decode().split()
    request = "".join(f"{commit}:{REPO_PATH}\n" for commit in commits).encode()
    out = git(["cat-file", "--batch"], repo, stdin=request)
    versions = []
    at = 0
    while at < len(out):
        newline = out.index(b"\n", at)
        size = int(out[at:newline].split()[2])
        versions.append(out[newline + 1 : newline + 1 + size])
        at = newline + 1 + size + 1
    return versions


# --- Timing ---------------------------------------------------------------------


@dataclass
class Run:
    seconds: float
    output: int  # bytes written to stdout


def run(command: Sequence[str], cwd: Path, ok: Sequence[int] = (0,)) -> Run:
    """Run a process with its output to a file; its time and the size of its output."""
    environment = {**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8"}
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=environment, stdout=out, stderr=err)
        process.wait()
        seconds = time.perf_counter() - start
        if process.returncode not in ok:
            err.seek(0)
            raise SystemExit(
                f"bench: {' '.join(command)} exited {process.returncode}:\n"
                f"{err.read().decode('utf-8', 'replace')[-2000:]}"
            )
        size = out.seek(0, os.SEEK_END)
    return Run(seconds, size)


def peak_memory(command: Sequence[str], cwd: Path) -> int | None:
    """The peak resident memory of a process, in bytes; None where /proc cannot tell.

    Read from the kernel's high-water mark (VmHWM in /proc/PID/status) while the
    process runs. The rusage of a child is no use here: on Linux it starts from
    the size of the parent that forked it, and this script holds every version.
    """
    status = Path("/proc/self/status")
    if not status.exists():
        return None
    peak = 0
    environment = {**os.environ, "NO_COLOR": "1", "LC_ALL": "C.UTF-8"}
    process = subprocess.Popen(
        command, cwd=cwd, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    mine = Path(f"/proc/{process.pid}/status")
    while process.poll() is None:
        try:
            for line in mine.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak = max(peak, int(line.split()[1]) * 1024)
        except (OSError, ValueError, IndexError):
            pass
        time.sleep(0.02)
    return peak or None


def best(repeat: int, work: Callable[[], Run]) -> Run:
    runs = [work() for _ in range(repeat)]
    return min(runs, key=lambda r: r.seconds)


def best_of(repeat: int, work: Callable[[], object]) -> float:
    """Best time of `work` in this process, started each time on a settled heap.

    The objects this script already holds (the versions, the drafts) are moved
    out of the collector's sight with `gc.freeze()`, so that the timed work pays
    for its own garbage collection, as it would in a fresh process, and not for
    the benchmark's.
    """
    times = []
    for _ in range(repeat):
        gc.collect()
        gc.freeze()
        try:
            start = time.perf_counter()
            work()
            times.append(time.perf_counter() - start)
        finally:
            gc.unfreeze()
    return min(times)


def diff_in_process(old: Path, new: Path) -> int:
    before, after = load_version(str(old)), load_version(str(new))
    return len(compare(before.regulation, after.regulation))


def log_in_process(file: Path) -> int:
    return len(list(regulation_log(file)))


def parse_all(versions: Sequence[bytes]) -> None:
    for raw in versions:
        yaml.load(raw, Loader=yaml.CSafeLoader)


def profile(file: Path, top: int) -> str:
    """The `top` functions of the in-process log by own time and by cumulative time."""
    profiler = cProfile.Profile()
    gc.collect()
    gc.freeze()
    try:
        profiler.runcall(log_in_process, file)
    finally:
        gc.unfreeze()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)
    return out.getvalue()


# --- Report ---------------------------------------------------------------------


def _time(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms" if seconds < 1 else f"{seconds:8.3f} s "


def _mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


def _table(rows: Sequence[tuple[str, str, str]]) -> None:
    for label, figure, note in rows:
        print(f"  {label:<44} {figure:>12}  {note}".rstrip())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--articles", type=int, default=1000, help="articles in the regulation")
    parser.add_argument("--commits", type=int, default=1000, help="commits in the history")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each timing; best kept")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the random changes")
    parser.add_argument(
        "--profile", type=int, default=0, metavar="N", help="also print the top N of cProfile"
    )
    options = parser.parse_args(argv)
    if options.articles < 2 * INSERTED_AT + AMENDED or options.commits < 2 or options.repeat < 1:
        parser.error(
            f"--articles must be at least {2 * INSERTED_AT + AMENDED}, --commits at least 2, "
            "--repeat at least 1"
        )
    if not SCRIPT.exists():
        parser.error(f"no console script at {SCRIPT}: install coordreg into this environment")
    if shutil.which("git") is None:
        parser.error("git is not on PATH")

    temporary = Path(tempfile.mkdtemp(prefix="coordreg-bench-diff-"))
    try:
        factory = Factory(EXAMPLE, random.Random(options.seed))
        first = factory.draft(options.articles)
        v1, v2 = temporary / "v1.yaml", temporary / "v2.yaml"
        v1.write_bytes(first.render())
        v2.write_bytes(second_version(factory, first).render())
        repeat = options.repeat
        python = sys.executable

        # (a) diff --------------------------------------------------------------
        before, after = load_version(str(v1)), load_version(str(v2))
        changes = compare(before.regulation, after.regulation)
        counts = summarise(changes)
        duties = sum(1 for _ in before.regulation.duties())
        print(
            f"diff: two versions of {options.articles} articles, {duties} duties, "
            f"{_mb(v1.stat().st_size)} each; coordreg finds {len(changes)} changes: "
            + ", ".join(f"{n} {kind}" for kind, n in counts.items())
        )
        added = sum(1 for c in changes if c.kind == "added" and c.target_type == "article")
        amended_articles = {c.article for c in changes if c.kind == "amended"}
        reassigned = counts.get("reassigned", 0)
        expected = (
            f"expected 1 article added, {AMENDED} articles amended, {REASSIGNED} duties "
            f"reassigned: found {added}, {len(amended_articles)}, {reassigned}"
        )
        print(f"  {expected}" + ("" if (added, reassigned) == (1, REASSIGNED) else "  MISMATCH"))
        t_git_diff = best(
            repeat,
            lambda: run(
                ["git", "diff", "--no-index", "--no-ext-diff", str(v1), str(v2)], temporary, ok=(1,)
            ),
        )
        t_diff_proc = best(repeat, lambda: run([str(SCRIPT), "diff", str(v1), str(v2)], temporary))
        t_diff_json = best(
            repeat, lambda: run([str(SCRIPT), "diff", "-f", "json", str(v1), str(v2)], temporary)
        )
        t_diff = best_of(repeat, lambda: diff_in_process(v1, v2))
        t_load = best_of(repeat, lambda: (load_version(str(v1)), load_version(str(v2))))
        t_compare = best_of(repeat, lambda: compare(before.regulation, after.regulation))
        del changes
        t_parse2 = best_of(repeat, lambda: parse_all([v1.read_bytes(), v2.read_bytes()]))
        t_python = best(repeat, lambda: run([python, "-c", "pass"], temporary))

        print(f"\nbest of {repeat} runs\n")
        _table(
            [
                ("git diff --no-index v1 v2 (floor)", _time(t_git_diff.seconds), ""),
                ("coordreg diff v1 v2 (process, text)", _time(t_diff_proc.seconds), ""),
                (
                    "  ratio coordreg diff / git diff",
                    f"{t_diff_proc.seconds / t_git_diff.seconds:7.1f}x ",
                    "",
                ),
                ("coordreg diff -f json (process)", _time(t_diff_json.seconds), ""),
                ("load_version x2 + compare (in-process)", _time(t_diff), ""),
                ("  load_version x2 alone", _time(t_load), ""),
                ("  compare alone", _time(t_compare), ""),
                (
                    "  ratio in-process / git diff",
                    f"{t_diff / t_git_diff.seconds:7.1f}x ",
                    "",
                ),
                ("CSafeLoader parse of v1 and v2 (reference)", _time(t_parse2), ""),
                ("python -c pass (start-up floor)", _time(t_python.seconds), ""),
            ]
        )

        # (b) log ---------------------------------------------------------------
        repo = temporary / "repo"
        start = time.perf_counter()
        commits = build_repository(repo, history(factory, first, options.commits))
        t_build = time.perf_counter() - start
        file = repo / REPO_PATH
        versions = read_versions(repo)
        entries = log_in_process(file)
        print(
            f"\nlog: {commits} commits, {len(versions)} versions of the file "
            f"({_mb(sum(len(v) for v in versions))} in all, {_mb(file.stat().st_size)} now); "
            f"built with git fast-import in {t_build:.1f} s; coordreg log lists {entries} "
            "entries"
        )
        if entries != commits:
            print(f"  MISMATCH: expected {commits} entries")
        t_git_log = best(
            repeat,
            lambda: run(["git", "log", "-p", "--no-ext-diff", "--no-color", "--", REPO_PATH], repo),
        )
        t_parse = best_of(repeat, lambda: parse_all(versions))
        floor = t_git_log.seconds + t_parse
        t_log_proc = best(repeat, lambda: run([str(SCRIPT), "log", REPO_PATH], repo))
        t_log = best_of(repeat, lambda: log_in_process(file))
        peak = peak_memory([str(SCRIPT), "log", REPO_PATH], repo)

        def verdict(ratio: float) -> str:
            return f"target <= {LOG_TARGET:.0f}x: " + (
                "ok" if ratio <= LOG_TARGET else "OVER TARGET"
            )

        print(f"\nbest of {repeat} runs\n")
        _table(
            [
                (
                    "git log -p -- FILE (process)",
                    _time(t_git_log.seconds),
                    f"{_mb(t_git_log.output)} of output",
                ),
                (f"CSafeLoader parse of {len(versions)} versions", _time(t_parse), ""),
                ("floor = git log -p + parse", _time(floor), ""),
                (
                    "coordreg log FILE (process)",
                    _time(t_log_proc.seconds),
                    f"peak memory {_mb(peak)}" if peak else "",
                ),
                (
                    "  ratio coordreg log / floor",
                    f"{t_log_proc.seconds / floor:7.2f}x ",
                    verdict(t_log_proc.seconds / floor),
                ),
                ("list(regulation_log(FILE)) (in-process)", _time(t_log), ""),
                (
                    "  ratio in-process / floor",
                    f"{t_log / floor:7.2f}x ",
                    verdict(t_log / floor),
                ),
            ]
        )
        print(
            f"\n  per commit: git log -p {t_git_log.seconds / commits * 1000:.1f} ms, "
            f"parse {t_parse / len(versions) * 1000:.1f} ms, "
            f"coordreg log {t_log / commits * 1000:.1f} ms in-process"
        )
        if options.profile:
            print(f"\ncProfile of list(regulation_log(FILE)) (top {options.profile}):")
            print(profile(file, options.profile))
        return 0
    finally:
        shutil.rmtree(temporary, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
