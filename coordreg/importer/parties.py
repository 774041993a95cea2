"""Who the parties of an imported regulation are, and what the text calls them.

Where the parties are named depends on the kind of text:

- a coordination regulation signed by its parties: the heading, in capitals,
  one body per party (a line "TỈNH X" completes every body above it that has
  no place; a line of parent bodies above the issuing ones, "BỘ TÀI CHÍNH - BỘ
  CÔNG AN" over "TỔNG CỤC HẢI QUAN - TỔNG CỤC CẢNH SÁT", is told apart by the
  symbols of the number);
- a joint resolution or circular (Nghị quyết liên tịch, Thông tư liên tịch):
  the enacting sentence ("Bộ trưởng Bộ Công an, Viện trưởng Viện kiểm sát nhân
  dân tối cao và Chánh án Tòa án nhân dân tối cao ban hành Thông tư liên tịch
  ..."), else the title ("giữa Chính phủ với ..."), else the heading: web copies
  often lose the heading of these texts;
- a regulation issued by a decision of one body: the bodies it gives
  responsibilities to ("Điều 6. Trách nhiệm của Công an tỉnh"), or those its
  title names ("giữa A và B"); the body that decides is the decision's issuer.

A name given in capitals is written as the text writes it in ordinary case
when it does; else as the enacting sentence or the title gives it (abbreviations
written out, letters lost by OCR allowed: "B NÔNG NGHIỆP VÀ PTNT" is "Bộ Nông
nghiệp và Phát triển nông thôn"); else by the rule of capitals (`names`).
"""

from __future__ import annotations

import re

from coordreg.importer.bodies import Bodies, Body, ascii_id, initials, local_forms
from coordreg.importer.names import abbreviated, expand, fold, restore_case
from coordreg.importer.parse import Draft
from coordreg.importer.spelling import covered, proper_name, similarity
from coordreg.importer.text import is_capitals

# Doc-type parts of a symbol that are not a party: QCPH in "01/QCPH-BCA-BTTTT".
_DOC_TYPES = (
    "QCPHLN",
    "QCPH",
    "QCLN",
    "QC",
    "QĐLN",
    "QĐ-LN",
    "QĐ",
    "KH",
    "CTPH",
    "CTLN",
    "TTLT",
    "NQLT",
    "TT",
    "NQ",
    "HD",
)
_JOINT = ("Nghị quyết liên tịch", "Thông tư liên tịch")
# What opens one name in a list of signers: a title, or the kind of body.
_OPENS_NAME = re.compile(
    r"^(?:Bộ trưởng|Thứ trưởng|Viện trưởng|Chánh án|Thủ trưởng|Thống đốc|Chủ nhiệm|Chủ tịch|"
    r"Tổng cục trưởng|Cục trưởng|Giám đốc|Tư lệnh|Tổng Kiểm toán|Ban Thường trực|Thường trực|"
    r"Ban Thường vụ|Lãnh đạo|Bộ(?!\s+luật)|Ủy ban|Uỷ ban|UBND|Sở|Cục|Tổng cục|Viện|Tòa án|Toà án|"
    r"Chính phủ|Đoàn|Ban|Công an|Văn phòng|Hội|Thanh tra|Ngân hàng|Kiểm toán|Trung ương|"
    r"Tỉnh ủy|Đảng ủy)\b"
)
_TITLE_WORDS = re.compile(
    r"^(?:(?:Bộ trưởng|Thứ trưởng|Viện trưởng|Chánh án|Thủ trưởng|Thống đốc|Chủ nhiệm|Chủ tịch|"
    r"Tổng cục trưởng|Cục trưởng|Giám đốc|Tư lệnh|Ban Thường trực|Thường trực|Ban Thường vụ|"
    r"Lãnh đạo)\s+)+"
)
_SPLIT = re.compile(r"(,\s+|;\s+|\s+và\s+|\s+với\s+)", re.IGNORECASE)
_VERB = re.compile(
    r"\s+(?:cùng\s+|thống\s+nhất\s+)?(?:ban\s*hành|hướng\s+dẫn|ký\s+kết|quy\s+định)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\bgiữa\s+(.+)$", re.IGNORECASE)
