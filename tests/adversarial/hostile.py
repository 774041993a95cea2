"""A regulation whose every text is hostile, and every document rendered from it.

Shared by test_markdown_injection and test_terminal_escapes. `write_hostile(root,
value)` writes `regulations/qc-test/regulation.yaml` and two evaluation records in
which every text a document prints (the title, the number, the place, the legal
bases, the enacting sentence, an act, the parties' names, short names, symbols and
signatories, the units, the chapters' numbers and titles, the articles' titles and
texts, the clauses, the points' labels and texts, the duties' texts and
deliverables, the records' notes) is `value(name)`, where `name` says which field
it is. The file is JSON (which is YAML), ASCII with `\\uXXXX` escapes: a value may
hold any character, as YAML's escapes let a regulation hold it.

`document(file, name, fmt)` renders the plan, the review, the regulation's text, the
handover minute or the agenda through the library, as the commands do once a
regulation has been read. Nothing is checked first: the point is what the templates and writers
make of such values, whether or not `check` lets the file through.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from coordreg.check.dossier import Dossier
from coordreg.documents.rendering import plan_document, regulation_document, review_document
from coordreg.edit.handover import Transfer
from coordreg.edit.transfer import TransferRequest, transfer_file
from coordreg.model import Evaluation, Regulation

Value = Callable[[str], str]

FOLDER = "regulations/qc-test"
# The days the documents are about: the act takes effect in 2024, inside the plan's
# year, the review's period and before the text's day.
PLAN_YEAR = 2024
REVIEW_END = 2026
TEXT_DAY = date(2025, 1, 1)
HANDOVER_DAY = date(2025, 1, 1)
DOCUMENTS = ("plan", "review", "text", "minute")


def _party(key: str, party_id: str, value: Value) -> dict[str, Any]:
    return {
        "id": party_id,
        "name": value(f"party-{key}"),
        "short_name": value(f"short-name-{key}"),
        "symbol": value(f"symbol-{key}"),
        "units": [{"id": f"{party_id}-vp", "name": value(f"unit-{key}")}],
        "standing_office": f"{party_id}-vp",
        "signatory": {"name": value(f"signer-{key}"), "title": value(f"signer-title-{key}")},
    }


def _duty(n: int, lead: str, support: list[str], schedule: object, value: Value) -> dict[str, Any]:
    return {
        "id": f"nv-{n}",
        "text": value(f"duty-{n}"),
        "lead": lead,
        "support": support,
        "schedule": schedule,
        "deliverable": value(f"deliverable-{n}"),
    }


def hostile_regulation(value: Value) -> dict[str, Any]:
    """The regulation's data, every text `value(field)`."""
    return {
        "format": 2,
        "id": "qc-test",
        "number": value("number"),
        "title": value("title"),
        "signed": "2022-01-10",
        "effective": "2022-01-10",
        "place": value("place"),
        "legal_bases": [value("legal-basis")],
        "enacting": value("enacting"),
        "acts": [
            {
                "id": "sua-doi-2024",
                "kind": "amendment",
                "number": value("act-number"),
                "title": value("act-title"),
                "issuer": value("act-issuer"),
                "signed": "2024-03-01",
                "effective": "2024-03-01",
                "note": value("act-note"),
            }
        ],
        "parties": [_party("a", "bca", value), _party("b", "btttt", value)],
        "evaluation": {"rotation": ["bca", "btttt"], "first_year": 2022, "review_every": 5},
        "chapters": [
            {
                "number": value("chapter-number"),
                "title": value("chapter-title"),
                "articles": [
                    {
                        "number": 1,
                        "title": value("article-title"),
                        "text": value("article-text"),
                        "clauses": [
                            {
                                "number": 1,
                                "text": value("clause-text"),
                                "points": [
                                    {"label": value("point-label"), "text": value("point-text")}
                                ],
                            }
                        ],
                        "duties": [
                            _duty(1, "bca-vp", ["btttt"], "continuous", value),
                            _duty(2, "btttt", ["bca-vp"], {"yearly": "12-15"}, value),
                            _duty(3, "bca", [], {"quarterly": "03-25"}, value),
                        ],
                    }
                ],
            }
        ],
    }


def hostile_record(year: int, host: str, value: Value) -> dict[str, Any]:
    """A record with a note on each duty: done, in progress and not done."""
    return {
        "regulation": "qc-test",
        "year": year,
        "host": host,
        "held": f"{year + 1}-01-12",
        "results": {
            "nv-1": {"status": "done", "note": value(f"note-{year}-1")},
            "nv-2": {"status": "not_done", "note": value(f"note-{year}-2")},
            "nv-3": {"status": "in_progress", "note": value(f"note-{year}-3")},
        },
    }


def write_hostile(root: Path, value: Value) -> Path:
    """The regulation and its records of 2022 and 2023 under `root`; the regulation file."""
    folder = root / FOLDER
    (folder / "evaluations").mkdir(parents=True)
    file = folder / "regulation.yaml"
    file.write_text(json.dumps(hostile_regulation(value)), encoding="utf-8")
    for year, host in ((2022, "bca"), (2023, "btttt")):
        record = json.dumps(hostile_record(year, host, value))
        (folder / "evaluations" / f"{year}.yaml").write_text(record, encoding="utf-8")
    return file


def _dossier(file: Path) -> Dossier:
    regulation = Regulation.model_validate(json.loads(file.read_text(encoding="utf-8")))
    records = {}
    for record in sorted((file.parent / "evaluations").glob("*.yaml")):
        evaluation = Evaluation.model_validate(json.loads(record.read_text(encoding="utf-8")))
        records[evaluation.year] = evaluation
    return Dossier(regulation, file, records)


def document(file: Path, name: str, fmt: str, lang: str = "vi") -> str | bytes:
    """The document `name` (plan, review, text, minute, agenda) of the regulation in `fmt`."""
    from coordreg.documents.agenda import build_agenda
    from coordreg.documents.agendareport import agenda_output
    from coordreg.documents.plan import build_plan
    from coordreg.documents.review import build_review

    dossier = _dossier(file)
    if name == "agenda":
        agenda = build_agenda([dossier.regulation], date(2024, 1, 1), date(2024, 12, 31))
        return agenda_output(agenda, fmt, lang)
    if name == "plan":
        return plan_document(build_plan(dossier, PLAN_YEAR), fmt, lang)
    if name == "review":
        review = build_review(dossier, REVIEW_END, today=date(REVIEW_END + 1, 1, 31))
        return review_document(review, fmt, lang)
    if name == "text":
        return regulation_document(dossier.regulation, fmt, lang, at=TEXT_DAY)
    moved = transfer_file(file, "bca-vp", "btttt-vp", HANDOVER_DAY)
    request = TransferRequest("bca-vp", "btttt-vp", HANDOVER_DAY)
    return Transfer([moved], request).minute_content(fmt, lang)
