"""Hover and go-to-definition on the ids a file refers to.

A regulation names bodies in `lead`, `support`, `standing_office`, `succeeded_by`
and `evaluation.rotation`, and acts in `act`, `added_by`, `repealed_by` and
`basis`; an evaluation record names a party in `host`, its regulation in
`regulation`, duties by the keys of `results`, and the leads of an each-party duty by
the keys of its `by_party`. Each of these leads to where
the id is declared: in the same file, or in the regulation of a record. A hover
shows what the id names: the body's name (and its party, for a unit), the duty's
text and article, the act's title.
"""

from __future__ import annotations

from dataclasses import dataclass

from coordreg.catalogue.labels import Labels
from coordreg.loader.outline import Declaration, Outline, Scalar
from coordreg.lsp.analysis import Analysis, FileKind, Source

# The fields whose values are ids, and what kind of thing each names.
_FIELDS = {
    "lead": "body",
    # The bodies of a joint or each-party lead: `lead: {jointly: [bca, btttt]}`.
    "jointly": "body",
    "each": "body",
    "standing_office": "body",
    "support": "body",
    "succeeded_by": "body",
    "rotation": "party",
    "act": "act",
    "added_by": "act",
    "repealed_by": "act",
    "basis": "act",
}
# Fields that hold a list of ids (the others hold one id).
_LISTS = {"support", "succeeded_by", "rotation", "jointly", "each"}
# The kinds of declaration each kind of reference may name.
_ACCEPTS = {
    "body": ("party", "unit"),
    "party": ("party",),
    "act": ("act",),
    "duty": ("duty",),
}


def reference_kind(scalar: Scalar, kind: FileKind) -> str | None:
    """What the id written as `scalar` names (body, party, act, duty, regulation), or None."""
    path = scalar.path
    if kind == "evaluation":
        if scalar.is_key and len(path) == 4 and path[0] == "results" and path[2] == "by_party":
            return "body"  # the result of one lead of an each-party duty
        if scalar.is_key:
            return "duty" if len(path) == 2 and path[0] == "results" else None
        return {("host",): "party", ("regulation",): "regulation"}.get(path)
    if scalar.is_key or not path:
        return None
    listed = isinstance(path[-1], int)
    field = path[-2] if listed and len(path) > 1 else path[-1]
    if not isinstance(field, str) or (listed and field not in _LISTS):
        return None
    if field == "rotation" and path[0] != "evaluation":
        return None
    return _FIELDS.get(field)


@dataclass(frozen=True)
class Target:
    """An id under the cursor: where it is written, and where it is declared (if it is)."""

    scalar: Scalar
    kind: str
    source: Source  # the file that declares it
    declaration: Declaration | None


def target_at(analysis: Analysis, offset: int) -> Target | None:
    """The id reference under `offset` in the analysed document, if any."""
    scalar = analysis.source.outline.at(offset)
    if scalar is None:
        return None
    kind = reference_kind(scalar, analysis.kind)
    declaring = analysis.regulation
    if kind is None or declaring is None:
        return None
    if kind == "regulation":
        return Target(scalar, kind, declaring, None)
    declaration = declaring.outline.declarations.get(scalar.value)
    if declaration is not None and declaration.kind not in _ACCEPTS[kind]:
        declaration = None
    return Target(scalar, kind, declaring, declaration)


def definition_span(target: Target) -> tuple[int, int] | None:
    """Where the target is declared, as offsets into `target.source`."""
    if target.kind == "regulation":
        scalar = target.source.outline.value(("id",))
    else:
        scalar = target.declaration.scalar if target.declaration is not None else None
    return (scalar.start, scalar.end) if scalar is not None else None


def describe(declaration: Declaration, outline: Outline, lang: str) -> str:
    """What a declared id names, in a line or two of Markdown."""
    t = Labels(lang)
    owner = declaration.owner
    name = outline.text((*owner, "name")) or ""
    ident = declaration.scalar.value
    if declaration.kind == "party":
        return t("editor.party", name=name, id=ident)
    if declaration.kind == "unit":
        party = outline.text((*owner[:2], "name")) or str(outline.text((*owner[:2], "id")))
        return t("editor.unit", name=name, id=ident, party=party)
    if declaration.kind == "act":
        title = outline.text((*owner, "title")) or ""
        effective = outline.text((*owner, "effective")) or "?"
        return t("editor.act", id=ident, title=title, effective=effective)
    article = outline.text((*owner[:4], "number")) or "?"
    text = outline.text((*owner, "text")) or ""
    described = t("editor.duty", id=ident, article=article, text=text)
    leads = _lead_ids(outline, owner)
    if leads:
        names = []
        for lead in leads:
            known = outline.declarations.get(lead)
            lead_name = outline.text((*known.owner, "name")) if known is not None else None
            names.append(lead_name or lead)
        described += "\n\n" + t("editor.lead", lead=", ".join(names))
    return described


def _lead_ids(outline: Outline, duty: tuple[str | int, ...]) -> list[str]:
    """The ids the duty's `lead` names: one, or those of `jointly` / `each`."""
    lead = outline.text((*duty, "lead"))
    if lead is not None:
        return [lead]
    for mode in ("jointly", "each"):
        found: list[str] = []
        while (body := outline.text((*duty, "lead", mode, len(found)))) is not None:
            found.append(body)
        if found:
            return found
    return []


def hover_text(target: Target, lang: str) -> str:
    """The hover of an id: what it names, or that it names nothing declared."""
    outline = target.source.outline
    if target.kind == "regulation":
        title = outline.text(("title",)) or ""
        ident = outline.text(("id",)) or target.scalar.value
        return Labels(lang)("editor.regulation", id=ident, title=title)
    if target.declaration is None:
        return Labels(lang)("editor.undeclared", id=target.scalar.value)
    return describe(target.declaration, outline, lang)
