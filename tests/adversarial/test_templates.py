"""Untrusted templates: an office's own folder (`--templates DIR`) cannot do harm.

Each test writes a real template folder in tmp_path (`tpl/`) and runs it, mostly
through the real command line (`coordreg plan qc-test --templates tpl`, on the
small regulation of `builders`), sometimes through `coordreg.render.templating.render` with
smaller limits so that runaway templates are stopped within a fraction of a
second. Every case asserts the exit status and the exact message: a template
cannot read files, reach Python's internals, run code, run for ever or fill the
memory, and the regulation's text is escaped in HTML.

An office's templates render in a child process: the time a runaway template
took is the child's processor time (`children_cpu`), which a loaded machine does
not change; the wall clock only guards against a hang (`HANG`).
"""

from __future__ import annotations

import resource
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import jinja2
import pytest
from builders import DEFAULT_REGULATION, write_folder
from typer.testing import CliRunner, Result

import coordreg.render.templating
from coordreg.cli import app
from coordreg.errors import RefusedError
from coordreg.render.budget import TimeUp
from coordreg.render.templating import LIMITS, Limits, render, render_sandboxed

runner = CliRunner()

SECRET = "TOP SECRET: the minister's telephone number"
SCRIPT = "<script>alert(1)</script>"
# Stopped by the clock (the other limits out of the way) within a short time.
FAST = Limits(seconds=0.5, steps=10**12)
# The processor time a refusal may take beyond the time limit itself: starting the
# child process (about 0.25 s) and Python's own checks.
SLACK = 3.0
# Only a hang takes this long by the clock, however loaded the machine.
HANG = 60.0

Write = Callable[..., Path]


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """tmp_path holding regulations/qc-test, and a secret file next to it; the cwd."""
    write_folder(tmp_path, DEFAULT_REGULATION)
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def templates(tmp_path: Path) -> Write:
    """Write templates into tmp_path/tpl: `templates(**{"plan.md.j2": "..."})`."""

    def write(**files: str) -> Path:
        folder = tmp_path / "tpl"
        folder.mkdir(exist_ok=True)
        for name, text in files.items():
            file = folder / name
            file.parent.mkdir(parents=True, exist_ok=True)
            file.write_text(text, encoding="utf-8")
        return folder

    return write


def plan(*extra: str, lang: str = "en") -> Result:
    """`coordreg plan qc-test --year 2023 --templates tpl` in English."""
    return runner.invoke(
        app, ["plan", "qc-test", "--year", "2023", "--lang", lang, "--templates", "tpl", *extra]
    )


def refused(result: Result, message: str) -> None:
    """Exit 1, nothing on standard output, and exactly this one line on standard error."""
    assert result.exit_code == 1, (result.exit_code, result.stderr, result.exception)
    assert result.stdout == ""
    assert result.stderr == f"coordreg: {message}\n"


@contextmanager
def children_cpu() -> Iterator[list[float]]:
    """The processor time of the child processes ended inside, in seconds (`[spent]`).

    Also asserts that the wall clock saw no hang.
    """
    spent: list[float] = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    yield spent
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    assert time.perf_counter() - start < HANG
    spent.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)


def refusal(template: Path, text: str, limits: Limits) -> tuple[str, float]:
    """Render tpl/plan.md.j2 holding `text` with `render()`: the refusal and its processor time."""
    (template / "plan.md.j2").write_text(text, encoding="utf-8")
    with children_cpu() as spent, pytest.raises(RefusedError) as caught:
        render("plan.md.j2", {"lang": "en"}, template, limits)
    return caught.value.message(), spent[0]


