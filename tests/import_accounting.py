"""What an imported regulation keeps of its source, word for word.

The importer promises that nothing of a text is lost: every line of the source
ends up in the file (in a field, or in a comment that keeps the source's own
words beside what was read from them) or under `unplaced`. This module makes
the promise checkable: the words of the source, minus the words the file
places, minus the words it keeps unplaced, must leave nothing.

Words are compared as the text means them, not as it spells its layout: NFC,
case folded (a heading in capitals becomes a name in ordinary case), numbers
without leading zeros ("05" and "5"), Roman numerals as numbers ("Chương 1" is
chapter I). What the importer documents as not kept is taken out of the source
first (docs/import.md, "Not kept"): the national title and the motto every
administrative document carries, the "QUYẾT ĐỊNH:" that opens a decision's
articles, and the web page's markup (tags such as <br>; pipes, rules and
emphasis marks are no words anyway).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _letters_of(char: str) -> str:
    """A character class of every letter with the same base letter as `char`."""
    base = unicodedata.normalize("NFD", char.casefold())[0].replace("đ", "d")
    found = {
        chr(code)
        for code in range(0x41, 0x1EFA)
        if chr(code).isalpha()
        and unicodedata.normalize("NFD", chr(code).casefold())[0].replace("đ", "d") == base
    }
    return "[" + "".join(sorted(found)) + "]"


def _loose(phrase: str) -> re.Pattern[str]:
    """A phrase whatever its tones, spaces and dashes (OCR loses all three)."""
    parts = []
    for char in phrase:
        if char == " ":
            parts.append(r"\s*")
        elif char == "-":
            parts.append(r"[-–—]?")
        else:
            parts.append(_letters_of(char))
    return re.compile("".join(parts))


# Recognised and not kept (docs/import.md).
NOT_KEPT = (
    _loose("cộng hòa xã hội chủ nghĩa việt nam"),
    _loose("độc lập - tự do - hạnh phúc"),
    re.compile(r"^\s*QUYẾT\s+ĐỊNH\s*:?\s*$", re.MULTILINE),
)


def _roman(token: str) -> int | None:
    if not token or any(c not in _ROMAN for c in token):
        return None
    total = 0
    for index, char in enumerate(token):
        value = _ROMAN[char]
        following = _ROMAN[token[index + 1]] if index + 1 < len(token) else 0
        total += -value if value < following else value
    return total


def words(text: str) -> Counter[str]:
    """The words of `text`, as they are compared (see the module's docstring)."""
    found: Counter[str] = Counter()
    for token in re.findall(r"\w+", unicodedata.normalize("NFC", text).casefold()):
        if token.isdigit():
            token = token.lstrip("0") or "0"
        elif (number := _roman(token)) is not None:
            token = str(number)
        found[token] += 1
    return found


def source_words(path: Path) -> Counter[str]:
    """The words of a source text, less what the importer documents as not kept."""
    text = unicodedata.normalize("NFC", path.read_text(encoding="utf-8-sig"))
    text = _TAG.sub(" ", text)
    for pattern in NOT_KEPT:
        text = pattern.sub(" ", text)
    return words(text)


def _date_words(value: Any) -> str:
    if value is None:
        return ""
    return f"ngày {value.day} tháng {value.month} năm {value.year}"


def _signatory(data: dict[str, Any]) -> str:
    """ "TM. Ủy ban nhân dân Chủ tịch Nguyễn Văn A": the block's words, its authority too."""
    signatory = data.get("signatory") or {}
    authority = f"{signatory.get('authority', '')} {signatory.get('on_behalf_of', '')}"
    return f"{authority} {signatory.get('title', '')} {signatory.get('name', '')}"


def _articles(articles: list[dict[str, Any]]) -> list[str]:
    texts = []
    for article in articles:
        texts.append(f"Điều {article['number']}. {article.get('title') or ''}")
        texts.append(article.get("text") or "")
        for clause in article.get("clauses", []):
            texts.append(f"{clause['number']}. {clause['text']}")
            texts.extend(f"{p['label']}) {p['text']}" for p in clause.get("points", []))
    return texts


def placed_text(yaml_text: str) -> str:
    """The words the file places, written out as the text would write them: the heading,
    the decision, the parties, the chapters, what is unplaced, and the comments."""
    data = YAML(typ="safe").load(yaml_text)
    texts = [
        f"Số: {data['number']}" if data.get("number") else "",
        f"{data.get('place') or ''}, {_date_words(data.get('signed'))}",
        data.get("title") or "",
        *data.get("legal_bases", []),
        data.get("enacting") or "",
    ]
    decision = data.get("decision") or {}
    texts += [decision.get(key) or "" for key in ("title", "issuer", "authority", "reference")]
    texts += [*_articles(decision.get("articles", [])), _signatory(decision)]
    for party in data.get("parties", []):
        texts += [party["name"], party.get("short_name") or "", party.get("symbol") or ""]
        texts.append(party.get("parent") or "")
        texts += [unit["name"] for unit in party.get("units", [])]
        texts.append(_signatory(party))
    for chapter in data.get("chapters", []):
        texts.append(f"Chương {chapter['number']} {chapter.get('title') or ''}")
        texts += _articles(chapter.get("articles", []))
    texts += [item["text"] for item in data.get("unplaced", [])]
    texts += [
        line.split("#", 1)[1] for line in yaml_text.splitlines() if line.lstrip().startswith("#")
    ]
    return "\n".join(texts)


def lost_words(path: Path, yaml_text: str) -> Counter[str]:
    """The words of the source the file has nowhere: empty when nothing was lost."""
    return source_words(path) - words(placed_text(yaml_text))
