"""`coordreg.edit.transfer`: handing one body's duties to another by editing the file in place.

Every test writes a real regulation file in tmp_path, runs the transfer and
compares the old and the new text line by line: exactly the expected lines
change (a `lead`, a supporter, the inserted `until` and `succeeded_by`), every
other line stays as it was, byte for byte, with its comments and its quoting.

The 2025 case of the seeds: the information-security functions of the Ministry
of Information and Communications (Cục An toàn thông tin, `btttt-cattt`) pass
to the Ministry of Public Security (Cục A05, `bca-a05`) from 1 March 2025.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from coordreg.check.checker import check_paths
from coordreg.edit.acts import ActChoice
from coordreg.edit.transfer import FileTransfer, plan_transfers, transfer_file
from coordreg.errors import UsageError
from coordreg.findings import Severity
from coordreg.model import Duty, Regulation

OLD, NEW = "btttt-cattt", "bca-a05"
MARCH_1 = date(2025, 3, 1)

# Comments above keys, at line ends and between list items; single- and
# double-quoted ids, names and leads; flow and block lists; flow and block
# unit mappings; blank lines; Vietnamese text throughout.
REGULATION = """\
# Quy chế thử nghiệm: chú thích đầu tệp, giữ nguyên sau khi bàn giao.
id: "qc-test"
number: '01/QCPH-BCA-BTTTT'
title: 'Quy chế phối hợp "thử nghiệm", có dấu phẩy'
signed: 2022-01-10
effective: 2022-01-10
place: Hà Nội

