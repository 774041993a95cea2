"""The sentences of the findings about who leads a duty, where it sits in its article, and
the results an each-party duty is given (CR310, CR311, CR613).

Real texts say "đồng chủ trì", "hai Bên", "mỗi Bên": a duty led by several bodies
(`coordreg.model.leads`). Part of `coordreg.catalogue.findings.MESSAGES`, `VARIANTS`
and `REASONS`.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

LEAD_MESSAGES: dict[str, Text] = {
    "CR310": Text(
        vi="'lead' là một danh sách nên không rõ các cơ quan cùng chủ trì hay mỗi cơ quan tự "
        "thực hiện: viết `lead: {{jointly: [{bodies}]}}` khi đồng chủ trì (một nhiệm vụ, một "
        "kết quả chung) hoặc `lead: {{each: [{bodies}]}}` khi mỗi Bên tự thực hiện (mỗi Bên "
        "một kết quả)",
        en="'lead' is a list, which does not say whether the bodies lead together or each on "
        "its own: write `lead: {{jointly: [{bodies}]}}` when they lead jointly (one duty, one "
        "result) or `lead: {{each: [{bodies}]}}` when each carries it out (a result per party)",
    ),
    "CR311": Text(
        vi="Điều {article} không có khoản {clause}: hãy sửa 'clause' của nhiệm vụ hoặc thêm "
        "khoản đó vào Điều",
        en="Article {article} has no clause {clause}: correct the duty's 'clause' or add the "
        "clause to the article",
    ),
    "CR613": Text(
        vi="nhiệm vụ '{duty}' không do mỗi Bên tự thực hiện (`lead: {{each: [...]}}`) nên chỉ "
        "có một kết quả: ghi 'status' thay cho 'by_party'",
        en="duty '{duty}' is not one each party carries out (`lead: {{each: [...]}}`), so it "
        "has one result: write 'status' instead of 'by_party'",
    ),
}

LEAD_VARIANTS: dict[tuple[str, str], Text] = {
    ("CR311", "point"): Text(
        vi="khoản {clause} Điều {article} không có điểm {point}: hãy sửa 'point' của nhiệm vụ "
        "hoặc thêm điểm đó vào khoản",
        en="clause {clause} of Article {article} has no point {point}: correct the duty's "
        "'point' or add the point to the clause",
    ),
    ("CR311", "point_alone"): Text(
        vi="nhiệm vụ ghi 'point' mà không ghi 'clause': điểm nào cũng thuộc một khoản",
        en="the duty gives 'point' without 'clause': every point belongs to a clause",
    ),
    ("CR613", "not_a_lead"): Text(
        vi="'{party}' không phải một trong các cơ quan thực hiện nhiệm vụ '{duty}' ({leads})",
        en="'{party}' is not one of the bodies that carry out duty '{duty}' ({leads})",
    ),
    ("CR613", "missing"): Text(
        vi="thiếu kết quả của '{party}' cho nhiệm vụ '{duty}': mỗi Bên một kết quả ({leads})",
        en="no result of '{party}' for duty '{duty}': each party has one ({leads})",
    ),
}

LEAD_REASONS: dict[str, Text] = {
    "repeated_lead": Text(
        vi="nêu '{body}' hai lần; mỗi cơ quan chỉ ghi một lần",
        en="names '{body}' twice; name each body once",
    ),
    "lead_list": Text(
        vi="phải là một mã, {{jointly: [...]}} hoặc {{each: [...]}}, không phải danh sách "
        "[{bodies}]",
        en="must be one id, {{jointly: [...]}} or {{each: [...]}}, not the list [{bodies}]",
    ),
}
