"""Hypothesis strategies: valid regulations as plain data, their YAML, and their mutations.

`regulations()` draws a regulation that `coordreg check` passes without a single
finding: 2 to 5 parties with units (some of them ended, with a successor), a
rotation of every party, chapters numbered I, II, III..., articles numbered on
across chapters, clauses from 1, points lettered a, b, c, d, đ, e, g..., duties
with ids, a lead, supporters and every kind of schedule, and Vietnamese text in
NFC (tone marks, đ/Đ) with the odd word YAML cares about (`yes`, `#`, `: `...).
The data is what `coordreg.loader.yamlload` reads: dicts, lists, str and int, dates as
`YYYY-MM-DD` strings.

`yaml_texts(data)` writes it out in one of several layouts (block, indentless
lists, flow, JSON, every quoting style, folded `>-` texts, comments, CRLF, a
BOM, keys in any order, and the random layouts of tests/test_fmt_properties.py),
each of which reads back as exactly the same data.

`mutated(data)` changes a regulation the way an amendment does (insert, delete,
renumber or move articles, amend a text, reassign a duty, reschedule it, rename
a party...) and keeps it readable by the schema; `corrupted(data)` breaks the
schema (wrong types, missing and unknown keys, deep nesting); `byte_mutations`
breaks the bytes (truncate, flip, insert a tab or a NUL...).
"""

from __future__ import annotations

import calendar
import copy
import json
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from hypothesis import strategies as st
from test_fmt_properties import VOWELS, layouts, same

from coordreg.loader.scalars import resolve_plain
from coordreg.loader.yamlload import load_text
from coordreg.rules.base import VIETNAMESE_POINT_LETTERS, roman

Data = dict[str, Any]
Path_ = tuple[str | int, ...]

# --- Vietnamese text ----------------------------------------------------------------------

_WORDS = """
phối hợp quản lý nhà nước bảo đảm an ninh mạng toàn thông tin trao đổi tình hình kết quả
thực hiện nhiệm vụ kiểm tra giám sát hướng dẫn đôn đốc xây dựng ban hành văn bản quy phạm
pháp luật đề án kế hoạch báo cáo định kỳ đột xuất cơ sở dữ liệu quốc gia dân cư thuê bao di
động viễn thông điều tra xử lý vi phạm tội công nghệ cao chuyển đổi số điện tử đào tạo bồi
dưỡng cán bộ địa phương tỉnh thành phố đơn vị chức năng theo quy định của tổ chức cá nhân
đường dây nóng ứng cứu sự cố khắc phục hậu quả đánh giá sơ kết tổng kết trường học giáo dục
y tế tài chính ngân sách được những các và với trong năm tháng ngày đầu cuối quý hằng
thường xuyên khi có yêu cầu đề nghị ý kiến góp
"""
WORDS = _WORDS.split()
_NAMES = """
Bộ Cục Sở Văn phòng Ủy ban Đảng Nhà nước Chính phủ Quốc hội Hà Nội Đà Nẵng Huế Quảng Ngãi
Đắk Lắk Điện Biên Hà Tĩnh Công an Thông tin Truyền thông Giáo dục Đào tạo Y tế Tư pháp
"""
NAMES = _NAMES.split()
# Words and characters that YAML reads specially when unquoted: texts must survive them.
TRICKY = [":", "#", "-", "'", '"', "&", "*", "!", "%", "@", "|", ">", "?", "`", ",", "..."]
TRICKY += ["yes", "no", "on", "null", "~", "true", "123", "1e3", "0x1F", "12:30", "2024-01-01"]
TRICKY += ["[a]", "{b}", "a: b", "c #d", "- e", "<<", "="]
_ONSETS = "b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x"
ONSETS = [*_ONSETS.split(), ""]
FINALS = ["", "", "c", "ch", "m", "n", "ng", "nh", "p", "t", "i", "o", "u", "y"]

syllables = st.builds(
    lambda onset, vowel, final: onset + vowel + final,
    st.sampled_from(ONSETS),
    st.sampled_from(VOWELS),
    st.sampled_from(FINALS),
)
words = st.one_of(
    st.sampled_from(WORDS), st.sampled_from(NAMES), syllables, st.sampled_from(TRICKY)
)
ENDINGS = [",", ";", ":", ".", "!", "?"]


@st.composite
def texts(draw: st.DrawFn, min_words: int = 1, max_words: int = 14) -> str:
    """A Vietnamese sentence in NFC: words, punctuation, and now and then a YAML indicator."""
    picked = draw(st.lists(words, min_size=min_words, max_size=max_words))
    out = []
    for w in picked:
        if draw(st.integers(0, 7)) == 0:
            w += draw(st.sampled_from(ENDINGS))
        out.append(w)
    text = " ".join(out)
    text = text[0].upper() + text[1:]
    assert unicodedata.is_normalized("NFC", text)
    return text


@st.composite
def body_names(draw: st.DrawFn, kind: str) -> str:
    return f"{kind} {draw(texts(1, 6))}"


def upper(text: str) -> str:
    """Capitals, as chapter titles are written: 'đ' has 'Đ', every tone mark its capital."""
    capitals = text.upper()
    assert unicodedata.is_normalized("NFC", capitals)
    return capitals


