"""`coordreg transfer` on the command line: the 2025 handover of the example regulation.

From 1 March 2025 the information-security functions of the Ministry of
Information and Communications pass to the Ministry of Public Security: every
duty that Cục An toàn thông tin (`btttt-cattt`) leads or supports in the
BCA-BTTTT regulation goes to Cục A05 (`bca-a05`).

Each test runs `coordreg.cli.app` with the working directory in tmp_path,
which holds a copy of the repository's `regulations/`. Refusals exit 2 with a
one-line message and leave every file as it was, byte for byte. The report is
in Vietnamese unless `--lang en` is given.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml
from bundled import BEFORE_2025, copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.check.checker import check_paths
from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
OTHER_FILE = Path("regulations") / "ha-tinh-antt-2023" / "regulation.yaml"
MOVE = ("--from", "btttt-cattt", "--to", "bca-a05")
MARCH_1 = ("--effective", "2025-03-01")

# What Cục An toàn thông tin does in the example, read off the YAML by hand.
LEADS = [
    "canh-bao-su-co-attt",
    "chia-se-ket-qua-giam-sat",
    "quy-trinh-ung-cuu-su-co",
    "dien-tap-attt",
    "tap-huan-attt",
]
SUPPORTS = [
    "trao-doi-thong-tin-anm",
    "danh-gia-tinh-hinh-anm-quy",
    "dau-tranh-toi-pham-cnc",
    "kiem-tra-bao-ve-bmnn",
    "kiem-tra-an-ninh-thiet-bi",
    "bao-cao-ket-qua-nam-btttt",
]
# The same 11 in the order of the file (Article 6, then 7, then 9).
IN_ORDER = [*SUPPORTS[:5], *LEADS, SUPPORTS[5]]
CATTT = "Cục An toàn thông tin"
# Of these, the duties whose own text still names Cục An toàn thông tin, read by hand:
# all but dau-tranh-toi-pham-cnc and bao-cao-ket-qua-nam-btttt.
NAMING = [d for d in IN_ORDER if d not in ("dau-tranh-toi-pham-cnc", "bao-cao-ket-qua-nam-btttt")]
# duty id -> (key, old value, new value): every line the handover changes.
EDITS: dict[str, list[tuple[str, str, str]]] = {
    "trao-doi-thong-tin-anm": [("support", "[btttt-cattt, btttt-cvt]", "[btttt-cvt]")],
    "danh-gia-tinh-hinh-anm-quy": [("support", "[btttt-cattt]", "[]")],
    "dau-tranh-toi-pham-cnc": [("support", "[btttt-cvt, btttt-cattt]", "[btttt-cvt]")],
    "kiem-tra-bao-ve-bmnn": [("support", "[btttt-vp, btttt-cattt]", "[btttt-vp, bca-a05]")],
    "kiem-tra-an-ninh-thiet-bi": [("support", "[btttt-cvt, btttt-cattt]", "[btttt-cvt, bca-a05]")],
    "canh-bao-su-co-attt": [("lead", "btttt-cattt", "bca-a05"), ("support", "[bca-a05]", "[]")],
    "chia-se-ket-qua-giam-sat": [
        ("lead", "btttt-cattt", "bca-a05"),
        ("support", "[bca-a05]", "[]"),
    ],
    "quy-trinh-ung-cuu-su-co": [
        ("lead", "btttt-cattt", "bca-a05"),
        ("support", "[bca-a05, bca-ktnv]", "[bca-ktnv]"),
    ],
    "dien-tap-attt": [("lead", "btttt-cattt", "bca-a05"), ("support", "[bca-a05]", "[]")],
    "tap-huan-attt": [("lead", "btttt-cattt", "bca-a05"), ("support", "[bca-a05]", "[]")],
    "bao-cao-ket-qua-nam-btttt": [
        ("support", "[btttt-cattt, btttt-cvt, btttt-cbc]", "[bca-a05, btttt-cvt, btttt-cbc]")
    ],
}
CATTT_NAME = "        name: Cục An toàn thông tin\n".encode()
ENDED = [b"        until: 2025-02-28\n", b"        succeeded_by: bca-a05\n"]
# The handover act an effective transfer records, with the generated id and title,
# after the preamble and set off by a blank line as `parties` is.
ACT = "bg-btttt-cattt-20250301"
ACT_TITLE = (
    "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục An ninh mạng và phòng, chống tội phạm"
    " sử dụng công nghệ cao"
)
ACT_LINES = [
    "\n",
    "acts:\n",
    f"  - id: {ACT}\n",
    "    kind: handover\n",
    "    title: Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục An ninh mạng và phòng, chống"
    " tội phạm\n",
    "      sử dụng công nghệ cao\n",
    "    effective: 2025-03-01\n",
]

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder`, by relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def expected_lines(original: bytes, effective: bool = True) -> list[bytes]:
    """The example's lines after the handover, edited one by one from EDITS.

    With an effective day, the history too: `format: 2` first, the act, the unit's
    end, and after each duty's last line (its deliverable) what EDITS changed, with
    the values it had until then.
    """
    lines = original.splitlines(keepends=True)
    for duty_id, changes in EDITS.items():
        start = lines.index(f"          - id: {duty_id}\n".encode())
        for key, old, new in changes:
            prefix = f"            {key}: ".encode()
            at = next(i for i in range(start, len(lines)) if lines[i].startswith(prefix))
            assert lines[at] == prefix + old.encode() + b"\n"
            lines[at] = prefix + new.encode() + b"\n"
        if effective:
            last = next(
                i
                for i in range(start, len(lines))
                if lines[i].startswith(b"      " * 2 + b"deliverable: ")
            )
            entry = ["            before:\n", f"              - act: {ACT}\n"]
            entry += [f"                {key}: {old}\n" for key, old, _new in changes]
            lines[last + 1 : last + 1] = [line.encode() for line in entry]
    if effective:
        at = lines.index(CATTT_NAME) + 1
        lines[at:at] = ENDED
        at = lines.index("place: Hà Nội\n".encode()) + 1
        lines[at:at] = [line.encode() for line in ACT_LINES]
        lines.insert(lines.index(f"id: {REG}\n".encode()), b"format: 2\n")
    return lines


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- The example handover -------------------------------------------------------------------


def test_the_counts_read_from_the_yaml() -> None:
    """Read with another YAML library: 5 duties led and 6 supported by Cục An toàn thông tin."""
    data: dict[str, Any] = yaml.safe_load((BEFORE_2025 / REG_FILE).read_text(encoding="utf-8"))
    duties = [
        duty
        for chapter in data["chapters"]
        for article in chapter["articles"]
        for duty in article.get("duties", [])
    ]
    assert [d["id"] for d in duties if d["lead"] == "btttt-cattt"] == LEADS
    assert [d["id"] for d in duties if "btttt-cattt" in d.get("support", [])] == SUPPORTS
    assert len(LEADS) + len(SUPPORTS) == 11
    moving = [d["id"] for d in duties if d["id"] in LEADS + SUPPORTS]
    assert moving == IN_ORDER
    assert [d["id"] for d in duties if d["id"] in moving and CATTT in d["text"]] == NAMING
    assert len(NAMING) == 9


def note(duty: str, lang: str = "vi") -> str:
    """The line that says a handed-over duty's text still names Cục An toàn thông tin."""
    if lang == "en":
        return f"Note: the text of duty '{duty}' still names {CATTT}; amend the text to match."
    return f"Lưu ý: nội dung nhiệm vụ '{duty}' vẫn nêu tên {CATTT}; cần sửa văn bản cho phù hợp."


