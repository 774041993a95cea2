"""Reading what `git log --raw -z` prints about one file: its commits, paths and contents.

`coordreg.versions.git` runs git; this module only reads its output. Each commit
is a header (`HEADER_FORMAT`), then for the file a raw diff entry
`:old-mode new-mode old-blob new-blob STATUS` and the file's path, or its old and
new paths for a rename (R) or a copy (C), each ended by NUL. Paths are taken by
count after their entry, never by looking at them, so a name holding a space, a
newline, a colon or bytes that are not UTF-8 is read as it is.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass

# Commit id, parents, author date, author, subject, one a line: none of them can
# hold a line break (a name is on one line of the commit, and %s joins the
# subject's lines), whereas a name or a subject may hold any other character.
HEADER_FORMAT = "%H%n%P%n%aI%n%an%n%s"
_NO_BLOB_RE = re.compile(r"0+")  # the side of a raw entry where the file is not


@dataclass(frozen=True)
class Commit:
    id: str
    parents: tuple[str, ...]
    author: str
    date: str
    subject: str


@dataclass(frozen=True)
class FileChange:
    """What one commit did to a file, as git's raw diff says: its paths and contents."""

    commit: Commit
    path: str  # the file's path after the commit
    old_path: str  # and before it: another one when the commit moved or renamed it
    old_blob: str | None  # None: the file did not exist before the commit
    new_blob: str | None  # None: the commit deleted it

    @property
    def moved(self) -> bool:
        """Whether the commit moved or renamed the file (rather than creating it)."""
        return self.old_blob is not None and self.old_path != self.path


def _blob(oid: bytes) -> str | None:
    text = oid.decode("ascii", "replace")
    return None if _NO_BLOB_RE.fullmatch(text) else text


def _commit(header: bytes) -> Commit | None:
    fields = header.decode("utf-8", "replace").split("\n", 4)
    if len(fields) != 5:
        return None
    commit_id, parents, date, author, subject = fields
    return Commit(commit_id, tuple(parents.split()), author, date, subject)


def parse_raw_log(out: bytes) -> list[FileChange]:
    """The changes in `git log --raw -z --format=HEADER_FORMAT` output, in its order."""
    changes: list[FileChange] = []
    tokens = iter(out.split(b"\0"))
    commit: Commit | None = None
    for token in tokens:
        # git puts a line break between a header and its first entry (a header
        # starts with the commit id, never with one).
        entry = token.lstrip(b"\n")
        if entry.startswith(b":"):
            fields = entry[1:].split()
            renamed = len(fields) == 5 and fields[4][:1] in (b"R", b"C")
            names = [os.fsdecode(next(tokens, b"")) for _ in range(2 if renamed else 1)]
            if commit is not None and len(fields) == 5:
                old, new = _blob(fields[2]), _blob(fields[3])
                changes.append(FileChange(commit, names[-1], names[0], old, new))
        elif entry:
            commit = _commit(entry)
    return changes
