"""The semantic comparison of two versions (`coordreg.versions.diff`) and its reports.

Each test changes a copy of the sample regulation in `gitrepo` (two parties,
three chapters, six articles, five duties) the way an amendment would, and
states the exact changes `compare` must find: things are matched by identity,
not by position, so an inserted article is one `added` and a `renumbered` for
each article after it, never a cascade of rewrites.
"""

from __future__ import annotations

import io
import json
import unicodedata
from typing import Any, get_args

import pytest
from gitrepo import (
    NEW_ARTICLE,
    article,
    articles,
    dump,
    duty,
    insert_article,
    renumber,
    sample,
)

from coordreg.model import Regulation
from coordreg.versions.change import Change, ChangeKind, TargetType, summarise
from coordreg.versions.diff import compare, compare_tracking
from coordreg.versions.diffreport import report_json, report_markdown, report_text
from coordreg.versions.pairing import MATCH_THRESHOLD, match
from coordreg.versions.revisions import parse_regulation

Row = tuple[str, str, str, Any, Any]

KINDS = {
    "added",
    "removed",
    "renumbered",
    "moved",
    "amended",
    "reassigned",
    "rescheduled",
    "renamed",
    "metadata",
}
# Issue 13 added "act": the acts a regulation records, compared by id.
TARGETS = {
    "regulation", "act", "party", "unit", "chapter", "article", "clause", "point", "duty",
}  # fmt: skip

CLAUSE_4_1_OLD = "Cục An toàn thông tin phối hợp kiểm tra an toàn hệ thống thông tin quan trọng."
CLAUSE_4_1_NEW = "Cục An toàn thông tin chủ trì kiểm tra an toàn hệ thống thông tin quan trọng."


def parse(data: dict[str, Any] | str) -> Regulation:
    text = data if isinstance(data, str) else dump(data)
    return parse_regulation(text.encode("utf-8"), "regulation.yaml")


def diff(old: dict[str, Any], new: dict[str, Any]) -> list[Change]:
    return compare(parse(old), parse(new))


def rows(changes: list[Change]) -> list[Row]:
    """(kind, target type, target id, old, new) of each change, as JSON gives them."""
    result: list[Row] = []
    for change in changes:
        data = change.to_json()
        target = data["target"]
        result.append((data["kind"], target["type"], target["id"], data["old"], data["new"]))
    return result


def check_contract(changes: list[Change]) -> None:
    for change in changes:
        assert change.kind in KINDS
        assert change.target_type in TARGETS


def test_the_contract_vocabulary_is_exactly_the_issues() -> None:
    assert set(get_args(ChangeKind)) == KINDS
    assert set(get_args(TargetType)) == TARGETS


# --- identical inputs ------------------------------------------------------------------


def test_identical_versions_have_no_changes() -> None:
    assert diff(sample(), sample()) == []


def test_the_same_text_in_nfd_and_nfc_has_no_changes() -> None:
    text = dump(sample())
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text  # the sample is full of Vietnamese letters
    assert compare(parse(decomposed), parse(text)) == []
    assert compare(parse(text), parse(decomposed)) == []


def test_reordered_keys_and_reflowed_yaml_have_no_changes() -> None:
    """Only the meaning counts: a key order or a folded line changes nothing."""
    data = sample()
    reordered = {key: data[key] for key in reversed(list(data))}
    folded = dump(sample()).replace(
        "text: Quy chế này có hiệu lực thi hành kể từ ngày ký.",
        "text: >-\n          Quy chế này có hiệu lực thi hành\n          kể từ ngày ký.",
    )
    assert compare(parse(sample()), parse(dump(reordered))) == []
    assert compare(parse(sample()), parse(folded)) == []


# --- articles -------------------------------------------------------------------------


