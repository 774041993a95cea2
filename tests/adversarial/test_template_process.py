"""An office's templates in their own process: limits no filter can outrun, files that are not files.

The cooperative budget (test_templates.py) stops what it foresees; these cases
are what it cannot: a filter whose output was estimated as empty and ran past
150 s under a 5 s budget, a call that never returns to Python, many values each
within the limits that together fill the memory. They run in the child process
`coordreg.render.isolation` starts, held to processor time, memory and output by
the operating system. A template in the office's folder that is a FIFO, a link to
nothing or a folder is refused, never replaced by the bundled template.

Times are the child's processor time (`RUSAGE_CHILDREN`); the wall clock only
guards against a hang.
"""

from __future__ import annotations

import os
import resource
import shutil
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

import coordreg.render.templating
from coordreg.cli import app
from coordreg.errors import RefusedError
from coordreg.render.template_loader import builtin_templates
from coordreg.render.templating import Limits, render

runner = CliRunner()
ROOT = Path(__file__).resolve().parents[2]
FAST = Limits(seconds=0.5, steps=10**12)
# The processor time beyond the limit: the child's start (about 0.25 s), and the
# second between the alarm and the hard limit.
SLACK = 3.0
HANG = 60.0
# The issue's template: wordwrap's output was estimated from its wrapstring, "".
WORDWRAP = '{{ ("x" * 4900000) | wordwrap(1, wrapstring="") }}'


@contextmanager
def children_cpu() -> Iterator[list[float]]:
    """The processor time of the child processes ended inside (`[seconds]`); no hang."""
    spent: list[float] = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    yield spent
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert time.perf_counter() - start < HANG
    spent.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


def refusal(folder: Path, context: dict[str, object], limits: Limits) -> tuple[str, float]:
    """Render folder/plan.md.j2: the refusal and the processor time it took."""
    with children_cpu() as spent, pytest.raises(RefusedError) as caught:
        render("plan.md.j2", context, folder, limits)
    return caught.value.message(), spent[0]


