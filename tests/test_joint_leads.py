"""Duties led jointly or by each party, and duties that cite their clause (issue 16), through
the CLI: the plan, the review's figures, the agenda, the checklist, check, transfer, schema.

The regulation is the builders' one with three changes: `trao-doi-thong-tin` is carried
out by each of two units on its own (`{each: [bca-a05, btttt-cattt]}`, clause 1 of
Article 3), `tong-ket-nam` is led jointly by the two offices (`{jointly: [bca-vp,
btttt-vp]}`), and `bao-cao-quy` cites point a of clause 2. The 2022 record gives the
each-party duty a result per party (bca-a05 done, btttt-cattt not done); the 2023
record one result for both.
"""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import docx
import pytest
from builders import evaluation, regulation, write_folder
from openpyxl import load_workbook
from typer.testing import CliRunner, Result

from coordreg.cli import app

REGULATION = (
    regulation()
    .replace(
        "        title: Trao đổi thông tin\n        duties:\n",
        """        title: Trao đổi thông tin
        clauses:
          - number: 1
            text: Hai Bên trao đổi thông tin.
          - number: 2
            text: Bộ Thông tin và Truyền thông
            points:
              - label: a
                text: báo cáo kết quả giám sát hằng quý.
        duties:
""",
    )
    .replace(
        "          - id: trao-doi-thong-tin\n",
        "          - id: trao-doi-thong-tin\n            clause: 1\n",
    )
    .replace(
        "          - id: bao-cao-quy\n",
        "          - id: bao-cao-quy\n            clause: 2\n            point: a\n",
    )
    .replace(
        "lead: bca-a05\n            support: [btttt-cattt]",
        "lead: {each: [bca-a05, btttt-cattt]}",
    )
    .replace(
        "lead: bca-vp\n            support: [btttt-vp]",
        "lead: {jointly: [bca-vp, btttt-vp]}",
    )
)
RECORD_2022 = evaluation(
    """
    year: 2022
    host: bca
    held: 2023-01-12
    results:
      trao-doi-thong-tin:
        by_party:
          bca-a05: {status: done}
          btttt-cattt: {status: not_done, note: Chưa gửi báo cáo tháng 12.}
      bao-cao-quy: {status: done}
      tong-ket-nam: {status: done}
      ke-hoach-trien-khai: {status: done}
    """
)
RECORD_2023 = evaluation(
    """
    results:
      trao-doi-thong-tin: {status: done}
      bao-cao-quy: {status: in_progress, note: Quý IV chưa báo cáo.}
      tong-ket-nam: {status: not_done, note: Chưa tổ chức.}
    """
)
FILE = Path("regulations/qc-test/regulation.yaml")


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_folder(tmp_path, REGULATION, {"2022.yaml": RECORD_2022, "2023.yaml": RECORD_2023})
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2024-03-01")
    return tmp_path


def invoke(*args: str) -> Result:
    return CliRunner().invoke(app, list(args))


