"""The tails some finding messages carry: a suggestion, or what to write instead.

A rule or a check adds `suggestion` or `hint` to a finding's arguments; the
sentence of its code (`coordreg.catalogue.findings`) is then followed by one of
these, in the same language.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

SUGGESTION = Text(vi=" (có phải là '{suggestion}'?)", en=" (did you mean '{suggestion}'?)")

HINTS: dict[str, Text] = {
    # CR104 (coordreg.check.hints): what to write instead of a usual mistake.
    "day_month_year": Text(vi=" (hãy ghi {iso})", en=" (write {iso})"),
    "status_word": Text(vi=" (hãy ghi {status})", en=" (write {status})"),
    # CR104: a body's name where its id belongs.
    "name_not_id": Text(
        vi=" (đây là tên của một cơ quan: hãy ghi mã '{id}')",
        en=" (that is a body's name: write its id '{id}')",
    ),
    # No key of the format holds a space: such a "key" is almost always the tail
    # of a text cut at a comma inside {...}.
    "comma_in_flow": Text(
        vi="; trong {{...}} dấu phẩy kết thúc một mục: hãy đặt văn bản có dấu phẩy trong ngoặc kép",
        en="; inside {{...}} a comma ends an entry: put text with commas in quotes",
    ),
    # CR306: a body that ends still holds duties.
    "transfer_to": Text(
        vi="; hãy bàn giao nhiệm vụ bằng `coordreg transfer --from {body} --to {successor}`",
        en="; transfer its duties with `coordreg transfer --from {body} --to {successor}`",
    ),
    "ends_with_party": Text(
        vi="; đơn vị chấm dứt hoạt động cùng với bên '{party}'",
        en="; the unit ends with its party '{party}'",
    ),
    # CR907: a unit that starts with its party.
    "starts_with_party": Text(
        vi="; đơn vị bắt đầu hoạt động cùng với bên '{party}'",
        en="; the unit starts with its party '{party}'",
    ),
    "ends_with_party_transfer_to": Text(
        vi="; đơn vị chấm dứt hoạt động cùng với bên '{party}': hãy bàn giao nhiệm vụ bằng "
        "`coordreg transfer --from {body} --to {successor}`",
        en="; the unit ends with its party '{party}': transfer its duties with "
        "`coordreg transfer --from {body} --to {successor}`",
    ),
}
