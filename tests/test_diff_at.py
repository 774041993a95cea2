"""`coordreg diff --at`: a regulation compared as in force on a day, or on two days.

tests/time/history.yaml records a handover and a merger on 1 March 2025 (bb-2025,
nd-55-2025) and an amendment on 1 July 2026 (sd-2026). Between 31/12/2024 and
31/12/2026, read off the file by hand: the evaluation rotation names Bộ KH&CN
instead of Bộ TT&TT; the three acts take effect; Bộ TT&TT, its office and Cục An
toàn thông tin end, Bộ KH&CN and its office begin; Article 2 gets its new title
and text; d1 and d3 pass from Cục ATTT to Cục A05 (d1 loses A05 as supporter), d2
from the office of Bộ TT&TT to that of Bộ KH&CN; d4 is added and d5 repealed.
"""

from __future__ import annotations

import io
import json
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg import api
from coordreg.cli import app
from coordreg.versions.diff import compare
from coordreg.versions.diffreport import report_markdown
from coordreg.versions.gitsetup import driver_output
from coordreg.versions.revisions import parse_regulation
from coordreg.versions.sides import in_force_on

ROOT = Path(__file__).resolve().parents[1]
HISTORY = ROOT / "tests" / "time" / "history.yaml"
TWO_DAYS = ("--at", "2024-12-31", "--at", "2026-12-31")
# (kind, target type, id, field, old, new) of each change, in reading order.
CHANGES: list[tuple[str, str, str, str | None, Any, Any]] = [
    ("metadata", "regulation", "qc-history", "evaluation.rotation", ["bca", "btttt"], ["bca", "bkhcn"]),
    ("added", "act", "bb-2025", None, None, "Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an toàn thông tin mạng"),
    ("added", "act", "nd-55-2025", None, None, "Quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Khoa học và Công nghệ"),
    ("added", "act", "sd-2026", None, None, "Sửa đổi, bổ sung một số điều của Quy chế phối hợp"),
    ("removed", "party", "btttt", None, "Bộ Thông tin và Truyền thông", None),
    ("added", "party", "bkhcn", None, None, "Bộ Khoa học và Công nghệ"),
    ("removed", "unit", "btttt-vp", None, "Văn phòng Bộ Thông tin và Truyền thông", None),
    ("removed", "unit", "btttt-cattt", None, "Cục An toàn thông tin", None),
    ("added", "unit", "bkhcn-vp", None, None, "Văn phòng Bộ Khoa học và Công nghệ"),
    ("amended", "article", "2", "title", "Nguyên tắc phối hợp", "Nguyên tắc phối hợp và trách nhiệm"),
    ("amended", "article", "2", "text", "Phối hợp thường xuyên, kịp thời.", "Phối hợp thường xuyên, kịp thời, hiệu quả, đúng quy định."),
    ("removed", "duty", "d5", None, "Trao đổi thông tin về thuê bao di động.", None),
    ("reassigned", "duty", "d1", None, {"lead": "btttt-cattt", "support": ["bca-a05"]}, {"lead": "bca-a05", "support": []}),
    ("reassigned", "duty", "d2", None, {"lead": "btttt-vp", "support": ["bca-vp"]}, {"lead": "bkhcn-vp", "support": ["bca-vp"]}),
    ("reassigned", "duty", "d3", None, {"lead": "btttt-cattt", "support": []}, {"lead": "bca-a05", "support": []}),
    ("added", "duty", "d4", None, None, "Rà soát, sửa đổi quy trình phối hợp."),
]  # fmt: skip

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def rows(changes: list[dict[str, Any]]) -> list[tuple[str, str, str, str | None, Any, Any]]:
    return [
        (c["kind"], c["target"]["type"], c["target"]["id"], c.get("field"), c["old"], c["new"])
        for c in changes
    ]


