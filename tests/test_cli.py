"""The command line: output formats, messages, exit codes, and the other commands.

Most tests run `coordreg.cli.app` through typer's CliRunner (its output has no
colours); a few run the installed console script and `python -m coordreg` as
real processes, with NO_COLOR=1, to cover start-up through `coordreg.entry`.
Colours are never asserted.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from coordreg import __version__
from coordreg.cli import app

# Messages are asserted in English here; the Vietnamese default: test_cli_language.py.
pytestmark = pytest.mark.usefixtures("english_messages", "before_2025_is_overdue")


@pytest.fixture
def before_2025_is_overdue(monkeypatch: pytest.MonkeyPatch) -> None:
    """1 December 2025: the bundled regulations keep their records up to 2024, and the
    record of 2025 is not due before 31 January 2026 (CR612 counts from today)."""
    monkeypatch.setenv("COORDREG_TODAY", "2025-12-01")


ROOT = Path(__file__).resolve().parents[1]
SCRIPT = Path(sys.executable).parent / "coordreg"
# The bundled regulations check with two warnings, both true of the 2025 history
# (README, "The bundled regulations"): a decree that took effect the day before it
# was signed, and a ministry that took over duties but has no turn to host.
BUNDLED_FILE = "regulations/bca-btttt-2021/regulation.yaml"
BUNDLED_REPORT = [
    BUNDLED_FILE,
    "  64:16    warning  CR902  act 'nd-55-2025' takes effect on 2025-03-01, before it was "
    "signed on 2025-03-02: check both dates",
    "    64 │     effective: 2025-03-01",
    "       │                ^",
    "  183:13   warning  CR304  party 'bvhttdl' never hosts the yearly evaluation: it is not "
    "in the rotation",
    "   183 │   rotation: [bca, btttt]",
    "       │             ^",
    "",
    "✖ 0 errors, 2 warnings in 1 of 8 files.",
]

# Variables that could make rich write escape codes even into a pipe.
_COLOUR_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE")

FOLDER = "qc-cli"
FILE = f"regs/{FOLDER}/regulation.yaml"

# A regulation with one error (CR301: an unknown supporter) and one warning
# (CR305: a supporter listed twice).
REGULATION = f"""\
id: {FOLDER}
title: Quy chế phối hợp thử nghiệm
signed: 2022-01-10
effective: 2022-01-10
parties:
  - id: bca
    name: Bộ Công an
    units:
      - id: bca-a05
        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-cattt
        name: Cục An toàn thông tin
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
chapters:
  - number: I
    title: Quy định chung
    articles:
      - number: 1
        title: Nội dung phối hợp
        duties:
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về an ninh mạng
            lead: bca-a05
            support: [btttt-catt]
            schedule: continuous
          - id: bao-cao-dinh-ky
            text: Báo cáo định kỳ về an toàn thông tin
            lead: btttt-cattt
            support: [bca-a05, bca, bca-a05]
            schedule: {{yearly: 12-15}}