def test_an_article_inserted_in_chapter_ii_is_one_addition_and_renumberings() -> None:
    new = sample()
    insert_article(new, chapter=1, position=1)  # the new Điều 4; old 4, 5, 6 become 5, 6, 7
    changes = diff(sample(), new)
    check_contract(changes)
    assert sorted(rows(changes), key=repr) == sorted(
        [
            ("added", "article", "4", None, NEW_ARTICLE["title"]),
            ("renumbered", "article", "5", 4, 5),
            ("renumbered", "article", "6", 5, 6),
            ("renumbered", "article", "7", 6, 7),
        ],
        key=repr,
    )
    places = {(c.kind, c.target_id): (c.chapter, c.article) for c in changes}
    assert places == {
        ("added", "4"): ("II", 4),
        ("renumbered", "5"): ("II", 5),
        ("renumbered", "6"): ("II", 6),
        ("renumbered", "7"): ("III", 7),
    }
    renumbered = [c for c in changes if c.kind == "renumbered"]
    assert all(c.field == "number" for c in renumbered)


def test_an_article_repealed_is_one_removal_and_renumberings() -> None:
    new = sample()
    del new["chapters"][1]["articles"][1]  # Điều 4; old 5 and 6 become 4 and 5
    renumber(new)
    changes = diff(sample(), new)
    assert sorted(rows(changes), key=repr) == sorted(
        [
            ("removed", "article", "4", "Bảo đảm an toàn hệ thống thông tin", None),
            ("renumbered", "article", "4", 5, 4),
            ("renumbered", "article", "5", 6, 5),
            # the repealed article's duty goes with it
            (
                "removed",
                "duty",
                "ung-cuu-su-co",
                "Ứng cứu sự cố an toàn thông tin mạng nghiêm trọng.",
                None,
            ),
        ],
        key=repr,
    )
    removed = next(c for c in changes if c.kind == "removed" and c.target_type == "article")
    assert (removed.chapter, removed.article) == ("II", 4)


def _with_article_ids(data: dict[str, Any]) -> dict[str, Any]:
    for item in articles(data):
        item["id"] = f"dieu-{item['number']}"
    return data


REWRITTEN_TITLE = "Điều khoản thi hành"
REWRITTEN_TEXT = "Bộ trưởng hai Bộ chịu trách nhiệm chỉ đạo các đơn vị thực hiện Quy chế."


def test_articles_with_ids_match_by_id_even_when_title_and_text_are_rewritten() -> None:
    old = _with_article_ids(sample())
    new = _with_article_ids(sample())
    article(new, 6)["title"] = REWRITTEN_TITLE
    article(new, 6)["text"] = REWRITTEN_TEXT
    changes = diff(old, new)
    assert [(c.kind, c.target_type, c.target_id, c.field) for c in changes] == [
        ("amended", "article", "dieu-6", "title"),
        ("amended", "article", "dieu-6", "text"),
    ]
    assert rows(changes)[0][3:] == ("Hiệu lực thi hành", REWRITTEN_TITLE)
    assert changes[0].redline == (
        ("delete", "Hiệu lực"),
        ("insert", "Điều khoản"),
        ("equal", "thi hành"),
    )


def test_articles_with_ids_match_by_id_when_only_the_title_changes() -> None:
    old = _with_article_ids(sample())
    new = _with_article_ids(sample())
    article(new, 2)["title"] = "Yêu cầu phối hợp"
    assert rows(diff(old, new)) == [
        ("amended", "article", "dieu-2", "Nguyên tắc phối hợp", "Yêu cầu phối hợp")
    ]


def test_without_ids_a_rewritten_article_is_repealed_and_replaced() -> None:
    new = sample()
    article(new, 6)["title"] = REWRITTEN_TITLE
    article(new, 6)["text"] = REWRITTEN_TEXT
    assert rows(diff(sample(), new)) == [
        ("removed", "article", "6", "Hiệu lực thi hành", None),
        ("added", "article", "6", None, REWRITTEN_TITLE),
    ]


def test_an_article_moved_to_another_chapter_keeps_its_number() -> None:
    new = sample()
    moved = new["chapters"][1]["articles"].pop()  # Điều 5, last of Chapter II
    new["chapters"][2]["articles"].insert(0, moved)  # first of Chapter III: still Điều 5
    changes = diff(sample(), new)
    assert rows(changes) == [("moved", "article", "5", "II", "III")]
    assert (changes[0].field, changes[0].chapter, changes[0].article) == ("chapter", "III", 5)


