"""Getting a file's text: its bytes, read within limits, then decoded.

Only regular files are read, the size limit is checked before reading, and the
text must be UTF-8 (a byte-order mark is allowed). Each failure is a finding
(CR012 unreadable, CR006 too large, CR002 not UTF-8), never an exception that
reaches the user.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

from coordreg.findings import Finding, finding
from coordreg.loader.limits import DEFAULT_LIMITS, Limits


class ReadError(Exception):
    """A file that cannot be read, or is over the size limit; `finding` says which."""

    def __init__(self, found: Finding) -> None:
        super().__init__(found.code)
        self.finding = found


def _not_regular(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return os.strerror(errno.EISDIR)
    kinds = {stat.S_ISFIFO: "a pipe", stat.S_ISCHR: "a device", stat.S_ISBLK: "a device"}
    kind = next((name for test, name in kinds.items() if test(mode)), "a socket")
    return f"not a regular file ({kind})"


def read_file(path: Path, shown: str, limits: Limits = DEFAULT_LIMITS) -> bytes:
    """The bytes of the regular file at `path`; `ReadError` (CR012, CR006) otherwise.

    Only regular files are read: a pipe or a device (a FIFO named
    regulation.yaml, a link to /dev/zero) would block or never end. The size is
    checked before reading, and no more than the limit is ever read, even from
    a file that grows meanwhile or reports no size (/proc).
    """

    def unreadable(detail: str) -> ReadError:
        return ReadError(finding(shown, (0, 0), "CR012", detail=detail))

    def too_large(size: int) -> ReadError:
        return ReadError(finding(shown, (1, 1), "CR006", size=size, limit=limits.max_bytes))

    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise unreadable(_not_regular(info.st_mode))
        if info.st_size > limits.max_bytes:
            raise too_large(info.st_size)
        # O_NONBLOCK: should the path have become a pipe since, opening it does not wait.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(descriptor, "rb") as handle:
            info = os.fstat(handle.fileno())
            if not stat.S_ISREG(info.st_mode):
                raise unreadable(_not_regular(info.st_mode))
            raw = handle.read(limits.max_bytes + 1)
    except OSError as error:
        raise unreadable(error.strerror or str(error)) from None
    if len(raw) > limits.max_bytes:
        raise too_large(max(len(raw), info.st_size))
    return raw


def decode(raw: bytes, path: str) -> str | Finding:
    """The text of a file's bytes, or the CR002 that says why they are not UTF-8.

    UTF-16 and UTF-32 are told by their byte-order mark or, without one, by the
    zero bytes of ASCII text; a UTF-8 byte-order mark is dropped.
    """
    for bom, name in (
        (b"\xff\xfe\x00\x00", "UTF-32"),
        (b"\x00\x00\xfe\xff", "UTF-32"),
        (b"\xff\xfe", "UTF-16"),
        (b"\xfe\xff", "UTF-16"),
    ):
        if raw.startswith(bom):
            return finding(path, (1, 1), "CR002", encoding=name)
    if len(raw) >= 4 and ((raw[1] == 0 and raw[3] == 0) or (raw[0] == 0 and raw[2] == 0)):
        return finding(path, (1, 1), "CR002", encoding="UTF-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]  # so that error offsets below count from the first character
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        prefix = raw[: error.start]
        line = prefix.count(b"\n")
        column = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace"))
        return finding(path, (line + 1, column + 1), "CR002", variant="not_utf8")
