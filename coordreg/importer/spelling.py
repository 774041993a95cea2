"""How the text spells things: names compared loosely, and text in capitals recased.

A name in capitals is matched with the names the text writes in ordinary case,
allowing for the letters OCR drops ("B NÔNG NGHIỆP" is "Bộ Nông nghiệp");
titles and signatories' titles in capitals are put in the case the text uses
(its parties' names as written, words it always capitalises), on top of the
rule of capitals of `names`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from coordreg.importer.names import fold, restore_case


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _same(a: str, b: str) -> bool:
    """Two words alike, allowing the letters OCR drops ("b" for "bộ")."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) == 1 and long.startswith(short)


def similarity(a: str, b: str) -> float:
    """How alike two names are, 0 to 1: words in common, in order, over their length."""
    left, right = _tokens(a), _tokens(b)
    if not left or not right:
        return 0.0
    matched, position = 0, 0
    for word in left:
        for index in range(position, len(right)):
            if _same(word, right[index]):
                matched += 1
                position = index + 1
                break
    return 2 * matched / (len(left) + len(right))


def covered(part: str, name: str) -> float:
    """How much of `part` is found in `name`, in order, 0 to 1: "bộ đội biên phòng" is
    all in "Bộ Tư lệnh Bộ đội Biên phòng"."""
    left, right = _tokens(part), _tokens(name)
    if not left:
        return 0.0
    matched, position = 0, 0
    for word in left:
        for index in range(position, len(right)):
            if _same(word, right[index]):
                matched += 1
                position = index + 1
                break
    return matched / len(left)


def title_case(upper: str, names: Iterable[str], proper: Mapping[str, str]) -> str:
    """A signatory's title in ordinary case: "PHÓ TƯ LỆNH" → "Phó Tư lệnh", "BỘ TRƯỞNG BỘ
    CÔNG AN" → "Bộ trưởng Bộ Công an" (a deputy's title keeps the capital of the title
    it is deputy of, as Nghị định 30 writes "Phó Chủ tịch")."""
    text = recase(upper, names, proper)
    return re.sub(r"^Phó (\w)", lambda m: f"Phó {m.group(1).upper()}", text)


def proper_name(upper: str, texts: Iterable[str]) -> str | None:
    """How the text writes a name given in capitals, when it writes it in ordinary case."""
    wanted = fold(upper)
    for text in texts:
        index = text.casefold().find(wanted)
        if index >= 0 and len(text) == len(text.casefold()):
            found = text[index : index + len(wanted)]
            letters = [c for c in found if c.isalpha()]
            if letters and not all(c.isupper() for c in letters):
                return found
    return None


def recase(upper: str, names: Iterable[str], proper: Mapping[str, str]) -> str:
    """Text written in capitals (a title, a signatory's title), in ordinary case.

    Place names, proper nouns and kinds of body take their capitals
    (`restore_case`); the parties' names, and the first words of them ("Sở Tư pháp"
    of "Sở Tư pháp tỉnh Hà Tĩnh"), take the case the text gives them; so does
    every word the text only ever writes with a capital; the rest is lower case.
    """
    text = restore_case(" ".join(upper.split()), name=False)
    # A body named in brackets: "(BỘ QUỐC PHÒNG)".
    text = re.sub(
        r"\(([^()]+)\)",
        lambda m: (
            f"({restore_case(m.group(1).upper())})" if _upper_in(upper, m.group(1)) else m.group(0)
        ),
        text,
    )
    text = text[:1].upper() + text[1:]
    for name in names:
        words = name.split()
        for size in range(len(words), 1, -1):
            prefix = " ".join(words[:size])
            text = re.sub(rf"\b{re.escape(prefix)}\b", prefix, text, flags=re.IGNORECASE)
    first, *rest = text.split(" ") if text else [""]
    return " ".join([first, *(proper.get(word, word) for word in rest)])


def _upper_in(upper: str, part: str) -> bool:
    """Whether `part` (lower-cased) was written in capitals in `upper`."""
    index = upper.casefold().find(part.casefold())
    return index >= 0 and upper[index : index + len(part)].isupper()


def proper_words(texts: Iterable[str]) -> dict[str, str]:
    """The words the text writes with a capital everywhere but at a sentence's start."""
    capital: dict[str, str] = {}
    lower: set[str] = set()
    for text in texts:
        words = re.findall(r"[\w]+", text)
        for index, word in enumerate(words):
            if word.islower():
                lower.add(word)
            elif index and word[:1].isupper() and not word.isupper():
                capital.setdefault(word.lower(), word)
    return {key: word for key, word in capital.items() if key not in lower}