# --- Reading files -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        '{% include "/etc/passwd" %}',
        '{% include "../secret.txt" %}',
        '{% include "../../secret.txt" %}',
        '{% include "sub/../../secret.txt" %}',
        '{% import "../secret.txt" as s %}',
        '{% from "/etc/passwd" import root %}',
        '{% extends "../secret.txt" %}',
    ],
    ids=["absolute", "parent", "grandparent", "through-sub", "import", "from-import", "extends"],
)
def test_a_template_cannot_name_a_file_outside_its_folder(
    repo: Path, templates: Write, text: str
) -> None:
    templates(**{"plan.md.j2": text})
    name = text.split('"')[1]

    result = plan()

    refused(result, f"no template named {name}")
    assert SECRET not in result.output


def test_a_name_with_a_leading_slash_is_looked_up_inside_the_folder(
    repo: Path, templates: Write
) -> None:
    # "/etc/passwd" is read as "etc/passwd" under tpl/, never as the system's file.
    templates(**{"plan.md.j2": '{% include "/etc/passwd" %}', "etc/passwd": "harmless"})

    result = plan()

    assert result.exit_code == 0, result.stderr
    assert result.stdout == "harmless"


@pytest.mark.parametrize("make", ["nothing", "a file"])
def test_a_templates_folder_that_is_not_one_exits_2(repo: Path, make: str) -> None:
    # Falling back on the bundled templates would hide a typing slip in the folder's name.
    if make == "a file":
        (repo / "tpl").write_text("plan", encoding="utf-8")

    result = plan()

    assert result.exit_code == 2, (result.exit_code, result.stderr)
    assert result.stdout == ""
    assert result.stderr == "coordreg: --templates tpl: no such folder\n"


def test_a_template_that_links_outside_its_folder_is_refused(repo: Path, templates: Write) -> None:
    folder = templates()
    (folder / "plan.md.j2").symlink_to(repo / "secret.txt")

    result = plan()

    refused(
        result,
        f"template plan.md.j2 in {Path.cwd() / 'tpl'} leads outside that folder "
        f"(to {(repo / 'secret.txt').resolve()}); templates are read only from inside "
        "their folder",
    )
    assert SECRET not in result.output


@pytest.mark.skipif(not Path("/etc/passwd").is_file(), reason="no /etc/passwd here")
def test_a_link_to_the_systems_files_is_refused(repo: Path, templates: Write) -> None:
    folder = templates()
    (folder / "plan.md.j2").symlink_to("/etc/passwd")

    result = plan()

    refused(
        result,
        f"template plan.md.j2 in {Path.cwd() / 'tpl'} leads outside that folder "
        f"(to {Path('/etc/passwd').resolve()}); templates are read only from inside "
        "their folder",
    )


def test_an_included_link_and_a_linked_subfolder_are_refused(repo: Path, templates: Write) -> None:
    outside = repo / "outside"
    outside.mkdir()
    (outside / "part.md.j2").write_text(SECRET, encoding="utf-8")
    folder = templates(**{"plan.md.j2": '{% include "_part.md.j2" %}'})
    (folder / "_part.md.j2").symlink_to(outside / "part.md.j2")
    (folder / "sub").symlink_to(outside, target_is_directory=True)
    where = Path.cwd() / "tpl"

    refused(
        plan(),
        f"template _part.md.j2 in {where} leads outside that folder "
        f"(to {(outside / 'part.md.j2').resolve()}); templates are read only from inside "
        "their folder",
    )
    templates(**{"plan.md.j2": '{% include "sub/part.md.j2" %}'})
    result = plan()
    refused(
        result,
        f"template sub/part.md.j2 in {where} leads outside that folder "
        f"(to {(outside / 'part.md.j2').resolve()}); templates are read only from inside "
        "their folder",
    )
    assert SECRET not in result.output


def test_a_link_that_stays_inside_the_folder_is_followed(repo: Path, templates: Write) -> None:
    folder = templates(**{"mine.md.j2": "{{ plan.year }}\n"})
    (folder / "plan.md.j2").symlink_to(folder / "mine.md.j2")

    result = plan()

    assert result.exit_code == 0, result.stderr
    assert result.stdout == "2023\n"


