"""`coordreg agenda`: what falls due in a window, across regulations, as text, JSON and iCalendar.

The fixture regulation `qc-lich` has, on purpose, something on both sides of the
2025/2026 year end: a monthly duty on day 31, a quarterly duty in December and
one in January, a yearly duty on 15 December, a one-off duty on 5 January 2026,
a continuous and an on-request duty (never agenda events), an evaluation of 2025
(due 31 January 2026, hosted by bca) and the review of 2021-2025 (due 31 December
2025).
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from icalendar import Calendar
from typer.testing import CliRunner, Result

from coordreg.cli import app
from coordreg.documents.agenda import (
    Agenda,
    build_agenda,
    evaluation_day,
    events_of,
    load_regulations,
    parse_day,
    review_periods,
    window,
)
from coordreg.documents.agendareport import agenda_ics, agenda_json, agenda_text
from coordreg.errors import UsageError
from coordreg.model import Regulation

ROOT = Path(__file__).resolve().parents[1]

QC_LICH = """\
id: qc-lich
number: 01/QCPH-BCA-BTTTT
title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
signed: 2021-01-05
effective: 2021-01-05
{until}place: Hà Nội
parties:
  - id: bca
    name: Bộ Công an
    units:
      - {{id: bca-vp, name: Văn phòng Bộ Công an}}
      - {{id: bca-a05, name: "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"}}
    standing_office: bca-vp
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - {{id: btttt-vp, name: Văn phòng Bộ Thông tin và Truyền thông}}
      - {{id: btttt-cattt, name: Cục An toàn thông tin}}
    standing_office: btttt-vp
evaluation:
  rotation: [bca, btttt]
  first_year: 2021
  review_every: 5
chapters:
  - number: I
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 1
        title: Trao đổi thông tin
        duties:
          - id: giam-sat-thang
            text: Gửi kết quả giám sát an toàn thông tin.
            lead: btttt-cattt
            support: [bca-a05]
            schedule: {{monthly: 31}}
            deliverable: Báo cáo giám sát
          - id: bao-cao-quy
            text: Báo cáo tình hình an ninh mạng.
            lead: bca-a05
            support: [btttt-cattt]
            schedule: {{quarterly: 03-25}}
          - id: giao-ban-quy
            text: Giao ban quý.
            lead: btttt-cattt
            schedule: {{quarterly: 01-10}}
          - id: trao-doi
            text: Trao đổi thông tin thường xuyên.
            lead: bca-a05
            schedule: continuous
          - id: cung-cap
            text: Cung cấp tài liệu khi có yêu cầu.
            lead: btttt-vp
            schedule: on_request
      - number: 2
        title: Tổng kết
        duties:
          - id: tong-ket-nam
            text: Tổng kết công tác phối hợp.
            lead: bca-vp
            support: [btttt-vp]
            schedule: {{yearly: 12-15}}
          - id: ban-hanh-huong-dan
            text: Ban hành hướng dẫn.
            lead: btttt
            support: [bca]
            schedule: {{once: 2026-01-05}}