_BETWEEN_END = re.compile(
    r"\s+(?:trong|về|giai\s+đoạn|nhiệm\s+kỳ|năm|tại|trên)\s+.*$", re.IGNORECASE
)
_RESPONSIBLE = re.compile(r"^trách\s+nhiệm\s+của\s+(.+?)\s*$", re.IGNORECASE)
_CLAUSE_HEAD = re.compile(r"^(.{3,80}?)(?:\s+có\s+trách\s+nhiệm)?\s*:$", re.IGNORECASE)
_PLACE = re.compile(r"\s((?:tỉnh|thành phố)\s+\S.*)$")


def symbols_of(number: str | None) -> list[str]:
    """The parties' abbreviations in a document symbol, without its number, year and type."""
    if not number or "/" not in number:
        return []
    parts = [part for part in re.split(r"[-/]", number.split("/", 1)[1]) if part]
    parts = [part for part in parts if not part.isdigit()]
    if parts:
        first = parts[0].upper()
        glued = next((t for t in _DOC_TYPES if first.startswith(t) and first != t), None)
        if first in _DOC_TYPES:
            parts = parts[1:]
        elif glued is not None and len(first) > len(glued) + 1:
            parts[0] = parts[0][len(glued) :]  # "QĐUBND": the dash lost by OCR
    return parts


def names_in(phrase: str) -> list[str]:
    """The bodies named one after another in `phrase`, without their leaders' titles.

    "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch và Bộ trưởng Bộ Công an" names two
    bodies: a comma or "và" separates names only before a word that opens one.
    """
    pieces = _SPLIT.split(phrase.strip())
    groups: list[str] = []
    opened: list[bool] = []
    for index in range(0, len(pieces), 2):
        piece = pieces[index].strip()
        separator = pieces[index - 1] if index else ""
        if _OPENS_NAME.match(piece):
            groups.append(piece)
            opened.append(True)
        elif groups:
            groups[-1] = f"{groups[-1]}{separator}{piece}"
        else:
            groups.append(piece)
            opened.append(False)
    # A purpose clause before the names ("Để bảo đảm ..., Viện trưởng ...") opens no name.
    while opened and not opened[0]:
        groups, opened = groups[1:], opened[1:]
    names = []
    for group in groups:
        name = _TITLE_WORDS.sub("", group)
        name = re.sub(r"\s*\([^()]*\)", "", name)  # "(Bộ Quốc phòng)", "(UBND)"
        name = re.sub(r"\s+[-–]\s+.*$", "", name)  # "Tổng cục Hải quan - Bộ Tài chính"
        name = name.strip(" ,;.")
        if name:
            names.append(name)
    return names


def enacting_subjects(enacting: str | None) -> list[str]:
    """The bodies that enact: the subject of the enacting sentence."""
    for paragraph in reversed((enacting or "").split("\n")):
        verb = _VERB.search(paragraph)
        if verb:
            return names_in(paragraph[: verb.start()])
    return []


def between(title: str) -> list[str]:
    """The bodies a title names: "Quy chế phối hợp giữa A với B trong công tác ..."."""
    match = _BETWEEN.search(title)
    if match is None:
        return []
    phrase = _BETWEEN_END.sub("", match.group(1))
    if not is_capitals(phrase):
        return names_in(phrase)
    # In capitals: split where a body's name opens, then write each name in ordinary case.
    opened = re.sub(
        r"\b(BỘ|SỞ|CỤC|ỦY BAN|UỶ BAN|CHÍNH PHỦ|ĐOÀN|VIỆN|TÒA ÁN|CÔNG AN|TỔNG CỤC)\b",
        lambda m: m.group(1).capitalize(),
        phrase,
    )
    return [restore_case(name.upper()) for name in names_in(opened)]


def responsible(draft: Draft) -> list[str]:
    """The bodies a regulation gives responsibilities to, in order: "Trách nhiệm của X"
    articles, and "1. Công an tỉnh:" clauses under an article on responsibilities."""
    found: list[str] = []
    for chapter in draft.chapters:
        for article in chapter.articles:
            match = _RESPONSIBLE.match(article.title)
            if match:
                found.extend(names_in(match.group(1)) or [match.group(1)])
            if "trách nhiệm" not in article.title.lower():
                continue
            for clause in article.clauses:
                head = _CLAUSE_HEAD.match(clause.text.split("\n")[0])
                if head and _OPENS_NAME.match(head.group(1)):
                    found.append(head.group(1))
    unique: list[str] = []
    for name in found:
        single = not name.lower().startswith("các ") and " các " not in name.lower()
        if single and fold(name) not in (fold(n) for n in unique):
            unique.append(name)
    return unique


