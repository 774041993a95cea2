"""CR905 format-not-declared: a file that uses the keys of format 2 says `format: 2`."""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import DEFAULT_REGULATION, Check, CheckFindings, messages, regulation, triples

from coordreg.findings import Severity

HISTORY = Path(__file__).parents[1] / "time" / "history.yaml"


def test_acts_without_the_format(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """\
            acts:
              - {id: sd-2024, title: Sửa đổi, signed: 2024-01-05, effective: 2024-01-15}
            """
        )
    )
    assert triples(found) == [(1, 1, "CR905")]
    assert found[0].severity is Severity.WARNING
    assert messages(found) == [
        "'acts' is a key of format 2 but the file does not say 'format: 2': add it at the top, "
        "so that a coordreg that reads only format 1 says clearly that it cannot read the file"
    ]
    assert messages(found, "vi") == [
        "'acts' là khóa của định dạng 2 nhưng tệp không ghi 'format: 2': hãy thêm dòng này "
        "ở đầu tệp để bản coordreg chỉ đọc định dạng 1 báo rõ là không đọc được tệp"
    ]


@pytest.mark.parametrize(
    ("unit", "column", "key"),
    [
        ("{id: btttt-cattt, name: Cục ATTT, since: 2023-01-01}", 43, "since"),
        ("{id: btttt-cattt, name: Cục ATTT, until: 2025-02-28, succeeded_by: [bca-a05]}", 62,
         "succeeded_by"),
        ("{id: btttt-cattt, name: Cục ATTT, before: [{act: x, name: Cục}]}", 43, "before"),
    ],
)  # fmt: skip
def test_the_first_key_of_format_2_in_the_file(
    check_findings: CheckFindings, unit: str, column: int, key: str
) -> None:
    text = regulation(
        f"""\
        format: 1
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {{id: bca-vp, name: Văn phòng Bộ Công an}}
              - {{id: bca-a05, name: Cục An ninh mạng}}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            units:
              - {{id: btttt-vp, name: Văn phòng Bộ}}
              - {unit}
        chapters:
          - number: I
            title: NỘI DUNG PHỐI HỢP
            articles:
              - number: 1
                title: Trao đổi thông tin
                added_by: sd-2024
                duties:
                  - {{id: d1, text: Trao đổi, lead: bca-a05, schedule: continuous}}
                  - {{id: d2, text: Báo cáo, lead: btttt-vp, schedule: continuous}}
        """
    )
    # `format: 1` says no more than leaving it out; the finding is once per file.
    found = [f for f in check_findings(text) if f.code == "CR905"]
    assert triples(found) == [(12, column, "CR905")]
    assert messages(found)[0].startswith(f"'{key}' is a key of format 2")


def test_a_single_successor_and_an_end_date_are_format_1(check: Check) -> None:
    # The regulation ends with the unit: nothing is left to hand over (CR306).
    text = regulation(
        """\
        until: 2027-12-31
        parties:
          - id: bca
            name: Bộ Công an
            units:
              - {id: bca-vp, name: Văn phòng Bộ Công an}
              - {id: bca-a05, name: Cục An ninh mạng}
          - id: btttt
            name: Bộ Thông tin và Truyền thông
            units:
              - {id: btttt-vp, name: Văn phòng Bộ}
              - {id: btttt-cattt, name: Cục ATTT, until: 2027-12-31, succeeded_by: bca-a05}
        """
    )
    assert check(text) == []


def test_files_that_say_their_format(check: Check) -> None:
    assert check(DEFAULT_REGULATION) == []
    history = HISTORY.read_text(encoding="utf-8")
    assert "CR905" not in [code for *_place, code in check(history, folder="qc-history")]
    undeclared = history.replace("format: 2\n", "")
    assert [t for t in check(undeclared, folder="qc-history") if t[2] == "CR905"] == [
        (12, 1, "CR905")
    ]
