"""Properties of check, fmt, diff and transfer on generated regulations, and a loader fuzz.

The regulations come from `strategies.py`: valid ones (any number of parties,
chapters, articles, duties; Vietnamese text), written in many YAML layouts,
then amended, corrupted or broken byte by byte. Each property runs a modest,
reproducible number of examples in `make test` (the `gate` profile of
tests/hypothesis_profiles.py: derandomized, no example database); `make fuzz`
(COORDREG_FUZZ=long) runs 50 times as many, with fresh random examples each time.
"""

from __future__ import annotations

import contextlib
import io
import json
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from builders import regulation as with_defaults
from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st
from hypothesis_profiles import examples as profile_examples
from strategies import (
    LAYOUTS,
    Data,
    Ids,
    bodies_of,
    byte_mutations,
    corrupted,
    duties_of,
    encoded,
    ended_bodies,
    evaluation_records,
    mutated,
    regulations,
    to_yaml,
    yaml_texts,
)
from test_fmt_properties import same

from coordreg.check.file_checks import check_evaluation, check_regulation
from coordreg.edit.fmt import EVALUATION, REGULATION, FormatError, UnreadableError, format_text
from coordreg.edit.transfer import transfer_file
from coordreg.errors import UsageError
from coordreg.findings import CheckResult, Finding
from coordreg.loader.positions import leading_lines, split_lines
from coordreg.loader.sourcemap import AliasesError, source_map
from coordreg.loader.yamlload import load_bytes, load_text
from coordreg.model import Regulation
from coordreg.reporters import REPORTERS
from coordreg.rules import CODES
from coordreg.versions.change import Change
from coordreg.versions.diff import compare
from coordreg.versions.diffreport import report_json, report_markdown, report_text
from coordreg.versions.redline import words
from coordreg.versions.revisions import parse_regulation

# --- Settings: reproducible in `make test`, long in `make fuzz` (tests/hypothesis_profiles.py) ---

# Generated regulations are large and some strategies discard many draws: no health check.
_HEALTH = list(HealthCheck)


def examples(count: int) -> settings:
    """`count` examples in `make test`, 50 times as many with COORDREG_FUZZ=long."""
    return profile_examples(count, suppress=_HEALTH)


# --- Running check as `coordreg check` does --------------------------------------------------


def shown_path(folder: str, name: str = "regulation.yaml") -> str:
    return f"regulations/{folder}/{name}"


def folder_of(data: Any) -> str:
    """The folder a regulation would live in: its id, when it has a usable one."""
    ident = data.get("id") if isinstance(data, dict) else None
    return ident if isinstance(ident, str) and ident.isascii() and ident.isalnum() else "qc"


def check_bytes(raw: bytes, folder: str, record: bytes | None = None) -> CheckResult:
    """`coordreg check` on a regulation file (and an evaluation record) given as bytes."""
    shown = shown_path(folder)
    doc = load_bytes(raw, shown)
    result = CheckResult(files=[shown], sources={shown: doc.text}, findings=list(doc.findings))
    regulation, found = check_regulation(doc, Path(shown))
    result.findings += found
    if record is not None:
        shown_record = shown_path(folder, "evaluations/2023.yaml")
        record_doc = load_bytes(record, shown_record)
        result.files.append(shown_record)
        result.sources[shown_record] = record_doc.text
        result.findings += record_doc.findings
        _evaluation, found = check_evaluation(record_doc, Path(shown_record), regulation, {})
        result.findings += found
    result.findings.sort()
    return result


def assert_sound(findings: list[Finding], sources: dict[str, str]) -> None:
    """Every finding has a known code, a place inside its file, and a message in both languages."""
    for item in findings:
        assert item.code in CODES, item
        source = sources.get(item.file, "")
        # A file that could not be decoded has no text: its finding counts lines in the bytes.
        last = len(split_lines(source)) if source else item.line
        assert 1 <= item.line <= last, (item, source)
        assert item.column >= 1, item
        assert item.message("en") and item.message("vi")


def assert_reports(result: CheckResult) -> None:
    """Every reporter prints the result, in both languages."""
    for report in REPORTERS.values():
        for lang in ("en", "vi"):
            out = io.StringIO()
            report(result, out, lang)
            assert out.getvalue() or (report is REPORTERS["github"] and not result.findings)


# --- check ------------------------------------------------------------------------------------