def _issuers(draft: Draft) -> list[tuple[str, str | None]]:
    """The heading's issuers, each with the parent line above it (None for a body on its
    own), split where a symbol says two bodies were run together."""
    issuers = [text for _line, text in draft.heading.issuers]
    symbols = symbols_of(draft.heading.number)
    if len(symbols) > len(issuers):
        split = [part.strip() for text in issuers for part in re.split(r"(?<=\w)-(?=\w)", text)]
        if len(split) == len(symbols):
            issuers = split
    elif len(issuers) > len(symbols) > 0:
        under = _under_parents(issuers, symbols)
        if under is not None:
            return under
        # Parent bodies above the issuing ones: keep those the symbols name.
        named = [
            text
            for text in issuers
            if any(_abbreviates(symbol, restore_case(expand(text))) for symbol in symbols)
        ]
        if len(named) == len(symbols):
            issuers = named
    return [(text, None) for text in issuers]


def _under_parents(issuers: list[str], symbols: list[str]) -> list[tuple[str, str | None]] | None:
    """The issuers the symbols name, in the symbols' order, each under the line above it
    that no symbol names (its parent, cơ quan chủ quản: "UBND TỈNH HÀ TĨNH" over "SỞ
    GIÁO DỤC VÀ ĐÀO TẠO"); None when the lines do not read that way.

    Nghị định 30 prints a parent once over consecutive bodies of the same kind ("BỘ
    CÔNG AN" / "CỤC A" / "CỤC B"): it stays over the next body while that body's first
    word is the first's. Two parents on one line over two bodies on the next ("BỘ TÀI
    CHÍNH - BỘ CÔNG AN" / "TỔNG CỤC HẢI QUAN - TỔNG CỤC CẢNH SÁT") go one to each."""
    out: list[tuple[str, str | None]] = []
    waiting: list[str] = []  # parent lines read and not yet over a body
    parent: str | None = None
    kind = ""  # the first word of the first body under `parent`
    for text in issuers:
        symbol = symbols[len(out)] if len(out) < len(symbols) else None
        if symbol is None or not _abbreviates(symbol, restore_case(expand(text))):
            waiting.append(text)
            continue
        first = text.split()[0]
        if waiting:
            parent, kind = waiting.pop(0), first
        elif first != kind:
            parent = None
        out.append((text, parent))
    return out if len(out) == len(symbols) and not waiting else None


def _abbreviates(symbol: str, name: str) -> bool:
    """Whether `symbol` abbreviates `name`: its letters in order among the name's initials."""
    letters, wanted = initials(name), ascii_id(symbol).replace("-", "")
    position = 0
    for letter in wanted:
        position = letters.find(letter, position) + 1
        if position == 0:
            return False
    return bool(wanted) and letters[:1] == wanted[:1]


def _written(upper: str, candidates: list[str], texts: list[str]) -> tuple[str, str | None]:
    """A name given in capitals as the text writes it, and a note when it had to be guessed."""
    expanded = expand(upper)
    # The name written out in the text; the heading's own short form ("ỦY BAN MTTQ")
    # only when it has nothing to write out.
    for form in (expanded,) if expanded != upper else (upper,):
        found = proper_name(form, texts)
        if found is not None:
            return found, None
    # The first candidate that matches best: the enacting sentence's names come first.
    # A candidate must hold every word of the heading's name (a place too), allowing
    # for words OCR cut to their first letter, and little else ("Việt Nam" is fine,
    # "trong thời kỳ mới" is not).
    scored = [
        (similarity(expanded, candidate), candidate)
        for candidate in candidates
        if covered(expanded, candidate) == 1.0 and covered(candidate, expanded) >= 0.8
    ]
    score, best = max(scored, key=lambda pair: pair[0], default=(0.0, ""))
    if score >= 0.75:
        return best, None
    name = restore_case(expanded)
    return (
        name,
        f"tên '{upper}' không thấy viết thường trong văn bản: viết lại là '{name}', kiểm tra",
    )