def test_the_dry_run_prints_the_comparison_and_writes_nothing(repo: Path) -> None:
    before = snapshot(repo)

    result = invoke("transfer", REG, *MOVE, *MARCH_1)

    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    lines = result.stdout.splitlines()
    # 11 duties reassigned, the unit's end (2), and the act recorded.
    assert lines[0] == f"{REG_FILE} → {REG_FILE}: 14 thay đổi"
    assert f"  bổ sung        văn bản {ACT}: — → {ACT_TITLE}" in lines
    assert "  thông tin chung đơn vị btttt-cattt (until): — → 2025-02-28" in lines
    assert "  thông tin chung đơn vị btttt-cattt (succeeded_by): — → bca-a05" in lines
    assert (
        "  giao lại       nhiệm vụ canh-bao-su-co-attt: chủ trì: btttt-cattt; phối hợp: bca-a05"
        " → chủ trì: bca-a05; phối hợp: —"
    ) in lines
    reassigned = [line for line in lines if line.startswith("  giao lại")]
    assert len(reassigned) == 11
    assert [line.split()[4].rstrip(":") for line in reassigned] == IN_ORDER
    assert lines[-12:] == [
        "",
        f"{REG_FILE}: ghi nhận văn bản {ACT} (bàn giao): {ACT_TITLE}; có hiệu lực từ ngày"
        " 01/3/2025.",
        *(note(duty) for duty in NAMING),
        "11 nhiệm vụ sẽ được bàn giao trong 1 tệp; chạy lại với --write để ghi.",
    ]
    assert snapshot(repo) == before


