"""What `coordreg transfer` refuses about the duties it is told to move and the act it records.

Each case runs the command line on a copy of the example regulations in tmp_path
(after a preparation, where the case needs one), and expects exit status 2, one
line on standard error, in English here (the Vietnamese wording is checked for a
few), and every file left as it was, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
FROM = ("--from", "btttt-cattt")
MOVE = (*FROM, "--to", "bca-a05")
EFFECTIVE = ("--effective", "2025-03-01")
ACT = "bg-btttt-cattt-20250301"

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def map_file(text: str) -> Callable[[], None]:
    def prepare() -> None:
        Path("tach.yaml").write_text(text, encoding="utf-8")

    return prepare


def written() -> None:
    assert invoke("transfer", REG, *MOVE, *EFFECTIVE, "--write").exit_code == 0


def replaced(old: str, new: str) -> Callable[[], None]:
    def prepare() -> None:
        text = REG_FILE.read_text(encoding="utf-8")
        assert text.count(old) == 1
        REG_FILE.write_text(text.replace(old, new), encoding="utf-8")

    return prepare


def nothing() -> None:
    pass


A05_LATER = replaced(
    "        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao\n",
    "        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao\n"
    "        since: 2025-06-01\n",
)
# An amendment of 1 July 2026, recorded by hand, that gave the exercises to A05 then.
LATER_CHANGE = replaced(
    "            lead: btttt-cattt\n            support: [bca-a05]\n"
    "            schedule: {yearly: 11-30}\n            deliverable: Báo cáo kết quả diễn tập\n",
    "            lead: bca-a05\n            support: []\n"
    "            schedule: {yearly: 11-30}\n            deliverable: Báo cáo kết quả diễn tập\n"
    "            before:\n              - act: sd-2026\n                lead: btttt-cattt\n"
    "                support: [bca-a05]\n",
)


AMENDMENT = replaced(
    "place: Hà Nội\n",
    "place: Hà Nội\nacts:\n  - id: sd-2026\n    title: Sửa đổi Quy chế\n"
    "    effective: 2026-07-01\n",
)


def with_amendment() -> None:
    LATER_CHANGE()
    AMENDMENT()


CASES: list[tuple[str, Callable[[], None], tuple[str, ...], str]] = [
    (
        "unknown duty",
        nothing,
        (*MOVE, "--duty", "khong-co"),
        "--duty: no regulation given has a duty 'khong-co'",
    ),
    (
        "duty of another body",
        nothing,
        (*MOVE, "--duty", "ra-soat-thong-tin-xau-doc"),
        "--duty: 'btttt-cattt' neither leads nor supports duty 'ra-soat-thong-tin-xau-doc'",
    ),
    (
        "unknown article",
        nothing,
        (*MOVE, "--article", "99"),
        "--article: no regulation given has an article 99",
    ),
    (
        "article without a duty of the body",
        nothing,
        (*MOVE, "--article", "8"),
        "--article: 'btttt-cattt' neither leads nor supports any duty of article 8",
    ),
    (
        "no body to take over",
        nothing,
        (*FROM, "--duty", "dien-tap-attt"),
        "name who takes over: --to, or --map with a map file",
    ),
    (
        "--to beside a map alone",
        map_file("articles:\n  7: bca-a05\n"),
        (*MOVE, "--map", "tach.yaml"),
        "--to beside --map is for the duties named with --duty or --article; "
        "hand the rest over in a later run",
    ),
    (
        "one duty sent two ways",
        map_file("duties:\n  dien-tap-attt: bca-ktnv\n"),
        (*MOVE, "--map", "tach.yaml", "--duty", "dien-tap-attt"),
        "'dien-tap-attt' is handed to two bodies: bca-ktnv and bca-a05",
    ),
    (
        "a map of other keys",
        map_file("lead: bca-a05\n"),
        (*FROM, "--map", "tach.yaml"),
        "tach.yaml: a map file holds only duties (duty id: new body) "
        "and articles (article number: new body)",
    ),
    (
        "a map to a list",
        map_file("duties:\n  dien-tap-attt: [bca-a05]\n"),
        (*FROM, "--map", "tach.yaml"),
        "tach.yaml: 'dien-tap-attt' must map to the id of a party or unit, not '['bca-a05']'",
    ),
    (
        "a map keyed by a word",
        map_file("articles:\n  bay: bca-a05\n"),
        (*FROM, "--map", "tach.yaml"),
        "tach.yaml: 'bay' is not an article number",
    ),
    (
        "a map of an unknown duty",
        map_file("duties:\n  khong-co: bca-a05\n"),
        (*FROM, "--map", "tach.yaml"),
        "tach.yaml: no regulation given has a duty 'khong-co'",
    ),
    (
        "a map to an undeclared body",
        map_file("articles:\n  7: cat-pa05\n"),
        (*FROM, "--map", "tach.yaml", *EFFECTIVE),
        f"regulation {REG} ({REG_FILE}) does not declare 'cat-pa05'; add it under parties first",
    ),
    (
        "a map back to the old body",
        map_file("articles:\n  7: btttt-cattt\n"),
        (*FROM, "--map", "tach.yaml"),
        "'btttt-cattt' cannot take over its own duties",
    ),
    (
        "a minute for two receiving bodies",
        map_file("articles:\n  6: bca-a05\n  7: bca-ktnv\n"),
        (*FROM, "--map", "tach.yaml", *EFFECTIVE, "--minutes", "bb.md"),
        "a minute has one receiving side, and the duties go to bca-a05, bca-ktnv; "
        "make one minute per receiving body (--to)",
    ),
    (
        "an act named and described",
        nothing,
        (*MOVE, *EFFECTIVE, "--act", ACT, "--act-number", "01/BB"),
        f"--act {ACT} names an act already recorded; --act-number, --act-title, --act-signed, "
        "--act-kind and --act-id describe a new one",
    ),
    (
        "a new act without a day",
        nothing,
        (*MOVE, "--act-number", "01/BB"),
        "a new act needs the day it takes effect: add --effective",
    ),
    (
        "an act id that is not an id",
        nothing,
        (*MOVE, *EFFECTIVE, "--act-id", "bàn giao"),
        "'bàn giao' is not a valid id (ASCII letters, digits, '.', '_', '-')",
    ),
    (
        "an act the file does not list",
        nothing,
        (*MOVE, "--act", "khong-co"),
        f"regulation {REG} ({REG_FILE}) has no act 'khong-co' under acts",
    ),
    (
        "an act of another day",
        written,
        (*MOVE, "--act", ACT, "--effective", "2025-04-01"),
        f"act '{ACT}' takes effect on 2025-03-01, not on 2025-04-01",
    ),
    (
        "a new act under an id the file has",
        AMENDMENT,
        (*MOVE, *EFFECTIVE, "--act-id", "sd-2026"),
        f"{REG_FILE} already has an act 'sd-2026'; use --act sd-2026 to record under it",
    ),
    (
        "a body that takes over before it exists",
        A05_LATER,
        (*MOVE, *EFFECTIVE),
        "'bca-a05' only starts on 2025-06-01, after the transfer takes effect",
    ),
    (
        "a handover after the regulation ended",
        replaced("effective: 2021-11-24\n", "effective: 2021-11-24\nuntil: 2024-12-31\n"),
        (*MOVE, *EFFECTIVE),
        f"regulation {REG} is in force from 2021-11-24 to 2024-12-31: a handover taking "
        "effect on 2025-03-01 falls outside that time",
    ),
    (
        "a handover before the regulation took effect",
        nothing,
        (*MOVE, "--effective", "2021-11-01"),
        f"regulation {REG} is in force from 2021-11-24 to …: a handover taking "
        "effect on 2021-11-01 falls outside that time",
    ),
    (
        "a holder a later act changed",
        with_amendment,
        (*MOVE, *EFFECTIVE),
        "duty 'dien-tap-attt': act sd-2026 (effective 2026-07-01) already changes who leads or "
        "supports it; record this handover by hand",
    ),
]


@pytest.mark.parametrize(
    ("prepare", "args", "message"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_a_refusal_writes_nothing(
    repo: Path, prepare: Callable[[], None], args: tuple[str, ...], message: str
) -> None:
    prepare()
    before = snapshot(repo)

    result = invoke("transfer", REG, *args, "--write", "--lang", "en")

    assert result.exit_code == 2, result.stdout
    assert result.stderr == f"coordreg: {message}\n"
    assert snapshot(repo) == before


def test_refusals_in_vietnamese(repo: Path) -> None:
    unknown = invoke("transfer", REG, *MOVE, "--duty", "khong-co")
    not_held = invoke("transfer", REG, *MOVE, "--article", "8")

    assert unknown.stderr == "coordreg: --duty: không quy chế nào đã nêu có nhiệm vụ 'khong-co'\n"
    assert not_held.stderr == (
        "coordreg: --article: 'btttt-cattt' không chủ trì cũng không phối hợp nhiệm vụ nào"
        " của Điều 8\n"
    )


def test_a_map_file_that_is_not_yaml_is_reported_as_check_reports_it(repo: Path) -> None:
    Path("tach.yaml").write_text("articles: [7: bca-a05\n", encoding="utf-8")

    result = invoke("transfer", REG, *FROM, "--map", "tach.yaml", "--lang", "en")

    assert result.exit_code == 1
    assert "CR001" in result.stderr
    assert result.stderr.startswith("tach.yaml\n")
