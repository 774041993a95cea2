"""The words of a comparison of two versions (`coordreg diff`, the redline and the comparison table)."""

from __future__ import annotations

from coordreg.catalogue.text import Text

LABELS: dict[str, Text] = {
    "diff.summary": Text(vi="{old} → {new}: {count} thay đổi", en="{old} → {new}: {count} changes"),
    "diff.none": Text(vi="{old} → {new}: không có thay đổi", en="{old} → {new}: no changes"),
    "diff.regulation": Text(vi="Quy chế", en="Regulation"),
    "diff.at": Text(vi="{version} (ngày {date})", en="{version} (on {date})"),
    "diff.acts": Text(vi="Văn bản sửa đổi, bổ sung, bàn giao", en="Amending and handover acts"),
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
    "target.act": Text(vi="văn bản", en="act"),
    "target.party": Text(vi="bên", en="party"),
    "target.unit": Text(vi="đơn vị", en="unit"),
    "target.chapter": Text(vi="chương", en="chapter"),
    "target.article": Text(vi="điều", en="article"),
    "target.clause": Text(vi="khoản", en="clause"),
    "target.point": Text(vi="điểm", en="point"),
    "target.duty": Text(vi="nhiệm vụ", en="duty"),
}