def test_write_changes_exactly_the_expected_lines(repo: Path) -> None:
    original = REG_FILE.read_bytes()

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}."
    assert lines[-10:-1] == [note(duty) for duty in NAMING]
    new = REG_FILE.read_bytes().splitlines(keepends=True)
    assert new == expected_lines(original)
    # The unit's end (2), the format (1), the act (7 with its blank line), and per duty
    # `before:` and its act (11 x 2) and the fields that changed (16 in EDITS).
    assert len(new) == len(original.splitlines()) + 2 + 1 + 7 + 22 + 16


def test_write_leaves_the_regulations_checking_clean(repo: Path) -> None:
    assert invoke("transfer", REG, *MOVE, *MARCH_1, "--write").exit_code == 0

    result = invoke("check", "regulations")

    assert result.exit_code == 0, result.stdout
    assert check_paths([repo / "regulations"]).findings == []


def test_the_ended_body_keeps_no_duty(repo: Path) -> None:
    invoke("transfer", REG, *MOVE, *MARCH_1, "--write")
    data: dict[str, Any] = yaml.safe_load(REG_FILE.read_text(encoding="utf-8"))
    duties = [d for c in data["chapters"] for a in c["articles"] for d in a.get("duties", [])]
    assert not [d["id"] for d in duties if "btttt-cattt" in [d["lead"], *d.get("support", [])]]
    assert [d["id"] for d in duties if d["lead"] == "bca-a05"] == [
        "trao-doi-thong-tin-anm",
        "danh-gia-tinh-hinh-anm-quy",
        "dau-tranh-toi-pham-cnc",
        "ra-soat-thong-tin-xau-doc",
        *LEADS,
    ]


def test_a_second_run_moves_nothing(repo: Path) -> None:
    invoke("transfer", REG, *MOVE, *MARCH_1, "--write")
    after_first = snapshot(repo)

    dry = invoke("transfer", REG, *MOVE, *MARCH_1)
    again = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert dry.exit_code == 0 and again.exit_code == 0
    assert dry.stdout == "0 nhiệm vụ sẽ được bàn giao trong 0 tệp; chạy lại với --write để ghi.\n"
    # One line, naming no file: the wording for "nothing" has no label of its own in Vietnamese.
    [line] = again.stdout.splitlines()
    assert line == "Không có nhiệm vụ nào được bàn giao; không ghi tệp nào."
    assert "regulation.yaml" not in line
    assert snapshot(repo) == after_first


def test_a_second_run_in_english_says_the_old_words(repo: Path) -> None:
    """BUG: with nothing written, `--lang en` prints "0 duties moved; wrote —." where the
    English summary is to stay as it was: "0 duties moved; wrote nothing."."""
    invoke("transfer", REG, *MOVE, *MARCH_1, "--write")
    after_first = snapshot(repo)

    dry = invoke("transfer", REG, *MOVE, *MARCH_1, "--lang", "en")
    again = invoke("transfer", REG, *MOVE, *MARCH_1, "--write", "--lang", "en")

    assert dry.exit_code == 0 and again.exit_code == 0
    assert dry.stdout == "0 duties would move in 0 file(s); run again with --write to apply.\n"
    assert snapshot(repo) == after_first
    assert again.stdout == "0 duties moved; wrote nothing.\n"


