"""Schema findings (CR101-CR104), the schedule's due dates and the Regulation helpers."""

from __future__ import annotations

from datetime import date

import pytest
from builders import (
    DEFAULT_EVALUATION,
    DEFAULT_REGULATION,
    Check,
    CheckFindings,
    evaluation,
    messages,
    regulation,
    triples,
)

from coordreg.loader.yamlload import load_text
from coordreg.model import Regulation, Schedule
from coordreg.model.schedule import parse_schedule


def test_default_files_check_clean(check: Check) -> None:
    assert check(DEFAULT_REGULATION, {"2023.yaml": DEFAULT_EVALUATION}) == []


# --- CR101 missing key ----------------------------------------------------------------------


def test_missing_top_level_key_points_at_the_top_mapping(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("# Quy chế\nid: qc-test\n", without=["title"]))
    assert triples(found) == [(2, 1, "CR101")]
    assert messages(found) == ["required key 'title' is missing"]
    assert messages(found, "vi") == ["thiếu khóa bắt buộc 'title'"]


def test_every_missing_key_of_a_mapping_is_reported(check_findings: CheckFindings) -> None:
    # Same place, same code, different keys: three findings, not one.
    found = check_findings(regulation(without=["title", "signed", "effective"]))
    assert triples(found) == [(1, 1, "CR101"), (1, 1, "CR101"), (1, 1, "CR101")]
    assert sorted(messages(found)) == [
        "required key 'effective' is missing",
        "required key 'signed' is missing",
        "required key 'title' is missing",
    ]


def test_every_missing_key_of_a_party_is_reported(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation("parties:\n  - short_name: BCA\n  - {id: btttt, name: Bộ TTTT}\n")
    )
    assert triples(found) == [(2, 5, "CR101"), (2, 5, "CR101")]
    assert sorted(messages(found)) == [
        "required key 'id' is missing",
        "required key 'name' is missing",
    ]


def test_missing_nested_keys_point_at_their_mapping(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            parties:
              - id: bca
                name: Bộ Công an
              - id: btttt
                units:
                  - id: btttt-vp
            """
        )
    )
    assert triples(found) == [(4, 5, "CR101"), (6, 9, "CR101")]
    assert messages(found) == [
        "required key 'name' is missing",
        "required key 'name' is missing",
    ]


def test_missing_duty_lead(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Trao đổi thông tin
                    duties:
                      - id: trao-doi-thong-tin
                        text: Trao đổi thông tin
                        schedule: continuous
            """
        )
    )
    assert triples(found) == [(8, 13, "CR101")]
    assert messages(found) == ["required key 'lead' is missing"]


def test_missing_key_in_an_evaluation(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation(without=["host"])})
    assert triples(found) == [(1, 1, "CR101")]
    assert messages(found) == ["required key 'host' is missing"]


# --- CR102 wrong type ----------------------------------------------------------------------


def test_quoted_article_number(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: "1"
                    title: Phạm vi điều chỉnh
            """
        )
    )
    assert triples(found) == [(5, 17, "CR102")]
    assert messages(found) == ["'number' must be a whole number, not '1'"]
    assert messages(found, "vi") == ["'number' phải là số nguyên, không phải '1'"]


@pytest.mark.parametrize(
    ("text", "expected", "message"),
    [
        (
            "evaluation: [bca, btttt]\n",
            (1, 13),
            "'evaluation' must be a mapping of keys, not a list",
        ),
        ("title: 2021\n", (1, 8), "'title' must be text, not 2021"),
        ("title: true\n", (1, 8), "'title' must be text, not true"),
        ("title:\n", (1, 7), "'title' must be text, not nothing"),
        ("parties: bca\n", (1, 10), "'parties' must be a list, not 'bca'"),
        (
            "evaluation:\n  rotation: [bca, btttt]\n  first_year: '2022'\n",
            (3, 15),
            "'first_year' must be a whole number, not '2022'",
        ),
        (
            "evaluation:\n  rotation: bca\n  first_year: 2022\n",
            (2, 13),
            "'rotation' must be a list, not 'bca'",
        ),
    ],
)
def test_wrong_type(
    check_findings: CheckFindings, text: str, expected: tuple[int, int], message: str
) -> None:
    found = check_findings(regulation(text))
    assert triples(found) == [(*expected, "CR102")]
    assert messages(found) == [message]


def test_mapping_where_a_list_belongs(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Phạm vi điều chỉnh
                    clauses: {number: 1, text: Quy chế này quy định việc phối hợp.}
            """
        )
    )
    assert triples(found) == [(7, 18, "CR102")]
    assert messages(found) == ["'clauses' must be a list, not a mapping"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        # The kind of value found is worded in Vietnamese too, like the expected type.
        (
            "evaluation: [bca, btttt]\n",
            "'evaluation' phải là ánh xạ khóa - giá trị, không phải danh sách",
        ),
        (
            "parties: {bca: Bộ Công an}\n",
            "'parties' phải là danh sách, không phải ánh xạ khóa - giá trị",
        ),
    ],
)
def test_wrong_type_in_vietnamese(check_findings: CheckFindings, text: str, message: str) -> None:
    assert messages(check_findings(regulation(text)), "vi") == [message]