@examples(60)
@given(st.data())
def test_generated_regulations_read_back_and_check_clean(data: st.DataObject) -> None:
    regulation = data.draw(regulations())
    raw = data.draw(encoded(data.draw(yaml_texts(regulation))))
    doc = load_bytes(raw, "regulation.yaml")
    assert doc.ok, doc.findings
    assert same(doc.data, regulation)  # every layout reads back as the data written
    result = check_bytes(raw, regulation["id"])
    assert result.findings == []


@examples(100)
@given(st.data())
def test_check_never_crashes_on_amended_or_corrupted_regulations(data: st.DataObject) -> None:
    regulation = data.draw(regulations())
    record: Any = data.draw(evaluation_records(regulation))
    how = data.draw(st.sampled_from(["amend", "corrupt", "both", "corrupt record"]))
    changed: Any = regulation
    if how in ("amend", "both"):
        changed = data.draw(mutated(changed, notes=True))
    if how in ("corrupt", "both"):
        changed = data.draw(corrupted(changed))
    if how == "corrupt record":
        record = data.draw(corrupted(record))
    note(f"{how}: {changed!r}")
    raw = data.draw(encoded(data.draw(yaml_texts(changed))))
    result = check_bytes(raw, folder_of(changed), data.draw(yaml_texts(record)).encode())
    assert_sound(result.findings, result.sources)
    assert_reports(result)


@examples(150)
@given(st.data())
def test_check_never_crashes_on_broken_bytes(data: st.DataObject) -> None:
    regulation = data.draw(regulations(max_parties=3, max_chapters=2))
    raw = data.draw(encoded(data.draw(yaml_texts(regulation, random_layout=False))))
    broken = data.draw(byte_mutations(raw))
    result = check_bytes(broken, regulation["id"])
    assert_sound(result.findings, result.sources)
    assert_reports(result)


# --- fmt --------------------------------------------------------------------------------------


def assert_formats_idempotently(text: str, kind: str) -> str | None:
    """fmt keeps the data and its reading warnings, and a second run changes nothing;
    it refuses a file the loader reports errors in (too deep, say)."""
    before = load_text(text, "f.yaml")
    if not before.ok:
        with pytest.raises(UnreadableError):
            format_text(text, kind)
        return None
    formatted = format_text(text, kind)
    after = load_text(formatted, "f.yaml")
    assert after.ok
    assert same(after.data, before.data)
    assert Counter(f.code for f in after.findings) == Counter(f.code for f in before.findings)
    assert format_text(formatted, kind) == formatted
    return formatted


@examples(30)
@given(st.data())
def test_fmt_is_idempotent_and_keeps_the_data(data: st.DataObject) -> None:
    regulation = data.draw(regulations(max_parties=4, max_chapters=3))
    how = data.draw(st.sampled_from(["valid", "amend", "corrupt"]))
    changed: Any = regulation
    if how == "amend":
        changed = data.draw(mutated(regulation, notes=True))
    elif how == "corrupt":
        changed = data.draw(corrupted(regulation))
    text = data.draw(yaml_texts(changed))
    if data.draw(st.integers(0, 4)) == 0:
        text = text.replace("\n", "\r\n")
    formatted = assert_formats_idempotently(text, REGULATION)
    if formatted is not None and how != "corrupt":  # the same findings, in the canonical layout
        folder = folder_of(changed)
        codes = Counter(f.code for f in check_bytes(text.encode(), folder).findings)
        assert Counter(f.code for f in check_bytes(formatted.encode(), folder).findings) == codes
    record = data.draw(evaluation_records(regulation))
    assert_formats_idempotently(data.draw(yaml_texts(record)), EVALUATION)


# --- diff -------------------------------------------------------------------------------------

MIRROR = {"added": "removed", "removed": "added"}
# Structural targets are named by their number in the new version; a mirror has the old one.
STABLE_IDS = {"party", "unit", "duty"}


def parse(data: Data, layout: int = 0) -> Regulation:
    return parse_regulation(to_yaml(data, LAYOUTS[layout]).encode(), "regulation.yaml")


def _value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def forward_key(change: Change) -> tuple[Any, ...]:
    target = change.target_id if change.target_type in STABLE_IDS else None
    return (
        change.kind,
        change.target_type,
        target,
        change.field,
        _value(change.old),
        _value(change.new),
    )


