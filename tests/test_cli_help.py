"""`--help` reads as the users' manual, not as Python (issue 16).

No Python type in a placeholder (`<list[Path]>`, `<str>`), one style of
placeholder (capitals, choices in brackets), `-h` as well as `--help`, and
git-setup says what it writes.
"""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from coordreg.cli import app

COMMANDS = [
    "check", "schema", "rules", "explain", "plan", "review", "text", "evaluate", "diff",
    "log", "git-setup", "transfer", "fmt", "agenda", "new", "import", "lsp",
]  # fmt: skip
# A placeholder after an option: capitals (ID:NAME, DATE, PATH ...) or [choice|choice].
PLACEHOLDER = re.compile(r"^  (?:-\w, )?--[\w-]+ (?P<meta>\S+)")


def help_of(*args: str) -> str:
    result = CliRunner().invoke(app, [*args])
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_no_python_types_and_one_placeholder_style(command: str) -> None:
    text = help_of(command, "--help")
    assert help_of(command, "-h") == text
    for python in ("<str>", "<int>", "<list", "<Path>", "<path>", "{regulation}"):
        assert python not in text, (command, python)
    for line in text.splitlines():
        match = PLACEHOLDER.match(line)
        if match:
            meta = match.group("meta")
            assert re.fullmatch(r"[A-Z][A-Z:]*|\[[a-z_-]+(\|[a-z_-]+)+\]", meta), (command, line)


def test_placeholders_say_what_goes_there() -> None:
    text = help_of("transfer", "-h")
    assert "--from ID " in text
    assert "--effective DATE " in text
    assert "--act-kind [amendment|handover|reorganisation]" in text
    check = help_of("check", "-h")
    assert "Usage: coordreg check [OPTIONS] [PATHS]..." in check
    assert "--lang [en|vi]" in check
    assert "--year YEAR " in help_of("plan", "-h")
    assert "--party ID:NAME " in help_of("new", "-h")


def test_the_app_itself_takes_h() -> None:
    assert help_of("-h") == help_of("--help")


def test_git_setup_says_what_it_writes() -> None:
    text = " ".join(help_of("git-setup", "-h").split())
    assert "`regulation.yaml diff=coordreg` in the `.gitattributes` file" in text
    assert "`diff.coordreg.command` in `.git/config`" in text