def test_wrong_type_in_an_evaluation(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation('year: "2023"\n')})
    assert triples(found) == [(1, 7, "CR102")]
    assert messages(found) == ["'year' must be a whole number, not '2023'"]


# --- CR103 unknown key ---------------------------------------------------------------------


def test_unknown_keys_with_and_without_suggestion(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            titel: Quy chế phối hợp
            parties:
              - id: bca
                name: Bộ Công an
                unit:
                  - {id: bca-vp, name: Văn phòng Bộ Công an}
                standing_ofice: bca-vp
              - id: btttt
                name: Bộ Thông tin và Truyền thông
                ghi_chu: x
            """
        )
    )
    # The default title follows, so the misspelt key is only unknown.
    assert triples(found) == [(1, 1, "CR103"), (5, 5, "CR103"), (7, 5, "CR103"), (10, 5, "CR103")]
    assert messages(found) == [
        "unknown key 'titel' (did you mean 'title'?)",
        "unknown key 'unit' (did you mean 'units'?)",
        "unknown key 'standing_ofice' (did you mean 'standing_office'?)",
        "unknown key 'ghi_chu'",
    ]
    assert messages(found, "vi") == [
        "khóa không hợp lệ 'titel' (có phải là 'title'?)",
        "khóa không hợp lệ 'unit' (có phải là 'units'?)",
        "khóa không hợp lệ 'standing_ofice' (có phải là 'standing_office'?)",
        "khóa không hợp lệ 'ghi_chu'",
    ]


def test_unknown_key_in_a_duty(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Trao đổi thông tin
                    duties:
                      - id: trao-doi-thong-tin
                        text: Trao đổi thông tin
                        lead: bca-a05
                        suport: [btttt-vp]
                        schedule: continuous
            """
        )
    )
    assert triples(found) == [(11, 13, "CR103")]
    assert messages(found) == ["unknown key 'suport' (did you mean 'support'?)"]


def test_unknown_key_in_an_evaluation_result(check_findings: CheckFindings) -> None:
    found = check_findings(
        evaluations={
            "2023.yaml": evaluation(
                """
                results:
                  trao-doi-thong-tin: {status: done, notes: Hoàn thành}
                  bao-cao-quy: {status: done}
                  tong-ket-nam: {status: done}
                """
            )
        }
    )
    assert triples(found) == [(2, 38, "CR103")]
    assert messages(found) == ["unknown key 'notes' (did you mean 'note'?)"]


# --- CR104 invalid value -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "message"),
    [
        (
            "id: quy-chế\n",
            (1, 5),
            "'id' is not a valid id, 'quy-chế': use ASCII letters, digits, '-', '_' and '.'",
        ),
        (
            "id: qc test\n",
            (1, 5),
            "'id' is not a valid id, 'qc test': use ASCII letters, digits, '-', '_' and '.'",
        ),
        (
            "id: -qc\n",
            (1, 5),
            "'id' is not a valid id, '-qc': use ASCII letters, digits, '-', '_' and '.'",
        ),
        # A `|` block ends in a line feed, which `$` of a Python pattern would let through.
        (
            "id: |\n  qc\n",
            (1, 5),
            "'id' is not a valid id, 'qc\\n': use ASCII letters, digits, '-', '_' and '.'",
        ),
        ("signed: 2023-02-30\n", (1, 9), "'signed' is not a date in the calendar: '2023-02-30'"),
        (
            "signed: 24/11/2021\n",
            (1, 9),
            "'signed' must be a date written YYYY-MM-DD, not '24/11/2021' (write 2021-11-24)",
        ),
        ("signed: 20211124\n", (1, 9), "'signed' must be a date written YYYY-MM-DD, not 20211124"),
        ("title: ''\n", (1, 8), "'title' must not be empty"),
        (
            "evaluation:\n  rotation: [bca, btttt]\n  first_year: 1800\n",
            (3, 15),
            "'first_year' must be at least 1900, not 1800",
        ),
        (
            "evaluation:\n  rotation: [bca, btttt]\n  first_year: 2022\n  review_every: 51\n",
            (4, 17),
            "'review_every' must be at most 50, not 51",
        ),
    ],
)
def test_invalid_value(
    check_findings: CheckFindings, text: str, expected: tuple[int, int], message: str
) -> None:
    found = check_findings(regulation(text))
    assert triples(found) == [(*expected, "CR104")]
    assert messages(found) == [message]