def test_without_effective_only_the_duties_move(repo: Path) -> None:
    original = REG_FILE.read_bytes()

    result = invoke("transfer", REG, *MOVE, "--write")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[0] == f"{REG_FILE} → {REG_FILE}: 11 thay đổi"
    assert result.stdout.splitlines()[-1] == f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}."
    assert REG_FILE.read_bytes().splitlines(keepends=True) == expected_lines(original, False)
    assert check_paths([repo / "regulations"]).findings == []


def test_several_regulations_one_not_involved(repo: Path) -> None:
    other = OTHER_FILE.read_bytes()

    result = invoke("transfer", REG, "ha-tinh-antt-2023", *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}."
    assert OTHER_FILE.read_bytes() == other
    assert str(OTHER_FILE) not in result.stdout


def test_the_same_regulation_named_twice_moves_its_duties_once(repo: Path) -> None:
    """By id, by folder and by file: planned, reported and written once."""
    original = REG_FILE.read_bytes()

    result = invoke(
        "transfer", REG, f"regulations/{REG}", str(REG_FILE), *MOVE, *MARCH_1, "--write"
    )

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1] == f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}."
    assert len([line for line in lines if line.startswith(f"{REG_FILE} → ")]) == 1
    assert len([line for line in lines if line.startswith("  giao lại")]) == 11
    assert lines.count(note(NAMING[0])) == 1
    assert REG_FILE.read_bytes().splitlines(keepends=True) == expected_lines(original)


def test_english_report(repo: Path) -> None:
    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--lang", "en")

    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == f"{REG_FILE} → {REG_FILE}: 14 changes"
    assert f"  added          act {ACT}: — → {ACT_TITLE}" in lines
    assert "  metadata       unit btttt-cattt (until): — → 2025-02-28" in lines
    assert len([line for line in lines if line.startswith("  reassigned")]) == 11
    assert lines[-10:] == [
        *(note(duty, "en") for duty in NAMING),
        "11 duties would move in 1 file(s); run again with --write to apply.",
    ]


def test_english_report_after_write(repo: Path) -> None:
    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write", "--lang", "en")

    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == f"11 duties moved; wrote {REG_FILE}."


# --- Notes on duty texts that still name the old body ---------------------------------------


def test_no_note_for_a_duty_whose_text_does_not_name_the_old_body(repo: Path) -> None:
    """Cục Viễn thông hands over to Cục A05: of its duties, only some texts name it."""
    data: dict[str, Any] = yaml.safe_load(REG_FILE.read_text(encoding="utf-8"))
    duties = [d for c in data["chapters"] for a in c["articles"] for d in a.get("duties", [])]
    cvt = [d for d in duties if "btttt-cvt" in [d["lead"], *d.get("support", [])]]
    naming = [d["id"] for d in cvt if "Cục Viễn thông" in d["text"]]
    assert 0 < len(naming) < len(cvt)

    result = invoke("transfer", REG, "--from", "btttt-cvt", "--to", "bca-a05")

    assert result.exit_code == 0, result.stderr
    notes = [line for line in result.stdout.splitlines() if line.startswith("Lưu ý:")]
    assert notes == [
        f"Lưu ý: nội dung nhiệm vụ '{duty}' vẫn nêu tên Cục Viễn thông; "
        "cần sửa văn bản cho phù hợp."
        for duty in naming
    ]
    assert result.stdout.splitlines()[-1] == (
        f"{len(cvt)} nhiệm vụ sẽ được bàn giao trong 1 tệp; chạy lại với --write để ghi."
    )


def test_no_note_when_no_text_names_the_old_body(repo: Path) -> None:
    """The unit renamed to a name no duty text uses: the same 11 duties move, no note."""
    name = f"        name: {CATTT}\n"
    text = REG_FILE.read_text(encoding="utf-8")
    assert text.count(name) == 1
    REG_FILE.write_text(text.replace(name, f"        name: {CATTT} (ATTT)\n"), encoding="utf-8")

    result = invoke("transfer", REG, *MOVE, *MARCH_1)

    assert result.exit_code == 0, result.stderr
    assert not [line for line in result.stdout.splitlines() if line.startswith("Lưu ý:")]
    assert result.stdout.splitlines()[-2:] == [
        f"{REG_FILE}: ghi nhận văn bản {ACT} (bàn giao): Bàn giao nhiệm vụ của {CATTT} (ATTT) cho"
        " Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao; có hiệu lực từ ngày"
        " 01/3/2025.",
        "11 nhiệm vụ sẽ được bàn giao trong 1 tệp; chạy lại với --write để ghi.",
    ]