"""

WINDOW = (date(2025, 12, 1), date(2026, 1, 31))
STAMP = datetime(2025, 11, 30, 8, 0, tzinfo=UTC)

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


def qc_lich(until: str | None = None) -> str:
    return QC_LICH.format(until=f"until: {until}\n" if until else "")


def write_regulation(root: Path, text: str, folder: str = "qc-lich") -> Path:
    file = root / "regulations" / folder / "regulation.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")
    return file


def load(root: Path) -> list[Regulation]:
    regulations, skipped = load_regulations([root / "regulations"])
    assert skipped == []
    return regulations


@pytest.fixture
def lich(tmp_path: Path) -> Regulation:
    write_regulation(tmp_path, qc_lich())
    (regulation,) = load(tmp_path)
    return regulation


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_regulation(tmp_path, qc_lich())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def triples(agenda: Agenda) -> list[tuple[str, str, str]]:
    """(date, kind, duty id or evaluated year or review period) of each event."""
    found: list[tuple[str, str, str]] = []
    for event in agenda.events:
        if event.duty is not None:
            what = event.duty.id
        elif event.year is not None:
            what = str(event.year)
        else:
            assert event.period is not None
            what = f"{event.period[0]}-{event.period[1]}"
        found.append((event.day.isoformat(), event.kind, what))
    return found


# --- The events of a window ---------------------------------------------------------------------


def test_a_window_across_the_year_end(lich: Regulation) -> None:
    agenda = build_agenda([lich], *WINDOW)
    assert triples(agenda) == [
        ("2025-12-15", "duty", "tong-ket-nam"),
        ("2025-12-25", "duty", "bao-cao-quy"),
        ("2025-12-31", "duty", "giam-sat-thang"),
        ("2025-12-31", "review", "2021-2025"),
        ("2026-01-05", "duty", "ban-hanh-huong-dan"),
        ("2026-01-10", "duty", "giao-ban-quy"),
        ("2026-01-31", "duty", "giam-sat-thang"),
        ("2026-01-31", "evaluation", "2025"),
    ]


def test_the_evaluation_of_a_year_is_due_on_31_january_after_it_hosted_by_the_rotation(
    lich: Regulation,
) -> None:
    agenda = build_agenda([lich], date(2022, 1, 1), date(2026, 12, 31))
    evaluations = [e for e in agenda.events if e.kind == "evaluation"]
    assert [(e.day, e.year, e.host.id if e.host else None) for e in evaluations] == [
        (date(2022, 1, 31), 2021, "bca"),
        (date(2023, 1, 31), 2022, "btttt"),
        (date(2024, 1, 31), 2023, "bca"),
        (date(2025, 1, 31), 2024, "btttt"),
        (date(2026, 1, 31), 2025, "bca"),
    ]
    assert evaluation_day(lich, 2030) == date(2031, 1, 31)


def test_reviews_fall_on_31_december_of_each_windows_last_year(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2021, 1, 1), date(2031, 12, 31))
    reviews = [(e.day, e.period) for e in agenda.events if e.kind == "review"]
    assert reviews == [(date(2025, 12, 31), (2021, 2025)), (date(2030, 12, 31), (2026, 2030))]
    assert list(review_periods(lich, 2035)) == [(2021, 2025), (2026, 2030), (2031, 2035)]


def test_continuous_and_on_request_duties_are_never_events(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2021, 1, 1), date(2030, 12, 31))
    assert not {"trao-doi", "cung-cap"} & {e.duty.id for e in agenda.events if e.duty}


def test_the_window_is_inclusive_at_both_ends(lich: Regulation) -> None:
    one_day = build_agenda([lich], date(2025, 12, 31), date(2025, 12, 31))
    assert triples(one_day) == [
        ("2025-12-31", "duty", "giam-sat-thang"),
        ("2025-12-31", "review", "2021-2025"),
    ]
    assert build_agenda([lich], date(2025, 12, 26), date(2025, 12, 30)).events == ()


@pytest.mark.parametrize(
    ("year", "last_day"),
    [(2024, 29), (2025, 28), (2000, 29), (2100, 28)],
    ids=["leap", "common", "leap-century", "common-century"],
)
def test_day_31_falls_on_the_last_day_of_february(tmp_path: Path, year: int, last_day: int) -> None:
    text = qc_lich().replace("signed: 2021-01-05", "signed: 1999-01-05")
    text = text.replace("effective: 2021-01-05", "effective: 1999-01-05")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(year, 2, 1), date(year, 3, 1))
    assert [e.day for e in agenda.events if e.duty and e.duty.id == "giam-sat-thang"] == [
        date(year, 2, last_day)
    ]


def test_a_yearly_duty_on_29_february(tmp_path: Path) -> None:
    text = qc_lich().replace("{yearly: 12-15}", "{yearly: 02-29}")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(2023, 1, 1), date(2025, 12, 31))
    assert [e.day for e in agenda.events if e.duty and e.duty.id == "tong-ket-nam"] == [
        date(2023, 2, 28),
        date(2024, 2, 29),
        date(2025, 2, 28),
    ]


def test_nothing_falls_due_before_the_regulation_takes_effect(tmp_path: Path) -> None:
    text = qc_lich().replace("effective: 2021-01-05", "effective: 2021-06-01")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(2021, 1, 1), date(2021, 6, 30))
    assert {e.day for e in agenda.events} == {date(2021, 6, 25), date(2021, 6, 30)}


# --- A regulation that ends -------------------------------------------------------------------


def test_nothing_falls_due_after_until(tmp_path: Path) -> None:
    write_regulation(tmp_path, qc_lich(until="2026-01-10"))
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(2025, 12, 1), date(2027, 12, 31))
    assert triples(agenda) == [
        ("2025-12-15", "duty", "tong-ket-nam"),
        ("2025-12-25", "duty", "bao-cao-quy"),
        ("2025-12-31", "duty", "giam-sat-thang"),
        ("2025-12-31", "review", "2021-2025"),
        ("2026-01-05", "duty", "ban-hanh-huong-dan"),
        ("2026-01-10", "duty", "giao-ban-quy"),
        # The evaluations of 2025 and of the ten days of 2026 are due by the last day.
        ("2026-01-10", "evaluation", "2025"),
        ("2026-01-10", "evaluation", "2026"),
    ]
    assert all(e.day <= date(2026, 1, 10) for e in agenda.events)
    assert [e.at_end for e in agenda.events if e.kind == "evaluation"] == [True, True]


def test_a_review_window_cut_short_by_until_has_no_review(tmp_path: Path) -> None:
    write_regulation(tmp_path, qc_lich(until="2028-06-30"))
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(2021, 1, 1), date(2035, 12, 31))
    assert [e.period for e in agenda.events if e.kind == "review"] == [(2021, 2025)]
    assert max(e.day for e in agenda.events) == date(2028, 6, 30)


def test_a_review_in_the_last_year_is_due_by_the_last_day(tmp_path: Path) -> None:
    # The one-off duty of January 2026 would fall after the end (CR502): moved to June.
    text = qc_lich(until="2025-12-20").replace("{once: 2026-01-05}", "{once: 2025-06-05}")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], *WINDOW)
    assert triples(agenda) == [
        ("2025-12-15", "duty", "tong-ket-nam"),
        ("2025-12-20", "evaluation", "2025"),
        ("2025-12-20", "review", "2021-2025"),
    ]


# --- --party ----------------------------------------------------------------------------------


def test_party_keeps_its_own_and_its_units_duties_and_the_evaluations_it_hosts(
    lich: Regulation,
) -> None:
    agenda = build_agenda([lich], *WINDOW, party="bca")
    assert triples(agenda) == [
        ("2025-12-15", "duty", "tong-ket-nam"),
        ("2025-12-25", "duty", "bao-cao-quy"),
        ("2025-12-31", "duty", "giam-sat-thang"),  # bca-a05 supports
        ("2025-12-31", "review", "2021-2025"),  # every party's
        ("2026-01-05", "duty", "ban-hanh-huong-dan"),  # bca supports
        ("2026-01-31", "duty", "giam-sat-thang"),
        ("2026-01-31", "evaluation", "2025"),  # bca hosts 2025
    ]


def test_party_drops_evaluations_it_does_not_host(lich: Regulation) -> None:
    agenda = build_agenda([lich], *WINDOW, party="btttt")
    kinds = [(day, kind) for day, kind, _what in triples(agenda)]
    assert ("2026-01-31", "evaluation") not in kinds
    assert ("2026-01-10", "duty") in kinds  # giao-ban-quy, led by a unit of btttt


def test_a_unit_keeps_only_the_duties_it_leads_or_supports(lich: Regulation) -> None:
    agenda = build_agenda([lich], *WINDOW, party="btttt-cattt")
    assert triples(agenda) == [
        ("2025-12-25", "duty", "bao-cao-quy"),
        ("2025-12-31", "duty", "giam-sat-thang"),
        ("2026-01-10", "duty", "giao-ban-quy"),
        ("2026-01-31", "duty", "giam-sat-thang"),
    ]


def test_an_unknown_party_is_a_usage_error_not_an_empty_agenda(lich: Regulation) -> None:
    with pytest.raises(UsageError) as caught:
        build_agenda([lich], *WINDOW, party="bcaa")
    assert caught.value.message("en") == "no party or unit 'bcaa' in the regulations read"


# --- Windows and dates ------------------------------------------------------------------------


def test_the_default_window_is_today_and_the_next_90_days() -> None:
    today = date(2025, 11, 30)
    assert window(None, None, today) == (today, date(2026, 2, 28))
    assert window(date(2026, 1, 1), None, today) == (date(2026, 1, 1), date(2026, 4, 1))
    assert window(None, date(2025, 12, 1), today) == (today, date(2025, 12, 1))
    with pytest.raises(UsageError):
        window(None, date(2025, 11, 29), today)


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "25-12-01", "2025/12/01", "", "x"])
def test_a_bad_date_is_refused(value: str) -> None:
    with pytest.raises(UsageError) as caught:
        parse_day(value, "--from")
    assert caught.value.message("en") == (
        f"--from takes a date written YYYY-MM-DD, from 1900 to 2200, not '{value}'"
    )


def test_dates_outside_the_formats_years_are_refused() -> None:
    assert parse_day("2200-12-31", "--to") == date(2200, 12, 31)
    with pytest.raises(UsageError):
        parse_day("9999-12-31", "--to")


# --- Text --------------------------------------------------------------------------------------

TEXT_VI = """\
LỊCH CÔNG VIỆC TỪ 15/12/2025 ĐẾN 31/01/2026
Số việc: 8; số quy chế: 1.

