"""Word output held to the length Markdown and HTML are held to; agenda names made once.

Word output had no limit at all (10,000 duties ran past two minutes where the
Markdown and HTML forms refuse the same input): it now counts the characters it
writes against the render budget's output limit (`render.templating.LIMITS`, the
one the Markdown and HTML forms use) and is refused as soon as it passes it. The
tests lower that one limit, so that a small regulation is "too large" for all
three forms alike; benchmarks/bench_output.py measures the time itself.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import pytest
from builders import DEFAULT_REGULATION, write_folder
from harness import run

import coordreg.render.templating
from coordreg.render.budget import Limits


def _many_duties(count: int, words: int = 20) -> str:
    text = " ".join(["nội dung"] * words)
    duties = "".join(
        f"""\
          - id: nv-{n}
            text: Nhiệm vụ số {n}, {text}.
            lead: bca
            support: [btttt]
            schedule: continuous
"""
        for n in range(count)
    )
    return DEFAULT_REGULATION.replace("        duties:\n", "        duties:\n" + duties, 1)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    write_folder(tmp_path, _many_duties(200))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDREG_TODAY", "2024-06-01")
    return tmp_path


def _word_characters(file: Path) -> int:
    document = docx.Document(io.BytesIO(file.read_bytes()))
    paragraphs = list(document.paragraphs)
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                paragraphs.extend(cell.paragraphs)
    return sum(len(paragraph.text) for paragraph in paragraphs)


COMMANDS = {
    "plan": ["plan", "qc-test", "--year", "2024"],
    "text": ["text", "qc-test"],
    "review": ["review", "qc-test"],
}


@pytest.mark.parametrize("name", COMMANDS)
def test_word_is_refused_past_the_limit_markdown_and_html_have(
    folder: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    """Under the limit: written. Over it: refused in all three forms, nothing written."""
    args = COMMANDS[name]
    assert run([*args, "-o", "full.docx", "--lang", "en"]).exit == 0
    size = _word_characters(folder / "full.docx")
    assert size > 2_000  # the test tests something
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", Limits(output=size // 2))
    refused = run([*args, "-o", "half.docx", "--lang", "en"])
    assert refused.exit == 1
    # The Word form is written from the Markdown template's text, held to the same
    # limit: the refusal names the template (after plan's summary).
    assert refused.stderr.endswith(
        f"the text would be longer than {size // 2} characters, the limit for a document "
        "and for any value in it\n"
    ), refused.stderr
    assert not (folder / "half.docx").exists()
    for suffix in ("md", "html"):
        answer = run([*args, "-o", f"half.{suffix}", "--lang", "en"])
        assert answer.exit == 1, suffix
        assert "longer than" in answer.stderr, suffix
        assert not (folder / f"half.{suffix}").exists()
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", Limits(output=size * 2))
    assert run([*args, "-o", "again.docx", "--lang", "en"]).exit == 0
    assert _word_characters(folder / "again.docx") == size


def test_the_refusal_is_in_vietnamese_too(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(coordreg.render.templating, "LIMITS", Limits(output=1000))
    answer = run(["text", "qc-test", "-o", "vb.docx"])
    assert (answer.exit, answer.stderr) == (
        1,
        "coordreg: mẫu regulation.md.j2, dòng 52: văn bản sẽ dài quá 1000 ký tự, giới hạn "
        "cho một văn bản và cho mỗi giá trị trong đó\n",
    )


def _parties(count: int) -> str:
    """A regulation of `count` parties, each leading one yearly duty due on 15 December."""
    parties = "".join(
        f"  - id: p{n}\n    name: Bộ số {n}\n    units:\n      - id: p{n}-vp\n"
        f"        name: Văn phòng Bộ số {n}\n"
        for n in range(count)
    )
    duties = "".join(
        f"          - id: nv-{n}\n            text: Nhiệm vụ số {n}.\n"
        f"            lead: p{n}\n            support: [p{(n + 1) % count}-vp]\n"
        "            schedule: {yearly: 12-15}\n"
        for n in range(count)
    )
    return (
        "id: qc-test\nnumber: 01/QCPH\ntitle: Quy chế nhiều bên\nsigned: 2022-01-10\n"
        "effective: 2022-01-10\nplace: Hà Nội\nparties:\n" + parties + "evaluation:\n"
        "  rotation: [p0, p1]\n  first_year: 2022\n  review_every: 5\n"
        "chapters:\n  - number: I\n    title: NỘI DUNG\n    articles:\n      - number: 1\n"
        "        title: Nhiệm vụ\n        duties:\n" + duties
    )


@pytest.mark.parametrize("fmt", ["text", "json", "ics"])
def test_an_agenda_of_many_parties_names_each_event_s_bodies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    """300 parties: every event names its own lead and support, in every form (the
    names now come from one mapping per regulation, made once for the output)."""
    write_folder(tmp_path, _parties(300))
    monkeypatch.chdir(tmp_path)
    args = ["agenda", "--from", "2024-12-15", "--to", "2024-12-15", "--format", fmt]
    answer = run([*args, "--lang", "en"])
    assert answer.exit == 0, answer.output[-2000:]
    if fmt == "json":
        events = [e for e in json.loads(answer.stdout) if e["duty"] is not None]
        assert len(events) == 300
        for event in events:
            n = int(event["duty"].removeprefix("nv-"))
            assert event["lead_name"] == f"Bộ số {n}"
            assert event["support_names"] == [f"Văn phòng Bộ số {(n + 1) % 300}"]
    else:
        text = answer.stdout.replace("\r\n ", "").replace("\n ", "")  # iCalendar folds lines
        assert "Nhiệm vụ số 299." in text
        assert "Bộ số 299" in text
        assert "Văn phòng Bộ số 0" in text  # the support of nv-299
