"""The words of the language server (`coordreg lsp`): hovers and the titles of quick fixes."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "editor.party": Text(vi="Bên **{name}** (`{id}`)", en="Party **{name}** (`{id}`)"),
    "editor.unit": Text(
        vi="Đơn vị **{name}** (`{id}`), thuộc {party}",
        en="Unit **{name}** (`{id}`), of {party}",
    ),
    "editor.duty": Text(
        vi="Nhiệm vụ `{id}` (Điều {article}): {text}",
        en="Duty `{id}` (Article {article}): {text}",
    ),
    "editor.act": Text(
        vi="Văn bản `{id}`: {title} (hiệu lực từ {effective})",
        en="Act `{id}`: {title} (in effect from {effective})",
    ),
    "editor.regulation": Text(vi="Quy chế `{id}`: {title}", en="Regulation `{id}`: {title}"),
    "editor.undeclared": Text(
        vi="`{id}` chưa được khai báo trong quy chế", en="`{id}` is not declared in the regulation"
    ),
    "editor.lead": Text(vi="Chủ trì: {lead}", en="Lead: {lead}"),
    "editor.replace": Text(vi="Thay bằng '{value}'", en="Replace with '{value}'"),
    "editor.renumber.chapters": Text(
        vi="Đánh số lại các chương theo thứ tự I, II, III, ...",
        en="Renumber the chapters I, II, III, ...",
    ),
    "editor.renumber.articles": Text(
        vi="Đánh số lại các điều liên tục từ 1", en="Renumber the articles from 1"
    ),
    "editor.renumber.clauses": Text(
        vi="Đánh số lại các khoản của điều này từ 1",
        en="Renumber the clauses of this article from 1",
    ),
    "editor.renumber.points": Text(
        vi="Đánh lại chữ các điểm của khoản này theo thứ tự a, b, c, d, đ, ...",
        en="Re-letter the points of this clause a, b, c, d, đ, ...",
    ),
}
