"""The meaning of each key, from the tables of docs/format.md (generated: do not edit).

tests/test_format_descriptions.py generates this module from docs/format.md and
checks that it is up to date; `coordreg schema` puts each text in the JSON Schema
as the key's description, which an editor shows on hover.
"""

from __future__ import annotations

FORMAT_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "Regulation": {
        "format": "The file format: absent or 1 without history, 2 with it (see Format 2); a newer number than coordreg reads is CR017.",
        "id": "The regulation's id; equals the folder name (CR202).",
        "number": "Number and symbol (số ký hiệu), e.g. `01/QCPH-BCA-BTTTT`.",
        "title": "The full title, as on the document.",
        "signed": "Date of signing.",
        "effective": "Date it takes effect; not before `signed` (CR501).",
        "until": "Last day in force, when the regulation has an end; not before `effective` (CR504).",
        "place": "Place of signing, e.g. `Hà Nội`.",
        "secrecy": "Mark of secrecy (độ mật: Mật, Tối mật, Tuyệt mật, Luật Bảo vệ bí mật nhà nước 2018) that every document made from the regulation carries below its number; another value is CR104. A document may be given its own (`--secrecy`).",
        "urgency": "Mark of urgency (độ khẩn: Khẩn, Thượng khẩn, Hỏa tốc, Nghị định 30/2020) printed below the mark of secrecy; another value is CR104. A document may be given its own (`--urgency`).",
        "legal_bases": 'The legal bases of the preamble, one "Căn cứ …" each.',
        "enacting": "The sentence that enacts it: `Bộ Công an và Bộ … ban hành Quy chế phối hợp …`.",
        "decision": 'The decision that issued the regulation, when one did ("Quyết định … ban hành kèm theo Quy chế …"): see Decision. `number`, `signed` and `place` are then the decision\'s.',
        "acts": "The acts that amended the regulation or moved its duties, oldest first (format 2).",
        "parties": "The signing bodies.",
        "evaluation": "Who hosts the yearly evaluation, from when.",
        "chapters": "The text, Chương by Chương.",
        "unplaced": "Text that `coordreg import` kept but could not place, with its line in the source; warned about (CR703) until it is moved or deleted.",
    },
    "Party": {
        "id": "Unique among parties and units (CR201).",
        "name": "`Bộ Công an`.",
        "short_name": "A short name for prose: `BCA`, `UBND tỉnh`, `Sở TT&TT`.",
        "symbol": 'The abbreviation in document symbols ("Số: …/KH-BCA-BTTTT"): `BCA`, `UBND`, `STTTT`. Without it, the id in capitals.',
        "units": "The party's units (Cục, Văn phòng, Sở, ...) that duties may name.",
        "standing_office": "The unit that is the standing body (cơ quan thường trực); one of this party's units (CR303).",
        "parent": "The body it stands under in a document's heading (cơ quan chủ quản, Nghị định 30): `Ủy ban nhân dân tỉnh Hà Tĩnh` over a Sở. Printed in plain capitals above the party's own name in bold; once over consecutive parties that share it. Under a parent that names its place, the party's name is printed without it, as a Sở heads its own documents: `UBND TỈNH HÀ TĨNH` / **`SỞ GIÁO DỤC VÀ ĐÀO TẠO`** for `Sở Giáo dục và Đào tạo tỉnh Hà Tĩnh`.",
        "signatory": "Who signs for the party: `{name: Đại tướng Tô Lâm, title: Bộ trưởng Bộ Công an}`. See Signatory.",
        "since": "The party's first day in this regulation, when it was created or brought in later (format 2); not after its last day (CR904).",
        "until": "The party's last day, when it is dissolved, merged or loses the function; its units end with it. See Bodies that end.",
        "succeeded_by": "The party or unit that takes over its duties from the day after `until`: declared and not the party itself (CR307), not in a cycle (CR308), not ended by then (CR309). A list (format 2) when its functions are split: the first takes its turn in the rotation.",
        "before": "Its `name`, `short_name`, `symbol`, `standing_office`, `signatory` before an act changed them (format 2).",
    },
    "Signatory": {
        "name": "`Nguyễn Văn A`.",
        "title": "The title of whoever signs: `Bộ trưởng Bộ Công an`; with an `authority`, the title alone: `Chủ tịch`, `Thứ trưởng`.",
        "authority": 'The signing authority of Nghị định 30: `TM.` (thay mặt) for a collective body such as an Ủy ban nhân dân, `KT.` (ký thay) for a deputy signing for the head, `Q.` (quyền) for an acting head, `TL.` (thừa lệnh), `TUQ.` (thừa ủy quyền). The block then reads "TM. ỦY BAN NHÂN DÂN" over "CHỦ TỊCH".',
        "on_behalf_of": "Who the authority signs for: `Ủy ban nhân dân` (TM.), `Bộ trưởng` (KT.); without it, the party's name.",
    },
    "Unit": {
        "id": "Unique among parties and units (CR201).",
        "name": "`Cục An toàn thông tin`.",
        "symbol": 'Its abbreviation in the symbol of a document it issues, a handover minute: `ATTT` in "Số: …/BB-ATTT-A05". Without it, the id in capitals without its party\'s prefix (`bca-a05`: `A05`).',
        "since": "The unit's first day (format 2); not before its party's, which counts when later.",
        "until": "The unit's last day. When its party ends first, the party's `until` counts.",
        "succeeded_by": "The party or unit that takes over its duties from the day after it ends (CR307, CR308, CR309). A unit without one that ends with its party passes its duties to the party's successor.",
        "before": "Its `name` before an act changed it (format 2).",
    },
    "EvaluationSettings": {
        "rotation": "Hosting order of the yearly evaluation (luân phiên); repeats. Every party should appear (CR304).",
        "first_year": "The first year evaluated; not before the effective year (CR503).",
        "review_every": "Years between reviews (sơ kết).",
        "before": "The `rotation` and `review_every` before an act changed them (format 2).",
    },
    "Chapter": {
        "number": "Roman numeral, from `I` in order (CR401).",
        "title": "In capitals, as in the document: `QUY ĐỊNH CHUNG`.",
        "id": "A stable identity that survives renumbering (used when comparing versions).",
        "review": 'Why a person must look at the chapter; `coordreg import` sets it on the chapter that holds the place of articles the source did not have (the source was cut before its first "Điều", or is a draft of its heading and legal bases: the chapter is titled `(Văn bản nguồn không có điều nào)` and has no article), and on the first chapter of a text whose articles had lost their "Điều" headings. Warned about (CR704) until the line is deleted.',
    },
    "Article": {
        "number": "Continuous from 1 across all chapters (CR402).",
        "title": "`Trách nhiệm của Bộ Công an`.",
        "id": "A stable identity that survives renumbering.",
        "text": "The article's own text, when it has no clauses or before them.",
        "duties": "The concrete duties the article assigns.",
    },
    "Clause": {
        "number": "From 1 in each article (CR403).",
        "points": "Labels in Vietnamese order: a, b, c, d, đ, e, g, h, i, k, l, m, n, o, p, q, r, s, t, u, v, x, y (CR404).",
    },
    "Decision": {
        "title": "`Quyết định ban hành Quy chế phối hợp …`.",
        "issuer": "The body that decides: `Ủy ban nhân dân tỉnh Quảng Trị`.",
        "authority": "The line under the decision's title naming who decides: `Ủy ban nhân dân tỉnh`, `Chủ tịch Ủy ban nhân dân tỉnh Kiên Giang`.",
        "reference": "The line under the regulation's title, as written: `(Ban hành kèm theo Quyết định số 30/2017/QĐ-UBND ngày 15 tháng 11 năm 2017 của Ủy ban nhân dân tỉnh Quảng Trị)`.",
        "articles": "The decision's own articles; `title` only when the article has one.",
        "signatory": "Who signed the decision.",
    },
    "Duty": {
        "id": "Unique among duties (CR201); evaluation records refer to it.",
        "text": "What is to be done (nội dung công việc).",
        "lead": "The party or unit that leads (chủ trì) (CR301).",
        "support": "The parties or units that support (phối hợp); never the lead (CR302), each once (CR305).",
        "schedule": "When it falls due.",
        "deliverable": "What it produces (sản phẩm): `Báo cáo kết quả`.",
        "review": "Why a person must check this duty; `coordreg import` sets it on every duty it reads from a text. Warned about (CR702) until the line is deleted.",
    },
    "Evaluation": {
        "format": "As in `regulation.yaml`: a record needs no key of format 2, but may say it (CR017 for a newer number).",
        "regulation": "The regulation evaluated; equals its folder's name (CR604).",
        "year": "The year evaluated; the file is named after it (CR605); within the evaluation years (CR601).",
        "host": "The party that hosted the evaluation (CR609); should follow the rotation (CR602).",
        "held": "When the evaluation meeting was held; not before the year (CR607).",
        "results": 'One entry per duty due that year (CR606) and per duty the year before left unfinished (CR610); only existing duties (CR603). With a history, "that year" means the regulation as in force that year: see Format 2.',
    },
    "Act": {
        "id": "Unique among acts (CR201); named by `added_by`, `repealed_by`, the `act` of earlier values and `basis` (CR901).",
        "kind": "A document that amends the regulation; a handover of duties between bodies (biên bản bàn giao); a decree that merges bodies or moves functions.",
        "number": "Number and symbol (số ký hiệu), when there is a document: `55/2025/NĐ-CP`.",
        "title": "The title (trích yếu).",
        "issuer": "Who issued it: `Chính phủ`.",
        "signed": "Date of signing; an effective date before it is a warning (CR902).",
        "effective": "The day every change the act makes takes effect; within the regulation's life (CR903).",
        "basis": "The act that decided this one: the decree behind a handover.",
        "note": "What it changed, in words.",
    },
}
