"""Small, valid regulation and evaluation files as YAML text, for tests to vary.

`regulation(text)` puts the test's own YAML first, so line N of the test's text
is line N of the file, then appends the default value of every top-level key
the text does not set. The defaults (below, in this order) form a regulation
that checks clean: two parties with two units each, three chapters, five
articles, clauses and points, and four duties (continuous, quarterly, yearly,
and one-off in 2022), so a test states only what it is about::

    text = regulation(
        '''
        evaluation:
          rotation: [bca, btttt]
          first_year: 2020
        '''
    )
    assert check(text) == [(3, 15, "CR503")]

`evaluation(text)` does the same for a record of 2023 of that regulation, and
`check_folder` writes `<root>/regulations/<folder>/regulation.yaml` and
`evaluations/<name>` and runs `coordreg.check.checker.check_paths` on the folder.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from coordreg.check.checker import check_paths
from coordreg.findings import CheckResult, Finding
from coordreg.loader.limits import DEFAULT_LIMITS, Limits

Triple = tuple[int, int, str]

FOLDER = "qc-test"

# The default of each top-level key of regulation.yaml, in file order.
REGULATION_DEFAULTS: dict[str, str] = {
    "id": "id: qc-test\n",
    "number": "number: 01/QCPH-BCA-BTTTT\n",
    "title": "title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông\n",
    "signed": "signed: 2022-01-10\n",
    "effective": "effective: 2022-01-10\n",
    "place": "place: Hà Nội\n",
    "parties": """\
parties:
  - id: bca
    name: Bộ Công an
    short_name: BCA
    units:
      - id: bca-vp
        name: Văn phòng Bộ Công an
      - id: bca-a05
        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
    standing_office: bca-vp
    signatory:
      name: Đại tướng Tô Lâm
      title: Bộ trưởng Bộ Công an
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-vp
        name: Văn phòng Bộ Thông tin và Truyền thông
      - id: btttt-cattt
        name: Cục An toàn thông tin
    standing_office: btttt-vp
""",
    "evaluation": """\
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
  review_every: 5
""",
    "chapters": """\
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Phạm vi điều chỉnh
        text: Quy chế này quy định việc phối hợp giữa hai Bộ.
      - number: 2
        title: Nguyên tắc phối hợp
        clauses:
          - number: 1
            text: Tuân thủ quy định của pháp luật.
          - number: 2
            text: Bảo đảm các yêu cầu sau
            points:
              - label: a
                text: Chủ động, kịp thời;
              - label: b
                text: Thống nhất, hiệu quả.
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 3
        title: Trao đổi thông tin
        duties:
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về tình hình an ninh mạng.
            lead: bca-a05
            support: [btttt-cattt]
            schedule: continuous
          - id: bao-cao-quy
            text: Báo cáo kết quả giám sát an toàn thông tin.
            lead: btttt-cattt
            support: [bca-a05]
            schedule: {quarterly: 03-25}
      - number: 4
        title: Sơ kết, tổng kết
        duties:
          - id: tong-ket-nam
            text: Tổng kết công tác phối hợp hằng năm.
            lead: bca-vp
            support: [btttt-vp]
            schedule: {yearly: 12-15}
          - id: ke-hoach-trien-khai
            text: Ban hành kế hoạch triển khai Quy chế.
            lead: btttt-vp
            schedule: {once: 2022-06-30}
  - number: III
    title: TỔ CHỨC THỰC HIỆN
    articles:
      - number: 5
        title: Hiệu lực thi hành
        text: Quy chế này có hiệu lực kể từ ngày ký.
""",
}

# The default of each top-level key of an evaluation record (2023, hosted by btttt).
EVALUATION_DEFAULTS: dict[str, str] = {
    "regulation": "regulation: qc-test\n",
    "year": "year: 2023\n",
    "host": "host: btttt\n",
    "held": "held: 2024-01-15\n",
    "results": """\
results:
  trao-doi-thong-tin:
    status: done
  bao-cao-quy:
    status: in_progress
    note: Quý IV chưa báo cáo.
  tong-ket-nam:
    status: done
""",
}

_TOP_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:", re.MULTILINE)


def _compose(text: str, defaults: Mapping[str, str], without: Iterable[str]) -> str:
    own = textwrap.dedent(text).lstrip("\n")
    if own and not own.endswith("\n"):
        own += "\n"
    present = set(_TOP_KEY.findall(own)) | set(without)
    return own + "".join(block for key, block in defaults.items() if key not in present)


def regulation(text: str = "", *, without: Iterable[str] = ()) -> str:
    """A regulation.yaml: `text` (dedented) first, then the defaults of the other keys.

    Keys named in `without` are left out altogether.
    """
    return _compose(text, REGULATION_DEFAULTS, without)


def evaluation(text: str = "", *, without: Iterable[str] = ()) -> str:
    """An evaluation record: `text` (dedented) first, then the defaults of the other keys."""
    return _compose(text, EVALUATION_DEFAULTS, without)


DEFAULT_REGULATION = regulation()
DEFAULT_EVALUATION = evaluation()


def write_folder(
    root: Path,
    regulation_text: str | None = DEFAULT_REGULATION,
    evaluations: Mapping[str, str | bytes] | None = None,
    folder: str = FOLDER,
) -> Path:
    """Write `<root>/regulations/<folder>/` and return the folder.

    `regulation_text` None leaves regulation.yaml out; `evaluations` maps file
    names (`2023.yaml`) to their text, or bytes to write as they are.
    """
    target = root / "regulations" / folder
    target.mkdir(parents=True, exist_ok=True)
    if regulation_text is not None:
        (target / "regulation.yaml").write_text(regulation_text, encoding="utf-8")
    if evaluations:
        records = target / "evaluations"
        records.mkdir(exist_ok=True)
        for name, content in evaluations.items():
            file = records / name
            if isinstance(content, bytes):
                file.write_bytes(content)
            else:
                file.write_text(content, encoding="utf-8")
    return target


def check_folder(
    root: Path,
    regulation_text: str | None = DEFAULT_REGULATION,
    evaluations: Mapping[str, str | bytes] | None = None,
    folder: str = FOLDER,
    limits: Limits = DEFAULT_LIMITS,
) -> CheckResult:
    """Write a regulation folder under `root` and check it with `check_paths`."""
    target = write_folder(root, regulation_text, evaluations, folder)
    return check_paths([target], limits)


def triples(findings: Sequence[Finding]) -> list[Triple]:
    """The (line, column, code) of each finding, in report order."""
    return [(f.line, f.column, f.code) for f in findings]


def messages(findings: Sequence[Finding], lang: str = "en") -> list[str]:
    """The message of each finding, in report order."""
    return [f.message(lang) for f in findings]


class Check(Protocol):
    """The `check` fixture: write a folder in the test's tmp_path, return the triples."""

    def __call__(
        self,
        regulation_text: str | None = DEFAULT_REGULATION,
        evaluations: Mapping[str, str | bytes] | None = None,
        folder: str = FOLDER,
    ) -> list[Triple]: ...


class CheckFindings(Protocol):
    """The `check_findings` fixture: like `check`, but the findings themselves."""

    def __call__(
        self,
        regulation_text: str | None = DEFAULT_REGULATION,
        evaluations: Mapping[str, str | bytes] | None = None,
        folder: str = FOLDER,
    ) -> list[Finding]: ...
