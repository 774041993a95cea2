"""The handover minute (biên bản bàn giao) of `coordreg transfer --minutes FILE`.

The example's 2025 handover, Cục An toàn thông tin to Cục A05 from 1 March
2025, rendered as Markdown, HTML (read back with html.parser) and Word (read
back with python-docx): the legal basis, the two bodies (each unit with its
ministry), the effective date, one row per duty handed over with its role
(Chủ trì / Phối hợp, or a supporting role that ends because Cục A05 already
takes part), and both signature blocks.

Of the 11 duties that move in the file, one is a one-off duty due on
30/06/2023: with `--effective 2025-03-01` it is history and the minute leaves
it out, so the minute has 10 rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import docx
import pytest
import yaml
from bundled import copy_regulations_before_2025
from typer.testing import CliRunner, Result

from coordreg.cli import app

ROOT = Path(__file__).resolve().parents[1]
REG = "bca-btttt-2021"
REG_FILE = Path("regulations") / REG / "regulation.yaml"
MOVE = ("--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2025-03-01")
CATTT = "Cục An toàn thông tin"
A05 = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
NUMBER = "01/QCPH-BCA-BTTTT"
BTTTT, BCA = "Bộ Thông tin và Truyền thông", "Bộ Công an"
# The regulation's title, a folded scalar in the YAML, on one line.
TITLE = (
    "Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông trong công tác bảo vệ an "
    "ninh quốc gia, bảo đảm trật tự, an toàn xã hội, đấu tranh phòng, chống tội phạm thuộc "
    "lĩnh vực thông tin và truyền thông"
)
BASIS = f"Căn cứ {TITLE} số {NUMBER} ký ngày 24/11/2021;"
BASIS_EN = f"Pursuant to the Regulation “{TITLE}” No. {NUMBER}, signed on 2021-11-24;"
GIVER = f"BÊN GIAO: {CATTT} ({BTTTT})"
RECEIVER = f"BÊN NHẬN: {A05} ({BCA})"
# A supporting role that ends: Cục A05 already leads or supports the duty.
LAPSED = "Phối hợp (chấm dứt: bên nhận đã tham gia nhiệm vụ)"
LAPSED_EN = "Support (ends: the receiving side already takes part)"

# One regulation: no column of its own (the basis names it), so that no header breaks
# inside a word in portrait ("ST/T", "Điề/u").
HEADER = [
    "STT",
    "Điều",
    "Nội dung công việc",
    "Vai trò",
    "Thời gian thực hiện",
    "Sản phẩm",
]
HEADER_EN = ["No.", "Article", "Task", "Role", "Schedule", "Output"]
# (article, role, schedule, deliverable) of the 10 duties of the minute, in the order of the
# regulation. The first three are led by Cục A05 itself: Cục An toàn thông tin's support
# ends. quy-trinh-ung-cuu-su-co (Article 7, once: 2023-06-30) is left out as history.
ROWS = [
    ("6", LAPSED, "Thường xuyên", "Văn bản trao đổi thông tin"),
    (
        "6",
        LAPSED,
        "Hằng quý (25/3, 25/6, 25/9, 25/12)",
        "Báo cáo đánh giá tình hình an ninh mạng",
    ),
    ("6", LAPSED, "Khi có yêu cầu", "Văn bản đề nghị và kết quả xử lý"),
    ("6", "Phối hợp", "31/10/2025", "Kết luận kiểm tra"),
    ("6", "Phối hợp", "6 tháng (30/6, 31/12)", "Báo cáo kết quả kiểm tra"),
    ("7", "Chủ trì", "Thường xuyên", "Văn bản cảnh báo"),
    ("7", "Chủ trì", "Hằng quý (15/3, 15/6, 15/9, 15/12)", "Báo cáo kết quả giám sát"),
    ("7", "Chủ trì", "30/11/2025", "Báo cáo kết quả diễn tập"),
    ("7", "Chủ trì", "30/9/2025", "Báo cáo kết quả tập huấn"),
    ("9", "Phối hợp", "10/12/2025", "Báo cáo kết quả thực hiện năm"),
]
PAST_TEXT = (
    "Cục An toàn thông tin chủ trì, phối hợp với Cục An ninh mạng và phòng, chống tội phạm sử "
    "dụng công nghệ cao, Cục Kỹ thuật nghiệp vụ xây dựng quy trình phối hợp ứng cứu sự cố an "
    "toàn thông tin mạng đối với hệ thống thông tin quan trọng quốc gia."
)
WARNING_TEXT = (
    "Cục An toàn thông tin chủ trì, thông báo kịp thời cho Cục An ninh mạng và phòng, chống "
    "tội phạm sử dụng công nghệ cao các sự cố, cảnh báo tấn công mạng, lỗ hổng bảo mật có "
    "nguy cơ ảnh hưởng đến an ninh quốc gia."
)
EFFECTIVE = (
    "Hai bên thống nhất bàn giao 10 nhiệm vụ phối hợp dưới đây, có hiệu lực từ ngày 01/3/2025:"
)
OPENING = "Hôm nay, vào hồi …… giờ ……, ngày …… tháng …… năm 2025, tại Hà Nội, chúng tôi gồm:"
CLOSING = (
    "Biên bản kết thúc vào hồi …… giờ …… cùng ngày, đã được đọc lại cho các bên cùng nghe "
    "và nhất trí ký tên./."
)
FROM_THEN = (
    f"Kể từ ngày 01/3/2025, {A05} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
    f"{CATTT} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn."
)
SIGN_GIVER = f"ĐẠI DIỆN BÊN GIAO\n{CATTT.upper()}"
SIGN_RECEIVER = f"ĐẠI DIỆN BÊN NHẬN\n{A05.upper()}"

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy_regulations_before_2025(tmp_path)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def minute(*args: str, name: str = "bien-ban.md") -> Path:
    """Run the transfer with `--minutes name`; the minute's path."""
    result = invoke("transfer", REG, *args, "--minutes", name)
    assert result.exit_code == 0, result.stderr
    wrote = "wrote" if "en" in args else "đã ghi"  # in the command's --lang, Vietnamese by default
    assert result.stderr == f"coordreg: {wrote} {name}\n"
    return Path(name)