"""
ERROR_LINE = "            support: [btttt-catt]"
WARNING_LINE = "            support: [bca-a05, bca, bca-a05]"
WARNING_ONLY = REGULATION.replace("[btttt-catt]", "[btttt-cattt]")
CLEAN = WARNING_ONLY.replace("[bca-a05, bca, bca-a05]", "[bca-a05, bca]")

ERROR_EN = "supporter 'btttt-catt' is not a declared party or unit (did you mean 'btttt-cattt'?)"
WARNING_EN = "'bca-a05' is listed more than once among the supporters"
ERROR_VI = (
    "cơ quan phối hợp 'btttt-catt' không phải là bên hay đơn vị đã khai báo "
    "(có phải là 'btttt-cattt'?)"
)
WARNING_VI = "'bca-a05' được liệt kê nhiều lần trong các cơ quan phối hợp"


def _position(text: str, line_text: str, column_of: str) -> tuple[int, int]:
    """1-based (line, column) of the first `column_of` on the line that is `line_text`."""
    line = text.splitlines().index(line_text) + 1
    return line, line_text.index(column_of) + 1


# The error is at the unknown supporter, the warning at the second 'bca-a05'.
ERROR_AT = _position(REGULATION, ERROR_LINE, "btttt-catt")
WARNING_AT = (_position(REGULATION, WARNING_LINE, "[")[0], WARNING_LINE.rindex("bca-a05") + 1)


def invoke(*args: str) -> Result:
    env: dict[str, str | None] = {"NO_COLOR": "1", **dict.fromkeys(_COLOUR_VARIABLES)}
    return CliRunner().invoke(app, list(args), env=env)


def run_process(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in _COLOUR_VARIABLES}
    env["NO_COLOR"] = "1"
    return subprocess.run(
        command,
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )


@pytest.fixture
def regs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """`regs/qc-cli/regulation.yaml` (one error, one warning) under tmp_path, the cwd."""
    folder = tmp_path / "regs" / FOLDER
    folder.mkdir(parents=True)
    (folder / "regulation.yaml").write_text(REGULATION, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path / "regs"


def _write(regs: Path, text: str) -> None:
    (regs / FOLDER / "regulation.yaml").write_text(text, encoding="utf-8")


# --- check: the bundled regulations --------------------------------------------


def test_check_bundled_regulations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    for args in (["check"], ["check", "regulations"]):  # regulations/ is the default
        result = invoke(*args)
        assert result.exit_code == 0, result.output
        assert result.stdout.splitlines() == BUNDLED_REPORT


# --- check: output formats -----------------------------------------------------


def test_check_text_format(regs: Path) -> None:
    result = invoke("check", "regs", "--format", "text")
    assert result.exit_code == 1
    (error_line, error_column), (warning_line, warning_column) = ERROR_AT, WARNING_AT
    error_where = f"{error_line}:{error_column}"
    warning_where = f"{warning_line}:{warning_column}"
    assert result.stdout.splitlines() == [
        FILE,
        f"  {error_where:<8} error    CR301  {ERROR_EN}",
        f"{error_line:>6} │ {ERROR_LINE}",
        f"{'':>6} │ {' ' * (error_column - 1)}^",
        f"  {warning_where:<8} warning  CR305  {WARNING_EN}",
        f"{warning_line:>6} │ {WARNING_LINE}",
        f"{'':>6} │ {' ' * (warning_column - 1)}^",
        "",
        "✖ 1 error, 1 warning in 1 of 1 file.",
    ]


def test_text_format_caret_is_under_the_finding(regs: Path) -> None:
    lines = invoke("check", "regs").stdout.splitlines()
    source, caret = lines[2], lines[3]
    assert source.endswith(ERROR_LINE)
    assert caret.index("^") == source.index("btttt-catt")
    source, caret = lines[5], lines[6]
    assert caret.index("^") == source.rindex("bca-a05")


@pytest.mark.parametrize("colour", [False, True], ids=["plain", "terminal"])
def test_the_report_shows_emoji_codes_in_a_file_as_written(
    regs: Path, monkeypatch: pytest.MonkeyPatch, colour: bool
) -> None:
    # rich turns ":fire:" into an emoji unless told not to: the line shown under a
    # finding must be the file's own, whether the report goes to a pipe or a terminal.
    if colour:
        monkeypatch.setenv("FORCE_COLOR", "1")
    _write(regs, REGULATION.replace(ERROR_LINE, ERROR_LINE + "  # :fire: [bold]x[/bold]"))

    out = invoke("check", "regs").stdout

    assert ":fire: [bold]x[/bold]" in out
    assert "\N{FIRE}" not in out


def test_check_json_format(regs: Path) -> None:
    result = invoke("check", "regs", "--format", "json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert set(report) == {"files", "diagnostics"}
    assert report["files"] == 1
    assert report["diagnostics"] == [
        {
            "file": FILE,
            "line": ERROR_AT[0],
            "column": ERROR_AT[1],
            "severity": "error",
            "code": "CR301",
            "message": ERROR_EN,
        },
        {
            "file": FILE,
            "line": WARNING_AT[0],
            "column": WARNING_AT[1],
            "severity": "warning",
            "code": "CR305",
            "message": WARNING_EN,
        },
    ]
    for diagnostic in report["diagnostics"]:
        assert list(diagnostic) == ["file", "line", "column", "severity", "code", "message"]


def test_check_json_format_clean(regs: Path) -> None:
    _write(regs, CLEAN)
    result = invoke("check", "regs", "-f", "json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"files": 1, "diagnostics": []}


def test_check_github_format(regs: Path) -> None:
    result = invoke("check", "regs", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"::error file={FILE},line={ERROR_AT[0]},col={ERROR_AT[1]},title=CR301::{ERROR_EN}",
        f"::warning file={FILE},line={WARNING_AT[0]},col={WARNING_AT[1]},title=CR305::{WARNING_EN}",
    ]


def test_check_in_vietnamese(regs: Path) -> None:
    result = invoke("check", "regs", "--lang", "vi")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    error_where = f"{ERROR_AT[0]}:{ERROR_AT[1]}"
    warning_where = f"{WARNING_AT[0]}:{WARNING_AT[1]}"
    assert f"  {error_where:<8} lỗi      CR301  {ERROR_VI}" in lines
    assert f"  {warning_where:<8} cảnh báo CR305  {WARNING_VI}" in lines
    assert lines[-1] == "✖ 1 lỗi, 1 cảnh báo trong 1/1 tệp."

    report = json.loads(invoke("check", "regs", "-f", "json", "--lang", "vi").stdout)
    assert [d["message"] for d in report["diagnostics"]] == [ERROR_VI, WARNING_VI]
    assert [d["severity"] for d in report["diagnostics"]] == ["error", "warning"]


def test_clean_folder_in_vietnamese(regs: Path) -> None:
    _write(regs, CLEAN)
    result = invoke("check", "regs", "--lang", "vi")
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["✔ Đã kiểm tra 1 tệp: không có vấn đề nào."]


# --- check: exit codes ---------------------------------------------------------


def test_exit_0_with_only_warnings(regs: Path) -> None:
    _write(regs, WARNING_ONLY)
    result = invoke("check", "regs")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[-1] == "✖ 0 errors, 1 warning in 1 of 1 file."


def test_exit_1_with_strict_and_warnings(regs: Path) -> None:
    _write(regs, WARNING_ONLY)
    assert invoke("check", "regs", "--strict").exit_code == 1
    _write(regs, CLEAN)
    assert invoke("check", "regs", "--strict").exit_code == 0


def test_exit_1_with_errors(regs: Path) -> None:
    assert invoke("check", "regs").exit_code == 1
    assert invoke("check", f"regs/{FOLDER}/regulation.yaml").exit_code == 1


def test_exit_2_for_a_missing_path(regs: Path) -> None:
    result = invoke("check", "regs", "nowhere")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "coordreg: no such file or folder: nowhere\n"
    result = invoke("check", "nowhere", "--lang", "vi")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: không có tệp hay thư mục: nowhere\n"


def test_exit_2_for_the_default_path_missing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("check")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: no such file or folder: regulations\n"


def test_exit_2_for_a_folder_without_regulations(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "readme.yaml").write_text("a: 1\n", encoding="utf-8")
    result = invoke("check", str(tmp_path))
    assert result.exit_code == 2
    assert result.stderr == (
        f"coordreg: no regulation.yaml or evaluation record found under {tmp_path}\n"
    )


def test_exit_2_for_a_bad_option(regs: Path) -> None:
    result = invoke("check", "regs", "--format", "xml")
    assert result.exit_code == 2
    assert "xml" in result.stderr
    assert result.stdout == ""
    assert invoke("check", "regs", "--lang", "fr").exit_code == 2
    assert invoke("check", "regs", "--no-such-option").exit_code == 2


# --- check: positions --------------------------------------------------------


def test_position_of_a_control_character_after_vietnamese_text(regs: Path) -> None:
    # libyaml's reader reports where a forbidden character is as an offset that
    # must be turned into the line and column of the text; Vietnamese letters
    # take 2 or 3 bytes in UTF-8, and only one column each.
    line_text = "title: Quy chế phối hợp thử nghiệm\x07"
    _write(regs, REGULATION.replace("title: Quy chế phối hợp thử nghiệm", line_text, 1))
    result = invoke("check", "regs", "-f", "json")
    assert result.exit_code == 1
    (diagnostic,) = json.loads(result.stdout)["diagnostics"]
    assert diagnostic["code"] == "CR001"
    assert "#x0007" in diagnostic["message"]
    assert (diagnostic["line"], diagnostic["column"]) == (2, line_text.index("\x07") + 1)


# --- --version ---------------------------------------------------------------


@pytest.mark.parametrize("option", ["--version", "-V"])
def test_version(option: str) -> None:
    result = invoke(option)
    assert result.exit_code == 0
    assert result.stdout == f"coordreg {__version__}\n"


# --- schema, rules, explain ---------------------------------------------------


def test_schema_regulation() -> None:
    result = invoke("schema", "regulation")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert {
        "id",
        "number",
        "title",
        "signed",
        "effective",
        "place",
        "parties",
        "evaluation",
        "chapters",
    } <= set(schema["properties"])
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_schema_of_both_kinds() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    # One JSON Schema an editor can use for every file (issue 16), not a map keyed by kind.
    schema = json.loads(result.stdout)
    assert schema["anyOf"] == [{"$ref": "#/$defs/regulation"}, {"$ref": "#/$defs/evaluation"}]
    evaluation = schema["$defs"]["evaluation"]
    assert {"regulation", "year", "host", "results"} <= set(evaluation["properties"])


def test_schema_out_dir(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    result = invoke("schema", "--out-dir", str(out))
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == [
        "evaluation.schema.json",
        "regulation.schema.json",
    ]
    assert sorted(result.stdout.splitlines()) == [
        f"wrote {out / 'evaluation.schema.json'}",
        f"wrote {out / 'regulation.schema.json'}",
    ]
    regulation = json.loads((out / "regulation.schema.json").read_text(encoding="utf-8"))
    assert regulation == json.loads(invoke("schema", "regulation").stdout)


def test_rules_lists_cr301() -> None:
    result = invoke("rules")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    (cr301,) = [line for line in lines if line.startswith("CR301 ")]
    assert cr301.split()[:3] == ["CR301", "error", "unknown-reference"]
    assert "Every reference names a declared party or unit." in cr301
    assert any(line.startswith("CR001 ") for line in lines)
    assert any(line.startswith("CR801 ") and "warning" in line for line in lines)


@pytest.mark.parametrize("code", ["CR301", "cr301"])
def test_explain_prints_the_examples(code: str) -> None:
    result = invoke("explain", code)
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("CR301 unknown-reference (error)\n")
    assert "Failing example::" in out
    assert "lead: bca-a5" in out
    assert "Passing example::" in out
    assert "lead: bca-a05" in out


def test_explain_unknown_code_exits_2() -> None:
    result = invoke("explain", "CR999")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == "coordreg: unknown code CR999; `coordreg rules` lists them\n"


# --- real processes ------------------------------------------------------------


def test_console_script_checks_the_bundled_regulations() -> None:
    completed = run_process([str(SCRIPT), "check", "regulations"], ROOT)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.splitlines() == BUNDLED_REPORT
    assert completed.stderr == ""


def test_python_m_coordreg_github_format(regs: Path) -> None:
    completed = run_process(
        [sys.executable, "-m", "coordreg", "check", "regs", "--format", "github"], regs.parent
    )
    assert completed.returncode == 1, completed.stderr
    assert completed.stdout.splitlines() == [
        f"::error file={FILE},line={ERROR_AT[0]},col={ERROR_AT[1]},title=CR301::{ERROR_EN}",
        f"::warning file={FILE},line={WARNING_AT[0]},col={WARNING_AT[1]},title=CR305::{WARNING_EN}",
    ]


def test_console_script_text_format_without_colours(regs: Path) -> None:
    completed = run_process([str(SCRIPT), "check", "regs"], regs.parent)
    assert completed.returncode == 1
    assert "\x1b" not in completed.stdout
    lines = completed.stdout.splitlines()
    assert lines[0] == FILE
    assert lines[-1] == "✖ 1 error, 1 warning in 1 of 1 file."


@pytest.mark.parametrize(
    "command",
    [[str(SCRIPT), "--version"], [str(SCRIPT), "-V"], [sys.executable, "-m", "coordreg", "-V"]],
    ids=["script --version", "script -V", "python -m -V"],
)
def test_version_process(command: list[str]) -> None:
    completed = run_process(command, ROOT)
    assert completed.returncode == 0
    assert completed.stdout == f"coordreg {__version__}\n"
    assert completed.stderr == ""


def test_console_script_usage_error_is_one_line(tmp_path: Path) -> None:
    completed = run_process([str(SCRIPT), "check", "nowhere"], tmp_path)
    assert completed.returncode == 2
    assert completed.stdout == ""
    assert completed.stderr == "coordreg: no such file or folder: nowhere\n"