def slug(text: str, fallback: str) -> str:
    """An ASCII id made from Vietnamese words: 'Trao đổi thông tin' -> 'trao-doi-thong-tin'."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    ascii_words = re.findall(r"[a-z0-9]+", plain.encode("ascii", "ignore").decode().lower())
    return "-".join(ascii_words[:4]) or fallback


# --- Ids ----------------------------------------------------------------------------------

# Ids that YAML would read as something else unquoted: they must stay text.
TRICKY_IDS = ["123", "007", "2022", "1e5", "0x1f", "1.5", "yes", "null", "true", "on", "A05"]
PARTY_IDS = ["bca", "btttt", "bgddt", "byt", "btc", "btp", "bqp", "ubnd-ht", "ubnd-dn", "snv"]
UNIT_IDS = ["vp", "a05", "cattt", "cntt", "cvt", "pa05", "ttcntt", "khtc", "ttra", "x.01"]
id_words = st.one_of(
    st.from_regex(r"\A[a-z][a-z0-9]{0,5}\Z"), st.sampled_from(TRICKY_IDS + PARTY_IDS)
)


class Ids:
    """Hands out ids unique regardless of case, as CR201 compares them."""

    def __init__(self, used: Iterator[str] | None = None) -> None:
        self.used = {u.casefold() for u in used or ()}

    def take(self, wanted: str) -> str:
        candidate, count = wanted, 1
        while candidate.casefold() in self.used:
            count += 1
            candidate = f"{wanted}-{count}"
        self.used.add(candidate.casefold())
        return candidate

    @classmethod
    def of(cls, regulation: Data) -> Ids:
        return cls(iter(all_ids(regulation)))


def all_ids(regulation: Data) -> list[str]:
    """Every id a regulation declares: parties, units, duties, chapters, articles."""
    found = []
    for party in regulation.get("parties", []):
        found.append(party["id"])
        found += [unit["id"] for unit in party.get("units", [])]
    for chapter in regulation.get("chapters", []):
        found += [chapter["id"]] if "id" in chapter else []
        for article in chapter.get("articles", []):
            found += [article["id"]] if "id" in article else []
            found += [duty["id"] for duty in article.get("duties", [])]
    return found


# --- Schedules ----------------------------------------------------------------------------

_PERIOD = {"yearly": 12, "half_yearly": 6, "quarterly": 3}


@st.composite
def schedules(draw: st.DrawFn, first: date, last: date) -> Any:
    """Every kind of schedule; a one-off date falls while the regulation is in force."""
    kind = draw(st.sampled_from(["continuous", "on_request", "once", *_PERIOD, "monthly"]))
    if kind in ("continuous", "on_request"):
        return kind
    if kind == "once":
        return {"once": draw(st.dates(first, last)).isoformat()}
    if kind == "monthly":
        return {"monthly": draw(st.integers(1, 31))}
    month = draw(st.integers(1, _PERIOD[kind]))
    day = draw(st.integers(1, calendar.monthrange(2000, month)[1]))
    padded = draw(st.integers(0, 5)) > 0  # `3-5` is read like `03-05`
    return {kind: f"{month:02d}-{day:02d}" if padded else f"{month}-{day}"}


# --- Regulations --------------------------------------------------------------------------


@dataclass
class _Life:
    effective: date
    last: date  # the regulation's until, or a few years on


def _party(draw: st.DrawFn, ids: Ids) -> Data:
    pid = ids.take(draw(st.one_of(st.sampled_from(PARTY_IDS), id_words)))
    party: Data = {"id": pid, "name": draw(body_names(draw(st.sampled_from(["Bộ", "Ủy ban"]))))}
    if draw(st.booleans()):
        party["short_name"] = draw(texts(1, 2))
    if draw(st.booleans()):
        party["symbol"] = upper(slug(party["name"], "X"))[:8] or "X"
    units = []
    for _ in range(draw(st.integers(0, 3))):
        suffix = draw(st.one_of(st.sampled_from(UNIT_IDS), id_words))
        uid = ids.take(draw(st.sampled_from([f"{pid}-{suffix}", suffix])))
        units.append({"id": uid, "name": draw(body_names(draw(st.sampled_from(["Cục", "Sở"]))))})
    if units:
        party["units"] = units
        if draw(st.booleans()):
            party["standing_office"] = draw(st.sampled_from(units))["id"]
    if draw(st.booleans()):
        party["signatory"] = {"name": draw(texts(2, 4)), "title": draw(texts(2, 8))}
    return party


def _duty(draw: st.DrawFn, ids: Ids, lead: str, active: list[str], life: _Life) -> Data:
    text = draw(texts(3, 16))
    duty: Data = {"id": ids.take(slug(text, "nv")), "text": text, "lead": lead}
    others = [body for body in active if body != lead]
    support = draw(st.lists(st.sampled_from(others), max_size=3, unique=True)) if others else []
    if support or draw(st.integers(0, 5)) == 0:
        duty["support"] = support
    duty["schedule"] = draw(schedules(life.effective, life.last))
    if draw(st.booleans()):
        duty["deliverable"] = draw(texts(1, 5))
    return duty


def _end_some_units(draw: st.DrawFn, parties: list[Data], life: _Life) -> list[str]:
    """End a unit now and then (with a successor, mostly); the bodies still active."""
    active = [p["id"] for p in parties]
    ending = []
    for party in parties:
        for unit in party.get("units", []):
            if draw(st.integers(0, 7)) == 0:
                ending.append(unit)
            else:
                active.append(unit["id"])
    for unit in ending:
        start = life.effective - timedelta(days=400)
        unit["until"] = draw(st.dates(start, life.last)).isoformat()
        if draw(st.integers(0, 3)) > 0:
            unit["succeeded_by"] = draw(st.sampled_from(active))
    return active


def _points(draw: st.DrawFn) -> list[Data]:
    count = draw(st.one_of(st.integers(0, 3), st.integers(4, 12)))
    return [
        {"label": label, "text": draw(texts(1, 10))} for label in VIETNAMESE_POINT_LETTERS[:count]
    ]


def _article(draw: st.DrawFn, ids: Ids, number: int, duties: list[Data]) -> Data:
    title = draw(texts(2, 8))
    article: Data = {}
    if draw(st.integers(0, 3)) == 0:
        article["id"] = ids.take("dieu-" + slug(title, str(number)))
    article["number"] = number
    article["title"] = title
    if draw(st.booleans()):
        article["text"] = draw(texts(3, 30))
    clauses = []
    for clause_number in range(1, draw(st.integers(0, 3)) + 1):
        clause: Data = {"number": clause_number, "text": draw(texts(3, 20))}
        points = _points(draw)
        if points:
            clause["points"] = points
        clauses.append(clause)
    if clauses:
        article["clauses"] = clauses
    if duties:
        article["duties"] = duties
    return article


@st.composite
def regulations(draw: st.DrawFn, max_parties: int = 5, max_chapters: int = 4) -> Data:
    """A regulation that `coordreg check` passes without a finding."""
    ids = Ids()
    signed = draw(st.dates(date(2000, 1, 1), date(2090, 12, 31)))
    effective = signed + timedelta(days=draw(st.integers(0, 60)))
    until = None
    if draw(st.integers(0, 3)) == 0:
        until = effective + timedelta(days=draw(st.integers(0, 4000)))
    life = _Life(effective, until or effective + timedelta(days=5 * 365))
    parties = [_party(draw, ids) for _ in range(draw(st.integers(2, max_parties)))]
    active = _end_some_units(draw, parties, life)

    duties = []  # every party leads a duty, itself or through a unit (CR701)
    for party in parties:
        own = [party["id"]] + [u["id"] for u in party.get("units", []) if u["id"] in active]
        duties.append(_duty(draw, ids, draw(st.sampled_from(own)), active, life))
    for _ in range(draw(st.integers(0, 4))):
        duties.append(_duty(draw, ids, draw(st.sampled_from(active)), active, life))
    duties = list(draw(st.permutations(duties)))

    counts = draw(st.lists(st.integers(0, 3), min_size=1, max_size=max_chapters))
    if sum(counts) == 0:
        counts[0] = 1
    where = [draw(st.integers(0, sum(counts) - 1)) for _ in duties]
    chapters = []
    number = 0
    for ci, count in enumerate(counts):
        title = upper(draw(texts(1, 6)))
        chapter: Data = {}
        if draw(st.integers(0, 4)) == 0:
            chapter["id"] = ids.take("chuong-" + slug(title, roman(ci + 1).lower()))
        chapter["number"] = roman(ci + 1)
        chapter["title"] = title
        articles = []
        for _ in range(count):
            own_duties = [d for d, w in zip(duties, where, strict=True) if w == number]
            number += 1
            articles.append(_article(draw, ids, number, own_duties))
        if articles or bool(draw(st.booleans())):
            chapter["articles"] = articles
        chapters.append(chapter)

    symbols = [p.get("symbol") or p["id"].upper() for p in parties]
    regulation: Data = {"id": ids.take(draw(id_words) + "-" + str(signed.year))}
    if draw(st.booleans()):
        regulation["number"] = f"{draw(st.integers(1, 99)):02d}/QCPH-" + "-".join(symbols)
    names = " và ".join(p["name"] for p in parties)
    regulation["title"] = f"Quy chế phối hợp giữa {names} về {draw(texts(2, 10)).lower()}"
    regulation["signed"] = signed.isoformat()
    regulation["effective"] = effective.isoformat()
    if until is not None:
        regulation["until"] = until.isoformat()
    if draw(st.booleans()):
        regulation["place"] = draw(st.sampled_from(["Hà Nội", "Đà Nẵng", "Thừa Thiên Huế"]))
    if draw(st.booleans()):
        regulation["legal_bases"] = [
            f"Căn cứ {draw(texts(3, 12))};" for _ in range(draw(st.integers(1, 3)))
        ]
    if draw(st.booleans()):
        regulation["enacting"] = (
            f"{draw(texts(3, 10))} ban hành Quy chế phối hợp {draw(texts(1, 6))}."
        )
    regulation["parties"] = parties
    first_year = draw(st.integers(effective.year, min(life.last.year, effective.year + 2)))
    evaluation: Data = {
        "rotation": list(draw(st.permutations([p["id"] for p in parties]))),
        "first_year": first_year,
    }
    if draw(st.booleans()):
        evaluation["review_every"] = draw(st.integers(1, 10))
    regulation["evaluation"] = evaluation
    regulation["chapters"] = chapters
    return regulation


@st.composite
def evaluation_records(draw: st.DrawFn, regulation: Data) -> Data:
    """A yearly evaluation record of `regulation`: the rotation's host, a result per duty."""
    settings = regulation["evaluation"]
    year = settings["first_year"] + draw(st.integers(0, 3))
    rotation = settings["rotation"]
    results: Data = {}
    for _path, duty in duties_of(regulation):
        if draw(st.integers(0, 5)) > 0:
            status = draw(st.sampled_from(["done", "in_progress", "not_done", "not_applicable"]))
            result: Data = {"status": status}
            if draw(st.booleans()):
                result["note"] = draw(texts(2, 10))
            results[duty["id"]] = result
    record: Data = {
        "regulation": regulation["id"],
        "year": year,
        "host": rotation[(year - settings["first_year"]) % len(rotation)],
    }
    if draw(st.booleans()):
        record["held"] = draw(st.dates(date(year, 1, 1), date(year + 1, 3, 31))).isoformat()
    record["results"] = results
    return record