def md_table(text: str, first: str) -> list[list[str]]:
    """The Markdown table whose header row starts with `| first |`, separator left out."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"| {first} |"))
    rows: list[list[str]] = []
    for line in lines[start:]:
        if not line.startswith("|"):
            break
        cells = [c.strip().replace("\\|", "|") for c in re.split(r"(?<!\\)\|", line)[1:-1]]
        if not all(re.fullmatch(r":?-+:?", c) for c in cells):
            rows.append(cells)
    return rows


# --- Markdown -------------------------------------------------------------------------------


def test_markdown_table_one_row_per_duty(repo: Path) -> None:
    text = minute(*MOVE).read_text(encoding="utf-8")
    lines = text.splitlines()

    header = "| STT | Điều | Nội dung công việc | Vai trò | Thời gian thực hiện | Sản phẩm |"
    assert header in lines
    assert lines[lines.index(header) + 1] == "|---:|---:|---|---|---|---|"
    table = md_table(text, "STT")
    assert table[0] == HEADER
    assert [row[0] for row in table[1:]] == [str(n) for n in range(1, 11)]
    assert [(row[1], row[3], row[4], row[5]) for row in table[1:]] == ROWS
    assert f"| 6 | 7 | {WARNING_TEXT} | Chủ trì | Thường xuyên | Văn bản cảnh báo |" in lines


def test_markdown_roles_and_counts(repo: Path) -> None:
    table = md_table(minute(*MOVE).read_text(encoding="utf-8"), "STT")[1:]
    roles = [row[3] for row in table]
    assert roles.count("Chủ trì") == 4  # the fifth duty led, due 30/6/2023, is left out
    assert roles.count("Phối hợp") == 3
    assert roles.count(LAPSED) == 3
    assert len(roles) == 10


def test_the_roles_read_from_the_yaml(repo: Path) -> None:
    """Each role re-derived with another YAML library: led, supported, or supported where
    Cục A05 already leads or supports (the role ends); one-off duties before 1 March 2025 out.
    """
    data: dict[str, Any] = yaml.safe_load(REG_FILE.read_text(encoding="utf-8"))
    expected: list[tuple[str, str]] = []
    for chapter in data["chapters"]:
        for article in chapter["articles"]:
            for duty in article.get("duties", []):
                lead, support = duty["lead"], duty.get("support", [])
                schedule = duty["schedule"]
                if isinstance(schedule, dict) and schedule.get("once", date.max) < date(2025, 3, 1):
                    continue
                if lead == "btttt-cattt":
                    expected.append((duty["text"], "Chủ trì"))
                elif "btttt-cattt" in support:
                    lapses = lead == "bca-a05" or "bca-a05" in support
                    expected.append((duty["text"], LAPSED if lapses else "Phối hợp"))
    assert len(expected) == 10

    table = md_table(minute(*MOVE).read_text(encoding="utf-8"), "STT")[1:]

    assert [(row[2], row[3]) for row in table] == expected


def test_markdown_bodies_date_and_signatures(repo: Path) -> None:
    text = minute(*MOVE).read_text(encoding="utf-8")
    lines = text.splitlines()

    # Each side under its ministry: the ministry in plain capitals, the body in bold.
    assert lines[0].startswith(
        f"| BỘ THÔNG TIN VÀ TRUYỀN THÔNG<br>**{CATTT.upper()}**<br>BỘ CÔNG AN<br>**{A05.upper()}** |"
    )
    assert "| Số: ……/BB-CATTT-A05 | *Hà Nội, ngày …… tháng …… năm 2025* |" in lines
    assert "# BIÊN BẢN" in lines
    assert f"**Bàn giao nhiệm vụ phối hợp từ {CATTT} sang {A05}**" in lines
    assert OPENING in lines
    assert f"**{GIVER}**" in lines
    assert f"**{RECEIVER}**" in lines
    assert lines.count("1. Ông/Bà: ……, chức vụ: ……<br>") == 2
    assert lines.count("2. Ông/Bà: ……, chức vụ: ……") == 2
    assert CLOSING in lines
    assert EFFECTIVE in lines
    assert FROM_THEN in lines
    assert "Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản." in lines
    assert (
        f"| **ĐẠI DIỆN BÊN GIAO**<br>{CATTT.upper()} |**ĐẠI DIỆN BÊN NHẬN**<br>{A05.upper()} |"
    ) in lines


def test_markdown_without_effective_date(repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Without --effective the minute is of "today" (COORDREG_TODAY), in its heading and
    in its opening line alike: 2026 here, while this file's day is 1 December 2025."""
    monkeypatch.setenv("COORDREG_TODAY", "2026-05-04")
    text = minute("--from", "btttt-cattt", "--to", "bca-a05").read_text(encoding="utf-8")
    lines = text.splitlines()

    assert "Hai bên thống nhất bàn giao 11 nhiệm vụ phối hợp dưới đây:" in lines
    assert (
        f"Kể từ ngày ký Biên bản này, {A05} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
        f"{CATTT} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn."
    ) in lines
    assert "| Số: ……/BB-CATTT-A05 | *Hà Nội, ngày …… tháng …… năm 2026* |" in lines
    assert (
        "Hôm nay, vào hồi …… giờ ……, ngày …… tháng …… năm 2026, tại Hà Nội, chúng tôi gồm:"
    ) in lines
    table = md_table(text, "STT")
    assert len(table) == 12  # without a date nothing is history: all 11 duties
    assert table[8][2:5] == [PAST_TEXT, "Chủ trì", "30/6/2023"]
    assert BASIS in lines


