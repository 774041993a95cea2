"""What the keys of format 2 mean, for the JSON Schema that editors show beside a key.

`coordreg schema` prints the models' JSON Schema; pydantic gives each model's
docstring, and these words the keys of a regulation's history (docs/format.md,
"Format 2: acts and history"), which an editor otherwise shows with no hint. They
are keyed by the model (its name in the schema's `$defs`, or the file's own model)
and the key. English, as the rest of the schema.
"""

from __future__ import annotations

_ADDED_BY = (
    "The act (an id under `acts`) that added this element: it is not in force before the "
    "act's effective date."
)
_REPEALED_BY = (
    "The act (an id under `acts`) that repealed this element: it is in force until the day "
    "before the act's effective date. A repealed chapter, article, clause or point stays "
    "in the file and keeps its number; a repealed duty is no longer due."
)
_BEFORE = (
    "The element's earlier values: each entry names an `act` and the fields as they were "
    "until that act took effect. Only the fields that changed; null means there was none."
)
_TEXT_ELEMENT = {"added_by": _ADDED_BY, "repealed_by": _REPEALED_BY, "before": _BEFORE}
_BODY = {
    "since": "The body's first day in this regulation: created, or brought in, later.",
    "until": "The body's last day in this regulation; a unit ends with its party at the latest.",
    "succeeded_by": (
        "Who takes over the body's duties from the day after `until`: one id, or a list when "
        "its functions are split among several (the first takes its turn in the rotation)."
    ),
    "before": _BEFORE,
}
_EARLIER = {"act": "The act (an id under `acts`) until whose effective date these values held."}

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Regulation": {
        "format": (
            "The file format: absent (1) for a regulation without history, 2 when it uses "
            "acts, added_by, repealed_by, before, since or a list in succeeded_by. A newer "
            "number than this coordreg reads is reported alone (CR017)."
        ),
        "acts": (
            "The legal acts that changed the regulation (amendments, handovers, "
            "reorganisations), oldest first, named by id from added_by, repealed_by, the "
            "act of each earlier value, and basis."
        ),
    },
    "Evaluation": {
        "format": "The file format, as in regulation.yaml: absent means 1.",
    },
    "Act": {
        "id": "The act's id, named by added_by, repealed_by, before[].act and basis.",
        "kind": (
            "amendment (sửa đổi, bổ sung), handover (bàn giao) or reorganisation (sắp xếp "
            "tổ chức: a decree that merges bodies or moves functions)."
        ),
        "number": "The document's number and symbol (số ký hiệu), when it has one.",
        "title": "The document's title (trích yếu).",
        "issuer": "Who issued the document.",
        "signed": "The signing date, when there is a document.",
        "effective": "The day every change the act makes takes effect.",
        "basis": "The act (an id under `acts`) that decided this one.",
        "note": "What the act changed, in words.",
    },
    "Chapter": _TEXT_ELEMENT,
    "Article": _TEXT_ELEMENT,
    "Clause": _TEXT_ELEMENT,
    "Point": _TEXT_ELEMENT,
    "Duty": _TEXT_ELEMENT,
    "Party": _BODY,
    "Unit": _BODY,
    "EvaluationSettings": {"before": _BEFORE},
    "EarlierChapter": _EARLIER,
    "EarlierArticle": _EARLIER,
    "EarlierClause": _EARLIER,
    "EarlierPoint": _EARLIER,
    "EarlierDuty": _EARLIER,
    "EarlierParty": _EARLIER,
    "EarlierUnit": _EARLIER,
    "EarlierEvaluation": _EARLIER,
}

# The keys docs/format.md describes in prose rather than in a table (its tables are
# in format_descriptions.py, generated).
PROSE_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Chapter": {"articles": "The chapter's articles (Điều), in order."},
    "Article": {"clauses": "The article's clauses (Khoản), numbered from 1."},
    "Clause": {"text": "The clause's text."},
    "Point": {
        "label": "The point's letter, in Vietnamese order: a, b, c, d, đ, e ... (CR404).",
        "text": "The point's text.",
    },
    "Signatory": {
        "name": "The signatory's name, with rank: `Đại tướng Tô Lâm`.",
        "title": "The signatory's title: `Bộ trưởng Bộ Công an`.",
    },
    "Unplaced": {
        "line": "The line of the imported source the text comes from.",
        "text": "The text `coordreg import` could not place (CR703 until placed or deleted).",
    },
    "Result": {
        "status": "done, in_progress, not_done or not_applicable.",
        "note": "What was done or why not, in words (the review quotes it).",
        "completed": "The day the duty was completed, YYYY-MM-DD; within the record's year (CR611).",
        "evidence": "The document that shows the result: `{number: 125/BC-A05, date: 2026-12-20}`.",
    },
    "JointLead": {
        "jointly": (
            "The bodies (ids of parties or units) that lead the duty together (đồng chủ trì): "
            "one duty, one result. Two at least, each once."
        ),
    },
    "EachLead": {
        "each": (
            "The bodies (ids of parties or units) that each carry the duty out on their own "
            "(mỗi Bên): a result per party. Two at least, each once."
        ),
    },
    "PartyResults": {
        "by_party": (
            "The result of each body of the duty's `each`, keyed by its id; every body once "
            "(CR613)."
        ),
    },
    "Evidence": {
        "number": "The document's number and symbol (số ký hiệu): `125/BC-A05`.",
        "date": "The document's date, YYYY-MM-DD; it may fall outside the year.",
    },
    "DecisionArticle": {
        "number": "The decision's article number (Điều 1, 2 ...).",
        "title": "The article's title, when it has one.",
        "text": "The article's text.",
    },
}
