"""The annual plan: who hosts, which duties fall due on which dates, what is carried over.

The example regulation (`regulations/bca-btttt-2021`, read only) covers the
realistic cases; small regulations written in tmp_path pin the edge cases
(three-party rotation, every kind of schedule, leap years, a regulation that
takes effect or ends in the middle of a year).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pytest
from builders import regulation, write_folder
from bundled import regulation_2024

from coordreg.check.dossier import Dossier, load_dossier
from coordreg.documents.plan import AnnualPlan, build_plan, plan_json
from coordreg.errors import RefusedError

ROOT = Path(__file__).resolve().parents[1]
BCA_BTTTT = regulation_2024("bca-btttt-2021") / "regulation.yaml"

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
    units:
      - id: bqp-btl86
        name: Bộ Tư lệnh Tác chiến không gian mạng
"""


def duty(
    duty_id: str,
    schedule: str,
    *,
    lead: str = "bca-a05",
    support: Sequence[str] = (),
    text: str | None = None,
    deliverable: str | None = None,
) -> str:
    """One duty, as YAML lines at the indentation of an article's `duties:` list."""
    lines = [
        f"          - id: {duty_id}",
        f"            text: {json.dumps(text or f'Nhiệm vụ {duty_id}.', ensure_ascii=False)}",
        f"            lead: {lead}",
        f"            schedule: {schedule}",
    ]
    if support:
        lines.append(f"            support: [{', '.join(support)}]")
    if deliverable:
        lines.append(f"            deliverable: {json.dumps(deliverable, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def chapters(*duties: str) -> str:
    """One chapter with one article holding `duties`."""
    return (
        "chapters:\n"
        "  - number: I\n"
        "    title: NỘI DUNG PHỐI HỢP\n"
        "    articles:\n"
        "      - number: 1\n"
        "        title: Nội dung phối hợp\n"
        "        duties:\n" + "".join(duties)
    )


def record(
    year: int, host: str, results: Mapping[str, tuple[str, str | None]], reg_id: str = "qc-test"
) -> str:
    """An evaluation record: duty id -> (status, note or None)."""
    lines = [f"regulation: {reg_id}", f"year: {year}", f"host: {host}", "results:"]
    for duty_id, (status, note) in results.items():
        lines += [f"  {duty_id}:", f"    status: {status}"]
        if note is not None:
            lines.append(f"    note: {json.dumps(note, ensure_ascii=False)}")
    return "\n".join(lines) + "\n"


def evaluation_settings(rotation: Sequence[str], first_year: int, every: int = 5) -> str:
    return (
        "evaluation:\n"
        f"  rotation: [{', '.join(rotation)}]\n"
        f"  first_year: {first_year}\n"
        f"  review_every: {every}\n"
    )


def make_dossier(
    root: Path,
    *duties: str,
    head: str = "",
    records: Mapping[int, str] | None = None,
) -> Dossier:
    """Write `<root>/regulations/qc-test/` and load it as the CLI would."""
    text = regulation(head + chapters(*duties))
    evaluations = {f"{year}.yaml": body for year, body in (records or {}).items()}
    folder = write_folder(root, text, evaluations)
    return load_dossier(folder / "regulation.yaml")


@pytest.fixture(scope="module")
def bca() -> Dossier:
    return load_dossier(BCA_BTTTT)


def summary(plan: AnnualPlan) -> list[tuple[str, tuple[date, ...], bool]]:
    return [(item.duty.id, item.due, item.carried_over) for item in plan.items]


# --- Who hosts the year's evaluation ---------------------------------------------------------


def test_two_party_rotation_alternates_from_the_first_year(bca: Dossier) -> None:
    hosts = [(year, build_plan(bca, year).host.id) for year in range(2022, 2029)]
    assert hosts == [
        (2022, "bca"),
        (2023, "btttt"),
        (2024, "bca"),
        (2025, "btttt"),
        (2026, "bca"),
        (2027, "btttt"),
        (2028, "bca"),
    ]
    assert build_plan(bca, 2025).host.name == "Bộ Thông tin và Truyền thông"


def test_three_party_rotation_over_seven_years_follows_the_rotation_order(
    tmp_path: Path,
) -> None:
    # The rotation order, not the order of the parties, decides who hosts.
    dossier = make_dossier(
        tmp_path,
        duty("a", "continuous", lead="bca-a05"),
        duty("b", "continuous", lead="btttt-cattt"),
        duty("c", "continuous", lead="bqp-btl86"),
        head=THREE_PARTIES + evaluation_settings(["bqp", "bca", "btttt"], 2023),
    )
    hosts = [(year, build_plan(dossier, year).host.id) for year in range(2023, 2030)]
    assert hosts == [
        (2023, "bqp"),
        (2024, "bca"),
        (2025, "btttt"),
        (2026, "bqp"),
        (2027, "bca"),
        (2028, "btttt"),
        (2029, "bqp"),
    ]
    assert build_plan(dossier, 2029).host.name == "Bộ Quốc phòng"


def test_a_year_before_the_first_evaluation_year_is_refused(bca: Dossier) -> None:
    with pytest.raises(RefusedError) as caught:
        build_plan(bca, 2021)
    assert caught.value.msgid == "year_outside"
    assert caught.value.message("en") == (
        "2021 is outside the years of regulation bca-btttt-2021 (2022 to …)"
    )
    assert caught.value.message("vi") == (
        "năm 2021 nằm ngoài thời gian đánh giá của quy chế bca-btttt-2021 (2022 đến …)"
    )


def test_a_year_after_the_regulation_ends_is_refused(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, duty("a", "continuous"), head="until: 2026-06-30\n")
    assert build_plan(dossier, 2026).year == 2026
    with pytest.raises(RefusedError) as caught:
        build_plan(dossier, 2027)
    assert caught.value.message("en") == (
        "2027 is outside the years of regulation qc-test (2022 to 2026)"
    )


# --- When duties fall due --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("schedule", "expected"),
    [
        ("{quarterly: 03-25}", ["2025-03-25", "2025-06-25", "2025-09-25", "2025-12-25"]),
        ("{quarterly: 01-31}", ["2025-01-31", "2025-04-30", "2025-07-31", "2025-10-31"]),
        ("{half_yearly: 06-30}", ["2025-06-30", "2025-12-31"]),
        ("{half_yearly: 03-31}", ["2025-03-31", "2025-09-30"]),
        ("{yearly: 10-31}", ["2025-10-31"]),
        ("{monthly: 20}", [f"2025-{month:02d}-20" for month in range(1, 13)]),
        ("{once: 2025-06-30}", ["2025-06-30"]),
        ("continuous", []),
        ("on_request", []),
    ],
)
def test_due_dates_of_each_schedule(tmp_path: Path, schedule: str, expected: list[str]) -> None:
    dossier = make_dossier(tmp_path, duty("d", schedule))
    plan = build_plan(dossier, 2025)
    assert [item.duty.id for item in plan.items] == ["d"]
    assert [day.isoformat() for day in plan.items[0].due] == expected
    assert plan_json(plan)["items"][0]["due"] == expected


