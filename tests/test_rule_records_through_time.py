"""The check of the evaluation record for year Y uses the regulation as in force in Y.

The regulation is tests/time/history.yaml: a handover of the information-security
duties and the merger of the Ministry of Information and Communications into the
Ministry of Science and Technology on 1 March 2025 (the rotation [bca, btttt] becomes
[bca, bkhcn]), and an amendment effective 1 July 2026 that adds the one-off duty d4
(due 2026-09-30) and repeals the continuous duty d5. Its duties: d1 continuous, d2
yearly on 15 December, d3 quarterly on the 25th, d4 and d5.

The same records are checked against the regulation as it stood in 2024, with none
of this history (BEFORE): what is about 2024 and earlier finds the same.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from builders import CheckFindings, messages, triples

HISTORY = Path(__file__).with_name("time") / "history.yaml"
HISTORY_TEXT = HISTORY.read_text(encoding="utf-8")
FOLDER = "qc-history"


@pytest.fixture(autouse=True)
def _no_record_overdue_yet(monkeypatch: pytest.MonkeyPatch) -> None:
    """A day before any of these records is due: only the findings about them (not CR612)."""
    monkeypatch.setenv("COORDREG_TODAY", "2022-06-01")


# The regulation of history.yaml as it stood before any of its acts, written as
# format 1: what the secretariat's file said in 2024.
BEFORE = """\
id: qc-history
number: 01/QCPH-BCA-BTTTT
title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
signed: 2021-11-24
effective: 2021-11-24
place: Hà Nội
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {id: bca-vp, name: Văn phòng Bộ Công an}
      - {id: bca-a05, name: "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"}
    standing_office: bca-vp
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - {id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}
      - {id: btttt-cattt, name: Cục An toàn thông tin}
    standing_office: btttt-vp
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - {number: 1, title: Phạm vi điều chỉnh}
      - {number: 2, title: Nguyên tắc phối hợp}
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 3
        title: Nội dung phối hợp
        duties:
          - {id: d1, text: Giám sát, lead: btttt-cattt, support: [bca-a05], schedule: continuous}
          - {id: d2, text: Tổng kết, lead: btttt-vp, support: [bca-vp], schedule: {yearly: 12-15}}
          - {id: d3, text: Đánh giá, lead: btttt-cattt, schedule: {quarterly: 03-25}}
          - {id: d5, text: Trao đổi, lead: bca-vp, support: [btttt-vp], schedule: continuous}
"""


def record(year: int, host: str, results: str, *, held: str = "") -> str:
    """The record of `year`: `results` on line 5, then one `duty: status` a line."""
    rows = "".join(f"  {line.strip()}\n" for line in results.strip().splitlines())
    return (
        f"regulation: {FOLDER}\nyear: {year}\nhost: {host}\n"
        f"held: {held or f'{year}-12-20'}\nresults:\n{rows}"
    )


DONE = "{status: done}"
ALL_2024 = f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}\nd5: {DONE}"


def record_findings(
    check_findings: CheckFindings, regulation: str, records: dict[int, str]
) -> list[tuple[int, int, int, str]]:
    """(year, line, column, code) of the findings in the records; the regulation itself
    must check clean but for the warning on decree 55's dates (CR902)."""
    found = check_findings(regulation, {f"{y}.yaml": text for y, text in records.items()}, FOLDER)
    assert [f.code for f in found if f.file.endswith("regulation.yaml")] in ([], ["CR902"])
    return [
        (int(Path(f.file).stem), f.line, f.column, f.code)
        for f in found
        if not f.file.endswith("regulation.yaml")
    ]


def test_the_records_up_to_2024_check_the_same_after_the_acts(
    check_findings: CheckFindings,
) -> None:
    records = {
        2022: record(2022, "bca", ALL_2024),
        2023: record(2023, "btttt", f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}"),
        2024: record(2024, "bca", ALL_2024 + "\nd4: {status: done}"),
    }
    before = record_findings(check_findings, BEFORE, records)
    after = record_findings(check_findings, HISTORY_TEXT, records)
    # 2023 forgot d5; 2024 has a result for d4, which does not exist in 2024.
    assert before == [(2023, 5, 1, "CR606"), (2024, 10, 3, "CR603")]
    assert after == before


