"""The five-year review: its window, and the figures it draws from the yearly records.

Every figure for the example regulation (`regulations/bca-btttt-2021`, records
2022-2024, read only) was counted by hand from its records; small regulations
written in tmp_path pin the edge cases (three-party rotation, a year recorded
as not applicable throughout, a duty left undone in three years of five, a
duty missing from a record, a regulation that has ended).
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pytest
from builders import regulation, write_folder
from bundled import regulation_2024

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.documents.acts import CHANGE_KEYS, Amendment
from coordreg.documents.review import (
    Review,
    Tally,
    build_review,
    review_json,
    review_window,
)
from coordreg.errors import RefusedError
from coordreg.model import Act

ROOT = Path(__file__).resolve().parents[1]
BCA_BTTTT = regulation_2024("bca-btttt-2021") / "regulation.yaml"
HA_TINH = ROOT / "regulations" / "ha-tinh-antt-2023" / "regulation.yaml"
TODAY = date(2026, 11, 24)

THREE_PARTIES = """\
parties:
  - id: bca
    name: Bộ Công an
    units:
      - id: bca-a05
        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-cattt
        name: Cục An toàn thông tin
  - id: bqp
    name: Bộ Quốc phòng
evaluation:
  rotation: [bca, btttt, bqp]
  first_year: 2022
  review_every: 5
"""


def duty(duty_id: str, schedule: str, lead: str) -> str:
    return (
        f"          - id: {duty_id}\n"
        f"            text: Nhiệm vụ {duty_id}.\n"
        f"            lead: {lead}\n"
        f"            schedule: {schedule}\n"
    )


def chapters(*articles: tuple[str, Sequence[str]]) -> str:
    """One chapter; each article is (title, duties), numbered from 1."""
    lines = ["chapters:\n  - number: I\n    title: NỘI DUNG PHỐI HỢP\n    articles:\n"]
    for number, (title, duties) in enumerate(articles, start=1):
        lines.append(f"      - number: {number}\n        title: {title}\n        duties:\n")
        lines.extend(duties)
    return "".join(lines)


def record(year: int, host: str, results: Mapping[str, str]) -> str:
    """An evaluation record of qc-test: duty id -> status (note = 'Ghi chú <id> <year>.')."""
    lines = ["regulation: qc-test", f"year: {year}", f"host: {host}", "results:"]
    for duty_id, status in results.items():
        lines += [f"  {duty_id}:", f"    status: {status}", f"    note: Ghi chú {duty_id} {year}."]
    return "\n".join(lines) + "\n"


def make_dossier(root: Path, head: str, body: str, records: Mapping[int, str]) -> Dossier:
    evaluations = {f"{year}.yaml": text for year, text in records.items()}
    folder = write_folder(root, regulation(head + body), evaluations)
    return load_dossier(folder / "regulation.yaml")


def tally(counted: int, done: int, ip: int = 0, nd: int = 0, na: int = 0, ne: int = 0) -> Tally:
    return Tally(
        counted=counted,
        done=done,
        in_progress=ip,
        not_done=nd,
        not_applicable=na,
        not_evaluated=ne,
    )


@pytest.fixture(scope="module")
def bca() -> Dossier:
    return load_dossier(BCA_BTTTT)


@pytest.fixture(scope="module")
def bca_2026(bca: Dossier) -> Review:
    return build_review(bca, 2026, TODAY, history=False)


# --- The window ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("end_year", "today", "expected"),
    [
        # By default: the latest window aligned on first_year whose last year has come.
        (None, date(2026, 11, 24), (2022, 2026, False)),
        (None, date(2026, 1, 1), (2022, 2026, False)),
        (None, date(2030, 12, 31), (2022, 2026, False)),
        (None, date(2031, 1, 1), (2027, 2031, False)),
        # No window has reached its last year yet: an interim review up to this year.
        (None, date(2025, 6, 1), (2022, 2025, True)),
        (None, date(2022, 3, 1), (2022, 2022, True)),
        # An explicit end year: review_every years back from it, cut at first_year.
        (2024, TODAY, (2022, 2024, True)),
        (2026, TODAY, (2022, 2026, False)),
        (2030, TODAY, (2026, 2030, False)),
        (2022, TODAY, (2022, 2022, True)),
    ],
)
def test_review_window(
    bca: Dossier, end_year: int | None, today: date, expected: tuple[int, int, bool]
) -> None:
    assert review_window(bca.regulation, end_year, today) == expected


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (date(2026, 11, 24), (2024, 2026, False)),
        (date(2028, 12, 31), (2024, 2026, False)),
        (date(2029, 1, 1), (2027, 2029, False)),
        (date(2025, 1, 1), (2024, 2025, True)),
    ],
)
def test_review_window_of_a_three_year_cycle(today: date, expected: tuple[int, int, bool]) -> None:
    assert review_window(load_dossier(HA_TINH).regulation, None, today) == expected


def test_an_end_year_before_the_first_year_is_refused(bca: Dossier) -> None:
    with pytest.raises(RefusedError) as caught:
        review_window(bca.regulation, 2021, TODAY)
    assert caught.value.msgid == "year_outside"
    assert caught.value.message("en") == (
        "2021 is outside the years of regulation bca-btttt-2021 (2022 to …)"
    )
    with pytest.raises(RefusedError):
        build_review(bca, 2021, TODAY, history=False)


ENDED = """\
until: 2024-12-31
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
  review_every: 5