# --- Walking the data ---------------------------------------------------------------------


def article_places(regulation: Data) -> list[tuple[int, int]]:
    return [
        (ci, ai)
        for ci, chapter in enumerate(regulation["chapters"])
        for ai, _article in enumerate(chapter.get("articles", []))
    ]


def duties_of(regulation: Data) -> list[tuple[Path_, Data]]:
    return [
        (("chapters", ci, "articles", ai, "duties", di), duty)
        for ci, ai in article_places(regulation)
        for di, duty in enumerate(regulation["chapters"][ci]["articles"][ai].get("duties", []))
    ]


def bodies_of(regulation: Data) -> list[str]:
    return [
        body
        for party in regulation["parties"]
        for body in [party["id"]] + [unit["id"] for unit in party.get("units", [])]
    ]


def ended_bodies(regulation: Data) -> set[str]:
    return {
        unit["id"]
        for party in regulation["parties"]
        for unit in party.get("units", [])
        if "until" in unit
    } | {party["id"] for party in regulation["parties"] if "until" in party}


def renumber(regulation: Data) -> None:
    """Chapters I, II...; articles 1, 2... across chapters; clauses 1, 2...; points a, b, c..."""
    number = 0
    for ci, chapter in enumerate(regulation["chapters"]):
        chapter["number"] = roman(ci + 1)
        for article in chapter.get("articles", []):
            number += 1
            article["number"] = number
            for ki, clause in enumerate(article.get("clauses", [])):
                clause["number"] = ki + 1
                for pi, point in enumerate(clause.get("points", [])):
                    point["label"] = VIETNAMESE_POINT_LETTERS[pi % len(VIETNAMESE_POINT_LETTERS)]