def test_a_one_off_duty_belongs_only_to_its_year(tmp_path: Path) -> None:
    dossier = make_dossier(
        tmp_path, duty("mot-lan", "{once: 2025-06-30}"), duty("tx", "continuous")
    )
    assert summary(build_plan(dossier, 2024)) == [("tx", (), False)]
    assert summary(build_plan(dossier, 2025)) == [
        ("mot-lan", (date(2025, 6, 30),), False),
        ("tx", (), False),
    ]
    assert summary(build_plan(dossier, 2026)) == [("tx", (), False)]


def test_monthly_day_31_falls_on_the_last_day_of_short_months_and_29_february(
    tmp_path: Path,
) -> None:
    dossier = make_dossier(tmp_path, duty("thang", "{monthly: 31}"))
    assert build_plan(dossier, 2024).items[0].due == (
        date(2024, 1, 31),
        date(2024, 2, 29),
        date(2024, 3, 31),
        date(2024, 4, 30),
        date(2024, 5, 31),
        date(2024, 6, 30),
        date(2024, 7, 31),
        date(2024, 8, 31),
        date(2024, 9, 30),
        date(2024, 10, 31),
        date(2024, 11, 30),
        date(2024, 12, 31),
    )
    assert build_plan(dossier, 2025).items[0].due[1] == date(2025, 2, 28)


