"""The words of the rendered documents, in Vietnamese (default) and English.

Templates hold structure; every sentence they print comes from here through
`t(key, **values)`, so the Markdown, HTML and Word forms of a document say the
same thing and a translation is made in one place. The regulation's own text is
never translated.
"""

from __future__ import annotations

from typing import Any

DOCUMENT_LANGS = ("vi", "en")

LABELS: dict[str, tuple[str, str]] = {
    # The national heading (Nghị định 30/2020/NĐ-CP)
    "nation": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIET NAM"),
    "motto": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "number": ("Số: {blank}/{code}-{issuers}", "No.: {blank}/{code}-{issuers}"),
    "place_date": ("{place}, ngày {blank} tháng {blank} năm {year}", "{place}, ..... {year}"),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "recipient_leaders": (
        "Lãnh đạo {parties} (để b/c);",
        "The leadership of {parties} (for reporting);",
    ),
    "recipient_units": (
        "Các cơ quan, đơn vị có tên tại Phụ lục;",
        "The bodies named in the Appendix;",
    ),
    "recipient_units_bodies": ("Các cơ quan, đơn vị thuộc {parties};", "The bodies of {parties};"),
    "recipient_archive": ("Lưu: VT.", "Archive."),
    "signature_for": ("ĐẠI DIỆN {party}", "FOR {party}"),
    "and": (" và ", " and "),
    "two_parties": ("hai bên", "the two parties"),
    "all_parties": ("các bên", "the parties"),
    # Schedules
    "continuous": ("Thường xuyên", "Ongoing"),
    "on_request": ("Khi có yêu cầu", "On request"),
    "once": ("{date}", "{date}"),
    "yearly": ("Hằng năm ({dates})", "Yearly ({dates})"),
    "half_yearly": ("6 tháng ({dates})", "Half-yearly ({dates})"),
    "quarterly": ("Hằng quý ({dates})", "Quarterly ({dates})"),
    "monthly": ("Hằng tháng, ngày {day}", "Monthly, on day {day}"),
    "carried_over": ("chuyển tiếp từ năm {year}", "carried over from {year}"),
    "during_year": ("Trong năm {year}", "During {year}"),
    "none": ("—", "—"),
    # The annual plan
    "plan.kind": ("KẾ HOẠCH", "PLAN"),
    "plan.title": ("Thực hiện {title} năm {year}", "Implementing the {title} in {year}"),
    "plan.basis": (
        "Căn cứ {title}{number} ký ngày {signed};",
        "Pursuant to the {title}{number}, signed on {signed};",
    ),
    "plan.intro": (
        "{parties} thống nhất ban hành Kế hoạch phối hợp năm {year} như sau:",
        "{parties} agree on the following coordination plan for {year}:",
    ),
    "plan.s1": ("I. MỤC ĐÍCH, YÊU CẦU", "I. PURPOSE AND REQUIREMENTS"),
    "plan.purpose_h": ("1. Mục đích", "1. Purpose"),
    "plan.purpose": (
        "Triển khai thực hiện đầy đủ, hiệu quả các nội dung phối hợp theo Quy chế trong năm {year}; "
        "nâng cao trách nhiệm của các cơ quan, đơn vị trong công tác phối hợp.",
        "To carry out fully and effectively the coordination the Regulation provides for in {year}, "
        "and to strengthen the responsibility of each body for it.",
    ),
    "plan.requirements_h": ("2. Yêu cầu", "2. Requirements"),
    "plan.requirements": (
        "Mỗi nhiệm vụ xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm; "
        "việc phối hợp bảo đảm chặt chẽ, thường xuyên, kịp thời, hiệu quả và đúng quy định về bảo vệ "
        "bí mật nhà nước.",
        "Each task names its lead body, its supporting bodies, its deadline and its output; "
        "coordination is to be close, regular, timely and effective, and to respect the rules on "
        "state secrets.",
    ),
    "plan.s2": ("II. NỘI DUNG", "II. TASKS"),
    "plan.tasks_intro": (
        "Trong năm {year}, các cơ quan, đơn vị tập trung thực hiện {count} nhiệm vụ sau "
        "(chi tiết tại Phụ lục kèm theo):",
        "In {year}, the bodies concerned carry out the following {count} tasks "
        "(detailed in the Appendix):",
    ),
    "plan.group": ("{index}. {title} (Điều {number})", "{index}. {title} (Article {number})"),
    "plan.task_line": ("Chủ trì: {lead}. Thời hạn: {when}.", "Lead: {lead}. Due: {when}."),
    "plan.due_line": ("Thời hạn: {when}.", "Due: {when}."),
    "plan.previous_note": ("Kết quả năm {year}: {note}", "Result in {year}: {note}"),
    "plan.previous_missing": (
        "Chưa có kết quả đánh giá năm {year}: các nhiệm vụ chưa hoàn thành năm {year} "
        "sẽ được bổ sung khi có kết quả.",
        "There is no evaluation record for {year} yet: tasks left unfinished in {year} "
        "will be added when it is recorded.",
    ),
    "plan.s3": ("III. TỔ CHỨC THỰC HIỆN", "III. IMPLEMENTATION"),
    "plan.host": (
        "{host} chủ trì tổ chức đánh giá kết quả thực hiện Quy chế năm {year} "
        "và thống nhất kế hoạch phối hợp năm {next_year}.",
        "{host} hosts the evaluation of the Regulation's implementation in {year} "
        "and the agreement of the coordination plan for {next_year}.",
    ),
    "plan.offices": (
        "{offices} là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả "
        "thực hiện Kế hoạch.",
        "{offices} are the standing bodies: they follow up, prompt and compile the results of this plan.",
    ),
    "plan.report_by": (
        "Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về cơ quan thường trực "
        "trước ngày {date}.",
        "The bodies assigned tasks report their results to the standing bodies before {date}.",
    ),
    "plan.difficulties": (
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
        "cơ quan thường trực để tổng hợp, báo cáo lãnh đạo {parties} xem xét, quyết định.",
        "Difficulties met along the way are reported to the standing bodies, which refer them to "
        "the leadership of {parties} for decision.",
    ),
    "plan.appendix": ("PHỤ LỤC", "APPENDIX"),
    "plan.appendix_title": (
        "DANH MỤC NHIỆM VỤ PHỐI HỢP NĂM {year}",
        "COORDINATION TASKS FOR {year}",
    ),
    "plan.appendix_ref": (
        "(Kèm theo Kế hoạch số {blank}/{code}-{issuers})",
        "(Annexed to Plan No. {blank}/{code}-{issuers})",
    ),
    "col.no": ("STT", "No."),
    "col.task": ("Nội dung công việc", "Task"),
    "col.lead": ("Cơ quan chủ trì", "Lead body"),
    "col.support": ("Cơ quan phối hợp", "Supporting bodies"),
    "col.when": ("Thời gian hoàn thành", "Deadline"),
    "col.output": ("Sản phẩm", "Output"),
    # The five-year review
    "review.kind": ("BÁO CÁO", "REPORT"),
    "review.title": (
        "Sơ kết {years} năm thực hiện {title} (giai đoạn {start} - {end})",
        "Review of {years} years of the {title} ({start} to {end})",
    ),
    "review.title_interim": (
        "Sơ kết giữa kỳ thực hiện {title} (giai đoạn {start} - {end})",
        "Interim review of the {title} ({start} to {end})",
    ),
    "review.situation_h": ("ĐẶC ĐIỂM TÌNH HÌNH", "BACKGROUND"),
    "review.situation": (
        "{title}{number} được ký ngày {signed}, có hiệu lực từ ngày {effective}, gồm {chapters} chương, "
        "{articles} điều, quy định {duties} nhiệm vụ phối hợp cụ thể. Hằng năm {parties} luân phiên chủ trì "
        "đánh giá kết quả phối hợp.",
        "The {title}{number} was signed on {signed} and took effect on {effective}. It has {chapters} "
        "chapters and {articles} articles and sets {duties} concrete coordination duties. Each year "
        "{parties} take turns hosting the evaluation of the coordination.",
    ),
    "review.amendments_h": ("Sửa đổi, bổ sung trong kỳ", "Amendments during the period"),
    "review.amendments_none": (
        "Quy chế không được sửa đổi, bổ sung trong kỳ.",
        "The Regulation was not amended during the period.",
    ),
    "review.amendment": ("{date}: {subject} ({summary})", "{date}: {subject} ({summary})"),
    "review.s1": ("I. KẾT QUẢ ĐẠT ĐƯỢC", "I. RESULTS ACHIEVED"),
    "review.total": (
        "Trong giai đoạn {start} - {end}, {done}/{applicable} lượt nhiệm vụ được đánh giá đã hoàn thành "
        "(tỷ lệ {rate}); {in_progress} lượt đang thực hiện; {not_done} lượt chưa thực hiện.",
        "From {start} to {end}, {done} of {applicable} evaluated duty-years were completed ({rate}); "
        "{in_progress} were in progress and {not_done} not done.",
    ),
    "review.by_year_h": ("1. Kết quả theo năm", "1. Results by year"),
    "review.by_party_h": ("2. Kết quả theo bên chủ trì", "2. Results by lead party"),
    "review.by_article_h": (
        "3. Kết quả theo nội dung phối hợp",
        "3. Results by area of coordination",
    ),
    "review.highlights_h": ("4. Một số kết quả nổi bật", "4. Notable results"),
    "review.missing": (
        "Chưa có kết quả đánh giá năm {years}; số liệu chưa có không được tính vào tỷ lệ chung.",
        "No evaluation record for: {years}. Those years are not included in the overall rates.",
    ),
    "review.chart_title": ("Tỷ lệ hoàn thành theo năm", "Completion rate by year"),
    "review.s2": ("II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", "II. SHORTCOMINGS AND THEIR CAUSES"),
    "review.repeated_h": (
        "1. Nhiệm vụ chưa thực hiện từ hai năm trở lên",
        "1. Duties not done in two or more years",
    ),
    "review.never_h": ("2. Nhiệm vụ chưa từng được đánh giá", "2. Duties never evaluated"),
    "review.shortfalls_h": (
        "3. Nhiệm vụ chưa hoàn thành và nguyên nhân",
        "3. Unfinished duties and why",
    ),
    "review.none": ("Không có.", "None."),
    "review.s3": ("III. BÀI HỌC KINH NGHIỆM", "III. LESSONS LEARNED"),
    "review.s4": ("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", "IV. DIRECTION AND TASKS AHEAD"),
    "review.direction": (
        "Tiếp tục thực hiện các nhiệm vụ thường xuyên theo Quy chế; ưu tiên hoàn thành {count} nhiệm vụ "
        "còn tồn đọng nêu tại mục II.",
        "Carry on the Regulation's ongoing duties, giving priority to the {count} outstanding duties "
        "listed in section II.",
    ),
    "review.s5": ("V. ĐỀ XUẤT, KIẾN NGHỊ", "V. PROPOSALS"),
    "review.proposal": (
        "Xem xét sửa đổi, bổ sung Quy chế đối với các nhiệm vụ nhiều năm chưa thực hiện được.",
        "Consider amending the Regulation where duties have gone undone for several years.",
    ),
    "review.prose": (
        "[Phần dành cho cơ quan thường trực: {what}]",
        "[For the standing office to write: {what}]",
    ),
    "review.prose_situation": (
        "bối cảnh, tình hình chung của giai đoạn",
        "the context of the period",
    ),
    "review.prose_results": ("đánh giá chung về kết quả", "an overall assessment of the results"),
    "review.prose_causes": ("nguyên nhân khách quan, chủ quan", "objective and subjective causes"),
    "review.prose_lessons": ("bài học kinh nghiệm rút ra", "the lessons learned"),
    "review.prose_direction": (
        "phương hướng, nhiệm vụ giai đoạn tới",
        "direction for the next period",
    ),
    "review.prose_proposals": ("đề xuất, kiến nghị cụ thể", "specific proposals"),
    "col.year": ("Năm", "Year"),
    "col.host": ("Bên chủ trì đánh giá", "Host"),
    "col.held": ("Ngày tổ chức", "Held on"),
    "col.due": ("Nhiệm vụ", "Duties"),
    # A duty counted once per year it was due: 38 duties over 3 years are ~100 of these.
    "col.duty_years": ("Lượt nhiệm vụ", "Duty-years"),
    "status.not_done": ("chưa thực hiện", "not done"),
    "status.in_progress": ("đang thực hiện", "in progress"),
    "review.outstanding_item": (
        "{text} ({article}; năm {year}: {status})",
        "{text} ({article}; {year}: {status})",
    ),
    "col.done": ("Hoàn thành", "Done"),
    "col.in_progress": ("Đang thực hiện", "In progress"),
    "col.not_done": ("Chưa thực hiện", "Not done"),
    "col.rate": ("Tỷ lệ", "Rate"),
    "col.party": ("Bên", "Party"),
    "col.article": ("Điều", "Article"),
    "col.years": ("Các năm", "Years"),
    "col.duty": ("Nhiệm vụ", "Duty"),
    "col.note": ("Ghi chú", "Note"),
    "missing_record": ("chưa có biên bản", "no record"),
    # `coordreg transfer`
    "transfer.would_move": (
        "{count} nhiệm vụ sẽ được bàn giao trong {files} tệp; chạy lại với --write để ghi.",
        "{count} duties would move in {files} file(s); run again with --write to apply.",
    ),
    "transfer.moved": (
        "Đã bàn giao {count} nhiệm vụ; đã ghi {files}.",
        "{count} duties moved; wrote {files}.",
    ),
    "transfer.nothing_written": (
        "Không có nhiệm vụ nào được bàn giao; không ghi tệp nào.",
        "0 duties moved; wrote nothing.",
    ),
    "transfer.text_names": (
        "Lưu ý: nội dung nhiệm vụ '{duty}' vẫn nêu tên {body}; cần sửa văn bản cho phù hợp.",
        "Note: the text of duty '{duty}' still names {body}; amend the text to match.",
    ),
    # The handover minute (biên bản bàn giao)
    "minutes.kind": ("BIÊN BẢN", "MINUTES"),
    "minutes.title": (
        "Bàn giao nhiệm vụ phối hợp từ {source} sang {target}",
        "Handover of coordination duties from {source} to {target}",
    ),
    "minutes.opening": (
        "Hôm nay, ngày {blank} tháng {blank} năm {year}, tại {place}, chúng tôi gồm:",
        "On ..... {year}, at {place}, the undersigned:",
    ),
    "minutes.giver": ("BÊN GIAO: {body}", "HANDING OVER: {body}"),
    "minutes.receiver": ("BÊN NHẬN: {body}", "TAKING OVER: {body}"),
    "minutes.representative": (
        "Đại diện: {blank}, chức vụ: {blank}",
        "Represented by: {blank}, position: {blank}",
    ),
    "minutes.effective": (
        "Hai bên thống nhất bàn giao {count} nhiệm vụ phối hợp dưới đây, có hiệu lực từ ngày {date}:",
        "The two sides agree to hand over the {count} coordination duties below, from {date}:",
    ),
    "minutes.effective_open": (
        "Hai bên thống nhất bàn giao {count} nhiệm vụ phối hợp dưới đây:",
        "The two sides agree to hand over the {count} coordination duties below:",
    ),
    "minutes.from_then": (
        "Kể từ ngày {date}, {target} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
        "{source} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn.",
        "From {date}, {target} is responsible for the duties above; {source} hands over "
        "every related file and document, so that the work goes on without a break.",
    ),
    "minutes.from_signing": (
        "Kể từ ngày ký Biên bản này, {target} chịu trách nhiệm thực hiện các nhiệm vụ nêu trên; "
        "{source} bàn giao đầy đủ hồ sơ, tài liệu có liên quan, bảo đảm không gián đoạn.",
        "From the signing of these minutes, {target} is responsible for the duties above; "
        "{source} hands over every related file and document, so that the work goes on without a break.",
    ),
    "minutes.copies": (
        "Biên bản được lập thành 04 bản có giá trị như nhau, mỗi bên giữ 02 bản.",
        "These minutes are made in 4 copies of equal value; each side keeps 2.",
    ),
    "minutes.sign_giver": ("ĐẠI DIỆN BÊN GIAO", "FOR THE HANDING-OVER SIDE"),
    "minutes.sign_receiver": ("ĐẠI DIỆN BÊN NHẬN", "FOR THE TAKING-OVER SIDE"),
    "col.regulation": ("Quy chế", "Regulation"),
    "col.role": ("Vai trò", "Role"),
    "col.schedule": ("Thời gian thực hiện", "Schedule"),
    "role.lead": ("Chủ trì", "Lead"),
    "role.support": ("Phối hợp", "Support"),
    "role.support_lapses": (
        "Phối hợp (chấm dứt: bên nhận đã tham gia nhiệm vụ)",
        "Support (ends: the receiving side already takes part)",
    ),
    "minutes.basis": (
        "Căn cứ {title}{number} ký ngày {signed};",
        "Pursuant to the {title}{number}, signed on {signed};",
    ),
    "minutes.body_of": ("{body} ({party})", "{body} ({party})"),
    # The regulation's own text (`coordreg text`): the words around the text, never the text
    "text.kind": ("QUY CHẾ", "REGULATION"),
    "text.number": ("Số: {number}", "No.: {number}"),
    "text.place_date": (
        "{place}, ngày {day} tháng {month} năm {year}",
        "{place}, {date}",
    ),
    "text.chapter": ("Chương {number}", "Chapter {number}"),
    "text.article": ("Điều {number}. {title}", "Article {number}. {title}"),
    "text.appendix_title": ("DANH MỤC NỘI DUNG CÔNG VIỆC", "LIST OF COORDINATION DUTIES"),
    "text.appendix_ref": ("(Kèm theo Quy chế số {number})", "(Annexed to Regulation No. {number})"),
    # Comparing versions
    "diff.summary": ("{old} → {new}: {count} thay đổi", "{old} → {new}: {count} changes"),
    "diff.none": ("{old} → {new}: không có thay đổi", "{old} → {new}: no changes"),
    "diff.regulation": ("Quy chế", "Regulation"),
    "diff.bodies": ("Các bên và đơn vị", "Parties and units"),
    "diff.place": ("Chương {chapter}, Điều {article}", "Chapter {chapter}, Article {article}"),
    "diff.chapter": ("Chương {chapter}", "Chapter {chapter}"),
    "diff.col.article": ("Điều", "Article"),
    "diff.col.old": ("Nội dung cũ", "Old text"),
    "diff.col.new": ("Nội dung mới", "New text"),
    "diff.col.change": ("Thay đổi", "Change"),
    "diff.title": ("BẢNG SO SÁNH", "COMPARISON TABLE"),
    "diff.lead": ("chủ trì", "lead"),
    "diff.support": ("phối hợp", "support"),
    "kind.added": ("bổ sung", "added"),
    "kind.removed": ("bãi bỏ", "removed"),
    "kind.renumbered": ("đánh số lại", "renumbered"),
    "kind.moved": ("chuyển vị trí", "moved"),
    "kind.amended": ("sửa đổi", "amended"),
    "kind.reassigned": ("giao lại", "reassigned"),
    "kind.rescheduled": ("đổi thời hạn", "rescheduled"),
    "kind.renamed": ("đổi tên", "renamed"),
    "kind.metadata": ("thông tin chung", "metadata"),
    "target.regulation": ("quy chế", "regulation"),
    "target.party": ("bên", "party"),
    "target.unit": ("đơn vị", "unit"),
    "target.chapter": ("chương", "chapter"),
    "target.article": ("điều", "article"),
    "target.clause": ("khoản", "clause"),
    "target.point": ("điểm", "point"),
    "target.duty": ("nhiệm vụ", "duty"),
    # The agenda (`coordreg agenda`): text, and the iCalendar summaries and descriptions
    "agenda.title": ("LỊCH CÔNG VIỆC TỪ {start} ĐẾN {end}", "AGENDA FROM {start} TO {end}"),
    "agenda.party": ("Bên: {name} ({id})", "Body: {name} ({id})"),
    "agenda.counts": (
        "Số việc: {count}; số quy chế: {regulations}.",
        "Events: {count}; regulations: {regulations}.",
    ),
    "agenda.skipped": (
        "Bỏ qua quy chế có lỗi (xem coordreg check): {files}",
        "Skipped for errors (see coordreg check): {files}",
    ),
    "agenda.empty": (
        "Không có việc nào đến hạn trong thời gian này.",
        "Nothing falls due in this period.",
    ),
    "agenda.day": ("{weekday}, {date}", "{weekday} {date}"),
    "agenda.duty_head": (
        "[{regulation}, Điều {article}] {text}",
        "[{regulation}, Article {article}] {text}",
    ),
    "agenda.event_head": ("[{regulation}] {text}", "[{regulation}] {text}"),
    "agenda.evaluation": (
        "Đánh giá kết quả thực hiện Quy chế năm {year}",
        "Evaluation of the Regulation's implementation in {year}",
    ),
    "agenda.evaluation_summary": (
        "[{regulation}] Đánh giá năm {year} ({host} chủ trì)",
        "[{regulation}] Evaluation of {year} (host: {host})",
    ),
    "agenda.review": (
        "Sơ kết {years} năm thực hiện Quy chế (giai đoạn {start} - {end})",
        "Review of {years} years of the Regulation ({start} to {end})",
    ),
    "agenda.review_text": (
        "Các bên tổ chức sơ kết {years} năm thực hiện Quy chế, giai đoạn {start} - {end}.",
        "The parties review {years} years of the Regulation, {start} to {end}.",
    ),
    "agenda.duty_summary": (
        "[{regulation}] {text} (chủ trì: {lead})",
        "[{regulation}] {text} (lead: {lead})",
    ),
    "agenda.lead": ("Chủ trì: {names}", "Lead: {names}"),
    "agenda.support": ("Phối hợp: {names}", "Support: {names}"),
    "agenda.parties": ("Các bên: {names}", "Parties: {names}"),
    "agenda.deliverable": ("Sản phẩm: {text}", "Output: {text}"),
    "agenda.schedule": ("Định kỳ: {when}", "Recurs: {when}"),
    "agenda.ends": ("Quy chế hết hiệu lực sau ngày {date}.", "The Regulation ends after {date}."),
    "agenda.regulation": ("Quy chế: {title}", "Regulation: {title}"),
    "agenda.number": ("Số: {number}", "No.: {number}"),
    "agenda.article": ("Điều {number}. {title}", "Article {number}. {title}"),
    "agenda.calendar": ("Lịch công việc theo Quy chế phối hợp", "Coordination regulations: agenda"),
    "agenda.kind.duty": ("Thời hạn nhiệm vụ", "Duty deadline"),
    "agenda.kind.evaluation": ("Đánh giá hằng năm", "Yearly evaluation"),
    "agenda.kind.review": ("Sơ kết", "Review"),
    "weekday.0": ("Thứ Hai", "Monday"),
    "weekday.1": ("Thứ Ba", "Tuesday"),
    "weekday.2": ("Thứ Tư", "Wednesday"),
    "weekday.3": ("Thứ Năm", "Thursday"),
    "weekday.4": ("Thứ Sáu", "Friday"),
    "weekday.5": ("Thứ Bảy", "Saturday"),
    "weekday.6": ("Chủ nhật", "Sunday"),
}


class Labels:
    """`t(key, **values)` for one language: the callable templates receive."""

    def __init__(self, lang: str = "vi") -> None:
        if lang not in DOCUMENT_LANGS:
            raise ValueError(f"unknown document language {lang!r}")
        self.lang = lang

    def __call__(self, key: str, **values: Any) -> str:
        vietnamese, english = LABELS[key]
        return (vietnamese if self.lang == "vi" else english).format(**values)