def test_one_regulation_on_two_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = invoke("diff", "tests/time/history.yaml", *TWO_DAYS, "-f", "json")

    assert result.exit_code == 0, result.stdout
    data = json.loads(result.stdout)
    assert {k: data[k] for k in ("old", "new", "old_at", "new_at")} == {
        "old": "tests/time/history.yaml",
        "new": "tests/time/history.yaml",
        "old_at": "2024-12-31",
        "new_at": "2026-12-31",
    }
    assert rows(data["changes"]) == CHANGES


def test_the_redline_names_the_days(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = invoke("diff", "tests/time/history.yaml", *TWO_DAYS)

    lines = result.stdout.splitlines()
    assert lines[0] == (
        "tests/time/history.yaml (ngày 31/12/2024) → tests/time/history.yaml (ngày 31/12/2026):"
        " 16 thay đổi"
    )
    assert lines[lines.index("Văn bản sửa đổi, bổ sung, bàn giao") + 1] == (
        "  bổ sung        văn bản bb-2025: — → Biên bản bàn giao chức năng, nhiệm vụ bảo đảm an"
        " toàn thông tin mạng"
    )
    assert "  bãi bỏ         đơn vị btttt-cattt: Cục An toàn thông tin → —" in lines
    assert (
        "  giao lại       nhiệm vụ d2: chủ trì: btttt-vp; phối hợp: bca-vp → chủ trì: bkhcn-vp;"
        " phối hợp: bca-vp"
    ) in lines


def test_a_regulation_named_by_its_id(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "regulations" / "qc-history"
    folder.mkdir(parents=True)
    shutil.copy(HISTORY, folder / "regulation.yaml")
    monkeypatch.chdir(tmp_path)

    by_id = invoke("diff", "qc-history", *TWO_DAYS, "-f", "json", "--lang", "en")
    by_folder = invoke("diff", "regulations/qc-history", *TWO_DAYS, "-f", "json")

    assert rows(json.loads(by_id.stdout)["changes"]) == CHANGES
    assert rows(json.loads(by_folder.stdout)["changes"]) == CHANGES


def test_the_library_compares_the_same_way() -> None:
    changes = api.diff(str(HISTORY), at=[date(2024, 12, 31), date(2026, 12, 31)])
    assert rows([c.to_json() for c in changes]) == CHANGES


def test_the_comparison_table_names_the_days() -> None:
    regulation = parse_regulation(HISTORY.read_bytes(), "h")
    old, new = date(2024, 12, 31), date(2026, 12, 31)
    out = io.StringIO()
    changes = compare(in_force_on(regulation, old), in_force_on(regulation, new))
    report_markdown("h.yaml", "h.yaml", changes, out, "en", old_at=old, new_at=new)

    assert (
        out.getvalue().splitlines()[2]
        == "h.yaml (on 2024-12-31) → h.yaml (on 2026-12-31): 16 changes"
    )


def test_nothing_changes_between_two_days_without_an_act(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = invoke(
        "diff", "tests/time/history.yaml", "--at", "2022-01-01", "--at", "2025-02-28", "--exit-code"
    )

    assert result.exit_code == 0
    assert result.stdout.endswith("không có thay đổi\n")


# --- Two files ------------------------------------------------------------------------------


@pytest.fixture
def transferred(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The example regulation before (old.yaml) and after (regulations/...) the 2025 handover."""
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    shutil.copy(Path("regulations/bca-btttt-2021/regulation.yaml"), "old.yaml")
    result = invoke(
        "transfer", "bca-btttt-2021", "--from", "btttt-cattt", "--to", "bca-a05",
        "--effective", "2025-03-01", "--write",
    )  # fmt: skip
    assert result.exit_code == 0, result.stdout
    return tmp_path


NEW_FILE = "regulations/bca-btttt-2021/regulation.yaml"


def test_two_files_on_a_day_before_the_handover_are_the_same(transferred: Path) -> None:
    """The past stays put: in force on 31/12/2024, the regulation is what it was."""
    result = invoke("diff", "old.yaml", NEW_FILE, "--at", "2024-12-31", "--exit-code")

    assert result.exit_code == 0, result.stdout
    assert result.stdout == (
        f"old.yaml (ngày 31/12/2024) → {NEW_FILE} (ngày 31/12/2024): không có thay đổi\n"
    )


def test_two_files_on_the_day_of_the_handover(transferred: Path) -> None:
    result = invoke("diff", "old.yaml", NEW_FILE, "--at", "2025-03-01", "-f", "json")

    changes = json.loads(result.stdout)["changes"]
    assert [(c["kind"], c["target"]["type"]) for c in changes] == [
        ("added", "act"),
        ("removed", "unit"),
        *[("reassigned", "duty")] * 11,
    ]
    assert changes[1]["target"]["id"] == "btttt-cattt"


def test_two_files_as_stored_list_the_act_added(transferred: Path) -> None:
    result = invoke("diff", "old.yaml", NEW_FILE, "-f", "json")

    changes = json.loads(result.stdout)["changes"]
    assert rows(changes[:3]) == [
        ("added", "act", "bg-btttt-cattt-20250301", None, None,
         "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục An ninh mạng và phòng, chống tội"
         " phạm sử dụng công nghệ cao"),
        ("metadata", "unit", "btttt-cattt", "until", None, "2025-02-28"),
        ("metadata", "unit", "btttt-cattt", "succeeded_by", None, "bca-a05"),
    ]  # fmt: skip
    assert len(changes) == 14


def test_an_act_changed_between_two_files(tmp_path: Path) -> None:
    text = HISTORY.read_text(encoding="utf-8")
    changed = text.replace("    signed: 2026-06-15\n", "    signed: 2026-06-16\n").replace(
        "            repealed_by: sd-2026\n", ""
    )
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(changed, encoding="utf-8")

    changes = api.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))

    assert rows([c.to_json() for c in changes]) == [
        ("metadata", "act", "sd-2026", "signed", "2026-06-15", "2026-06-16"),
        ("metadata", "duty", "d5", "repealed_by", "sd-2026", None),
    ]


def test_a_repeal_is_a_removal(tmp_path: Path) -> None:
    """As stored: an article gains `repealed_by`; on two days, its repeal removes it."""
    text = HISTORY.read_text(encoding="utf-8")
    repealed = text.replace(
        "        text: Quy chế này quy định việc phối hợp giữa hai Bộ.\n",
        "        text: Quy chế này quy định việc phối hợp giữa hai Bộ.\n        repealed_by: sd-2026\n",
    )
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(repealed, encoding="utf-8")

    stored = api.diff(str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"))
    on_days = api.diff(str(tmp_path / "b.yaml"), at=[date(2026, 6, 30), date(2026, 7, 1)])

    removal = ("removed", "article", "1", "repealed_by", "Phạm vi điều chỉnh", "sd-2026")
    assert rows([c.to_json() for c in stored]) == [removal]
    assert removal in rows([c.to_json() for c in on_days])


# --- Refusals and git ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("tests/time/history.yaml",), "one version: give two --at days to compare it on two days"),
        (("tests/time/history.yaml", "--at", "2024-12-31"), "one version: give two --at days to compare it on two days"),
        (("tests/time/history.yaml", *TWO_DAYS, "--at", "2027-01-01"), "give --at at most twice"),
        (("tests/time/history.yaml", "--at", "31/12/2024", "--at", "2026-12-31"), "'31/12/2024' is not a date written YYYY-MM-DD"),
    ],
)  # fmt: skip
def test_refusals(monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...], message: str) -> None:
    monkeypatch.chdir(ROOT)
    result = invoke("diff", *args, "--lang", "en")

    assert result.exit_code == 2
    assert result.stderr == f"coordreg: {message}\n"


def test_git_s_diff_driver_lists_the_act(transferred: Path) -> None:
    output = driver_output(
        ["regulation.yaml", "old.yaml", "0" * 40, "100644", NEW_FILE, "1" * 40, "100644"]
    )

    lines = output.splitlines()
    assert lines[:2] == [
        "coordreg diff a/regulation.yaml b/regulation.yaml",
        "a/regulation.yaml → b/regulation.yaml: 14 thay đổi",
    ]
    assert "Văn bản sửa đổi, bổ sung, bàn giao" in lines