def test_invalid_values_in_vietnamese(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("id: quy-chế\nsigned: 2023-02-30\neffective: 24/11/2021\n"))
    assert triples(found) == [(1, 5, "CR104"), (2, 9, "CR104"), (3, 12, "CR104")]
    assert messages(found, "vi") == [
        "'id' không phải mã hợp lệ, 'quy-chế': chỉ dùng chữ cái không dấu, chữ số, '-', '_' và '.'",
        "'signed' không phải ngày có thật: '2023-02-30'",
        "'effective' phải là ngày dạng YYYY-MM-DD, không phải '24/11/2021' (hãy ghi 2021-11-24)",
    ]


def test_fewer_than_two_parties(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("parties:\n  - id: bca\n    name: Bộ Công an\n"))
    assert triples(found) == [(2, 3, "CR104")]
    assert messages(found) == ["'parties' is too short: at least 2 needed"]
    assert messages(found, "vi") == ["'parties' quá ít: cần ít nhất 2"]


def test_no_parties(check_findings: CheckFindings) -> None:
    found = check_findings(regulation("parties: []\n"))
    assert triples(found) == [(1, 10, "CR104")]
    assert messages(found) == ["'parties' is too short: at least 2 needed"]


SCHEDULE_SHAPE = (
    "'schedule' must be continuous, on_request, or one of {once: YYYY-MM-DD}, {yearly: MM-DD}, "
    "{half_yearly: MM-DD}, {quarterly: MM-DD}, {monthly: DAY}; not "
)


def month_day(kind: str, value: str) -> str:
    return (
        f"'schedule' needs MM-DD for {kind}, the month being that of the first date in the "
        f"year (yearly 01-12, half_yearly 01-06, quarterly 01-03); not {value}"
    )


@pytest.mark.parametrize(
    ("schedule", "message"),
    [
        ("{quarterly: 04-15}", month_day("quarterly", "'04-15'")),
        ("{half_yearly: 07-01}", month_day("half_yearly", "'07-01'")),
        ("{yearly: 13-01}", month_day("yearly", "'13-01'")),
        ("{yearly: 02-30}", month_day("yearly", "'02-30'")),
        ("{yearly: 1215}", month_day("yearly", "1215")),
        ("{monthly: 32}", "'schedule' needs a day of the month from 1 to 31 for monthly, not 32"),
        ("{monthly: 0}", "'schedule' needs a day of the month from 1 to 31 for monthly, not 0"),
        ("{monthly: '5'}", "'schedule' needs a day of the month from 1 to 31 for monthly, not '5'"),
        ("weekly", SCHEDULE_SHAPE + "'weekly'"),
        ("{weekly: 1}", SCHEDULE_SHAPE + "a mapping"),
        ("{yearly: 12-15, monthly: 1}", SCHEDULE_SHAPE + "a mapping"),
        ("[continuous]", SCHEDULE_SHAPE + "a list"),
        ("{once: 2022-02-30}", "'schedule' is not a date in the calendar: '2022-02-30'"),
        (
            "{once: 30/06/2022}",
            "'schedule' must be a date written YYYY-MM-DD, not '30/06/2022' (write 2022-06-30)",
        ),
    ],
)
def test_schedule_shape_errors(check_findings: CheckFindings, schedule: str, message: str) -> None:
    found = check_findings(
        regulation(
            f"""
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Sơ kết
                    duties:
                      - id: so-ket
                        text: Sơ kết việc thực hiện Quy chế
                        lead: bca-vp
                        schedule: {schedule}
            """
        )
    )
    assert triples(found) == [(11, 23, "CR104")]
    assert messages(found) == [message]


