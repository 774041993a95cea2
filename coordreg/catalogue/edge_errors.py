"""One-line errors at the edge of a command: the values it is given and the git it runs.

Paths whose names the system refuses, years and days outside the format's
range, and repositories git will not use (issue 14). They are part of
`catalogue.errors.ERRORS`, kept in a module of their own as that one was at
its size limit.
"""

from __future__ import annotations

from coordreg.catalogue.text import Text

EDGE_ERRORS: dict[str, Text] = {
    # Option values
    "bad_year": Text(
        vi="{option} cần một năm từ {first} đến {last}, không phải '{value}'",
        en="{option} takes a year from {first} to {last}, not '{value}'",
    ),
    "date_outside": Text(
        vi="ngày '{value}' nằm ngoài các năm coordreg nhận, từ {first} đến {last}",
        en="'{value}' is outside the years coordreg takes, {first} to {last}",
    ),
    # Paths
    "path_name_too_long": Text(
        vi="{path}: một tên trong đường dẫn dài {length} byte, vượt giới hạn {limit} byte của hệ "
        "thống tệp",
        en="{path}: a name in it is {length} bytes long, over the file system's limit of {limit} "
        "bytes",
    ),
    "path_too_long": Text(
        vi="{path}: đường dẫn dài {length} byte, vượt giới hạn {limit} byte của hệ thống",
        en="{path}: the path is {length} bytes long, over the system's limit of {limit} bytes",
    ),
    "path_unusable": Text(vi="không dùng được {path}: {reason}", en="cannot use {path}: {reason}"),
    # git
    "git_refused": Text(
        vi="git không dùng được kho chứa {path}: {detail}",
        en="git cannot use the repository of {path}: {detail}",
    ),
    "git_dir_refused": Text(
        vi="biến môi trường GIT_DIR chỉ tới {git_dir}, nơi git không dùng được: {detail}",
        en="the environment variable GIT_DIR names {git_dir}, which git cannot use: {detail}",
    ),
    "git_work_tree_refused": Text(
        vi="biến môi trường GIT_WORK_TREE chỉ tới {work_tree}, và git không dùng được kho chứa "
        "với cây làm việc đó: {detail} (hãy đặt cả GIT_DIR, hoặc bỏ GIT_WORK_TREE)",
        en="the environment variable GIT_WORK_TREE names {work_tree}, and git cannot use the "
        "repository with that work tree: {detail} (set GIT_DIR too, or unset GIT_WORK_TREE)",
    ),
    "git_env_refused": Text(
        vi="git không dùng được kho chứa {path} khi đặt biến môi trường {variables}: {detail}",
        en="git cannot use the repository of {path} with the environment variable {variables} "
        "set: {detail}",
    ),
    "outside_work_tree": Text(
        vi="{path} nằm ngoài cây làm việc {root} mà biến môi trường GIT_WORK_TREE chỉ tới; hãy "
        "bỏ GIT_WORK_TREE hoặc cho nó chỉ tới gốc của kho",
        en="{path} is outside the work tree {root} that the environment variable GIT_WORK_TREE "
        "names; unset it or name the repository's top",
    ),
    "work_tree_missing": Text(
        vi="git lấy {root} làm gốc cây làm việc của kho chứa {path} (theo GIT_WORK_TREE hoặc "
        "core.worktree), nhưng thư mục đó không tồn tại",
        en="git takes {root} as the top of the work tree of {path} (from GIT_WORK_TREE or "
        "core.worktree), but there is no such folder",
    ),
    "not_tracked": Text(
        vi="git không theo dõi {path} trong kho {root}: tệp chưa có lịch sử nào (hãy commit tệp)",
        en="git does not track {path} in the repository {root}: it has no history yet "
        "(commit it first)",
    ),
    "not_tracked_git_dir": Text(
        vi="git không theo dõi {path} trong cây làm việc {root}: biến môi trường GIT_DIR đang "
        "chỉ tới {git_dir}, nên git coi thư mục nó chạy trong là gốc của cây làm việc (trừ khi "
        "GIT_WORK_TREE hay core.worktree nêu thư mục khác); hãy chạy lệnh ở gốc đó hoặc bỏ GIT_DIR",
        en="git does not track {path} in the work tree {root}: the environment variable GIT_DIR "
        "names {git_dir}, so git takes the folder it runs in as the top of the work tree (unless "
        "GIT_WORK_TREE or core.worktree names another); run the command there or unset GIT_DIR",
    ),
    "not_tracked_work_tree": Text(
        vi="git không theo dõi {path} trong cây làm việc {root}: biến môi trường GIT_WORK_TREE "
        "đặt thư mục đó làm gốc cây làm việc; hãy bỏ GIT_WORK_TREE hoặc cho nó chỉ tới gốc của kho",
        en="git does not track {path} in the work tree {root}: the environment variable "
        "GIT_WORK_TREE makes that folder the top of the work tree; unset it or name the "
        "repository's top",
    ),
}