@pytest.fixture
def tpl(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty templates folder tmp_path/tpl, the bundled regulations beside it; the cwd."""
    copy_regulations_before_2025(tmp_path)
    (tmp_path / "tpl").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path / "tpl"


def plan(*extra: str, lang: str = "en") -> Result:
    return runner.invoke(app, ["plan", "bca-btttt-2021", "--year", "2026", "--lang", lang, *extra])


def refused(result: Result, message: str) -> None:
    assert result.exit_code == 1, (result.exit_code, result.output, result.exception)
    assert result.stdout == ""
    assert result.stderr == f"coordreg: {message}\n"


# --- What the budget could not foresee ----------------------------------------------------------


@pytest.mark.parametrize(
    "text", [WORDWRAP, "# Plan\n" + WORDWRAP, WORDWRAP.replace("}}", "| length }}")]
)
def test_the_wordwrap_of_the_issue_stops_at_the_time_limit(
    tpl: Path, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # It ran past 150 s under a 5 s budget; now the child's alarm stops it, with its line.
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", FAST)
    (tpl / "plan.md.j2").write_text(text, encoding="utf-8")
    line = text.count("\n") + 1

    with children_cpu() as spent:
        result = plan("--templates", "tpl")

    refused(
        result,
        f"template tpl/plan.md.j2, line {line}: rendering used more than 0.5 s of processor "
        "time, the limit; is there a loop or a macro that never ends?",
    )
    assert 0.5 <= spent[0] < 0.5 + SLACK


def test_a_call_that_never_returns_to_python_is_ended_by_the_hard_limit(tpl: Path) -> None:
    # sum() over a range runs in C: no alarm is ever handled, RLIMIT_CPU ends the process.
    (tpl / "plan.md.j2").write_text("{{ spin(numbers) }}", encoding="utf-8")

    message, cpu = refusal(tpl, {"spin": sum, "numbers": range(10**15)}, FAST)

    assert message == (
        f"template {tpl / 'plan.md.j2'}: rendering used more than 0.5 s of processor time, the "
        "limit, and was stopped inside one operation; is there a filter or a loop that never ends?"
    )
    assert 0.5 <= cpu < 0.5 + SLACK


def test_many_values_each_within_the_limits_cannot_fill_the_memory(tpl: Path) -> None:
    # Twenty strings of 4,000,000 letters: each within the output limit, 80 MB in all.
    copies = ", ".join(f'a ~ "{n}"' for n in range(20))
    text = f'{{% set a = "x" * 4000000 %}}\n{{% set b = [{copies}] %}}{{{{ b|length }}}}'
    (tpl / "plan.md.j2").write_text(text, encoding="utf-8")

    message, _ = refusal(tpl, {}, Limits(memory=64 * 2**20))

    assert message == (
        f"template {tpl / 'plan.md.j2'}, line 2: rendering needed more than 64 MiB of memory, "
        "the limit"
    )


def test_a_long_error_is_cut_short(tpl: Path) -> None:
    (tpl / "plan.md.j2").write_text('{{ {}["x" * 1000000] }}', encoding="utf-8")

    message, _ = refusal(tpl, {}, Limits())

    prefix = f"template {tpl / 'plan.md.j2'}, line 1: 'dict object' has no attribute 'xxx"
    assert message.startswith(prefix)
    assert message.endswith("xxx…")
    assert len(message) == len(f"template {tpl / 'plan.md.j2'}, line 1: ") + 300


def test_a_context_that_cannot_be_handed_to_the_process_is_refused(tpl: Path) -> None:
    (tpl / "plan.md.j2").write_text("{{ f() }}", encoding="utf-8")

    message, _ = refusal(tpl, {"f": lambda: 1}, Limits())

    assert message.startswith(
        f"template {tpl / 'plan.md.j2'}: the process rendering it failed: the document "
        "cannot be handed to it: "
    )


def test_the_process_reads_no_module_from_the_current_folder(tpl: Path) -> None:
    # Python started isolated: a jinja2.py in the office's repository is never imported.
    marker = tpl.parent / "imported"
    (tpl.parent / "jinja2.py").write_text(f"open({str(marker)!r}, 'w').close()\n", encoding="utf-8")
    (tpl / "plan.md.j2").write_text("{{ plan.year }}", encoding="utf-8")

    result = plan("--templates", "tpl")

    assert result.exit_code == 0, result.output
    assert result.stdout == "2026"
    assert not marker.exists()


# --- The same documents, in the child as in-process -------------------------------------------

DOCUMENTS = [
    ["plan", "bca-btttt-2021", "--year", "2026"],
    ["review", "bca-btttt-2021", "--end-year", "2025", "--no-history"],
    ["text", "bca-btttt-2021"],
]


@pytest.mark.parametrize("output_format", ["md", "html"])
@pytest.mark.parametrize("command", DOCUMENTS, ids=["plan", "review", "text"])
def test_the_bundled_templates_copied_into_an_office_folder_give_the_same_bytes(
    tpl: Path, command: list[str], output_format: str
) -> None:
    for template in builtin_templates().glob("*.j2"):
        shutil.copy(template, tpl / template.name)
    options = ["-f", output_format, "--lang", "vi"]

    bundled = runner.invoke(app, [*command, *options])
    own = runner.invoke(app, [*command, *options, "--templates", "tpl"])

    assert bundled.exit_code == own.exit_code == 0, (bundled.output, own.output)
    assert len(bundled.stdout) > 3000
    assert own.stdout == bundled.stdout


# --- A template that is not a file ------------------------------------------------------------

Make = Callable[[Path], object]


def link_to_a_fifo(file: Path) -> None:
    os.mkfifo(file.parent / "pipe")
    file.symlink_to(file.parent / "pipe")


NOT_FILES: dict[str, tuple[Make, str]] = {
    "fifo": (os.mkfifo, "not a regular file"),
    "folder": (Path.mkdir, "not a regular file"),
    "dangling-link": (lambda file: file.symlink_to(file.parent / "gone.md.j2"), "dangling"),
    "link-to-a-fifo": (link_to_a_fifo, "not a regular file"),
    "link-loop": (lambda file: file.symlink_to(file), "loop"),
}


def expected(kind: str, name: str) -> str:
    where = Path.cwd() / "tpl"
    if kind == "not a regular file":
        return (
            f"template {name} in {where} is not a regular file (a pipe, a device, a socket or a "
            "folder); it is not read, and the bundled template is not used in its place"
        )
    if kind == "dangling":
        return (
            f"template {name} in {where} is a link to {where / 'gone.md.j2'}, which does not "
            "exist; the bundled template is not used in its place"
        )
    return f"cannot read template {name} in {where}: Too many levels of symbolic links"


@pytest.mark.parametrize(("make", "kind"), list(NOT_FILES.values()), ids=list(NOT_FILES.keys()))
def test_a_template_that_is_not_a_file_is_refused_not_replaced(
    tpl: Path, make: Make, kind: str
) -> None:
    # The bundled plan.md.j2 exists: before, a FIFO or a dangling link fell back on it.
    make(tpl / "plan.md.j2")

    with children_cpu():
        result = plan("--templates", "tpl")

    refused(result, expected(kind, "plan.md.j2"))


@pytest.mark.parametrize(("make", "kind"), list(NOT_FILES.values()), ids=list(NOT_FILES.keys()))
def test_an_included_template_that_is_not_a_file_is_refused(
    tpl: Path, make: Make, kind: str
) -> None:
    # _heading.md.j2 is bundled too: the office's own, broken, is not replaced by it.
    (tpl / "plan.md.j2").write_text('{% include "_heading.md.j2" %}', encoding="utf-8")
    make(tpl / "_heading.md.j2")

    with children_cpu():
        result = plan("--templates", "tpl")

    refused(result, expected(kind, "_heading.md.j2"))


def test_a_name_the_folder_does_not_hold_is_still_the_bundled_template(tpl: Path) -> None:
    (tpl / "plan.md.j2").write_text('{% include "_heading.md.j2" %}', encoding="utf-8")

    result = plan("--templates", "tpl")

    assert result.exit_code == 0, result.output
    assert "SOCIALIST REPUBLIC OF VIET NAM" in result.stdout


# --- Variants -----------------------------------------------------------------------------------


def test_a_document_holding_what_is_no_character_is_refused(tpl: Path) -> None:
    # "%c" % 55296 is half a surrogate pair: it could never be written out as UTF-8.
    (tpl / "plan.md.j2").write_text('ok {{ "%c" % 55296 }}', encoding="utf-8")

    refused(
        plan("--templates", "tpl"),
        "template tpl/plan.md.j2: the rendered text holds U+D800 at character 4, which is not "
        "a character (half a UTF-16 surrogate pair) and cannot be written out",
    )


def test_a_name_too_long_for_the_file_system_is_refused(tpl: Path) -> None:
    name = "x" * 300
    (tpl / "plan.md.j2").write_text(f'{{% include "{name}" %}}', encoding="utf-8")

    refused(
        plan("--templates", "tpl"),
        f"cannot read template {name} in {Path.cwd() / 'tpl'}: File name too long",
    )
    result = plan("--templates", name)
    # Checked where it enters, as every path is (issue 14, point 11): the name's length.
    assert (result.exit_code, result.stderr) == (
        2,
        f"coordreg: {name}: a name in it is 300 bytes long, over the file system's limit "
        "of 255 bytes\n",
    )


def test_renders_in_several_threads_at_once_each_get_their_own_answer(tpl: Path) -> None:
    for n in range(4):
        (tpl / f"t{n}.md.j2").write_text(f"{n}: {{{{ x * {n} }}}}", encoding="utf-8")
    answers: dict[int, str] = {}

    def run(n: int) -> None:
        answers[n] = render(f"t{n}.md.j2", {"x": "ab"}, tpl, Limits())

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(HANG)

    assert answers == {n: f"{n}: {'ab' * n}" for n in range(4)}