def mirrored_key(change: Change) -> tuple[Any, ...]:
    kind, target_type, target, field, old, new = forward_key(change)
    return (MIRROR.get(kind, kind), target_type, target, field, new, old)


def _sorted(items: list[Any], key: str) -> list[Any]:
    return sorted(items, key=lambda item: (str(item[key]), _value(item)))


def by_identity(regulation: Regulation) -> Any:
    """The regulation as diff sees it: things by their identity, not their place in a list.

    Parties, units and duties are matched by id, chapters, articles, clauses and points by
    number or label (and content), so the order they are listed in is not compared.
    """
    data: Any = regulation.model_dump(mode="json")
    for party in data["parties"]:
        party["units"] = _sorted(party["units"], "id")
    data["parties"] = _sorted(data["parties"], "id")
    for chapter in data["chapters"]:
        for article in chapter["articles"]:
            article["duties"] = _sorted(article["duties"], "id")
            for clause in article["clauses"]:
                clause["points"] = _sorted(clause["points"], "label")
            article["clauses"] = _sorted(article["clauses"], "number")
        chapter["articles"] = _sorted(chapter["articles"], "number")
    data["chapters"] = _sorted(data["chapters"], "number")
    return data


@examples(40)
@given(st.data())
def test_diff_of_a_version_with_itself_is_empty(data: st.DataObject) -> None:
    regulation = data.draw(regulations())
    if data.draw(st.booleans()):
        regulation = data.draw(mutated(regulation))
    one = parse(regulation)
    # Any other layout of the same data: diff compares meaning, not text.
    other = parse_regulation(data.draw(yaml_texts(regulation)).encode(), "other.yaml")
    assert compare(one, one) == []
    assert compare(one, other) == []
    assert compare(other, one) == []


@examples(80)
@given(st.data())
def test_diff_one_way_mirrors_diff_the_other_way(data: st.DataObject) -> None:
    old_data = data.draw(regulations())
    new_data = data.draw(mutated(old_data))
    old, new = parse(old_data), parse(new_data)
    forward, backward = compare(old, new), compare(new, old)
    assert len(forward) == len(backward)
    assert Counter(map(mirrored_key, forward)) == Counter(map(forward_key, backward))
    # Every change is reported, and only changes; a change of order alone is not one.
    assert (forward == []) == (by_identity(old) == by_identity(new))
    for change in forward:
        if change.redline is not None:  # the redline holds both texts, word for word
            kept_old = [text for op, text in change.redline if op != "insert"]
            kept_new = [text for op, text in change.redline if op != "delete"]
            assert words(" ".join(kept_old)) == words(change.old or "")
            assert words(" ".join(kept_new)) == words(change.new or "")


# --- transfer ---------------------------------------------------------------------------------


def holders(regulation: Data) -> list[str]:
    """The bodies that lead or support at least one duty."""
    found: list[str] = []
    for _path, duty in duties_of(regulation):
        for body in [duty["lead"], *duty.get("support", [])]:
            if body not in found:
                found.append(body)
    return found


def add_unit(regulation: Data, party_index: int, wanted: str) -> str:
    """Declare a new unit, which no duty names yet; its id."""
    unit_id = Ids.of(regulation).take(wanted)
    party = regulation["parties"][party_index]
    party.setdefault("units", []).append({"id": unit_id, "name": "Cục Tiếp nhận"})
    return unit_id


def write_regulation(folder: Path, raw: bytes, ident: str) -> Path:
    file = folder / ident / "regulation.yaml"
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_bytes(raw)
    return file