def text_paths(node: Any, path: Path_ = ()) -> Iterator[Path_]:
    """The path of every text an amendment may reword."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in (
                "title",
                "text",
                "name",
                "deliverable",
                "short_name",
                "note",
                "enacting",
            ) and (isinstance(value, str)):
                yield (*path, key)
            else:
                yield from text_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from text_paths(value, (*path, index))


def get(node: Any, path: Path_) -> Any:
    for step in path:
        node = node[step]
    return node


def put(node: Any, path: Path_, value: Any) -> None:
    get(node, path[:-1])[path[-1]] = value


# --- Amendments: mutations that keep the schema -------------------------------------------

Mutation = Callable[[st.DrawFn, Data], None]


def _insert_article(draw: st.DrawFn, reg: Data) -> None:
    ci = draw(st.integers(0, len(reg["chapters"]) - 1))
    articles = reg["chapters"][ci].setdefault("articles", [])
    article: Data = {"number": 0, "title": draw(texts(2, 8)), "text": draw(texts(3, 20))}
    articles.insert(draw(st.integers(0, len(articles))), article)
    renumber(reg)


def _delete_article(draw: st.DrawFn, reg: Data) -> None:
    places = article_places(reg)
    if places:
        ci, ai = draw(st.sampled_from(places))
        del reg["chapters"][ci]["articles"][ai]
        if draw(st.booleans()):
            renumber(reg)


def _renumber_articles(draw: st.DrawFn, reg: Data) -> None:
    places = article_places(reg)
    if not places:
        return
    how = draw(st.sampled_from(["swap", "shift", "one"]))
    found = [reg["chapters"][ci]["articles"][ai] for ci, ai in places]
    if how == "swap" and len(found) > 1:
        a, b = draw(st.lists(st.sampled_from(found), min_size=2, max_size=2, unique_by=id))
        a["number"], b["number"] = b["number"], a["number"]
    elif how == "shift":
        step = draw(st.integers(-3, 3))
        for article in found:
            article["number"] += step
    else:
        draw(st.sampled_from(found))["number"] = draw(st.integers(-5, 1000))


def _move_article(draw: st.DrawFn, reg: Data) -> None:
    places = article_places(reg)
    if not places:
        return
    ci, ai = draw(st.sampled_from(places))
    article = reg["chapters"][ci]["articles"].pop(ai)
    target = reg["chapters"][draw(st.integers(0, len(reg["chapters"]) - 1))]
    articles = target.setdefault("articles", [])
    articles.insert(draw(st.integers(0, len(articles))), article)
    if draw(st.integers(0, 3)) > 0:
        renumber(reg)


def _amend_text(draw: st.DrawFn, reg: Data) -> None:
    path = draw(st.sampled_from(list(text_paths(reg))))
    old = get(reg, path).split(" ")
    how = draw(st.sampled_from(["word", "append", "drop", "new"]))
    if how == "word":
        old[draw(st.integers(0, len(old) - 1))] = draw(words)
    elif how == "append":
        old.insert(draw(st.integers(0, len(old))), draw(texts(1, 4)))
    elif how == "drop" and len(old) > 1:
        del old[draw(st.integers(0, len(old) - 1))]
    else:
        old = [draw(texts())]
    put(reg, path, " ".join(old))


def _reassign_duty(draw: st.DrawFn, reg: Data) -> None:
    duties = duties_of(reg)
    if not duties:
        return
    _path, duty = draw(st.sampled_from(duties))
    bodies = bodies_of(reg)
    duty["lead"] = draw(st.sampled_from(bodies))
    others = [b for b in bodies if b != duty["lead"]]
    duty["support"] = draw(st.lists(st.sampled_from(others), max_size=3, unique=True))


def _reschedule(draw: st.DrawFn, reg: Data) -> None:
    duties = duties_of(reg)
    if duties:
        _path, duty = draw(st.sampled_from(duties))
        duty["schedule"] = draw(schedules(date(2000, 1, 1), date(2099, 12, 31)))


def _rename_party(draw: st.DrawFn, reg: Data) -> None:
    party = draw(st.sampled_from(reg["parties"]))
    if draw(st.booleans()):
        party["name"] = draw(body_names("Bộ"))
        return
    old, new = party["id"], Ids.of(reg).take(draw(id_words))  # a new id, references follow

    def follow(value: str) -> str:
        return new if value == old else value

    party["id"] = new
    settings = reg["evaluation"]
    settings["rotation"] = [follow(p) for p in settings["rotation"]]
    for _path, duty in duties_of(reg):
        duty["lead"] = follow(duty["lead"])
        if "support" in duty:
            duty["support"] = [follow(s) for s in duty["support"]]
    for body in [*reg["parties"], *(u for p in reg["parties"] for u in p.get("units", []))]:
        if "succeeded_by" in body:
            body["succeeded_by"] = follow(body["succeeded_by"])


def _add_or_remove_duty(draw: st.DrawFn, reg: Data) -> None:
    duties = duties_of(reg)
    remove = draw(st.booleans())
    if duties and remove:
        path, _removed = draw(st.sampled_from(duties))
        del get(reg, path[:-1])[path[-1]]
        return
    places = article_places(reg)
    if places:
        ci, ai = draw(st.sampled_from(places))
        life = _Life(date(2000, 1, 1), date(2099, 12, 31))
        lead = draw(st.sampled_from(bodies_of(reg)))
        duty = _duty(draw, Ids.of(reg), lead, bodies_of(reg), life)
        reg["chapters"][ci]["articles"][ai].setdefault("duties", []).append(duty)


def _move_duty(draw: st.DrawFn, reg: Data) -> None:
    duties = duties_of(reg)
    if duties:
        path, duty = draw(st.sampled_from(duties))
        del get(reg, path[:-1])[path[-1]]
        ci, ai = draw(st.sampled_from(article_places(reg)))
        reg["chapters"][ci]["articles"][ai].setdefault("duties", []).append(duty)


def _edit_clauses(draw: st.DrawFn, reg: Data) -> None:
    places = article_places(reg)
    if not places:
        return
    ci, ai = draw(st.sampled_from(places))
    clauses = reg["chapters"][ci]["articles"][ai].setdefault("clauses", [])
    how = draw(st.sampled_from(["add", "delete", "point"]))
    if how == "add" or not clauses:
        clause = {"number": 0, "text": draw(texts(3, 12)), "points": _points(draw)}
        clauses.insert(draw(st.integers(0, len(clauses))), clause)
    elif how == "delete":
        del clauses[draw(st.integers(0, len(clauses) - 1))]
    else:
        points = draw(st.sampled_from(clauses)).setdefault("points", [])
        if points and draw(st.booleans()):
            del points[draw(st.integers(0, len(points) - 1))]
        else:
            points.insert(draw(st.integers(0, len(points))), {"label": "a", "text": draw(texts())})
    if draw(st.integers(0, 3)) > 0:
        renumber(reg)


def _edit_chapters(draw: st.DrawFn, reg: Data) -> None:
    chapters = reg["chapters"]
    how = draw(st.sampled_from(["retitle", "add", "delete", "misnumber"]))
    if how == "retitle":
        draw(st.sampled_from(chapters))["title"] = upper(draw(texts(1, 6)))
    elif how == "misnumber":  # "II" twice, "2", "IV" after "I": left for CR401 to report
        number = draw(st.sampled_from(["I", "II", "III", "IV", "2", "Chương 1"]))
        draw(st.sampled_from(chapters))["number"] = number
        return
    elif how == "add":
        chapter: Data = {"number": "", "title": upper(draw(texts(1, 6))), "articles": []}
        chapters.insert(draw(st.integers(0, len(chapters))), chapter)
    elif len(chapters) > 1:
        del chapters[draw(st.integers(0, len(chapters) - 1))]
    renumber(reg)


def _edit_metadata(draw: st.DrawFn, reg: Data) -> None:
    field = draw(st.sampled_from(["number", "title", "signed", "effective", "until", "place"]))
    if field in ("signed", "effective", "until"):
        reg[field] = draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))).isoformat()
    elif field == "title":
        reg[field] = draw(texts(3, 20))
    elif field in reg and draw(st.booleans()):
        del reg[field]
    else:
        reg[field] = draw(texts(1, 3))
    settings = reg["evaluation"]
    if draw(st.booleans()):
        settings["rotation"] = list(draw(st.permutations(settings["rotation"])))
    if draw(st.booleans()):
        settings["first_year"] = draw(st.integers(2000, 2099))


def _edit_units(draw: st.DrawFn, reg: Data) -> None:
    party = draw(st.sampled_from(reg["parties"]))
    units = party.setdefault("units", [])
    how = draw(st.sampled_from(["add", "rename", "move", "end"]))
    if how == "add" or not units:
        unit = {"id": Ids.of(reg).take(f"{party['id']}-{draw(id_words)}"), "name": "Cục Mới"}
        units.insert(draw(st.integers(0, len(units))), unit)
        return
    unit = draw(st.sampled_from(units))
    if how == "rename":
        unit["name"] = draw(body_names("Cục"))
    elif how == "move":
        units.remove(unit)
        if party.get("standing_office") == unit["id"]:
            del party["standing_office"]
        draw(st.sampled_from(reg["parties"])).setdefault("units", []).append(unit)
    else:
        unit["until"] = draw(st.dates(date(2000, 1, 1), date(2099, 12, 31))).isoformat()
        unit["succeeded_by"] = draw(st.sampled_from(bodies_of(reg)))


def _edit_preamble(draw: st.DrawFn, reg: Data) -> None:
    bases = reg.setdefault("legal_bases", [])
    how = draw(st.sampled_from(["add basis", "drop basis", "enacting"]))
    if how == "add basis" or not bases:
        bases.insert(draw(st.integers(0, len(bases))), f"Căn cứ {draw(texts(3, 12))};")
    elif how == "drop basis":
        del bases[draw(st.integers(0, len(bases) - 1))]
    else:
        reg["enacting"] = draw(texts(3, 14))


def import_notes(draw: st.DrawFn, reg: Data) -> None:
    """What `coordreg import` leaves for a person to look at: duty review notes, unplaced text."""
    duties = duties_of(reg)
    if duties:
        draw(st.sampled_from(duties))[1]["review"] = draw(texts(2, 10))
    unplaced = reg.setdefault("unplaced", [])
    unplaced.append({"line": draw(st.integers(1, 500)), "text": draw(texts(1, 12))})


AMENDMENTS: dict[str, Mutation] = {
    "insert article": _insert_article,
    "delete article": _delete_article,
    "renumber articles": _renumber_articles,
    "move article": _move_article,
    "amend text": _amend_text,
    "reassign duty": _reassign_duty,
    "reschedule duty": _reschedule,
    "rename party": _rename_party,
    "add or remove duty": _add_or_remove_duty,
    "move duty": _move_duty,
    "edit clauses": _edit_clauses,
    "edit chapters": _edit_chapters,
    "edit metadata": _edit_metadata,
    "edit units": _edit_units,
    "edit preamble": _edit_preamble,
}


@st.composite
def mutated(draw: st.DrawFn, regulation: Data, max_changes: int = 3, notes: bool = False) -> Data:
    """`regulation` after 1 to `max_changes` amendments; the schema still reads it.

    With `notes`, now and then also the notes of `coordreg import` (CR702, CR703), which
    are not the regulation's content and which `diff` does not compare.
    """
    changed = copy.deepcopy(regulation)
    names = draw(st.lists(st.sampled_from(sorted(AMENDMENTS)), min_size=1, max_size=max_changes))
    for name in names:
        AMENDMENTS[name](draw, changed)
    if notes and draw(st.integers(0, 3)) == 0:
        import_notes(draw, changed)
    return changed


# --- Corruption: mutations that break the schema ------------------------------------------

FIELD_NAMES = ["id", "name", "number", "title", "text", "lead", "support", "schedule", "label"]
leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=10**30, max_value=10**60),
    st.floats(),
    st.text(max_size=12),
    st.sampled_from(["2023-02-30", "2023-13-01", "99-99", "continuous", "bca", "", " "]),
    texts(1, 3),
)
values = st.recursive(
    leaves,
    lambda inner: st.one_of(
        st.lists(inner, max_size=3),
        st.dictionaries(
            st.one_of(st.sampled_from(FIELD_NAMES), st.text(max_size=6)), inner, max_size=3
        ),
    ),
    max_leaves=6,
)


def all_paths(node: Any, path: Path_ = ()) -> Iterator[Path_]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from all_paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from all_paths(value, (*path, index))


@st.composite
def corrupted(draw: st.DrawFn, regulation: Data, max_changes: int = 3) -> Any:
    """`regulation` with values of the wrong type, keys missing or unknown, deep nesting."""
    data: Any = copy.deepcopy(regulation)
    for _ in range(draw(st.integers(1, max_changes))):
        path = draw(st.sampled_from(list(all_paths(data))))
        how = draw(st.sampled_from(["value", "delete", "unknown key", "nest", "wrap"]))
        if not path:
            data = draw(values) if how == "value" else data
            continue
        parent = get(data, path[:-1])
        if how == "value":
            parent[path[-1]] = draw(values)
        elif how == "delete":
            del parent[path[-1]]
        elif how == "unknown key" and isinstance(parent, dict):
            parent[draw(st.sampled_from([*FIELD_NAMES, "x-ghi-chu", "until", "dieu"]))] = draw(
                values
            )
        elif how == "nest":
            value = parent[path[-1]]
            for _ in range(draw(st.sampled_from([1, 5, 99, 120]))):
                value = [value]
            parent[path[-1]] = value
        else:
            parent[path[-1]] = {"x": parent[path[-1]]}
    return data


# --- Writing YAML -------------------------------------------------------------------------


@dataclass(frozen=True)
class Layout:
    """How `to_yaml` writes data; every layout reads back as the same data."""

    indent: int = 2
    indentless: bool = False  # "- " at the column of the key that holds the list
    flow_from: int | None = 3  # depth from which collections are written [..] / {..}
    quotes: str = "plain"  # plain (where safe), single, double, or mixed
    folded: bool = False  # long texts as `>-` blocks, short ones now and then as `|-`
    comments: bool = False
    shuffle: bool = False  # keys in any order
    quote_keys: bool = False
    json: bool = False  # json.dumps, which is YAML 1.2 too


def _printable(text: str) -> bool:
    return all(c.isprintable() and c not in "\x85\u2028\u2029\ufeff" for c in text)


def plain_is_safe(text: str, flow: bool) -> bool:
    """Whether `text` reads back as itself unquoted (conservative: when unsure, quote)."""
    if (
        not text
        or text != text.strip()
        or not _printable(text)
        or text[0] in "-?:,[]{}#&*!|>'\"%@`"
    ):
        return False
    if ": " in text or " #" in text or text.endswith(":") or text.startswith(("---", "...")):
        return False
    if flow and any(c in text for c in ",[]{}:#?&*!|>'\"%@`"):
        return False
    return resolve_plain(text) == text and isinstance(resolve_plain(text), str)


def double_quoted(text: str) -> str:
    out = []
    for c in text:
        if c in '"\\':
            out.append("\\" + c)
        elif _printable(c):
            out.append(c)
        elif ord(c) <= 0xFFFF:
            out.append(f"\\u{ord(c):04x}")
        else:
            out.append(f"\\U{ord(c):08x}")
    return '"' + "".join(out) + '"'


class _Writer:
    def __init__(self, layout: Layout, choose: Callable[[int], int]) -> None:
        self.layout = layout
        self.choose = choose  # choose(n): a number in range(n), drawn by hypothesis

    def scalar(self, value: Any, flow: bool, key: bool = False) -> str:
        if value is None:
            return ["null", "~"][self.choose(2)]
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            if value != value:
                return ".nan"
            if value in (float("inf"), float("-inf")):
                return ".inf" if value > 0 else "-.inf"
            return repr(value)
        quotes = self.layout.quotes
        if key and not self.layout.quote_keys:
            quotes = "plain"
        if quotes == "mixed":
            quotes = ["plain", "single", "double"][self.choose(3)]
        text = str(value)
        if quotes == "plain" and plain_is_safe(text, flow):
            return text
        if quotes == "single" and _printable(text):
            return "'" + text.replace("'", "''") + "'"
        return double_quoted(text)

    def flow(self, value: Any) -> str:
        if isinstance(value, dict):
            items = [f"{self.scalar(k, True, True)}: {self.flow(v)}" for k, v in value.items()]
            return "{" + ", ".join(items) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(self.flow(v) for v in value) + "]"
        return self.scalar(value, True)

    def _is_flow(self, value: Any, depth: int) -> bool:
        flow_from = self.layout.flow_from
        return not value or (flow_from is not None and depth >= flow_from)

    def _block_text(self, value: Any, column: int) -> list[str] | None:
        """A text as a folded (`>-`) or literal (`|-`) block, when the layout asks for one."""
        if not (self.layout.folded and isinstance(value, str) and _printable(value)):
            return None
        if value != value.strip() or "  " in value or not value or self.choose(3) == 0:
            return None
        pad = " " * column
        if len(value) < 40:
            return ["|-", pad + value] if self.choose(3) == 0 else None
        lines, line = [], ""
        for word in value.split(" "):
            if line and len(pad) + len(line) + 1 + len(word) > 60:
                lines.append(pad + line)
                line = word
            else:
                line = f"{line} {word}" if line else word
        return [">-", *lines, pad + line]

    def _comment(self) -> str:
        return ["ghi chú", "điều này sửa đổi", "xem Điều 5: khoản 2", "# lồng"][self.choose(4)]

    def block(self, value: Any, column: int, depth: int) -> list[str]:
        """`value`, a non-empty dict or list, as block lines starting at `column`."""
        lines: list[str] = []
        pad = " " * column
        indent = self.layout.indent
        if isinstance(value, dict):
            keys = list(value)
            if self.layout.shuffle:
                keys = [keys.pop(self.choose(len(keys))) for _ in range(len(keys))]
            for index, key in enumerate(keys):
                item = value[key]
                if self.layout.comments and index > 0 and self.choose(12) == 0:
                    lines.append(pad + "# " + self._comment())
                head = pad + self.scalar(key, False, True) + ":"
                if isinstance(item, dict | list) and not self._is_flow(item, depth + 1):
                    lines.append(head)
                    inner = column + (
                        0 if isinstance(item, list) and self.layout.indentless else indent
                    )
                    lines += self.block(item, inner, depth + 1)
                elif (text := self._block_text(item, column + indent)) is not None:
                    lines += [f"{head} {text[0]}", *text[1:]]
                else:
                    lines.append(self._end_comment(f"{head} {self.inline(item)}"))
            return lines
        for item in value:
            if isinstance(item, dict | list) and not self._is_flow(item, depth + 1):
                nested = self.block(item, column + 2, depth + 1)
                lines += [pad + "- " + nested[0][column + 2 :], *nested[1:]]
            elif (text := self._block_text(item, column + 2)) is not None:
                lines += [f"{pad}- {text[0]}", *text[1:]]
            else:
                lines.append(self._end_comment(f"{pad}- {self.inline(item)}"))
        return lines

    def inline(self, value: Any) -> str:
        return self.flow(value) if isinstance(value, dict | list) else self.scalar(value, False)

    def _end_comment(self, line: str) -> str:
        if self.layout.comments and self.choose(10) == 0:
            return line + " " * (1 + self.choose(3)) + "# " + self._comment()
        return line


def to_yaml(data: Any, layout: Layout, choose: Callable[[int], int] = lambda n: 0) -> str:
    """`data` as YAML text in `layout`; `choose` makes the small choices a layout leaves open."""
    if layout.json:
        return json.dumps(data, ensure_ascii=bool(choose(2)), indent=[None, 2][choose(2)]) + "\n"
    writer = _Writer(layout, choose)
    if isinstance(data, dict | list) and not writer._is_flow(data, 0):
        return "\n".join(writer.block(data, 0, 0)) + "\n"
    return writer.inline(data) + "\n"


LAYOUTS = [
    Layout(),
    Layout(indent=4, indentless=True, flow_from=None),
    Layout(flow_from=2, quotes="single"),
    Layout(flow_from=1, quotes="double", quote_keys=True),
    Layout(flow_from=0, quotes="mixed"),
    Layout(quotes="mixed", folded=True, comments=True, shuffle=True),
    Layout(indent=3, flow_from=None, folded=True, comments=True),
    Layout(json=True),
]


def json_safe(data: Any) -> bool:
    """Whether JSON writes `data` as YAML reads it back: text keys, no floats, plain text."""
    if isinstance(data, dict):
        return all(isinstance(k, str) and json_safe(k) and json_safe(v) for k, v in data.items())
    if isinstance(data, list):
        return all(json_safe(v) for v in data)
    if isinstance(data, str):
        return _printable(data) and all(ord(c) <= 0xFFFF for c in data)
    return data is None or isinstance(data, int)


@st.composite
def yaml_texts(draw: st.DrawFn, data: Any, random_layout: bool = True) -> str:
    """`data` as YAML in one of the layouts above, or a random one from test_fmt_properties."""
    choice = draw(st.integers(0, len(LAYOUTS) if random_layout else len(LAYOUTS) - 1))
    if choice == len(LAYOUTS):
        # Its comments and blank lines sometimes break a flow collection: keep it when it
        # reads back as the data.
        text = str(draw(layouts(data)))
        doc = load_text(text, "layout.yaml")
        if doc.ok and same(doc.data, data):
            return text
        choice = 0
    layout = LAYOUTS[choice]
    if layout.json and not json_safe(data):
        layout = Layout()
    if layout.flow_from is not None and draw(st.integers(0, 3)) == 0:
        layout = replace(layout, shuffle=True)
    choices = st.integers(0, 2**16)
    text = to_yaml(data, layout, lambda n: draw(choices) % n)
    return text


@st.composite
def encoded(draw: st.DrawFn, text: str) -> bytes:
    """The file's bytes: UTF-8 with LF or CRLF line ends, with or without a BOM."""
    if draw(st.integers(0, 4)) == 0:
        text = text.replace("\n", "\r\n")
    bom = b"\xef\xbb\xbf" if draw(st.integers(0, 6)) == 0 else b""
    return bom + text.encode("utf-8")