def test_a_template_file_over_the_size_limit_is_refused(tmp_path: Path, templates: Write) -> None:
    folder = templates(**{"plan.md.j2": "x" * 2000})

    with pytest.raises(RefusedError) as caught:
        render("plan.md.j2", {}, folder, Limits(template_bytes=1000))

    assert caught.value.message() == (
        "template plan.md.j2 is 2000 bytes, over the limit of 1000 bytes"
    )


# --- Python's internals, running code ------------------------------------------------------

INTERNALS = {
    "class": ('{{ "".__class__ }}', "'__class__' of 'str'"),
    "mro": ('{{ "".__class__.__mro__ }}', "'__class__' of 'str'"),
    "subclasses": ("{{ [].__class__.__base__.__subclasses__() }}", "'__class__' of 'list'"),
    "globals": ("{{ names.__globals__ }}", "'__globals__' of 'function'"),
    "init-globals": ("{{ names.__init__.__globals__ }}", "'__init__' of 'function'"),
    "cycler-os": ("{{ cycler.__init__.__globals__.os }}", "'__init__' of 'type'"),
    "lipsum-globals": ("{{ lipsum.__globals__ }}", "'__globals__' of 'function'"),
    "template-context": (
        "{{ self._TemplateReference__context }}",
        "'_TemplateReference__context' of 'TemplateReference'",
    ),
    "format": ('{{ "{0.__class__}".format("x") }}', "'__class__' of 'str'"),
    "format-attr": ('{{ ("{0.__class__}"|attr("format"))("x") }}', "'__class__' of 'str'"),
    "format-map": ('{{ "{x.__class__}".format_map({"x": 1}) }}', "'__class__' of 'int'"),
    "format-globals": (
        '{{ "{0.__init__.__globals__[os]}".format(cycler) }}',
        "'__init__' of 'type'",
    ),
    "attr-filter": ('{{ ""|attr("__class__") }}', "'__class__' of 'str'"),
    "subscript": ('{{ ""["__class__"] }}', "'__class__' of 'str'"),
    "data-dict": ("{{ plan.__dict__ }}", "'__dict__' of 'AnnualPlan'"),
    "data-class": ("{{ regulation.__class__ }}", "'__class__' of 'Regulation'"),
    "bound-self": ("{{ name.__self__ }}", "'__self__' of 'builtin_function_or_method'"),
    "labels-call": ("{{ t.__call__.__globals__ }}", "'__call__' of 'Labels'"),
    "loop-class": (
        "{% for x in [1] %}{{ loop.__class__ }}{% endfor %}",
        "'__class__' of 'LoopContext'",
    ),
    "change-a-list": ("{{ [].append(1) }}", "'append' of 'list'"),
}


@pytest.mark.parametrize(("text", "what"), list(INTERNALS.values()), ids=list(INTERNALS.keys()))
def test_a_template_cannot_reach_pythons_internals(
    repo: Path, templates: Write, text: str, what: str
) -> None:
    templates(**{"plan.md.j2": text})

    refused(
        plan(),
        f"template tpl/plan.md.j2, line 1: access to attribute {what} object is unsafe.",
    )


OS_SYSTEM = {
    "cycler": (
        '{{ cycler.__init__.__globals__.os.system("touch pwned") }}',
        "'__init__' of 'type'",
    ),
    "joiner": (
        '{{ joiner.__init__.__globals__.os.system("touch pwned") }}',
        "'__init__' of 'type'",
    ),
    "namespace": (
        '{{ namespace.__init__.__globals__.os.system("touch pwned") }}',
        "'__init__' of 'type'",
    ),
    "lipsum": (
        '{{ lipsum.__globals__["os"].system("touch pwned") }}',
        "'__globals__' of 'function'",
    ),
    "range": ('{{ range.__globals__.os.system("touch pwned") }}', "'__globals__' of 'function'"),
    "import": (
        '{{ self.__init__.__globals__.__builtins__.__import__("os").system("touch pwned") }}',
        "'__init__' of 'TemplateReference'",
    ),
    "data-modules": (
        '{{ plan.__class__.__init__.__globals__["sys"].modules["os"].system("touch pwned") }}',
        "'__init__' of 'StrictUndefined'",
    ),
    "subclasses": (
        '{% for c in "".__class__.__mro__[1].__subclasses__() %}'
        '{% if c.__name__ == "Popen" %}{{ c(["touch", "pwned"]) }}{% endif %}{% endfor %}',
        "'__class__' of 'str'",
    ),
}