Thứ Hai, 15/12/2025
  - [qc-lich, Điều 2] Tổng kết công tác phối hợp.
    Chủ trì: Văn phòng Bộ Công an
    Phối hợp: Văn phòng Bộ Thông tin và Truyền thông
    Định kỳ: Hằng năm (15/12)

Thứ Năm, 25/12/2025
  - [qc-lich, Điều 1] Báo cáo tình hình an ninh mạng.
    Chủ trì: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
    Phối hợp: Cục An toàn thông tin
    Định kỳ: Hằng quý (25/3, 25/6, 25/9, 25/12)

Thứ Tư, 31/12/2025
  - [qc-lich, Điều 1] Gửi kết quả giám sát an toàn thông tin.
    Chủ trì: Cục An toàn thông tin
    Phối hợp: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
    Sản phẩm: Báo cáo giám sát
    Định kỳ: Hằng tháng, ngày 31
  - [qc-lich] Sơ kết 5 năm thực hiện Quy chế (giai đoạn 2021 - 2025)
    Các bên: Bộ Công an; Bộ Thông tin và Truyền thông

Thứ Hai, 05/01/2026
  - [qc-lich, Điều 2] Ban hành hướng dẫn.
    Chủ trì: Bộ Thông tin và Truyền thông
    Phối hợp: Bộ Công an