def test_markdown_in_english(repo: Path) -> None:
    text = minute(*MOVE, "--lang", "en").read_text(encoding="utf-8")
    lines = text.splitlines()

    assert "| No. | Article | Task | Role | Schedule | Output |" in lines
    table = md_table(text, "No.")
    assert table[0] == HEADER_EN
    assert [row[3] for row in table[1:]] == (
        [LAPSED_EN] * 3 + ["Support"] * 2 + ["Lead"] * 4 + ["Support"]
    )
    assert "# MINUTES" in lines
    assert (
        "The two sides agree to hand over the 10 coordination duties below, from 2025-03-01:"
    ) in lines
    assert BASIS_EN in lines
    assert f"**HANDING OVER: {CATTT} ({BTTTT})**" in lines
    assert f"**TAKING OVER: {A05} ({BCA})**" in lines
    assert "FOR THE HANDING-OVER SIDE" in text and "FOR THE TAKING-OVER SIDE" in text


def test_the_minute_is_written_on_a_dry_run_too(repo: Path) -> None:
    """The minute is a document, not a change: it is written with or without --write."""
    before = REG_FILE.read_bytes()
    path = minute(*MOVE)
    assert path.is_file()
    assert REG_FILE.read_bytes() == before


def test_the_minute_lists_what_write_moved(repo: Path) -> None:
    result = invoke("transfer", REG, *MOVE, "--write", "--minutes", "bien-ban.md")
    assert result.exit_code == 0, result.stderr
    # 11 duties move in the file; the one due on 30/6/2023 is history, not in the minute.
    assert result.stdout.splitlines()[-1] == f"Đã bàn giao 11 nhiệm vụ; đã ghi {REG_FILE}."
    data: dict[str, Any] = yaml.safe_load(REG_FILE.read_text(encoding="utf-8"))
    duties = [d for c in data["chapters"] for a in c["articles"] for d in a.get("duties", [])]
    assert not [d["id"] for d in duties if d["lead"] == "btttt-cattt"]
    table = md_table(Path("bien-ban.md").read_text(encoding="utf-8"), "STT")
    assert len(table) == 11
    assert PAST_TEXT not in [row[2] for row in table]