parties:
  - id: 'bca'
    name: "Bộ Công an"
    units:
      # Văn phòng và Cục A05 viết dạng flow
      - {id: bca-vp, name: "Văn phòng Bộ Công an, cơ quan thường trực"}
      - {id: "bca-a05", name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao'}  # A05
    standing_office: bca-vp
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-vp
        name: Văn phòng Bộ Thông tin và Truyền thông
      - id: "btttt-cattt"   # chuyển sang Bộ Công an từ 01/3/2025
        name: 'Cục An toàn thông tin'  # tên đơn vị

      - id: btttt-cvt
        name: "Cục Viễn thông"
    standing_office: btttt-vp

evaluation:
  rotation: [bca, btttt]
  first_year: 2022

chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Phạm vi điều chỉnh
        text: Quy chế này quy định việc phối hợp giữa hai Bộ.
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 2
        title: Nhiệm vụ
        duties:
          # Cục An toàn thông tin chủ trì
          - id: 'canh-bao-su-co'
            text: "Cảnh báo sự cố, tấn công mạng: thông báo kịp thời."
            lead: 'btttt-cattt'   # chủ trì
            support: ["bca-a05", 'btttt-cvt']
            schedule: continuous
            deliverable: Văn bản cảnh báo
          - id: chia-se-giam-sat
            text: Chia sẻ kết quả giám sát an toàn thông tin.
            lead: btttt-cattt
            support:
              # phối hợp
              - bca-a05
            schedule: {quarterly: 03-15}

          - id: "tap-huan"
            text: Tập huấn an toàn thông tin cho cán bộ hai Bộ.
            lead: "btttt-cattt"
            support: [btttt-vp]
            schedule: {yearly: 09-30}
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về tình hình an ninh mạng.
            lead: bca-a05
            support: [btttt-cattt]  # chỉ một bên phối hợp
            schedule: continuous
          - id: ra-soat
            text: Rà soát thông tin xấu, độc trên không gian mạng.
            lead: bca-a05
            support: [btttt-vp, btttt-cattt]
            schedule: {monthly: 20}
          - id: kiem-tra-bmnn
            text: Kiểm tra công tác bảo vệ bí mật nhà nước.
            lead: btttt-vp
            support:
              - btttt-cvt
              # giữa các mục
              - "btttt-cattt"   # Cục ATTT
              - bca-vp
            schedule: {yearly: 10-31}
          - id: giao-ban
            text: Giao ban định kỳ.
            lead: bca-vp
            support:
              - btttt-vp
              - btttt-cattt  # bỏ: A05 đã phối hợp
              # A05 ở dưới
              - bca-a05   # đã phối hợp
            schedule: {half_yearly: 06-30}
          - id: tong-ket
            text: Tổng kết công tác phối hợp.
            lead: bca-vp
            support: [btttt-vp, btttt-cattt, bca-a05]
            schedule: {yearly: 12-15}
  - number: III
    title: TỔ CHỨC THỰC HIỆN
    articles:
      - number: 3
        title: Hiệu lực thi hành
        text: Quy chế này có hiệu lực kể từ ngày ký.
"""

NAME_LINE = "        name: 'Cục An toàn thông tin'  # tên đơn vị\n"
ENDED = ["        until: 2025-02-28\n", "        succeeded_by: bca-a05\n"]
ACT = "bg-btttt-cattt-20250301"
# REGULATION after the transfer effective 1 March 2025, read line by line against
# REGULATION: the file format first; the handover act, with its generated id and
# title, after the preamble, set off by a blank line as `parties` is; the unit's end
# under its name; each duty's new holders in place (DUTY_EDITS) and, after its last
# line, what it had until then (`before`), only the fields that changed: the lead
# where the lead passed, the whole earlier list where the supporters changed.
RECORDED = """\
# Quy chế thử nghiệm: chú thích đầu tệp, giữ nguyên sau khi bàn giao.
format: 2
id: "qc-test"
number: '01/QCPH-BCA-BTTTT'
title: 'Quy chế phối hợp "thử nghiệm", có dấu phẩy'
signed: 2022-01-10
effective: 2022-01-10
place: Hà Nội

acts:
  - id: bg-btttt-cattt-20250301
    kind: handover
    title: Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục An ninh mạng, phòng chống tội phạm
      công nghệ cao
    effective: 2025-03-01

parties:
  - id: 'bca'
    name: "Bộ Công an"
    units:
      # Văn phòng và Cục A05 viết dạng flow
      - {id: bca-vp, name: "Văn phòng Bộ Công an, cơ quan thường trực"}
      - {id: "bca-a05", name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao'}  # A05
    standing_office: bca-vp
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-vp
        name: Văn phòng Bộ Thông tin và Truyền thông
      - id: "btttt-cattt"   # chuyển sang Bộ Công an từ 01/3/2025
        name: 'Cục An toàn thông tin'  # tên đơn vị
        until: 2025-02-28
        succeeded_by: bca-a05

      - id: btttt-cvt
        name: "Cục Viễn thông"
    standing_office: btttt-vp

evaluation:
  rotation: [bca, btttt]
  first_year: 2022

chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Phạm vi điều chỉnh
        text: Quy chế này quy định việc phối hợp giữa hai Bộ.
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 2
        title: Nhiệm vụ
        duties:
          # Cục An toàn thông tin chủ trì
          - id: 'canh-bao-su-co'
            text: "Cảnh báo sự cố, tấn công mạng: thông báo kịp thời."
            lead: 'bca-a05'   # chủ trì
            support: ['btttt-cvt']
            schedule: continuous
            deliverable: Văn bản cảnh báo
            before:
              - act: bg-btttt-cattt-20250301
                lead: btttt-cattt
                support: [bca-a05, btttt-cvt]
          - id: chia-se-giam-sat
            text: Chia sẻ kết quả giám sát an toàn thông tin.
            lead: bca-a05
            support:
              # phối hợp
              []
            schedule: {quarterly: 03-15}
            before:
              - act: bg-btttt-cattt-20250301
                lead: btttt-cattt
                support: [bca-a05]

          - id: "tap-huan"
            text: Tập huấn an toàn thông tin cho cán bộ hai Bộ.
            lead: "bca-a05"
            support: [btttt-vp]
            schedule: {yearly: 09-30}
            before:
              - act: bg-btttt-cattt-20250301
                lead: btttt-cattt
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về tình hình an ninh mạng.
            lead: bca-a05
            support: []  # chỉ một bên phối hợp
            schedule: continuous
            before:
              - act: bg-btttt-cattt-20250301
                support: [btttt-cattt]
          - id: ra-soat
            text: Rà soát thông tin xấu, độc trên không gian mạng.
            lead: bca-a05
            support: [btttt-vp]
            schedule: {monthly: 20}
            before:
              - act: bg-btttt-cattt-20250301
                support: [btttt-vp, btttt-cattt]
          - id: kiem-tra-bmnn
            text: Kiểm tra công tác bảo vệ bí mật nhà nước.
            lead: btttt-vp
            support:
              - btttt-cvt
              # giữa các mục
              - "bca-a05"   # Cục ATTT
              - bca-vp
            schedule: {yearly: 10-31}
            before:
              - act: bg-btttt-cattt-20250301
                support: [btttt-cvt, btttt-cattt, bca-vp]
          - id: giao-ban
            text: Giao ban định kỳ.
            lead: bca-vp
            support:
              - btttt-vp
              # A05 ở dưới
              - bca-a05   # đã phối hợp
            schedule: {half_yearly: 06-30}
            before:
              - act: bg-btttt-cattt-20250301
                support: [btttt-vp, btttt-cattt, bca-a05]
          - id: tong-ket
            text: Tổng kết công tác phối hợp.
            lead: bca-vp
            support: [btttt-vp, bca-a05]
            schedule: {yearly: 12-15}
            before:
              - act: bg-btttt-cattt-20250301
                support: [btttt-vp, btttt-cattt, bca-a05]
  - number: III
    title: TỔ CHỨC THỰC HIỆN
    articles:
      - number: 3
        title: Hiệu lực thi hành
        text: Quy chế này có hiệu lực kể từ ngày ký.
"""

# (a line of REGULATION, the lines that replace it): every change the transfer
# of btttt-cattt to bca-a05 makes, without --effective.
DUTY_EDITS: list[tuple[str, list[str]]] = [
    # lead replaced, quoting kept; the new lead leaves the supporters
    (
        "            lead: 'btttt-cattt'   # chủ trì\n",
        ["            lead: 'bca-a05'   # chủ trì\n"],
    ),
    (
        "            support: [\"bca-a05\", 'btttt-cvt']\n",
        ["            support: ['btttt-cvt']\n"],
    ),
    # lead replaced; the block list's only item (the new lead) removed
    ("            lead: btttt-cattt\n", ["            lead: bca-a05\n"]),
    ("              - bca-a05\n", ["              []\n"]),
    # lead replaced, double quotes kept, supporters untouched
    ('            lead: "btttt-cattt"\n', ['            lead: "bca-a05"\n']),
    # the only supporter is the old body and the new one leads: support: []
    (
        "            support: [btttt-cattt]  # chỉ một bên phối hợp\n",
        ["            support: []  # chỉ một bên phối hợp\n"],
    ),
    # the last supporter of a flow list removed: the new body leads
    (
        "            support: [btttt-vp, btttt-cattt]\n",
        ["            support: [btttt-vp]\n"],
    ),
    # a supporter replaced in a block list, quoting and comment kept
    (
        '              - "btttt-cattt"   # Cục ATTT\n',
        ['              - "bca-a05"   # Cục ATTT\n'],
    ),
    # a block list item removed (the new body already supports), with its line
    ("              - btttt-cattt  # bỏ: A05 đã phối hợp\n", []),
    # a middle item of a flow list removed (the new body already supports)
    (
        "            support: [btttt-vp, btttt-cattt, bca-a05]\n",
        ["            support: [btttt-vp, bca-a05]\n"],
    ),
]
HANDOVERS = [
    ("canh-bao-su-co", "lead"),
    ("chia-se-giam-sat", "lead"),
    ("tap-huan", "lead"),
    ("trao-doi-thong-tin", "support"),
    ("ra-soat", "support"),
    ("kiem-tra-bmnn", "support"),
    ("giao-ban", "support"),
    ("tong-ket", "support"),
]


def edited(text: str, edits: list[tuple[str, list[str]]]) -> list[str]:
    """The lines of `text` with each (line, replacement lines) applied; each line is unique."""
    lines = text.splitlines(keepends=True)
    for old, new in edits:
        assert lines.count(old) == 1, f"not exactly one line {old!r} in the test's text"
        at = lines.index(old)
        lines[at : at + 1] = new
    return lines


def subsequence(lines: list[str], within: list[str]) -> bool:
    """Whether `lines` appear in `within` in the same order, perhaps with others between."""
    rest = iter(within)
    return all(any(line == other for other in rest) for line in lines)


def without_act(text: str) -> str:
    """`text` without its `acts:` block (and the blank line that sets it off)."""
    lines = text.splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.strip() == "acts:")
    end = next(i for i in range(start + 1, len(lines)) if not lines[i].startswith(" "))
    return "".join(lines[: start - 1] + lines[end:])


UNIT_ENDED = NAME_LINE + "".join(ENDED)


def write(tmp_path: Path, text: str | bytes, folder: str = "qc-test") -> Path:
    """`regulations/<folder>/regulation.yaml` under tmp_path, written byte for byte."""
    file = tmp_path / "regulations" / folder / "regulation.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return file


def transfer(file: Path, effective: date | None = MARCH_1) -> FileTransfer:
    [result] = plan_transfers([file], OLD, NEW, effective)
    return result


def duty(regulation: Regulation, duty_id: str) -> Duty:
    return next(d for _path, _article, d in regulation.duties() if d.id == duty_id)


def assert_checks_clean(file: Path, text: str) -> None:
    """The new text, written over the file, passes `check_paths` with no errors."""
    file.write_bytes(text.encode("utf-8"))
    result = check_paths([file.parent])
    errors = [f for f in result.findings if f.severity is Severity.ERROR]
    assert errors == []


def test_the_fixture_checks_clean(tmp_path: Path) -> None:
    result = check_paths([write(tmp_path, REGULATION).parent])
    assert result.files and result.findings == []


# --- Round trip, line by line ---------------------------------------------------------------


def test_only_the_intended_lines_change(tmp_path: Path) -> None:
    result = transfer(write(tmp_path, REGULATION))

    assert result.new_text == RECORDED
    # Besides DUTY_EDITS, lines are only added: every other line stays, in its place.
    name = (NAME_LINE, [NAME_LINE, *ENDED])
    assert subsequence(edited(REGULATION, [name, *DUTY_EDITS]), RECORDED.splitlines(True))
    assert result.changed
    assert result.old_text == REGULATION
    assert (result.act, result.new_act) == (result.new.acts[0], True)


def test_the_act_and_the_earlier_holders_read_back(tmp_path: Path) -> None:
    """The recorded history, read through the model: one handover act, and per duty the
    fields that changed, with their values until 1 March 2025."""
    new = transfer(write(tmp_path, REGULATION)).new

    assert new.format == 2
    [act] = new.acts
    assert act.model_dump(exclude_none=True) == {
        "id": ACT,
        "kind": "handover",
        "title": "Bàn giao nhiệm vụ của Cục An toàn thông tin cho Cục An ninh mạng, phòng chống tội"
        " phạm công nghệ cao",
        "effective": MARCH_1,
    }
    assert {
        d.id: [e.model_dump(exclude_unset=True) for e in d.before] for _p, _a, d in new.duties()
    } == {
        "canh-bao-su-co": [{"act": ACT, "lead": OLD, "support": ["bca-a05", "btttt-cvt"]}],
        "chia-se-giam-sat": [{"act": ACT, "lead": OLD, "support": ["bca-a05"]}],
        "tap-huan": [{"act": ACT, "lead": OLD}],
        "trao-doi-thong-tin": [{"act": ACT, "support": [OLD]}],
        "ra-soat": [{"act": ACT, "support": ["btttt-vp", OLD]}],
        "kiem-tra-bmnn": [{"act": ACT, "support": ["btttt-cvt", OLD, "bca-vp"]}],
        "giao-ban": [{"act": ACT, "support": ["btttt-vp", OLD, "bca-a05"]}],
        "tong-ket": [{"act": ACT, "support": ["btttt-vp", OLD, "bca-a05"]}],
    }


def test_a_duty_already_recorded_under_the_act_gains_the_field(tmp_path: Path) -> None:
    """A second handover under the same act (here of the supporters, after the lead went
    by hand) adds its field to the duty's entry under that act, in the documented order:
    two entries under one act would be CR904."""
    text = RECORDED.replace(
        "            support: [btttt-vp]\n            schedule: {yearly: 09-30}\n",
        "            support: [btttt-cvt]\n            schedule: {yearly: 09-30}\n",
    )
    file = write(tmp_path, text)
    [result] = plan_transfers([file], "btttt-cvt", "btttt-vp", MARCH_1, act=ActChoice(ACT))

    entry = [
        "            before:\n",
        f"              - act: {ACT}\n",
        "                lead: btttt-cattt\n",
        "                support: [btttt-cvt]\n",
    ]
    assert "".join(entry) in result.new_text
    assert duty(result.new, "tap-huan").before[0].model_dump(exclude_unset=True) == {
        "act": ACT,
        "lead": OLD,
        "support": ["btttt-cvt"],
    }
    assert len(result.new.acts) == 1


def test_without_effective_the_body_is_not_ended(tmp_path: Path) -> None:
    result = transfer(write(tmp_path, REGULATION), effective=None)

    assert result.new_text.splitlines(keepends=True) == edited(REGULATION, DUTY_EDITS)
    assert OLD in result.new.bodies()  # still declared: only its duties moved
    cattt = next(u for p in result.new.parties for u in p.units if u.id == OLD)
    assert (cattt.until, cattt.succeeded_by) == (None, None)


def test_the_handovers_in_document_order(tmp_path: Path) -> None:
    result = transfer(write(tmp_path, REGULATION))

    assert [(h.duty.id, h.role) for h in result.handovers] == HANDOVERS
    assert {h.article.number for h in result.handovers} == {2}
    assert all(h.regulation is result.old for h in result.handovers)


def test_a_support_lapses_where_the_new_body_already_takes_part(tmp_path: Path) -> None:
    """Read off REGULATION: bca-a05 leads trao-doi-thong-tin and ra-soat and already supports
    giao-ban and tong-ket, so there the old body's support simply ends; a lead never lapses."""
    result = transfer(write(tmp_path, REGULATION))

    lapsing = {"trao-doi-thong-tin", "ra-soat", "giao-ban", "tong-ket"}
    assert [(h.duty.id, h.lapses) for h in result.handovers] == [
        (duty_id, duty_id in lapsing) for duty_id, _role in HANDOVERS
    ]
    assert all(h.role == "support" for h in result.handovers if h.lapses)


def test_each_handover_knows_the_old_body_s_name(tmp_path: Path) -> None:
    """`old_name` is the old body's `name`; no text of REGULATION names it, until one does."""
    result = transfer(write(tmp_path, REGULATION))
    assert {h.old_name for h in result.handovers} == {"Cục An toàn thông tin"}
    assert not any(h.names_old_body for h in result.handovers)

    text = REGULATION.replace(
        "Tập huấn an toàn thông tin cho cán bộ hai Bộ.",
        "Cục An toàn thông tin tập huấn an toàn thông tin cho cán bộ hai Bộ.",
    ).replace("Giao ban định kỳ.", "Giao ban định kỳ (Cục An toàn thông tin phối hợp).")
    result = transfer(write(tmp_path, text, folder="qc-test"))

    assert [h.duty.id for h in result.handovers if h.names_old_body] == ["tap-huan", "giao-ban"]


def test_the_new_file_means_what_the_transfer_says(tmp_path: Path) -> None:
    new = transfer(write(tmp_path, REGULATION)).new

    expected = {
        "canh-bao-su-co": ("bca-a05", ["btttt-cvt"]),
        "chia-se-giam-sat": ("bca-a05", []),
        "tap-huan": ("bca-a05", ["btttt-vp"]),
        "trao-doi-thong-tin": ("bca-a05", []),
        "ra-soat": ("bca-a05", ["btttt-vp"]),
        "kiem-tra-bmnn": ("btttt-vp", ["btttt-cvt", "bca-a05", "bca-vp"]),
        "giao-ban": ("bca-vp", ["btttt-vp", "bca-a05"]),
        "tong-ket": ("bca-vp", ["btttt-vp", "bca-a05"]),
    }
    assert {d.id: (d.lead, d.support) for _p, _a, d in new.duties()} == expected
    assert not any(d.lead == OLD or OLD in d.support for _p, _a, d in new.duties())


def test_the_result_checks_clean(tmp_path: Path) -> None:
    file = write(tmp_path, REGULATION)
    assert_checks_clean(file, transfer(file).new_text)


def test_crlf_line_ends_are_kept_on_every_edited_line(tmp_path: Path) -> None:
    crlf = REGULATION.replace("\n", "\r\n")
    result = transfer(write(tmp_path, crlf), effective=None)

    expected = [line.replace("\n", "\r\n") for line in edited(REGULATION, DUTY_EDITS)]
    assert result.new_text.splitlines(keepends=True) == expected


def test_crlf_line_ends_are_kept_on_the_inserted_lines(tmp_path: Path) -> None:
    """The inserted `until`/`succeeded_by` lines end in the file's CRLF, not a bare LF."""
    crlf = REGULATION.replace("\n", "\r\n")
    result = transfer(write(tmp_path, crlf))

    assert result.new_text == RECORDED.replace("\n", "\r\n")
    assert "\n" not in result.new_text.replace("\r\n", "")


def test_a_bom_is_read(tmp_path: Path) -> None:
    """The BOM is read through; writing it back is the command's part (test_cli_transfer)."""
    result = transfer(write(tmp_path, "\ufeff".encode() + REGULATION.encode()))
    assert result.new_text == RECORDED


def test_the_bytes_to_write_keep_the_bom_and_crlf(tmp_path: Path) -> None:
    crlf = REGULATION.replace("\n", "\r\n")
    result = transfer(write(tmp_path, b"\xef\xbb\xbf" + crlf.encode()))

    expected = RECORDED.replace("\n", "\r\n")
    assert result.bom
    assert result.new_text == expected  # the text itself has no BOM
    assert result.new_bytes == b"\xef\xbb\xbf" + expected.encode()


def test_the_bytes_to_write_without_a_bom(tmp_path: Path) -> None:
    result = transfer(write(tmp_path, REGULATION))
    assert not result.bom
    assert result.new_bytes == result.new_text.encode()
    assert not result.new_bytes.startswith(b"\xef\xbb\xbf")


def test_a_flow_unit_mapping_ends_inside_its_braces(tmp_path: Path) -> None:
    block = (
        '      - id: "btttt-cattt"   # chuyển sang Bộ Công an từ 01/3/2025\n'
        "        name: 'Cục An toàn thông tin'  # tên đơn vị\n"
    )
    flow = '      - {id: btttt-cattt, name: "Cục An toàn thông tin, Bộ TT&TT"}  # ATTT\n'
    text = REGULATION.replace(block, flow)
    assert text != REGULATION
    result = transfer(write(tmp_path, text))

    ended = (
        '      - {id: btttt-cattt, name: "Cục An toàn thông tin, Bộ TT&TT", '
        "until: 2025-02-28, succeeded_by: bca-a05}  # ATTT\n"
    )
    # The act's title names the unit as this file does; the rest is RECORDED.
    expected = RECORDED.replace(block + "".join(ENDED), ended)
    assert without_act(result.new_text) == without_act(expected)
    assert result.new.acts[0].title.startswith("Bàn giao nhiệm vụ của Cục An toàn thông tin, Bộ")
    assert_checks_clean(tmp_path / "regulations" / "qc-test" / "regulation.yaml", result.new_text)


def test_a_flow_unit_mapping_over_several_lines(tmp_path: Path) -> None:
    block = (
        '      - id: "btttt-cattt"   # chuyển sang Bộ Công an từ 01/3/2025\n'
        "        name: 'Cục An toàn thông tin'  # tên đơn vị\n"
    )
    flow = '      - {id: btttt-cattt,\n         name: "Cục An toàn thông tin"  # tên\n        }\n'
    text = REGULATION.replace(block, flow)
    result = transfer(write(tmp_path, text))

    ended = flow.replace("        }\n", "        , until: 2025-02-28, succeeded_by: bca-a05}\n")
    assert result.new_text == RECORDED.replace(block + "".join(ENDED), ended)
    cattt = next(u for p in result.new.parties for u in p.units if u.id == OLD)
    assert (cattt.until, cattt.succeeded_by) == (date(2025, 2, 28), NEW)


def test_a_folded_name_as_the_last_key_ends_the_right_unit(tmp_path: Path) -> None:
    """After a block scalar (`name: >-`), `until` and `succeeded_by` go right after its
    last line, in the same unit, not after the next line (`- id: btttt-cvt`)."""
    block = (
        '      - id: "btttt-cattt"   # chuyển sang Bộ Công an từ 01/3/2025\n'
        "        name: 'Cục An toàn thông tin'  # tên đơn vị\n"
        "\n"
    )
    folded = (
        "      - id: btttt-cattt\n        name: >-\n          Cục An toàn\n          thông tin\n"
    )
    text = REGULATION.replace(block, folded)
    assert text != REGULATION
    result = transfer(write(tmp_path, text))

    units = {u.id: (u.until, u.succeeded_by) for p in result.new.parties for u in p.units}
    assert units[OLD] == (date(2025, 2, 28), NEW)
    assert units["btttt-cvt"] == (None, None)
    unit = block.removesuffix("\n") + "".join(ENDED) + "\n"  # the blank line went with it
    assert result.new_text == RECORDED.replace(unit, folded + "".join(ENDED))


def test_a_party_is_ended_under_its_name(tmp_path: Path) -> None:
    """A whole ministry hands over: its `until` goes after its own `name`, at its indent."""
    text = REGULATION.replace("            lead: btttt-vp\n", "            lead: btttt\n")
    text = text.replace(
        "            support: [btttt-vp]\n", "            support: [btttt-vp, btttt]\n"
    )
    [result] = plan_transfers([write(tmp_path, text)], "btttt", "bca", MARCH_1)

    # A party's `until` comes after its units and standing office, as fmt orders the keys.
    office = "    standing_office: btttt-vp\n"
    party_ended = [office, "    until: 2025-02-28\n", "    succeeded_by: bca\n"]
    act = "bg-btttt-20250301"
    edits = [
        ('id: "qc-test"\n', ["format: 2\n", 'id: "qc-test"\n']),
        (
            "place: Hà Nội\n",
            [
                "place: Hà Nội\n",
                "\n",
                "acts:\n",
                f"  - id: {act}\n",
                "    kind: handover\n",
                "    title: Bàn giao nhiệm vụ của Bộ Thông tin và Truyền thông cho Bộ Công an\n",
                "    effective: 2025-03-01\n",
            ],
        ),
        (office, party_ended),
        ("            lead: btttt\n", ["            lead: bca\n"]),
        ("            support: [btttt-vp, btttt]\n", ["            support: [btttt-vp, bca]\n"]),
        (
            "            schedule: {yearly: 09-30}\n",
            [
                "            schedule: {yearly: 09-30}\n",
                "            before:\n",
                f"              - act: {act}\n",
                "                support: [btttt-vp, btttt]\n",
            ],
        ),
        (
            "            schedule: {yearly: 10-31}\n",
            [
                "            schedule: {yearly: 10-31}\n",
                "            before:\n",
                f"              - act: {act}\n",
                "                lead: btttt\n",
            ],
        ),
    ]
    assert result.new_text.splitlines(keepends=True) == edited(text, edits)
    assert [(h.duty.id, h.role) for h in result.handovers] == [
        ("tap-huan", "support"),
        ("kiem-tra-bmnn", "lead"),
    ]


# --- Lists: removing items ------------------------------------------------------------------


def assert_same_around(new_text: str, expected: list[str], first: int, count: int) -> None:
    """`new_text` is `expected` but for the `count` lines from `first` on, however rewritten."""
    new = new_text.splitlines(keepends=True)
    tail = len(expected) - first - count
    assert new[:first] == expected[:first]
    assert new[len(new) - tail :] == expected[first + count :]


def test_a_multi_line_flow_list_with_a_comment_between_items(tmp_path: Path) -> None:
    """The last item of a flow list, after a line that ends in a comment: the item alone
    goes, so `]` stays on its own line and is not commented out ("[a, b,\n]" is valid)."""
    flow = "            support: [btttt-vp, btttt-cattt, bca-a05]\n"
    multi = "            support: [btttt-vp, bca-a05,  # hai bên\n              btttt-cattt]\n"
    text = REGULATION.replace(flow, multi)

    result = transfer(write(tmp_path, text), effective=None)

    assert duty(result.new, "tong-ket").support == ["btttt-vp", "bca-a05"]
    others = edited(text, [e for e in DUTY_EDITS if e[0] != flow])
    first = others.index("            support: [btttt-vp, bca-a05,  # hai bên\n")
    assert_same_around(result.new_text, others, first, 2)
    new = result.new_text.splitlines(keepends=True)
    assert new[first : first + 2] == [
        "            support: [btttt-vp, bca-a05,  # hai bên\n",
        "              ]\n",
    ]
    assert_checks_clean(tmp_path / "regulations" / "qc-test" / "regulation.yaml", result.new_text)


def test_the_only_item_of_an_indentless_block_list(tmp_path: Path) -> None:
    """A block list written at the key's own column (`support:` then `- x`): `[]` there is
    not valid YAML, so the two lines become `support: []`."""
    block = "            support:\n              # phối hợp\n              - bca-a05\n"
    indentless = "            support:\n            - bca-a05  # A05\n"
    text = REGULATION.replace(block, indentless)
    assert text != REGULATION

    result = transfer(write(tmp_path, text), effective=None)

    assert duty(result.new, "chia-se-giam-sat").support == []
    emptied = text.replace(indentless, "            support: []  # A05\n")
    others = [e for e in DUTY_EDITS if e[0] != "              - bca-a05\n"]
    assert result.new_text.splitlines(keepends=True) == edited(emptied, others)
    assert_checks_clean(tmp_path / "regulations" / "qc-test" / "regulation.yaml", result.new_text)


def test_the_only_item_of_an_indentless_list_keeps_a_comment_above_it(tmp_path: Path) -> None:
    """BUG: `support:`, a comment line, then `- bca-a05` at the key's column.

    The edit for `support: []` runs from the colon to the end of the item, so the
    comment line between them is deleted: every comment is to stay as it was (as
    it does when the list is indented: test_only_the_intended_lines_change).
    """
    block = "            support:\n              # phối hợp\n              - bca-a05\n"
    indentless = "            support:\n            # phối hợp\n            - bca-a05\n"
    text = REGULATION.replace(block, indentless)
    assert text != REGULATION

    result = transfer(write(tmp_path, text), effective=None)

    assert duty(result.new, "chia-se-giam-sat").support == []
    assert "            # phối hợp\n" in result.new_text.splitlines(keepends=True)


def test_the_only_item_of_a_multi_line_flow_list(tmp_path: Path) -> None:
    """The whole `[...]` becomes `[]`: its lines join, the comment after `]` stays."""
    lines = [
        "            support: [\n",
        "              btttt-cattt\n",
        "            ]  # chỉ một bên phối hợp\n",
    ]
    text = REGULATION.replace(
        "            support: [btttt-cattt]  # chỉ một bên phối hợp\n", "".join(lines)
    )
    result = transfer(write(tmp_path, text), effective=None)

    edits = [
        (lines[0], ["            support: []  # chỉ một bên phối hợp\n"]),
        (lines[1], []),
        (lines[2], []),
        *(e for e in DUTY_EDITS if not e[0].startswith("            support: [btttt-cattt]")),
    ]
    assert result.new_text.splitlines(keepends=True) == edited(text, edits)
    assert duty(result.new, "trao-doi-thong-tin").support == []


# --- Semantics ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("effective", "until"),
    [
        (date(2025, 3, 1), "2025-02-28"),
        (date(2024, 3, 1), "2024-02-29"),  # a leap year
        (date(2025, 1, 1), "2024-12-31"),  # across a year end
    ],
)
def test_until_is_the_day_before_the_effective_date(
    tmp_path: Path, effective: date, until: str
) -> None:
    result = transfer(write(tmp_path, REGULATION), effective)

    assert f"        until: {until}\n        succeeded_by: bca-a05\n" in result.new_text
    cattt = next(u for p in result.new.parties for u in p.units if u.id == OLD)
    assert (cattt.until, cattt.succeeded_by) == (date.fromisoformat(until), NEW)
    assert_checks_clean(tmp_path / "regulations" / "qc-test" / "regulation.yaml", result.new_text)


def test_existing_until_and_successor_are_replaced(tmp_path: Path) -> None:
    lines = [
        "        until: 2030-12-31  # dự kiến\n",
        NAME_LINE,
        "        succeeded_by: btttt-vp\n",
    ]
    text = REGULATION.replace(NAME_LINE, "".join(lines))
    result = transfer(write(tmp_path, text))

    replaced = (
        "        until: 2025-02-28  # dự kiến\n" + NAME_LINE + "        succeeded_by: bca-a05\n"
    )
    assert result.new_text == RECORDED.replace(UNIT_ENDED, replaced)


def test_existing_until_and_successor_only_one_present(tmp_path: Path) -> None:
    until = "        until: 2030-12-31\n"
    text = REGULATION.replace(NAME_LINE, until + NAME_LINE)
    result = transfer(write(tmp_path, text))

    replaced = "        until: 2025-02-28\n" + NAME_LINE + "        succeeded_by: bca-a05\n"
    assert result.new_text == RECORDED.replace(UNIT_ENDED, replaced)


def test_existing_quoted_until_and_successor_keep_their_quotes(tmp_path: Path) -> None:
    """As leads and supporters do, an existing `until`/`succeeded_by` keeps its quotes."""
    lines = ["        until: '2030-12-31'\n", NAME_LINE, '        succeeded_by: "btttt-vp"\n']
    text = REGULATION.replace(NAME_LINE, "".join(lines))
    result = transfer(write(tmp_path, text))

    replaced = "        until: '2025-02-28'\n" + NAME_LINE + '        succeeded_by: "bca-a05"\n'
    assert result.new_text == RECORDED.replace(UNIT_ENDED, replaced)


def test_the_same_file_named_twice_is_transferred_once(tmp_path: Path) -> None:
    """By two spellings of one path: one FileTransfer, with each handover once."""
    file = write(tmp_path, REGULATION)
    again = tmp_path / "regulations" / "qc-test" / ".." / "qc-test" / "regulation.yaml"
    assert again != file and again.resolve() == file.resolve()

    [result] = plan_transfers([file, again, file], OLD, NEW, MARCH_1)

    assert [(h.duty.id, h.role) for h in result.handovers] == HANDOVERS


def test_a_second_transfer_changes_nothing(tmp_path: Path) -> None:
    file = write(tmp_path, REGULATION)
    file.write_text(transfer(file).new_text, encoding="utf-8")

    again = transfer(file)

    assert again.handovers == []
    assert not again.changed


def test_several_regulations_at_once(tmp_path: Path) -> None:
    """One regulation involves the old body, the other does not and is left alone."""
    involved = write(tmp_path, REGULATION)
    other_text = (
        REGULATION.replace('id: "qc-test"', "id: qc-khac")
        .replace("btttt-cattt", "btttt-cbc")
        .replace("'Cục An toàn thông tin'", "'Cục Báo chí'")
    )
    other = write(tmp_path, other_text, folder="qc-khac")
    assert check_paths([other.parent]).findings == []

    first, second = plan_transfers([involved, other], OLD, NEW, MARCH_1)

    assert first.changed and len(first.handovers) == len(HANDOVERS)
    assert not second.changed and second.handovers == []
    assert second.new_text == other_text and second.new is second.old


def test_the_target_may_end_on_the_effective_day(tmp_path: Path) -> None:
    """Ended *before* the effective date is refused; ending on that very day is not."""
    text = REGULATION.replace(
        "name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao'}",
        "name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao', until: 2025-03-01}",
    )
    assert text != REGULATION
    result = transfer(write(tmp_path, text))
    assert len(result.handovers) == len(HANDOVERS)


def test_transfer_file_alone_leaves_an_uninvolved_file(tmp_path: Path) -> None:
    file = write(tmp_path, REGULATION)
    result = transfer_file(file, "khong-co", NEW, MARCH_1)
    assert not result.changed and result.handovers == []


# --- Refusals -------------------------------------------------------------------------------


def refusal(files: list[Path], source: str, target: str, effective: date | None) -> UsageError:
    with pytest.raises(UsageError) as caught:
        plan_transfers(files, source, target, effective)
    return caught.value


def test_an_unknown_source_is_refused(tmp_path: Path) -> None:
    error = refusal([write(tmp_path, REGULATION)], "khong-co", NEW, MARCH_1)
    assert (error.msgid, error.args_) == ("transfer_source_missing", {"source": "khong-co"})
    assert error.message("en") == "no regulation given declares the body 'khong-co'"


def test_a_target_the_regulation_does_not_declare_is_refused(tmp_path: Path) -> None:
    file = write(tmp_path, REGULATION)
    error = refusal([file], OLD, "cat-pa05", MARCH_1)
    assert error.msgid == "transfer_target_missing"
    assert error.message("en") == (
        f"regulation qc-test ({file}) does not declare 'cat-pa05'; add it under parties first"
    )


def test_moving_a_body_to_itself_is_refused(tmp_path: Path) -> None:
    error = refusal([write(tmp_path, REGULATION)], OLD, OLD, MARCH_1)
    assert error.message("en") == "'btttt-cattt' cannot take over its own duties"


def test_a_target_that_ended_before_the_effective_date_is_refused(tmp_path: Path) -> None:
    text = REGULATION.replace(
        "name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao'}",
        "name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao', until: 2025-02-28}",
    )
    error = refusal([write(tmp_path, text)], OLD, NEW, MARCH_1)
    assert error.message("en") == (
        "'bca-a05' itself ends on 2025-02-28, before the transfer takes effect"
    )


def test_a_target_unit_whose_party_has_ended_is_refused(tmp_path: Path) -> None:
    """A unit ends with its party at the latest: Cục A05 cannot take over once BCA has ended."""
    text = REGULATION.replace(
        '    name: "Bộ Công an"\n', '    name: "Bộ Công an"\n    until: 2025-02-28\n'
    )
    assert text != REGULATION
    error = refusal([write(tmp_path, text)], OLD, NEW, MARCH_1)
    assert error.message("en") == (
        "'bca-a05' itself ends on 2025-02-28, before the transfer takes effect"
    )


ANCHOR = REGULATION.replace("  first_year: 2022\n", "  first_year: &first 2022\n")
ALIAS = REGULATION.replace(
    "    title: QUY ĐỊNH CHUNG\n", "    title: &chuong QUY ĐỊNH CHUNG\n"
).replace("    title: TỔ CHỨC THỰC HIỆN\n", "    title: *chuong\n")


@pytest.mark.parametrize("text", [ANCHOR, ALIAS], ids=["anchor", "alias"])
def test_a_file_with_anchors_or_aliases_is_refused(tmp_path: Path, text: str) -> None:
    assert text != REGULATION
    file = write(tmp_path, text)
    error = refusal([file], OLD, NEW, MARCH_1)
    assert error.message("en") == (
        f"{file} uses YAML anchors or aliases; edit it by hand or remove them first"
    )


def test_anchors_in_a_file_the_transfer_does_not_touch_are_fine(tmp_path: Path) -> None:
    involved = write(tmp_path, REGULATION)
    other = write(
        tmp_path, ALIAS.replace('id: "qc-test"', "id: qc-khac").replace(OLD, "btttt-cbc"), "qc-khac"
    )
    first, second = plan_transfers([involved, other], OLD, NEW, MARCH_1)
    assert first.changed and not second.changed


def test_one_refused_file_refuses_the_whole_transfer(tmp_path: Path) -> None:
    """The second regulation involves the old body but lacks the new one: nothing is planned."""
    first = write(tmp_path, REGULATION)
    second_text = REGULATION.replace('id: "qc-test"', "id: qc-hai").replace(
        "      - {id: \"bca-a05\", name: 'Cục An ninh mạng, phòng chống tội phạm công nghệ cao'}  # A05\n",
        "",
    )
    second_text = second_text.replace("bca-a05", "bca-vp")
    second = write(tmp_path, second_text, folder="qc-hai")
    error = refusal([first, second], OLD, NEW, MARCH_1)
    assert error.msgid == "transfer_target_missing"
    assert error.args_["regulation"] == "qc-hai"