def test_a_duty_added_later_has_no_place_in_an_earlier_record(
    check_findings: CheckFindings,
) -> None:
    found = check_findings(
        HISTORY_TEXT, {"2024.yaml": record(2024, "bca", ALL_2024 + "\nd4: {status: done}")}, FOLDER
    )
    assert [m for f, m in zip(found, messages(found), strict=True) if f.code == "CR603"] == [
        "result for duty 'd4', which is not in force in 2024: it was added by 'sd-2026' "
        "from 2026-07-01"
    ]
    assert [m for f, m in zip(found, messages(found, "vi"), strict=True) if f.code == "CR603"] == [
        "kết quả cho nhiệm vụ 'd4' nhưng nhiệm vụ này không có hiệu lực trong năm 2024: "
        "nhiệm vụ được bổ sung bởi 'sd-2026' từ ngày 2026-07-01"
    ]


def test_the_year_of_the_amendment_owes_both_the_added_and_the_repealed_duty(
    check_findings: CheckFindings,
) -> None:
    # In 2026 d5 was in force until 30 June and d4 fell due on 30 September.
    records = {2026: record(2026, "bca", f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}")}
    found = check_findings(HISTORY_TEXT, {"2026.yaml": records[2026]}, FOLDER)
    assert [(f.line, f.code) for f in found if f.code != "CR902"] == [(5, "CR606"), (5, "CR606")]
    assert [m for f, m in zip(found, messages(found), strict=True) if f.code == "CR606"] == [
        "duty 'd4' falls due in 2026 but has no result",
        "duty 'd5' falls due in 2026 but has no result",
    ]


def test_a_repealed_duty_is_not_owed_and_has_no_place_after_its_repeal(
    check_findings: CheckFindings,
) -> None:
    records = {
        2026: record(
            2026,
            "bca",
            f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}\nd4: {DONE}\nd5: {{status: in_progress}}",
        ),
        2027: record(2027, "bkhcn", f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}\nd5: {DONE}"),
    }
    assert record_findings(check_findings, HISTORY_TEXT, records) == [(2027, 9, 3, "CR603")]
    found = check_findings(HISTORY_TEXT, {f"{y}.yaml": t for y, t in records.items()}, FOLDER)
    assert messages([f for f in found if f.code == "CR603"]) == [
        "result for duty 'd5', which is not in force in 2027: it was repealed by 'sd-2026' "
        "from 2026-07-01"
    ]
    # Left in progress in 2026 and repealed since: 2027 need not say more (CR610).
    without = {**records, 2027: record(2027, "bkhcn", f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}")}
    assert record_findings(check_findings, HISTORY_TEXT, without) == []


@pytest.mark.parametrize(
    ("year", "host", "expected"),
    [
        (2024, "bca", None),
        (2024, "btttt", "bca"),
        # The rotation changes on 1 March 2025: btttt's turn on 1 January, bkhcn's on
        # 31 December, and bkhcn is the successor of btttt.
        (2025, "btttt", None),
        (2025, "bkhcn", None),
        (2025, "bca", "bkhcn"),
        (2023, "btttt", None),
        (2023, "bkhcn", "btttt"),
        (2027, "bkhcn", None),
        (2027, "btttt", "bkhcn"),
    ],
)
def test_the_host_of_a_year_of_change(
    check_findings: CheckFindings, year: int, host: str, expected: str | None
) -> None:
    results = f"d1: {DONE}\nd2: {DONE}\nd3: {DONE}" + ("" if year > 2026 else f"\nd5: {DONE}")
    found = check_findings(HISTORY_TEXT, {f"{year}.yaml": record(year, host, results)}, FOLDER)
    hosts = [f for f in found if f.code == "CR602"]
    if expected is None:
        assert hosts == []
    else:
        assert triples(hosts) == [(3, 7, "CR602")]
        assert messages(hosts) == [
            f"host '{host}' does not follow the rotation: '{expected}' hosts {year}"
        ]
