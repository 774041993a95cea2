"""Words several documents share: the national heading, recipients, signatures, schedules."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    # A duty led by several bodies (coordreg.documents.dutywords): together, or each
    # on its own; and the place in its article a duty comes from.
    "leads.jointly": Text(vi="{names} (đồng chủ trì)", en="{names} (jointly)"),
    "leads.each": Text(vi="{names} (mỗi Bên)", en="{names} (each)"),
    "cite.article": Text(vi="Điều {article}", en="Article {article}"),
    "cite.clause": Text(vi="khoản {clause} Điều {article}", en="Article {article}({clause})"),
    "cite.point": Text(
        vi="điểm {point} khoản {clause} Điều {article}", en="Article {article}({clause})({point})"
    ),
    # The national heading (Nghị định 30/2020/NĐ-CP)
    "nation": Text(vi="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en="SOCIALIST REPUBLIC OF VIET NAM"),
    "motto": Text(vi="Độc lập - Tự do - Hạnh phúc", en="Independence - Freedom - Happiness"),
    # Marks of secrecy (Luật Bảo vệ bí mật nhà nước 2018) and urgency (Nghị định 30),
    # printed in capitals below the number; English: the usual equivalents.
    "secrecy.mat": Text(vi="MẬT", en="CONFIDENTIAL"),
    "secrecy.toi-mat": Text(vi="TỐI MẬT", en="SECRET"),
    "secrecy.tuyet-mat": Text(vi="TUYỆT MẬT", en="TOP SECRET"),
    "urgency.khan": Text(vi="KHẨN", en="URGENT"),
    "urgency.thuong-khan": Text(vi="THƯỢNG KHẨN", en="VERY URGENT"),
    "urgency.hoa-toc": Text(vi="HỎA TỐC", en="IMMEDIATE"),
    "number": Text(vi="Số: {blank}/{code}-{issuers}", en="No.: {blank}/{code}-{issuers}"),
    "place_date": Text(
        vi="{place}, ngày {blank} tháng {blank} năm {year}", en="{place}, {blank} {year}"
    ),
    "recipients": Text(vi="Nơi nhận:", en="Recipients:"),
    "recipient_leaders": Text(
        vi="Lãnh đạo {parties} (để b/c);", en="The leadership of {parties} (for reporting);"
    ),
    "recipient_units": Text(
        vi="Các cơ quan, đơn vị có tên tại Phụ lục;", en="The bodies named in the Appendix;"
    ),
    "recipient_units_bodies": Text(
        vi="Các cơ quan, đơn vị thuộc {parties};", en="The bodies of {parties};"
    ),
    # "Lưu: VT, <drafting unit>" for each party (its records office, văn thư, and the
    # unit that drafted the document: the party's standing office).
    "recipient_archive": Text(vi="Lưu: VT, {office}", en="File: records office, {office}"),
    "recipient_archive_bare": Text(vi="Lưu: VT", en="File: records office"),
    "recipient_archive_of": Text(vi="{archive} ({party})", en="{archive} ({party})"),
    "signature_for": Text(vi="ĐẠI DIỆN {party}", en="FOR {party}"),
    "and": Text(vi=" và ", en=" and "),
    "two_parties": Text(vi="hai bên", en="the two parties"),
    "all_parties": Text(vi="các bên", en="the parties"),
    # Schedules
    "continuous": Text(vi="Thường xuyên", en="Ongoing"),
    "on_request": Text(vi="Khi có yêu cầu", en="On request"),
    "once": Text(vi="{date}", en="{date}"),
    "yearly": Text(vi="Hằng năm ({dates})", en="Yearly ({dates})"),
    "half_yearly": Text(vi="6 tháng ({dates})", en="Half-yearly ({dates})"),
    "quarterly": Text(vi="Hằng quý ({dates})", en="Quarterly ({dates})"),
    "monthly": Text(vi="Hằng tháng, ngày {day}", en="Monthly, on day {day}"),
    "carried_over": Text(vi="chuyển tiếp từ năm {year}", en="carried over from {year}"),
    "during_year": Text(vi="Trong năm {year}", en="During {year}"),
    "none": Text(vi="—", en="—"),
    # An act cited: "Title (số 02/QĐ-..., Chính phủ, ký ngày 15/6/2026, có hiệu lực từ ngày 01/7/2026)"
    "act.citation": Text(vi="{title} ({details})", en="{title} ({details})"),
    "act.number": Text(vi="số {number}", en="No. {number}"),
    "act.signed": Text(vi="ký ngày {date}", en="signed on {date}"),
    "act.effective": Text(vi="có hiệu lực từ ngày {date}", en="in effect from {date}"),
}