def test_yearly_29_february_falls_on_28_february_outside_leap_years(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, duty("nam", "{yearly: 02-29}"))
    assert build_plan(dossier, 2024).items[0].due == (date(2024, 2, 29),)
    assert build_plan(dossier, 2025).items[0].due == (date(2025, 2, 28),)
    assert plan_json(build_plan(dossier, 2025))["items"][0]["due"] == ["2025-02-28"]


def test_quarterly_29_february_clamps_only_february(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, duty("quy", "{quarterly: 02-29}"))
    assert build_plan(dossier, 2025).items[0].due == (
        date(2025, 2, 28),
        date(2025, 5, 29),
        date(2025, 8, 29),
        date(2025, 11, 29),
    )


def test_a_regulation_effective_mid_year_plans_its_first_year(tmp_path: Path) -> None:
    dossier = make_dossier(
        tmp_path,
        duty("quy", "{quarterly: 03-25}"),
        duty("tx", "continuous"),
        head="signed: 2023-07-01\neffective: 2023-07-01\n"
        + evaluation_settings(["btttt", "bca"], 2023),
    )
    plan = build_plan(dossier, 2023)
    assert plan.host.id == "btttt"
    assert plan.previous is None
    assert plan.previous_missing is False
    assert plan.report_by == date(2023, 12, 15)
    assert [item.duty.id for item in plan.items] == ["quy", "tx"]


def test_dates_before_the_effective_date_are_not_planned(tmp_path: Path) -> None:
    # Effective 1 July 2023: the quarterly dates of March and June 2023, and a
    # yearly date in February 2023, fall before the regulation exists.
    dossier = make_dossier(
        tmp_path,
        duty("quy", "{quarterly: 03-25}"),
        duty("nam", "{yearly: 02-28}"),
        head="signed: 2023-07-01\neffective: 2023-07-01\n"
        + evaluation_settings(["bca", "btttt"], 2023),
    )
    assert summary(build_plan(dossier, 2023)) == [
        ("quy", (date(2023, 9, 25), date(2023, 12, 25)), False),
    ]
    assert summary(build_plan(dossier, 2024))[0] == (
        "quy",
        (date(2024, 3, 25), date(2024, 6, 25), date(2024, 9, 25), date(2024, 12, 25)),
        False,
    )


def test_dates_after_the_end_date_are_not_planned(tmp_path: Path) -> None:
    dossier = make_dossier(tmp_path, duty("quy", "{quarterly: 03-25}"), head="until: 2024-08-31\n")
    assert summary(build_plan(dossier, 2024)) == [
        ("quy", (date(2024, 3, 25), date(2024, 6, 25)), False),
    ]


# --- What last year left unfinished -----------------------------------------------------------

CARRY_DUTIES = (
    duty("tx", "continuous"),
    duty("quy", "{quarterly: 03-25}"),
    duty("nam-na", "{yearly: 12-15}"),
    duty("mot-lan", "{once: 2024-06-30}"),
    duty("mot-lan-xong", "{once: 2024-03-31}"),
    duty("mot-lan-na", "{once: 2024-09-30}"),
    duty("khi-co-yeu-cau", "on_request"),
)
CARRY_RECORD = record(
    2024,
    "btttt",
    {
        "tx": ("done", None),
        "quy": ("not_done", "Chưa gửi báo cáo quý IV."),
        "nam-na": ("not_applicable", "Không phát sinh."),
        "mot-lan": ("in_progress", "Đã kết nối thử nghiệm, chưa nghiệm thu."),
        "mot-lan-xong": ("done", None),
        "mot-lan-na": ("not_applicable", None),
        "khi-co-yeu-cau": ("in_progress", None),
    },
)