def test_schedule_error_in_vietnamese(check_findings: CheckFindings) -> None:
    found = check_findings(
        regulation(
            """
            chapters:
              - number: I
                title: QUY ĐỊNH CHUNG
                articles:
                  - number: 1
                    title: Sơ kết
                    duties:
                      - {id: so-ket, text: Sơ kết, lead: bca-vp, schedule: {monthly: 32}}
            """
        )
    )
    assert triples(found) == [(8, 64, "CR104")]
    assert messages(found, "vi") == [
        "'schedule' cần một ngày trong tháng từ 1 đến 31 cho monthly, không phải 32"
    ]


def test_bad_status_in_an_evaluation(check_findings: CheckFindings) -> None:
    found = check_findings(
        evaluations={
            "2023.yaml": evaluation(
                """
                results:
                  trao-doi-thong-tin:
                    status: finished
                  bao-cao-quy:
                    status: Done
                  tong-ket-nam:
                    status: done
                """
            )
        }
    )
    assert triples(found) == [(3, 13, "CR104"), (5, 13, "CR104")]
    assert messages(found) == [
        "'status' must be one of 'done', 'in_progress', 'not_done', 'not_applicable', "
        "not 'finished'",
        "'status' must be one of 'done', 'in_progress', 'not_done', 'not_applicable', not 'Done'",
    ]


def test_bad_status_in_vietnamese(check_findings: CheckFindings) -> None:
    found = check_findings(
        evaluations={"2023.yaml": evaluation("results:\n  trao-doi-thong-tin: {status: xong}\n")}
    )
    assert triples(found) == [(2, 32, "CR104")]
    assert messages(found, "vi") == [
        "'status' phải là một trong 'done', 'in_progress', 'not_done', 'not_applicable', "
        "không phải 'xong' (hãy ghi done)"
    ]


def test_bad_result_id_points_at_the_key(check_findings: CheckFindings) -> None:
    found = check_findings(
        evaluations={"2023.yaml": evaluation("results:\n  trao đổi: {status: done}\n")}
    )
    assert triples(found) == [(2, 3, "CR104")]
    assert messages(found) == [
        "'trao đổi' is not a valid id, 'trao đổi': use ASCII letters, digits, '-', '_' and '.'"
    ]


def test_bad_date_in_an_evaluation(check_findings: CheckFindings) -> None:
    found = check_findings(evaluations={"2023.yaml": evaluation("held: 2024-13-01\n")})
    assert triples(found) == [(1, 7, "CR104")]
    assert messages(found) == ["'held' is not a date in the calendar: '2024-13-01'"]


# --- schedules: due dates ------------------------------------------------------------------


def schedule(value: object) -> Schedule:
    parsed = parse_schedule(value)
    assert isinstance(parsed, Schedule)
    return parsed


def test_monthly_31_falls_on_month_ends() -> None:
    assert schedule({"monthly": 31}).due_dates(2023) == [
        date(2023, 1, 31),
        date(2023, 2, 28),
        date(2023, 3, 31),
        date(2023, 4, 30),
        date(2023, 5, 31),
        date(2023, 6, 30),
        date(2023, 7, 31),
        date(2023, 8, 31),
        date(2023, 9, 30),
        date(2023, 10, 31),
        date(2023, 11, 30),
        date(2023, 12, 31),
    ]
    assert schedule({"monthly": 31}).due_dates(2024)[1] == date(2024, 2, 29)


def test_monthly_25() -> None:
    assert schedule({"monthly": 25}).due_dates(2023) == [date(2023, m, 25) for m in range(1, 13)]


@pytest.mark.parametrize(
    ("year", "due"),
    [(2023, date(2023, 2, 28)), (2024, date(2024, 2, 29)), (2100, date(2100, 2, 28))],
)
def test_yearly_29_february(year: int, due: date) -> None:
    assert schedule({"yearly": "02-29"}).due_dates(year) == [due]


def test_yearly() -> None:
    assert schedule({"yearly": "12-15"}).due_dates(2023) == [date(2023, 12, 15)]


def test_quarterly_end_of_month() -> None:
    assert schedule({"quarterly": "03-31"}).due_dates(2023) == [
        date(2023, 3, 31),
        date(2023, 6, 30),
        date(2023, 9, 30),
        date(2023, 12, 31),
    ]