Thứ Bảy, 10/01/2026 (ngày nghỉ cuối tuần; chuyển sang Thứ Hai, 12/01/2026)
  - [qc-lich, Điều 1] Giao ban quý.
    Chủ trì: Cục An toàn thông tin
    Định kỳ: Hằng quý (10/01, 10/4, 10/7, 10/10)

Thứ Bảy, 31/01/2026 (ngày nghỉ cuối tuần; chuyển sang Thứ Hai, 02/02/2026)
  - [qc-lich, Điều 1] Gửi kết quả giám sát an toàn thông tin.
    Chủ trì: Cục An toàn thông tin
    Phối hợp: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
    Sản phẩm: Báo cáo giám sát
    Định kỳ: Hằng tháng, ngày 31
  - [qc-lich] Đánh giá kết quả thực hiện Quy chế năm 2025
    Chủ trì: Bộ Công an
"""

TEXT_EN = """\
AGENDA FROM 2026-01-10 TO 2026-01-31
Body: Bộ Công an (bca)
Events: 2; regulations: 1.

Saturday 2026-01-31 (weekend; moves to Monday 2026-02-02)
  - [qc-lich, Article 1] Gửi kết quả giám sát an toàn thông tin.
    Lead: Cục An toàn thông tin
    Support: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
    Output: Báo cáo giám sát
    Recurs: Monthly, on day 31
  - [qc-lich] Evaluation of the Regulation's implementation in 2025
    Lead: Bộ Công an