def find_parties(draft: Draft, texts: list[str]) -> tuple[Bodies, list[str]]:
    """The parties, with their names as the text writes them, and notes on what was guessed."""
    heading = draft.heading
    notes: list[str] = []
    candidates = [*enacting_subjects(heading.enacting), *between(heading.title)]
    issued = draft.decision is not None or heading.reference is not None
    names: list[str]
    parents: dict[int, str | None] = {}  # by the party's place in `names`
    if issued:
        names = between(heading.title) or responsible(draft)
        if len(names) >= 2:
            notes.append(
                "quy chế ban hành kèm theo quyết định: các bên lấy từ "
                + ("tên quy chế" if between(heading.title) else "các điều 'Trách nhiệm của ...'")
                + ", kiểm tra"
            )
        else:
            issuer = decision_issuer(draft)
            names = [issuer] if issuer else names
    elif heading.kind in _JOINT and len(enacting_subjects(heading.enacting)) >= max(
        2, len(_issuers(draft))
    ):
        names = enacting_subjects(heading.enacting)
    elif heading.issuers:
        names = []
        for upper, parent in _issuers(draft):
            name, note = _written(_with_parents_place(upper, parent), candidates, texts)
            names.append(name)
            notes.extend([note] if note else [])
            parents[len(names) - 1] = _written(parent, [], texts)[0] if parent else None
    else:
        names = enacting_subjects(heading.enacting) or between(heading.title)
    place = _place_of(draft)
    names = [_placed(name, place) for name in names]
    return _bodies(names, draft, notes, parents), notes


_HEADING_PLACE = re.compile(r"\s((?:TỈNH|THÀNH PHỐ)\s+\S.*)$")
_LOCALITY_WORD = re.compile(r"\b(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\b")


def _with_parents_place(upper: str, parent: str | None) -> str:
    """A body's name in a heading made whole by its parent's place: "SỞ TƯ PHÁP" under
    "UBND TỈNH HÀ TĨNH" is "SỞ TƯ PHÁP TỈNH HÀ TĨNH", the name it goes by."""
    place = _HEADING_PLACE.search(parent or "")
    if place is None or _LOCALITY_WORD.search(upper):
        return upper
    return f"{upper} {place.group(1)}"


def decision_issuer(draft: Draft) -> str | None:
    """The body that issues a decision, in ordinary case: the heading's name, made
    whole by the authority line when the heading lost its place ("ỦY BAN NHÂN DÂN" /
    "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI")."""
    heading = draft.decision.heading if draft.decision is not None else draft.heading
    issuers = [text for _line, text in heading.issuers]
    authority = heading.authority or ""
    if issuers and authority.startswith(issuers[0]) and len(authority) > len(issuers[0]):
        return restore_case(expand(authority))
    if issuers:
        return restore_case(expand(issuers[0]))
    reference = re.search(r"\bcủa\s+(.+?)\)?$", heading.reference or draft.heading.reference or "")
    return reference.group(1).strip() if reference else None


def _place_of(draft: Draft) -> str | None:
    """ "tỉnh Quảng Trị" of a provincial decision's issuer: what "Công an tỉnh" lacks."""
    issuer = decision_issuer(draft) if draft.decision or draft.heading.reference else None
    match = _PLACE.search(issuer or "")
    return match.group(1) if match else None


def _placed(name: str, place: str | None) -> str:
    """ "Công an tỉnh" made whole by the decision's place: "Công an tỉnh Quảng Trị"."""
    if place is None:
        return name
    locality, _space, proper = (
        place.partition(" ")
        if place.startswith("tỉnh")
        else (
            "thành phố",
            " ",
            place.removeprefix("thành phố ").strip(),
        )
    )
    if name.endswith(f" {locality}"):
        return f"{name} {proper}"
    return name


def _bodies(
    names: list[str], draft: Draft, notes: list[str], parents: dict[int, str | None]
) -> Bodies:
    symbols = symbols_of(draft.heading.number) if draft.decision is None else []
    if symbols and len(symbols) != len(names):
        notes.append(
            f"số ký hiệu '{draft.heading.number}' có {len(symbols)} chữ viết tắt nhưng văn bản "
            f"có {len(names)} bên: kiểm tra 'symbol' của các bên"
        )
        symbols = []
    parties: list[Body] = []
    used: set[str] = set()
    for index, name in enumerate(names):
        symbol = symbols[index] if symbols else None
        ident = (ascii_id(symbol) if symbol else initials(name)) or f"ben{index + 1}"
        base, counter = ident, 2
        while ident in used:
            ident, counter = f"{base}{counter}", counter + 1
        used.add(ident)
        line = draft.heading.issuers[0][0] if draft.heading.issuers else draft.heading.title_line
        forms = [name, *local_forms(name)]
        aliases = [*forms[1:], *(a for form in forms for a in abbreviated(form) if a not in forms)]
        parent = parents.get(index)
        parties.append(Body(ident, name, line, symbol=symbol, aliases=aliases, parent=parent))
    return Bodies(parties)
