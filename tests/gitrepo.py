"""Real git repositories in a test's tmp_path, and the sample regulation they hold.

`GitRepo(folder)` runs `git init` there (with its own user name and e-mail), and
`commit(files, subject, date=...)` writes the files and commits them with that
author and committer date, returning the commit id. git always runs from an
argument list, never through a shell, and never reads the user's own
configuration (HOME and the global/system config point nowhere).

`sample()` is a compact regulation as plain data (two parties with two units
each, three chapters, six articles with clauses, points and five duties) for a
test to vary; `dump(data)` writes it back as YAML.
"""

from __future__ import annotations

import copy
import os
import subprocess
from pathlib import Path
from typing import Any

import yaml

SAMPLE_YAML = """\
id: qc-versions
number: 01/QCPH-BCA-BTTTT
title: Quy chế phối hợp giữa Bộ Công an và Bộ Thông tin và Truyền thông
signed: 2022-01-10
effective: 2022-01-10
place: Hà Nội
parties:
  - id: bca
    name: Bộ Công an
    units:
      - id: bca-vp
        name: Văn phòng Bộ Công an
      - id: bca-a05
        name: Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao
  - id: btttt
    name: Bộ Thông tin và Truyền thông
    units:
      - id: btttt-vp
        name: Văn phòng Bộ Thông tin và Truyền thông
      - id: btttt-cattt
        name: Cục An toàn thông tin
evaluation:
  rotation: [bca, btttt]
  first_year: 2022
  review_every: 5
chapters:
  - number: I
    title: QUY ĐỊNH CHUNG
    articles:
      - number: 1
        title: Phạm vi điều chỉnh
        text: Quy chế này quy định nguyên tắc, nội dung và trách nhiệm phối hợp giữa hai Bộ.
      - number: 2
        title: Nguyên tắc phối hợp
        clauses:
          - number: 1
            text: Tuân thủ quy định của pháp luật về bảo vệ bí mật nhà nước.
          - number: 2
            text: Bảo đảm sự thống nhất, chặt chẽ, kịp thời trong các hoạt động sau
            points:
              - label: a
                text: Trao đổi thông tin về tình hình an ninh mạng;
              - label: b
                text: Xử lý sự cố an toàn thông tin mạng nghiêm trọng;
              - label: c
                text: Kiểm tra việc chấp hành pháp luật về viễn thông;
              - label: d
                text: Tuyên truyền, phổ biến giáo dục pháp luật cho nhân dân;
              - label: đ
                text: Đào tạo, bồi dưỡng nghiệp vụ cho cán bộ hai ngành.
          - number: 3
            text: Không làm ảnh hưởng đến hoạt động bình thường của cơ quan, doanh nghiệp.
  - number: II
    title: NỘI DUNG PHỐI HỢP
    articles:
      - number: 3
        title: Trao đổi thông tin
        text: Hai Bộ thường xuyên trao đổi thông tin phục vụ công tác quản lý nhà nước.
        duties:
          - id: trao-doi-thong-tin
            text: Trao đổi thông tin về tình hình an ninh mạng và tội phạm công nghệ cao.
            lead: bca-a05
            support: [btttt-cattt]
            schedule: continuous
          - id: bao-cao-quy
            text: Báo cáo kết quả giám sát an toàn thông tin mạng.
            lead: btttt-cattt
            support: [bca-a05]
            schedule: {quarterly: 03-25}
      - number: 4
        title: Bảo đảm an toàn hệ thống thông tin
        clauses:
          - number: 1
            text: Cục An toàn thông tin phối hợp kiểm tra an toàn hệ thống thông tin quan trọng.
          - number: 2
            text: Cục An ninh mạng chủ trì ứng cứu sự cố khi có yêu cầu.
        duties:
          - id: ung-cuu-su-co
            text: Ứng cứu sự cố an toàn thông tin mạng nghiêm trọng.
            lead: bca-a05
            support: [btttt-cattt]
            schedule: on_request
      - number: 5
        title: Sơ kết, tổng kết
        duties:
          - id: tong-ket-nam
            text: Tổng kết công tác phối hợp hằng năm.
            lead: bca-vp
            support: [btttt-vp]
            schedule: {yearly: 12-15}
            deliverable: Báo cáo tổng kết
          - id: ke-hoach-trien-khai
            text: Ban hành kế hoạch triển khai Quy chế.
            lead: btttt-vp
            schedule: {once: 2022-06-30}
  - number: III
    title: TỔ CHỨC THỰC HIỆN
    articles:
      - number: 6
        title: Hiệu lực thi hành
        text: Quy chế này có hiệu lực thi hành kể từ ngày ký.
"""

_SAMPLE: dict[str, Any] = yaml.safe_load(SAMPLE_YAML)

