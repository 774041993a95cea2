"""The words of the agenda (`coordreg agenda`): its text, and the iCalendar summaries and descriptions."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "agenda.title": Text(
        vi="LỊCH CÔNG VIỆC TỪ {start} ĐẾN {end}", en="AGENDA FROM {start} TO {end}"
    ),
    "agenda.party": Text(vi="Bên: {name} ({id})", en="Body: {name} ({id})"),
    "agenda.counts": Text(
        vi="Số việc: {count}; số quy chế: {regulations}.",
        en="Events: {count}; regulations: {regulations}.",
    ),
    "agenda.skipped": Text(
        vi="Bỏ qua quy chế có lỗi (xem coordreg check): {files}",
        en="Skipped for errors (see coordreg check): {files}",
    ),
    "agenda.empty": Text(
        vi="Không có việc nào đến hạn trong thời gian này.", en="Nothing falls due in this period."
    ),
    "agenda.day": Text(vi="{weekday}, {date}", en="{weekday} {date}"),
    # `place`: "Điều 3", or the clause the duty names, "khoản 2 Điều 3" (Article 3(2)).
    "agenda.duty_head": Text(
        vi="[{regulation}, {place}] {text}", en="[{regulation}, {place}] {text}"
    ),
    "agenda.event_head": Text(vi="[{regulation}] {text}", en="[{regulation}] {text}"),
    "agenda.evaluation": Text(
        vi="Đánh giá kết quả thực hiện Quy chế năm {year}",
        en="Evaluation of the Regulation's implementation in {year}",
    ),
    "agenda.evaluation_summary": Text(
        vi="[{regulation}] Đánh giá năm {year} ({host} chủ trì)",
        en="[{regulation}] Evaluation of {year} (host: {host})",
    ),
    "agenda.review": Text(
        vi="Sơ kết {years} năm thực hiện Quy chế (giai đoạn {start} - {end})",
        en="Review of {years} years of the Regulation ({start} to {end})",
    ),
    "agenda.review_text": Text(
        vi="Các bên tổ chức sơ kết {years} năm thực hiện Quy chế, giai đoạn {start} - {end}.",
        en="The parties review {years} years of the Regulation, {start} to {end}.",
    ),
    "agenda.duty_summary": Text(
        vi="[{regulation}] {text} (chủ trì: {lead})", en="[{regulation}] {text} (lead: {lead})"
    ),
    "agenda.lead": Text(vi="Chủ trì: {names}", en="Lead: {names}"),
    "agenda.support": Text(vi="Phối hợp: {names}", en="Support: {names}"),
    "agenda.parties": Text(vi="Các bên: {names}", en="Parties: {names}"),
    "agenda.deliverable": Text(vi="Sản phẩm: {text}", en="Output: {text}"),
    "agenda.schedule": Text(vi="Định kỳ: {when}", en="Recurs: {when}"),
    "agenda.ends": Text(
        vi="Quy chế hết hiệu lực sau ngày {date}.", en="The Regulation ends after {date}."
    ),
    "agenda.regulation": Text(vi="Quy chế: {title}", en="Regulation: {title}"),
    "agenda.number": Text(vi="Số: {number}", en="No.: {number}"),
    "agenda.article": Text(vi="Điều {number}. {title}", en="Article {number}. {title}"),
    "agenda.calendar": Text(
        vi="Lịch công việc theo Quy chế phối hợp", en="Coordination regulations: agenda"
    ),
    "agenda.kind.duty": Text(vi="Thời hạn nhiệm vụ", en="Duty deadline"),
    "agenda.kind.evaluation": Text(vi="Đánh giá hằng năm", en="Yearly evaluation"),
    "agenda.kind.review": Text(vi="Sơ kết", en="Review"),
    # A due date on a day off: the deadline ends on the next working day (BLDS 2015, Điều 148).
    "agenda.day_off": Text(
        vi="{day} ({holiday}; chuyển sang {moves_to})",
        en="{day} ({holiday}; moves to {moves_to})",
    ),
    "agenda.weekend": Text(vi="ngày nghỉ cuối tuần", en="weekend"),
    "agenda.day_off_text": Text(
        vi="Ngày {day} là ngày nghỉ ({holiday}): hạn chuyển sang ngày làm việc tiếp theo, {moves_to}.",
        en="{day} is a day off ({holiday}): the deadline moves to the next working day, {moves_to}.",
    ),
    "weekday.0": Text(vi="Thứ Hai", en="Monday"),
    "weekday.1": Text(vi="Thứ Ba", en="Tuesday"),
    "weekday.2": Text(vi="Thứ Tư", en="Wednesday"),
    "weekday.3": Text(vi="Thứ Năm", en="Thursday"),
    "weekday.4": Text(vi="Thứ Sáu", en="Friday"),
    "weekday.5": Text(vi="Thứ Bảy", en="Saturday"),
    "weekday.6": Text(vi="Chủ nhật", en="Sunday"),
}