"""
ONE_DUTY = chapters(("Nội dung phối hợp", [duty("tx", "continuous", "bca-a05")]))


def test_an_end_year_after_the_regulation_ends_is_refused(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, ENDED, ONE_DUTY, {})
    with pytest.raises(RefusedError) as caught:
        review_window(dossier.regulation, 2026, TODAY)
    assert caught.value.message("en") == (
        "2026 is outside the years of regulation qc-test (2022 to 2024)"
    )


def test_the_default_review_of_an_ended_regulation_stops_at_its_last_year(
    tmp_path: Path,
) -> None:
    # The regulation ended on 31/12/2024; in 2026 the secretariat runs
    # `coordreg review` without --end-year to write the final review. The
    # default window must stop at 2024, not refuse a year nobody asked for.
    dossier = make_dossier(tmp_path, ENDED, ONE_DUTY, {})
    start, end, _interim = review_window(dossier.regulation, None, TODAY)
    assert (start, end) == (2022, 2024)


# --- The figures of the example regulation, 2022-2026 ----------------------------------------


def test_example_figures_by_year(bca_2026: Review) -> None:
    review = bca_2026
    assert (review.start, review.end, review.interim) == (2022, 2026, False)
    assert [
        (y.year, y.host.id, y.held, y.tally, y.rate, y.record is not None) for y in review.years
    ] == [
        (2022, "bca", date(2023, 1, 12), tally(35, 31, ip=2, nd=1, na=1), 31 / 34, True),
        # 2023 and 2024 also record a one-off carried over from the year before
        # (doi-soat-thue-bao-csdl-dan-cu of 2022, quy-trinh-ung-cuu-su-co of 2023).
        (2023, "btttt", date(2024, 1, 18), tally(34, 30, ip=3, nd=1), 30 / 34, True),
        (2024, "bca", date(2025, 1, 16), tally(34, 30, ip=2, nd=1, na=1), 30 / 33, True),
        # No record: every duty of the year is counted as due, none evaluated, no rate.
        (2025, "btttt", None, tally(32, 0, ne=32), None, False),
        (2026, "bca", None, tally(33, 0, ne=33), None, False),
    ]
    assert review.missing_years == (2025, 2026)
    assert review.period == (2022, 2026)


def test_example_totals_leave_out_the_missing_years(bca_2026: Review) -> None:
    assert bca_2026.total == tally(103, 91, ip=7, nd=3, na=2)
    assert bca_2026.total.rate == 91 / 101
    assert bca_2026.articles_total == 10
    assert bca_2026.duties_total == 38


def test_example_figures_by_lead_party(bca_2026: Review) -> None:
    assert [(g.key, g.name, g.tally) for g in bca_2026.parties] == [
        ("bca", "Bộ Công an", tally(53, 47, ip=4, nd=2)),
        ("btttt", "Bộ Thông tin và Truyền thông", tally(50, 44, ip=3, nd=1, na=2)),
    ]
    assert bca_2026.parties[0].tally.rate == 47 / 53
    assert bca_2026.parties[1].tally.rate == 44 / 48


def test_example_figures_by_article(bca_2026: Review) -> None:
    assert [(g.key, g.name, g.tally) for g in bca_2026.articles] == [
        ("6", "Trách nhiệm của Bộ Công an", tally(43, 38, ip=3, nd=2)),
        ("7", "Trách nhiệm của Bộ Thông tin và Truyền thông", tally(41, 35, ip=3, nd=1, na=2)),
        ("8", "Cơ quan thường trực", tally(13, 12, ip=1)),
        ("9", "Đánh giá, sơ kết việc thực hiện Quy chế", tally(6, 6)),
    ]


def test_example_shortcomings(bca: Dossier, bca_2026: Review) -> None:
    [repeated] = bca_2026.repeatedly_not_done
    assert (repeated.duty.id, repeated.article.number, repeated.years) == (
        "kiem-tra-an-ninh-thiet-bi",
        6,
        (2022, 2024),
    )
    # Its notes are every unfinished year's note, the 2023 "in progress" one included.
    assert [note.year for note in repeated.notes] == [2022, 2023, 2024]
    # so-ket-5-nam falls due only in 2026, which has no record yet: a missing
    # year is reported as missing, not held against the duties that fall in it.
    assert bca_2026.never_evaluated == ()
    # The duties whose latest result in the period is unfinished, each with that
    # result: doi-soat-thue-bao-csdl-dan-cu (in progress 2022, done 2023) and
    # quy-trinh-ung-cuu-su-co (in progress 2023, done 2024) were finished later.
    assert sorted(
        (n.year, n.article.number, n.duty.id, n.result.status) for n in bca_2026.outstanding
    ) == [
        (2024, 6, "kiem-tra-an-ninh-thiet-bi", "not_done"),
        (2024, 6, "lien-thong-van-ban-dien-tu", "in_progress"),
        (2024, 8, "giao-ban-van-phong", "in_progress"),
    ]
    for note in bca_2026.outstanding:
        assert note.result == bca.evaluations[2024].results[note.duty.id]


def test_example_achievements_are_the_notes_of_done_duties(bca_2026: Review) -> None:
    assert [(n.year, n.duty.id) for n in bca_2026.achievements] == [
        (2022, "trao-doi-thong-tin-anm"),
        (2022, "danh-gia-tinh-hinh-anm-quy"),
        (2022, "dau-tranh-toi-pham-cnc"),
        (2022, "ra-soat-thong-tin-xau-doc"),
        (2022, "tham-dinh-tieu-chuan-chinh-tri"),
        (2022, "kiem-tra-bao-ve-bmnn"),
        (2022, "ke-hoach-tuyen-truyen"),
        (2022, "huong-dan-quy-che-dia-phuong"),
        (2022, "lay-y-kien-vbqppl"),
        (2022, "dien-tap-attt"),
        (2022, "thong-nhat-dau-moi-lien-lac"),
        (2023, "dau-tranh-toi-pham-cnc"),
        (2023, "doi-soat-thue-bao-csdl-dan-cu"),
        (2023, "lay-y-kien-vbqppl"),
        (2023, "chuan-hoa-thue-bao"),
        (2024, "canh-bao-su-co-attt"),
        (2024, "quy-trinh-ung-cuu-su-co"),
        (2024, "tap-huan-attt"),
        (2024, "bao-cao-ket-qua-nam-btttt"),
    ]


def test_shortfalls_are_the_unfinished_duties_only(bca_2026: Review) -> None:
    # "Nhiệm vụ chưa hoàn thành và nguyên nhân" lists what was not done or is
    # still in progress. kiem-soat-buu-gui (2022) and xu-ly-bao-chi-vi-pham
    # (2024) were not applicable -- no request arose -- and are no shortfall.
    assert [(n.year, n.duty.id, n.result.status) for n in bca_2026.shortfalls] == [
        (2022, "kiem-tra-an-ninh-thiet-bi", "not_done"),
        (2022, "doi-soat-thue-bao-csdl-dan-cu", "in_progress"),
        (2022, "chuan-hoa-thue-bao", "in_progress"),
        (2023, "kiem-tra-an-ninh-thiet-bi", "in_progress"),
        (2023, "quy-trinh-ung-cuu-su-co", "in_progress"),
        (2023, "tap-huan-attt", "not_done"),
        (2023, "ngan-chan-thong-tin-mang-xa-hoi", "in_progress"),
        (2024, "kiem-tra-an-ninh-thiet-bi", "not_done"),
        (2024, "lien-thong-van-ban-dien-tu", "in_progress"),
        (2024, "giao-ban-van-phong", "in_progress"),
    ]


def test_example_review_json(bca_2026: Review) -> None:
    data = review_json(bca_2026)
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert set(data) >= {
        "regulation",
        "period",
        "interim",
        "missing_years",
        "years",
        "total",
        "parties",
        "articles",
        "shortcomings",
    }
    assert data["regulation"] == "bca-btttt-2021"
    assert data["period"] == [2022, 2026]
    assert data["interim"] is False
    assert data["missing_years"] == [2025, 2026]
    assert data["years"][0] == {
        "year": 2022,
        "host": "bca",
        "held": "2023-01-12",
        "record": True,
        "due": 35,
        "done": 31,
        "in_progress": 2,
        "not_done": 1,
        "not_applicable": 1,
        "not_evaluated": 0,
        "rate": 0.9118,
    }
    assert [(y["year"], y["host"], y["due"], y["done"], y["rate"]) for y in data["years"]] == [
        (2022, "bca", 35, 31, 0.9118),
        (2023, "btttt", 34, 30, 0.8824),
        (2024, "bca", 34, 30, 0.9091),
        (2025, "btttt", 32, 0, None),
        (2026, "bca", 33, 0, None),
    ]
    assert data["total"] == {
        "due": 103,
        "done": 91,
        "in_progress": 7,
        "not_done": 3,
        "not_applicable": 2,
        "not_evaluated": 0,
        "rate": 0.901,
    }
    assert data["parties"] == [
        {
            "party": "bca",
            "name": "Bộ Công an",
            "due": 53,
            "done": 47,
            "in_progress": 4,
            "not_done": 2,
            "not_applicable": 0,
            "not_evaluated": 0,
            "rate": 0.8868,
        },
        {
            "party": "btttt",
            "name": "Bộ Thông tin và Truyền thông",
            "due": 50,
            "done": 44,
            "in_progress": 3,
            "not_done": 1,
            "not_applicable": 2,
            "not_evaluated": 0,
            "rate": 0.9167,
        },
    ]
    assert [(a["article"], a["due"], a["rate"]) for a in data["articles"]] == [
        (6, 43, 0.8837),
        (7, 41, 0.8974),
        (8, 13, 0.9231),
        (9, 6, 1.0),
    ]
    assert data["shortcomings"] == [
        {
            "kind": "not_done_repeatedly",
            "duty": "kiem-tra-an-ninh-thiet-bi",
            "article": 6,
            "years": [2022, 2024],
        },
    ]


def test_review_json_amendments_are_the_acts_of_the_period_always_a_list(bca_2026: Review) -> None:
    # Issue 13: the amendments are the acts the regulation records, not git commits.
    # The bundled regulation records none: no section in the report, [] in JSON.
    assert bca_2026.amendments is None
    assert review_json(bca_2026)["amendments"] == []
    act = Act(
        id="sd-2024",
        number="02/QĐ-BCA-BTTTT",
        title="Sửa đổi Điều 6",
        signed=date(2024, 2, 20),
        effective=date(2024, 3, 1),
    )
    changes = dict.fromkeys(CHANGE_KEYS, 0) | {"articles_amended": 1}
    amended = dataclasses.replace(bca_2026, amendments=(Amendment(act, changes),))
    assert review_json(amended)["amendments"] == [
        {
            "id": "sd-2024",
            "kind": "amendment",
            "number": "02/QĐ-BCA-BTTTT",
            "title": "Sửa đổi Điều 6",
            "signed": "2024-02-20",
            "effective": "2024-03-01",
            "changes": changes,
        }
    ]


def test_the_three_year_review_of_ha_tinh() -> None:
    review = build_review(load_dossier(HA_TINH), 2026, TODAY, history=False)
    assert [(y.year, y.host.id, y.tally, y.rate) for y in review.years] == [
        (2024, "ubnd", tally(18, 15, ip=1, nd=1, na=1), 15 / 17),
        # 2025 also records tich-hop-vneid-dich-vu-cong, a one-off of 2024, still in progress.
        (2025, "cat", tally(18, 14, ip=3, nd=1), 14 / 18),
        (2026, "stttt", tally(18, 0, ne=18), None),
    ]
    assert review.total == tally(36, 29, ip=4, nd=2, na=1)
    assert [(g.key, g.tally) for g in review.parties] == [
        ("ubnd", tally(6, 6)),
        ("cat", tally(10, 8, ip=2)),
        ("stttt", tally(14, 11, ip=2, nd=1)),
        ("sgddt", tally(6, 4, nd=1, na=1)),
    ]
    assert [(g.key, g.tally) for g in review.articles] == [
        ("4", tally(10, 8, ip=2)),
        ("5", tally(12, 9, ip=2, nd=1)),
        ("6", tally(6, 4, nd=1, na=1)),
        ("7", tally(6, 6)),
        ("8", tally(2, 2)),
    ]
    assert review.repeatedly_not_done == ()
    # tich-hop-vneid-dich-vu-cong, in progress in 2024, is still in progress in 2025.
    assert sorted(
        (n.year, n.article.number, n.duty.id, n.result.status) for n in review.outstanding
    ) == [
        (2025, 4, "tich-hop-vneid-dich-vu-cong", "in_progress"),
        (2025, 5, "dien-tap-ung-cuu-su-co", "not_done"),
        (2025, 5, "giam-sat-attt-hang-thang", "in_progress"),
        (2025, 5, "tham-dinh-cap-do-httt", "in_progress"),
    ]


# --- Small regulations for the edge cases ----------------------------------------------------

FOUR_DUTIES = chapters(
    (
        "Trao đổi thông tin",
        [duty("tx", "continuous", "bca-a05"), duty("nam", "{yearly: 12-15}", "btttt-cattt")],
    ),
    (
        "Phối hợp khác",
        [duty("bqp-nam", "{yearly: 06-30}", "bqp"), duty("hoi", "on_request", "btttt")],
    ),
)
FIVE_YEARS = {
    2022: record(
        2022, "bca", {"tx": "done", "nam": "not_done", "bqp-nam": "done", "hoi": "not_applicable"}
    ),
    2023: record(
        2023,
        "btttt",
        {"tx": "done", "nam": "done", "bqp-nam": "in_progress", "hoi": "not_applicable"},
    ),
    2024: record(
        2024, "bqp", {"tx": "done", "nam": "not_done", "bqp-nam": "done", "hoi": "not_applicable"}
    ),
    # 2025: no record.
    # 2026: bqp-nam falls due but has no result.
    2026: record(2026, "btttt", {"tx": "done", "nam": "not_done", "hoi": "not_applicable"}),
}


@pytest.fixture
def three_parties(tmp_path: Path) -> Review:
    return build_review(
        make_dossier(tmp_path, THREE_PARTIES, FOUR_DUTIES, FIVE_YEARS), 2026, history=False
    )


def test_three_party_review_by_year(three_parties: Review) -> None:
    assert [(y.year, y.host.id, y.tally, y.rate) for y in three_parties.years] == [
        (2022, "bca", tally(4, 2, nd=1, na=1), 2 / 3),
        (2023, "btttt", tally(4, 2, ip=1, na=1), 2 / 3),
        (2024, "bqp", tally(4, 2, nd=1, na=1), 2 / 3),
        (2025, "bca", tally(4, 0, ne=4), None),
        # A duty missing from a record counts as not evaluated and lowers the rate.
        (2026, "btttt", tally(4, 1, nd=1, na=1, ne=1), 1 / 3),
    ]
    assert three_parties.missing_years == (2025,)
    assert three_parties.total == tally(16, 7, ip=1, nd=3, na=4, ne=1)
    assert three_parties.total.rate == 7 / 12


def test_three_party_review_by_party_and_article(three_parties: Review) -> None:
    assert [(g.key, g.name, g.tally, g.tally.rate) for g in three_parties.parties] == [
        ("bca", "Bộ Công an", tally(4, 4), 1.0),
        ("btttt", "Bộ Thông tin và Truyền thông", tally(8, 1, nd=3, na=4), 1 / 4),
        ("bqp", "Bộ Quốc phòng", tally(4, 2, ip=1, ne=1), 2 / 4),
    ]
    assert [(g.key, g.name, g.tally) for g in three_parties.articles] == [
        ("1", "Trao đổi thông tin", tally(8, 5, nd=3)),
        ("2", "Phối hợp khác", tally(8, 2, ip=1, na=4, ne=1)),
    ]


def test_a_duty_not_done_in_three_years_of_five(three_parties: Review) -> None:
    assert [(s.duty.id, s.years) for s in three_parties.repeatedly_not_done] == [
        ("nam", (2022, 2024, 2026))
    ]
    assert [n.result.note for n in three_parties.repeatedly_not_done[0].notes] == [
        "Ghi chú nam 2022.",
        "Ghi chú nam 2024.",
        "Ghi chú nam 2026.",
    ]
    # bqp-nam went unrecorded in 2026 but was evaluated in other years.
    assert three_parties.never_evaluated == ()
    assert review_json(three_parties)["shortcomings"] == [
        {"kind": "not_done_repeatedly", "duty": "nam", "article": 1, "years": [2022, 2024, 2026]}
    ]


def test_outstanding_is_each_duty_left_unfinished_by_its_latest_result(
    three_parties: Review,
) -> None:
    # nam: not done in 2026, its latest result. bqp-nam: in progress in 2023 but
    # done in 2024 (and unrecorded in 2026): finished. tx done, hoi not applicable.
    assert [
        (n.year, n.article.number, n.duty.id, n.result.status, n.result.note)
        for n in three_parties.outstanding
    ] == [(2026, 1, "nam", "not_done", "Ghi chú nam 2026.")]


def test_a_year_recorded_as_not_applicable_throughout_has_no_rate(tmp_path: Path) -> None:
    body = chapters(
        ("Nội dung phối hợp", [duty("hoi", "on_request", "bca-a05")]),
        ("Đề nghị", [duty("de-nghi", "on_request", "btttt-cattt")]),
    )
    records = {
        2022: record(2022, "bca", {"hoi": "not_applicable", "de-nghi": "not_applicable"}),
        2023: record(2023, "btttt", {"hoi": "done", "de-nghi": "not_applicable"}),
    }
    dossier = make_dossier(tmp_path, "", body, records)
    review = build_review(dossier, 2023, history=False)
    assert (review.start, review.end, review.interim) == (2022, 2023, True)
    assert [(y.year, y.tally, y.rate) for y in review.years] == [
        (2022, tally(2, 0, na=2), None),
        (2023, tally(2, 1, na=1), 1.0),
    ]
    assert review.missing_years == ()
    assert [y["rate"] for y in review_json(review)["years"]] == [None, 1.0]
    # A party whose every duty-year was not applicable has no rate either.
    assert [(g.key, g.tally.rate) for g in review.parties] == [("bca", 1.0), ("btttt", None)]


def test_a_duty_due_in_a_recorded_year_but_never_recorded_is_never_evaluated(
    tmp_path: Path,
) -> None:
    body = chapters(
        (
            "Nội dung phối hợp",
            [duty("tx", "continuous", "bca-a05"), duty("moi", "{yearly: 09-30}", "btttt-cattt")],
        )
    )
    records = {
        2022: record(2022, "bca", {"tx": "done"}),
        2023: record(2023, "btttt", {"tx": "done"}),
    }
    review = build_review(make_dossier(tmp_path, "", body, records), 2023, history=False)
    assert [(y.year, y.tally, y.rate) for y in review.years] == [
        (2022, tally(2, 1, ne=1), 1 / 2),
        (2023, tally(2, 1, ne=1), 1 / 2),
    ]
    assert [(a.number, d.id) for a, d in review.never_evaluated] == [(1, "moi")]
    assert review_json(review)["shortcomings"] == [
        {"kind": "never_evaluated", "duty": "moi", "article": 1, "years": []}
    ]


def test_a_result_for_a_duty_not_due_that_year_still_counts(tmp_path: Path) -> None:
    # A one-off of 2022 left in progress, reported again in 2023's record.
    body = chapters(
        (
            "Nội dung phối hợp",
            [duty("tx", "continuous", "bca-a05"), duty("mot-lan", "{once: 2022-06-30}", "bca")],
        )
    )
    records = {
        2022: record(2022, "bca", {"tx": "done", "mot-lan": "in_progress"}),
        2023: record(2023, "btttt", {"tx": "done", "mot-lan": "done"}),
        2024: record(2024, "bca", {"tx": "done"}),
    }
    review = build_review(make_dossier(tmp_path, "", body, records), 2024, history=False)
    assert [(y.year, y.tally) for y in review.years] == [
        (2022, tally(2, 1, ip=1)),
        (2023, tally(2, 2)),
        (2024, tally(1, 1)),
    ]
    assert review.outstanding == ()


def test_missing_years_are_left_out_of_every_total(tmp_path: Path) -> None:
    body = chapters(("Nội dung phối hợp", [duty("tx", "continuous", "bca-a05")]))
    records = {
        2022: record(2022, "bca", {"tx": "done"}),
        2024: record(2024, "bca", {"tx": "not_done"}),
    }
    review = build_review(make_dossier(tmp_path, "", body, records), 2024, history=False)
    assert review.missing_years == (2023,)
    assert review.total == tally(2, 1, nd=1)
    assert [(g.key, g.tally) for g in review.parties] == [
        ("bca", tally(2, 1, nd=1)),
        ("btttt", tally(0, 0)),
    ]
    assert [(g.key, g.tally) for g in review.articles] == [("1", tally(2, 1, nd=1))]
    # Not done in 2022 and 2024 only once: no repeated shortfall.
    assert review.repeatedly_not_done == ()