@examples(40)
@given(st.data())
def test_transfer_there_and_back_restores_the_data(data: st.DataObject) -> None:
    regulation = data.draw(regulations())
    if data.draw(st.booleans()):
        regulation = data.draw(mutated(regulation))
    source = data.draw(st.sampled_from(holders(regulation) or bodies_of(regulation)))
    party = data.draw(st.integers(0, len(regulation["parties"]) - 1))
    target = add_unit(regulation, party, data.draw(st.sampled_from(["tiep-nhan", "123", "yes"])))
    raw = data.draw(encoded(data.draw(yaml_texts(regulation))))
    original = parse_regulation(raw, "regulation.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        file = write_regulation(Path(tmp), raw, "qc")
        there = transfer_file(file, source, target, None)
        assert all(source not in (d.lead, *d.support) for _p, _a, d in there.new.duties())
        file.write_bytes(there.new_bytes)
        back = transfer_file(file, target, source, None)
    assert back.new == original
    assert len(back.handovers) == len(there.handovers)


def expected_transfer(regulation: Data, source: str, target: str, effective: date | None) -> Data:
    """What docs/transfer.md says a transfer does, computed on the data.

    With an effective day the handover is recorded: `format: 2`, a handover act with
    the generated id and title, and on each duty that changed hands a `before` entry
    with the fields that changed. Every duty of the old body moves, so the old body
    then holds nothing and ends the day before.
    """
    result: Data = json.loads(json.dumps(regulation))
    names = {b["id"]: b["name"] for p in result["parties"] for b in [p, *p.get("units", [])]}
    act = f"bg-{source}-{effective:%Y%m%d}" if effective is not None else ""
    recorded = False
    for _path, duty in duties_of(result):
        support = duty.get("support", [])
        earlier = {"lead": duty["lead"], "support": list(support)}
        if duty["lead"] == source:
            duty["lead"] = target
            support = [s for s in support if s != target]
        if source in support:
            takes_part = target == duty["lead"] or target in support
            support = [s for s in support if s != source] if takes_part else support
            support = [target if s == source else s for s in support]
        if "support" in duty:
            duty["support"] = support
        changed = {
            name: value
            for name, value in earlier.items()
            if value != {"lead": duty["lead"], "support": support}[name]
        }
        if effective is not None and changed:
            duty["before"] = [{"act": act, **changed}]
            recorded = True
    if recorded:
        assert effective is not None
        result = {"format": 2, **result}
        title = f"Bàn giao nhiệm vụ của {names[source]} cho {names[target]}"
        act_entry = {"id": act, "kind": "handover", "title": title}
        result["acts"] = [{**act_entry, "effective": effective.isoformat()}]
    if effective is not None:
        for party in result["parties"]:
            for body in [party, *party.get("units", [])]:
                if body["id"] == source:
                    body["until"] = (effective - timedelta(days=1)).isoformat()
                    body["succeeded_by"] = target
    return result


def in_force(regulation: dict[str, Any], day: date) -> bool:
    """Whether the drawn regulation is in force on `day` (a handover outside is refused)."""
    until = regulation.get("until")
    start_ok = date.fromisoformat(regulation["effective"]) <= day
    return start_ok and (until is None or day <= date.fromisoformat(until))


@examples(40)
@given(st.data())
def test_transfer_does_what_the_documentation_says(data: st.DataObject) -> None:
    regulation = data.draw(regulations())
    active = [b for b in bodies_of(regulation) if b not in ended_bodies(regulation)]
    source = data.draw(st.sampled_from([b for b in holders(regulation) if b in active]))
    owner = next(
        pi
        for pi, p in enumerate(regulation["parties"])
        if source in [p["id"], *(u["id"] for u in p.get("units", []))]
    )
    fresh = data.draw(st.booleans())
    if fresh:  # a new unit of the same party: the handover leaves a valid regulation
        target = add_unit(regulation, owner, "tiep-nhan")
    else:
        target = data.draw(st.sampled_from([b for b in active if b != source]))
    effective = data.draw(st.none() | st.dates(date(2000, 1, 2), date(2099, 12, 31)))
    raw = data.draw(encoded(data.draw(yaml_texts(regulation))))
    with tempfile.TemporaryDirectory() as tmp:
        file = write_regulation(Path(tmp), raw, regulation["id"])
        if effective is not None and not in_force(regulation, effective):
            with pytest.raises(UsageError) as refused:
                transfer_file(file, source, target, effective)
            assert refused.value.msgid == "transfer_outside_life"
            return
        done = transfer_file(file, source, target, effective)
        assert done.new == parse(expected_transfer(regulation, source, target, effective))
        is_unit = source not in [p["id"] for p in regulation["parties"]]
        if fresh and is_unit:
            file.write_bytes(done.new_bytes)
            assert check_bytes(done.new_bytes, regulation["id"]).errors == 0


# --- The loader, fuzzed -------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]


def seed_files() -> list[bytes]:
    """The bundled regulations and records, the examples, and the YAML blocks of the docs."""
    found = [file.read_bytes() for file in sorted((ROOT / "regulations").rglob("*.yaml"))]
    found += [file.read_bytes() for file in sorted((ROOT / "examples").glob("*.yaml"))]
    for doc in sorted((ROOT / "docs").glob("*.md")):
        for block in doc.read_text(encoding="utf-8").split("```yaml\n")[1:]:
            found.append(block.split("```")[0].encode())
    return found


SEEDS = seed_files()


def loader_target(raw: bytes) -> None:
    """What fuzz/fuzz_loader.py runs on each input: read, check, map, format; never a crash."""
    doc = load_bytes(raw, "regulation.yaml")
    assert_sound(doc.findings, {"regulation.yaml": doc.text})
    if not doc.ok:
        return
    regulation, found = check_regulation(doc, Path("regulations/qc/regulation.yaml"))
    _evaluation, found_too = check_evaluation(doc, Path("evaluations/2023.yaml"), regulation)
    assert_sound(found + found_too, {"regulation.yaml": doc.text})
    with contextlib.suppress(AliasesError):
        source_map(doc.text)
    try:
        formatted = format_text(doc.text, REGULATION)
    except FormatError:
        return  # fmt refuses what it cannot lay out without changing it
    except UnreadableError:  # pragma: no cover - the same loader read it above
        raise AssertionError("fmt could not read what the loader read") from None
    assert same(load_text(formatted, "f.yaml").data, doc.data)
    assert format_text(formatted, REGULATION) == formatted


@examples(300)
@given(
    st.one_of(
        st.binary(max_size=400),
        st.sampled_from(SEEDS).flatmap(byte_mutations),
        st.builds(
            lambda text: text.encode(), st.text(alphabet="ab:- #{}[],'\"\n\t&*!|>%@`?", max_size=80)
        ),
    )
)
def test_the_loader_never_crashes(raw: bytes) -> None:
    loader_target(raw)


# --- Regressions: what the properties found, as examples ----------------------------------------


def test_a_syntax_error_at_the_end_of_a_file_without_a_final_line_break_is_inside_it() -> None:
    # libyaml marks the end of such a file on a line after the last one.
    doc = load_text("id: qc\r\nt", "f.yaml")
    assert [(f.line, f.column, f.code) for f in doc.findings] == [(2, 2, "CR001")]
    doc = load_text("id: qc\nparties: [bca", "f.yaml")
    assert [(f.line, f.column, f.code) for f in doc.findings] == [(2, 14, "CR001")]


def test_an_empty_value_at_the_end_of_a_file_without_a_final_line_break_is_inside_it() -> None:
    # Found by fuzz/fuzz_loader.py: "? 9" put its CR104 on line 2 of a one-line file
    # (a number as a key is now CR016, read at the key; the empty value is the same).
    doc = load_text("? year", "f.yaml")
    _evaluation, found = check_evaluation(doc, Path("evaluations/2023.yaml"), None)
    assert (1, 7, "CR102") in [(f.line, f.column, f.code) for f in found]
    doc = load_text("regulation: qc\nyear: 2023\nhost:", "f.yaml")
    _evaluation, found = check_evaluation(doc, Path("evaluations/2023.yaml"), None)
    assert [(f.line, f.column, f.code) for f in found] == [(3, 6, "CR102")]


@pytest.mark.parametrize(
    "number",
    ["+5", "-0", "3.141592653589793238", "4.234783572549837e+16", "1e+16", ".NaN", "0o17", "0x1F"],
)
def test_fmt_writes_a_number_as_it_was_written(number: str) -> None:
    # Found by the fmt property: ruamel.yaml rewrote `+5` as `5` and
    # `3.141592653589793238` as `3.141592653589793116`, and refused 4.234783572549837e+16
    # (FMT001), which it would have written back as another float.
    text = f"regulation: qc\nyear: 2023\nhost: bca\nx-so-lieu: [{number}, {number}]\nx-ty-le: {number}\n"
    assert format_text(text, EVALUATION) == text


BLOCK_IDS = with_defaults(
    """
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: |-
                  btttt-cattt
                support:
                  - |-
                    bca-vp
                  - |-
                    bca-a05
                schedule: continuous
              - id: tong-ket
                text: Tổng kết công tác phối hợp hằng năm.
                lead: btttt-vp
                support:
                  - >-
                    btttt-cattt
                schedule: {yearly: 12-15}
    """
)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("bca-a05", {"trao-doi-thong-tin": ("bca-a05", ["bca-vp"]), "tong-ket": ["bca-a05"]}),
        ("bca-vp", {"trao-doi-thong-tin": ("bca-vp", ["bca-a05"]), "tong-ket": ["bca-vp"]}),
        ("btttt-vp", {"trao-doi-thong-tin": ("btttt-vp", ["bca-vp", "bca-a05"]), "tong-ket": []}),
    ],
)
def test_transfer_edits_ids_written_as_block_scalars(
    target: str, expected: dict[str, Any], tmp_path: Path
) -> None:
    # Found by the transfer property: a `|-` lead was replaced with its line break, and
    # removing a `|-` supporter removed the next supporter's line too: the file broke.
    file = write_regulation(tmp_path, BLOCK_IDS.encode(), "qc-test")
    done = transfer_file(file, "btttt-cattt", target, date(2025, 3, 1))
    duties = {duty.id: duty for _path, _article, duty in done.new.duties()}
    first = duties["trao-doi-thong-tin"]
    assert (first.lead, first.support) == (
        expected["trao-doi-thong-tin"][0],
        expected["trao-doi-thong-tin"][1],
    )
    assert duties["tong-ket"].support == expected["tong-ket"]
    assert f"lead: |-\n{' ' * 14}{target}\n" in done.new_text  # still a block, one line
    assert check_bytes(done.new_bytes, "qc-test").errors == 0


