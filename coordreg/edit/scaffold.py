"""`coordreg new`: the skeleton of a new regulation, ready to fill in.

The file is written as text, not dumped, so that it reads like the bundled
regulations: the keys in the documented order, comments that say what each part
is for, and the conventional outline of a coordination regulation (Chương I QUY
ĐỊNH CHUNG, Chương II NỘI DUNG PHỐI HỢP, Chương III TỔ CHỨC THỰC HIỆN).

What the skeleton assumes, and why:

- Each party gets one unit, its Office ("Văn phòng <party>", id `<party>-vp`), as
  its standing office: the Offices are the standing bodies in the regulations
  this tool was built on, and a plan names the standing offices. The comment
  beside it says to change it where another unit holds the role.
- No duty is written, only commented-out examples (one per party, each with a
  different schedule). An invented duty would flow into plans, evaluation
  records and the agenda; without one, `coordreg check` warns (CR701) for every
  party that leads nothing yet, which is the secretariat's to-do list.
- Texts the parties must agree are placeholders in square brackets, "[...]", so
  that they stand out in the file and in every rendered document. Standard
  wording (principles, forms, effect) is written out in full, to be edited.
- Signed and effective today; the first evaluated year is next year; a review
  every 5 years; the rotation in the order the parties were given.

`scaffold_text` returns the file; `write_scaffold` checks it as `coordreg check`
would and writes it atomically, never over an existing folder. The command's
input is read and checked in `new_input`, the folder written by `new_folder`,
and every value and comment spelt by `yamlwriter`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from coordreg.check.checker import check_text
from coordreg.edit.new_folder import target_of, write_new_regulation
from coordreg.edit.new_input import (
    PartySpec,
    check_parties,
    check_regulation_id,
    check_title,
    clean_text,
)
from coordreg.edit.yamlwriter import comment_block, double_quoted, field, flow_sequence, scalar
from coordreg.errors import DataError
from coordreg.render.textfmt import legal_date

REVIEW_EVERY = 5
PLACEHOLDER = "[Nội dung do các bên thống nhất]"
# The schedules the commented-out example duties show, in turn.
_EXAMPLE_SCHEDULES = (
    "{{quarterly: 03-25}}",
    "{{yearly: 12-15}}",
    "{{half_yearly: 06-30}}",
    "{{monthly: 25}}",
    "{{once: {year}-06-30}}",
    "continuous",
)


def default_title(parties: Sequence[PartySpec]) -> str:
    """Quy chế phối hợp giữa A và B; A, B và C."""
    names = [party.name for party in parties]
    return f"Quy chế phối hợp giữa {_joined(names)}"


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


def _article(
    number: int, title: str, text: str | None = None, clauses: Sequence[str] = ()
) -> list[str]:
    lines = [f"      - number: {number}", *field("title", title, 8)]
    if text is not None:
        lines.extend(field("text", text, 8))
    if clauses:
        lines.append("        clauses:")
        for index, clause in enumerate(clauses, start=1):
            lines.append(f"          - number: {index}")
            lines.extend(field("text", clause, 12))
    return lines


def _example_duties(parties: Sequence[PartySpec], year: int) -> list[str]:
    """Commented-out duties, one led by each party: removing "# " from each line
    gives valid YAML at the right indentation."""
    lines = ["        # duties:"]
    for index, party in enumerate(parties):
        others = flow_sequence([other.id for other in parties if other is not party])
        text = f"[Nội dung công việc do {party.name} chủ trì]"
        schedule = _EXAMPLE_SCHEDULES[index % len(_EXAMPLE_SCHEDULES)].format(year=year)
        lines += [
            f"        #   - id: nhiem-vu-{index + 1}",
            f"        #     text: {double_quoted(text)}",
            f"        #     lead: {scalar(party.id)}",
            f"        #     support: {others}",
            f"        #     schedule: {schedule}",
            '        #     deliverable: "[Sản phẩm]"',
        ]
    return lines


def scaffold_text(
    regulation_id: str, parties: Sequence[PartySpec], title: str | None, today: date
) -> str:
    """The skeleton of `regulations/<regulation_id>/regulation.yaml`."""
    title = clean_text(title) if title is not None else default_title(parties)
    first_year = today.year + 1
    names = _joined([party.name for party in parties])
    sides = "hai bên" if len(parties) == 2 else "các bên"
    offices = _joined([party.office_name for party in parties])
    hosts = "; ".join(
        f"{party.name} chủ trì năm {first_year + index}" for index, party in enumerate(parties)
    )
    symbols = "-".join(party.id.upper() for party in parties)

    lines = comment_block(
        f"""
        {title}

        Bản khung do `coordreg new` tạo ngày {legal_date(today)}. Thay mọi chỗ trong
        ngoặc vuông "[...]" bằng nội dung {sides} thống nhất, sửa các câu chữ mẫu cho
        phù hợp, rồi chạy `coordreg check` sau mỗi lần sửa. Ý nghĩa từng khóa hiện khi
        rê chuột trong trình soạn thảo (lược đồ ở dòng đầu, `coordreg schema`); mỗi mã
        phát hiện có giải thích và ví dụ: `coordreg explain CR301`.

        English: a skeleton written by `coordreg new`. Replace every "[...]"
        placeholder with the agreed text, adapt the standard wording, and run
        `coordreg check` after each edit; an editor shows what each key means (the
        schema on the first line, `coordreg schema`), and `coordreg explain CODE`
        explains each finding with examples.
        """,
        0,
    )
    lines += [""]
    lines += comment_block(
        """Mã quy chế: trùng tên thư mục; chỉ dùng chữ cái không dấu, chữ số, "-", "_", ".".""",
        0,
    )
    lines += [f"id: {scalar(regulation_id)}"]
    lines += comment_block("Số ký hiệu, điền khi văn bản được ban hành:", 0)
    lines += [f"# number: 01/QCPH-{symbols}"]
    lines += comment_block(
        """Tên đầy đủ như trên văn bản; thường bổ sung lĩnh vực phối hợp ("... trong công
        tác ...").""",
        0,
    )
    lines += field("title", title, 0)
    lines += comment_block(
        """Ngày ký và ngày có hiệu lực (YYYY-MM-DD). Nếu quy chế "có hiệu lực sau 10 ngày kể
        từ ngày ký", sửa effective; nếu có thời hạn, thêm until: YYYY-MM-DD (ngày cuối cùng
        còn hiệu lực).""",
        0,
    )
    lines += [
        f"signed: {today.isoformat()}",
        f"effective: {today.isoformat()}",
        'place: "[Nơi ký]"  # ví dụ: Hà Nội',
        "",
    ]
    lines += comment_block(
        """Các bên ký kết. Mỗi bên khai báo các đơn vị (units) được giao nhiệm vụ: Cục, Vụ,
        Sở, Phòng... Cơ quan thường trực (standing_office) là một đơn vị của chính bên đó,
        thường là Văn phòng; đổi lại nếu đơn vị khác đảm nhiệm (ví dụ Công an tỉnh: Phòng
        Tham mưu).""",
        0,
    )
    lines += ["parties:"]
    for index, party in enumerate(parties):
        if index:
            lines.append("")
        lines += [f"  - id: {scalar(party.id)}", *field("name", party.name, 4)]
        lines += [
            "    # short_name: ...   # tên viết tắt trong văn bản",
            f"    # symbol: {party.id.upper()}   # viết tắt trong số ký hiệu văn bản",
            "    units:",
            f"      - id: {scalar(party.office)}",
            *field("name", party.office_name, 8),
            "      # - id: ...",
            '      #   name: "[Tên đơn vị được giao nhiệm vụ]"',
            f"    standing_office: {scalar(party.office)}",
            "    # signatory:",
            '    #   name: "[Họ và tên]"',
            '    #   title: "[Chức vụ]"',
        ]
    lines += [""]
    lines += comment_block(
        f"""Đánh giá hằng năm: các bên luân phiên chủ trì theo thứ tự trong rotation (lặp
        lại), bắt đầu từ năm first_year, năm đầu tiên được đánh giá; sơ kết sau mỗi
        review_every năm (giai đoạn {first_year} - {first_year + REVIEW_EVERY - 1}, ...).""",
        0,
    )
    rotation = flow_sequence([party.id for party in parties])
    lines += [
        "evaluation:",
        f"  rotation: {rotation}",
        f"  first_year: {first_year}",
        f"  review_every: {REVIEW_EVERY}",
        "",
    ]
    lines += comment_block(
        """Nội dung quy chế: Chương > Điều > Khoản (clauses) > Điểm (points). Chương đánh số
        La Mã I, II, III; Điều đánh số liên tục từ 1 qua các chương; Khoản từ 1 trong mỗi
        Điều; Điểm theo thứ tự a, b, c, d, đ, e, g, h... Khi thêm hoặc bớt một Điều, đánh
        số lại các Điều sau.""",
        0,
    )
    lines += [
        "chapters:",
        "  - number: I",
        "    title: QUY ĐỊNH CHUNG",
        "    articles:",
    ]
    lines += _article(
        1,
        "Phạm vi điều chỉnh",
        text=(
            "Quy chế này quy định nguyên tắc, nội dung, hình thức và trách nhiệm phối hợp "
            f"giữa {names} trong [lĩnh vực phối hợp]."
        ),
    )
    lines += _article(
        2,
        "Đối tượng áp dụng",
        text=(
            f"Quy chế này áp dụng đối với {names}, các cơ quan, đơn vị trực thuộc và cơ quan, "
            "tổ chức, cá nhân có liên quan."
        ),
    )
    lines += _article(
        3,
        "Nguyên tắc phối hợp",
        clauses=(
            "Tuân thủ quy định của pháp luật và quy định về bảo vệ bí mật nhà nước; phối hợp "
            "trên cơ sở chức năng, nhiệm vụ, quyền hạn của mỗi bên, không làm ảnh hưởng đến "
            f"hoạt động chuyên môn của {sides}.",
            "Bảo đảm chủ động, thường xuyên, kịp thời, thống nhất và hiệu quả; thông tin trao "
            "đổi được quản lý, sử dụng đúng mục đích.",
            "[Nguyên tắc khác do các bên thống nhất]",
        ),
    )
    lines += [
        "",
        "  - number: II",
        "    title: NỘI DUNG PHỐI HỢP",
        "    articles:",
    ]
    lines += _article(4, "Nội dung phối hợp", text=PLACEHOLDER)
    lines += comment_block(
        """Các nhiệm vụ cụ thể (nội dung công việc): mỗi nhiệm vụ có mã (id) duy nhất, một
        cơ quan chủ trì (lead), các cơ quan phối hợp (support), thời hạn (schedule) và sản
        phẩm (deliverable). Chủ trì, phối hợp là mã của một bên hay một đơn vị đã khai báo.
        Thời hạn: continuous (thường xuyên), on_request (khi có yêu cầu), {once:
        YYYY-MM-DD}, {yearly: MM-DD}, {half_yearly: MM-DD}, {quarterly: MM-DD}, {monthly:
        NGÀY}.

        Nhiệm vụ do nhiều cơ quan chủ trì: lead: {jointly: [mã, mã]} khi đồng chủ trì
        (một nhiệm vụ, một kết quả chung), lead: {each: [mã, mã]} khi mỗi Bên tự thực
        hiện (mỗi Bên một kết quả); `coordreg explain CR310`. Nhiệm vụ lấy từ một khoản,
        điểm của Điều có thể ghi thêm clause: 2 và point: a.

        Mỗi bên nên chủ trì ít nhất một nhiệm vụ; đến khi đó `coordreg check` cảnh báo
        CR701. Để dùng các ví dụ dưới đây, bỏ "# " ở đầu mỗi dòng rồi sửa lại; có thể
        đặt nhiệm vụ ở bất kỳ Điều nào.""",
        8,
    )
    lines += _example_duties(parties, first_year)
    lines += _article(
        5,
        "Hình thức phối hợp",
        clauses=(
            f"Trao đổi thông tin, tài liệu bằng văn bản hoặc qua hệ thống thông tin của {sides}.",
            "Tổ chức họp, hội nghị, hội thảo; thành lập đoàn công tác liên ngành khi cần thiết.",
            "[Hình thức khác do các bên thống nhất]",
        ),
    )
    lines += [
        "",
        "  - number: III",
        "    title: TỔ CHỨC THỰC HIỆN",
        "    articles:",
    ]
    lines += _article(
        6,
        "Cơ quan thường trực",
        text=(
            f"{offices} là cơ quan thường trực, giúp lãnh đạo {sides} theo dõi, đôn đốc, tổng "
            "hợp tình hình và kết quả thực hiện Quy chế."
        ),
    )
    lines += _article(
        7,
        "Đánh giá, sơ kết",
        clauses=(
            f"Hằng năm, {sides} luân phiên chủ trì tổ chức đánh giá kết quả thực hiện Quy chế "
            f"và thống nhất kế hoạch phối hợp năm tiếp theo: {hosts}; các năm tiếp theo thực "
            "hiện luân phiên theo thứ tự trên.",
            f"Sau {REVIEW_EVERY:02d} năm thực hiện, {sides} tổ chức sơ kết việc thực hiện Quy chế.",
        ),
    )
    lines += _article(
        8,
        "Hiệu lực thi hành",
        clauses=(
            "Quy chế này có hiệu lực kể từ ngày ký.",
            "Trong quá trình thực hiện, nếu có vướng mắc hoặc cần sửa đổi, bổ sung, "
            f"{sides} trao đổi, thống nhất bằng văn bản.",
        ),
    )
    return "\n".join(lines) + "\n"


