"""`coordreg new`: the skeleton of a regulation, which checks clean but for CR701.

The commands run through typer's CliRunner in an empty tmp_path, so the
skeleton lands in `tmp_path/regulations/<id>/`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given
from hypothesis import strategies as st
from hypothesis_profiles import examples
from typer.testing import CliRunner, Result

from coordreg.check.checker import check_paths
from coordreg.cli import app
from coordreg.documents.agenda import build_agenda, load_regulations
from coordreg.edit.new_input import PartySpec, clean_text, parse_party
from coordreg.edit.scaffold import scaffold_text, write_scaffold
from coordreg.errors import UsageError
from coordreg.loader.yamlload import load_text
from coordreg.model import Regulation

# Messages are asserted in English here; the Vietnamese default: test_cli_language.py.
pytestmark = pytest.mark.usefixtures("english_messages")

REG = "bca-bgddt-2026"
FILE = Path("regulations") / REG / "regulation.yaml"
TWO = ["--party", "bca:Bộ Công an", "--party", "bgddt:Bộ Giáo dục và Đào tạo"]
WRITTEN = (
    f"wrote {FILE}: replace the [...] placeholders, add the duties, then run "
    f"`coordreg check {FILE.parent}`\n"
)

runner = CliRunner()


def invoke(*args: str) -> Result:
    return runner.invoke(app, list(args))


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def read(file: Path) -> Regulation:
    doc = load_text(file.read_text(encoding="utf-8"), str(file))
    assert doc.ok, doc.findings
    return Regulation.model_validate(doc.data)


def uncomment_examples(text: str) -> str:
    """The skeleton with its commented-out example duties made real."""
    return re.sub(r"^( {8})# (duties:|  .*)$", r"\1\2", text, flags=re.M)


def specs(count: int) -> list[PartySpec]:
    return [PartySpec(f"ben{index}", f"Cơ quan số {index}") for index in range(1, count + 1)]


# --- What is written ---------------------------------------------------------------------------


def test_new_writes_a_skeleton_that_checks_with_warnings_only(work: Path) -> None:
    result = invoke("new", REG, *TWO)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == WRITTEN
    assert result.stderr == ""
    assert sorted(p.name for p in (work / FILE.parent).iterdir()) == ["regulation.yaml"]
    checked = check_paths([work / "regulations"])
    assert checked.errors == 0
    # Each party is reminded that it leads no duty yet: the secretariat's to-do list.
    assert [(f.code, dict(f.args)["party"]) for f in checked.findings if f.code == "CR701"] == [
        ("CR701", "bca"),
        ("CR701", "bgddt"),
    ]
    # ... and so is each text still to agree (issue 16), until it is filled.
    assert [
        (f.line, dict(f.args)["placeholder"]) for f in checked.findings if f.code == "CR706"
    ] == [
        (27, "[Nơi ký]"),
        (79, "[lĩnh vực phối hợp]"),
        (100, "[Nguyên tắc khác do các bên thống nhất]"),
        (107, "[Nội dung do các bên thống nhất]"),
        (148, "[Hình thức khác do các bên thống nhất]"),
    ]
    assert {f.code for f in checked.findings} == {"CR701", "CR706"}
    assert invoke("check", "regulations").exit_code == 0
    assert invoke("check", "--strict", "regulations").exit_code == 1


def test_the_skeleton_has_the_conventional_outline(work: Path) -> None:
    assert invoke("new", REG, *TWO).exit_code == 0
    regulation = read(work / FILE)
    today = date.today()
    assert regulation.id == REG
    assert regulation.title == "Quy chế phối hợp giữa Bộ Công an và Bộ Giáo dục và Đào tạo"
    assert regulation.signed == regulation.effective == today
    assert regulation.place == "[Nơi ký]"
    assert [(p.id, p.name, p.standing_office) for p in regulation.parties] == [
        ("bca", "Bộ Công an", "bca-vp"),
        ("bgddt", "Bộ Giáo dục và Đào tạo", "bgddt-vp"),
    ]
    assert [(u.id, u.name) for u in regulation.parties[1].units] == [
        ("bgddt-vp", "Văn phòng Bộ Giáo dục và Đào tạo")
    ]
    assert regulation.evaluation.rotation == ["bca", "bgddt"]
    assert regulation.evaluation.first_year == today.year + 1
    assert regulation.evaluation.review_every == 5
    outline = [
        (chapter.number, chapter.title, [(a.number, a.title) for a in chapter.articles])
        for chapter in regulation.chapters
    ]
    assert outline == [
        (
            "I",
            "QUY ĐỊNH CHUNG",
            [(1, "Phạm vi điều chỉnh"), (2, "Đối tượng áp dụng"), (3, "Nguyên tắc phối hợp")],
        ),
        ("II", "NỘI DUNG PHỐI HỢP", [(4, "Nội dung phối hợp"), (5, "Hình thức phối hợp")]),
        (
            "III",
            "TỔ CHỨC THỰC HIỆN",
            [(6, "Cơ quan thường trực"), (7, "Đánh giá, sơ kết"), (8, "Hiệu lực thi hành")],
        ),
    ]
    assert list(regulation.duties()) == []
    articles = {article.number: article for _ci, _ai, _ch, article in regulation.articles()}
    assert articles[4].text == "[Nội dung do các bên thống nhất]"
    assert articles[1].text is not None and "[lĩnh vực phối hợp]" in articles[1].text
    assert articles[6].text is not None and articles[6].text.startswith(
        "Văn phòng Bộ Công an và Văn phòng Bộ Giáo dục và Đào tạo là cơ quan thường trực"
    )
    rotation = articles[7].clauses[0].text
    assert f"Bộ Công an chủ trì năm {today.year + 1}" in rotation
    assert f"Bộ Giáo dục và Đào tạo chủ trì năm {today.year + 2}" in rotation
    assert (
        articles[7].clauses[1].text
        == "Sau 05 năm thực hiện, hai bên tổ chức sơ kết việc thực hiện Quy chế."
    )


def test_the_skeleton_is_commented_readable_yaml(work: Path) -> None:
    assert invoke("new", REG, *TWO).exit_code == 0
    text = (work / FILE).read_text(encoding="utf-8")
    lines = text.splitlines()
    assert text.endswith("\n") and unicodedata.is_normalized("NFC", text)
    assert max(len(line) for line in lines) <= 100
    # Each part of the file is introduced by a comment that says what it is for.
    for key in ("id:", "title:", "signed:", "parties:", "evaluation:", "chapters:"):
        index = next(i for i, line in enumerate(lines) if line.startswith(key))
        assert lines[index - 1].startswith("#"), key
    assert "# number: 01/QCPH-BCA-BGDDT" in lines
    assert "        # duties:" in lines
    # Long texts are folded blocks, not long lines.
    assert "        text: >-" in lines


def test_the_skeleton_is_already_in_fmts_layout(work: Path) -> None:
    """A skeleton committed as it is keeps `coordreg fmt --check` (and `make test`) green."""
    long_title = "Quy chế phối hợp trong công tác bảo đảm an toàn thông tin mạng, an ninh mạng " * 2
    assert invoke("new", REG, *TWO, "--title", long_title).exit_code == 0
    result = invoke("fmt", "--check", str(FILE.parent))
    assert result.exit_code == 0, result.stdout + result.stderr


@pytest.mark.parametrize("count", [2, 3, 6])
def test_uncommenting_the_example_duties_gives_a_clean_regulation(
    tmp_path: Path, count: int
) -> None:
    parties = specs(count)
    text = uncomment_examples(scaffold_text("qc-moi", parties, None, date(2026, 3, 10)))
    file = tmp_path / "regulations" / "qc-moi" / "regulation.yaml"
    file.parent.mkdir(parents=True)
    file.write_text(text, encoding="utf-8")
    # Only the placeholders of texts still to agree are left (CR706).
    assert {f.code for f in check_paths([tmp_path / "regulations"]).findings} == {"CR706"}
    regulation = read(file)
    assert [duty.lead for _path, _article, duty in regulation.duties()] == [p.id for p in parties]
    kinds = {duty.schedule.kind for _path, _article, duty in regulation.duties()}
    assert len(kinds) == min(count, 6)


def test_three_parties(tmp_path: Path) -> None:
    parties = [
        PartySpec("ubnd", "Ủy ban nhân dân tỉnh Hà Tĩnh"),
        PartySpec("cat", "Công an tỉnh Hà Tĩnh"),
        PartySpec("stttt", "Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"),
    ]
    target = write_scaffold(
        tmp_path / "regulations", "qc-ha-tinh", parties, None, date(2026, 3, 10)
    )
    regulation = read(target)
    assert regulation.title == (
        "Quy chế phối hợp giữa Ủy ban nhân dân tỉnh Hà Tĩnh, Công an tỉnh Hà Tĩnh "
        "và Sở Thông tin và Truyền thông tỉnh Hà Tĩnh"
    )
    assert regulation.evaluation.rotation == ["ubnd", "cat", "stttt"]
    assert [regulation.host_for(year) for year in (2027, 2028, 2029, 2030)] == [
        "ubnd",
        "cat",
        "stttt",
        "ubnd",
    ]
    assert "các bên" in (target.read_text(encoding="utf-8"))
    assert check_paths([target]).errors == 0


def test_the_agenda_of_a_new_regulation_has_its_evaluations_and_review(tmp_path: Path) -> None:
    write_scaffold(tmp_path / "regulations", "qc-moi", specs(2), None, date(2026, 3, 10))
    regulations, skipped = load_regulations([tmp_path / "regulations"])
    assert skipped == []
    agenda = build_agenda(regulations, date(2026, 3, 10), date(2031, 12, 31))
    assert [(e.day, e.kind) for e in agenda.events] == [
        (date(2028, 1, 31), "evaluation"),
        (date(2029, 1, 31), "evaluation"),
        (date(2030, 1, 31), "evaluation"),
        (date(2031, 1, 31), "evaluation"),
        (date(2031, 12, 31), "review"),
    ]


# --- Options -----------------------------------------------------------------------------------


def test_title_and_root(work: Path) -> None:
    # Decomposed (NFD) Vietnamese, as some terminals type it, is stored as NFC.
    title = unicodedata.normalize("NFD", "Quy chế phối hợp  trong công tác bảo đảm an ninh mạng")
    result = invoke("new", "qc-x", *TWO, "--title", title, "--root", "du-lieu/quy-che")
    assert result.exit_code == 0, result.stderr
    file = work / "du-lieu" / "quy-che" / "qc-x" / "regulation.yaml"
    assert read(file).title == "Quy chế phối hợp trong công tác bảo đảm an ninh mạng"
    assert check_paths([file]).errors == 0
    codes = [f.code for f in check_paths([file]).findings]
    assert [code for code in codes if code != "CR706"] == ["CR701", "CR701"]  # CR706: placeholders


def test_party_specs_are_read_at_the_first_colon_and_cleaned() -> None:
    assert parse_party("ubnd:UBND tỉnh: Hà Tĩnh") == PartySpec("ubnd", "UBND tỉnh: Hà Tĩnh")
    assert parse_party(" bca :  Bộ   Công an ") == PartySpec("bca", "Bộ Công an")
    nfd = unicodedata.normalize("NFD", "Bộ Công an")
    assert parse_party(f"bca:{nfd}").name == "Bộ Công an"


@pytest.mark.parametrize(
    "name",
    [
        "UBND tỉnh: Hà Tĩnh",
        'Sở "Thông tin"',
        "[Tên cơ quan]",
        "true",
        "123",
        "# Sở",
        "Sở TT#TT",
        "Sở TT #TT",
        "- Sở",
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao " * 3,
        "Sở Giáo dục-Đào tạo " * 6,
    ],
)
def test_names_that_need_quoting_or_folding_are_kept_as_given(tmp_path: Path, name: str) -> None:
    parties = [PartySpec("a", clean_text(name)), PartySpec("b", "Bộ Công an")]
    target = write_scaffold(tmp_path / "regulations", "qc-ten", parties, None, date(2026, 3, 10))
    regulation = read(target)
    assert regulation.parties[0].name == clean_text(name)
    assert regulation.parties[0].units[0].name == f"Văn phòng {clean_text(name)}"
    assert check_paths([target]).errors == 0


@examples(60, suppress=[HealthCheck.function_scoped_fixture])
@given(
    names=st.lists(
        st.text(
            st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Zs"]),
            min_size=1,
            max_size=120,
        ),
        min_size=2,
        max_size=4,
    )
)
def test_any_printable_names_make_a_skeleton_that_reads_back(
    tmp_path_factory: pytest.TempPathFactory, names: list[str]
) -> None:
    parties = [
        PartySpec(f"p{index}", clean_text(name) or "x")
        for index, name in enumerate(names)
        if all(char.isprintable() for char in clean_text(name))
    ]
    assume(len(parties) >= 2)
    root = tmp_path_factory.mktemp("prop") / "regulations"
    target = write_scaffold(root, "qc-prop", parties, None, date(2026, 3, 10))
    regulation = read(target)
    assert [party.name for party in regulation.parties] == [party.name for party in parties]
    checked = check_paths([target])
    assert checked.errors == 0
    assert {f.code for f in checked.findings} == {"CR701", "CR706"}  # CR706: the placeholders


# --- Refusals ----------------------------------------------------------------------------------


def test_an_existing_folder_is_never_overwritten(work: Path) -> None:
    assert invoke("new", REG, *TWO).exit_code == 0
    (work / FILE).write_text("# edited by the secretariat\n", encoding="utf-8")
    result = invoke("new", REG, *TWO)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"coordreg: {FILE.parent} exists already; coordreg new never overwrites\n"
    )
    assert (work / FILE).read_text(encoding="utf-8") == "# edited by the secretariat\n"


def test_an_existing_empty_folder_is_refused_too(work: Path) -> None:
    (work / FILE.parent).mkdir(parents=True)
    result = invoke("new", REG, *TWO, "--lang", "vi")
    assert result.exit_code == 1
    assert result.stderr == f"coordreg: {FILE.parent} đã có; coordreg new không ghi đè\n"
    assert list((work / FILE.parent).iterdir()) == []


ID_RULE = "use ASCII letters, digits, '-', '_' and '.', starting with a letter or digit"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["quy-chế", *TWO], f"'quy-chế' is not a valid regulation id: {ID_RULE}"),
        (["-x", *TWO], None),  # read as an option by the command line: still exit 2
        (["a/b", *TWO], f"'a/b' is not a valid regulation id: {ID_RULE}"),
        (["..", *TWO], f"'..' is not a valid regulation id: {ID_RULE}"),
        (
            [REG, "--party", "bca", "--party", "bgddt:Bộ Giáo dục và Đào tạo"],
            "--party 'bca' is not ID:NAME, such as --party 'bca:Bộ Công an'",
        ),
        (
            [REG, "--party", "bca:", *TWO[2:]],
            "--party 'bca:' is not ID:NAME, such as --party 'bca:Bộ Công an'",
        ),
        (
            [REG, "--party", ":Bộ Công an", *TWO[2:]],
            "--party ':Bộ Công an' is not ID:NAME, such as --party 'bca:Bộ Công an'",
        ),
        (
            [REG, "--party", "bộ-ca:Bộ Công an", *TWO[2:]],
            f"party id 'bộ-ca' (in --party 'bộ-ca:Bộ Công an') is not valid: {ID_RULE}",
        ),
        (
            [REG, "--party", "bca:Bộ Công an"],
            "a regulation has at least two parties: give --party ID:NAME for each (1 given)",
        ),
        (
            [REG],
            "a regulation has at least two parties: give --party ID:NAME for each (0 given)",
        ),
        ([REG, *TWO, "--party", "BCA:Bộ Công an"], "party id 'BCA' is given twice"),
        (
            [REG, *TWO, "--party", "bca-vp:Văn phòng"],
            "party id 'bca-vp' is also the id of the standing office of 'bca' (bca-vp); "
            "choose another id",
        ),
        ([REG, *TWO, "--title", "  "], "--title must not be empty"),
    ],
    ids=[
        "vietnamese-id",
        "option-like-id",
        "slash",
        "dots",
        "no-colon",
        "no-name",
        "no-id",
        "bad-party-id",
        "one-party",
        "no-party",
        "duplicate",
        "office-clash",
        "empty-title",
    ],
)
def test_bad_ids_and_party_specs_exit_2(work: Path, args: list[str], message: str | None) -> None:
    result = invoke("new", *args)
    assert result.exit_code == 2
    assert result.stdout == ""
    if message is not None:
        assert result.stderr == f"coordreg: {message}\n"
    assert not (work / "regulations").exists()


def test_refusals_in_vietnamese(work: Path) -> None:
    result = invoke("new", REG, "--party", "bca", "--lang", "vi")
    assert result.exit_code == 2
    assert result.stderr == (
        "coordreg: --party 'bca' không có dạng MÃ:TÊN, ví dụ --party 'bca:Bộ Công an'\n"
    )


def test_a_root_that_is_a_file_is_a_usage_error(work: Path) -> None:
    (work / "regulations").write_text("", encoding="utf-8")
    result = invoke("new", REG, *TWO)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"coordreg: cannot write {FILE}: ")


def test_write_scaffold_checks_the_id_itself(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as caught:
        write_scaffold(tmp_path, "x y", specs(2), None, date(2026, 3, 10))
    assert caught.value.msgid == "new_bad_id"
