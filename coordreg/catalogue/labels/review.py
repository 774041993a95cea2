"""The words of the five-year review (Báo cáo sơ kết): sections, tables, prose placeholders."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "review.kind": Text(vi="BÁO CÁO", en="REPORT"),
    "review.title": Text(
        vi="Sơ kết {years} năm thực hiện {title} (giai đoạn {start} - {end})",
        en="Review of {years} years of the Regulation “{title}” ({start} to {end})",
    ),
    "review.title_interim": Text(
        vi="Sơ kết giữa kỳ thực hiện {title} (giai đoạn {start} - {end})",
        en="Interim review of the Regulation “{title}” ({start} to {end})",
    ),
    "review.situation_h": Text(vi="ĐẶC ĐIỂM TÌNH HÌNH", en="BACKGROUND"),
    "review.situation": Text(
        vi="{title}{number} được ký ngày {signed}, có hiệu lực từ ngày {effective}, gồm {chapters} chương, "
        "{articles} điều, quy định {duties} nhiệm vụ phối hợp cụ thể. Hằng năm {parties} luân phiên chủ trì "
        "đánh giá kết quả phối hợp.",
        en="The Regulation “{title}”{number} was signed on {signed} and took effect on {effective}. It has {chapters} "
        "chapters and {articles} articles and sets {duties} concrete coordination duties. Each year "
        "{parties} take turns hosting the evaluation of the coordination.",
    ),
    "review.amendments_h": Text(vi="Sửa đổi, bổ sung trong kỳ", en="Amendments during the period"),
    "review.amendments_none": Text(
        vi="Quy chế không được sửa đổi, bổ sung trong kỳ.",
        en="The Regulation was not amended during the period.",
    ),
    # An act that took effect during the period, and what it changed.
    "review.amendment": Text(vi="{act}: {summary}.", en="{act}: {summary}."),
    "review.change.articles_amended": Text(
        vi="sửa đổi {count} điều", en="articles amended: {count}"
    ),
    "review.change.articles_added": Text(vi="bổ sung {count} điều", en="articles added: {count}"),
    "review.change.articles_repealed": Text(
        vi="bãi bỏ {count} điều", en="articles repealed: {count}"
    ),
    "review.change.duties_added": Text(vi="bổ sung {count} nhiệm vụ", en="duties added: {count}"),
    "review.change.duties_repealed": Text(
        vi="bãi bỏ {count} nhiệm vụ", en="duties repealed: {count}"
    ),
    "review.change.duties_reassigned": Text(
        vi="giao lại {count} nhiệm vụ", en="duties reassigned: {count}"
    ),
    "review.change.duties_amended": Text(
        vi="sửa đổi {count} nhiệm vụ", en="duties amended: {count}"
    ),
    "review.change.other": Text(vi="{count} thay đổi khác", en="other changes: {count}"),
    "review.change.basis_of": Text(vi="là căn cứ của {acts}", en="the basis of {acts}"),
    "review.change.none": Text(
        vi="không thay đổi nội dung Quy chế", en="no change to the Regulation's text"
    ),
    "review.s1": Text(vi="I. KẾT QUẢ ĐẠT ĐƯỢC", en="I. RESULTS ACHIEVED"),
    "review.total": Text(
        vi="Trong giai đoạn {start} - {end}, {done}/{applicable} lượt nhiệm vụ được đánh giá đã hoàn thành "
        "(tỷ lệ {rate}); {in_progress} lượt đang thực hiện; {not_done} lượt chưa thực hiện; "
        "{not_applicable} lượt không áp dụng (không tính vào tỷ lệ).",
        en="From {start} to {end}, {done} of {applicable} evaluated duty-years were completed ({rate}); "
        "{in_progress} were in progress, {not_done} not done, and {not_applicable} did not apply "
        "(left out of the rate).",
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
    # The closing sentence, before "./." and the signatures.
    "review.closing": Text(vi="Trên đây là báo cáo {what}.", en="This concludes the {what}."),
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
    # Counted in a year's duties, shown in a column of its own, left out of the rate.
    "col.not_applicable": Text(vi="Không áp dụng", en="Not applicable"),
    "col.in_progress": Text(vi="Đang thực hiện", en="In progress"),
    "col.not_done": Text(vi="Chưa thực hiện", en="Not done"),
    "col.rate": Text(vi="Tỷ lệ", en="Rate"),
    "col.party": Text(vi="Bên", en="Party"),
    "col.article": Text(vi="Điều", en="Article"),
    "col.years": Text(vi="Các năm", en="Years"),
    "col.duty": Text(vi="Nhiệm vụ", en="Duty"),
    "col.note": Text(vi="Ghi chú", en="Note"),
    "missing_record": Text(vi="chưa có biên bản", en="no record"),
}