def test_a_one_off_duty_on_the_effective_day_is_in_the_minute(repo: Path) -> None:
    """Only duties due *before* the effective date are history: 30/6/2023 itself is not."""
    text = minute(
        "--from", "btttt-cattt", "--to", "bca-a05", "--effective", "2023-06-30"
    ).read_text(encoding="utf-8")
    table = md_table(text, "STT")
    assert len(table) == 12
    assert [PAST_TEXT, "Chủ trì", "30/6/2023"] in [row[2:5] for row in table]


def test_the_minute_begins_with_the_legal_basis(repo: Path) -> None:
    lines = minute(*MOVE).read_text(encoding="utf-8").splitlines()

    title = lines.index(f"**Bàn giao nhiệm vụ phối hợp từ {CATTT} sang {A05}**")
    assert [line for line in lines if line.startswith("Căn cứ")] == [BASIS]
    assert title < lines.index(BASIS) < lines.index(OPENING)


def test_one_basis_per_regulation_involved(repo: Path) -> None:
    """A second regulation that involves the old body adds its own basis, in the order given;
    one that does not (Hà Tĩnh) adds none; the same regulation named twice counts once."""
    other = Path("regulations") / "bca-btttt-2022" / "regulation.yaml"
    other.parent.mkdir()
    text = REG_FILE.read_text(encoding="utf-8")
    for old, new in [
        ("id: bca-btttt-2021\n", "id: bca-btttt-2022\n"),
        (f"number: {NUMBER}\n", "number: 02/QCPH-BCA-BTTTT\n"),
        ("signed: 2021-11-24\n", "signed: 2022-01-10\n"),
        ("effective: 2021-11-24\n", "effective: 2022-01-10\n"),
    ]:
        assert text.count(old) == 1
        text = text.replace(old, new)
    other.write_text(text, encoding="utf-8")
    regulations = ("bca-btttt-2022", "ha-tinh-antt-2023", REG, str(REG_FILE))

    result = invoke("transfer", *regulations, *MOVE, "--minutes", "bien-ban.md")

    assert result.exit_code == 0, result.stderr
    written = Path("bien-ban.md").read_text(encoding="utf-8")
    assert [line for line in written.splitlines() if line.startswith("Căn cứ")] == [
        f"Căn cứ {TITLE} số 02/QCPH-BCA-BTTTT ký ngày 10/01/2022;",
        BASIS,
    ]
    table = md_table(written, "STT")[1:]
    assert [row[1] for row in table] == ["02/QCPH-BCA-BTTTT"] * 10 + [NUMBER] * 10


def test_within_one_party_one_issuer(repo: Path) -> None:
    """Cục An toàn thông tin to Cục Viễn thông: both of BTTTT, so one issuer, one symbol."""
    text = minute("--from", "btttt-cattt", "--to", "btttt-cvt").read_text(encoding="utf-8")
    lines = text.splitlines()
    # One ministry: named once, over both its departments.
    assert lines[0].startswith(
        f"| BỘ THÔNG TIN VÀ TRUYỀN THÔNG<br>**{CATTT.upper()}**<br>**CỤC VIỄN THÔNG** |"
    )
    assert any(line.startswith("| Số: ……/BB-CATTT-CVT |") for line in lines)
    assert f"**{GIVER}**" in lines
    assert f"**BÊN NHẬN: Cục Viễn thông ({BTTTT})**" in lines


def test_a_party_is_named_without_parentheses(repo: Path) -> None:
    """A whole ministry hands over: BÊN GIAO / BÊN NHẬN name the parties alone."""
    result = invoke("transfer", REG, "--from", "btttt", "--to", "bca", "--minutes", "bien-ban.md")
    assert result.exit_code == 0, result.stderr
    lines = Path("bien-ban.md").read_text(encoding="utf-8").splitlines()
    assert f"**BÊN GIAO: {BTTTT}**" in lines
    assert f"**BÊN NHẬN: {BCA}**" in lines
    # Bộ Công an leads two of the three: Bộ Thông tin và Truyền thông's support ends there.
    assert [row[3] for row in md_table("\n".join(lines), "STT")[1:]] == [
        LAPSED,
        "Chủ trì",
        LAPSED,
    ]