@pytest.mark.parametrize(("text", "what"), list(OS_SYSTEM.values()), ids=list(OS_SYSTEM.keys()))
def test_a_template_cannot_run_a_command(
    repo: Path, templates: Write, text: str, what: str
) -> None:
    templates(**{"plan.md.j2": text})

    refused(
        plan(),
        f"template tpl/plan.md.j2, line 1: access to attribute {what} object is unsafe.",
    )
    assert not (repo / "pwned").exists()


def test_jinja_has_the_sandbox_fixes_of_3_1_6() -> None:
    # 3.1.5 and 3.1.6 closed two ways out of the sandbox through str.format (the
    # `|attr("format")` case above); an older Jinja must not be used.
    version = tuple(int(part) for part in jinja2.__version__.split(".")[:3])
    assert version >= (3, 1, 6)


def test_range_is_held_to_jinjas_max_range(repo: Path, templates: Write) -> None:
    templates(**{"plan.md.j2": "{{ range(100000)|length }}"})
    allowed = plan()
    assert allowed.exit_code == 0, allowed.stderr
    assert allowed.stdout == "100000"

    templates(**{"plan.md.j2": "{{ range(100001)|length }}"})
    refused(
        plan(),
        "template tpl/plan.md.j2, line 1: OverflowError: Range too big. The sandbox blocks "
        "ranges larger than MAX_RANGE (100000).",
    )


def test_any_other_error_names_the_template_and_line(repo: Path, templates: Write) -> None:
    templates(
        **{
            "plan.md.j2": "# {{ plan.year }}\n{% include '_part.md.j2' %}\n",
            "_part.md.j2": "ok\n{{ 1 / 0 }}\n",
        }
    )
    refused(plan(), "template tpl/_part.md.j2, line 2: ZeroDivisionError: division by zero")

    templates(**{"plan.md.j2": "line 1\n{% for %}\n"})
    refused(
        plan(),
        "template tpl/plan.md.j2, line 2: Expected an expression, got 'end of statement block'",
    )

    (templates() / "plan.md.j2").write_bytes(b"\xff\xfe not UTF-8")
    refused(
        plan(),
        "template tpl/plan.md.j2 is not UTF-8 text (at byte 1)",
    )
    (templates() / "_part.md.j2").write_bytes("Hà Nam\n".encode("latin-1"))
    templates(**{"plan.md.j2": "{% include '_part.md.j2' %}"})
    refused(plan(), "template tpl/_part.md.j2 is not UTF-8 text (at byte 2)")


# --- Time -------------------------------------------------------------------------------------

RUNAWAY = {
    "nested-loops": "{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% endfor %}{% endfor %}",
    "printing-loops": "{% for i in range(100000) %}{% for j in range(100000) %}"
    "{{ j if j == -1 }}{% endfor %}{% endfor %}",
    "macro-fan-out": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
    "{% endmacro %}{{ f(40) }}",
    "loop-in-a-block": "{% set x %}{% for i in range(100000) %}{% for j in range(100000) %}"
    "{% endfor %}{% endfor %}{% endset %}{{ x }}",
    "recursive-loop": "{% for n in [1, 2] recursive %}{% if loop.depth < 40 %}"
    "{{ loop([1, 2]) }}{% endif %}{% endfor %}",
}


