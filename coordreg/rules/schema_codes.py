"""The findings made when the data does not fit the file format (docs/format.md)."""

from __future__ import annotations

from coordreg.findings import Severity

SCHEMA_CODES: dict[str, tuple[str, Severity, str]] = {
    "CR101": (
        "missing-key",
        Severity.ERROR,
        """A required key is missing.

The finding points at the mapping that lacks the key.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin     # CR101: required key 'lead' is missing
                text: Trao đổi thông tin về tình hình an ninh mạng.
                schedule: continuous

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                schedule: continuous
""",
    ),
    "CR102": (
        "wrong-type",
        Severity.ERROR,
        """A value has the wrong type.

Text where a number belongs, a list where a mapping belongs. Values are never
converted silently: an article number written `"1"` (quoted) is text, not
the number 1.

Failing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
        articles:
          - number: "1"          # CR102: 'number' must be a whole number, not '1'
            title: Phạm vi điều chỉnh

Passing example::

    chapters:
      - number: I
        title: QUY ĐỊNH CHUNG
        articles:
          - number: 1
            title: Phạm vi điều chỉnh
""",
    ),
    "CR103": (
        "unknown-key",
        Severity.ERROR,
        """A key the format does not define.

Usually a misspelling; the finding suggests the closest known key.

Failing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                suport: [btttt-cattt]    # CR103: unknown key 'suport' (did you mean 'support'?)
                schedule: continuous

Passing example::

    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Trao đổi thông tin
            duties:
              - id: trao-doi-thong-tin
                text: Trao đổi thông tin về tình hình an ninh mạng.
                lead: bca-a05
                support: [btttt-cattt]
                schedule: continuous
""",
    ),
    "CR104": (
        "invalid-value",
        Severity.ERROR,
        """A value of the right type that is not allowed.

An id with spaces or diacritics, a date not in the calendar (2023-02-30), a schedule in the wrong
shape, a status that is not one of done, in_progress, not_done, not_applicable,
an empty text, a list with too few items.

Failing example::

    signed: 2021-02-30           # CR104: is not a date in the calendar
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Báo cáo định kỳ
            duties:
              - id: bao-cao-quy
                text: Báo cáo kết quả giám sát an toàn thông tin.
                lead: btttt-cattt
                schedule: {quarterly: 04-15}   # CR104: the month must be that of the first quarter

Passing example::

    signed: 2021-11-24
    chapters:
      - number: I
        title: NỘI DUNG PHỐI HỢP
        articles:
          - number: 1
            title: Báo cáo định kỳ
            duties:
              - id: bao-cao-quy
                text: Báo cáo kết quả giám sát an toàn thông tin.
                lead: btttt-cattt
                schedule: {quarterly: 01-15}
""",
    ),
}
