"""A duty's lead is a plain list, which does not say how its bodies carry the duty out.

Real texts give a duty to several bodies in two ways, and the review counts them
differently: "hai Bên đồng chủ trì", "các Bên cùng ..." is one duty done together,
with one result (`lead: {jointly: [a, b]}`); "mỗi Bên ..." is a duty each party
carries out on its own, with a result per party (`lead: {each: [a, b]}`). A plain
list says neither, so it is refused, and the finding shows both ways to write it.

This is found while the file is read against the format (SCOPE "format": no model
of the regulation can be built from it), in `lead` and in its earlier values.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Hai Bên trao đổi thông tin về tình hình an ninh mạng.
                lead: [bca-a05, btttt-cattt]     # CR310
                schedule: continuous

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Hai Bên trao đổi thông tin về tình hình an ninh mạng.
                lead: {jointly: [bca-a05, btttt-cattt]}
                schedule: continuous
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from coordreg.findings import Finding, Severity, finding
from coordreg.loader.document import Document
from coordreg.rules.base import Path_

CODE = "CR310"
NAME = "lead-list"
SEVERITY = Severity.ERROR
# Read from the file's data before the model: a list where `lead` belongs is refused
# by the model (coordreg.model.leads), so no rule of scope "regulation" would see it.
SCOPE = "format"


def check(doc: Document) -> Iterator[Finding]:
    for path, bodies in _listed_leads(doc.data):
        shown = ", ".join(str(body) for body in bodies)
        yield finding(doc.path, doc.value_position(path), CODE, SEVERITY, bodies=shown)


def _listed_leads(data: Any) -> Iterator[tuple[Path_, list[Any]]]:
    """Each `lead` of a duty, or of one of its earlier values, written as a list."""
    for ci, chapter in _items(data, "chapters"):
        for ai, article in _items(chapter, "articles"):
            for di, duty in _items(article, "duties"):
                path: Path_ = ("chapters", ci, "articles", ai, "duties", di)
                if isinstance(duty.get("lead"), list):
                    yield (*path, "lead"), duty["lead"]
                for bi, entry in _items(duty, "before"):
                    if isinstance(entry.get("lead"), list):
                        yield (*path, "before", bi, "lead"), entry["lead"]


def _items(owner: Any, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """The mappings listed under `key` of `owner`, with their indexes; none if not a list."""
    listed = owner.get(key) if isinstance(owner, dict) else None
    for index, item in enumerate(listed if isinstance(listed, list) else []):
        if isinstance(item, dict):
            yield index, item
