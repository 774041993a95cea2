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
    # What a consolidated text (văn bản hợp nhất) prints for a repealed chapter,
    # article, clause or point, in place of its title or text: the number stays.
    "text.repealed": Text(vi="(được bãi bỏ)", en="(repealed)"),
    "text.consolidated": Text(
        vi="Văn bản hợp nhất đến ngày {date}: Quy chế{number} ký ngày {signed} được sửa đổi, "
        "bổ sung bởi: {acts}.",
        en="Consolidated text as at {date}: the Regulation{number} signed on {signed}, as "
        "amended by: {acts}.",
    ),
    "text.appendix_title": Text(vi="DANH MỤC NỘI DUNG CÔNG VIỆC", en="LIST OF COORDINATION DUTIES"),
    "text.appendix_ref": Text(
        vi="(Kèm theo Quy chế số {number} ngày {day} tháng {month} năm {year} của {parties})",
        en="(Annexed to Regulation No. {number} of {date} of {parties})",
    ),
}