# --- Byte mutations -----------------------------------------------------------------------

INSERTS = [b"\t", b"\x00", b"\r", b"\n", b"\xff", b"\xc3", b"\xef\xbb\xbf", b" ", b"\x85"]
INSERTS += [b"&a ", b"*a", b"!!python/object:os.system ", b"!x ", b"<<: *a\n", b"? ", b"- "]
INSERTS += [b": ", b"{", b"[", b"'", b'"', b"|", b">", b"%YAML 1.1\n", b"---\n", b"...\n", b"#"]
INSERTS += [b"\xe2\x80\xa8", "đ".encode(), unicodedata.normalize("NFD", "ệ").encode()]


@st.composite
def byte_mutations(draw: st.DrawFn, raw: bytes, max_changes: int = 4) -> bytes:
    """`raw` truncated, with bytes flipped, inserted, deleted or repeated."""
    data = bytearray(raw)
    for _ in range(draw(st.integers(1, max_changes))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(["truncate", "flip", "insert", "delete", "repeat", "line"]))
        if how == "truncate":
            del data[at:]
        elif how == "flip" and at < len(data):
            data[at] ^= 1 << draw(st.integers(0, 7))
        elif how == "insert":
            data[at:at] = draw(
                st.one_of(st.sampled_from(INSERTS), st.binary(min_size=1, max_size=4))
            )
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif how == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 80))]
        else:  # a whole line moved elsewhere: indentation errors, duplicate keys
            lines = bytes(data).split(b"\n")
            line = lines.pop(draw(st.integers(0, len(lines) - 1)))
            lines.insert(draw(st.integers(0, len(lines))), line)
            data = bytearray(b"\n".join(lines))
    return bytes(data)