# --- Files as they are written --------------------------------------------------------------


def test_crlf_files_keep_their_line_ends(repo: Path) -> None:
    original = REG_FILE.read_bytes()
    REG_FILE.write_bytes(original.replace(b"\n", b"\r\n"))

    result = invoke("transfer", REG, *MOVE, "--write")

    assert result.exit_code == 0, result.stderr
    expected = [line.replace(b"\n", b"\r\n") for line in expected_lines(original, False)]
    assert REG_FILE.read_bytes().splitlines(keepends=True) == expected


def test_a_bom_is_kept(repo: Path) -> None:
    """The file is decoded with utf-8-sig; its BOM is written back."""
    original = REG_FILE.read_bytes()
    REG_FILE.write_bytes(b"\xef\xbb\xbf" + original)

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 0, result.stderr
    assert REG_FILE.read_bytes() == b"\xef\xbb\xbf" + b"".join(expected_lines(original))


def test_a_linked_regulation_keeps_its_link(repo: Path) -> None:
    """Through a symbolic link the file it points to is rewritten, as fmt does."""
    original = REG_FILE.read_bytes()
    kept = repo / "kept" / "regulation.yaml"
    kept.parent.mkdir()
    REG_FILE.rename(kept)
    REG_FILE.symlink_to(kept)

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 0, result.stderr
    assert REG_FILE.is_symlink()
    assert REG_FILE.readlink() == kept
    assert kept.read_bytes().splitlines(keepends=True) == expected_lines(original)
    assert sorted(p.name for p in kept.parent.iterdir()) == ["regulation.yaml"]


# --- Refusals: exit 2, the message, nothing written -----------------------------------------


def _end_a05(repo: Path) -> None:
    text = REG_FILE.read_text(encoding="utf-8")
    a05 = "        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao\n"
    assert text.count(a05) == 1
    REG_FILE.write_text(text.replace(a05, a05 + "        until: 2025-02-28\n"), encoding="utf-8")


def _add_an_alias(repo: Path) -> None:
    text = REG_FILE.read_text(encoding="utf-8")
    text = text.replace("place: Hà Nội\n", "place: &noi Hà Nội\n", 1)
    REG_FILE.write_text(text, encoding="utf-8")


def _nothing(repo: Path) -> None:
    pass


REFUSALS = [
    pytest.param(
        _nothing,
        [REG, "--from", "khong-co", "--to", "bca-a05"],
        "coordreg: không quy chế nào đã nêu có bên hay đơn vị 'khong-co'",
        id="unknown-source",
    ),
    pytest.param(
        _nothing,
        [REG, "ha-tinh-antt-2023", "--from", "btttt-cattt", "--to", "cat-pa05"],
        f"coordreg: quy chế {REG} ({REG_FILE}) chưa khai báo 'cat-pa05'; "
        "hãy bổ sung vào parties trước",
        id="target-not-declared",
    ),
    pytest.param(
        _nothing,
        [REG, "--from", "btttt-cattt", "--to", "btttt-cattt"],
        "coordreg: 'btttt-cattt' không thể bàn giao cho chính mình",
        id="to-itself",
    ),
    pytest.param(
        _end_a05,
        [REG, *MOVE, *MARCH_1],
        "coordreg: 'bca-a05' đã kết thúc ngày 2025-02-28, trước ngày bàn giao có hiệu lực",
        id="target-ended",
    ),
    pytest.param(
        _add_an_alias,
        [REG, *MOVE, *MARCH_1],
        f"coordreg: {REG_FILE} dùng neo/bí danh YAML; hãy sửa tay hoặc bỏ chúng trước",
        id="anchors",
    ),
    pytest.param(
        _nothing,
        [REG, *MOVE, "--effective", "2025-02-30"],
        "coordreg: '2025-02-30' không phải ngày dạng YYYY-MM-DD",
        id="bad-date",
    ),
    pytest.param(
        _nothing,
        [REG, *MOVE, "--effective", "01/03/2025"],
        "coordreg: '01/03/2025' không phải ngày dạng YYYY-MM-DD",
        id="vietnamese-date",
    ),
    pytest.param(
        _nothing,
        ["khong-co-quy-che", *MOVE],
        "coordreg: không có quy chế 'khong-co-quy-che': hãy nêu mã trong regulations/, "
        "một thư mục hoặc tệp regulation.yaml",
        id="unknown-regulation",
    ),
]