@pytest.mark.parametrize("text", list(RUNAWAY.values()), ids=list(RUNAWAY.keys()))
def test_a_runaway_template_stops_at_the_time_limit(templates: Write, text: str) -> None:
    message, cpu = refusal(templates(), text, FAST)

    assert message == (
        f"template {templates() / 'plan.md.j2'}, line 1: rendering used more than 0.5 s of "
        "processor time, the limit; is there a loop or a macro that never ends?"
    )
    assert 0.5 <= cpu < 0.5 + SLACK


class _LateToCount(str):
    """Output whose length, asked by the loop that collects a template's output, is
    where the alarm goes off: the moment a template that writes as it loops spends
    between two pieces, which a real alarm finds now and then (it flipped the gate)."""

    def __str__(self) -> str:
        return self

    def __len__(self) -> int:
        if sys._getframe(1).f_code.co_name == "_render":
            raise TimeUp
        return str.__len__(self)


def test_the_alarm_between_two_pieces_of_output_names_the_templates_line(tmp_path: Path) -> None:
    (tmp_path / "plan.md.j2").write_text(
        "Kế hoạch\n{% for i in range(3) %}{{ piece }}{% endfor %}\n", encoding="utf-8"
    )
    with pytest.raises(RefusedError) as caught:
        render_sandboxed("plan.md.j2", {"piece": _LateToCount("x")}, tmp_path, LIMITS)
    assert caught.value.message("en") == (
        f"template {tmp_path / 'plan.md.j2'}, line 2: rendering used more than "
        f"{LIMITS.seconds:g} s of processor time, the limit; is there a loop or a macro "
        "that never ends?"
    )


def test_the_time_limit_on_the_command_line(
    repo: Path, templates: Write, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `render` reads coordreg.render.templating.LIMITS at each call: the command uses it.
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", FAST)
    templates(**{"plan.md.j2": "# {{ plan.year }}\n" + RUNAWAY["printing-loops"]})

    with children_cpu() as spent:
        result = plan(lang="vi")

    refused(
        result,
        "mẫu tpl/plan.md.j2, dòng 2: kết xuất dùng quá 0.5 giây thời gian xử lý, mức giới hạn; "
        "có vòng lặp hay macro nào không dừng?",
    )
    assert spent[0] < 0.5 + SLACK


def test_the_time_limit_holds_in_any_thread(templates: Write) -> None:
    # The render runs in a process of its own, whichever thread asks for it.
    outcome: list[str] = []

    def run() -> None:
        outcome.append(refusal(templates(), RUNAWAY["nested-loops"], FAST)[0])

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=HANG)

    assert not thread.is_alive()
    assert outcome == [
        f"template {templates() / 'plan.md.j2'}, line 1: rendering used more than 0.5 s of "
        "processor time, the limit; is there a loop or a macro that never ends?"
    ]


def test_with_the_default_limits_a_runaway_loop_stops_at_the_step_limit(
    repo: Path, templates: Write
) -> None:
    templates(**{"plan.md.j2": RUNAWAY["nested-loops"]})

    with children_cpu() as spent:
        result = plan()

    refused(
        result,
        f"template tpl/plan.md.j2, line 1: more than {LIMITS.steps} loop steps and calls, "
        "the limit; is there a loop that never ends?",
    )
    assert spent[0] < LIMITS.seconds


@pytest.mark.parametrize(
    "text",
    [
        "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
        '{% include "plan.md.j2" %}',
        '{% extends "plan.md.j2" %}',
        "{% for n in [1] recursive %}{{ loop([n]) }}{% endfor %}",
    ],
    ids=["macro", "include", "extends", "recursive-loop"],
)
def test_a_template_that_calls_itself_without_end_is_refused(
    repo: Path, templates: Write, text: str
) -> None:
    templates(**{"plan.md.j2": text})

    refused(
        plan(),
        "template tpl/plan.md.j2, line 1: macros, calls or includes nested too deeply; "
        "does one of them call itself without end?",
    )


# --- Memory -----------------------------------------------------------------------------------

