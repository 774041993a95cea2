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
would and writes it atomically, never over an existing folder.
"""

from __future__ import annotations

import contextlib
import json
import re
import textwrap
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from coordreg.check.checker import check_text
from coordreg.errors import DataError, RefusedError, UsageError
from coordreg.files.atomic import write_atomic
from coordreg.loader.scalars import resolve_plain
from coordreg.model.common import ID_PATTERN
from coordreg.render.textfmt import short_date

REVIEW_EVERY = 5
OFFICE_SUFFIX = "-vp"
PLACEHOLDER = "[Nội dung do các bên thống nhất]"
_ID_RE = re.compile(ID_PATTERN)
_WIDTH = 88
# Characters a plain YAML scalar may not start with.
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"
# The schedules the commented-out example duties show, in turn.
_EXAMPLE_SCHEDULES = (
    "{{quarterly: 03-25}}",
    "{{yearly: 12-15}}",
    "{{half_yearly: 06-30}}",
    "{{monthly: 25}}",
    "{{once: {year}-06-30}}",
    "continuous",
)


@dataclass(frozen=True)
class PartySpec:
    id: str
    name: str

    @property
    def office(self) -> str:
        return f"{self.id}{OFFICE_SUFFIX}"

    @property
    def office_name(self) -> str:
        return f"Văn phòng {self.name}"


def clean_text(text: str) -> str:
    """Text as the file keeps it: NFC (terminals on macOS type NFD), single spaces."""
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _printable(text: str) -> bool:
    return all(char.isprintable() for char in text)


def check_regulation_id(value: str) -> str:
    if not _ID_RE.fullmatch(value):
        raise UsageError("new_bad_id", value=value)
    return value


def parse_party(spec: str) -> PartySpec:
    """`ID:NAME` (split at the first colon: names may hold colons) as a party."""
    identifier, colon, name = spec.partition(":")
    identifier, name = identifier.strip(), clean_text(name)
    if not colon or not identifier or not name or not _printable(name):
        raise UsageError("new_bad_party_spec", spec=spec)
    if not _ID_RE.fullmatch(identifier):
        raise UsageError("new_bad_party_id", id=identifier, spec=spec)
    return PartySpec(identifier, name)


def check_parties(parties: Sequence[PartySpec]) -> None:
    """At least two parties, ids unique (as CR201 compares them: without case), and
    no party id equal to the office id given to another party."""
    if len(parties) < 2:
        raise UsageError("new_too_few_parties", count=len(parties))
    seen: set[str] = set()
    for party in parties:
        if party.id.casefold() in seen:
            raise UsageError("new_duplicate_party", id=party.id)
        seen.add(party.id.casefold())
    for party in parties:
        if party.office.casefold() in seen:
            raise UsageError("new_office_id_clash", id=party.office, party=party.id)


def default_title(parties: Sequence[PartySpec]) -> str:
    """Quy chế phối hợp giữa A và B; A, B và C."""
    names = [party.name for party in parties]
    return f"Quy chế phối hợp giữa {_joined(names)}"


def _joined(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " và " + names[-1]


# --- Writing YAML by hand ----------------------------------------------------------------------


def scalar(text: str) -> str:
    """`text` as a YAML scalar: plain when YAML reads it back as the same string,
    else double-quoted (JSON's escapes are YAML's)."""
    plain = (
        text == text.strip()
        and text != ""
        and text[0] not in _INDICATORS
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and _printable(text)
        and isinstance(resolve_plain(text), str)
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def field(key: str, text: str, indent: int, *, head: str | None = None) -> list[str]:
    """`key: text` on one line when it fits, else as a folded block (`>-`).

    `head` replaces the `key: ` at `indent` before the value, for an item of a
    list (`- `) or a key on the line of its list's dash (`- key: `).
    """
    pad = " " * indent
    head = f"{pad}{key}: " if head is None else head
    line = f"{head}{scalar(text)}"
    if len(line) <= _WIDTH or not _printable(text) or text != clean_text(text):
        return [line]
    # Folding joins the lines with one space: never break at a hyphen, which would add one.
    body = textwrap.wrap(
        text,
        _WIDTH - indent - 2,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return [f"{head}>-", *(f"{pad}  {part}" for part in body)]


def _comments(text: str, indent: int) -> list[str]:
    """A comment paragraph, wrapped; blank lines in `text` separate paragraphs."""
    pad = " " * indent
    lines: list[str] = []
    for paragraph in textwrap.dedent(text).strip().split("\n\n"):
        if lines:
            lines.append(f"{pad}#")
        wrapped = textwrap.wrap(
            " ".join(paragraph.split()),
            _WIDTH - indent - 2,
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(f"{pad}# {part}" for part in wrapped)
    return lines


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
        others = ", ".join(_key(other.id) for other in parties if other is not party)
        schedule = _EXAMPLE_SCHEDULES[index % len(_EXAMPLE_SCHEDULES)].format(year=year)
        lines += [
            f"        #   - id: nhiem-vu-{index + 1}",
            f'        #     text: "[Nội dung công việc do {_escaped(party.name)} chủ trì]"',
            f"        #     lead: {_key(party.id)}",
            f"        #     support: [{others}]",
            f"        #     schedule: {schedule}",
            '        #     deliverable: "[Sản phẩm]"',
        ]
    return lines


def _escaped(text: str) -> str:
    """Text to sit inside a double-quoted scalar."""
    return json.dumps(text, ensure_ascii=False)[1:-1]


def _key(identifier: str) -> str:
    """An id as a YAML value: quoted when YAML would read it as a number, a boolean or null."""
    return identifier if isinstance(resolve_plain(identifier), str) else f'"{identifier}"'


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

    lines = _comments(
        f"""
        {title}

        Bản khung do `coordreg new` tạo ngày {short_date(today)}. Thay mọi chỗ trong
        ngoặc vuông "[...]" bằng nội dung {sides} thống nhất, sửa các câu chữ mẫu cho
        phù hợp, rồi chạy `coordreg check` sau mỗi lần sửa. Ý nghĩa từng khóa: xem
        docs/format.md.

        English: a skeleton written by `coordreg new`. Replace every "[...]"
        placeholder with the agreed text, adapt the standard wording, and run
        `coordreg check` after each edit; docs/format.md describes every key.
        """,
        0,
    )
    lines += [""]
    lines += _comments(
        """Mã quy chế: trùng tên thư mục; chỉ dùng chữ cái không dấu, chữ số, "-", "_", ".".""",
        0,
    )
    lines += [f"id: {_key(regulation_id)}"]
    lines += _comments("Số ký hiệu, điền khi văn bản được ban hành:", 0)
    lines += [f"# number: 01/QCPH-{symbols}"]
    lines += _comments(
        """Tên đầy đủ như trên văn bản; thường bổ sung lĩnh vực phối hợp ("... trong công
        tác ...").""",
        0,
    )
    lines += field("title", title, 0)
    lines += _comments(
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
    lines += _comments(
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
        lines += [f"  - id: {_key(party.id)}", *field("name", party.name, 4)]
        lines += [
            "    # short_name: ...   # tên viết tắt trong văn bản",
            f"    # symbol: {party.id.upper()}   # viết tắt trong số ký hiệu văn bản",
            "    units:",
            f"      - id: {_key(party.office)}",
            *field("name", party.office_name, 8),
            "      # - id: ...",
            '      #   name: "[Tên đơn vị được giao nhiệm vụ]"',
            f"    standing_office: {_key(party.office)}",
            "    # signatory:",
            '    #   name: "[Họ và tên]"',
            '    #   title: "[Chức vụ]"',
        ]
    lines += [""]
    lines += _comments(
        f"""Đánh giá hằng năm: các bên luân phiên chủ trì theo thứ tự trong rotation (lặp
        lại), bắt đầu từ năm first_year, năm đầu tiên được đánh giá; sơ kết sau mỗi
        review_every năm (giai đoạn {first_year} - {first_year + REVIEW_EVERY - 1}, ...).""",
        0,
    )
    rotation = ", ".join(_key(party.id) for party in parties)
    lines += [
        "evaluation:",
        f"  rotation: [{rotation}]",
        f"  first_year: {first_year}",
        f"  review_every: {REVIEW_EVERY}",
        "",
    ]
    lines += _comments(
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
    lines += _comments(
        """Các nhiệm vụ cụ thể (nội dung công việc): mỗi nhiệm vụ có mã (id) duy nhất, một
        cơ quan chủ trì (lead), các cơ quan phối hợp (support), thời hạn (schedule) và sản
        phẩm (deliverable). Chủ trì, phối hợp là mã của một bên hay một đơn vị đã khai báo.
        Thời hạn: continuous (thường xuyên), on_request (khi có yêu cầu), {once:
        YYYY-MM-DD}, {yearly: MM-DD}, {half_yearly: MM-DD}, {quarterly: MM-DD}, {monthly:
        NGÀY}.

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


def target_of(root: Path, regulation_id: str) -> Path:
    return root / regulation_id / "regulation.yaml"


def write_scaffold(
    root: Path,
    regulation_id: str,
    parties: Sequence[PartySpec],
    title: str | None,
    today: date,
) -> Path:
    """Write the skeleton to `<root>/<id>/regulation.yaml` and return that path.

    Refused (nothing written) when the folder exists. The text is checked as
    `coordreg check` would before it is written: errors (which would be a bug
    here) raise `DataError` rather than leave a broken file.
    """
    check_regulation_id(regulation_id)
    check_parties(parties)
    if title is not None and not clean_text(title):
        raise UsageError("new_empty_title")
    if title is not None and not _printable(clean_text(title)):
        raise UsageError("new_bad_title")
    text = scaffold_text(regulation_id, parties, title, today)
    result = check_text(text, target_of(root, regulation_id))
    if result.errors:
        raise DataError(result)
    return write_new_regulation(root, regulation_id, text, "new_exists")


def write_new_regulation(root: Path, regulation_id: str, text: str, exists: str) -> Path:
    """Write `text` as `<root>/<id>/regulation.yaml`, a folder that must not exist yet.

    `RefusedError(exists)` when it does, even when another process makes it
    meanwhile: the file is linked into place exclusively. A failure or an
    interruption removes the folder this call made, so that the same command can
    be run again; a failure is `new_cannot_write` (exit 2). Used by `new` and
    `import`.
    """
    folder = root / regulation_id
    target = target_of(root, regulation_id)
    if folder.exists() or folder.is_symlink():
        raise RefusedError(exists, path=str(folder))
    try:
        write_atomic(target, text, exclusive=True)
    except FileExistsError:
        raise RefusedError(exists, path=str(folder)) from None
    except BaseException as error:
        _remove_if_empty(folder)
        if isinstance(error, OSError):
            reason = error.strerror or str(error)
            raise UsageError("new_cannot_write", path=str(target), reason=reason) from None
        raise
    return target


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):
        folder.rmdir()