@pytest.mark.parametrize(("prepare", "args", "message"), REFUSALS)
def test_refusals_write_nothing(repo: Path, prepare: Any, args: list[str], message: str) -> None:
    prepare(repo)
    before = snapshot(repo)

    result = invoke("transfer", *args, "--write", "--minutes", "bien-ban.md")

    assert result.exit_code == 2
    assert result.stderr == message + "\n"
    assert result.stdout == ""
    assert snapshot(repo) == before


@pytest.mark.parametrize("name", ["x.txt", "bien-ban", "bien-ban.markdown"])
def test_a_minute_that_is_not_md_html_or_docx(repo: Path, name: str) -> None:
    """The minute's own message (minutes_format), naming the four kinds it can be."""
    before = snapshot(repo)

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write", "--minutes", name)

    assert result.exit_code == 2
    assert result.stderr == f"coordreg: biên bản {name} phải có đuôi .md, .html, .docx hoặc .pdf\n"
    assert result.stdout == ""
    assert snapshot(repo) == before


def test_a_minute_that_is_not_md_html_or_docx_in_english(repo: Path) -> None:
    result = invoke("transfer", REG, *MOVE, "--minutes", "x.txt", "--lang", "en")

    assert result.exit_code == 2
    assert result.stderr == "coordreg: the minute x.txt must end in .md, .html, .docx or .pdf\n"


def test_a_minute_that_is_not_md_html_or_docx_writes_nothing(repo: Path) -> None:
    before = snapshot(repo)
    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write", "--minutes", "x.txt")
    assert result.exit_code == 2
    assert snapshot(repo) == before


def test_a_minute_of_nothing_handed_over_is_refused(repo: Path) -> None:
    """After the handover, Cục An toàn thông tin has no duty left: no minute, and even the
    new --effective date (which alone would change its `until`) is not written."""
    assert invoke("transfer", REG, *MOVE, *MARCH_1, "--write").exit_code == 0
    before = snapshot(repo)

    result = invoke(
        "transfer", REG, *MOVE, "--effective", "2025-04-01", "--write", "--minutes", "bb.md"
    )

    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: không có nhiệm vụ nào của 'btttt-cattt' được bàn giao nên không lập biên bản\n"
    )
    assert result.stdout == ""
    assert snapshot(repo) == before
    assert not Path("bb.md").exists()


def test_a_minute_of_nothing_handed_over_in_english(repo: Path) -> None:
    """Cục Tần số vô tuyến điện supports one duty, beside Cục Viễn thông: once its part has
    ended there, it takes part in nothing and a minute is refused, in English too."""
    move = ("--from", "btttt-ctsvtd", "--to", "btttt-cvt")
    assert invoke("transfer", REG, *move, "--write").exit_code == 0

    result = invoke("transfer", REG, *move, "--minutes", "bb.docx", "--lang", "en")

    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: no duty of 'btttt-ctsvtd' is handed over, so there is no minute to write\n"
    )
    assert not Path("bb.docx").exists()


def test_without_minutes_nothing_to_hand_over_is_not_refused(repo: Path) -> None:
    assert invoke("transfer", REG, *MOVE, *MARCH_1, "--write").exit_code == 0

    result = invoke("transfer", REG, *MOVE, *MARCH_1)

    assert result.exit_code == 0, result.stderr
    assert (
        result.stdout == "0 nhiệm vụ sẽ được bàn giao trong 0 tệp; chạy lại với --write để ghi.\n"
    )