"""


def test_text_is_grouped_by_day_in_vietnamese(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2025, 12, 15), date(2026, 1, 31))
    assert agenda_text(agenda) == TEXT_VI


def test_text_in_english_for_a_party(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2026, 1, 10), date(2026, 1, 31), party="bca")
    assert agenda_text(agenda, "en") == TEXT_EN


def test_text_of_an_empty_window(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2025, 12, 26), date(2025, 12, 30))
    assert agenda_text(agenda) == (
        "LỊCH CÔNG VIỆC TỪ 26/12/2025 ĐẾN 30/12/2025\n"
        "Số việc: 0; số quy chế: 1.\n"
        "\n"
        "Không có việc nào đến hạn trong thời gian này.\n"
    )


def test_text_says_when_a_final_evaluation_moved_to_the_last_day(tmp_path: Path) -> None:
    text = qc_lich(until="2025-12-20").replace("{once: 2026-01-05}", "{once: 2025-06-05}")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    text = agenda_text(build_agenda([regulation], date(2025, 12, 20), date(2025, 12, 20)))
    assert text.count("    Quy chế hết hiệu lực sau ngày 20/12/2025.\n") == 2


def test_long_lines_are_wrapped_under_their_item(tmp_path: Path) -> None:
    long_text = "Rà soát, phát hiện thông tin xấu, độc trên không gian mạng; " * 4
    write_regulation(tmp_path, qc_lich().replace("Giao ban quý.", f'"{long_text.strip()}"'))
    (regulation,) = load(tmp_path)
    text = agenda_text(build_agenda([regulation], date(2026, 1, 10), date(2026, 1, 10)))
    lines = text.splitlines()
    assert all(len(line) <= 100 for line in lines)
    start = (
        lines.index("Thứ Bảy, 10/01/2026 (ngày nghỉ cuối tuần; chuyển sang Thứ Hai, 12/01/2026)")
        + 1
    )
    assert lines[start].startswith("  - [qc-lich, Điều 1] Rà soát")
    assert lines[start + 1].startswith("    ") and not lines[start + 1].startswith("     ")


# --- JSON --------------------------------------------------------------------------------------

EVENT_KEYS = {
    "date",
    "kind",
    "regulation",
    "regulation_title",
    "article",
    "duty",
    "title",
    "lead",
    "lead_name",
    "support",
    "support_names",
    "host",
    "host_name",
    "deliverable",
    "schedule",
    "year",
    "period",
    "uid",
    "day_off",
}


def test_json_is_a_list_of_events_with_one_shape(lich: Regulation) -> None:
    data = agenda_json(build_agenda([lich], *WINDOW))
    assert isinstance(data, list) and len(data) == 8
    assert all(set(item) == EVENT_KEYS for item in data)
    assert data[0] == {
        "date": "2025-12-15",
        "kind": "duty",
        "regulation": "qc-lich",
        "regulation_title": "Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông",
        "article": 2,
        "duty": "tong-ket-nam",
        "title": "Tổng kết công tác phối hợp.",
        "lead": "bca-vp",
        "lead_name": "Văn phòng Bộ Công an",
        "support": ["btttt-vp"],
        "support_names": ["Văn phòng Bộ Thông tin và Truyền thông"],
        "host": None,
        "host_name": None,
        "deliverable": None,
        "schedule": {"yearly": "12-15"},
        "year": None,
        "period": None,
        "uid": "qc-lich/tong-ket-nam/2025-12-15@coordreg",
        "day_off": None,
    }
    review, evaluation = data[3], data[7]
    assert (review["kind"], review["period"], review["host"], review["lead"]) == (
        "review",
        [2021, 2025],
        None,
        None,
    )
    assert review["title"] == "Sơ kết 5 năm thực hiện Quy chế (giai đoạn 2021 - 2025)"
    assert (evaluation["kind"], evaluation["year"], evaluation["host"]) == (
        "evaluation",
        2025,
        "bca",
    )
    assert (evaluation["host_name"], evaluation["duty"], evaluation["support"]) == (
        "Bộ Công an",
        None,
        [],
    )
    english = agenda_json(build_agenda([lich], *WINDOW), "en")
    assert english[7]["title"] == "Evaluation of the Regulation's implementation in 2025"
    json.dumps(data)  # every value is JSON


# --- iCalendar ---------------------------------------------------------------------------------


def read_ics(data: bytes) -> tuple[Calendar, list[Any]]:
    calendar = Calendar.from_ical(data)
    return calendar, list(calendar.walk("VEVENT"))


def test_ics_has_one_all_day_event_per_due_date(lich: Regulation) -> None:
    agenda = build_agenda([lich], *WINDOW)
    calendar, events = read_ics(agenda_ics(agenda, stamp=STAMP))
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//coordreg//coordreg ")
    assert len(events) == len(agenda.events) == 8
    starts = [event.decoded("DTSTART") for event in events]
    assert starts == [event.day for event in agenda.events]
    # All-day: DATE values, not DATE-TIME; each one day long.
    assert all(type(day) is date for day in starts)
    assert all(event["DTSTART"].params.get("VALUE") == "DATE" for event in events)
    assert [event.decoded("DTEND") for event in events] == [
        date(2025, 12, 16),
        date(2025, 12, 26),
        date(2026, 1, 1),
        date(2026, 1, 1),
        date(2026, 1, 6),
        date(2026, 1, 11),
        date(2026, 2, 1),
        date(2026, 2, 1),
    ]
    assert all(event.decoded("DTSTAMP") == STAMP for event in events)


def test_ics_uids_are_unique_and_stable_across_runs(lich: Regulation) -> None:
    agenda = build_agenda([lich], *WINDOW)
    _cal, first = read_ics(agenda_ics(agenda, stamp=STAMP))
    _cal, second = read_ics(agenda_ics(build_agenda([lich], *WINDOW)))  # another DTSTAMP
    uids = [str(event["UID"]) for event in first]
    assert uids == [str(event["UID"]) for event in second]
    assert len(set(uids)) == len(uids)
    assert uids == [
        "qc-lich/tong-ket-nam/2025-12-15@coordreg",
        "qc-lich/bao-cao-quy/2025-12-25@coordreg",
        "qc-lich/giam-sat-thang/2025-12-31@coordreg",
        "qc-lich/review-2021-2025@coordreg",
        "qc-lich/ban-hanh-huong-dan/2026-01-05@coordreg",
        "qc-lich/giao-ban-quy/2026-01-10@coordreg",
        "qc-lich/giam-sat-thang/2026-01-31@coordreg",
        "qc-lich/evaluation-2025@coordreg",
    ]


def test_an_event_keeps_its_uid_in_a_wider_window(lich: Regulation) -> None:
    narrow = {e.uid for e in build_agenda([lich], *WINDOW).events}
    wide = [e.uid for e in build_agenda([lich], date(2021, 1, 1), date(2030, 12, 31)).events]
    assert narrow <= set(wide)
    assert len(set(wide)) == len(wide)


def test_ics_summary_and_description_in_the_chosen_language(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2026, 1, 31), date(2026, 1, 31))
    _cal, vi = read_ics(agenda_ics(agenda, "vi", STAMP))
    _cal, en = read_ics(agenda_ics(agenda, "en", STAMP))
    assert [str(event["SUMMARY"]) for event in vi] == [
        "[qc-lich] Gửi kết quả giám sát an toàn thông tin. (chủ trì: Cục An toàn thông tin)",
        "[qc-lich] Đánh giá năm 2025 (Bộ Công an chủ trì)",
    ]
    assert [str(event["SUMMARY"]) for event in en] == [
        "[qc-lich] Gửi kết quả giám sát an toàn thông tin. (lead: Cục An toàn thông tin)",
        "[qc-lich] Evaluation of 2025 (host: Bộ Công an)",
    ]
    assert str(vi[0]["DESCRIPTION"]) == (
        "Quy chế: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông\n"
        "Số: 01/QCPH-BCA-BTTTT\n"
        "Điều 1. Trao đổi thông tin\n"
        "Gửi kết quả giám sát an toàn thông tin.\n"
        "Chủ trì: Cục An toàn thông tin\n"
        "Phối hợp: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao\n"
        "Sản phẩm: Báo cáo giám sát\n"
        "Định kỳ: Hằng tháng, ngày 31\n"
        "Ngày 31/01/2026 là ngày nghỉ (Thứ Bảy): hạn chuyển sang ngày làm việc tiếp theo,"
        " Thứ Hai, 02/02/2026."
    )
    assert "Bộ Công an hosts the evaluation of the Regulation's implementation in 2025" in str(
        en[1]["DESCRIPTION"]
    )
    assert [str(c) for c in vi[1]["CATEGORIES"].cats] == ["Đánh giá hằng năm"]


def test_ics_summary_of_a_long_duty_is_cut_but_its_description_is_whole(
    tmp_path: Path,
) -> None:
    long_text = "Rà soát, phát hiện thông tin xấu, độc trên không gian mạng và xử lý kịp thời " * 3
    write_regulation(tmp_path, qc_lich().replace("Giao ban quý.", f'"{long_text.strip()}"'))
    (regulation,) = load(tmp_path)
    agenda = build_agenda([regulation], date(2026, 1, 10), date(2026, 1, 10))
    _cal, (event,) = read_ics(agenda_ics(agenda, stamp=STAMP))
    assert "…" in str(event["SUMMARY"]) and len(str(event["SUMMARY"])) < 140
    assert long_text.strip() in str(event["DESCRIPTION"])


# --- Reading the regulations ------------------------------------------------------------------


def test_a_regulation_with_errors_is_skipped_and_listed(tmp_path: Path) -> None:
    write_regulation(tmp_path, qc_lich())
    write_regulation(tmp_path, qc_lich().replace("id: qc-lich", "id: qc-hong"), "qc-hong")
    broken = tmp_path / "regulations" / "qc-hong" / "regulation.yaml"
    broken.write_text(broken.read_text("utf-8").replace("lead: bca-vp", "lead: bca-xx"), "utf-8")
    regulations, skipped = load_regulations([tmp_path / "regulations"])
    assert [regulation.id for regulation in regulations] == ["qc-lich"]
    assert [(Path(item.file).parts[-2], item.errors) for item in skipped] == [("qc-hong", 1)]


def test_the_same_regulation_given_twice_is_read_once(tmp_path: Path) -> None:
    file = write_regulation(tmp_path, qc_lich())
    regulations, _ = load_regulations([tmp_path / "regulations", file.parent, file])
    assert [regulation.id for regulation in regulations] == ["qc-lich"]


def test_two_regulations_with_one_id_are_refused(tmp_path: Path) -> None:
    write_regulation(tmp_path, qc_lich())
    write_regulation(tmp_path / "archive", qc_lich())
    with pytest.raises(UsageError) as caught:
        load_regulations([tmp_path / "regulations", tmp_path / "archive" / "regulations"])
    assert caught.value.msgid == "agenda_duplicate_regulation"


def test_the_bundled_regulations_make_an_agenda(tmp_path: Path) -> None:
    regulations, skipped = load_regulations([ROOT / "regulations"])
    assert skipped == []
    agenda = build_agenda(regulations, date(2025, 12, 1), date(2026, 1, 31))
    assert {e.regulation.id for e in agenda.events} == {"bca-btttt-2021", "ha-tinh-antt-2023"}
    # bca-btttt-2021: 2025 was BTTTT's turn; it merged into the Ministry of Science
    # and Technology on 1 March 2025, which hosts in its place.
    # ha-tinh-antt-2023: the provincial police (cat).
    assert [(e.regulation.id, e.host.id) for e in agenda.events if e.host] == [
        ("bca-btttt-2021", "bkhcn"),
        ("ha-tinh-antt-2023", "cat"),
    ]
    for regulation in regulations:
        for event in events_of(regulation, date(2022, 1, 1), date(2031, 12, 31)):
            assert event.regulation.effective <= event.day


# --- The command ------------------------------------------------------------------------------


def test_cli_text_by_default_in_vietnamese(repo: Path) -> None:
    result = invoke("agenda", "--from", "2025-12-15", "--to", "2026-01-31")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == TEXT_VI
    assert result.stderr == ""


def test_cli_default_path_and_window(repo: Path) -> None:
    result = invoke("agenda", "--format", "json")
    assert result.exit_code == 0, result.stderr
    today = date.today()
    days = [date.fromisoformat(item["date"]) for item in json.loads(result.stdout)]
    assert all(today <= day <= date.fromordinal(today.toordinal() + 90) for day in days)


def test_cli_json_and_party(repo: Path) -> None:
    result = invoke(
        "agenda",
        "regulations",
        "--from",
        "2025-12-01",
        "--to",
        "2026-01-31",
        "-f",
        "json",
        "--party",
        "btttt-cattt",
    )
    assert result.exit_code == 0, result.stderr
    assert [item["duty"] for item in json.loads(result.stdout)] == [
        "bao-cao-quy",
        "giam-sat-thang",
        "giao-ban-quy",
        "giam-sat-thang",
    ]


def test_cli_ics_to_a_file(repo: Path) -> None:
    args = ["agenda", "--from", "2025-12-01", "--to", "2026-01-31", "-o", "lich.ics"]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == "coordreg: đã ghi lich.ics\n"
    first = (repo / "lich.ics").read_bytes()
    assert first.startswith(b"BEGIN:VCALENDAR\r\n")
    _cal, events = read_ics(first)
    assert len(events) == 8
    assert invoke(*args).exit_code == 0
    _cal, again = read_ics((repo / "lich.ics").read_bytes())
    assert [str(e["UID"]) for e in again] == [str(e["UID"]) for e in events]


def test_cli_ics_to_standard_output(repo: Path) -> None:
    result = invoke("agenda", "--from", "2026-01-31", "--to", "2026-01-31", "-f", "ics")
    assert result.exit_code == 0, result.stderr
    _cal, events = read_ics(result.stdout_bytes)
    assert len(events) == 2


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--from", "2025-02-30"],
            "coordreg: --from takes a date written YYYY-MM-DD, from 1900 to 2200, not '2025-02-30'\n",
        ),
        (
            ["--to", "31/12/2025"],
            "coordreg: --to takes a date written YYYY-MM-DD, from 1900 to 2200, not '31/12/2025'\n",
        ),
        (
            ["--from", "2026-01-01", "--to", "2025-12-31"],
            "coordreg: --from 2026-01-01 is after --to 2025-12-31\n",
        ),
        (["--party", "bcaa"], "coordreg: no party or unit 'bcaa' in the regulations read\n"),
        (["khong-co"], "coordreg: no such file or folder: khong-co\n"),
        (
            ["-o", "regulation.yaml"],
            "coordreg: regulation.yaml does not end in .txt, as text output should\n",
        ),
        (
            ["-f", "ics", "-o", "lich.json"],
            "coordreg: lich.json does not end in .ics, .ical, .icalendar, as ics output should\n",
        ),
    ],
    ids=[
        "bad-date",
        "bad-to",
        "reversed",
        "unknown-party",
        "missing-path",
        "suffix",
        "format-suffix",
    ],
)
def test_cli_usage_errors_exit_2(repo: Path, args: list[str], message: str) -> None:
    result = invoke("agenda", *args, "--lang", "en")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == message


def test_cli_usage_errors_in_vietnamese_by_default(repo: Path) -> None:
    result = invoke("agenda", "--from", "2025-02-30")
    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: --from cần một ngày dạng YYYY-MM-DD, từ năm 1900 đến 2200, "
        "không phải '2025-02-30'\n"
    )


def test_cli_without_regulations_folder_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = invoke("agenda", "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr == "coordreg: no such file or folder: regulations\n"


def test_cli_skips_a_broken_regulation_and_exits_1(repo: Path) -> None:
    broken = write_regulation(repo, "id: qc-hong\ntitle: [\n", "qc-hong")
    result = invoke("agenda", "--from", "2026-01-31", "--to", "2026-01-31", "--lang", "en")
    assert result.exit_code == 1
    shown = str(broken.relative_to(repo))
    assert result.stderr == (
        f"coordreg: skipped {shown}, which has errors (1): its events are left out until "
        f"`coordreg check {shown}` passes\n"
    )
    assert result.stdout.splitlines()[:4] == [
        "AGENDA FROM 2026-01-31 TO 2026-01-31",
        "Events: 2; regulations: 1.",
        f"Skipped for errors (see coordreg check): {shown}",
        "",
    ]


# --- Days off ----------------------------------------------------------------------------------

TET = """\
          - id: chuc-tet
            text: Báo cáo tình hình dịp Tết.
            lead: bca-a05
            schedule: {once: 2026-02-17}
          - id: quoc-khanh
            text: Báo cáo dịp Quốc khánh.
            lead: bca-a05
            schedule: {once: 2026-09-02}