def test_quarterly_first_month() -> None:
    assert schedule({"quarterly": "01-15"}).due_dates(2023) == [
        date(2023, 1, 15),
        date(2023, 4, 15),
        date(2023, 7, 15),
        date(2023, 10, 15),
    ]


def test_half_yearly() -> None:
    # 06-30 is the end of June: the second half ends on 31 December, not 30.
    assert schedule({"half_yearly": "06-30"}).due_dates(2023) == [
        date(2023, 6, 30),
        date(2023, 12, 31),
    ]
    assert schedule({"half_yearly": "06-15"}).due_dates(2023) == [
        date(2023, 6, 15),
        date(2023, 12, 15),
    ]
    assert schedule({"half_yearly": "01-31"}).due_dates(2023) == [
        date(2023, 1, 31),
        date(2023, 7, 31),
    ]


def test_a_quarter_written_at_a_month_end_stays_at_month_ends() -> None:
    assert schedule({"quarterly": "03-31"}).due_dates(2023) == [
        date(2023, 3, 31),
        date(2023, 6, 30),
        date(2023, 9, 30),
        date(2023, 12, 31),
    ]
    assert schedule({"half_yearly": "04-30"}).due_dates(2023) == [
        date(2023, 4, 30),
        date(2023, 10, 31),
    ]
    # 30 is not the end of March: every quarter on the 30th.
    assert schedule({"quarterly": "03-30"}).due_dates(2023)[-1] == date(2023, 12, 30)


def test_once_only_in_its_year() -> None:
    once = schedule({"once": "2022-06-30"})
    assert once.due_dates(2022) == [date(2022, 6, 30)]
    assert once.due_dates(2021) == []
    assert once.due_dates(2023) == []
    assert once.is_dated


@pytest.mark.parametrize("kind", ["continuous", "on_request"])
def test_undated_schedules_give_no_dates(kind: str) -> None:
    undated = schedule(kind)
    assert undated.due_dates(2023) == []
    assert not undated.is_dated


@pytest.mark.parametrize(
    "value",
    [
        "continuous",
        "on_request",
        {"once": "2022-06-30"},
        {"yearly": "12-15"},
        {"half_yearly": "06-30"},
        {"quarterly": "03-25"},
        {"monthly": 25},
    ],
)
def test_schedule_round_trips(value: object) -> None:
    assert schedule(value).to_yaml() == value


# --- Regulation helpers --------------------------------------------------------------------


def model(text: str) -> Regulation:
    return Regulation.model_validate(load_text(text, "regulation.yaml").data)


THREE_PARTIES = regulation(
    """
    parties:
      - {id: ubnd, name: Ủy ban nhân dân tỉnh}
      - {id: cat, name: Công an tỉnh}
      - {id: stttt, name: Sở Thông tin và Truyền thông}
    evaluation:
      rotation: [cat, ubnd, stttt]
      first_year: 2024
    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
    """
)


def test_host_for_repeats_the_rotation() -> None:
    regulation_ = model(THREE_PARTIES)
    hosts = {year: regulation_.host_for(year) for year in range(2024, 2034)}
    assert hosts == {
        2024: "cat",
        2025: "ubnd",
        2026: "stttt",
        2027: "cat",
        2028: "ubnd",
        2029: "stttt",
        2030: "cat",
        2031: "ubnd",
        2032: "stttt",
        2033: "cat",
    }


def test_duties_due() -> None:
    regulation_ = model(DEFAULT_REGULATION)
    due_2022 = [(duty.id, dates) for _article, duty, dates in regulation_.duties_due(2022)]
    assert due_2022 == [
        ("trao-doi-thong-tin", []),
        (
            "bao-cao-quy",
            [date(2022, 3, 25), date(2022, 6, 25), date(2022, 9, 25), date(2022, 12, 25)],
        ),
        ("tong-ket-nam", [date(2022, 12, 15)]),
        ("ke-hoach-trien-khai", [date(2022, 6, 30)]),
    ]
    due_2023 = [duty.id for _article, duty, _dates in regulation_.duties_due(2023)]
    assert due_2023 == ["trao-doi-thong-tin", "bao-cao-quy", "tong-ket-nam"]


def test_duties_due_with_their_articles() -> None:
    regulation_ = model(DEFAULT_REGULATION)
    assert [(article.number, duty.id) for article, duty, _ in regulation_.duties_due(2023)] == [
        (3, "trao-doi-thong-tin"),
        (3, "bao-cao-quy"),
        (4, "tong-ket-nam"),
    ]
