"""The words of the rendered documents, in Vietnamese (default) and English.

Templates hold structure; every sentence they print comes from here through
`t(key, **values)`, so the Markdown, HTML and Word forms of a document say the
same thing and a translation is made in one place. The regulation's own text is
never translated.
"""

from __future__ import annotations

from typing import Any

from coordreg.catalogue.text import LANGS, Text, pick

LABELS: dict[str, Text] = {
    # The national heading (Nghị định 30/2020/NĐ-CP)
    "nation": Text(vi="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en="SOCIALIST REPUBLIC OF VIET NAM"),
    "motto": Text(vi="Độc lập - Tự do - Hạnh phúc", en="Independence - Freedom - Happiness"),
    "number": Text(vi="Số: {blank}/{code}-{issuers}", en="No.: {blank}/{code}-{issuers}"),
    "place_date": Text(
        vi="{place}, ngày {blank} tháng {blank} năm {year}", en="{place}, ..... {year}"
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
    "recipient_archive": Text(vi="Lưu: VT.", en="Archive."),
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
    # The annual plan
    "plan.kind": Text(vi="KẾ HOẠCH", en="PLAN"),
    "plan.title": Text(vi="Thực hiện {title} năm {year}", en="Implementing the {title} in {year}"),
    "plan.basis": Text(
        vi="Căn cứ {title}{number} ký ngày {signed};",
        en="Pursuant to the {title}{number}, signed on {signed};",
    ),
    "plan.intro": Text(
        vi="{parties} thống nhất ban hành Kế hoạch phối hợp năm {year} như sau:",
        en="{parties} agree on the following coordination plan for {year}:",
    ),
    "plan.s1": Text(vi="I. MỤC ĐÍCH, YÊU CẦU", en="I. PURPOSE AND REQUIREMENTS"),
    "plan.purpose_h": Text(vi="1. Mục đích", en="1. Purpose"),
    "plan.purpose": Text(
        vi="Triển khai thực hiện đầy đủ, hiệu quả các nội dung phối hợp theo Quy chế trong năm {year}; "
        "nâng cao trách nhiệm của các cơ quan, đơn vị trong công tác phối hợp.",
        en="To carry out fully and effectively the coordination the Regulation provides for in {year}, "
        "and to strengthen the responsibility of each body for it.",
    ),
    "plan.requirements_h": Text(vi="2. Yêu cầu", en="2. Requirements"),
    "plan.requirements": Text(
        vi="Mỗi nhiệm vụ xác định rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành và sản phẩm; "
        "việc phối hợp bảo đảm chặt chẽ, thường xuyên, kịp thời, hiệu quả và đúng quy định về bảo vệ "
        "bí mật nhà nước.",
        en="Each task names its lead body, its supporting bodies, its deadline and its output; "
        "coordination is to be close, regular, timely and effective, and to respect the rules on "
        "state secrets.",
    ),
    "plan.s2": Text(vi="II. NỘI DUNG", en="II. TASKS"),
    "plan.tasks_intro": Text(
        vi="Trong năm {year}, các cơ quan, đơn vị tập trung thực hiện {count} nhiệm vụ sau "
        "(chi tiết tại Phụ lục kèm theo):",
        en="In {year}, the bodies concerned carry out the following {count} tasks "
        "(detailed in the Appendix):",
    ),
    "plan.group": Text(
        vi="{index}. {title} (Điều {number})", en="{index}. {title} (Article {number})"
    ),
    "plan.task_line": Text(
        vi="Chủ trì: {lead}. Thời hạn: {when}.", en="Lead: {lead}. Due: {when}."
    ),
    "plan.due_line": Text(vi="Thời hạn: {when}.", en="Due: {when}."),
    "plan.previous_note": Text(vi="Kết quả năm {year}: {note}", en="Result in {year}: {note}"),
    "plan.previous_missing": Text(
        vi="Chưa có kết quả đánh giá năm {year}: các nhiệm vụ chưa hoàn thành năm {year} "
        "sẽ được bổ sung khi có kết quả.",
        en="There is no evaluation record for {year} yet: tasks left unfinished in {year} "
        "will be added when it is recorded.",
    ),
    "plan.s3": Text(vi="III. TỔ CHỨC THỰC HIỆN", en="III. IMPLEMENTATION"),
    "plan.host": Text(
        vi="{host} chủ trì tổ chức đánh giá kết quả thực hiện Quy chế năm {year} "
        "và thống nhất kế hoạch phối hợp năm {next_year}.",
        en="{host} hosts the evaluation of the Regulation's implementation in {year} "
        "and the agreement of the coordination plan for {next_year}.",
    ),
    "plan.offices": Text(
        vi="{offices} là cơ quan thường trực, có trách nhiệm theo dõi, đôn đốc, tổng hợp kết quả "
        "thực hiện Kế hoạch.",
        en="{offices} are the standing bodies: they follow up, prompt and compile the results of this plan.",
    ),
    "plan.report_by": Text(
        vi="Các cơ quan, đơn vị được giao nhiệm vụ báo cáo kết quả thực hiện về cơ quan thường trực "
        "trước ngày {date}.",
        en="The bodies assigned tasks report their results to the standing bodies before {date}.",
    ),
    "plan.difficulties": Text(
        vi="Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
        "cơ quan thường trực để tổng hợp, báo cáo lãnh đạo {parties} xem xét, quyết định.",
        en="Difficulties met along the way are reported to the standing bodies, which refer them to "
        "the leadership of {parties} for decision.",
    ),
    "plan.appendix": Text(vi="PHỤ LỤC", en="APPENDIX"),
    "plan.appendix_title": Text(
        vi="DANH MỤC NHIỆM VỤ PHỐI HỢP NĂM {year}", en="COORDINATION TASKS FOR {year}"
    ),
    "plan.appendix_ref": Text(
        vi="(Kèm theo Kế hoạch số {blank}/{code}-{issuers})",
        en="(Annexed to Plan No. {blank}/{code}-{issuers})",
    ),
    "col.no": Text(vi="STT", en="No."),
    "col.task": Text(vi="Nội dung công việc", en="Task"),
    "col.lead": Text(vi="Cơ quan chủ trì", en="Lead body"),
    "col.support": Text(vi="Cơ quan phối hợp", en="Supporting bodies"),
    "col.when": Text(vi="Thời gian hoàn thành", en="Deadline"),
    "col.output": Text(vi="Sản phẩm", en="Output"),
    # The five-year review
    "review.kind": Text(vi="BÁO CÁO", en="REPORT"),
    "review.title": Text(
        vi="Sơ kết {years} năm thực hiện {title} (giai đoạn {start} - {end})",
        en="Review of {years} years of the {title} ({start} to {end})",
    ),
    "review.title_interim": Text(
        vi="Sơ kết giữa kỳ thực hiện {title} (giai đoạn {start} - {end})",
        en="Interim review of the {title} ({start} to {end})",
    ),
    "review.situation_h": Text(vi="ĐẶC ĐIỂM TÌNH HÌNH", en="BACKGROUND"),
    "review.situation": Text(
        vi="{title}{number} được ký ngày {signed}, có hiệu lực từ ngày {effective}, gồm {chapters} chương, "
        "{articles} điều, quy định {duties} nhiệm vụ phối hợp cụ thể. Hằng năm {parties} luân phiên chủ trì "
        "đánh giá kết quả phối hợp.",
        en="The {title}{number} was signed on {signed} and took effect on {effective}. It has {chapters} "
        "chapters and {articles} articles and sets {duties} concrete coordination duties. Each year "
        "{parties} take turns hosting the evaluation of the coordination.",
    ),
    "review.amendments_h": Text(vi="Sửa đổi, bổ sung trong kỳ", en="Amendments during the period"),
    "review.amendments_none": Text(
        vi="Quy chế không được sửa đổi, bổ sung trong kỳ.",
        en="The Regulation was not amended during the period.",
    ),
    "review.amendment": Text(
        vi="{date}: {subject} ({summary})", en="{date}: {subject} ({summary})"
    ),
    "review.s1": Text(vi="I. KẾT QUẢ ĐẠT ĐƯỢC", en="I. RESULTS ACHIEVED"),
    "review.total": Text(
        vi="Trong giai đoạn {start} - {end}, {done}/{applicable} lượt nhiệm vụ được đánh giá đã hoàn thành "
        "(tỷ lệ {rate}); {in_progress} lượt đang thực hiện; {not_done} lượt chưa thực hiện.",
        en="From {start} to {end}, {done} of {applicable} evaluated duty-years were completed ({rate}); "
        "{in_progress} were in progress and {not_done} not done.",
    ),
    "review.by_year_h": Text(vi="1. Kết quả theo năm", en="1. Results by year"),
    "review.by_party_h": Text(vi="2. Kết quả theo bên chủ trì", en="2. Results by lead party"),
    "review.by_article_h": Text(
        vi="3. Kết quả theo nội dung phối hợp", en="3. Results by area of coordination"
    ),
    "review.highlights_h": Text(vi="4. Một số kết quả nổi bật", en="4. Notable results"),
    "review.missing": Text(
        vi="Chưa có kết quả đánh giá năm {years}; số liệu chưa có không được tính vào tỷ lệ chung.",
        en="No evaluation record for: {years}. Those years are not included in the overall rates.",
    ),
    "review.chart_title": Text(vi="Tỷ lệ hoàn thành theo năm", en="Completion rate by year"),
    "review.s2": Text(
        vi="II. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN", en="II. SHORTCOMINGS AND THEIR CAUSES"
    ),
    "review.repeated_h": Text(
        vi="1. Nhiệm vụ chưa thực hiện từ hai năm trở lên",
        en="1. Duties not done in two or more years",
    ),
    "review.never_h": Text(
        vi="2. Nhiệm vụ chưa từng được đánh giá", en="2. Duties never evaluated"
    ),
    "review.shortfalls_h": Text(
        vi="3. Nhiệm vụ chưa hoàn thành và nguyên nhân", en="3. Unfinished duties and why"
    ),
    "review.none": Text(vi="Không có.", en="None."),
    "review.s3": Text(vi="III. BÀI HỌC KINH NGHIỆM", en="III. LESSONS LEARNED"),
    "review.s4": Text(vi="IV. PHƯƠNG HƯỚNG, NHIỆM VỤ", en="IV. DIRECTION AND TASKS AHEAD"),
    "review.direction": Text(
        vi="Tiếp tục thực hiện các nhiệm vụ thường xuyên theo Quy chế; ưu tiên hoàn thành {count} nhiệm vụ "
        "còn tồn đọng nêu tại mục II.",
        en="Carry on the Regulation's ongoing duties, giving priority to the {count} outstanding duties "
        "listed in section II.",
    ),
    "review.s5": Text(vi="V. ĐỀ XUẤT, KIẾN NGHỊ", en="V. PROPOSALS"),
    "review.proposal": Text(
        vi="Xem xét sửa đổi, bổ sung Quy chế đối với các nhiệm vụ nhiều năm chưa thực hiện được.",
        en="Consider amending the Regulation where duties have gone undone for several years.",
    ),
    "review.prose": Text(
        vi="[Phần dành cho cơ quan thường trực: {what}]",
        en="[For the standing office to write: {what}]",
    ),
    "review.prose_situation": Text(
        vi="bối cảnh, tình hình chung của giai đoạn", en="the context of the period"
    ),
    "review.prose_results": Text(
        vi="đánh giá chung về kết quả", en="an overall assessment of the results"
    ),
    "review.prose_causes": Text(
        vi="nguyên nhân khách quan, chủ quan", en="objective and subjective causes"
    ),
    "review.prose_lessons": Text(vi="bài học kinh nghiệm rút ra", en="the lessons learned"),
    "review.prose_direction": Text(
        vi="phương hướng, nhiệm vụ giai đoạn tới", en="direction for the next period"
    ),
    "review.prose_proposals": Text(vi="đề xuất, kiến nghị cụ thể", en="specific proposals"),
    "col.year": Text(vi="Năm", en="Year"),
    "col.host": Text(vi="Bên chủ trì đánh giá", en="Host"),
    "col.held": Text(vi="Ngày tổ chức", en="Held on"),
    "col.due": Text(vi="Nhiệm vụ", en="Duties"),
    # A duty counted once per year it was due: 38 duties over 3 years are ~100 of these.
    "col.duty_years": Text(vi="Lượt nhiệm vụ", en="Duty-years"),
    "status.not_done": Text(vi="chưa thực hiện", en="not done"),
    "status.in_progress": Text(vi="đang thực hiện", en="in progress"),
    "review.outstanding_item": Text(
        vi="{text} ({article}; năm {year}: {status})", en="{text} ({article}; {year}: {status})"
    ),
    "col.done": Text(vi="Hoàn thành", en="Done"),
    "col.in_progress": Text(vi="Đang thực hiện", en="In progress"),
    "col.not_done": Text(vi="Chưa thực hiện", en="Not done"),
    "col.rate": Text(vi="Tỷ lệ", en="Rate"),
    "col.party": Text(vi="Bên", en="Party"),
    "col.article": Text(vi="Điều", en="Article"),
    "col.years": Text(vi="Các năm", en="Years"),
    "col.duty": Text(vi="Nhiệm vụ", en="Duty"),
    "col.note": Text(vi="Ghi chú", en="Note"),
    "missing_record": Text(vi="chưa có biên bản", en="no record"),
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
    # The handover minute (biên bản bàn giao)
    "minutes.kind": Text(vi="BIÊN BẢN", en="MINUTES"),
    "minutes.title": Text(
        vi="Bàn giao nhiệm vụ phối hợp từ {source} sang {target}",
        en="Handover of coordination duties from {source} to {target}",
    ),
    "minutes.opening": Text(
        vi="Hôm nay, ngày {blank} tháng {blank} năm {year}, tại {place}, chúng tôi gồm:",
        en="On ..... {year}, at {place}, the undersigned:",
    ),
    "minutes.giver": Text(vi="BÊN GIAO: {body}", en="HANDING OVER: {body}"),
    "minutes.receiver": Text(vi="BÊN NHẬN: {body}", en="TAKING OVER: {body}"),
    "minutes.representative": Text(
        vi="Đại diện: {blank}, chức vụ: {blank}", en="Represented by: {blank}, position: {blank}"
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
        en="Pursuant to the {title}{number}, signed on {signed};",
    ),
    "minutes.body_of": Text(vi="{body} ({party})", en="{body} ({party})"),
    # The regulation's own text (`coordreg text`): the words around the text, never the text
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
    # Comparing versions
    "diff.summary": Text(vi="{old} → {new}: {count} thay đổi", en="{old} → {new}: {count} changes"),
    "diff.none": Text(vi="{old} → {new}: không có thay đổi", en="{old} → {new}: no changes"),
    "diff.regulation": Text(vi="Quy chế", en="Regulation"),
    "diff.bodies": Text(vi="Các bên và đơn vị", en="Parties and units"),
    "diff.place": Text(
        vi="Chương {chapter}, Điều {article}", en="Chapter {chapter}, Article {article}"
    ),
    "diff.chapter": Text(vi="Chương {chapter}", en="Chapter {chapter}"),
    "diff.col.article": Text(vi="Điều", en="Article"),
    "diff.col.old": Text(vi="Nội dung cũ", en="Old text"),
    "diff.col.new": Text(vi="Nội dung mới", en="New text"),
    "diff.col.change": Text(vi="Thay đổi", en="Change"),
    "diff.title": Text(vi="BẢNG SO SÁNH", en="COMPARISON TABLE"),
    "diff.lead": Text(vi="chủ trì", en="lead"),
    "diff.support": Text(vi="phối hợp", en="support"),
    "kind.added": Text(vi="bổ sung", en="added"),
    "kind.removed": Text(vi="bãi bỏ", en="removed"),
    "kind.renumbered": Text(vi="đánh số lại", en="renumbered"),
    "kind.moved": Text(vi="chuyển vị trí", en="moved"),
    "kind.amended": Text(vi="sửa đổi", en="amended"),
    "kind.reassigned": Text(vi="giao lại", en="reassigned"),
    "kind.rescheduled": Text(vi="đổi thời hạn", en="rescheduled"),
    "kind.renamed": Text(vi="đổi tên", en="renamed"),
    "kind.metadata": Text(vi="thông tin chung", en="metadata"),
    "target.regulation": Text(vi="quy chế", en="regulation"),
    "target.party": Text(vi="bên", en="party"),
    "target.unit": Text(vi="đơn vị", en="unit"),
    "target.chapter": Text(vi="chương", en="chapter"),
    "target.article": Text(vi="điều", en="article"),
    "target.clause": Text(vi="khoản", en="clause"),
    "target.point": Text(vi="điểm", en="point"),
    "target.duty": Text(vi="nhiệm vụ", en="duty"),
    # The agenda (`coordreg agenda`): text, and the iCalendar summaries and descriptions
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
    "agenda.duty_head": Text(
        vi="[{regulation}, Điều {article}] {text}", en="[{regulation}, Article {article}] {text}"
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
    "weekday.0": Text(vi="Thứ Hai", en="Monday"),
    "weekday.1": Text(vi="Thứ Ba", en="Tuesday"),
    "weekday.2": Text(vi="Thứ Tư", en="Wednesday"),
    "weekday.3": Text(vi="Thứ Năm", en="Thursday"),
    "weekday.4": Text(vi="Thứ Sáu", en="Friday"),
    "weekday.5": Text(vi="Thứ Bảy", en="Saturday"),
    "weekday.6": Text(vi="Chủ nhật", en="Sunday"),
}


class Labels:
    """`t(key, **values)` for one language: the callable templates receive."""

    def __init__(self, lang: str = "vi") -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown document language {lang!r}")
        self.lang = lang

    def __call__(self, key: str, **values: Any) -> str:
        return pick(LABELS[key], self.lang).format(**values)