"""


@pytest.fixture
def tet(tmp_path: Path) -> Regulation:
    text = qc_lich().replace("      - number: 2\n", TET + "      - number: 2\n")
    write_regulation(tmp_path, text)
    (regulation,) = load(tmp_path)
    return regulation


def test_a_due_date_at_tet_names_the_holiday_and_the_working_day_it_moves_to(
    tet: Regulation,
) -> None:
    agenda = build_agenda([tet], date(2026, 2, 17), date(2026, 2, 17))
    # Tết 2026: 16-20 February off, then a weekend: the deadline ends on Monday 23 February.
    assert agenda_text(agenda).splitlines()[3] == (
        "Thứ Ba, 17/02/2026 (Tết Nguyên Đán; chuyển sang Thứ Hai, 23/02/2026)"
    )
    assert agenda_text(agenda, "en").splitlines()[3] == (
        "Tuesday 2026-02-17 (Lunar New Year; moves to Monday 2026-02-23)"
    )
    (item,) = agenda_json(agenda)
    assert item["day_off"] == {"holiday": "Tết Nguyên Đán", "moves_to": "2026-02-23"}
    _cal, (event,) = read_ics(agenda_ics(agenda, stamp=STAMP))
    assert event.decoded("DTSTART") == date(2026, 2, 17)
    assert str(event["DESCRIPTION"]).splitlines()[-1] == (
        "Ngày 17/02/2026 là ngày nghỉ (Tết Nguyên Đán): hạn chuyển sang ngày làm việc tiếp theo,"
        " Thứ Hai, 23/02/2026."
    )
    _cal, (event,) = read_ics(agenda_ics(agenda, "en", STAMP))
    assert str(event["DESCRIPTION"]).splitlines()[-1] == (
        "2026-02-17 is a day off (Lunar New Year): the deadline moves to the next working day,"
        " Monday 2026-02-23."
    )


def test_national_day_moves_past_both_days_off(tet: Regulation) -> None:
    agenda = build_agenda([tet], date(2026, 9, 2), date(2026, 9, 2))
    (item,) = agenda_json(agenda)
    assert item["day_off"] == {"holiday": "Quốc khánh", "moves_to": "2026-09-03"}


def test_a_working_day_is_not_flagged(lich: Regulation) -> None:
    agenda = build_agenda([lich], date(2025, 12, 15), date(2025, 12, 15))
    assert agenda_text(agenda).splitlines()[3] == "Thứ Hai, 15/12/2025"
    assert agenda_json(agenda)[0]["day_off"] is None