def test_diff_reports_a_changed_preamble() -> None:
    # Found by the diff property: legal bases and the enacting sentence were not compared.
    old = parse_regulation(with_defaults().encode(), "old.yaml")
    preamble = "legal_bases:\n  - Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;\n"
    preamble += "enacting: Bộ trưởng hai Bộ ban hành Quy chế phối hợp.\n"
    new = parse_regulation(with_defaults(preamble).encode(), "new.yaml")
    changes = compare(old, new)
    assert [(c.kind, c.field, c.old, c.new) for c in changes] == [
        ("metadata", "legal_bases", [], ["Căn cứ Luật An ninh mạng ngày 12 tháng 6 năm 2018;"]),
        ("metadata", "enacting", None, "Bộ trưởng hai Bộ ban hành Quy chế phối hợp."),
    ]
    assert [(c.kind, c.field) for c in compare(new, old)] == [
        ("metadata", "legal_bases"),
        ("metadata", "enacting"),
    ]
    for report in (report_text, report_markdown, report_json):
        out = io.StringIO()
        report("old.yaml", "new.yaml", changes, out, "vi")
        assert "Luật An ninh mạng" in out.getvalue()


@pytest.mark.parametrize(
    ("written", "code", "reason"),
    [
        # A `|` block keeps its final line break: "bca\n" is not the id "bca".
        (
            "evaluation:\n  rotation:\n    - |\n      bca\n    - btttt\n  first_year: 2022\n",
            "CR104",
            "bad_id",
        ),
        # Digits of another script are not the digits of YYYY-MM-DD.
        ('signed: "٢٠٢٢-01-10"\n', "CR104", "expected_date"),
        ('signed: "2022-01-10\\n"\n', "CR104", "expected_date"),
    ],
)
def test_ids_and_dates_are_matched_whole_and_in_ascii_digits(
    written: str, code: str, reason: str
) -> None:
    result = check_bytes(with_defaults(written).encode(), "qc-test")
    assert [(f.code, dict(f.args).get("reason")) for f in result.findings] == [(code, reason)]


@pytest.mark.parametrize("when", [f"|\n{' ' * 16}12-15", '"١٢-١٥"'])
def test_a_month_and_day_is_written_whole_in_ascii_digits(when: str) -> None:
    written = f"schedule:\n{' ' * 14}yearly: {when}"
    text = with_defaults().replace("schedule: {yearly: 12-15}", written)
    assert written in text
    found = check_bytes(text.encode(), "qc-test").findings
    assert [(f.code, dict(f.args).get("reason")) for f in found] == [
        ("CR104", "schedule_month_day")
    ]


# --- positions -------------------------------------------------------------------------------


@examples(200)
@given(st.text(alphabet="ab \t\n\r\x85\u2028\u2029đ"), st.integers(min_value=1, max_value=40))
def test_the_leading_lines_are_the_first_of_all_the_lines(text: str, count: int) -> None:
    # `check` takes the lines its findings point at from the top of a file only:
    # they must be the lines a reporter numbers, whatever breaks the file uses.
    assert leading_lines(text, count) == list(split_lines(text))[:count]
