"""The words around the regulation's own text (`coordreg text`); the text itself is never translated."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "text.kind": Text(vi="QUY CHẾ", en="REGULATION"),
    "text.number": Text(vi="Số: {number}", en="No.: {number}"),
    "text.place_date": Text(
        vi="{place}, ngày {day} tháng {month} năm {year}", en="{place}, {date}"
    ),
    "text.chapter": Text(vi="Chương {number}", en="Chapter {number}"),
    "text.article": Text(vi="Điều {number}. {title}", en="Article {number}. {title}"),
    "text.appendix_title": Text(vi="DANH MỤC NỘI DUNG CÔNG VIỆC", en="LIST OF COORDINATION DUTIES"),
    "text.appendix_ref": Text(
        vi="(Kèm theo Quy chế số {number})", en="(Annexed to Regulation No. {number})"
    ),
}