def test_a_refusal_in_english(repo: Path) -> None:
    result = invoke("transfer", REG, "--from", "khong-co", "--to", "bca-a05", "--lang", "en")

    assert result.exit_code == 2
    assert result.stderr == "coordreg: no regulation given declares the body 'khong-co'\n"


def test_a_regulation_with_errors_is_reported_not_touched(repo: Path) -> None:
    """Input that does not load is data with errors: its findings, exit 1, nothing written."""
    REG_FILE.write_bytes(REG_FILE.read_bytes().replace(b"signed: 2021-11-24", b"signed: hom-nay"))
    before = snapshot(repo)

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 1
    assert "signed" in result.stderr
    assert snapshot(repo) == before


# --- The check after --write: exit 1 on errors, 0 on warnings -------------------------------


def test_write_exits_1_when_the_written_file_has_errors(repo: Path) -> None:
    """The whole ministry hands over, but its units keep their duties after it ends.

    Bộ Thông tin và Truyền thông itself takes part in 3 duties (it leads one, supports two
    that Bộ Công an leads). Its units end with it on 2025-02-28, so every part a unit
    still has in a duty that falls due after that is an error (CR306): counted off the
    YAML, leaving out one-off duties due before 1 March 2025.
    """
    data: dict[str, Any] = yaml.safe_load(REG_FILE.read_text(encoding="utf-8"))
    units = {u["id"] for p in data["parties"] if p["id"] == "btttt" for u in p["units"]}
    duties = [d for c in data["chapters"] for a in c["articles"] for d in a.get("duties", [])]
    own = [d["id"] for d in duties if "btttt" in [d["lead"], *d.get("support", [])]]
    past = date(2025, 3, 1)
    errors = sum(
        1
        for d in duties
        if not (isinstance(d["schedule"], dict) and d["schedule"].get("once", past) < past)
        for body in [d["lead"], *d.get("support", [])]
        if body in units
    )
    assert own == ["huong-dan-quy-che-dia-phuong", "lay-y-kien-vbqppl", "so-ket-5-nam"]
    assert errors == 41
    original = REG_FILE.read_bytes()

    dry = invoke("transfer", REG, "--from", "btttt", "--to", "bca", *MARCH_1)
    result = invoke("transfer", REG, "--from", "btttt", "--to", "bca", *MARCH_1, "--write")

    assert dry.exit_code == 0, dry.stdout  # nothing written, nothing checked
    assert result.exit_code == 1, result.stdout
    lines = result.stdout.splitlines()
    summary = lines.index(f"Đã bàn giao 3 nhiệm vụ; đã ghi {REG_FILE}.")
    findings = [line for line in lines[summary:] if " CR" in line and line.startswith("  ")]
    assert len(findings) == errors
    assert all(line.split()[1:3] == ["lỗi", "CR306"] for line in findings)
    assert REG_FILE.read_bytes() != original  # written before the check, and left written
    assert "    until: 2025-02-28\n    succeeded_by: bca\n" in REG_FILE.read_text(encoding="utf-8")
    assert invoke("check", "regulations").exit_code == 1


def test_write_exits_0_when_the_check_finds_only_warnings(repo: Path) -> None:
    """A supporter listed twice elsewhere in the file (CR305, a warning) is reported, exit 0."""
    text = REG_FILE.read_text(encoding="utf-8")
    twice = "            support: [btttt-cptth, btttt-cbc, btttt-cbc]\n"
    assert text.count("            support: [btttt-cptth, btttt-cbc]\n") == 1
    REG_FILE.write_text(
        text.replace("            support: [btttt-cptth, btttt-cbc]\n", twice), encoding="utf-8"
    )

    result = invoke("transfer", REG, *MOVE, *MARCH_1, "--write")

    assert result.exit_code == 0, result.stdout
    lines = result.stdout.splitlines()
    summary = lines.index(f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}.")
    findings = [line for line in lines[summary:] if " CR" in line and line.startswith("  ")]
    assert [line.split()[1:3] for line in findings] == [["cảnh", "báo"]]
    assert "CR305" in findings[0]
    assert twice in REG_FILE.read_text(encoding="utf-8")
