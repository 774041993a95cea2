"""The words that finding arguments carry (kinds of things, expected types, statuses).

A rule stores `kind="party"` rather than a sentence fragment; `render` (in
`coordreg.catalogue.findings`) looks such an argument up here in the report's language.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text, pick

TERMS: dict[str, Text] = {
    "party": Text(vi="bên", en="party"),
    "unit": Text(vi="đơn vị", en="unit"),
    "party_or_unit": Text(vi="bên hay đơn vị", en="party or unit"),
    "declared_body": Text(vi="bên hay đơn vị đã khai báo", en="a declared party or unit"),
    "other_body": Text(
        vi="một bên hay đơn vị khác: một cơ quan không thể tự kế thừa chính mình",
        en="another party or unit: a body cannot succeed itself",
    ),
    "duty": Text(vi="nhiệm vụ", en="duty"),
    "act": Text(vi="văn bản", en="act"),
    "chapter": Text(vi="chương", en="chapter"),
    "article": Text(vi="điều", en="article"),
    "lead": Text(vi="cơ quan chủ trì", en="lead"),
    "support": Text(vi="cơ quan phối hợp", en="supporter"),
    "rotation": Text(vi="bên trong thứ tự luân phiên", en="rotation entry"),
    "host": Text(vi="bên chủ trì đánh giá", en="host"),
    "standing_office": Text(vi="cơ quan thường trực", en="standing office"),
    "text": Text(vi="văn bản", en="text"),
    "number": Text(vi="số nguyên", en="a whole number"),
    "list": Text(vi="danh sách", en="a list"),
    "mapping": Text(vi="ánh xạ khóa - giá trị", en="a mapping of keys"),
    "boolean": Text(vi="true hoặc false", en="true or false"),
    "nothing": Text(vi="rỗng", en="empty"),
    # How a value of the wrong kind is named in a message ("must be text, not a list").
    "a_nothing": Text(vi="giá trị rỗng", en="nothing"),
    "a_mapping": Text(vi="ánh xạ khóa - giá trị", en="a mapping"),
    "a_list": Text(vi="danh sách", en="a list"),
    "a_number": Text(vi="số", en="a number"),
    "open": Text(vi="không thời hạn", en="open-ended"),
    "not_done": Text(vi="chưa thực hiện", en="not done"),
    "in_progress": Text(vi="đang thực hiện", en="in progress"),
}


def term(word: str, lang: str = "en") -> str:
    """A catalogue word in `lang`; unknown words are returned as they are."""
    text = TERMS.get(word)
    return pick(text, lang) if text else word