# A new article for Chapter II, for the tests that insert one.
NEW_ARTICLE: dict[str, Any] = {
    "number": 0,
    "title": "Phối hợp trong công tác truyền thông",
    "text": "Hai Bộ phối hợp định hướng thông tin, tuyên truyền trên báo chí và mạng xã hội.",
}


def sample() -> dict[str, Any]:
    """A fresh copy of the sample regulation, for a test to change."""
    return copy.deepcopy(_SAMPLE)


def dump(data: dict[str, Any]) -> str:
    """The regulation as YAML text (UTF-8 letters as they are, keys in their order)."""
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


def articles(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Every article of `data`, in order (the same dicts, to change in place)."""
    return [article for chapter in data["chapters"] for article in chapter["articles"]]


def article(data: dict[str, Any], number: int) -> dict[str, Any]:
    """The article numbered `number` in `data`."""
    found = [a for a in articles(data) if a["number"] == number]
    assert len(found) == 1, number
    return found[0]


def duty(data: dict[str, Any], ident: str) -> dict[str, Any]:
    """The duty `ident` in `data`."""
    found: list[dict[str, Any]] = [
        d for a in articles(data) for d in a.get("duties", []) if d["id"] == ident
    ]
    assert len(found) == 1, ident
    return found[0]


def renumber(data: dict[str, Any]) -> None:
    """Number the articles 1, 2, 3... in order, as an amendment does."""
    for number, item in enumerate(articles(data), start=1):
        item["number"] = number


def insert_article(data: dict[str, Any], chapter: int, position: int) -> dict[str, Any]:
    """Insert `NEW_ARTICLE` into chapter index `chapter` at `position`, renumber, return it."""
    new = copy.deepcopy(NEW_ARTICLE)
    data["chapters"][chapter]["articles"].insert(position, new)
    renumber(data)
    return new


# Variables that could make a program write colour codes even into a pipe.
_COLOUR_VARIABLES = ("FORCE_COLOR", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "CLICOLOR_FORCE")


def _environment(date: str | None = None, author: str | None = None) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("GIT_") and key not in ("LC_ALL", "LANG", *_COLOUR_VARIABLES)
    }
    env.update(
        {
            "GIT_CONFIG_NOSYSTEM": "1",
            "GIT_CONFIG_GLOBAL": os.devnull,
            "GIT_TERMINAL_PROMPT": "0",
            "LC_ALL": "C",
        }
    )
    if date is not None:
        env["GIT_AUTHOR_DATE"] = date
        env["GIT_COMMITTER_DATE"] = date
    if author is not None:
        env["GIT_AUTHOR_NAME"] = author
    return env


def git(folder: Path, *args: str, date: str | None = None, author: str | None = None) -> str:
    """Run `git ARGS` in `folder` (no shell) and return its standard output.

    `date` sets the author and committer date, `author` the author's name.
    """
    completed = subprocess.run(
        ["git", *args],
        cwd=folder,
        capture_output=True,
        text=True,
        env=_environment(date, author),
        check=False,
    )
    assert completed.returncode == 0, (args, completed.stderr)
    return completed.stdout


class GitRepo:
    """A git repository in `folder`, with a fixed user and dated commits."""

    def __init__(self, folder: Path, *, user: str = "Nguyễn Văn An") -> None:
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)
        git(folder, "init", "--quiet", "--initial-branch=main")
        self.set_user(user)
        git(folder, "config", "commit.gpgsign", "false")

    def set_user(self, name: str, email: str = "an@example.vn") -> None:
        git(self.folder, "config", "user.name", name)
        git(self.folder, "config", "user.email", email)

    def write(self, path: str, content: str | bytes) -> Path:
        file = self.folder / path
        file.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            file.write_bytes(content)
        else:
            file.write_text(content, encoding="utf-8")
        return file

    def commit(
        self,
        files: dict[str, str | bytes],
        subject: str,
        *,
        date: str = "2022-01-10T09:00:00+07:00",
        author: str | None = None,
    ) -> str:
        """Write `files` (path: content), commit them dated `date`; the commit id.

        `author` names the author of this commit only (else the repository's user).
        """
        for path, content in files.items():
            self.write(path, content)
        git(self.folder, "add", "--", *files)
        git(self.folder, "commit", "--quiet", "-m", subject, date=date, author=author)
        return self.head()

    def remove(self, path: str, subject: str, *, date: str = "2022-01-10T09:00:00+07:00") -> str:
        """Delete `path` in a commit dated `date`; the commit id."""
        git(self.folder, "rm", "--quiet", "--", path)
        git(self.folder, "commit", "--quiet", "-m", subject, date=date)
        return self.head()

    def head(self) -> str:
        return git(self.folder, "rev-parse", "HEAD").strip()

    def git(self, *args: str) -> str:
        return git(self.folder, *args)