TOO_LARGE = (
    "template tpl/plan.md.j2, line 1: the text would be longer than 5000000 characters, "
    "the limit for a document and for any value in it"
)
TOO_MANY = "template tpl/plan.md.j2, line 1: a list would hold more than 100000 items, the limit"
TOO_LONG_A_NUMBER = "template tpl/plan.md.j2, line 1: a number would have more than 4300 digits"

BLOW_UPS = {
    "repeat": ('{{ "x" * 10**10 }}', TOO_LARGE),
    "repeat-list": ("{{ [0] * 10**9 }}", TOO_MANY),
    "power": ("{{ 2 ** (10 ** 9) }}", TOO_LONG_A_NUMBER),
    "squaring": (
        "{% set ns = namespace(x=3) %}{% for i in range(40) %}{% set ns.x = ns.x * ns.x %}"
        "{% endfor %}{{ ns.x > 0 }}",
        TOO_LONG_A_NUMBER,
    ),
    "doubling": (
        '{% set ns = namespace(s="x") %}{% for i in range(60) %}{% set ns.s = ns.s ~ ns.s %}'
        "{% endfor %}{{ ns.s|length }}",
        TOO_LARGE,
    ),
    "huge-join": ('{{ range(100000)|join("x" * 1000000) }}', TOO_LARGE),
    "str-join": ('{{ "".join(["x" * 100000] * 1000) }}', TOO_LARGE),
    "shared-items": (
        '{% set a = ["x" * 1000] * 1000 %}{% set b = [a] * 1000 %}{{ b }}',
        TOO_LARGE,
    ),
    "shared-items-as-text": (
        '{% set a = ["x" * 1000] * 1000 %}{% set b = [a] * 1000 %}{{ b|tojson|length }}',
        TOO_LARGE,
    ),
    "shared-items-to-a-function": (
        '{% set a = ["x" * 1000] * 1000 %}{% set b = [a] * 1000 %}{{ names(b) }}',
        TOO_LARGE,
    ),
    "replace": ('{{ ("x" * 1000)|replace("x", "y" * 100000) }}', TOO_LARGE),
    "center": ('{{ "x"|center(1000000000) }}', TOO_LARGE),
    "str-center": ('{{ "x".center(1000000000) }}', TOO_LARGE),
    "printf-width": ('{{ "%0999999999d" % 1 }}', TOO_LARGE),
    "format-width": ('{{ "{:>999999999}".format(1) }}', TOO_LARGE),
    "format-repeat": ('{{ ("{0}" * 1000).format("x" * 100000) }}', TOO_LARGE),
    "indent-json": ("{{ (range(1000)|list)|tojson(indent=100000) }}", TOO_LARGE),
    "batch-fill": ("{{ [1]|batch(1000000000, 0)|list }}", TOO_MANY),
    "lipsum": ("{{ lipsum(100000, max=100000) }}", TOO_LARGE),
    "lists-added": ("{{ ([[1] * 1000] * 10000)|sum(start=[])|length }}", TOO_MANY),
    "to-bytes": ('{{ (1).to_bytes(1000000000, "big") }}', TOO_LARGE),
}


