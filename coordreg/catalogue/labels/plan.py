"""The words of the yearly plan (Kế hoạch) and its appendix of tasks."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "plan.kind": Text(vi="KẾ HOẠCH", en="PLAN"),
    "plan.title": Text(
        vi="Thực hiện {title} năm {year}", en="Implementing the Regulation “{title}” in {year}"
    ),
    "plan.basis": Text(
        vi="Căn cứ {title}{number} ký ngày {signed};",
        en="Pursuant to the Regulation “{title}”{number}, signed on {signed};",
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
    # With tasks carried over that do not fall in the year: how many are the year's own,
    # the count the review gives for the year.
    "plan.tasks_intro_carried": Text(
        vi="Trong năm {year}, các cơ quan, đơn vị tập trung thực hiện {count} nhiệm vụ sau, gồm "
        "{own} nhiệm vụ của năm {year} và {carried} nhiệm vụ năm {previous} chuyển sang "
        "(chi tiết tại Phụ lục kèm theo):",
        en="In {year}, the bodies concerned carry out the following {count} tasks: {own} tasks "
        "of {year} and {carried} carried over from {previous} (detailed in the Appendix):",
    ),
    "plan.group": Text(
        vi="{index}. {title} (Điều {number})", en="{index}. {title} (Article {number})"
    ),
    "plan.task_line": Text(
        vi="Chủ trì: {lead}. Thời hạn: {when}.", en="Lead: {lead}. Due: {when}."
    ),
    "plan.due_line": Text(vi="Thời hạn: {when}.", en="Due: {when}."),
    # After the task line of a duty that names its clause: where in the article it is.
    "plan.task_place": Text(vi="Theo {place}.", en="Under {place}."),
    # A task whose version covers part of the year only (a handover, an amendment).
    "plan.with_stretch": Text(vi="{when}, {stretch}", en="{when}, {stretch}"),
    "plan.from": Text(vi="từ {date}", en="from {date}"),
    "plan.until": Text(vi="đến {date}", en="until {date}"),
    "plan.between": Text(vi="từ {first} đến {last}", en="from {first} until {last}"),
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
    "plan.appendix": Text(vi="Phụ lục", en="Appendix"),
    "plan.appendix_title": Text(
        vi="DANH MỤC NHIỆM VỤ PHỐI HỢP NĂM {year}", en="COORDINATION TASKS FOR {year}"
    ),
    "plan.appendix_ref": Text(
        vi="(Kèm theo Kế hoạch số {blank}/{code}-{issuers} ngày {blank} tháng {blank} năm {year} "
        "của {parties})",
        en="(Annexed to Plan No. {blank}/{code}-{issuers} of ..... {year} of {parties})",
    ),
    "col.no": Text(vi="STT", en="No."),
    "col.task": Text(vi="Nội dung công việc", en="Task"),
    "col.lead": Text(vi="Cơ quan chủ trì", en="Lead body"),
    "col.support": Text(vi="Cơ quan phối hợp", en="Supporting bodies"),
    "col.when": Text(vi="Thời gian hoàn thành", en="Deadline"),
    "col.output": Text(vi="Sản phẩm", en="Output"),
}