def test_unfinished_duties_of_last_year_are_carried_over_with_their_note(
    tmp_path: Path,
) -> None:
    dossier = make_dossier(tmp_path, *CARRY_DUTIES, records={2024: CARRY_RECORD})
    plan = build_plan(dossier, 2025)
    assert [
        (item.duty.id, item.due, item.carried_over, item.previous_status, item.previous_note)
        for item in plan.items
    ] == [
        ("tx", (), False, None, None),
        (
            "quy",
            (date(2025, 3, 25), date(2025, 6, 25), date(2025, 9, 25), date(2025, 12, 25)),
            True,
            "not_done",
            "Chưa gửi báo cáo quý IV.",
        ),
        ("nam-na", (date(2025, 12, 15),), False, None, None),
        ("mot-lan", (), True, "in_progress", "Đã kết nối thử nghiệm, chưa nghiệm thu."),
        ("khi-co-yeu-cau", (), True, "in_progress", None),
    ]
    assert [item.duty.id for item in plan.carried_over] == ["quy", "mot-lan", "khi-co-yeu-cau"]
    assert plan.previous is not None and plan.previous.year == 2024
    assert plan.previous_missing is False


def test_only_the_year_just_before_is_carried_over(tmp_path: Path) -> None:
    # 2024's unfinished work is 2025's business; by 2026 it is 2025's record that counts.
    dossier = make_dossier(tmp_path, *CARRY_DUTIES, records={2024: CARRY_RECORD})
    plan = build_plan(dossier, 2026)
    assert plan.carried_over == ()
    assert plan.previous_missing is True


def test_a_once_duty_carried_over_appears_with_no_date(bca: Dossier) -> None:
    # doi-soat-thue-bao-csdl-dan-cu was due 31/12/2022 and left in progress.
    plan = build_plan(bca, 2023)
    item = next(i for i in plan.items if i.duty.id == "doi-soat-thue-bao-csdl-dan-cu")
    assert item.due == ()
    assert item.carried_over is True
    assert item.previous_status == "in_progress"
    assert item.previous_note is not None
    assert item.previous_note.startswith("Đã đối soát phần lớn thuê bao di động")


def test_a_recurring_duty_both_due_and_carried_appears_once(bca: Dossier) -> None:
    plan = build_plan(bca, 2023)
    ids = [item.duty.id for item in plan.items]
    assert ids.count("kiem-tra-an-ninh-thiet-bi") == 1
    item = next(i for i in plan.items if i.duty.id == "kiem-tra-an-ninh-thiet-bi")
    assert item.due == (date(2023, 6, 30), date(2023, 12, 31))
    assert item.carried_over is True
    assert item.previous_status == "not_done"
    assert [i.duty.id for i in plan.carried_over] == [
        "kiem-tra-an-ninh-thiet-bi",
        "doi-soat-thue-bao-csdl-dan-cu",
        "chuan-hoa-thue-bao",
    ]
    # 33 duties fall due in 2023, and the one-off doi-soat is carried in.
    assert len(plan.items) == 34


def test_the_example_plan_of_2025(bca: Dossier) -> None:
    plan = build_plan(bca, 2025)
    assert len(plan.items) == 33
    assert [(i.duty.id, i.previous_status) for i in plan.carried_over] == [
        ("kiem-tra-an-ninh-thiet-bi", "not_done"),
        ("lien-thong-van-ban-dien-tu", "in_progress"),
        ("giao-ban-van-phong", "in_progress"),
    ]
    assert [group.article.number for group in plan.groups] == [6, 7, 8, 9]
    assert [len(group.items) for group in plan.groups] == [14, 13, 4, 2]
    assert plan.report_by == date(2025, 12, 15)


@pytest.mark.parametrize(
    ("year", "missing"),
    [(2022, False), (2023, False), (2025, False), (2026, True), (2027, True)],
)
def test_previous_missing_when_last_year_has_no_record(
    bca: Dossier, year: int, missing: bool
) -> None:
    # Records exist for 2022-2024; 2022 is the first year, so nothing is missing before it.
    plan = build_plan(bca, year)
    assert plan.previous_missing is missing
    assert plan_json(plan)["previous_missing"] is missing
    assert (plan.previous is None) is (missing or year == 2022)
    if missing:
        assert plan.carried_over == ()
        assert plan_json(plan)["previous_record"] is False