def test_a_minute_of_history_only_is_refused(repo: Path) -> None:
    """BUG: Cục Công nghệ thông tin (bca-cntt) leads one duty only, a one-off due 30/6/2024.

    From 1 March 2025 that duty is history: the file still moves it (1 duty), but the
    minute leaves it out and says "bàn giao 0 nhiệm vụ" above an empty table. Nothing is
    handed over, so the minute is refused as for minutes_empty (exit 2, nothing written).
    """
    before = REG_FILE.read_bytes()
    move = ("--from", "bca-cntt", "--to", "bca-a05", "--effective", "2025-03-01")

    result = invoke("transfer", REG, *move, "--write", "--minutes", "bb.md")

    assert result.exit_code == 2, "a minute of 0 duties was written"
    assert result.stderr == (
        "coordreg: không có nhiệm vụ nào của 'bca-cntt' được bàn giao nên không lập biên bản\n"
    )
    assert REG_FILE.read_bytes() == before
    assert not Path("bb.md").exists()


def test_a_pipe_in_a_duty_text_stays_in_its_cell(repo: Path) -> None:
    _edit_warning_text("Cảnh báo | chia sẻ: ")
    table = md_table(minute(*MOVE).read_text(encoding="utf-8"), "STT")
    assert all(len(row) == 6 for row in table)
    assert table[6][2] == "Cảnh báo | chia sẻ: " + WARNING_TEXT


def test_the_minute_of_a_refused_transfer_is_not_written(repo: Path) -> None:
    result = invoke(
        "transfer", REG, "--from", "btttt-cattt", "--to", "khong-co", "--minutes", "bb.md"
    )
    assert result.exit_code == 2
    assert not Path("bb.md").exists()


def test_a_minute_in_a_missing_folder_is_refused(repo: Path) -> None:
    result = invoke("transfer", REG, *MOVE, "--write", "--minutes", "khong-co/bb.md")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: không có thư mục: khong-co\n"
    assert not Path("khong-co").exists()


# --- HTML -----------------------------------------------------------------------------------


@dataclass
class HtmlTable:
    classes: set[str]
    rows: list[list[str]] = field(default_factory=list)