# Where `new` keeps the JSON Schemas its files point editors to, beside regulations/
# (docs/editors.md: `coordreg schema --out-dir .schemas` refreshes them).
SCHEMAS_FOLDER = ".schemas"


def editor_schema(folder: Path) -> Path:
    """`folder`/regulation.schema.json, written (with the record's) when it is not there yet."""
    from coordreg.check.schema import file_schemas, write_schemas

    target = folder / "regulation.schema.json"
    if not target.exists():
        write_schemas(folder, file_schemas())
    return target


def write_scaffold(
    root: Path,
    regulation_id: str,
    parties: Sequence[PartySpec],
    title: str | None,
    today: date,
    schema: Path | None = None,
) -> Path:
    """Write the skeleton to `<root>/<id>/regulation.yaml` and return that path.

    With `schema` (a regulation.schema.json), the file's first line points YAML
    editors to it (`# yaml-language-server: $schema=...`, relative to the file).

    Refused (nothing written) when the folder exists. The text is checked as
    `coordreg check` would before it is written: errors (which would be a bug
    here) raise `DataError` rather than leave a broken file.
    """
    check_regulation_id(regulation_id)
    check_parties(parties)
    check_title(title)
    text = scaffold_text(regulation_id, parties, title, today)
    result = check_text(text, target_of(root, regulation_id))
    if result.errors:
        raise DataError(result)
    if schema is not None:
        folder = root / regulation_id
        relative = Path(os.path.relpath(schema, folder)).as_posix()
        text = f"# yaml-language-server: $schema={relative}\n" + text
    return write_new_regulation(root, regulation_id, text, "new_exists")