def ok(*args: str) -> str:
    result = invoke(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_the_regulation_checks_clean(repo: Path) -> None:
    assert ok("check") == "✔ Đã kiểm tra 3 tệp: không có vấn đề nào.\n"


def test_the_plan_lists_each_duty_once_with_all_its_leads(repo: Path) -> None:
    text = ok("plan", "qc-test", "--year", "2023")
    assert "thực hiện 3 nhiệm vụ sau" in text
    assert (
        "- Trao đổi thông tin về tình hình an ninh mạng. Chủ trì: Cục An ninh mạng và phòng, "
        "chống tội phạm sử dụng công nghệ cao (BCA), Cục An toàn thông tin (Bộ Thông tin và "
        "Truyền thông) (mỗi Bên). Thời hạn: Thường xuyên (chuyển tiếp từ năm 2022). "
        "Theo khoản 1 Điều 3.\n"
    ) in text
    assert (
        "- Báo cáo kết quả giám sát an toàn thông tin. Chủ trì: Cục An toàn thông tin (Bộ "
        "Thông tin và Truyền thông). Thời hạn: Hằng quý (25/3, 25/6, 25/9, 25/12). "
        "Theo điểm a khoản 2 Điều 3.\n"
    ) in text
    assert (
        "- Tổng kết công tác phối hợp hằng năm. Chủ trì: Văn phòng Bộ Công an, Văn phòng Bộ "
        "Thông tin và Truyền thông (đồng chủ trì). Thời hạn: 15/12/2023.\n"
    ) in text
    assert (
        "| 3 | Tổng kết công tác phối hợp hằng năm. | Văn phòng Bộ Công an, Văn phòng Bộ Thông "
        "tin và Truyền thông (đồng chủ trì) | — | 15/12/2023 | — |\n"
    ) in text
    english = ok("plan", "qc-test", "--year", "2023", "--lang", "en")
    assert (
        "Lead: Văn phòng Bộ Công an, Văn phòng Bộ Thông tin và Truyền thông (jointly). "
        "Due: 2023-12-15.\n"
    ) in english
    assert "(Bộ Thông tin và Truyền thông) (each). Due: Ongoing" in english
    assert "Under Article 3(2)(a).\n" in english
    items = json.loads(ok("plan", "qc-test", "--year", "2023", "-f", "json"))["items"]
    assert [item["lead"] for item in items] == [
        {"each": ["bca-a05", "btttt-cattt"]},
        "btttt-cattt",
        {"jointly": ["bca-vp", "btttt-vp"]},
    ]


def test_the_review_counts_joint_and_each_party_duties(repo: Path) -> None:
    figures = json.loads(ok("review", "qc-test", "-f", "json"))

    def counts(tally: dict[str, object]) -> tuple[object, ...]:
        return tuple(tally[key] for key in ("due", "done", "in_progress", "not_done"))

    # 2022: the each-party duty twice (done, not done), three duties once: 5, 4 done.
    # 2023: the each-party duty twice (one result for both), two duties once: 4, 2 done.
    assert [counts(year) for year in figures["years"]] == [(5, 4, 0, 1), (4, 2, 1, 1)]
    assert counts(figures["total"]) == (9, 6, 1, 2)
    # Per party: the joint duty for both parties (2 years each); the each-party duty for
    # each with its own result; bao-cao-quy and ke-hoach-trien-khai are btttt's.
    assert [(p["party"], *counts(p)) for p in figures["parties"]] == [
        ("bca", 4, 3, 0, 1),
        ("btttt", 7, 4, 1, 2),
    ]
    # The figures add up: the per-party table is the totals plus one count for each
    # party beyond the first of each joint duty-year (tong-ket-nam, 2022 and 2023).
    joint_extra = 2
    assert sum(p["due"] for p in figures["parties"]) == figures["total"]["due"] + joint_extra
    assert sum(a["due"] for a in figures["articles"]) == figures["total"]["due"]
    assert sum(y["due"] for y in figures["years"]) == figures["total"]["due"]
    text = ok("review", "qc-test")
    assert "6/9 lượt nhiệm vụ được đánh giá đã hoàn thành (tỷ lệ 66,7%)" in text
    assert "| Bộ Công an | 4 | 3 | 0 | 1 | 0 | 75,0% |\n" in text
    assert "| Bộ Thông tin và Truyền thông | 7 | 4 | 1 | 2 | 0 | 57,1% |\n" in text


def test_the_review_cites_a_duty_by_its_clause_and_point_in_every_format(repo: Path) -> None:
    cited = "Báo cáo kết quả giám sát an toàn thông tin. (điểm a khoản 2 Điều 3; năm 2023: "
    text = ok("review", "qc-test")
    english = ok("review", "qc-test", "--lang", "en")
    ok("review", "qc-test", "-o", "so-ket.html")
    ok("review", "qc-test", "-o", "so-ket.docx")

    assert f"- {cited}đang thực hiện) *Quý IV chưa báo cáo.*\n" in text
    # A duty that names no clause is cited by its article, as before.
    assert "- Tổng kết công tác phối hợp hằng năm. (Điều 4; năm 2023: chưa thực hiện)" in text
    assert "(Article 3(2)(a); 2023: in progress)" in english
    page = (repo / "so-ket.html").read_text(encoding="utf-8")
    assert cited in html.unescape(re.sub(r"<[^>]+>", "", page))
    word = docx.Document(str(repo / "so-ket.docx"))
    assert any(paragraph.text.startswith(cited) for paragraph in word.paragraphs)


def test_the_agenda_lists_one_entry_naming_all_leads(repo: Path) -> None:
    text = ok("agenda", "--from", "2024-12-01", "--to", "2024-12-31")
    assert (
        "  - [qc-test, Điều 4] Tổng kết công tác phối hợp hằng năm.\n"
        "    Chủ trì: Văn phòng Bộ Công an, Văn phòng Bộ Thông tin và Truyền thông (đồng chủ trì)\n"
    ) in text
    assert "  - [qc-test, điểm a khoản 2 Điều 3] Báo cáo kết quả giám sát" in text
    assert text.count("Tổng kết công tác phối hợp hằng năm.") == 1
    english = ok("agenda", "--from", "2024-12-01", "--to", "2024-12-31", "--lang", "en")
    assert "    Lead: Văn phòng Bộ Công an, Văn phòng Bộ Thông tin và Truyền thông (jointly)\n" in (
        english
    )
    assert "  - [qc-test, Article 3(2)(a)] Báo cáo" in english
    # Each party's agenda holds the duty it leads jointly.
    for party in ("bca", "btttt"):
        mine = ok("agenda", "--from", "2024-12-01", "--to", "2024-12-31", "--party", party)
        assert "Tổng kết công tác phối hợp hằng năm." in mine


def test_the_checklist_of_a_party_holds_what_it_leads_jointly_or_each(repo: Path) -> None:
    for party in ("bca", "btttt"):
        ok("evaluate", "qc-test", "--year", "2024", "--xlsx", "--party", party, "-o", "c.xlsx")
        sheet = load_workbook("c.xlsx").worksheets[0]
        rows = {row[1]: row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
        assert rows["Trao đổi thông tin về tình hình an ninh mạng."] == (
            "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao, "
            "Cục An toàn thông tin (mỗi Bên)"
        )
        assert rows["Tổng kết công tác phối hợp hằng năm."] == (
            "Văn phòng Bộ Công an, Văn phòng Bộ Thông tin và Truyền thông (đồng chủ trì)"
        )


def test_a_plain_list_is_reported_with_both_ways_to_write_it(repo: Path) -> None:
    text = FILE.read_text(encoding="utf-8")
    FILE.write_text(text.replace("{jointly: [bca-vp, btttt-vp]}", "[bca-vp, btttt-vp]"), "utf-8")
    line = text.splitlines().index("            lead: {jointly: [bca-vp, btttt-vp]}") + 1
    found = json.loads(invoke("check", "--format", "json").stdout)["diagnostics"]
    assert [(f["file"], f["line"], f["column"], f["code"]) for f in found] == [
        (str(FILE), line, 19, "CR310")
    ]
    english = invoke("check", "--lang", "en").stdout
    assert (
        f"  {line}:19    error    CR310  'lead' is a list, which does not say whether the "
        "bodies lead together or each on its own: write `lead: {jointly: [bca-vp, btttt-vp]}` "
        "when they lead jointly (one duty, one result) or `lead: {each: [bca-vp, btttt-vp]}` "
        "when each carries it out (a result per party)\n"
    ) in english
    assert "`lead: {each: [bca-vp, btttt-vp]}` khi mỗi Bên tự thực hiện" in invoke("check").stdout


def test_transfer_moves_a_body_inside_a_joint_lead(repo: Path) -> None:
    plan_2024 = ok("plan", "qc-test", "--year", "2024")
    result = invoke(
        "transfer", "qc-test", "--from", "btttt-vp", "--to", "btttt-cattt",
        "--effective", "2025-03-01", "--act-title", "Quyết định giao nhiệm vụ", "--write",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (
        "nhiệm vụ tong-ket-nam: chủ trì: bca-vp, btttt-vp (đồng chủ trì); phối hợp: — → "
        "chủ trì: bca-vp, btttt-cattt (đồng chủ trì); phối hợp: —"
    ) in result.stdout
    text = FILE.read_text(encoding="utf-8")
    assert (
        "            lead: {jointly: [bca-vp, btttt-cattt]}\n"
        "            schedule: {yearly: 12-15}\n"
        "            before:\n"
        "              - act: bg-btttt-vp-20250301\n"
        "                lead:\n"
        "                  jointly: [bca-vp, btttt-vp]\n"
    ) in text
    assert ok("check") == "✔ Đã kiểm tra 3 tệp: không có vấn đề nào.\n"
    assert invoke("fmt", "--check", str(FILE)).exit_code == 0
    # The past stays put: the plan of 2024 is what it was.
    assert ok("plan", "qc-test", "--year", "2024") == plan_2024
    assert "Văn phòng Bộ Công an, Cục An toàn thông tin (Bộ Thông tin và Truyền thông) (đồng" in (
        ok("plan", "qc-test", "--year", "2026")
    )


def test_a_handover_recorded_after_a_record_by_party_keeps_it_valid(repo: Path) -> None:
    """btttt-cattt hands its duties to bca-vp from 1 July 2022, recorded after the 2022
    record was kept: that record's result for btttt-cattt (not done) is the result of
    the lead that took over, bca-vp. Before, transfer --write left the folder failing
    CR613 (btttt-cattt no lead, bca-vp without a result) and the review refused."""
    result = invoke(
        "transfer", "qc-test", "--from", "btttt-cattt", "--to", "bca-vp",
        "--effective", "2022-07-01", "--act-title", "Quyết định giao nhiệm vụ", "--write",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert ok("check") == "✔ Đã kiểm tra 3 tệp: không có vấn đề nào.\n"
    figures = json.loads(ok("review", "qc-test", "-f", "json"))

    def counts(tally: dict[str, object]) -> tuple[object, ...]:
        return tuple(tally[key] for key in ("due", "done", "in_progress", "not_done"))

    # The totals are those of before; the each-party duty of 2022 is now bca's twice
    # (bca-a05 done, bca-vp not done), bao-cao-quy bca-vp's from 2022.
    assert counts(figures["total"]) == (9, 6, 1, 2)
    assert [(p["party"], *counts(p)) for p in figures["parties"]] == [
        ("bca", 8, 5, 1, 2),
        ("btttt", 3, 2, 0, 1),
    ]
    assert sum(p["due"] for p in figures["parties"]) == figures["total"]["due"] + 2


def test_the_schema_takes_joint_each_and_results_by_party(repo: Path) -> None:
    import jsonschema
    import yaml

    validator = jsonschema.Draft202012Validator(json.loads(ok("schema")))

    def data(text: str) -> object:
        return json.loads(json.dumps(yaml.safe_load(text), default=str))

    assert list(validator.iter_errors(data(REGULATION))) == []
    assert list(validator.iter_errors(data(RECORD_2022))) == []
    listed = REGULATION.replace("{jointly: [bca-vp, btttt-vp]}", "[bca-vp, btttt-vp]")
    assert not validator.is_valid(data(listed))
    alone = REGULATION.replace("{jointly: [bca-vp, btttt-vp]}", "{jointly: [bca-vp]}")
    assert not validator.is_valid(data(alone))


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("      bca-a05: {status: done}", '      "bca a05": {status: done}'),
        ("  bao-cao-quy: {status: done}", '  "bao cao quy!": {status: done}'),
    ],
)
def test_the_schema_refuses_a_key_that_is_no_id_as_check_does(
    repo: Path, old: str, new: str
) -> None:
    """A body's id in `by_party`, a duty's id in `results`: check refuses one that is no
    id (CR104); the schema's patterns said so, but let any other key through."""
    import jsonschema
    import yaml

    validator = jsonschema.Draft202012Validator(json.loads(ok("schema")))
    assert old in RECORD_2022
    record = RECORD_2022.replace(old, new)
    Path("regulations/qc-test/evaluations/2022.yaml").write_text(record, encoding="utf-8")
    assert invoke("check").exit_code == 1
    assert not validator.is_valid(json.loads(json.dumps(yaml.safe_load(record), default=str)))


def test_check_fix_corrects_a_body_inside_a_joint_lead(repo: Path) -> None:
    text = FILE.read_text(encoding="utf-8")
    FILE.write_text(text.replace("btttt-vp]}", "BTTTT-VP]}"), encoding="utf-8")
    result = invoke("check", "--fix")
    assert "CR301: BTTTT-VP → btttt-vp" in result.output
    assert FILE.read_text(encoding="utf-8") == text


def test_check_fix_does_not_name_a_body_twice_in_a_lead(repo: Path) -> None:
    """`{jointly: [bca-vp, BCA-VP]}`: the near miss of BCA-VP is bca-vp, already in the
    lead; writing it made the file worse (CR104, a body named twice). It is left for the
    user, the CR301 still reported."""
    text = FILE.read_text(encoding="utf-8")
    typo = text.replace("btttt-vp]}", "BCA-VP]}")
    FILE.write_text(typo, encoding="utf-8")
    result = invoke("check", "--fix", "--lang", "en")
    assert result.exit_code == 1
    assert "BCA-VP → bca-vp" not in result.output
    assert "CR301" in result.output and "CR104" not in result.output
    assert FILE.read_text(encoding="utf-8") == typo


def test_checklists_are_not_merged_over_results_by_party(repo: Path) -> None:
    record = Path("regulations/qc-test/evaluations/2022.yaml")
    before = record.read_bytes()
    ok("evaluate", "qc-test", "--year", "2022", "--xlsx", "--party", "bca", "-o", "bca.xlsx")
    book = load_workbook("bca.xlsx")
    book.worksheets[0]["H2"] = "Hoàn thành"
    book.save("bca.xlsx")
    result = invoke("evaluate", "qc-test", "--year", "2022", "--from-xlsx", "bca.xlsx", "--write")
    assert result.exit_code == 1
    assert result.stderr == (
        f"coordreg: {record} ghi kết quả theo từng Bên cho trao-doi-thong-tin; phiếu đánh giá "
        "chưa ghép được kết quả theo từng Bên: hãy cập nhật trực tiếp trong tệp\n"
    )
    assert record.read_bytes() == before


@pytest.mark.parametrize("form", ["jointly", "each"])
def test_the_schema_refuses_a_lead_naming_a_body_twice_as_check_does(repo: Path, form: str) -> None:
    import jsonschema
    import yaml

    validator = jsonschema.Draft202012Validator(json.loads(ok("schema")))
    twice = REGULATION.replace("{jointly: [bca-vp, btttt-vp]}", f"{{{form}: [bca-vp, bca-vp]}}")
    FILE.write_text(twice, encoding="utf-8")
    assert invoke("check").exit_code == 1
    assert not validator.is_valid(json.loads(json.dumps(yaml.safe_load(twice), default=str)))


def test_a_blank_note_leaves_no_stray_emphasis_marks(repo: Path) -> None:
    """A note of only spaces is shown as nothing: it was printed as `**` (an emphasis
    of nothing, which every reader shows as two asterisks) after the shortfall."""
    record = Path("regulations/qc-test/evaluations/2023.yaml")
    record.write_text(
        record.read_text(encoding="utf-8").replace("note: Chưa tổ chức.", 'note: " "'),
        encoding="utf-8",
    )
    text = ok("review", "qc-test")
    assert "- Tổng kết công tác phối hợp hằng năm. (Điều 4; năm 2023: chưa thực hiện)\n" in text