class Tables(HTMLParser):
    """The tables of a page: the text of each cell (th or td), row by row."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[HtmlTable] = []
        self._open: list[HtmlTable] = []
        self._cell: list[str] | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            table = HtmlTable(set((dict(attrs).get("class") or "").split()))
            self.tables.append(table)
            self._open.append(table)
        elif tag == "tr" and self._open:
            self._open[-1].rows.append([])
        elif tag in ("td", "th"):
            self._cell = []
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "table":
            self._open.pop()
        elif tag in ("td", "th") and self._cell is not None and self._open:
            self._open[-1].rows[-1].append("".join(self._cell).strip())
            self._cell = None
        elif tag == "div" and self._cell is not None:
            self._cell.append("\n")

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)


def html_tables(path: Path) -> dict[str, HtmlTable]:
    tables = Tables(path.read_text(encoding="utf-8")).tables
    return {
        name: next(t for t in tables if name in t.classes) for name in ("handover-table", "closing")
    }


def test_html_table_one_row_per_duty(repo: Path) -> None:
    tables = html_tables(minute(*MOVE, name="bien-ban.html"))

    rows = tables["handover-table"].rows
    assert rows[0] == HEADER
    assert len(rows) == 11
    assert [(r[1], r[3], r[4], r[5]) for r in rows[1:]] == ROWS
    assert rows[6] == [
        "6",
        "7",
        WARNING_TEXT,
        "Chủ trì",
        "Thường xuyên",
        "Văn bản cảnh báo",
    ]


def test_html_signature_blocks(repo: Path) -> None:
    closing = html_tables(minute(*MOVE, name="bien-ban.html"))["closing"]
    assert [cell.strip() for cell in closing.rows[0]] == [SIGN_GIVER, SIGN_RECEIVER]


def test_html_effective_date(repo: Path) -> None:
    html = minute(*MOVE, name="bien-ban.html").read_text(encoding="utf-8")
    assert f"<p>{EFFECTIVE}</p>" in html
    assert '<html lang="vi">' in html


def test_html_basis_and_bodies(repo: Path) -> None:
    html = minute(*MOVE, name="bien-ban.html").read_text(encoding="utf-8")
    basis, opening = html.index(f"<p>{BASIS}</p>"), html.index(f"<p>{OPENING}</p>")
    assert html.index('<p class="title">') < basis < opening
    assert f"<strong>{GIVER}</strong>" in html
    assert f"<strong>{RECEIVER}</strong>" in html


def test_html_escapes_a_script_in_a_duty_text(repo: Path) -> None:
    _edit_warning_text('<script>alert("x")</script> & ')

    path = minute(*MOVE, name="bien-ban.html")

    html = path.read_text(encoding="utf-8")
    assert "<script" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; " in html
    rows = html_tables(path)["handover-table"].rows
    assert rows[6][2] == '<script>alert("x")</script> & ' + WARNING_TEXT


# --- Word -----------------------------------------------------------------------------------


def test_docx_table_and_signatures(repo: Path) -> None:
    document = docx.Document(str(minute(*MOVE, name="bien-ban.docx")))

    heading, handover, closing = document.tables
    issuers = [(p.text, p.style.name if p.style else "") for p in heading.cell(0, 0).paragraphs]
    assert issuers[:4] == [
        ("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CR Issuer Parent"),
        (CATTT.upper(), "CR Issuer"),
        ("BỘ CÔNG AN", "CR Issuer Parent"),
        # Broken between words, best before "VÀ": never inside a name's words.
        ("CỤC AN NINH MẠNG\nVÀ PHÒNG, CHỐNG TỘI PHẠM\nSỬ DỤNG CÔNG NGHỆ CAO", "CR Issuer"),
    ]
    rows = [[cell.text for cell in row.cells] for row in handover.rows]
    assert rows[0] == HEADER
    assert len(rows) == 11
    assert [(r[1], r[3], r[4], r[5]) for r in rows[1:]] == ROWS
    assert rows[6][2] == WARNING_TEXT
    # In Word the lines are chosen to fit the block: broken between words only.
    assert [closing.cell(0, 0).text, closing.cell(0, 1).text] == [
        SIGN_GIVER,
        "ĐẠI DIỆN BÊN NHẬN\nCỤC AN NINH MẠNG\nVÀ PHÒNG, CHỐNG TỘI PHẠM\nSỬ DỤNG CÔNG NGHỆ CAO",
    ]
    paragraphs = [p.text for p in document.paragraphs]
    assert paragraphs[:2] == ["BIÊN BẢN", f"Bàn giao nhiệm vụ phối hợp từ {CATTT} sang {A05}"]
    assert EFFECTIVE in paragraphs and FROM_THEN in paragraphs
    assert GIVER in paragraphs and RECEIVER in paragraphs
    assert [p for p in paragraphs if p.startswith("Căn cứ")] == [BASIS]
    assert paragraphs.index(BASIS) < paragraphs.index(OPENING)


def test_docx_keeps_a_script_as_text(repo: Path) -> None:
    _edit_warning_text('<script>alert("x")</script> & ')
    document = docx.Document(str(minute(*MOVE, name="bien-ban.docx")))
    assert document.tables[1].cell(6, 2).text == '<script>alert("x")</script> & ' + WARNING_TEXT


def test_docx_in_english(repo: Path) -> None:
    document = docx.Document(str(minute(*MOVE, "--lang", "en", name="bien-ban.docx")))
    handover, closing = document.tables[1], document.tables[2]
    assert [cell.text for cell in handover.rows[0].cells] == HEADER_EN
    assert [row.cells[3].text for row in handover.rows[1:4]] == [LAPSED_EN] * 3
    assert closing.cell(0, 0).text == f"FOR THE HANDING-OVER SIDE\n{CATTT.upper()}"
    assert document.core_properties.language == "en-US"
    paragraphs = [p.text for p in document.paragraphs]
    assert BASIS_EN in paragraphs
    assert f"HANDING OVER: {CATTT} ({BTTTT})" in paragraphs


# --- Helpers --------------------------------------------------------------------------------


def _edit_warning_text(prefix: str) -> None:
    """Put `prefix` before the text of the duty canh-bao-su-co-attt (row 6 of the minute)."""
    text = REG_FILE.read_text(encoding="utf-8")
    first = (
        "              Cục An toàn thông tin chủ trì, thông báo kịp thời cho Cục An ninh mạng và\n"
    )
    assert text.count(first) == 1
    REG_FILE.write_text(text.replace(first, first[:14] + prefix + first[14:]), encoding="utf-8")