# --- plan_json -------------------------------------------------------------------------------


def test_plan_json_of_a_small_regulation_exactly(tmp_path: Path) -> None:
    dossier = make_dossier(
        tmp_path,
        duty(
            "quy",
            "{quarterly: 03-25}",
            lead="btttt-cattt",
            support=["bca-a05", "bca"],
            text="Báo cáo kết quả giám sát an toàn thông tin.",
            deliverable="Báo cáo quý",
        ),
        duty("mot-lan", "{once: 2024-06-30}", lead="bca-vp", support=["btttt-vp"]),
        records={2024: record(2024, "bca", {"mot-lan": ("in_progress", "Chưa xong.")})},
    )
    data = plan_json(build_plan(dossier, 2025))
    assert data == {
        "regulation": "qc-test",
        "year": 2025,
        "host": {"id": "btttt", "name": "Bộ Thông tin và Truyền thông"},
        "report_by": "2025-12-15",
        "previous_record": True,
        "previous_missing": False,
        "items": [
            {
                "duty": "quy",
                "article": 1,
                "text": "Báo cáo kết quả giám sát an toàn thông tin.",
                "lead": "btttt-cattt",
                "lead_name": "Cục An toàn thông tin",
                "support": ["bca-a05", "bca"],
                "support_names": [
                    "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
                    "Bộ Công an",
                ],
                "schedule": {"quarterly": "03-25"},
                "due": ["2025-03-25", "2025-06-25", "2025-09-25", "2025-12-25"],
                "deliverable": "Báo cáo quý",
                "carried_over": False,
                "previous_status": None,
                "previous_note": None,
            },
            {
                "duty": "mot-lan",
                "article": 1,
                "text": "Nhiệm vụ mot-lan.",
                "lead": "bca-vp",
                "lead_name": "Văn phòng Bộ Công an",
                "support": ["btttt-vp"],
                "support_names": ["Văn phòng Bộ Thông tin và Truyền thông"],
                "schedule": {"once": "2024-06-30"},
                "due": [],
                "deliverable": None,
                "carried_over": True,
                "previous_status": "in_progress",
                "previous_note": "Chưa xong.",
            },
        ],
    }
    # The data is what `-f json` prints: it must survive a JSON round trip unchanged.
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data


def test_plan_json_of_the_example_2025(bca: Dossier) -> None:
    data = plan_json(build_plan(bca, 2025))
    assert set(data) == {
        "regulation",
        "year",
        "host",
        "report_by",
        "previous_record",
        "previous_missing",
        "items",
    }
    assert (data["regulation"], data["year"]) == ("bca-btttt-2021", 2025)
    assert data["host"] == {"id": "btttt", "name": "Bộ Thông tin và Truyền thông"}
    assert data["previous_record"] is True
    assert data["previous_missing"] is False
    items = {item["duty"]: item for item in data["items"]}
    assert len(items) == 33
    for item in data["items"]:
        assert set(item) >= {"duty", "text", "lead", "support", "due", "carried_over"}
    assert items["kiem-tra-an-ninh-thiet-bi"]["due"] == ["2025-06-30", "2025-12-31"]
    assert items["kiem-tra-an-ninh-thiet-bi"]["carried_over"] is True
    assert items["lien-thong-van-ban-dien-tu"]["due"] == []
    assert items["lien-thong-van-ban-dien-tu"]["carried_over"] is True
    assert items["dau-tranh-toi-pham-cnc"]["due"] == []
    assert items["ke-hoach-tuyen-truyen"]["due"] == ["2025-02-28"]
    assert items["dinh-huong-thong-tin-bao-chi"]["due"][:2] == ["2025-01-05", "2025-02-05"]
    assert "so-ket-5-nam" not in items