@pytest.mark.parametrize(("text", "message"), list(BLOW_UPS.values()), ids=list(BLOW_UPS.keys()))
def test_a_template_cannot_fill_the_memory(
    repo: Path, templates: Write, text: str, message: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Refused before the text is made, not after: within 64 MiB of memory, where
    # making it would end in `template_memory`, not in this message.
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", Limits(memory=64 * 2**20))
    templates(**{"plan.md.j2": text})

    with children_cpu() as spent:
        result = plan()

    refused(result, message)
    assert spent[0] < LIMITS.seconds


# --- The output limit ---------------------------------------------------------------------

SMALL = Limits(output=10_000)


@pytest.mark.parametrize(
    "text",
    [
        '{% for i in range(300) %}{{ "x" * 50 }}{% endfor %}',
        "{% for i in range(300) %}" + "y" * 50 + "{% endfor %}",
        '{% macro m() %}{% for i in range(300) %}{{ "x" * 50 }}{% endfor %}{% endmacro %}'
        "{{ m()|length }}",
        "{% set x %}{% for i in range(300) %}" + "y" * 50 + "{% endfor %}{% endset %}"
        "{{ x|length }}",
        '{% filter upper %}{% for i in range(300) %}{{ "x" * 50 }}{% endfor %}{% endfilter %}',
    ],
    ids=["printed", "static-text", "inside-a-macro", "set-block", "filter-block"],
)
def test_a_document_longer_than_the_output_limit_is_refused(templates: Write, text: str) -> None:
    message, _ = refusal(templates(), text, SMALL)

    assert message == (
        f"template {templates() / 'plan.md.j2'}, line 1: the text would be longer than 10000 "
        "characters, the limit for a document and for any value in it"
    )


def test_a_document_within_the_output_limit_is_rendered(templates: Write) -> None:
    folder = templates(**{"plan.md.j2": '{% for i in range(100) %}{{ "x" * 50 }}{% endfor %}'})

    assert render("plan.md.j2", {}, folder, SMALL) == "x" * 5000


def test_the_default_output_limit_on_the_command_line(repo: Path, templates: Write) -> None:
    templates(**{"plan.md.j2": '{% for i in range(60000) %}{{ "x" * 100 }}{% endfor %}'})

    refused(plan(), TOO_LARGE)


# --- Escaping ---------------------------------------------------------------------------------


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """regulations/qc-test with a duty whose text holds a script, as the cwd."""
    text = DEFAULT_REGULATION.replace(
        "text: Trao đổi thông tin về tình hình an ninh mạng.", f"text: 'Trao đổi {SCRIPT}'"
    )
    assert SCRIPT in text
    write_folder(tmp_path, text)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_the_bundled_html_plan_prints_a_script_as_text(hostile: Path) -> None:
    result = runner.invoke(app, ["plan", "qc-test", "--year", "2023", "-f", "html"])

    assert result.exit_code == 0, result.stderr
    assert "Trao đổi &lt;script&gt;alert(1)&lt;/script&gt;" in result.stdout
    assert "<script" not in result.stdout


def test_an_offices_template_is_escaped_in_html_too(hostile: Path, templates: Write) -> None:
    # The office's Markdown template is the HTML's source; it prints the text raw (no
    # md_text), and the HTML writer still shows the script as text: inline HTML is text.
    templates(**{"plan.md.j2": "{% for item in plan.items %}- {{ item.duty.text }}\n{% endfor %}"})

    result = plan("-f", "html")

    assert result.exit_code == 0, result.stderr
    assert "<li>Trao đổi &lt;script&gt;alert(1)&lt;/script&gt;</li>\n" in result.stdout
    assert "<script" not in result.stdout


def test_a_markdown_template_prints_the_text_as_it_is(hostile: Path, templates: Write) -> None:
    # Markdown is plain text: nothing in it runs, and the text is the regulation's own.
    templates(**{"plan.md.j2": "{% for item in plan.items %}- {{ item.duty.text }}\n{% endfor %}"})

    result = plan()

    assert result.exit_code == 0, result.stderr
    assert f"- Trao đổi {SCRIPT}\n" in result.stdout


# --- The bundled templates are untouched by the limits ------------------------------------------


@pytest.mark.parametrize("output_format", ["md", "html"])
def test_the_bundled_plan_renders_far_inside_the_limits(
    output_format: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A hundredth of each limit is still enough for the bundled regulation's plan.
    monkeypatch.chdir(Path(__file__).resolve().parents[2])
    tight = Limits(seconds=1.0, output=LIMITS.output // 100, steps=LIMITS.steps // 100)
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", tight)

    result = runner.invoke(app, ["plan", "bca-btttt-2021", "--year", "2026", "-f", output_format])

    assert result.exit_code == 0, result.stderr
    assert len(result.stdout) > 5000
