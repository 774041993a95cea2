"""The lines `coordreg check --fix` and `--diff` print, and the errors of check's options.

Part of `coordreg.catalogue.errors.ERRORS`, where they are looked up.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

CHECK_ERRORS: dict[str, Text] = {
    "fix_changed": Text(
        vi="đã sửa {path}:{line}:{column} {code}: {before} → {after}",
        en="fixed {path}:{line}:{column} {code}: {before} → {after}",
    ),
    "fix_summary": Text(
        vi="đã sửa {count} giá trị trong {files} tệp",
        en="{count} value(s) fixed in {files} file(s)",
    ),
    "fix_summary_diff": Text(
        vi="--diff: sẽ sửa {count} giá trị trong {files} tệp; chưa ghi tệp nào",
        en="--diff: {count} value(s) would be fixed in {files} file(s); nothing written",
    ),
    "fix_nothing": Text(
        vi="không có gì sửa được một cách an toàn",
        en="nothing to fix safely",
    ),
    "jobs_not_positive": Text(
        vi="--jobs cần một số từ 1 trở lên, không phải {jobs}",
        en="--jobs takes a number from 1 up, not {jobs}",
    ),
}
