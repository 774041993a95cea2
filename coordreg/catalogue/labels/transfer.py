"""The words of `coordreg transfer`: its summary lines and the handover minute (biên bản bàn giao)."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    # `coordreg transfer`
    "transfer.would_move": Text(
        vi="{count} nhiệm vụ sẽ được bàn giao trong {files} tệp; chạy lại với --write để ghi.",
        en="{count} duties would move in {files} file(s); run again with --write to apply.",
    ),
    "transfer.moved": Text(
        vi="Đã bàn giao {count} nhiệm vụ; đã ghi {files}.",
        en="{count} duties moved; wrote {files}.",
    ),
    "transfer.nothing_written": Text(
        vi="Không có nhiệm vụ nào được bàn giao; không ghi tệp nào.",
        en="0 duties moved; wrote nothing.",
    ),
    "transfer.text_names": Text(
        vi="Lưu ý: nội dung nhiệm vụ '{duty}' vẫn nêu tên {body}; cần sửa văn bản cho phù hợp.",
        en="Note: the text of duty '{duty}' still names {body}; amend the text to match.",
    ),
    "transfer.act_new": Text(
        vi="{file}: ghi nhận văn bản {id} ({kind}): {title}; có hiệu lực từ ngày {date}.",
        en="{file}: records act {id} ({kind}): {title}; effective {date}.",
    ),
    "transfer.act_known": Text(
        vi="{file}: ghi theo văn bản đã có {id}: {title}; có hiệu lực từ ngày {date}.",
        en="{file}: records under act {id}: {title}; effective {date}.",
    ),
    "transfer.act_kind.amendment": Text(vi="sửa đổi, bổ sung", en="amendment"),
    "transfer.act_kind.handover": Text(vi="bàn giao", en="handover"),
    "transfer.act_kind.reorganisation": Text(vi="sắp xếp tổ chức", en="reorganisation"),
    # The title of a handover act transfer records, when none is given: always
    # Vietnamese in the file (coordreg.edit.acts.DATA_LANGUAGE).
    "transfer.act_title": Text(
        vi="Bàn giao nhiệm vụ của {source} cho {targets}",
        en="Handover of the duties of {source} to {targets}",
    ),
    # The handover minute (biên bản bàn giao)
    "minutes.kind": Text(vi="BIÊN BẢN", en="MINUTES"),
    "minutes.title": Text(
        vi="Bàn giao nhiệm vụ phối hợp từ {source} sang {target}",
        en="Handover of coordination duties from {source} to {target}",
    ),
    "minutes.opening": Text(
        vi="Hôm nay, vào hồi {blank} giờ {blank}, ngày {blank} tháng {blank} năm {year}, "
        "tại {place}, chúng tôi gồm:",
        en="Today, at {blank}, on {blank} {year}, at {place}, the undersigned:",
    ),
    "minutes.giver": Text(vi="BÊN GIAO: {body}", en="HANDING OVER: {body}"),
    "minutes.receiver": Text(vi="BÊN NHẬN: {body}", en="TAKING OVER: {body}"),
    # Those present for a side, one line each, written in by hand.
    "minutes.representative": Text(
        vi="{number}. Ông/Bà: {blank}, chức vụ: {blank}",
        en="{number}. Mr/Ms: {blank}, position: {blank}",
    ),
    "minutes.effective": Text(
        vi="Hai bên thống nhất bàn giao {count} nhiệm vụ phối hợp dưới đây, có hiệu lực từ ngày {date}:",
        en="The two sides agree to hand over the {count} coordination duties below, from {date}:",
    ),
    "minutes.effective_open": Text(
        vi="Hai bên thống nhất bàn giao {count} nhiệm vụ phối hợp dưới đây:",
        en="The two sides agree to hand over the {count} coordination duties below:",
    ),
    "minutes.from_then": Text(
        vi="Kể từ ngày {date}, {target} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
        "{source} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn.",
        en="From {date}, {target} is responsible for the duties above; {source} hands over "
        "every related file and document, so that the work goes on without a break.",
    ),
    "minutes.from_signing": Text(
        vi="Kể từ ngày ký Biên bản này, {target} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
        "{source} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn.",
        en="From the signing of these minutes, {target} is responsible for the duties above; "
        "{source} hands over every related file and document, so that the work goes on without a break.",
    ),
    "minutes.copies": Text(
        vi="Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản.",
        en="These minutes are made in 4 copies of equal value; each side keeps 2.",
    ),
    "minutes.closing": Text(
        vi="Biên bản kết thúc vào hồi {blank} giờ {blank} cùng ngày, đã được đọc lại cho các bên "
        "cùng nghe và nhất trí ký tên.",
        en="The handover ended at {blank} on the same day; these minutes were read out to both "
        "sides, who agreed to them and signed.",
    ),
    "minutes.sign_giver": Text(vi="ĐẠI DIỆN BÊN GIAO", en="FOR THE HANDING-OVER SIDE"),
    "minutes.sign_receiver": Text(vi="ĐẠI DIỆN BÊN NHẬN", en="FOR THE TAKING-OVER SIDE"),
    "col.regulation": Text(vi="Quy chế", en="Regulation"),
    "col.role": Text(vi="Vai trò", en="Role"),
    "col.schedule": Text(vi="Thời gian thực hiện", en="Schedule"),
    "role.lead": Text(vi="Chủ trì", en="Lead"),
    "role.support": Text(vi="Phối hợp", en="Support"),
    "role.support_lapses": Text(
        vi="Phối hợp (chấm dứt: bên nhận đã tham gia nhiệm vụ)",
        en="Support (ends: the receiving side already takes part)",
    ),
    "minutes.basis": Text(
        vi="Căn cứ {title}{number} ký ngày {signed};",
        en="Pursuant to the Regulation “{title}”{number}, signed on {signed};",
    ),
    "minutes.body_of": Text(vi="{body} ({party})", en="{body} ({party})"),
    # An act the minute rests on: "Căn cứ <title> số <number> ký ngày <date>;"
    "minutes.act_basis": Text(
        vi="Căn cứ {title}{number}{signed};", en="Pursuant to the {title}{number}{signed};"
    ),
    "minutes.act_number": Text(vi="số {number}", en="No. {number}"),
    "minutes.act_signed": Text(vi=" ký ngày {date}", en=", signed on {date}"),
}