def test_an_article_moved_and_renumbered() -> None:
    new = sample()
    moved = new["chapters"][1]["articles"].pop(0)  # Điều 3, first of Chapter II
    new["chapters"][2]["articles"].append(moved)  # last of Chapter III
    renumber(new)  # 3 becomes 6; 4, 5, 6 become 3, 4, 5
    assert sorted(rows(diff(sample(), new)), key=repr) == sorted(
        [
            ("moved", "article", "6", "II", "III"),
            ("renumbered", "article", "6", 3, 6),
            ("renumbered", "article", "3", 4, 3),
            ("renumbered", "article", "4", 5, 4),
            ("renumbered", "article", "5", 6, 5),
        ],
        key=repr,
    )


def test_an_article_amended_in_place() -> None:
    new = sample()
    article(new, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    changes = diff(sample(), new)
    assert [c.to_json() for c in changes] == [
        {
            "kind": "amended",
            "target": {"type": "clause", "id": "4.1"},
            "old": CLAUSE_4_1_OLD,
            "new": CLAUSE_4_1_NEW,
            "field": "text",
            "chapter": "II",
            "article": 4,
            "redline": [
                {"op": "equal", "text": "Cục An toàn thông tin"},
                {"op": "delete", "text": "phối hợp"},
                {"op": "insert", "text": "chủ trì"},
                {"op": "equal", "text": "kiểm tra an toàn hệ thống thông tin quan trọng."},
            ],
        }
    ]


def test_a_chapter_inserted_renumbers_the_chapters_after_it_but_moves_no_article() -> None:
    new = sample()
    new["chapters"].insert(1, {"number": "II", "title": "TRÁCH NHIỆM CỦA CÁC BÊN"})
    new["chapters"][2]["number"] = "III"
    new["chapters"][3]["number"] = "IV"
    assert sorted(rows(diff(sample(), new)), key=repr) == sorted(
        [
            ("added", "chapter", "II", None, "TRÁCH NHIỆM CỦA CÁC BÊN"),
            ("renumbered", "chapter", "III", "II", "III"),
            ("renumbered", "chapter", "IV", "III", "IV"),
        ],
        key=repr,
    )


def test_a_retitled_chapter_is_amended_not_replaced() -> None:
    new = sample()
    new["chapters"][2]["title"] = "ĐIỀU KHOẢN THI HÀNH"
    changes = diff(sample(), new)
    assert rows(changes) == [
        ("amended", "chapter", "III", "TỔ CHỨC THỰC HIỆN", "ĐIỀU KHOẢN THI HÀNH")
    ]
    assert changes[0].field == "title"


# --- clauses and points -------------------------------------------------------------------


def _renumber_clauses(item: dict[str, Any]) -> None:
    for number, clause in enumerate(item["clauses"], start=1):
        clause["number"] = number


NEW_CLAUSE = "Bảo đảm bí mật thông tin của cơ quan, tổ chức, cá nhân theo quy định."


def test_a_clause_inserted_renumbers_the_clauses_after_it() -> None:
    new = sample()
    article(new, 2)["clauses"].insert(1, {"number": 0, "text": NEW_CLAUSE})
    _renumber_clauses(article(new, 2))
    changes = diff(sample(), new)
    assert sorted(rows(changes), key=repr) == sorted(
        [
            ("added", "clause", "2.2", None, NEW_CLAUSE),
            ("renumbered", "clause", "2.3", 2, 3),
            ("renumbered", "clause", "2.4", 3, 4),
        ],
        key=repr,
    )
    assert {(c.chapter, c.article) for c in changes} == {("I", 2)}
    assert not [c for c in changes if c.target_type == "point"]  # points follow their clause


def test_a_clause_removed_renumbers_the_clauses_after_it() -> None:
    new = sample()
    del article(new, 2)["clauses"][0]
    _renumber_clauses(article(new, 2))
    assert sorted(rows(diff(sample(), new)), key=repr) == sorted(
        [
            (
                "removed",
                "clause",
                "2.1",
                "Tuân thủ quy định của pháp luật về bảo vệ bí mật nhà nước.",
                None,
            ),
            ("renumbered", "clause", "2.1", 2, 1),
            ("renumbered", "clause", "2.2", 3, 2),
        ],
        key=repr,
    )


def test_a_point_inserted_before_dd_relabels_dd_as_e() -> None:
    new = sample()
    points = article(new, 2)["clauses"][1]["points"]
    text = "Phòng, chống tin giả, tin sai sự thật trên không gian mạng;"
    points.insert(4, {"label": "đ", "text": text})
    points[5]["label"] = "e"
    changes = diff(sample(), new)
    assert sorted(rows(changes), key=repr) == sorted(
        [
            ("added", "point", "2.2.đ", None, text),
            ("renumbered", "point", "2.2.e", "đ", "e"),
        ],
        key=repr,
    )
    assert next(c for c in changes if c.kind == "renumbered").field == "label"


def test_a_point_amended_word_by_word() -> None:
    new = sample()
    article(new, 2)["clauses"][1]["points"][1]["text"] = (
        "Xử lý sự cố an toàn thông tin mạng nghiêm trọng, phức tạp;"
    )
    changes = diff(sample(), new)
    assert rows(changes) == [
        (
            "amended",
            "point",
            "2.2.b",
            "Xử lý sự cố an toàn thông tin mạng nghiêm trọng;",
            "Xử lý sự cố an toàn thông tin mạng nghiêm trọng, phức tạp;",
        )
    ]
    assert changes[0].redline == (
        ("equal", "Xử lý sự cố an toàn thông tin mạng nghiêm"),
        ("delete", "trọng;"),
        ("insert", "trọng, phức tạp;"),
    )


# --- duties ---------------------------------------------------------------------------


def test_a_duty_reassigned_to_a_new_lead_with_one_more_supporter() -> None:
    new = sample()
    duty(new, "trao-doi-thong-tin")["lead"] = "btttt-cattt"
    duty(new, "trao-doi-thong-tin")["support"] = ["bca-a05", "bca-vp"]
    changes = diff(sample(), new)
    assert [c.to_json() for c in changes] == [
        {
            "kind": "reassigned",
            "target": {"type": "duty", "id": "trao-doi-thong-tin"},
            "old": {"lead": "bca-a05", "support": ["btttt-cattt"]},
            "new": {"lead": "btttt-cattt", "support": ["bca-a05", "bca-vp"]},
            "chapter": "II",
            "article": 3,
        }
    ]


def test_a_supporter_added_is_a_reassignment() -> None:
    new = sample()
    duty(new, "ke-hoach-trien-khai")["support"] = ["bca-vp"]
    assert rows(diff(sample(), new)) == [
        (
            "reassigned",
            "duty",
            "ke-hoach-trien-khai",
            {"lead": "btttt-vp", "support": []},
            {"lead": "btttt-vp", "support": ["bca-vp"]},
        )
    ]


def test_a_duty_rescheduled_from_yearly_to_quarterly() -> None:
    new = sample()
    duty(new, "tong-ket-nam")["schedule"] = {"quarterly": "03-15"}
    assert rows(diff(sample(), new)) == [
        ("rescheduled", "duty", "tong-ket-nam", {"yearly": "12-15"}, {"quarterly": "03-15"})
    ]


def test_a_one_off_duty_given_a_new_due_date() -> None:
    new = sample()
    duty(new, "ke-hoach-trien-khai")["schedule"] = {"once": "2022-09-30"}
    assert rows(diff(sample(), new)) == [
        (
            "rescheduled",
            "duty",
            "ke-hoach-trien-khai",
            {"once": "2022-06-30"},
            {"once": "2022-09-30"},
        )
    ]


def test_a_duty_text_and_deliverable_amended() -> None:
    new = sample()
    duty(new, "tong-ket-nam")["text"] = "Sơ kết công tác phối hợp hằng năm."
    duty(new, "tong-ket-nam")["deliverable"] = "Báo cáo sơ kết"
    changes = diff(sample(), new)
    assert [(c.kind, c.target_id, c.field, c.redline) for c in changes] == [
        (
            "amended",
            "tong-ket-nam",
            "text",
            (("delete", "Tổng"), ("insert", "Sơ"), ("equal", "kết công tác phối hợp hằng năm.")),
        ),
        (
            "amended",
            "tong-ket-nam",
            "deliverable",
            (("equal", "Báo cáo"), ("delete", "tổng"), ("insert", "sơ"), ("equal", "kết")),
        ),
    ]


def test_a_duty_added_and_another_removed() -> None:
    new = sample()
    article(new, 5)["duties"].append(
        {
            "id": "tap-huan",
            "text": "Tập huấn nghiệp vụ cho cán bộ hai Bộ.",
            "lead": "bca-vp",
            "schedule": {"yearly": "06-30"},
        }
    )
    del article(new, 3)["duties"][1]
    changes = diff(sample(), new)
    assert sorted(rows(changes), key=repr) == sorted(
        [
            ("added", "duty", "tap-huan", None, "Tập huấn nghiệp vụ cho cán bộ hai Bộ."),
            (
                "removed",
                "duty",
                "bao-cao-quy",
                "Báo cáo kết quả giám sát an toàn thông tin mạng.",
                None,
            ),
        ],
        key=repr,
    )
    places = {c.target_id: (c.chapter, c.article) for c in changes}
    assert places == {"tap-huan": ("II", 5), "bao-cao-quy": ("II", 3)}


def test_a_duty_moved_to_another_article() -> None:
    new = sample()
    moved = article(new, 3)["duties"].pop(1)
    article(new, 4)["duties"].append(moved)
    changes = diff(sample(), new)
    assert rows(changes) == [("moved", "duty", "bao-cao-quy", 3, 4)]
    assert (changes[0].field, changes[0].article) == ("article", 4)


def test_a_duty_is_not_moved_when_its_article_is_retitled() -> None:
    """The duty stays in the same article (matched as amended): no `moved` for it."""
    new = sample()
    article(new, 5)["title"] = "Sơ kết, tổng kết thực hiện Quy chế"
    assert rows(diff(sample(), new)) == [
        (
            "amended",
            "article",
            "5",
            "Sơ kết, tổng kết",
            "Sơ kết, tổng kết thực hiện Quy chế",
        )
    ]


def test_a_duty_is_not_moved_when_its_article_is_reworded() -> None:
    new = sample()
    article(new, 3)["title"] = "Trao đổi, cung cấp thông tin"
    article(new, 3)["text"] = (
        "Hai Bộ thường xuyên trao đổi, cung cấp thông tin phục vụ công tác quản lý nhà nước."
    )
    changes = diff(sample(), new)
    assert [(c.kind, c.target_type, c.target_id, c.field) for c in changes] == [
        ("amended", "article", "3", "title"),
        ("amended", "article", "3", "text"),
    ]


def test_duties_of_a_renumbered_article_are_not_moved() -> None:
    new = sample()
    insert_article(new, chapter=1, position=0)  # Điều 3 becomes 4, with its two duties
    assert not [c for c in diff(sample(), new) if c.target_type == "duty"]


# --- parties, units, metadata -----------------------------------------------------------


def test_a_party_and_a_unit_renamed() -> None:
    new = sample()
    new["parties"][1]["name"] = "Bộ Khoa học và Công nghệ"
    new["parties"][1]["units"][1]["name"] = "Cục An toàn thông tin mạng"
    assert rows(diff(sample(), new)) == [
        ("renamed", "party", "btttt", "Bộ Thông tin và Truyền thông", "Bộ Khoa học và Công nghệ"),
        ("renamed", "unit", "btttt-cattt", "Cục An toàn thông tin", "Cục An toàn thông tin mạng"),
    ]


def test_a_unit_added_and_another_removed() -> None:
    new = sample()
    new["parties"][0]["units"].append(
        {"id": "bca-c06", "name": "Cục Cảnh sát quản lý hành chính về trật tự xã hội"}
    )
    del new["parties"][1]["units"][0]
    assert sorted(rows(diff(sample(), new)), key=repr) == sorted(
        [
            ("added", "unit", "bca-c06", None, "Cục Cảnh sát quản lý hành chính về trật tự xã hội"),
            ("removed", "unit", "btttt-vp", "Văn phòng Bộ Thông tin và Truyền thông", None),
        ],
        key=repr,
    )


def test_a_unit_moved_between_parties() -> None:
    """The 2025 transfer: Cục An toàn thông tin moves to the Ministry of Public Security."""
    new = sample()
    unit = new["parties"][1]["units"].pop(1)
    new["parties"][0]["units"].append(unit)
    changes = diff(sample(), new)
    assert rows(changes) == [("moved", "unit", "btttt-cattt", "btttt", "bca")]
    assert changes[0].field == "party"


def test_metadata_number_dates_and_title() -> None:
    new = sample()
    new["number"] = "02/QCPH-BCA-BTTTT"
    new["title"] = "Quy chế phối hợp giữa Bộ Công an và Bộ Khoa học và Công nghệ"
    new["signed"] = "2025-03-01"
    new["effective"] = "2025-03-15"
    new["until"] = "2030-12-31"
    changes = diff(sample(), new)
    assert [(c.kind, c.target_type, c.target_id, c.field, c.old, c.new) for c in changes] == [
        (
            "metadata",
            "regulation",
            "qc-versions",
            "number",
            "01/QCPH-BCA-BTTTT",
            "02/QCPH-BCA-BTTTT",
        ),
        (
            "metadata",
            "regulation",
            "qc-versions",
            "title",
            "Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông",
            "Quy chế phối hợp giữa Bộ Công an và Bộ Khoa học và Công nghệ",
        ),
        ("metadata", "regulation", "qc-versions", "signed", "2022-01-10", "2025-03-01"),
        ("metadata", "regulation", "qc-versions", "effective", "2022-01-10", "2025-03-15"),
        ("metadata", "regulation", "qc-versions", "until", None, "2030-12-31"),
    ]
    json.dumps([c.to_json() for c in changes])  # dates are plain strings


def test_metadata_evaluation_settings() -> None:
    new = sample()
    new["evaluation"] = {"rotation": ["btttt", "bca"], "first_year": 2023, "review_every": 3}
    changes = diff(sample(), new)
    assert [(c.kind, c.target_type, c.field, c.old, c.new) for c in changes] == [
        ("metadata", "regulation", "evaluation.rotation", ["bca", "btttt"], ["btttt", "bca"]),
        ("metadata", "regulation", "evaluation.first_year", 2022, 2023),
        ("metadata", "regulation", "evaluation.review_every", 5, 3),
    ]


# --- JSON shape and summaries ---------------------------------------------------------------


def _many_changes() -> dict[str, Any]:
    new = sample()
    insert_article(new, chapter=1, position=1)
    article(new, 5)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    duty(new, "trao-doi-thong-tin")["lead"] = "btttt-cattt"
    new["parties"][1]["units"][1]["name"] = "Cục An toàn thông tin mạng"
    new["number"] = "02/QCPH-BCA-BTTTT"
    return new


def test_json_report_has_exactly_the_contract_shape() -> None:
    changes = diff(sample(), _many_changes())
    out = io.StringIO()
    report_json("v1.yaml", "v2.yaml", changes, out, "vi")
    data = json.loads(out.getvalue())
    assert set(data) == {"old", "new", "changes"}
    assert (data["old"], data["new"]) == ("v1.yaml", "v2.yaml")
    assert len(data["changes"]) == len(changes) == 8
    optional = {"field", "chapter", "article", "redline"}
    for item in data["changes"]:
        assert (
            {"kind", "target", "old", "new"}
            <= set(item)
            <= {"kind", "target", "old", "new"} | optional
        )
        assert set(item["target"]) == {"type", "id"}
        assert item["kind"] in KINDS
        assert item["target"]["type"] in TARGETS
        assert isinstance(item["target"]["id"], str)
    assert "chủ trì" in out.getvalue()  # not \u escapes
    metadata = next(item for item in data["changes"] if item["kind"] == "metadata")
    assert metadata == {
        "kind": "metadata",
        "target": {"type": "regulation", "id": "qc-versions"},
        "old": "01/QCPH-BCA-BTTTT",
        "new": "02/QCPH-BCA-BTTTT",
        "field": "number",
    }


def test_json_report_without_changes() -> None:
    out = io.StringIO()
    report_json("a", "b", [], out, "en")
    assert json.loads(out.getvalue()) == {"old": "a", "new": "b", "changes": []}


def test_summarise_counts_each_kind() -> None:
    assert summarise(diff(sample(), _many_changes())) == {
        "metadata": 1,
        "renamed": 1,
        "renumbered": 3,
        "amended": 1,
        "added": 1,
        "reassigned": 1,
    }


def test_compare_tracking_says_which_old_article_each_new_one_was() -> None:
    old, new_data = parse(sample()), sample()
    insert_article(new_data, chapter=1, position=1)
    new = parse(new_data)
    changes, was = compare_tracking(old, new)
    assert changes == compare(old, new)
    by_number = {a.number: a for _ci, _ai, _c, a in new.articles()}
    assert {n: was[id(a)].number for n, a in by_number.items() if id(a) in was} == {
        1: 1,
        2: 2,
        3: 3,
        5: 4,
        6: 5,
        7: 6,
    }
    assert id(by_number[4]) not in was


# --- match() directly -----------------------------------------------------------------------


Item = tuple[str | None, str, str]  # (explicit id, title, text)


def _match(old: list[Item], new: list[Item]) -> list[tuple[int | None, int | None]]:
    return match(
        old,
        new,
        explicit_id=lambda item: item[0],
        content=lambda item: f"{item[1]} {item[2]}",
        title=lambda item: item[1].casefold(),
    )


def test_match_by_explicit_id_before_anything_else() -> None:
    old: list[Item] = [("a", "Một", "văn bản thứ nhất"), ("b", "Hai", "văn bản thứ hai")]
    # Same texts, swapped ids: the ids win.
    new: list[Item] = [("b", "Một", "văn bản thứ nhất"), ("a", "Hai", "văn bản thứ hai")]
    assert _match(old, new) == [(0, 1), (1, 0)]


def test_match_by_identical_content_wherever_it_is() -> None:
    old: list[Item] = [
        (None, "Phạm vi", "quy định phạm vi điều chỉnh"),
        (None, "Đối tượng", "áp dụng cho các cơ quan"),
    ]
    new: list[Item] = [old[1], (None, "Mới", "một điều hoàn toàn khác xa"), old[0]]
    assert _match(old, new) == [(0, 2), (1, 0), (None, 1)]


def test_match_by_title_when_the_text_is_rewritten() -> None:
    old: list[Item] = [(None, "Hiệu lực thi hành", "có hiệu lực kể từ ngày ký")]
    new: list[Item] = [
        (None, "Điều khoản chuyển tiếp", "các việc đang làm tiếp tục"),
        (None, "HIỆU LỰC THI HÀNH", "Bộ trưởng hai Bộ chỉ đạo thực hiện"),
    ]
    assert _match(old, new) == [(0, 1), (None, 0)]


def test_match_by_similarity_picks_the_most_similar() -> None:
    old: list[Item] = [
        (None, "A", "hai Bộ trao đổi thông tin về an ninh mạng hằng tháng"),
        (None, "B", "hai Bộ tổ chức tập huấn nghiệp vụ cho cán bộ"),
    ]
    new: list[Item] = [
        (None, "B2", "hai Bộ tổ chức tập huấn nghiệp vụ cho cán bộ cơ sở"),
        (None, "A2", "hai Bộ trao đổi thông tin về an ninh mạng hằng quý"),
    ]
    assert _match(old, new) == [(0, 1), (1, 0)]


def test_match_leaves_texts_below_the_threshold_unmatched() -> None:
    old: list[Item] = [(None, "Phạm vi", "quy chế này quy định việc phối hợp")]
    new: list[Item] = [(None, "Khen thưởng", "đơn vị có thành tích được biểu dương")]
    assert _match(old, new) == [(0, None), (None, 0)]


def test_match_threshold_is_inclusive() -> None:
    # Two of four words shared in the same order: ratio 2*2/8 = 0.5.
    assert MATCH_THRESHOLD == 0.5
    old: list[Item] = [(None, "x", "a b c d")]
    new: list[Item] = [(None, "y", "a b e f")]
    # content is "x a b c d" vs "y a b e f": 2*2/10 = 0.4, below.
    assert _match(old, new) == [(0, None), (None, 0)]
    plain = match(
        ["a b c d"], ["a b e f"], explicit_id=lambda s: None, content=lambda s: s, title=lambda s: s
    )
    assert plain == [(0, 0)]


def test_match_of_empty_sequences() -> None:
    empty: list[Item] = []
    assert _match(empty, empty) == []
    assert _match([(None, "a", "b")], empty) == [(0, None)]
    assert _match(empty, [(None, "a", "b")]) == [(None, 0)]


# --- the reports -------------------------------------------------------------------------------


def _text_report(changes: list[Change], lang: str = "vi") -> str:
    out = io.StringIO()
    report_text("v1", "v2", changes, out, lang)
    return out.getvalue()


def test_text_report_marks_the_redline_plainly_when_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for variable in ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE"):
        monkeypatch.delenv(variable, raising=False)
    new = sample()
    article(new, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    text = _text_report(diff(sample(), new))
    assert text.splitlines() == [
        "v1 → v2: 1 thay đổi",
        "",
        "Chương II, Điều 4",
        "  sửa đổi        khoản 4.1 (text): Cục An toàn thông tin [-phối hợp-] {+chủ trì+} "
        "kiểm tra an toàn hệ thống thông tin quan trọng.",
    ]
    assert "\x1b[" not in text


def test_text_report_without_changes() -> None:
    assert _text_report([], "en") == "v1 → v2: no changes\n"


def test_text_report_prints_each_article_heading_once() -> None:
    """Changes are grouped by chapter and article: one heading per article."""
    new = sample()
    insert_article(new, chapter=1, position=1)
    duty(new, "tong-ket-nam")["schedule"] = {"quarterly": "03-15"}  # in Điều 6, was 5
    headings = [line for line in _text_report(diff(sample(), new)).splitlines() if "Điều" in line]
    assert len(headings) == len(set(headings)), headings


def test_text_report_lists_articles_in_document_order() -> None:
    new = sample()
    insert_article(new, chapter=1, position=1)
    headings = [
        line for line in _text_report(diff(sample(), new)).splitlines() if line.startswith("Chương")
    ]
    assert headings == [
        "Chương II, Điều 4",
        "Chương II, Điều 5",
        "Chương II, Điều 6",
        "Chương III, Điều 7",
    ]


def test_markdown_report_is_a_comparison_table() -> None:
    new = sample()
    article(new, 4)["clauses"][0]["text"] = CLAUSE_4_1_NEW
    duty(new, "tong-ket-nam")["schedule"] = {"quarterly": "03-15"}
    out = io.StringIO()
    report_markdown("v1", "v2", diff(sample(), new), out, "vi")
    assert out.getvalue().splitlines() == [
        "# BẢNG SO SÁNH",
        "",
        "v1 → v2: 2 thay đổi",
        "",
        "| Điều | Nội dung cũ | Nội dung mới | Thay đổi |",
        "|---|---|---|---|",
        "| 4 | Cục An toàn thông tin ~~phối hợp~~ kiểm tra an toàn hệ thống thông tin quan trọng. "
        "| Cục An toàn thông tin **chủ trì** kiểm tra an toàn hệ thống thông tin quan trọng. "
        "| sửa đổi: khoản 4.1 (text) |",
        '| 5 | {"yearly": "12-15"} | {"quarterly": "03-15"} | đổi thời hạn: nhiệm vụ tong-ket-nam |',
    ]


def test_markdown_report_in_english_and_without_changes() -> None:
    out = io.StringIO()
    report_markdown("v1", "v2", [], out, "en")
    assert out.getvalue() == "# COMPARISON TABLE\n\nv1 → v2: no changes\n\n"
